/**
 * The static site (`detlint catalog site`): its model (rows and the rules behind them, tactic
 * order), escaping of hostile rule text, deterministic bytes, the golden HTML of a small
 * technique page, rule pages (logic tree, source link, similar rules) and the command.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { saveCatalogFile } from '../../src/catalog/index.js'
import { runCli } from '../../src/commands.js'
import { buildSite, rulePagePath, siteUrl, techniquePagePath } from '../../src/site/index.js'
import { siteModel, siteTechnique } from '../../src/site/model.js'
import { text } from '../../src/site/html.js'
import { sourceUrls } from '../../src/site/command.js'
import { sharedIndicatorSimilarity } from '../../src/site/similar.js'
import { expectGolden } from '../helpers/markdown.js'
import { HOSTILE_TITLE, fixtureCatalog, fixtureSources } from './fixture.js'

function page(files: Map<string, string>, file: string): string {
  const html = files.get(file)
  if (html === undefined) throw new Error(`no ${file} among ${[...files.keys()].join(', ')}`)
  return html
}

describe('site model', () => {
  it('lists, per indicator and exclusion row, the page rules behind its count', () => {
    const model = siteModel(fixtureCatalog())
    const st = siteTechnique(model, 'T1218.011')
    expect(st.page.rules).toBe(4)
    const rows = st.page.indicators.rows
    expect(rows.length).toBeGreaterThan(0)
    rows.forEach((r, i) => expect(st.indicatorRules[i]).toHaveLength(r.here))
    const rundll = rows.findIndex(r => r.value === 'rundll32.exe')
    expect(rows[rundll].here).toBe(4)
    expect(st.indicatorRules[rundll].map(i => model.catalog.rules[i].vendor).sort()).toEqual([
      'elastic',
      'sigma',
      'sigma',
      'splunk'
    ])
    const msiexec = st.page.exclusions.rows.findIndex(r => r.value === 'msiexec.exe')
    expect(st.exclusionRules[msiexec]).toHaveLength(3)
    expect(st.description).toMatch(/^Adversaries may abuse rundll32/)
  })

  it('groups techniques by tactic in ATT&CK order, each family under its parent', () => {
    const model = siteModel(fixtureCatalog())
    expect(model.tactics.map(t => t.name)).toEqual(['Defense Evasion', 'Credential Access'])
    expect(model.tactics[0].families).toEqual(['T1218'])
    expect(model.tactics[0].vendors).toEqual({ sigma: 2, elastic: 1, splunk: 1 })
    expect(model.techniques).toEqual(['T1003', 'T1003.001', 'T1218', 'T1218.011'])
  })

  it('names pages stably by technique ID and by rule vendor, path and id', () => {
    expect(techniquePagePath('t1218.011')).toBe('t/T1218.011.html')
    const a = rulePagePath({ vendor: 'sigma', path: 'rules/a b/x.yml', id: '1' })
    expect(a).toMatch(/^r\/sigma-x-[0-9a-f]{8}\.html$/)
    expect(rulePagePath({ vendor: 'sigma', path: 'rules/a b/x.yml', id: '2' })).not.toBe(a)
    expect(siteUrl('https://x.github.io/rules/', 't/T1.html')).toBe('https://x.github.io/rules/t/T1.html')
  })

  it('finds similar rules by shared indicators, rarer ones weighing more', () => {
    const catalog = fixtureCatalog()
    const similar = sharedIndicatorSimilarity(catalog)
    const lsass = catalog.rules.findIndex(r => r.title === 'sigma lsass-access')
    const top = similar(lsass, 5)
    expect(catalog.rules[top[0].rule].title).toBe('elastic lsass-dump')
    expect(top[0].shared).toBe(1)
    expect(top.every(s => s.rule !== lsass && s.score > 0 && s.score <= 1)).toBe(true)
  })
})

describe('escaping', () => {
  it('escapes markup, quotes and control characters', () => {
    expect(text(`<a href="x">'&'</a>\u0007\u202e`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\uFFFD\uFFFD'
    )
    expect(text('plain text')).toBe('plain text')
  })

  it('never lets a rule title add markup to any page or the search index', () => {
    const files = buildSite(fixtureCatalog(), fixtureSources())
    const hostile = [...files].filter(([, html]) => html.includes('@octocat'))
    // The rule's page, its technique pages (T1218.011, T1218) and the search index.
    expect(new Set(hostile.map(([f]) => f).filter(f => f.startsWith('t/')))).toEqual(
      new Set(['t/T1218.011.html', 't/T1218.html'])
    )
    for (const [file, html] of hostile) {
      expect(html).not.toContain('<script>alert')
      expect(html).not.toContain('"x")</script>')
      if (file.endsWith('.html')) {
        // Every </details> closes a <details> of ours.
        expect(html.split('</details>').length).toBe(html.split('<details').length)
        expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;/details&gt; @octocat')
      }
    }
    const heading = `<h1>${text(HOSTILE_TITLE)}</h1>`
    expect([...files].filter(([f, html]) => f.startsWith('r/') && html.includes(heading))).toHaveLength(1)
    const index = page(files, 'assets/search-index.js')
    expect(index).toContain('\\u003cscript>alert')
    expect(index).not.toMatch(/<\/?script/i)
  })
})

describe('pages', () => {
  it('builds the same bytes from the same catalog', () => {
    const a = buildSite(fixtureCatalog(), fixtureSources())
    const b = buildSite(fixtureCatalog(), fixtureSources())
    expect([...a.keys()]).toEqual([...b.keys()])
    for (const [f, html] of a) expect(b.get(f)).toBe(html)
  })

  it('renders a small technique page as in the golden file', () => {
    const files = buildSite(fixtureCatalog(), fixtureSources())
    expectGolden('site-t1003-001.html', page(files, 't/T1003.001.html'))
  })

  it('renders the technique page sections, with expandable rows and links to rule pages', () => {
    const catalog = fixtureCatalog()
    const files = buildSite(catalog, fixtureSources())
    const html = page(files, 't/T1218.011.html')
    for (const h of ['Events covered', 'Fields filtered most', 'Top indicator values', 'Exclusions', 'Rules'])
      expect(html).toContain(`>${h}</h2>`)
    expect(html).toContain('https://attack.mitre.org/techniques/T1218/011/')
    expect(html).toContain('<p>Second &lt;b&gt;paragraph&lt;/b&gt;.</p>')
    expect(html).toContain('Tactics: Defense Evasion')
    // Each indicator row opens to its rules, linked to their pages.
    const row = html.slice(html.indexOf('<details class="key"'), html.indexOf('</details>'))
    expect(row).toContain('rundll32.exe')
    const links = [...row.matchAll(/href="\.\.\/(r\/[^"]+)"/g)].map(m => m[1])
    expect(links).toHaveLength(4)
    for (const l of links) expect(files.has(l)).toBe(true)
    expect(html).toMatch(/<svg class="chart"/)
  })

  it('renders a rule page: facts, source link, logic tree, indicators with reach, similar rules', () => {
    const catalog = fixtureCatalog()
    const files = buildSite(catalog, fixtureSources())
    const i = catalog.rules.findIndex(r => r.title === 'sigma rundll-export')
    const html = page(files, siteModel(catalog).rulePaths[i])
    expect(html).toContain('href="https://example.com/sigma/blob/main/rules/sigma/rundll-export.yml"')
    expect(html).toContain('<a href="../t/T1218.011.html">T1218.011 Rundll32</a>')
    expect(html).toMatch(
      /<span class="op">all of<\/span><ul><li><code>process.name<\/code> <span class="m">equals<\/span> <code>rundll32.exe<\/code><\/li>/
    )
    expect(html).toContain('<span class="op">not</span>')
    expect(html).toMatch(
      /<code>process.name<\/code><\/td><td>equals<\/td><td><code>rundll32.exe<\/code><\/td><td class="num">4<\/td>/
    )
    expect(html).toContain('Rules most like it')
    expect(html).toContain('shared indicator')
  })

  it('says where the logic tree is missing (built from a catalog file)', () => {
    const files = buildSite(fixtureCatalog())
    const html = [...files].find(([f]) => f.startsWith('r/'))?.[1] ?? ''
    expect(html).toContain('The logic tree is shown when the site is built from the rules themselves')
  })

  it('renders the index: tactics in order, counts per vendor, a chart', () => {
    const html = page(buildSite(fixtureCatalog()), 'index.html')
    expect(html.indexOf('id="tactic-defense-evasion"')).toBeLessThan(
      html.indexOf('id="tactic-credential-access"')
    )
    expect(html).toMatch(
      /<tr class="sub"><td><a href="t\/T1218.011.html">T1218.011<\/a><\/td><td>Rundll32<\/td><td class="num">2<\/td><td class="num">1<\/td><td class="num">1<\/td><td class="num">4<\/td><\/tr>/
    )
    expect(html).toContain('<title>Rules per vendor per tactic</title>')
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
  })

  it('makes no request outside the site: only relative assets, links out only as anchors', () => {
    for (const [f, html] of buildSite(fixtureCatalog(), fixtureSources())) {
      if (!f.endsWith('.html')) continue
      expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)="(https?:)?\/\//)
      expect(html).toContain('Content-Security-Policy')
    }
  })
})

describe('source URLs', () => {
  const usage = (m: string): Error => new Error(m)
  it('maps a path prefix to a URL, the longest prefix first', () => {
    const url = sourceUrls(
      ['corpus=https://a.example/x/', 'corpus/sigma=https://github.com/S/s/blob/main'],
      usage
    )
    const rule = { vendor: 'sigma', path: 'corpus/sigma/rules/a b.yml', line: 1 } as never
    expect(url(rule)).toBe('https://github.com/S/s/blob/main/rules/a%20b.yml')
    expect(url({ vendor: 'elastic', path: 'corpus/e.toml', line: 7 } as never)).toBe(
      'https://a.example/x/e.toml#L7'
    )
    expect(url({ vendor: 'elastic', path: 'other/e.toml', line: 1 } as never)).toBeNull()
  })
  it('names a bad --source-url', () => {
    expect(() => sourceUrls(['javascript:alert(1)'], usage)).toThrow(/--source-url: expected PATH=URL/)
    expect(() => sourceUrls(['x=javascript:alert(1)'], usage)).toThrow(/--source-url/)
  })
})

describe('detlint catalog site', () => {
  // `catalog site` loads its code when it runs: through the executable's entry, runCli.
  async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
    let out = ''
    let err = ''
    const code = await runCli(args, { stdout: s => void (out += s), stderr: s => void (err += s), cwd })
    return { code, out, err }
  }

  it('writes the site of a catalog file, and says how big it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'detlint-site-'))
    try {
      saveCatalogFile(fixtureCatalog(), join(dir, 'catalog.json'))
      const r = await run(
        ['catalog', 'site', '--catalog', join(dir, 'catalog.json'), '-o', 'site', '--attack', 'none'],
        dir
      )
      expect(r.err).toMatch(/site of 6 rules written to site: \d+ files/)
      expect(r.code).toBe(0)
      for (const f of [
        'index.html',
        'assets/site.css',
        'assets/site.js',
        'assets/search-index.js',
        't/T1218.011.html'
      ])
        expect(existsSync(join(dir, 'site', f))).toBe(true)
      // Without --attack the pages still render, and say what is missing.
      expect(readFileSync(join(dir, 'site/t/T1218.011.html'), 'utf8')).toContain('No ATT&amp;CK table given')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses to run without sources or -o', async () => {
    expect(await run(['catalog', 'site', '-o', 'x'], tmpdir())).toMatchObject({ code: 2 })
    expect((await run(['catalog', 'site', '--catalog', 'c.json'], tmpdir())).err).toMatch(/-o is required/)
    expect((await run(['catalog', 'site', '--help'], tmpdir())).out).toMatch(/^Usage: detlint catalog site/)
  })
})
