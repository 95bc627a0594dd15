/**
 * Named corpora fetched from a loopback stand-in of the GitHub API that serves tarballs of
 * small fixture corpora: what is extracted and catalogued, the refusals, and the CLI's
 * `corpus fetch` then offline `--baseline sigma`.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { StandInGitHub } from '../e2e/stand-in.js'
import { Workspace } from '../e2e/workspace.js'
import { serveCorpus } from './fixtures.js'
import { runCli } from '../../src/commands.js'
import { CorpusError, fetchCorpus, catalogFile } from '../../src/corpus/fetch.js'
import { CORPORA, parseCorpusRef, sourceUrl, type CorpusRef } from '../../src/corpus/registry.js'
import { corpusDir } from '../../src/corpus/cli.js'

let api: StandInGitHub
let scratch: string

// tool-cache waits 10-20 s between attempts; these tests retry at once.
const globals = globalThis as Record<string, unknown>
globals.TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS = 0
globals.TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS = 0

beforeAll(async () => {
  api = new StandInGitHub()
  await api.start()
  await serveCorpus(api, 'sigma')
  await serveCorpus(api, 'elastic')
  await serveCorpus(api, 'splunk')
  await serveCorpus(api, 'elastic-endpoint')
})
afterAll(async () => api.stop())
beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'detlint-corpus-'))
  api.clearRequests()
  api.failures = []
})
afterEach(() => rmSync(scratch, { recursive: true, force: true }))

function ref(entry: string): CorpusRef {
  return parseCorpusRef(entry) as CorpusRef
}

function options(token = 'ghs_test'): Parameters<typeof fetchCorpus>[1] {
  return { apiUrl: api.url, token, dir: path.join(scratch, 'cache'), tempDir: path.join(scratch, 'tmp') }
}

describe('fetchCorpus', () => {
  test('sigma: downloads through the API with the token, reads only the rules* folders', async () => {
    const got = await fetchCorpus(ref('sigma'), options())
    const sha = CORPORA.sigma.ref
    expect(api.requestsTo('GET', /\/tarball\//).map(r => [r.path, r.authorization])).toEqual([
      [`/repos/SigmaHQ/sigma/tarball/${sha}`, 'Bearer ghs_test']
    ])
    expect(got.catalog.rules.map(r => r.path)).toEqual([
      `SigmaHQ/sigma@${sha}/rules-emerging-threats/2024/rundll32_b.yml`,
      `SigmaHQ/sigma@${sha}/rules-threat-hunting/windows/rundll32_c.yml`,
      `SigmaHQ/sigma@${sha}/rules/windows/process_creation/rundll32_a.yml`
    ])
    expect(sourceUrl(got.catalog.rules[2])).toBe(
      `https://github.com/SigmaHQ/sigma/blob/${sha}/rules/windows/process_creation/rundll32_a.yml#L1`
    )
    expect(got.file).toBe(catalogFile(path.join(scratch, 'cache'), ref('sigma')))
    expect(existsSync(got.file)).toBe(true)
    // Nothing left in the scratch folder: the tarball and extracted folders are removed.
    expect(readdirSync(path.join(scratch, 'tmp'))).toEqual([])
  })

  test('elastic: rules/ and rules_building_block/, not hunting/', async () => {
    const got = await fetchCorpus(ref('elastic'), options())
    expect(got.catalog.rules.map(r => r.title).sort()).toEqual(['Cmd Building Block', 'Cmd Child'])
  })

  test("splunk: the detections read their corpus's macros (wired into the read context)", async () => {
    const got = await fetchCorpus(ref('splunk'), options())
    expect(got.catalog.rules).toHaveLength(1)
    const [rule] = got.catalog.rules
    expect(rule.path).toMatch(
      /^splunk\/security_content@[0-9a-f]{40}\/detections\/endpoint\/rundll32_macro\.yml$/
    )
    expect(rule.indicators.some(k => k.includes('rundll32.exe'))).toBe(true)
    expect(rule.indicators.some(k => k.includes('export-s'))).toBe(true)
  })

  test('elastic-endpoint: behavior/rules only', async () => {
    const got = await fetchCorpus(ref('elastic-endpoint'), options())
    expect(got.catalog.rules.map(r => r.path)).toEqual([
      `elastic/protections-artifacts@${CORPORA['elastic-endpoint'].ref}/behavior/rules/windows/cmd.toml`
    ])
  })

  test('a ref override downloads that ref and names it in the paths', async () => {
    await serveCorpus(api, 'sigma', 'v9.9.9')
    const got = await fetchCorpus(ref('sigma@v9.9.9'), options())
    expect(api.requestsTo('GET', /\/tarball\//).map(r => r.path)).toEqual([
      '/repos/SigmaHQ/sigma/tarball/v9.9.9'
    ])
    expect(got.catalog.rules.every(r => r.path.startsWith('SigmaHQ/sigma@v9.9.9/'))).toBe(true)
  })

  test('refused (401, 403, 404): a CorpusError that says what to check out instead, no retry', async () => {
    const cases: Array<[number, RegExp]> = [
      [401, /HTTP 401: the token was refused/],
      [403, /HTTP 403: access refused or rate limited/],
      [404, /HTTP 404: no such repository or ref/]
    ]
    for (const [status, why] of cases) {
      api.failures = [{ method: 'GET', path: /\/tarball\//, status, message: 'no' }]
      api.clearRequests()
      const err = await fetchCorpus(ref('sigma'), options()).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(CorpusError)
      const msg = (err as Error).message
      expect(msg).toMatch(why)
      expect(msg).toContain(
        `check out SigmaHQ/sigma at ${CORPORA.sigma.ref} and pass --baseline path/to/sigma/rules`
      )
      expect(api.requestsTo('GET', /\/tarball\//)).toHaveLength(1)
    }
  })

  test('a 5xx is retried as tool-cache retries', async () => {
    api.failures = [{ method: 'GET', path: /\/tarball\//, status: 502, message: 'bad gateway', times: 1 }]
    const got = await fetchCorpus(ref('elastic'), options())
    expect(got.catalog.rules).toHaveLength(2)
    expect(api.requestsTo('GET', /\/tarball\//)).toHaveLength(2)
  })

  test('offline (nothing listens): a CorpusError, never a crash', async () => {
    const port = await closedPort()
    const err = await fetchCorpus(ref('splunk'), { ...options(), apiUrl: `http://127.0.0.1:${port}` }).catch(
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(CorpusError)
    expect((err as Error).message).toMatch(/offline, or the API URL \(GITHUB_API_URL\) is wrong/)
    expect((err as Error).message).toContain('check out splunk/security_content at')
    expect((err as Error).message).toContain('splunk.macros')
  })

  test('a download that is not a tarball, or lacks the rule folders, is a CorpusError', async () => {
    const spec = CORPORA.sigma
    api.tarballs.set(`${spec.owner}/${spec.repo}@garbage`, Buffer.from('not a tarball'))
    const err = await fetchCorpus(ref('sigma@garbage'), options()).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CorpusError)
    await serveCorpus(api, 'sigma', 'empty', { 'README.md': 'x\n' })
    const empty = await fetchCorpus(ref('sigma@empty'), options()).catch((e: unknown) => e)
    expect((empty as Error).message).toMatch(/holds none of the rule folders rules\*/)
  })
})

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

describe('detlint corpus fetch, then --baseline NAME offline', () => {
  let ws: Workspace
  beforeEach(() => {
    ws = new Workspace()
    ws.writeCorpus()
  })
  afterEach(() => ws.remove())

  async function cli(
    args: string[],
    env: Record<string, string>
  ): Promise<{ code: number; out: string; err: string }> {
    let out = ''
    let err = ''
    const code = await runCli(args, {
      stdout: t => void (out += t),
      stderr: t => void (err += t),
      cwd: ws.dir,
      env: { TMPDIR: path.join(scratch, 'tmp'), ...env }
    })
    return { code, out, err }
  }

  test('fetch downloads once; check and catalog show then use the cached catalog without the network', async () => {
    const cacheDir = path.join(scratch, 'user-cache')
    const env = { DETLINT_CACHE_DIR: cacheDir, GITHUB_API_URL: api.url, GITHUB_TOKEN: 'ghs_user' }
    const fetched = await cli(['corpus', 'fetch', 'sigma', 'splunk'], env)
    expect(fetched.err).toMatch(/sigma@8eaafff1f284: catalog of 3 rules in /)
    expect(fetched.code).toBe(0)
    expect(api.requestsTo('GET', /\/tarball\//).map(r => r.authorization)).toEqual([
      'Bearer ghs_user',
      'Bearer ghs_user'
    ])

    // Fetched again: a commit's catalog is kept, nothing is downloaded.
    api.clearRequests()
    const again = await cli(['corpus', 'fetch', 'sigma'], env)
    expect(again.code).toBe(0)
    expect(again.err).toMatch(/sigma@8eaafff1f284: already cached, catalog of 3 rules in /)
    expect(api.requestsTo('GET', /\/tarball\//)).toEqual([])

    const listed = await cli(['corpus', 'list'], env)
    expect(
      listed.out
        .split('\n')
        .filter(Boolean)
        .map(l => l.split('\t').slice(0, 2))
    ).toEqual([
      [`sigma@${CORPORA.sigma.ref} (pinned)`, '3 rules'],
      [`splunk@${CORPORA.splunk.ref} (pinned)`, '1 rules']
    ])

    // Offline: every API request now fails; the check needs none.
    api.clearRequests()
    api.failures = [{ method: 'GET', path: /./, status: 500, message: 'offline' }]
    const checked = await cli(
      [
        'check',
        'rules/new/rundll32_bare.yml',
        '--baseline',
        'sigma',
        '--format',
        'json',
        '--fail-on',
        'none'
      ],
      {
        DETLINT_CACHE_DIR: cacheDir
      }
    )
    expect(checked.err).toBe('')
    expect(checked.code).toBe(0)
    const report = JSON.parse(checked.out) as { summary: { catalogRules: number } }
    // The workspace's own rules/new/rundll32_bare.yml plus the three sigma rules.
    expect(report.summary.catalogRules).toBe(4)
    const shown = await cli(['catalog', 'show', 'T1218.011', '--baseline', 'sigma'], {
      DETLINT_CACHE_DIR: cacheDir
    })
    expect(shown.code).toBe(0)
    expect(shown.out).toContain('Rundll32 Loads A Library Export B')
    expect(api.requests).toEqual([])
  })

  test('the config baseline names a corpus too; not fetched: exit 2 saying how to fetch or check out', async () => {
    ws.write('.detlint.yml', 'baseline: [elastic]\n')
    const env = { DETLINT_CACHE_DIR: path.join(scratch, 'empty-cache') }
    const run = await cli(['check', 'rules'], env)
    expect(run.code).toBe(2)
    expect(run.err).toContain('baseline: elastic: elastic@14cf530f0d21 is not in the cache')
    expect(run.err).toContain('run `detlint corpus fetch elastic`')
    expect(run.err).toContain('check out elastic/detection-rules at 14cf530f0d2177023092449cd9d9348b4a8884c2')
    expect(run.err).not.toMatch(/internal error|at .*\.ts:\d+/)
  })

  test('fetch refused: exit 2 with the reason and what to check out; unknown names are usage errors', async () => {
    api.failures = [{ method: 'GET', path: /\/tarball\//, status: 403, message: 'rate limited' }]
    const cacheDir = path.join(scratch, 'c')
    const refused = await cli(['corpus', 'fetch', 'sigma'], {
      DETLINT_CACHE_DIR: cacheDir,
      GITHUB_API_URL: api.url
    })
    expect(refused.code).toBe(2)
    expect(refused.err).toMatch(
      /HTTP 403: access refused or rate limited \(no token given: set GITHUB_TOKEN\)/
    )
    expect(refused.err).toContain('check out SigmaHQ/sigma at')
    expect(existsSync(corpusDir(cacheDir)) && readdirSync(corpusDir(cacheDir)).length > 0).toBe(false)
    const unknown = await cli(['corpus', 'fetch', 'sigmah'], { DETLINT_CACHE_DIR: cacheDir })
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain(
      '"sigmah" is not a named corpus (expected one of sigma, elastic, splunk, elastic-endpoint'
    )
  })

  test('--cache-dir overrides the folder; a ref fetched is used by name@ref', async () => {
    await serveCorpus(api, 'elastic', 'v1.0.0')
    const dir = path.join(scratch, 'flag-cache')
    const env = { GITHUB_API_URL: api.url, DETLINT_CACHE_DIR: path.join(scratch, 'unused') }
    expect((await cli(['corpus', 'fetch', 'elastic@v1.0.0', '--cache-dir', dir], env)).code).toBe(0)
    expect(existsSync(path.join(scratch, 'unused'))).toBe(false)
    const listed = await cli(['corpus', 'list', '--cache-dir', dir], env)
    expect(listed.out).toMatch(/^elastic@v1\.0\.0\t2 rules\t/)
    const checked = await cli(['check', 'rules', '--baseline', 'elastic@v1.0.0', '--fail-on', 'none'], {
      DETLINT_CACHE_DIR: dir
    })
    expect(checked.code).toBe(0)
    const pinned = await cli(['check', 'rules', '--baseline', 'elastic'], { DETLINT_CACHE_DIR: dir })
    expect(pinned.code).toBe(2)
    expect(pinned.err).toContain('--baseline: elastic: elastic@14cf530f0d21 is not in the cache')
  })
})
