/**
 * Publishing a report: check run or workflow-command annotations (no duplicates, 10 per
 * type, the rest counted), the comment, and one warning for every refused write.
 */
import { describe, expect, test } from '@jest/globals'
import type { AnnotationProperties } from '@actions/core'
import { defaultSettings } from '../../src/config.js'
import type { EventPlan } from '../../src/github/events.js'
import {
  beyondCapMessage,
  capPerType,
  publishResults,
  repositoryPath,
  type PublishCore,
  type PublishRequest
} from '../../src/github/publish.js'
import type { ActionSettings } from '../../src/inputs.js'
import type { Annotation } from '../../src/report/annotations.js'
import { fixtureReport, manyFindingsReport } from '../fixtures/report.js'
import { FakeGitHub, httpError } from './fake-octokit.js'

class Recorder implements PublishCore {
  infos: string[] = []
  logged: Array<{ kind: string; message: string; props?: AnnotationProperties }> = []
  info(message: string): void {
    this.infos.push(message)
  }
  warning(message: string, props?: AnnotationProperties): void {
    this.logged.push({ kind: 'warning', message, props })
  }
  error(message: string, props?: AnnotationProperties): void {
    this.logged.push({ kind: 'error', message, props })
  }
  notice(message: string, props?: AnnotationProperties): void {
    this.logged.push({ kind: 'notice', message, props })
  }
  get annotations() {
    return this.logged.filter(l => l.props?.file !== undefined)
  }
  get plainWarnings(): string[] {
    return this.logged.filter(l => l.kind === 'warning' && l.props?.file === undefined).map(l => l.message)
  }
}

const SETTINGS: ActionSettings = {
  ...defaultSettings(),
  name: 'detlint',
  token: 't',
  catalogFiles: [],
  configFile: null,
  comment: true,
  checkRun: true,
  reportFrom: null,
  failOnGiven: false,
  sarif: null,
  cacheFile: null,
  workingDirectory: '.',
  workspace: '/ws',
  root: '/ws'
}

const PLAN: EventPlan = {
  eventName: 'pull_request',
  owner: 'acme',
  repo: 'rules',
  changes: { kind: 'pull-request', number: 7 },
  headSha: 'd'.repeat(40),
  pullRequest: { owner: 'acme', repo: 'rules', number: 7, fromFork: false }
}

function request(
  gh: FakeGitHub | null,
  over: Partial<PublishRequest> = {}
): PublishRequest & { core: Recorder } {
  return {
    core: new Recorder(),
    client: gh ? gh.client() : null,
    report: fixtureReport(),
    settings: SETTINGS,
    plan: PLAN,
    pullRequest: PLAN.pullRequest,
    summary: '## detlint\n',
    scope: 'the 2 rule files changed by pull request #7',
    ...over
  } as PublishRequest & { core: Recorder }
}

function levels(n: Record<Annotation['level'], number>): Array<Pick<Annotation, 'level'> & { i: number }> {
  const out: Array<Pick<Annotation, 'level'> & { i: number }> = []
  let i = 0
  for (const [level, count] of Object.entries(n) as Array<[Annotation['level'], number]>)
    for (let k = 0; k < count; k++) out.push({ level, i: i++ })
  return out
}

describe('capPerType', () => {
  test('keeps the first 10 of each type, in order, and counts the rest', () => {
    const items = levels({ failure: 12, warning: 3, notice: 25 })
    const { shown, beyond } = capPerType(items)
    expect(shown.filter(a => a.level === 'failure')).toHaveLength(10)
    expect(shown.filter(a => a.level === 'warning')).toHaveLength(3)
    expect(shown.filter(a => a.level === 'notice')).toHaveLength(10)
    expect(beyond).toBe(2 + 15)
    expect(shown.map(a => a.i)).toEqual([...shown.map(a => a.i)].sort((a, b) => a - b))
  })

  test('nothing beyond the cap', () => {
    expect(capPerType(levels({ failure: 10, warning: 10, notice: 10 })).beyond).toBe(0)
    expect(capPerType([])).toEqual({ shown: [], beyond: 0 })
  })

  test('the message', () => {
    expect(beyondCapMessage(17)).toBe(
      "17 annotations beyond GitHub's 10 per type were not shown; see the job summary"
    )
    expect(beyondCapMessage(1)).toBe(
      "1 annotation beyond GitHub's 10 per type was not shown; see the job summary"
    )
  })
})

describe('repositoryPath', () => {
  test('relative to the workspace, through working-directory', () => {
    expect(repositoryPath({ workspace: '/ws', root: '/ws' }, 'rules/a.yml')).toBe('rules/a.yml')
    expect(repositoryPath({ workspace: '/ws', root: '/ws/sub' }, 'rules/a.yml')).toBe('sub/rules/a.yml')
  })
})

describe('publishResults', () => {
  test('with a check run: every annotation on it, none as workflow commands', async () => {
    const gh = new FakeGitHub()
    const req = request(gh)
    await publishResults(req)
    expect(gh.checkRuns).toHaveLength(1)
    expect(gh.checkRuns[0].annotations).toHaveLength(req.report.findings.length)
    expect(req.core.annotations).toEqual([])
    expect(req.core.plainWarnings).toEqual([])
    expect(gh.comments).toHaveLength(1)
  })

  test('many findings without a check run: 10 per type and one line for the rest', async () => {
    const gh = new FakeGitHub()
    const report = manyFindingsReport(140)
    const req = request(gh, { report, settings: { ...SETTINGS, checkRun: false } })
    await publishResults(req)
    expect(gh.callsTo('checks.create')).toHaveLength(0)
    expect(req.core.infos).toContain('check run: off (check-run: false)')
    const bySeverity = (kind: string) => req.core.annotations.filter(a => a.kind === kind).length
    for (const kind of ['error', 'warning', 'notice']) expect(bySeverity(kind)).toBeLessThanOrEqual(10)
    const beyond = report.findings.length - req.core.annotations.length
    expect(beyond).toBeGreaterThan(0)
    expect(req.core.infos).toContain(beyondCapMessage(beyond))
    expect(req.core.plainWarnings).toEqual([])
  })

  test('a refused check run and a refused comment give one warning, and the annotations fall back', async () => {
    const gh = new FakeGitHub()
    gh.checksCreateError = httpError(403, 'Resource not accessible by integration')
    gh.createError = httpError(403, 'Resource not accessible by integration')
    const req = request(gh)
    await publishResults(req)
    expect(req.core.plainWarnings).toHaveLength(1)
    expect(req.core.plainWarnings[0]).toMatch(
      /^detlint could not create the check run or write the pull request comment: .*\(Resource not accessible by integration\)/
    )
    expect(req.core.annotations).toHaveLength(req.report.findings.length)
  })

  test('only the check run refused (no checks: write): one warning, the comment is written', async () => {
    const gh = new FakeGitHub()
    gh.checksCreateError = httpError(403, 'Resource not accessible by integration')
    const req = request(gh)
    await publishResults(req)
    expect(req.core.plainWarnings).toHaveLength(1)
    expect(req.core.plainWarnings[0]).toMatch(/^detlint could not create the check run: /)
    expect(gh.comments).toHaveLength(1)
  })

  test('a server error on the check run: annotations fall back, with a warning', async () => {
    const gh = new FakeGitHub()
    gh.checksCreateError = httpError(500, 'Server Error')
    const req = request(gh)
    await publishResults(req)
    expect(req.core.plainWarnings).toEqual(['detlint could not create the check run: Server Error'])
    expect(req.core.annotations).toHaveLength(req.report.findings.length)
    // The comment was still written.
    expect(gh.comments).toHaveLength(1)
  })

  test('an update that fails part way: the annotations not sent fall back', async () => {
    const gh = new FakeGitHub()
    const client = gh.client()
    const update = client.rest.checks.update
    let n = 0
    ;(client.rest.checks as { update: unknown }).update = async (params: Parameters<typeof update>[0]) => {
      if (++n === 2) throw httpError(403, 'Resource not accessible by integration')
      return update(params)
    }
    const report = manyFindingsReport(60)
    const req = request(gh, { client, report, settings: { ...SETTINGS, comment: false } })
    await publishResults(req)
    expect(gh.checkRuns[0].annotations).toHaveLength(50)
    expect(req.core.annotations).toHaveLength(10)
    expect(req.core.plainWarnings).toEqual([
      expect.stringMatching(/^detlint could not update the check run: /)
    ])
  })

  test('no token: workflow commands, no check run, no comment', async () => {
    const req = request(null)
    await publishResults(req)
    expect(req.core.infos).toContain('check run: none (no token)')
    expect(req.core.infos).toContain('comment: none (no token)')
    expect(req.core.annotations).toHaveLength(req.report.findings.length)
  })

  test('an event without a commit: no check run', async () => {
    const gh = new FakeGitHub()
    const req = request(gh, { plan: { ...PLAN, headSha: null }, pullRequest: null })
    await publishResults(req)
    expect(gh.calls).toEqual([])
    expect(req.core.infos).toContain('check run: none (the event names no commit)')
  })
})
