/**
 * Telling a token that may not write (a fork pull request's read-only GITHUB_TOKEN) from
 * other failures, so the action can warn instead of failing.
 */

interface ErrorShape {
  status?: unknown
  message?: unknown
  response?: { headers?: Record<string, unknown> }
}

function shape(err: unknown): ErrorShape {
  return typeof err === 'object' && err !== null ? (err as ErrorShape) : {}
}

/** The HTTP status of an Octokit error, when there is one. */
export function errorStatus(err: unknown): number | undefined {
  const status = shape(err).status
  return typeof status === 'number' ? status : undefined
}

function header(err: unknown, name: string): string | undefined {
  const value = shape(err).response?.headers?.[name]
  return value === undefined || value === null ? undefined : String(value)
}

/** A primary or secondary rate limit: 429, or a 403 that says so. Worth a retry, not a warning. */
export function isRateLimitError(err: unknown): boolean {
  const status = errorStatus(err)
  if (status === 429) return true
  if (status !== 403) return false
  const message = shape(err).message
  return (
    header(err, 'x-ratelimit-remaining') === '0' ||
    header(err, 'retry-after') !== undefined ||
    (typeof message === 'string' && /rate limit/i.test(message))
  )
}

export interface PermissionErrorOptions {
  /**
   * Count a 404 as a permission error. GitHub answers 404 instead of 403 when a token may
   * not see a resource; pass true for comment writes on a fork pull request.
   */
  notFound?: boolean
}

/**
 * True for a 403 that is not a rate limit ("Resource not accessible by integration" is the
 * usual one), and for a 404 when `options.notFound` is set.
 */
export function isPermissionError(err: unknown, options: PermissionErrorOptions = {}): boolean {
  const status = errorStatus(err)
  if (status === 403) return !isRateLimitError(err)
  return status === 404 && options.notFound === true
}

/** The one warning written when the pull request comment cannot be posted. */
export function readOnlyTokenWarning(detail: string): string {
  return (
    `detlint could not write the pull request comment: the token may not write to this ` +
    `repository (${detail}). This is expected on pull requests from forks, whose ` +
    `GITHUB_TOKEN is read-only. The findings are still reported as annotations, in the job ` +
    `summary and in the JSON report. To get the comment on fork pull requests too, see ` +
    `"Fork pull requests" in detlint's README.`
  )
}
