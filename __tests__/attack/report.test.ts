/** ATT&CK findings through every renderer, and back from the JSON report. */
import { describe, expect, it } from '@jest/globals'
import { summarize, type Finding, type Report } from '../../src/findings.js'
import { renderJson } from '../../src/report/json.js'
import { renderSarif } from '../../src/report/sarif.js'
import { renderSummary } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'
import { parseReport } from '../../src/github/published-report.js'

const FINDING: Finding = {
  check: 'technique-revoked',
  severity: 'warning',
  path: 'rules/a.yml',
  line: 7,
  endLine: 7,
  column: 5,
  message:
    'T1086 (PowerShell) is revoked in ATT&CK v18.1 and replaced by T1059.001 (PowerShell): name T1059.001 instead.',
  ruleId: 'r1',
  ruleTitle: 'Rule a',
  evidence: {
    kind: 'technique-revoked',
    code: 'attack/revoked',
    technique: 'T1086',
    replacement: 'T1059.001',
    attackVersion: '18.1'
  }
}

const MISSING: Finding = {
  ...FINDING,
  check: 'technique-missing',
  severity: 'notice',
  line: 1,
  column: 1,
  message: 'The rule names no ATT&CK technique.',
  evidence: {
    kind: 'technique-missing',
    code: 'attack/missing',
    technique: '',
    replacement: null,
    attackVersion: null
  }
}

function report(): Report {
  const findings = [MISSING, FINDING]
  return {
    findings,
    summary: summarize(findings, { filesChecked: 1, rulesChecked: 1, catalogRules: 1 }, 'error')
  }
}

describe('ATT&CK findings in reports', () => {
  it('count per check', () => {
    expect(report().summary.byCheck).toMatchObject({
      'technique-revoked': 1,
      'technique-missing': 1,
      'technique-unknown': 0
    })
  })

  it('round-trip through the JSON report', () => {
    const text = renderJson(report())
    expect(renderJson(parseReport(text, 'report.json'))).toBe(text)
  })

  it('show their evidence in text, markdown and SARIF', () => {
    const text = renderText(report())
    expect(text).toContain(
      '    code: attack/revoked\n    technique: T1086\n    replacement: T1059.001\n    ATT&CK table: v18.1\n'
    )
    expect(text).toContain('    code: attack/missing\n    ATT&CK table: (none)\n')
    const md = renderSummary(report())
    expect(md).toContain('  - Code: `attack/revoked`\n  - technique: T1086\n  - replacement: T1059.001\n')
    expect(md).toContain('#### technique-revoked')
    const sarif = renderSarif(report(), { toolVersion: '0.0.0' })
    const result = sarif.runs[0].results.find(r => r.ruleId === 'technique-revoked')
    expect(result?.properties).toMatchObject({
      code: 'attack/revoked',
      technique: 'T1086',
      replacement: 'T1059.001',
      attackVersion: '18.1'
    })
    expect(result?.message.text).toContain(
      'Code attack/revoked; technique: T1086; replacement: T1059.001; ATT&CK table: v18.1.'
    )
  })
})
