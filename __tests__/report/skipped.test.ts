/**
 * Checking nothing never reads as "all clear", and files that are not rules are counted in
 * every rendering (listed in JSON and verbose text), and survive a published report.
 */
import { describe, expect, it } from '@jest/globals'
import { summarize, type Report } from '../../src/findings.js'
import { renderSummary } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'
import { renderJson } from '../../src/report/json.js'
import { parseReport } from '../../src/github/published-report.js'

function report(filesChecked: number, rulesChecked: number, skipped: Report['skipped'] = []): Report {
  return {
    findings: [],
    summary: summarize([], { filesChecked, rulesChecked, catalogRules: 10 }, 'error'),
    skipped
  }
}

const SKIPPED = [
  { path: 'rules/z.toml', reason: 'TOML without an Elastic [rule] table' },
  { path: 'rules/macros/a.yml', reason: 'YAML that is neither a Sigma rule nor a Splunk detection' }
]

describe('the status line', () => {
  it('says no rule file changed when nothing was read, never all clear', () => {
    const md = renderSummary(report(0, 0))
    expect(md).toContain('✅ **No rule file changed**: nothing to check.')
    expect(md).not.toContain('All clear')
  })

  it('says no rule was checked when the files read are none of them rules, with the count', () => {
    const md = renderSummary(report(2, 0, SKIPPED))
    expect(md).toContain(
      '✅ **No rule checked**: none of the 2 files read is a rule. (Skipped 2 files that are not rules.)'
    )
  })

  it('keeps all clear for rules checked, with the files skipped beside it', () => {
    expect(renderSummary(report(3, 1, SKIPPED.slice(0, 1)))).toContain(
      '✅ **All clear**: no findings in 1 rule. (Skipped 1 file that is not a rule.)'
    )
    expect(renderSummary(report(3, 1))).toContain('✅ **All clear**: no findings in 1 rule.\n')
  })
})

describe('text and JSON', () => {
  it('counts skipped files in the summary line, and lists them with verbose', () => {
    const r = report(3, 1, SKIPPED)
    expect(renderText(r)).toBe(
      '0 findings (0 errors, 0 warnings, 0 notices) in 1 rule; catalog of 10 rules; skipped 2 files that are not rules\n'
    )
    const verbose = renderText(r, { verbose: true }).split('\n')
    expect(verbose[0]).toBe(
      'rules/macros/a.yml  skipped  YAML that is neither a Sigma rule nor a Splunk detection'
    )
    expect(verbose).toContain('rules/z.toml  skipped  TOML without an Elastic [rule] table')
  })

  it('writes skipped files by path in JSON, and a published report keeps them', () => {
    const json = renderJson(report(3, 1, SKIPPED))
    const doc = JSON.parse(json) as { skipped: unknown[] }
    expect(doc.skipped).toEqual([SKIPPED[1], SKIPPED[0]])
    expect(parseReport(json, 'report.json').skipped).toEqual([SKIPPED[1], SKIPPED[0]])
    expect(JSON.parse(renderJson(report(1, 1))).skipped).toEqual([])
  })
})
