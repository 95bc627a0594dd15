/**
 * The fixture report with suppressions at work: two findings suppressed (one by a comment,
 * one by a config entry), an invalid and an unused suppression reported.
 */
import { summarize, type Finding, type Report, type SuppressedFinding } from '../../src/findings.js'
import { FIXTURE_FINDINGS, LINUX_RULE, WINDOWS_RULE } from '../fixtures/report.js'

const invalid: Finding = {
  check: 'invalid-suppression',
  severity: 'warning',
  path: WINDOWS_RULE,
  line: 13,
  endLine: 13,
  column: 5,
  message:
    'detlint-disable-next-line noisy-indicator gives no reason, so it suppresses nothing: add one after " -- ", ' +
    'e.g. "# detlint-disable-next-line noisy-indicator -- why this finding is accepted". ' +
    '(detlint/suppression-without-reason)',
  ruleId: '5f1c7a2e-3b9d-4c4a-9e57-0d6b2c1f8a11',
  ruleTitle: 'Cmd | Shell spawned by @octocat <img src=x onerror=alert(1)>',
  evidence: {
    kind: 'invalid-suppression',
    code: 'detlint/suppression-without-reason',
    source: 'inline',
    checks: ['noisy-indicator'],
    reason: ''
  }
}

const unused: Finding = {
  check: 'unused-suppression',
  severity: 'notice',
  path: '.detlint.yml',
  line: 7,
  endLine: 7,
  column: 1,
  message:
    'suppress[1] (rule lnx-0001; checks: parse-error) suppressed nothing in this run, though it names rules that were ' +
    'checked: the findings it was written for are gone. Remove the entry, so it cannot hide a new finding later. ' +
    '(detlint/suppression-unused)',
  ruleId: 'lnx-0001',
  ruleTitle: '- Linux\tshell\r\n# heading? 1. list? > quote?',
  evidence: {
    kind: 'unused-suppression',
    code: 'detlint/suppression-unused',
    source: 'config',
    checks: ['parse-error'],
    reason: 'Known | broken @octocat <b>x</b>'
  }
}

export function suppressedReport(): Report {
  const all = FIXTURE_FINDINGS.map(f => structuredClone(f))
  const byLine = (path: string, line: number): Finding =>
    all.find(f => f.path === path && f.line === line) as Finding
  const suppressed: SuppressedFinding[] = [
    {
      ...byLine(WINDOWS_RULE, 16),
      reason: 'Admin tool; noise accepted',
      source: 'inline',
      where: `${WINDOWS_RULE}:15`
    },
    {
      ...byLine(LINUX_RULE, 8),
      reason: 'Hunting rule @octocat | <i>noise</i> accepted',
      source: 'config',
      where: '.detlint.yml suppress[0]'
    }
  ]
  const findings = [
    ...all.filter(f => !suppressed.some(s => s.path === f.path && s.line === f.line)),
    invalid,
    unused
  ]
  return {
    findings,
    summary: summarize(
      findings,
      { filesChecked: 2, rulesChecked: 3, catalogRules: 3121 },
      'warning',
      suppressed.length
    ),
    // Out of report order on purpose: renderers must sort.
    suppressed: suppressed.reverse()
  }
}
