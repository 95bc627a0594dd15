/**
 * The Sigma reader over the real SigmaHQ corpus (read in place, never copied). Skips when the
 * corpus folder is absent.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { sigmaFormat } from '../../src/formats/sigma/index.js'
import { predicates } from '../../src/ir.js'
import type { Expr, ParseResult } from '../../src/ir.js'

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/sigma')
const hasCorpus = fs.existsSync(CORPUS)
if (!hasCorpus) console.log(`Sigma corpus not found at ${CORPUS}: skipping the corpus tests`)

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) walk(p, out)
    else if (e.name.endsWith('.yml')) out.push(p)
  }
  return out
}

function opaques(e: Expr, out: Expr[] = []): Expr[] {
  if (e.kind === 'opaque') out.push(e)
  else if (e.kind === 'and' || e.kind === 'or') e.children.forEach(c => opaques(c, out))
  else if (e.kind === 'not') opaques(e.child, out)
  return out
}

;(hasCorpus ? describe : describe.skip)('Sigma corpus', () => {
  const files = hasCorpus ? walk(CORPUS).sort() : []
  const texts = files.map(f => fs.readFileSync(f, 'utf8'))
  const results = new Map<string, ParseResult>()
  const resultOf = (i: number): ParseResult => {
    let r = results.get(files[i])
    if (!r) {
      r = sigmaFormat.parse(path.relative(CORPUS, files[i]), texts[i])
      results.set(files[i], r)
    }
    return r
  }
  const byName = (suffix: string): ParseResult => {
    const i = files.findIndex(f => f.endsWith(suffix))
    expect(i).toBeGreaterThanOrEqual(0)
    return resultOf(i)
  }

  it('detects every file and reads at least 99.9% without an error', () => {
    const failures: string[] = []
    files.forEach((f, i) => {
      expect(sigmaFormat.detect(f, texts[i])).toBe(true)
      const r = resultOf(i)
      const errors = [...r.diagnostics, ...r.rules.flatMap(x => x.diagnostics)].filter(
        d => d.severity === 'error'
      )
      if (errors.length > 0 || r.rules.length === 0)
        failures.push(
          `${path.relative(CORPUS, f)}: ${errors.map(d => `${d.line}:${d.column} ${d.code} ${d.message}`).join('; ')}`
        )
    })
    if (failures.length > 0) console.log(`Sigma corpus files with errors:\n${failures.join('\n')}`)
    const ok = (files.length - failures.length) / files.length
    console.log(
      `Sigma corpus: ${files.length - failures.length}/${files.length} files read without error (${(ok * 100).toFixed(2)}%)`
    )
    expect(ok).toBeGreaterThanOrEqual(0.999)
  })

  it('yields one rule per file, with queries, positioned predicates and well-formed techniques', () => {
    let predicateCount = 0
    let opaqueCount = 0
    files.forEach((_f, i) => {
      const r = resultOf(i)
      expect(r.rules).toHaveLength(1)
      const rule = r.rules[0]
      expect(rule.queries).toHaveLength(1)
      for (const t of rule.techniques) expect(t).toMatch(/^T\d{4}(\.\d{3})?$/)
      for (const p of predicates(rule.queries[0].expr)) {
        predicateCount++
        expect(p.pos.line).toBeGreaterThan(1)
        expect(p.pos.column).toBeGreaterThan(1)
      }
      opaqueCount += opaques(rule.queries[0].expr).length
    })
    expect(opaqueCount).toBe(0)
    expect(predicateCount).toBeGreaterThan(40_000)
  })

  it('reads the traps of formats.md §1 as specified', () => {
    const browser = byName('proc_creation_win_susp_browser_launch_from_document_reader_process.yml').rules[0]
    const values = predicates(browser.queries[0].expr).map(p => `${p.op} ${p.value}`)
    expect(values).toContain('wildcard *http://ad.foxitsoftware.com/adlog.php?*')

    const module = byName('file_event_win_powershell_module_susp_creation.yml').rules[0]
    expect(predicates(module.queries[0].expr).map(p => p.value)).toContain(
      '*\\WindowsPowerShell\\Modules\\\\*\\.ps'
    )

    const bgp = byName('cisco_bgp_md5_auth_failed.yml').rules[0].queries[0].expr
    expect(bgp.kind).toBe('and')
    expect(predicates(bgp).every(p => p.op === 'keyword' && p.field === null)).toBe(true)

    const rdp = byName('zeek_rdp_public_listener.yml').rules[0].queries[0].expr
    expect(rdp.kind).toBe('not')
    expect(predicates(rdp).every(p => p.op === 'cidr')).toBe(true)
  })
})
