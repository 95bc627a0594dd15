/**
 * Rendered output compared byte for byte with the files in __tests__/golden/, so a reviewer
 * reads what users will see. `UPDATE_GOLDEN=1` rewrites them; otherwise a missing file fails.
 */
import { describe, expect, it } from '@jest/globals'
import { toAnnotations } from '../../src/report/annotations.js'
import { renderJson } from '../../src/report/json.js'
import { renderComment, renderSummary } from '../../src/report/markdown.js'
import { renderSarifText } from '../../src/report/sarif.js'
import { renderText } from '../../src/report/text.js'
import { emptyReport, fixtureReport } from '../fixtures/report.js'
import { suppressedReport } from './suppressed-report.js'
import { expectGolden } from '../helpers/markdown.js'

const RUN_URL = 'https://github.com/acme/detections/actions/runs/123456789'
const SARIF_OPTIONS = { toolVersion: '0.1.0', informationUri: 'https://github.com/detlint/detlint' }

describe('golden files', () => {
  it('comment', () => {
    expectGolden('comment.md', renderComment(fixtureReport(), { runUrl: RUN_URL }))
  })

  it('comment for an empty report', () => {
    expectGolden('comment-empty.md', renderComment(emptyReport()))
  })

  it('job summary', () => {
    expectGolden('summary.md', renderSummary(fixtureReport()))
  })

  it('terminal text', () => {
    expectGolden('report.txt', renderText(fixtureReport()))
  })

  it('terminal text in colour', () => {
    expectGolden('report-color.txt', renderText(fixtureReport(), { color: true }))
  })

  it('SARIF', () => {
    expectGolden('report.sarif', renderSarifText(fixtureReport(), SARIF_OPTIONS))
  })

  it('JSON', () => {
    expectGolden('report.json', renderJson(fixtureReport()))
  })

  it('JSON with suppressions', () => {
    expectGolden('report-suppressed.json', renderJson(suppressedReport()))
  })

  it('terminal text with suppressions', () => {
    expectGolden('report-suppressed.txt', renderText(suppressedReport()))
  })

  it('job summary with suppressions', () => {
    expectGolden('summary-suppressed.md', renderSummary(suppressedReport()))
  })

  it('annotations', () => {
    expectGolden('annotations.json', `${JSON.stringify(toAnnotations(fixtureReport()), null, 2)}\n`)
  })

  it('renders the same bytes twice', () => {
    const a = fixtureReport()
    const b = fixtureReport()
    b.findings.reverse()
    expect(renderComment(b, { runUrl: RUN_URL })).toBe(renderComment(a, { runUrl: RUN_URL }))
    expect(renderSarifText(b, SARIF_OPTIONS)).toBe(renderSarifText(a, SARIF_OPTIONS))
    expect(renderJson(b)).toBe(renderJson(a))
    expect(renderText(b)).toBe(renderText(a))
  })
})
