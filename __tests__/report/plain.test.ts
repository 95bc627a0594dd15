/** Terminal text, JSON and annotations. */
import { describe, expect, it } from '@jest/globals'
import { compareFindings, summarize, type Report } from '../../src/findings.js'
import { toAnnotations } from '../../src/report/annotations.js'
import { renderJson } from '../../src/report/json.js'
import { renderText, summaryLine } from '../../src/report/text.js'
import { FIXTURE_FINDINGS, LINUX_RULE, WINDOWS_RULE, emptyReport, fixtureReport } from '../fixtures/report.js'
import { suppressedReport } from './suppressed-report.js'

const ESC = '\u001b'

describe('renderText', () => {
  it('writes one block per finding and a summary line', () => {
    const out = renderText(fixtureReport())
    const heads = out.split('\n').filter(l => /^rules\//.test(l))
    expect(heads).toHaveLength(FIXTURE_FINDINGS.length)
    expect(heads[0]).toMatch(
      /^rules\/linux\/auditd\/lnx_susp_shell copy #1\.yml:8:3 {2}warning {2}missing-common-exclusion {2}2 of 7/
    )
    expect(out).toContain('\n    reach: 412 of 3,120 catalog rules (threshold 20)\n')
    expect(out).toContain('\n    code: sigma/yaml-syntax at column 3\n')
    expect(
      out.endsWith('\n\n6 findings (1 error, 3 warnings, 2 notices) in 3 rules; catalog of 3,121 rules\n')
    ).toBe(true)
  })

  it('has no colour unless asked, and keeps escape sequences of rule text out', () => {
    const plain = renderText(fixtureReport())
    expect(plain).not.toContain(ESC)
    const color = renderText(fixtureReport(), { color: true })
    expect(color).toContain(`${ESC}[31merror  ${ESC}[39m`)
    expect(color.replace(new RegExp(`${ESC}\\[\\d+m`, 'g'), '')).toBe(plain)
  })

  it('keeps each finding on its own line whatever the message holds', () => {
    const out = renderText(fixtureReport())
    expect(out).toContain('`condition: selection | and not filter` @octocat <script>x</script>\uFFFD[31m')
  })

  it('summarises an empty report', () => {
    expect(renderText(emptyReport())).toBe(
      '0 findings (0 errors, 0 warnings, 0 notices) in 5 rules; catalog of 120 rules\n'
    )
  })

  it('counts suppressed findings in the summary line when there are any', () => {
    expect(renderText(suppressedReport()).split('\n').slice(-2)).toEqual([
      '6 findings (1 error, 2 warnings, 3 notices) in 3 rules; catalog of 3,121 rules; 2 suppressed',
      ''
    ])
  })

  it('counts in the singular', () => {
    const findings = [FIXTURE_FINDINGS[0]]
    const summary = summarize(findings, { filesChecked: 1, rulesChecked: 1, catalogRules: 1 }, 'error')
    expect(summaryLine(summary)).toBe(
      '1 finding (1 error, 0 warnings, 0 notices) in 1 rule; catalog of 1 rule'
    )
  })
})

describe('renderJson', () => {
  it('writes the contract keys in order, 2-space indented, with a final newline', () => {
    const text = renderJson(fixtureReport())
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.startsWith('{\n  "findings": [\n    {\n      "check": ')).toBe(true)
    const parsed = JSON.parse(text) as Report
    expect(Object.keys(parsed)).toEqual(['findings', 'summary', 'suppressed', 'skipped'])
    expect(parsed.suppressed).toEqual([])
    for (const f of parsed.findings)
      expect(Object.keys(f)).toEqual([
        'check',
        'severity',
        'path',
        'line',
        'endLine',
        'column',
        'message',
        'ruleId',
        'ruleTitle',
        'evidence'
      ])
    expect(Object.keys(parsed.summary)).toEqual([
      'filesChecked',
      'rulesChecked',
      'catalogRules',
      'findings',
      'errors',
      'warnings',
      'notices',
      'byCheck',
      'failOn',
      'failed',
      'suppressed'
    ])
    const noisy = parsed.findings.find(f => f.evidence.kind === 'noisy-indicator')
    expect(Object.keys(noisy?.evidence ?? {})).toEqual([
      'kind',
      'key',
      'field',
      'op',
      'value',
      'reach',
      'threshold',
      'corpusRules',
      'examples',
      'label'
    ])
  })

  it('keeps the data as it is, in report order', () => {
    const report = fixtureReport()
    const parsed = JSON.parse(renderJson(report)) as Report
    expect(parsed.findings).toEqual([...report.findings].sort(compareFindings))
    expect(parsed.summary).toEqual(report.summary)
    expect(parsed.findings.find(f => f.line === 12)?.ruleTitle).toBe(
      '- Linux\tshell\r\n# heading? 1. list? > quote?'
    )
  })

  it('lists suppressed findings in report order with their reasons, keys in a fixed order', () => {
    const parsed = JSON.parse(renderJson(suppressedReport())) as Required<Report>
    expect(parsed.summary.suppressed).toBe(2)
    expect(parsed.suppressed.map(s => [s.path, s.line, s.source, s.where, s.reason])).toEqual([
      [LINUX_RULE, 8, 'config', '.detlint.yml suppress[0]', 'Hunting rule @octocat | <i>noise</i> accepted'],
      [WINDOWS_RULE, 16, 'inline', `${WINDOWS_RULE}:15`, 'Admin tool; noise accepted']
    ])
    for (const s of parsed.suppressed)
      expect(Object.keys(s)).toEqual([
        'check',
        'severity',
        'path',
        'line',
        'endLine',
        'column',
        'message',
        'ruleId',
        'ruleTitle',
        'evidence',
        'reason',
        'source',
        'where'
      ])
    const unused = parsed.findings.find(f => f.check === 'unused-suppression')
    expect(Object.keys(unused?.evidence ?? {})).toEqual(['kind', 'code', 'source', 'checks', 'reason'])
  })

  it('writes the same keys whatever order the objects were built in, and no others', () => {
    const report = fixtureReport()
    const shuffled: Report = {
      summary: { ...report.summary },
      findings: report.findings.map(
        f => ({ ...Object.fromEntries(Object.entries(f).reverse()), extra: 1 }) as unknown as typeof f
      )
    }
    expect(renderJson(shuffled)).toBe(renderJson(report))
  })
})

describe('toAnnotations', () => {
  it('maps each finding to a plain-text annotation, in report order', () => {
    const annotations = toAnnotations(fixtureReport())
    expect(annotations.map(a => [a.path, a.startLine, a.level])).toEqual([
      [LINUX_RULE, 8, 'warning'],
      [LINUX_RULE, 12, 'notice'],
      [LINUX_RULE, 31, 'failure'],
      [WINDOWS_RULE, 9, 'notice'],
      [WINDOWS_RULE, 14, 'warning'],
      [WINDOWS_RULE, 16, 'warning']
    ])
    for (const a of annotations) {
      expect(a.title).toMatch(/^detlint: (noisy-indicator|missing-common-exclusion|parse-error)$/)
      expect(a.message.split('\n')).toHaveLength(2)
      expect(a.message).not.toContain(ESC)
      expect(a.message).not.toContain('\\|')
    }
    expect(annotations[4].message).toContain(
      'Checked by 412 of 3,120 catalog rules (threshold 20), e.g. **Bold** parent spawning cmd;'
    )
  })

  it('gives a column only on a single line', () => {
    const annotations = toAnnotations(fixtureReport())
    expect(annotations[0]).toEqual(expect.objectContaining({ startLine: 8, endLine: 10 }))
    expect(annotations[0]).not.toHaveProperty('startColumn')
    expect(annotations[1]).toEqual(expect.objectContaining({ startLine: 12, endLine: 12, startColumn: 9 }))
  })

  it('uses forward slashes', () => {
    const report = fixtureReport()
    report.findings[0].path = '.\\rules\\a.yml'
    expect(toAnnotations(report).map(a => a.path)).toContain('rules/a.yml')
  })
})
