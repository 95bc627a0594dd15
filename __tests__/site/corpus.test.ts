/**
 * The site of the three shared corpora (Sigma, Elastic, Splunk; read in place from
 * ../shared/corpus, never copied), checked as the issue asks: the T1567.001 page shows its 8
 * Elastic and 2 Sigma rules, Sysmon event 3 and indicators with their corpus reach; the
 * search finds "DevTunnels"; every local link of every page resolves; the index and a sample
 * of technique and rule pages load in Chromium without console errors. Skips without the corpus
 * (and the browser part without Chromium).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { loadAttackFile } from '../../src/attack/index.js'
import { withAttack } from '../../src/catalog/index.js'
import { defaultSettings } from '../../src/config.js'
import { buildCorpusCatalog } from '../../src/engine.js'
import type { Query } from '../../src/ir.js'
import { writeSite, type SiteWritten } from '../../src/site/index.js'
import { findChromium, launch, watchedPage } from './browser.js'

const SHARED = resolve(process.cwd(), '../shared/corpus')
const CORPORA = ['sigma', 'elastic', 'splunk'].map(c => join(SHARED, c))
const ATTACK = join(SHARED, 'attack/enterprise-attack.json')
const present = CORPORA.every(existsSync) && existsSync(ATTACK)
if (!present) console.log(`shared corpus not found at ${SHARED}: skipping the site corpus tests`)
const suite = present ? describe : describe.skip

suite('the site of the shared corpora', () => {
  let dir = ''
  let written: SiteWritten
  let seconds = 0

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'detlint-site-corpus-'))
    const trees = new Map<string, readonly Query[]>()
    const key = (r: { vendor: string; path: string; line: number }): string =>
      `${r.vendor}:${r.path}:${r.line}`
    const built = buildCorpusCatalog(CORPORA, process.cwd(), defaultSettings(), undefined, undefined, rule =>
      trees.set(key(rule), rule.queries)
    )
    const catalog = withAttack(built.catalog, loadAttackFile(ATTACK))
    const started = Date.now()
    written = writeSite(dir, catalog, { trees: r => trees.get(key(r)) ?? null })
    seconds = (Date.now() - started) / 1000
    console.log(
      `site of ${catalog.rules.length} rules: ${written.files} files, ${(written.bytes / 1e6).toFixed(1)} MB, rendered in ${seconds.toFixed(1)} s`
    )
  }, 600_000)

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const read = (file: string): string => readFileSync(join(dir, file), 'utf8')

  it('stays small for GitHub Pages (limit 1 GB)', () => {
    expect(written.bytes).toBeLessThan(200e6)
  })

  it('shows the T1567.001 page: 8 Elastic and 2 Sigma rules, Sysmon 3, indicators with reach', () => {
    const html = read('t/T1567.001.html')
    expect(html).toContain(
      '<span class="vendor sigma">sigma 2</span> <span class="vendor elastic">elastic 8</span>'
    )
    expect(html).toMatch(/<tr><td>Sysmon<\/td><td>3<\/td><td>Network connection<\/td>/)
    expect(html).toContain('<span class="num">corpus reach</span>')
    const rows = [...html.matchAll(/<details class="key" id="i-/g)]
    expect(rows.length).toBeGreaterThan(3)
    const rules = html.slice(html.indexOf('<h2 id="rules">'))
    expect([...rules.matchAll(/<li><a href="\.\.\/r\/elastic-/g)]).toHaveLength(8)
    expect([...rules.matchAll(/<li><a href="\.\.\/r\/sigma-/g)]).toHaveLength(2)
  })

  it('links only to pages that exist', () => {
    const missing: string[] = []
    for (const sub of ['', 't', 'r'])
      for (const f of readdirSync(join(dir, sub)).filter(f => f.endsWith('.html'))) {
        const file = join(dir, sub, f)
        for (const m of readFileSync(file, 'utf8').matchAll(/(?:href|src)="(?![a-z]+:)([^"#]+)[^"]*"/g))
          if (!existsSync(join(dirname(file), m[1]))) missing.push(`${sub}/${f} → ${m[1]}`)
      }
    expect(missing.slice(0, 10)).toEqual([])
  })

  const browserSuite =
    present && findChromium('site corpus browser tests') !== null ? describe : describe.skip
  browserSuite('in Chromium', () => {
    it('finds DevTunnels, and the index and a sample of pages load cleanly', async () => {
      const browser = await launch(findChromium('') as string)
      const errors: string[] = []
      try {
        const page = await watchedPage(browser, errors)
        await page.goto(pathToFileURL(join(dir, 'index.html')).href)
        await page.fill('#q', 'DevTunnels')
        await page.waitForSelector('#results li')
        const hits = await page.$$eval('#results li', items => items.map(li => li.textContent ?? ''))
        expect(hits.some(h => /devtunnels/i.test(h) && h.startsWith('rule'))).toBe(true)
        // Every page runs the same script on the same markup; a sample keeps the test fast.
        const t = readdirSync(join(dir, 't'))
          .filter((f, i) => i % 10 === 0 || f === 'T1567.001.html')
          .map(f => `t/${f}`)
        const r = readdirSync(join(dir, 'r'))
          .filter((_, i) => i % 200 === 0)
          .map(f => `r/${f}`)
        for (const f of [...t, ...r]) await page.goto(pathToFileURL(join(dir, f)).href, { waitUntil: 'load' })
        console.log(`loaded the index, ${t.length} technique pages and ${r.length} rule pages`)
      } finally {
        await browser.close()
      }
      expect(errors.slice(0, 10)).toEqual([])
    }, 600_000)
  })
})
