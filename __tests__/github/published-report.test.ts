import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { EventPlan } from '../../src/github/events.js'
import {
  parseReport,
  publishedPullRequest,
  readPullRequestNumber,
  readReportFile
} from '../../src/github/published-report.js'
import { renderJson } from '../../src/report/json.js'
import { fixtureReport } from '../fixtures/report.js'
import { FakeGitHub } from './fake-octokit.js'

const HEAD = 'e'.repeat(40)
let dir: string

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'detlint-published-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function json(): Record<string, unknown> {
  return JSON.parse(renderJson(fixtureReport())) as Record<string, unknown>
}

function findingsOf(doc: Record<string, unknown>): Array<Record<string, unknown>> {
  return doc.findings as Array<Record<string, unknown>>
}

describe('parseReport', () => {
  test('reads back what renderJson writes', () => {
    const report = fixtureReport()
    const parsed = parseReport(renderJson(report), 'detlint-report.json')
    expect(renderJson(parsed)).toBe(renderJson(report))
  })

  test('fail-on given overrides the report’s own, and the counts are recomputed', () => {
    const doc = json()
    ;(doc.summary as Record<string, unknown>).errors = 999
    const parsed = parseReport(JSON.stringify(doc), 'r.json', 'none')
    expect(parsed.summary.failOn).toBe('none')
    expect(parsed.summary.failed).toBe(false)
    expect(parsed.summary.errors).toBe(fixtureReport().summary.errors)
  })

  const broken: Array<[string, (doc: Record<string, unknown>) => void, string]> = [
    [
      'a severity',
      d => (findingsOf(d)[0].severity = 'fatal'),
      'findings[0].severity: expected one of error, warning, notice, got "fatal"'
    ],
    ['a check', d => (findingsOf(d)[1].check = 'rm -rf'), 'findings[1].check: expected one of'],
    [
      'a path outside',
      d => (findingsOf(d)[0].path = '../../etc/passwd'),
      'findings[0].path: expected a relative path inside the repository'
    ],
    [
      'an absolute path',
      d => (findingsOf(d)[0].path = '/etc/passwd'),
      'findings[0].path: expected a relative path'
    ],
    ['a line', d => (findingsOf(d)[0].line = 0), 'findings[0].line: expected a whole number >= 1, got 0'],
    [
      'a message',
      d => (findingsOf(d)[0].message = { html: '<b>' }),
      'findings[0].message: expected a string'
    ],
    [
      'evidence of another check',
      d => ((findingsOf(d)[0].evidence as Record<string, unknown>).kind = 'parse-error'),
      'findings[0].evidence.kind: expected one of'
    ],
    ['no findings', d => delete d.findings, 'findings: expected a list, got nothing'],
    ['the summary', d => (d.summary = []), 'summary: expected an object, got []']
  ]
  test.each(broken)('refuses %s, naming the field', (_name, breakIt, message) => {
    const doc = json()
    breakIt(doc)
    expect(() => parseReport(JSON.stringify(doc), 'detlint-report.json')).toThrow(
      `report-from: detlint-report.json: ${message}`
    )
  })

  test('refuses text that is not JSON', () => {
    expect(() => parseReport('{', 'r.json')).toThrow(/^report-from: r\.json: not JSON: /)
  })
})

describe('readReportFile', () => {
  test('a missing file', () => {
    expect(() => readReportFile(path.join(dir, 'nope.json'))).toThrow('report-from: no such file')
  })

  test('a file', () => {
    const file = path.join(dir, 'detlint-report.json')
    writeFileSync(file, renderJson(fixtureReport()))
    expect(readReportFile(file).findings).toHaveLength(fixtureReport().findings.length)
  })
})

describe('the pull request of a published report', () => {
  const report = (): string => {
    const file = path.join(dir, 'detlint-report.json')
    writeFileSync(file, renderJson(fixtureReport()))
    return file
  }
  const plan: EventPlan = {
    eventName: 'workflow_run',
    owner: 'acme',
    repo: 'rules',
    changes: { kind: 'all', reason: 'x' },
    headSha: HEAD,
    pullRequest: null
  }

  test('pr-number: a number, or nothing', () => {
    const file = report()
    expect(readPullRequestNumber(file)).toBeNull()
    writeFileSync(path.join(dir, 'pr-number'), '42\n')
    expect(readPullRequestNumber(file)).toBe(42)
    writeFileSync(path.join(dir, 'pr-number'), '42; rm -rf /')
    expect(() => readPullRequestNumber(file)).toThrow(
      'report-from: pr-number: expected a pull request number'
    )
  })

  test('the event’s pull request wins, without an API call', async () => {
    const gh = new FakeGitHub()
    const pr = { owner: 'acme', repo: 'rules', number: 3, fromFork: false }
    expect(await publishedPullRequest(gh.client(), { ...plan, pullRequest: pr }, report())).toEqual({
      pullRequest: pr
    })
    expect(gh.calls).toEqual([])
  })

  test('pr-number is trusted when that pull request’s head is the run’s commit', async () => {
    const file = report()
    writeFileSync(path.join(dir, 'pr-number'), '42')
    const gh = new FakeGitHub()
    gh.pulls[42] = { sha: HEAD, repo: 'someone/rules' }
    expect(await publishedPullRequest(gh.client(), plan, file)).toEqual({
      pullRequest: { owner: 'acme', repo: 'rules', number: 42, fromFork: true }
    })
  })

  test('pr-number naming another pull request is refused', async () => {
    const file = report()
    writeFileSync(path.join(dir, 'pr-number'), '42')
    const gh = new FakeGitHub()
    gh.pulls[42] = { sha: 'f'.repeat(40), repo: 'acme/rules' }
    const result = await publishedPullRequest(gh.client(), plan, file)
    expect(result.pullRequest).toBeNull()
    expect(result.refused).toBe("pr-number names #42, whose head fffffff is not the run's commit eeeeeee")
  })
})
