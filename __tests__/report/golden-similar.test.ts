/**
 * Golden files for the findings of peers by likeness and of duplicate-rule, produced by the
 * real checks on rules written for this test: the message, the supporting peers with their
 * similarity, vendor, title and filter, and the duplicate with the keys that differ, in
 * text, markdown and SARIF.
 */
import { describe, it } from '@jest/globals'
import { buildCatalog } from '../../src/catalog/index.js'
import { defaultSettings } from '../../src/config.js'
import { runChecks } from '../../src/checks/index.js'
import { summarize, type Report } from '../../src/findings.js'
import type { Rule } from '../../src/ir.js'
import { renderSummary } from '../../src/report/markdown.js'
import { renderSarifText } from '../../src/report/sarif.js'
import { renderText } from '../../src/report/text.js'
import { all, mkRule, not, p } from '../helpers/rules.js'
import { expectGolden } from '../helpers/markdown.js'

const CERTUTIL = () => p('process.name', 'eq', 'certutil.exe')

function corpus(): Rule[] {
  const cli = ['-urlcache', '-decode', '-encode', '-verifyctl']
  const out = cli.map((c, i) =>
    mkRule(
      `certutil-${c.slice(1)}`,
      all(
        CERTUTIL(),
        p('process.command_line', 'wildcard', `*${c}*`),
        not(p('process.parent.name', 'eq', i === 3 ? 'wsus.exe' : 'ccmexec.exe'))
      ),
      ['T1105']
    )
  )
  out[1] = { ...out[1], vendor: 'elastic', path: 'rules/elastic/certutil_decode.toml' }
  out[2] = { ...out[2], vendor: 'splunk', path: 'detections/endpoint/certutil_encode.yml' }
  return out
}

function report(): Report {
  const settings = defaultSettings()
  const catalog = buildCatalog(corpus())
  // A new rule like the corpus's, without their filter; and a copy of one of them.
  const weak = mkRule('new', all(CERTUTIL(), p('process.command_line', 'wildcard', '*-ping*')), ['T1105'])
  weak.path = 'pr/certutil_ping.yml'
  const copy = mkRule('copy', all(p('process.command_line', 'wildcard', '*-decode*'), CERTUTIL()), ['T1105'])
  copy.path = 'pr/certutil_decode_copy.yml'
  const findings = [weak, copy]
    .flatMap(r => runChecks(r, catalog, settings))
    .filter(f => f.check === 'missing-common-exclusion' || f.check === 'duplicate-rule')
  return {
    findings,
    summary: summarize(findings, { filesChecked: 2, rulesChecked: 2, catalogRules: 4 }, 'error')
  }
}

describe('golden files: peers by likeness and duplicates', () => {
  it('terminal text', () => expectGolden('similar.txt', renderText(report())))
  it('markdown', () => expectGolden('similar.md', renderSummary(report())))
  it('SARIF', () => expectGolden('similar.sarif', renderSarifText(report(), { toolVersion: '0.1.0' })))
})
