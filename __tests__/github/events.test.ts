import { describe, expect, test } from '@jest/globals'
import { resolveEvent, type EventContext } from '../../src/github/events.js'

const REPO = { owner: 'acme', repo: 'rules' }
const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const ZERO = '0'.repeat(40)

function ctx(eventName: string, payload: Record<string, unknown>, sha?: string): EventContext {
  return { eventName, payload, repo: REPO, ...(sha ? { sha } : {}) }
}

describe('resolveEvent', () => {
  test.each(['opened', 'synchronize', 'reopened'])(
    'pull_request (%s): its files, its head, its comment',
    action => {
      const plan = resolveEvent(
        ctx('pull_request', {
          action,
          pull_request: { number: 7, head: { sha: A, repo: { full_name: 'acme/rules' } } }
        })
      )
      expect(plan).toEqual({
        eventName: 'pull_request',
        owner: 'acme',
        repo: 'rules',
        changes: { kind: 'pull-request', number: 7 },
        headSha: A,
        pullRequest: { owner: 'acme', repo: 'rules', number: 7, fromFork: false }
      })
    }
  )

  test('pull_request from a fork, and pull_request_target', () => {
    const payload = { pull_request: { number: 8, head: { sha: A, repo: { full_name: 'someone/rules' } } } }
    expect(resolveEvent(ctx('pull_request', payload)).pullRequest?.fromFork).toBe(true)
    expect(resolveEvent(ctx('pull_request_target', payload)).changes).toEqual({
      kind: 'pull-request',
      number: 8
    })
    // A deleted head repository counts as a fork.
    const gone = { pull_request: { number: 9, head: { sha: A, repo: null } } }
    expect(resolveEvent(ctx('pull_request', gone)).pullRequest?.fromFork).toBe(true)
  })

  test('a pull_request payload without a pull request checks every rule', () => {
    const plan = resolveEvent(ctx('pull_request', {}, B))
    expect(plan.changes.kind).toBe('all')
    expect(plan.pullRequest).toBeNull()
    expect(plan.headSha).toBe(B)
  })

  test('push: the files between before and after; the check run on after', () => {
    const plan = resolveEvent(ctx('push', { before: A, after: B }, B))
    expect(plan.changes).toEqual({ kind: 'compare', base: A, head: B, what: 'push' })
    expect(plan.headSha).toBe(B)
    expect(plan.pullRequest).toBeNull()
  })

  test('push that creates a branch: every rule, and says why', () => {
    const plan = resolveEvent(ctx('push', { before: ZERO, after: B, created: true }))
    expect(plan.changes).toEqual({
      kind: 'all',
      reason: 'the push creates the branch, so there is no earlier commit to compare with'
    })
    expect(plan.headSha).toBe(B)
  })

  test('push that deletes a branch: nothing', () => {
    const plan = resolveEvent(ctx('push', { before: A, after: ZERO, deleted: true }, A))
    expect(plan.changes).toEqual({ kind: 'none', reason: 'the push deletes the branch' })
    expect(plan.headSha).toBe(A)
  })

  test('push without commits in the payload: every rule', () => {
    expect(resolveEvent(ctx('push', {})).changes.kind).toBe('all')
    expect(resolveEvent(ctx('push', {})).headSha).toBeNull()
    expect(resolveEvent(ctx('push', { before: 'main', after: B })).changes.kind).toBe('all')
  })

  test('merge_group: base_sha...head_sha, the check run on the head', () => {
    const plan = resolveEvent(
      ctx('merge_group', {
        action: 'checks_requested',
        merge_group: { base_sha: A, head_sha: B, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-x' }
      })
    )
    expect(plan.changes).toEqual({ kind: 'compare', base: A, head: B, what: 'merge group' })
    expect(plan.headSha).toBe(B)
    expect(plan.pullRequest).toBeNull()
    expect(resolveEvent(ctx('merge_group', {})).changes.kind).toBe('all')
  })

  test.each(['workflow_dispatch', 'schedule', 'release'])('%s: every rule, no comment, GITHUB_SHA', name => {
    const plan = resolveEvent(ctx(name, { inputs: {} }, A))
    expect(plan.changes).toEqual({ kind: 'all', reason: `a ${name} event checks every rule` })
    expect(plan.headSha).toBe(A)
    expect(plan.pullRequest).toBeNull()
  })

  test('workflow_run: its head commit and its pull request when GitHub names one', () => {
    const same = resolveEvent(
      ctx('workflow_run', {
        workflow_run: {
          head_sha: A,
          head_repository: { full_name: 'acme/rules' },
          pull_requests: [{ number: 12, head: { sha: A } }]
        }
      })
    )
    expect(same.headSha).toBe(A)
    expect(same.pullRequest).toEqual({ owner: 'acme', repo: 'rules', number: 12, fromFork: false })

    const fork = resolveEvent(
      ctx('workflow_run', {
        workflow_run: { head_sha: B, head_repository: { full_name: 'someone/rules' }, pull_requests: [] }
      })
    )
    expect(fork.headSha).toBe(B)
    expect(fork.pullRequest).toBeNull()
  })

  test('values of the wrong type are ignored', () => {
    const plan = resolveEvent(
      ctx('pull_request', { pull_request: { number: '7', head: { sha: 'not a sha' } } }, 'also not')
    )
    expect(plan.pullRequest).toBeNull()
    expect(plan.headSha).toBeNull()
  })
})
