/**
 * One sticky pull request comment, found again by a hidden marker: created once, then
 * updated in place (or left alone when nothing changed) on every later run.
 */
import type { GitHubClient } from './client.js'

/** What `upsertComment` did. `skipped`: no comment of ours existed and `create` was false. */
export type CommentResult = 'created' | 'updated' | 'unchanged' | 'skipped'

/** The fields of an issue comment that tell whose it is. */
export interface CommentLike {
  id: number
  body?: string | null
  user?: { login: string; type?: string } | null
  performed_via_github_app?: unknown
}

export interface UpsertCommentOptions {
  owner: string
  repo: string
  issue_number: number
  body: string
  /** Hidden text (an HTML comment) that only our comment contains. */
  marker: string
  /** Create the comment when none of ours exists (default true); false only rewrites. */
  create?: boolean
  /**
   * The part of a body that decides whether it changed (default: all of it): a part that
   * changes every run (a link to the run) must not rewrite an otherwise identical comment.
   */
  stable?: (body: string) => string
}

/**
 * The login the token acts as, or null when GitHub does not say: `GET /user` answers 403
 * for installation tokens such as the workflow's GITHUB_TOKEN.
 */
export async function authenticatedLogin(octokit: GitHubClient): Promise<string | null> {
  try {
    const res = await octokit.request('GET /user')
    const login: unknown = res.data?.login
    return typeof login === 'string' && login !== '' ? login : null
  } catch {
    return null
  }
}

/** Written by an app or a bot, as comments made with an installation token are. */
function isBotComment(c: CommentLike): boolean {
  return (
    (c.performed_via_github_app !== undefined && c.performed_via_github_app !== null) ||
    c.user?.type === 'Bot'
  )
}

/**
 * Our comment among `comments`: the first carrying the marker and written by `login`.
 * When the login is unknown, a marked comment by a person (not a bot or an app) is never
 * ours: they may have quoted our comment.
 */
export function findOwnComment(
  comments: readonly CommentLike[],
  marker: string,
  login: string | null
): CommentLike | undefined {
  const marked = comments.filter(c => typeof c.body === 'string' && c.body.includes(marker))
  if (login !== null) return marked.find(c => c.user?.login.toLowerCase() === login.toLowerCase())
  return marked.find(c => isBotComment(c) || c.user?.type === undefined)
}

/** Bodies as GitHub stores them: line endings and trailing space do not count as a change. */
function sameBody(a: string, b: string): boolean {
  const norm = (s: string): string => s.replace(/\r\n/g, '\n').trimEnd()
  return norm(a) === norm(b)
}

/**
 * Creates, updates or keeps the comment. When several marked comments of ours exist (left
 * by an old bug), the first is updated and the others are left as they are.
 */
export async function upsertComment(
  octokit: GitHubClient,
  options: UpsertCommentOptions
): Promise<CommentResult> {
  const { owner, repo, issue_number, body, marker } = options
  const comments: CommentLike[] = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number,
    per_page: 100
  })
  // Ask who we are only when there is a marked comment to tell apart.
  const anyMarked = comments.some(c => typeof c.body === 'string' && c.body.includes(marker))
  const ours = anyMarked ? findOwnComment(comments, marker, await authenticatedLogin(octokit)) : undefined
  if (ours) {
    const stable = options.stable ?? ((b: string): string => b)
    if (sameBody(stable(ours.body ?? ''), stable(body))) return 'unchanged'
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body })
    return 'updated'
  }
  if (options.create === false) return 'skipped'
  await octokit.rest.issues.createComment({ owner, repo, issue_number, body })
  return 'created'
}
