/**
 * Telling a token that may not write (a fork pull request's read-only GITHUB_TOKEN) from
 * other failures, so the action can warn instead of failing.
 */

interface ErrorShape {
  status?: unknown
  message?: unknown
  response?: { headers?: Record<string, unknown> }
}

/** A message for any thrown value, `Error` or not. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message
  if (typeof err === 'string') return err
  if (typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string') {
    return (err as { message: string }).message
  }
  try {
    return JSON.stringify(err) ?? String(err)
  } catch {
    return String(err)
  }
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

/**
 * The writes a read-only token was refused during one run (the check run, the comment), so
 * the run ends with one warning for all of them instead of one per call.
 */
export class PermissionDenials {
  private readonly denied: Array<{ what: string; detail: string }> = []

  /** Records that `what` ("create the check run") was refused with `detail`. */
  add(what: string, detail: string): void {
    this.denied.push({ what, detail })
  }

  get count(): number {
    return this.denied.length
  }

  /** What was refused, in order: `create the check run`, `write the pull request comment`. */
  get actions(): string[] {
    return this.denied.map(d => d.what)
  }

  /** The one warning for the run, or null when nothing was refused. */
  warning(): string | null {
    if (this.denied.length === 0) return null
    const what = this.denied.map(d => d.what)
    const details = [...new Set(this.denied.map(d => d.detail))]
    return readOnlyTokenWarning(what, details.join('; '))
  }
}

function joinActions(actions: readonly string[]): string {
  if (actions.length <= 1) return actions.join('')
  return `${actions.slice(0, -1).join(', ')} or ${actions[actions.length - 1]}`
}

/** The one warning written when the token may not write the check run or the comment. */
export function readOnlyTokenWarning(actions: readonly string[], detail: string): string {
  return (
    `detlint could not ${joinActions(actions)}: the token may not write to this ` +
    `repository (${detail}). This is expected on pull requests from forks, whose ` +
    `GITHUB_TOKEN is read-only, and when the workflow does not grant \`checks: write\` or ` +
    `\`pull-requests: write\`. The findings are still reported as annotations, in the job ` +
    `summary and in the JSON report. To get the comment and the check run on fork pull ` +
    `requests too, see "Fork pull requests" in detlint's README.`
  )
}
