import { describe, expect, test } from '@jest/globals'
import { findOwnComment, upsertComment } from '../../src/github/comment.js'
import { renderComment, stableCommentBody } from '../../src/report/markdown.js'
import { fixtureReport } from '../fixtures/report.js'
import { BOT, FakeGitHub } from './fake-octokit.js'

const MARKER = '<!-- detlint-comment -->'
const TARGET = { owner: 'acme', repo: 'rules', issue_number: 7, marker: MARKER }
const HUMAN = { login: 'alice', type: 'User' }

function body(text: string): string {
  return `${MARKER}\n${text}\n`
}

describe('upsertComment', () => {
  test('creates the comment when none exists, without asking who we are', async () => {
    const gh = new FakeGitHub()
    gh.comments = [{ id: 1, body: 'LGTM', user: HUMAN }]
    expect(await upsertComment(gh.client(), { ...TARGET, body: body('two findings') })).toBe('created')
    expect(gh.callsTo('issues.createComment')).toEqual([
      {
        method: 'issues.createComment',
        params: { owner: 'acme', repo: 'rules', issue_number: 7, body: body('two findings') }
      }
    ])
    expect(gh.callsTo('request')).toHaveLength(0)
    expect(gh.comments).toHaveLength(2)
  })

  test('lists the comments through pagination, 100 a page', async () => {
    const gh = new FakeGitHub()
    gh.comments = Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `comment ${i}`, user: HUMAN }))
    gh.comments.push({ id: 500, body: body('old'), user: BOT })
    expect(await upsertComment(gh.client(), { ...TARGET, body: body('new') })).toBe('updated')
    const lists = gh.callsTo('issues.listComments')
    expect(lists.map(c => c.params.page)).toEqual([1, 2])
    for (const c of lists) expect(c.params).toMatchObject({ issue_number: 7, per_page: 100 })
    expect(gh.callsTo('issues.updateComment')[0].params).toMatchObject({ comment_id: 500 })
  })

  test('updates our comment in place when the body differs', async () => {
    const gh = new FakeGitHub()
    gh.comments = [
      { id: 1, body: 'LGTM', user: HUMAN },
      { id: 2, body: body('two findings'), user: BOT }
    ]
    expect(await upsertComment(gh.client(), { ...TARGET, body: body('one finding') })).toBe('updated')
    expect(gh.callsTo('issues.updateComment')).toEqual([
      {
        method: 'issues.updateComment',
        params: { owner: 'acme', repo: 'rules', comment_id: 2, body: body('one finding') }
      }
    ])
    expect(gh.callsTo('issues.createComment')).toHaveLength(0)
    expect(gh.comments.map(c => c.id)).toEqual([1, 2])
  })

  test('leaves an identical comment alone (line endings and trailing space do not count)', async () => {
    const gh = new FakeGitHub()
    gh.comments = [{ id: 2, body: body('two findings').replace(/\n/g, '\r\n') + '  ', user: BOT }]
    expect(await upsertComment(gh.client(), { ...TARGET, body: body('two findings') })).toBe('unchanged')
    expect(gh.callsTo('issues.updateComment')).toHaveLength(0)
    expect(gh.callsTo('issues.createComment')).toHaveLength(0)
  })

  test('a new run with the same findings leaves the comment alone: its run link does not count', async () => {
    const gh = new FakeGitHub()
    const report = fixtureReport()
    const first = renderComment(report, { runUrl: 'https://github.com/acme/rules/actions/runs/1' })
    gh.comments = [{ id: 3, body: first, user: BOT }]
    const target = { ...TARGET, marker: '<!-- detlint:report -->', stable: stableCommentBody }
    const rerun = renderComment(report, { runUrl: 'https://github.com/acme/rules/actions/runs/2' })
    expect(rerun).not.toBe(first)
    expect(await upsertComment(gh.client(), { ...target, body: rerun })).toBe('unchanged')
    expect(gh.callsTo('issues.updateComment')).toHaveLength(0)
    // Other findings: rewritten, with the new run's link.
    const fewer = { ...report, findings: report.findings.slice(1) }
    const changed = renderComment(fewer, { runUrl: 'https://github.com/acme/rules/actions/runs/3' })
    expect(await upsertComment(gh.client(), { ...target, body: changed })).toBe('updated')
    expect(gh.comments[0].body).toContain('actions/runs/3')
  })

  test('several marked comments: updates the first, keeps the others', async () => {
    const gh = new FakeGitHub()
    gh.comments = [
      { id: 3, body: body('first copy'), user: BOT },
      { id: 4, body: body('second copy'), user: BOT }
    ]
    expect(await upsertComment(gh.client(), { ...TARGET, body: body('now') })).toBe('updated')
    expect(gh.callsTo('issues.updateComment').map(c => c.params.comment_id)).toEqual([3])
    expect(gh.comments).toEqual([
      { id: 3, body: body('now'), user: BOT },
      { id: 4, body: body('second copy'), user: BOT }
    ])
  })

  test("a marker quoted in a person's comment is not ours (token user unknown)", async () => {
    const gh = new FakeGitHub()
    gh.comments = [{ id: 5, body: `> ${MARKER}\n> two findings\n\nWhy?`, user: HUMAN }]
    expect(await upsertComment(gh.client(), { ...TARGET, body: body('two findings') })).toBe('created')
    expect(gh.callsTo('request')).toHaveLength(1)
    expect(gh.comments[0].body).toContain('Why?')
  })

  test('a marker in a comment by another user is not ours (token user known)', async () => {
    const gh = new FakeGitHub()
    gh.login = 'detlint-bot'
    gh.author = { login: 'detlint-bot', type: 'User' }
    gh.comments = [
      { id: 6, body: body('quoted by alice'), user: HUMAN },
      { id: 7, body: body('made by another bot'), user: BOT },
      { id: 8, body: body('ours'), user: { login: 'Detlint-Bot', type: 'User' } }
    ]
    expect(await upsertComment(gh.client(), { ...TARGET, body: body('new') })).toBe('updated')
    expect(gh.callsTo('issues.updateComment').map(c => c.params.comment_id)).toEqual([8])
  })

  test('with the token user known and no comment of theirs, creates one', async () => {
    const gh = new FakeGitHub()
    gh.login = 'detlint-bot'
    gh.comments = [{ id: 6, body: body('by alice'), user: HUMAN }]
    expect(await upsertComment(gh.client(), { ...TARGET, body: body('new') })).toBe('created')
  })

  test('create: false only rewrites an existing comment', async () => {
    const gh = new FakeGitHub()
    expect(await upsertComment(gh.client(), { ...TARGET, body: body('all clear'), create: false })).toBe(
      'skipped'
    )
    expect(gh.callsTo('issues.createComment')).toHaveLength(0)
    gh.comments = [{ id: 9, body: body('two findings'), user: BOT }]
    expect(await upsertComment(gh.client(), { ...TARGET, body: body('all clear'), create: false })).toBe(
      'updated'
    )
    expect(gh.comments[0].body).toBe(body('all clear'))
  })

  test('errors from the API propagate', async () => {
    const gh = new FakeGitHub()
    gh.createError = new Error('Resource not accessible by integration')
    await expect(upsertComment(gh.client(), { ...TARGET, body: body('x') })).rejects.toThrow(
      'Resource not accessible'
    )
  })
})

describe('findOwnComment', () => {
  const app = {
    id: 10,
    body: body('app'),
    user: { login: 'my-app[bot]', type: 'Bot' },
    performed_via_github_app: { slug: 'my-app' }
  }
  test.each([
    ['bot comment, user unknown', [{ id: 1, body: body('x'), user: BOT }], null, 1],
    ['app comment, user unknown', [app], null, 10],
    ['person, user unknown', [{ id: 2, body: body('x'), user: HUMAN }], null, undefined],
    ['deleted author, user unknown (marker only)', [{ id: 3, body: body('x'), user: null }], null, 3],
    ['no marker', [{ id: 4, body: 'hello', user: BOT }], null, undefined],
    ['empty body', [{ id: 5, body: null, user: BOT }], null, undefined],
    ['person, user known', [{ id: 6, body: body('x'), user: HUMAN }], 'alice', 6],
    ['bot, other user known', [{ id: 7, body: body('x'), user: BOT }], 'alice', undefined]
  ])('%s', (_name, comments, login, expected) => {
    expect(findOwnComment(comments, MARKER, login)?.id).toBe(expected)
  })
})
