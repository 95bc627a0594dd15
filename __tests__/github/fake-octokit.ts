/**
 * An in-memory stand-in for the Octokit client: pull request files, compared files, issue
 * comments and check runs, with GitHub's paging, its caps, and every call recorded.
 */
import type { GitHubClient } from '../../src/github/client.js'

export interface FakeFile {
  filename: string
  status: string
  previous_filename?: string
}

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string } | null
  performed_via_github_app?: { slug: string } | null
}

export interface FakeCheckRun {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  output: { title?: string; summary?: string; text?: string }
  annotations: Array<Record<string, unknown>>
}

export interface Call {
  method: string
  params: Record<string, unknown>
}

/** An error shaped like Octokit's RequestError. */
export function httpError(status: number, message: string, headers: Record<string, string> = {}): Error {
  return Object.assign(new Error(message), {
    name: 'HttpError',
    status,
    response: { status, headers, data: { message } }
  })
}

export const BOT = { login: 'github-actions[bot]', type: 'Bot' }

export class FakeGitHub {
  files: FakeFile[] = []
  comments: FakeComment[] = []
  /** What `GET /user` answers; null: 403, as for an installation token. */
  login: string | null = null
  /** Author of the comments the token writes. */
  author: { login: string; type: string } = BOT
  calls: Call[] = []
  /** Thrown (rejected) by the next createComment / updateComment / listFiles calls. */
  createError: unknown = undefined
  updateError: unknown = undefined
  listFilesError: unknown = undefined
  /** Thrown by the next checks.create / checks.update / compare calls. */
  checksCreateError: unknown = undefined
  checksUpdateError: unknown = undefined
  compareError: unknown = undefined
  /** Files of `GET /compare/{base}...{head}`; GitHub sends 300 at most, with page 1. */
  compareFiles: FakeFile[] = []
  checkRuns: FakeCheckRun[] = []
  /** `GET /pulls/{n}`: head commit and repository of each pull request. */
  pulls: Record<number, { sha: string; repo: string }> = {}
  private nextId = 1000

  callsTo(method: string): Call[] {
    return this.calls.filter(c => c.method === method)
  }

  private page<T>(items: T[], params: Record<string, unknown>): T[] {
    const perPage = typeof params.per_page === 'number' ? params.per_page : 30
    const page = typeof params.page === 'number' ? params.page : 1
    return items.slice((page - 1) * perPage, page * perPage)
  }

  client(): GitHubClient {
    const record = (method: string, params: Record<string, unknown>): void => {
      this.calls.push({ method, params: { ...params } })
    }
    const listFiles = async (params: Record<string, unknown>) => {
      record('pulls.listFiles', params)
      if (this.listFilesError !== undefined) throw this.listFilesError
      // GitHub returns at most 3,000 files of a pull request.
      return { data: this.page(this.files.slice(0, 3000), params).map(f => ({ ...f })) }
    }
    const listComments = async (params: Record<string, unknown>) => {
      record('issues.listComments', params)
      return { data: this.page(this.comments, params).map(c => ({ ...c })) }
    }
    const createComment = async (params: Record<string, unknown>) => {
      record('issues.createComment', params)
      if (this.createError !== undefined) throw this.createError
      const comment: FakeComment = { id: this.nextId++, body: String(params.body), user: { ...this.author } }
      this.comments.push(comment)
      return { data: comment }
    }
    const updateComment = async (params: Record<string, unknown>) => {
      record('issues.updateComment', params)
      if (this.updateError !== undefined) throw this.updateError
      const comment = this.comments.find(c => c.id === params.comment_id)
      if (!comment) throw httpError(404, 'Not Found')
      comment.body = String(params.body)
      return { data: comment }
    }
    const request = async (route: string) => {
      record('request', { route })
      if (route === 'GET /user') {
        if (this.login === null) throw httpError(403, 'Resource not accessible by integration')
        return { data: { login: this.login } }
      }
      throw httpError(404, `Not Found: ${route}`)
    }
    const compareCommitsWithBasehead = async (params: Record<string, unknown>) => {
      record('repos.compareCommitsWithBasehead', params)
      if (this.compareError !== undefined) throw this.compareError
      const page = typeof params.page === 'number' ? params.page : 1
      const files = page === 1 ? this.compareFiles.slice(0, 300).map(f => ({ ...f })) : []
      return { data: { status: 'ahead', files, commits: [] }, headers: {} }
    }
    const createCheckRun = async (params: Record<string, unknown>) => {
      record('checks.create', params)
      if (this.checksCreateError !== undefined) throw this.checksCreateError
      const output = (params.output ?? {}) as FakeCheckRun['output'] & { annotations?: [] }
      const run: FakeCheckRun = {
        id: this.nextId++,
        name: String(params.name),
        head_sha: String(params.head_sha),
        status: String(params.status ?? 'queued'),
        conclusion: null,
        output: { title: output.title, summary: output.summary, text: output.text },
        annotations: [...(output.annotations ?? [])]
      }
      this.checkRuns.push(run)
      return { data: { id: run.id } }
    }
    const updateCheckRun = async (params: Record<string, unknown>) => {
      record('checks.update', params)
      if (this.checksUpdateError !== undefined) throw this.checksUpdateError
      const run = this.checkRuns.find(r => r.id === params.check_run_id)
      if (!run) throw httpError(404, 'Not Found')
      const output = (params.output ?? {}) as FakeCheckRun['output'] & { annotations?: [] }
      const annotations = output.annotations ?? []
      if (annotations.length > 50) throw httpError(422, 'Only 50 annotations are allowed per request')
      run.annotations.push(...annotations)
      run.output = { title: output.title, summary: output.summary, text: output.text }
      if (typeof params.conclusion === 'string') {
        run.conclusion = params.conclusion
        run.status = 'completed'
      } else if (typeof params.status === 'string') run.status = params.status
      return { data: { id: run.id } }
    }
    const getPull = async (params: Record<string, unknown>) => {
      record('pulls.get', params)
      const pr = this.pulls[Number(params.pull_number)]
      if (!pr) throw httpError(404, 'Not Found')
      return { data: { number: params.pull_number, head: { sha: pr.sha, repo: { full_name: pr.repo } } } }
    }
    type Method = (params: Record<string, unknown>) => Promise<{ data: unknown[] }>
    const paginate = async (method: Method, params: Record<string, unknown>) => {
      record('paginate', params)
      const perPage = typeof params.per_page === 'number' ? params.per_page : 30
      const out: unknown[] = []
      for (let page = 1; ; page++) {
        const { data } = await method({ ...params, page })
        out.push(...data)
        if (data.length < perPage) break
      }
      return out
    }
    const client = {
      paginate,
      request,
      rest: {
        pulls: { listFiles, get: getPull },
        issues: { listComments, createComment, updateComment },
        checks: { create: createCheckRun, update: updateCheckRun },
        repos: { compareCommitsWithBasehead }
      }
    }
    return client as unknown as GitHubClient
  }
}
