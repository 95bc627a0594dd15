/**
 * What an event asks of the action: which files changed (a pull request's, a compare
 * between two commits, or every rule), which commit a check run goes on, and which pull
 * request gets the comment. Read from the event payload only; no API calls here.
 */

/** The part of `github.context` read here. */
export interface EventContext {
  eventName: string
  payload: Record<string, unknown>
  repo: { owner: string; repo: string }
  /** `GITHUB_SHA`; absent in some tests. */
  sha?: string
}

export interface PullRequestTarget {
  owner: string
  repo: string
  number: number
  /** The head branch lives in another repository (or a deleted one). */
  fromFork: boolean
}

/** Where the changed files come from. */
export type ChangeSource =
  | { kind: 'pull-request'; number: number }
  | { kind: 'compare'; base: string; head: string; what: 'push' | 'merge group' }
  | { kind: 'all'; reason: string }
  | { kind: 'none'; reason: string }

export interface EventPlan {
  eventName: string
  owner: string
  repo: string
  changes: ChangeSource
  /** Commit a check run goes on, or null when the event names none. */
  headSha: string | null
  /** The pull request that gets the comment, or null. */
  pullRequest: PullRequestTarget | null
}

export const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/** `before` of a push that creates a branch, `after` of one that deletes it. */
const ZERO_SHA = /^0+$/

type Json = Record<string, unknown>

function obj(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}

function sha(value: unknown): string | null {
  const s = str(value)
  return s !== null && /^[0-9a-f]{7,64}$/i.test(s) ? s : null
}

function pullRequestOf(ctx: EventContext, pr: Json, headRepo: unknown): PullRequestTarget | null {
  const number = pr.number
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) return null
  const { owner, repo } = ctx.repo
  return { owner, repo, number, fromFork: str(headRepo) !== `${owner}/${repo}` }
}

function pullRequestPlan(
  ctx: EventContext,
  base: Omit<EventPlan, 'changes' | 'headSha' | 'pullRequest'>
): EventPlan {
  const pr = obj(ctx.payload.pull_request)
  const head = obj(pr?.head)
  const target = pr ? pullRequestOf(ctx, pr, obj(head?.repo)?.full_name) : null
  if (!target) {
    return {
      ...base,
      changes: { kind: 'all', reason: 'the event names no pull request' },
      headSha: sha(ctx.sha),
      pullRequest: null
    }
  }
  return {
    ...base,
    changes: { kind: 'pull-request', number: target.number },
    headSha: sha(head?.sha) ?? sha(ctx.sha),
    pullRequest: target
  }
}

function pushPlan(
  ctx: EventContext,
  base: Omit<EventPlan, 'changes' | 'headSha' | 'pullRequest'>
): EventPlan {
  const p = ctx.payload
  const before = str(p.before)
  const after = str(p.after)
  const headSha = after !== null && !ZERO_SHA.test(after) ? sha(after) : sha(ctx.sha)
  let changes: ChangeSource
  if (p.deleted === true || (after !== null && ZERO_SHA.test(after))) {
    changes = { kind: 'none', reason: 'the push deletes the branch' }
  } else if (before !== null && ZERO_SHA.test(before)) {
    changes = {
      kind: 'all',
      reason: 'the push creates the branch, so there is no earlier commit to compare with'
    }
  } else if (sha(before) === null || sha(after) === null) {
    changes = { kind: 'all', reason: 'the push event names no earlier and later commit to compare' }
  } else {
    changes = { kind: 'compare', base: before as string, head: after as string, what: 'push' }
  }
  return { ...base, changes, headSha, pullRequest: null }
}

function mergeGroupPlan(
  ctx: EventContext,
  base: Omit<EventPlan, 'changes' | 'headSha' | 'pullRequest'>
): EventPlan {
  const group = obj(ctx.payload.merge_group)
  const baseSha = sha(group?.base_sha)
  const headSha = sha(group?.head_sha)
  const changes: ChangeSource =
    baseSha && headSha
      ? { kind: 'compare', base: baseSha, head: headSha, what: 'merge group' }
      : { kind: 'all', reason: 'the merge group names no base and head commits' }
  return { ...base, changes, headSha: headSha ?? sha(ctx.sha), pullRequest: null }
}

/**
 * A `workflow_run` (the second half of the fork-safe pair): the run's head commit, and its
 * pull request when GitHub names one (it does not for pull requests from forks).
 */
function workflowRunPlan(
  ctx: EventContext,
  base: Omit<EventPlan, 'changes' | 'headSha' | 'pullRequest'>
): EventPlan {
  const run = obj(ctx.payload.workflow_run)
  const prs = Array.isArray(run?.pull_requests) ? run.pull_requests : []
  const first = obj(prs[0])
  const headRepo = obj(run?.head_repository)?.full_name
  return {
    ...base,
    changes: { kind: 'all', reason: 'a workflow_run event checks every rule' },
    headSha: sha(run?.head_sha) ?? sha(ctx.sha),
    pullRequest: first ? pullRequestOf(ctx, first, headRepo) : null
  }
}

/** The plan for the event in `ctx`. */
export function resolveEvent(ctx: EventContext): EventPlan {
  const base = { eventName: ctx.eventName, owner: ctx.repo.owner, repo: ctx.repo.repo }
  if (PULL_REQUEST_EVENTS.has(ctx.eventName)) return pullRequestPlan(ctx, base)
  switch (ctx.eventName) {
    case 'push':
      return pushPlan(ctx, base)
    case 'merge_group':
      return mergeGroupPlan(ctx, base)
    case 'workflow_run':
      return workflowRunPlan(ctx, base)
    default:
      return {
        ...base,
        changes: { kind: 'all', reason: `a ${ctx.eventName || 'manual'} event checks every rule` },
        headSha: sha(ctx.sha),
        pullRequest: null
      }
  }
}
