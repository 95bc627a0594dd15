/**
 * `site-url`: findings in the comment and the job summary link to the catalog site's
 * technique and rule pages (through the renderers' `evidenceLinks` hook), with rule text
 * escaped; the inputs `site` and `site-url` are read and checked.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readInputs } from '../../src/inputs.js'
import { renderComment, renderSummary } from '../../src/report/markdown.js'
import { rulePagePath } from '../../src/site/index.js'
import { siteEvidenceLinks } from '../../src/site/links.js'
import { fixtureReport } from '../fixtures/report.js'

const BASE = 'https://acme.github.io/rules/'

describe('links to the catalog site', () => {
  it('adds a line per finding with its technique page and example rule pages', () => {
    const report = fixtureReport()
    const links = siteEvidenceLinks(BASE)
    const comment = renderComment(report, { evidenceLinks: links })
    const exclusion = report.findings.find(
      f => f.evidence.kind === 'missing-common-exclusion' && f.evidence.technique === 'T1059.003'
    )
    if (exclusion?.evidence.kind !== 'missing-common-exclusion') throw new Error('fixture changed')
    const first = exclusion.evidence.examples[0]
    expect(comment).toContain(
      `  - Catalog site: [T1059.003 page](https://acme.github.io/rules/t/T1059.003.html) · ` +
        `[Installer Spawns Shell](https://acme.github.io/rules/${rulePagePath(first)})`
    )
    // A title that holds markdown stays text inside the link.
    expect(comment).toContain(
      '[Shell From Office \\[macro\\]\\(https&#58;//example.com\\)](https://acme.github.io/'
    )
    expect(renderSummary(report, { evidenceLinks: links })).toContain('Catalog site: [T1059.003 page]')
  })

  it('changes nothing without a site URL', () => {
    const report = fixtureReport()
    expect(siteEvidenceLinks(null)).toBeUndefined()
    expect(renderComment(report, { evidenceLinks: siteEvidenceLinks(null) })).toBe(renderComment(report))
  })

  it('reads the site and site-url inputs, and names a bad URL', () => {
    const ws = mkdtempSync(join(tmpdir(), 'detlint-site-inputs-'))
    try {
      const read = (inputs: Record<string, string>): ReturnType<typeof readInputs> =>
        readInputs(name => inputs[name] ?? '', { workspace: ws })
      const s = read({ site: '_site', 'site-url': BASE })
      expect(s.site).toBe(join(ws, '_site'))
      expect(s.siteUrl).toBe(BASE)
      expect(read({}).site).toBeUndefined()
      expect(() => read({ 'site-url': 'javascript:alert(1)' })).toThrow(
        'site-url: expected an http(s) URL, got "javascript:alert(1)"'
      )
    } finally {
      rmSync(ws, { recursive: true, force: true })
    }
  })
})
