/**
 * A stand-in for the GitHub REST API, served over HTTP on 127.0.0.1 (random port) by the
 * test itself: in-memory pull request files, compare results, issue comments and check
 * runs, paged with Link headers as GitHub pages, every request recorded, failures injected
 * on demand. It also stands in for MITRE's ATT&CK download folder under `/attack/`
 * (`DETLINT_ATTACK_BASE_URL`), and serves repository tarballs (`GET /repos/{owner}/{repo}/
 * tarball/{ref}`, redirected as GitHub redirects to codeload) for named corpora, and the
 * Actions cache service (its v1 REST API under `/_cache/`, `ACTIONS_CACHE_URL`) that
 * `@actions/cache` saves to and restores from. It is closed at the end of each test file.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  /** Path without the query. */
  path: string
  query: Record<string, string>
  body: unknown
  /** The `authorization` header, when sent. */
  authorization?: string
}

export interface StandInFile {
  filename: string
  status: string
  previous_filename?: string
}

export interface StandInComment {
  id: number
  body: string
  user: { login: string; type: string }
}

export interface StandInCheckRun {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  output: { title?: string; summary?: string; text?: string }
  annotations: Array<Record<string, unknown>>
}

/** A failure to answer with, on requests matching `method` and `path`. */
export interface Injected {
  method: string
  path: RegExp
  status: number
  message: string
  /** How many matching requests fail (then they succeed); default: every one. */
  times?: number
}

type Json = Record<string, unknown>

const BOT = { login: 'github-actions[bot]', type: 'Bot' }

export class StandInGitHub {
  pullFiles = new Map<number, StandInFile[]>()
  compareFiles: StandInFile[] = []
  comments = new Map<number, StandInComment[]>()
  checkRuns: StandInCheckRun[] = []
  pulls = new Map<number, { sha: string; repo: string }>()
  /** STIX bundles served as `/attack/<file name>` (e.g. `enterprise-attack-18.1.json`). */
  attackBundles = new Map<string, unknown>()
  /** Gzipped tarballs served for `GET /repos/{owner}/{repo}/tarball/{ref}`, keyed `owner/repo@ref`. */
  tarballs = new Map<string, Buffer>()
  /** Actions cache entries by key (each with the version `@actions/cache` computed from its paths). */
  actionsCache = new Map<string, { version: string; archive: Buffer }>()
  private reserved = new Map<number, { key: string; version: string; chunks: Array<[number, Buffer]> }>()
  requests: RecordedRequest[] = []
  failures: Injected[] = []
  private server: Server | null = null
  private nextId = 100
  url = ''

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>(resolve => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => resolve()))
  }

  /** Forgets the requests (state stays): one run's requests at a time. */
  clearRequests(): void {
    this.requests = []
  }

  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter(r => r.method === method && path.test(r.path))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    const url = new URL(req.url ?? '/', this.url)
    if (url.pathname.startsWith('/_cache/')) {
      this.requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: null
      })
      const [status, headers, bytes] = this.cacheService(req, url, raw)
      res.writeHead(status, headers)
      res.end(bytes)
      return
    }
    const text = raw.toString('utf8')
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: text === '' ? null : (JSON.parse(text) as unknown),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {})
    }
    this.requests.push(recorded)
    const injected = this.failures.find(
      f =>
        f.method === recorded.method && f.path.test(recorded.path) && (f.times === undefined || f.times > 0)
    )
    if (injected) {
      if (injected.times !== undefined) injected.times--
      return send(res, injected.status, { message: injected.message })
    }
    const tarball = this.tarball(recorded)
    if (tarball !== null) {
      const [status, headers, bytes] = tarball
      res.writeHead(status, headers)
      res.end(bytes)
      return
    }
    try {
      const [status, data, headers] = this.route(recorded)
      send(res, status, data, headers)
    } catch (err) {
      send(res, 500, { message: err instanceof Error ? err.message : String(err) })
    }
  }

  /**
   * Tarballs as GitHub serves them: the API answers 302 to codeload (here `/_codeload/`),
   * which sends the bytes. Null for other requests.
   */
  private tarball(r: RecordedRequest): [number, Record<string, string>, Buffer | string] | null {
    if (r.method !== 'GET') return null
    let m = r.path.match(/^\/repos\/([^/]+)\/([^/]+)\/tarball\/([^/]+)$/)
    if (m) {
      const key = `${m[1]}/${m[2]}@${decodeURIComponent(m[3])}`
      if (!this.tarballs.has(key))
        return [404, { 'content-type': 'application/json' }, '{"message":"Not Found"}']
      return [302, { location: `${this.url}/_codeload/${m[1]}/${m[2]}/legacy.tar.gz/${m[3]}` }, '']
    }
    m = r.path.match(/^\/_codeload\/([^/]+)\/([^/]+)\/legacy\.tar\.gz\/([^/]+)$/)
    if (!m) return null
    const bytes = this.tarballs.get(`${m[1]}/${m[2]}@${decodeURIComponent(m[3])}`)
    if (!bytes) return [404, { 'content-type': 'text/plain' }, 'Not Found']
    return [200, { 'content-type': 'application/x-gzip', 'content-length': String(bytes.length) }, bytes]
  }

  /**
   * The Actions cache service, v1 API, as `@actions/cache` uses it: look up by keys and
   * version, download the archive, reserve, upload chunks (`Content-Range`), commit.
   */
  private cacheService(
    req: IncomingMessage,
    url: URL,
    raw: Buffer
  ): [number, Record<string, string>, Buffer | string] {
    const json = (status: number, data: unknown): [number, Record<string, string>, string] => [
      status,
      { 'content-type': 'application/json' },
      JSON.stringify(data)
    ]
    const api = '/_cache/_apis/artifactcache/'
    const p = url.pathname
    if (req.method === 'GET' && p === `${api}cache`) {
      const version = url.searchParams.get('version') ?? ''
      for (const key of (url.searchParams.get('keys') ?? '').split(',')) {
        const entry = this.actionsCache.get(key)
        if (entry && entry.version === version)
          return json(200, {
            cacheKey: key,
            scope: 'refs/heads/main',
            archiveLocation: `${this.url}/_cache/archive/${encodeURIComponent(key)}`
          })
      }
      return [204, {}, '']
    }
    let m = p.match(/^\/_cache\/archive\/(.+)$/)
    if (req.method === 'GET' && m) {
      const entry = this.actionsCache.get(decodeURIComponent(m[1]))
      if (!entry) return json(404, { message: 'Not Found' })
      return [
        200,
        { 'content-type': 'application/octet-stream', 'content-length': String(entry.archive.length) },
        entry.archive
      ]
    }
    if (req.method === 'POST' && p === `${api}caches`) {
      const body = JSON.parse(raw.toString('utf8')) as { key: string; version: string }
      if (this.actionsCache.has(body.key)) return json(409, { message: `Cache already exists: ${body.key}` })
      const cacheId = this.nextId++
      this.reserved.set(cacheId, { key: body.key, version: body.version, chunks: [] })
      return json(201, { cacheId })
    }
    m = p.match(/^\/_cache\/_apis\/artifactcache\/caches\/(\d+)$/)
    const pending = m ? this.reserved.get(Number(m[1])) : undefined
    if (!m || !pending) return json(404, { message: `Not Found: ${req.method} ${p}` })
    if (req.method === 'PATCH') {
      const start = Number(/^bytes (\d+)-/.exec(String(req.headers['content-range']))?.[1] ?? 0)
      pending.chunks.push([start, raw])
      return [204, {}, '']
    }
    if (req.method === 'POST') {
      const archive = Buffer.concat(pending.chunks.sort((a, b) => a[0] - b[0]).map(c => c[1]))
      this.actionsCache.set(pending.key, { version: pending.version, archive })
      this.reserved.delete(Number(m[1]))
      return [204, {}, '']
    }
    return json(405, { message: 'Method Not Allowed' })
  }

  /** A page of `items` with GitHub's Link header. */
  private page<T>(r: RecordedRequest, items: T[]): [number, T[], Record<string, string>] {
    const perPage = Number(r.query.per_page ?? 30)
    const page = Number(r.query.page ?? 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const link = (n: number, rel: string): string => {
      const q = new URLSearchParams({ ...r.query, per_page: String(perPage), page: String(n) })
      return `<${this.url}${r.path}?${q}>; rel="${rel}"`
    }
    const links: string[] = []
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
    const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {}
    return [200, items.slice((page - 1) * perPage, page * perPage), headers]
  }

  private route(r: RecordedRequest): [number, unknown, Record<string, string>?] {
    const body = (r.body ?? {}) as Json
    let m: RegExpMatchArray | null
    if (r.method === 'GET' && (m = r.path.match(/^\/attack\/([^/]+)$/))) {
      const bundle = this.attackBundles.get(m[1])
      return bundle === undefined ? [404, { message: 'Not Found' }] : [200, bundle]
    }
    if (r.method === 'GET' && r.path === '/user') {
      return [403, { message: 'Resource not accessible by integration' }]
    }
    if (r.method === 'GET' && (m = r.path.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/))) {
      // GitHub lists at most 3,000 files of a pull request.
      return this.page(r, (this.pullFiles.get(Number(m[1])) ?? []).slice(0, 3000))
    }
    if (r.method === 'GET' && (m = r.path.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/))) {
      const pr = this.pulls.get(Number(m[1]))
      if (!pr) return [404, { message: 'Not Found' }]
      return [200, { number: Number(m[1]), head: { sha: pr.sha, repo: { full_name: pr.repo } } }]
    }
    if (r.method === 'GET' && (m = r.path.match(/^\/repos\/[^/]+\/[^/]+\/compare\/(.+)$/))) {
      const page = Number(r.query.page ?? 1)
      const files = page === 1 ? this.compareFiles.slice(0, 300) : []
      return [200, { status: 'ahead', ahead_by: 1, behind_by: 0, total_commits: 1, commits: [], files }]
    }
    if ((m = r.path.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      const n = Number(m[1])
      const list = this.comments.get(n) ?? []
      this.comments.set(n, list)
      if (r.method === 'GET') return this.page(r, list)
      if (r.method === 'POST') {
        const comment = { id: this.nextId++, body: String(body.body), user: BOT }
        list.push(comment)
        return [201, comment]
      }
    }
    if (r.method === 'PATCH' && (m = r.path.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/))) {
      const comment = [...this.comments.values()].flat().find(c => c.id === Number(m?.[1]))
      if (!comment) return [404, { message: 'Not Found' }]
      comment.body = String(body.body)
      return [200, comment]
    }
    if (r.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(r.path)) {
      const output = (body.output ?? {}) as Json
      const annotations = (output.annotations ?? []) as Array<Record<string, unknown>>
      if (annotations.length > 50) return [422, { message: 'Only 50 annotations are allowed per request' }]
      const run: StandInCheckRun = {
        id: this.nextId++,
        name: String(body.name),
        head_sha: String(body.head_sha),
        status: String(body.status ?? 'queued'),
        conclusion: typeof body.conclusion === 'string' ? body.conclusion : null,
        output: {
          title: output.title as string,
          summary: output.summary as string,
          text: output.text as string
        },
        annotations: [...annotations]
      }
      this.checkRuns.push(run)
      return [201, { id: run.id, name: run.name, head_sha: run.head_sha, status: run.status }]
    }
    if (r.method === 'PATCH' && (m = r.path.match(/^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/))) {
      const run = this.checkRuns.find(c => c.id === Number(m?.[1]))
      if (!run) return [404, { message: 'Not Found' }]
      const output = (body.output ?? {}) as Json
      const annotations = (output.annotations ?? []) as Array<Record<string, unknown>>
      if (annotations.length > 50) return [422, { message: 'Only 50 annotations are allowed per request' }]
      if (output.title === undefined || output.summary === undefined) {
        return [422, { message: 'output.title and output.summary are required' }]
      }
      run.annotations.push(...annotations)
      run.output = {
        title: output.title as string,
        summary: output.summary as string,
        text: output.text as string
      }
      if (typeof body.conclusion === 'string') {
        run.conclusion = body.conclusion
        run.status = 'completed'
      } else if (typeof body.status === 'string') run.status = body.status
      return [200, { id: run.id, status: run.status, conclusion: run.conclusion }]
    }
    return [404, { message: `Not Found: ${r.method} ${r.path}` }]
  }
}

function send(
  res: ServerResponse,
  status: number,
  data: unknown,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(data))
}
