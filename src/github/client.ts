/**
 * The Octokit client the GitHub modules take as a parameter (never a global), and the one
 * place it is made: `@actions/github`'s client with the retry and throttling plugins.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

/** How hard the client tries again. Production keeps Octokit's defaults, capped. */
export interface ClientTuning {
  /** Retries of a 5xx (or a 429 without rate-limit headers): Octokit waits n² × this (ms). */
  retryAfterBaseValue: number
  /** Retries of one request after a server error. */
  retries: number
  /** Retries of one request after a primary or secondary rate limit. */
  rateLimitRetries: number
  /** Rate-limit waits are `retry-after` seconds × this (ms). */
  rateLimitBaseValue: number
  /** A rate limit that asks to wait longer than this (seconds) is not waited for. */
  maxRateLimitWait: number
}

/** Octokit's own defaults (1 s base, 3 retries), with rate-limit waits capped at a minute. */
export const DEFAULT_CLIENT_TUNING: ClientTuning = {
  retryAfterBaseValue: 1000,
  retries: 3,
  rateLimitRetries: 2,
  rateLimitBaseValue: 1000,
  maxRateLimitWait: 60
}

/**
 * Statuses the retry plugin leaves alone: bad requests, authentication, permissions,
 * missing resources and validation errors are never retried; a 403 or 429 that is a rate
 * limit is the throttling plugin's, which waits as long as GitHub asks (within the cap).
 */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

export interface ClientOptions {
  tuning?: Partial<ClientTuning>
  /** Where rate-limit waits are reported (`core.warning`). */
  warn: (message: string) => void
  /** API root; default: `GITHUB_API_URL`, else https://api.github.com. */
  baseUrl?: string
}

interface LimitedRequest {
  method?: string
  url?: string
}

/** The throttling plugin's handler: wait (within the cap) a few times, warning each time. */
export function rateLimitHandler(
  kind: 'rate limit' | 'secondary rate limit',
  tuning: ClientTuning,
  warn: (m: string) => void
) {
  return (retryAfter: number, options: LimitedRequest, _octokit: unknown, retryCount: number): boolean => {
    const request = `${options.method ?? 'GET'} ${options.url ?? ''}`.trim()
    if (retryCount < tuning.rateLimitRetries && retryAfter <= tuning.maxRateLimitWait) {
      warn(
        `GitHub API ${kind} on ${request}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${tuning.rateLimitRetries}).`
      )
      return true
    }
    warn(
      `GitHub API ${kind} on ${request}: not retried (` +
        (retryCount >= tuning.rateLimitRetries
          ? `already retried ${retryCount} times`
          : `GitHub asks to wait ${retryAfter} s, more than ${tuning.maxRateLimitWait} s`) +
        ').'
    )
    return false
  }
}

/** A client for `token` that retries server errors and waits out rate limits, briefly. */
export function createGitHubClient(token: string, options: ClientOptions): GitHubClient {
  const tuning: ClientTuning = { ...DEFAULT_CLIENT_TUNING, ...options.tuning }
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      retry: {
        retries: tuning.retries,
        retryAfterBaseValue: tuning.retryAfterBaseValue,
        doNotRetry: DO_NOT_RETRY
      },
      throttle: {
        retryAfterBaseValue: tuning.rateLimitBaseValue,
        onRateLimit: rateLimitHandler('rate limit', tuning, options.warn),
        onSecondaryRateLimit: rateLimitHandler('secondary rate limit', tuning, options.warn)
      }
    },
    retry,
    throttling
  )
}
