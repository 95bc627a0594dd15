/**
 * The real client (Octokit with the retry and throttling plugins) against a stand-in API on
 * 127.0.0.1: server errors and rate limits are retried, briefly; permission errors never.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  DEFAULT_CLIENT_TUNING,
  DO_NOT_RETRY,
  createGitHubClient,
  rateLimitHandler,
  type GitHubClient
} from '../../src/github/client.js'

type Reply = { status: number; body?: unknown; headers?: Record<string, string> }

let server: Server
let baseUrl: string
/** Replies in order; the last repeats. */
let replies: Reply[] = []
let hits: string[] = []
let warnings: string[] = []

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume()
    req.on('end', () => {
      hits.push(`${req.method} ${req.url}`)
      const reply = replies.length > 1 ? (replies.shift() as Reply) : replies[0]
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
      res.end(JSON.stringify(reply.body ?? {}))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise<void>(resolve => server.close(() => resolve()))
})

beforeEach(() => {
  replies = []
  hits = []
  warnings = []
})

function client(): GitHubClient {
  return createGitHubClient('ghs_test', {
    baseUrl,
    tuning: { retryAfterBaseValue: 1, rateLimitBaseValue: 1 },
    warn: m => warnings.push(m)
  })
}

const ok: Reply = { status: 200, body: { login: 'octocat' } }
const reset = (): string => String(Math.floor(Date.now() / 1000))

async function status(p: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await p
    return 'ok'
  } catch (err) {
    return (err as { status: number }).status
  }
}

describe('createGitHubClient', () => {
  test('production defaults: Octokit’s own, with waits capped', () => {
    expect(DEFAULT_CLIENT_TUNING).toEqual({
      retryAfterBaseValue: 1000,
      retries: 3,
      rateLimitRetries: 2,
      rateLimitBaseValue: 1000,
      maxRateLimitWait: 60
    })
    expect(DO_NOT_RETRY).toEqual(expect.arrayContaining([400, 401, 403, 404, 422]))
  })

  test('a 502 is retried, then succeeds', async () => {
    replies = [{ status: 502, body: { message: 'Bad Gateway' } }, ok]
    const res = await client().request('GET /user')
    expect(res.data).toEqual({ login: 'octocat' })
    expect(hits).toEqual(['GET /user', 'GET /user'])
  })

  test('a server error that stays is retried 3 times, then thrown', async () => {
    replies = [{ status: 500, body: { message: 'Server Error' } }]
    expect(await status(client().request('GET /user'))).toBe(500)
    expect(hits).toHaveLength(4)
  })

  // Writes are spaced a second apart by the throttling plugin: one write here, GETs below.
  test('a 403 on creating a check run (a read-only token) is never retried', async () => {
    replies = [{ status: 403, body: { message: 'Resource not accessible by integration' } }, ok]
    const create = client().request('POST /repos/{owner}/{repo}/check-runs', {
      owner: 'a',
      repo: 'b',
      name: 'detlint',
      head_sha: 'c'.repeat(40)
    })
    expect(await status(create)).toBe(403)
    expect(hits).toEqual(['POST /repos/a/b/check-runs'])
    expect(warnings).toEqual([])
  })

  test.each([
    [403, 'Resource not accessible by integration'],
    [401, 'Bad credentials'],
    [404, 'Not Found'],
    [422, 'Validation Failed']
  ])('%i (%s) is never retried', async (code, message) => {
    replies = [{ status: code, body: { message } }, ok]
    expect(await status(client().request('GET /user'))).toBe(code)
    expect(hits).toHaveLength(1)
    expect(warnings).toEqual([])
  })

  test('a rate-limited 403 is waited out and retried, with a warning', async () => {
    replies = [
      {
        status: 403,
        body: { message: 'API rate limit exceeded' },
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset() }
      },
      ok
    ]
    expect(await status(client().request('GET /user'))).toBe('ok')
    expect(hits).toHaveLength(2)
    expect(warnings).toEqual([
      expect.stringMatching(/^GitHub API rate limit on GET \/user: retrying in \d+ s \(retry 1 of 2\)\.$/)
    ])
  })

  test('a secondary rate limit (429) is retried', async () => {
    replies = [
      {
        status: 429,
        body: { message: 'You have exceeded a secondary rate limit.' },
        headers: { 'retry-after': '1' }
      },
      ok
    ]
    expect(await status(client().request('GET /user'))).toBe('ok')
    expect(hits).toHaveLength(2)
    expect(warnings[0]).toMatch(/^GitHub API secondary rate limit on GET \/user: retrying in 1 s/)
  })

  test('rate limits are retried at most twice', async () => {
    replies = [
      {
        status: 403,
        body: { message: 'You have exceeded a secondary rate limit.' },
        headers: { 'retry-after': '1' }
      }
    ]
    expect(await status(client().request('GET /user'))).toBe(403)
    expect(hits).toHaveLength(3)
    expect(warnings).toHaveLength(3)
    expect(warnings[2]).toMatch(/not retried \(already retried 2 times\)/)
  })

  test('a rate limit that asks to wait too long is not waited for', async () => {
    replies = [
      {
        status: 403,
        body: { message: 'You have exceeded a secondary rate limit.' },
        headers: { 'retry-after': '3600' }
      }
    ]
    expect(await status(client().request('GET /user'))).toBe(403)
    expect(hits).toHaveLength(1)
    expect(warnings).toEqual([
      expect.stringMatching(/not retried \(GitHub asks to wait 3600 s, more than 60 s\)/)
    ])
  })
})

describe('rateLimitHandler', () => {
  test('retries while under the count and the cap', () => {
    const seen: string[] = []
    const handler = rateLimitHandler('rate limit', DEFAULT_CLIENT_TUNING, m => seen.push(m))
    const options = { method: 'PATCH', url: '/repos/a/b/check-runs/1' }
    expect(handler(5, options, null, 0)).toBe(true)
    expect(handler(5, options, null, 1)).toBe(true)
    expect(handler(5, options, null, 2)).toBe(false)
    expect(handler(61, options, null, 0)).toBe(false)
    expect(seen[0]).toBe(
      'GitHub API rate limit on PATCH /repos/a/b/check-runs/1: retrying in 5 s (retry 1 of 2).'
    )
  })
})
