import { describe, expect, test } from '@jest/globals'
import {
  CHECK_RUN_TEXT_MAX,
  CheckRunUpdateError,
  checkRunTitle,
  conclusionFor,
  fitCheckRunText,
  publishCheckRun,
  slices,
  toCheckRunAnnotation,
  type CheckRunAnnotation
} from '../../src/github/checks.js'
import type { Report } from '../../src/findings.js'
import { emptyReport, fixtureReport } from '../fixtures/report.js'
import { FakeGitHub, httpError } from './fake-octokit.js'

function annotations(n: number): CheckRunAnnotation[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `rules/r${i}.yml`,
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'warning',
    message: `finding ${i}`,
    title: 'detlint: noisy-indicator'
  }))
}

const REQUEST = {
  owner: 'acme',
  repo: 'rules',
  headSha: 'c'.repeat(40),
  title: '3 findings',
  summary: '## detlint\n',
  text: 'Checked everything.',
  conclusion: 'neutral' as const,
  detailsUrl: 'https://github.com/acme/rules/actions/runs/1'
}

describe('slices', () => {
  test.each([
    [0, []],
    [1, [1]],
    [50, [50]],
    [51, [50, 1]],
    [120, [50, 50, 20]],
    [150, [50, 50, 50]]
  ])('%i items → %j', (n, sizes) => {
    expect(slices(Array.from({ length: n }, (_, i) => i)).map(s => s.length)).toEqual(sizes)
  })

  test('keeps the order and every item', () => {
    const items = Array.from({ length: 123 }, (_, i) => i)
    expect(slices(items, 10).flat()).toEqual(items)
  })

  test('refuses a size below 1', () => {
    expect(() => slices([1], 0)).toThrow(RangeError)
  })
})

describe('publishCheckRun', () => {
  test('creates the run in progress, then sends 50 annotations a request and the conclusion last', async () => {
    const gh = new FakeGitHub()
    const result = await publishCheckRun(gh.client(), { ...REQUEST, annotations: annotations(120) })
    const create = gh.callsTo('checks.create')
    expect(create).toHaveLength(1)
    expect(create[0].params).toMatchObject({
      owner: 'acme',
      repo: 'rules',
      name: 'detlint',
      head_sha: REQUEST.headSha,
      status: 'in_progress',
      details_url: REQUEST.detailsUrl,
      output: { title: '3 findings', summary: '## detlint\n', text: 'Checked everything.' }
    })
    const updates = gh.callsTo('checks.update')
    expect(updates).toHaveLength(3)
    expect(result).toEqual({ id: gh.checkRuns[0].id, updates: 3 })
    const sizes = updates.map(u => (u.params.output as { annotations: unknown[] }).annotations.length)
    expect(sizes).toEqual([50, 50, 20])
    expect(updates.map(u => u.params.conclusion)).toEqual([undefined, undefined, 'neutral'])
    for (const u of updates) {
      expect(u.params.check_run_id).toBe(result.id)
      // GitHub wants a title and a summary with every output.
      expect(u.params.output).toMatchObject({ title: '3 findings', summary: '## detlint\n' })
    }
    expect(gh.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'neutral' })
    expect(gh.checkRuns[0].annotations.map(a => a.message)).toEqual(annotations(120).map(a => a.message))
  })

  test('no annotations: one update with the conclusion', async () => {
    const gh = new FakeGitHub()
    await publishCheckRun(gh.client(), { ...REQUEST, conclusion: 'success', annotations: [] })
    const updates = gh.callsTo('checks.update')
    expect(updates).toHaveLength(1)
    expect(updates[0].params).toMatchObject({ status: 'completed', conclusion: 'success' })
    expect((updates[0].params.output as { annotations: unknown[] }).annotations).toEqual([])
  })

  test('a failure to create is thrown as it came', async () => {
    const gh = new FakeGitHub()
    const refused = httpError(403, 'Resource not accessible by integration')
    gh.checksCreateError = refused
    await expect(publishCheckRun(gh.client(), { ...REQUEST, annotations: annotations(3) })).rejects.toBe(
      refused
    )
    expect(gh.callsTo('checks.update')).toHaveLength(0)
  })

  test('a failed update says how many annotations were sent', async () => {
    const gh = new FakeGitHub()
    const client = gh.client()
    const update = client.rest.checks.update
    let n = 0
    // The second update fails.
    ;(client.rest.checks as { update: unknown }).update = async (params: Parameters<typeof update>[0]) => {
      if (++n === 2) throw httpError(500, 'Server Error')
      return update(params)
    }
    const err = await publishCheckRun(client, { ...REQUEST, annotations: annotations(120) }).catch(e => e)
    expect(err).toBeInstanceOf(CheckRunUpdateError)
    expect((err as CheckRunUpdateError).sent).toBe(50)
    expect((err as CheckRunUpdateError).message).toBe('Server Error')
  })

  test('long summaries are cut to the limit', async () => {
    const gh = new FakeGitHub()
    const summary =
      '## detlint\n' +
      Array.from({ length: 3000 }, (_, i) => `### \`f${i}.yml\`\n\n${'x'.repeat(40)}\n`).join('\n')
    await publishCheckRun(gh.client(), { ...REQUEST, summary, annotations: [] })
    const sent = (gh.callsTo('checks.create')[0].params.output as { summary: string }).summary
    expect(sent.length).toBeLessThanOrEqual(CHECK_RUN_TEXT_MAX)
  })
})

describe('fitCheckRunText', () => {
  test('text that fits is kept as it is', () => {
    expect(fitCheckRunText('short')).toBe('short')
    const exact = 'x'.repeat(CHECK_RUN_TEXT_MAX)
    expect(fitCheckRunText(exact)).toBe(exact)
  })

  test('cuts before a file section and says so', () => {
    const sections = Array.from({ length: 10 }, (_, i) => `### file ${i}\n${'y'.repeat(200)}\n`)
    const text = `## detlint\n\n${sections.join('\n')}`
    const out = fitCheckRunText(text, 1000)
    expect(out.length).toBeLessThanOrEqual(1000)
    expect(out).toContain('### file 0')
    expect(out).toMatch(/left out to stay under GitHub's limit of 65,535 characters/)
    // Whole sections only: the last one kept ends with its text.
    const kept = out.split('\n\n> [!NOTE]')[0]
    expect(kept.endsWith('y'.repeat(200))).toBe(true)
  })

  test('without sections it cuts at a line break', () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n')
    const out = fitCheckRunText(text, 400)
    expect(out.length).toBeLessThanOrEqual(400)
    expect(out.split('\n\n> [!NOTE]')[0]).toMatch(/line \d+$/)
  })
})

describe('conclusion and title', () => {
  function withFailOn(report: Report, failOn: Report['summary']['failOn'], failed: boolean): Report {
    return { ...report, summary: { ...report.summary, failOn, failed } }
  }

  test('failure when the report fails fail-on, neutral with findings, success without', () => {
    expect(conclusionFor(withFailOn(fixtureReport(), 'error', true))).toBe('failure')
    expect(conclusionFor(withFailOn(fixtureReport(), 'none', false))).toBe('neutral')
    expect(conclusionFor(emptyReport())).toBe('success')
  })

  test('titles', () => {
    expect(checkRunTitle(emptyReport())).toBe('No findings')
    const r = fixtureReport()
    expect(checkRunTitle(r)).toBe(
      `${r.findings.length} findings: ${r.summary.errors} error${r.summary.errors === 1 ? '' : 's'}, ` +
        `${r.summary.warnings} warning${r.summary.warnings === 1 ? '' : 's'}, ` +
        `${r.summary.notices} notice${r.summary.notices === 1 ? '' : 's'}`
    )
  })
})

describe('toCheckRunAnnotation', () => {
  test('columns only on one line', () => {
    const one = toCheckRunAnnotation(
      { path: 'a.yml', startLine: 3, endLine: 3, startColumn: 5, level: 'failure', title: 't', message: 'm' },
      'sub/a.yml'
    )
    expect(one).toEqual({
      path: 'sub/a.yml',
      start_line: 3,
      end_line: 3,
      start_column: 5,
      end_column: 5,
      annotation_level: 'failure',
      message: 'm',
      title: 't'
    })
    const many = toCheckRunAnnotation(
      { path: 'a.yml', startLine: 3, endLine: 5, level: 'notice', title: 't', message: 'm' },
      'a.yml'
    )
    expect(many).not.toHaveProperty('start_column')
    expect(many.annotation_level).toBe('notice')
  })

  test('long messages and titles are clipped', () => {
    const a = toCheckRunAnnotation(
      {
        path: 'a.yml',
        startLine: 1,
        endLine: 1,
        level: 'warning',
        title: 'T'.repeat(400),
        message: 'M'.repeat(70_000)
      },
      'a.yml'
    )
    expect(a.title.length).toBeLessThanOrEqual(255)
    expect(a.message.length).toBeLessThanOrEqual(16_000)
  })
})
