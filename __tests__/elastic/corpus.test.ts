/**
 * The Elastic reader over the real detection-rules corpus (read in place, never copied).
 * Skips when the corpus folder is absent.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { elasticFormat } from '../../src/formats/elastic/index.js'
import { predicates } from '../../src/ir.js'
import type { ParseResult } from '../../src/ir.js'
import { allDiagnostics, tomlFiles } from './helpers.js'

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/elastic/rules')
const hasCorpus = fs.existsSync(CORPUS)
if (!hasCorpus) console.log(`Elastic corpus not found at ${CORPUS}: skipping the corpus tests`)

;(hasCorpus ? describe : describe.skip)('Elastic corpus', () => {
  const files = hasCorpus ? tomlFiles(CORPUS) : []
  const texts = files.map(f => fs.readFileSync(f, 'utf8'))
  const results: ParseResult[] = files.map((f, i) => elasticFormat.parse(path.relative(CORPUS, f), texts[i]))

  it('detects every file and yields one rule each', () => {
    files.forEach((f, i) => {
      expect(elasticFormat.detect(f, texts[i])).toBe(true)
      expect(results[i].rules).toHaveLength(1)
    })
  })

  it('reads at least 99.5% of the rules with a query without an error diagnostic', () => {
    const byLanguage = new Map<string, { total: number; ok: number }>()
    const failures: string[] = []
    results.forEach((r, i) => {
      const rule = r.rules[0]
      const language = rule?.properties?.language
      if (typeof language !== 'string') return
      const errors = allDiagnostics(r).filter(d => d.severity === 'error')
      const count = byLanguage.get(language) ?? { total: 0, ok: 0 }
      count.total++
      if (errors.length === 0) count.ok++
      else
        failures.push(
          `${path.relative(CORPUS, files[i])}: ${errors.map(d => `${d.line}:${d.column} ${d.code} ${d.message}`).join('; ')}`
        )
      byLanguage.set(language, count)
    })
    if (failures.length > 0) console.log(`Elastic corpus rules with errors:\n${failures.join('\n')}`)
    let total = 0
    let ok = 0
    const lines: string[] = []
    for (const [language, c] of [...byLanguage].sort()) {
      total += c.total
      ok += c.ok
      lines.push(`  ${language}: ${c.ok}/${c.total} (${((c.ok / c.total) * 100).toFixed(2)}%)`)
    }
    console.log(
      `Elastic corpus: ${ok}/${total} rules with a query read without error (${((ok / total) * 100).toFixed(2)}%)\n${lines.join('\n')}`
    )
    expect(total).toBeGreaterThan(0)
    expect(ok / total).toBeGreaterThanOrEqual(0.995)
  })

  it('positions every predicate inside the query, with well-formed techniques', () => {
    const bad: string[] = []
    results.forEach((r, i) => {
      const rule = r.rules[0]
      const lineCount = texts[i].split('\n').length
      for (const t of rule.techniques)
        if (!/^T\d{4}(\.\d{3})?$/.test(t)) bad.push(`${files[i]}: technique ${t}`)
      for (const q of rule.queries)
        for (const p of predicates(q.expr))
          if (p.pos.line < rule.logicPos.line || p.pos.line > lineCount || p.pos.column < 1)
            bad.push(`${files[i]}: ${p.sourceField} at ${p.pos.line}:${p.pos.column}`)
    })
    expect(bad).toEqual([])
  })

  it('puts EQL values where the file has them (a quote, a number, true/false)', () => {
    let checked = 0
    const bad: string[] = []
    results.forEach((r, i) => {
      const rule = r.rules[0]
      if (rule.properties?.language !== 'eql') return
      const lines = texts[i].split('\n')
      for (const q of rule.queries)
        for (const p of predicates(q.expr)) {
          if (p.value === null || p.op === 'fieldref') continue
          const at = lines[p.pos.line - 1].slice(p.pos.column - 1)
          const expected = /^["?\-\d]/.test(at) || at.startsWith(p.value)
          if (!expected) bad.push(`${files[i]}:${p.pos.line}:${p.pos.column} ${at.slice(0, 20)}`)
          checked++
        }
    })
    expect(bad).toEqual([])
    expect(checked).toBeGreaterThan(10_000)
  })

  it('reads the techniques and logsource of a well-known rule', () => {
    const i = files.findIndex(f => f.endsWith('windows/execution_posh_psreflect.toml'))
    expect(i).toBeGreaterThanOrEqual(0)
    const rule = results[i].rules[0]
    expect(rule.techniques).toEqual(expect.arrayContaining(['T1059', 'T1059.001']))
    expect(rule.logsource).toMatchObject({ product: 'windows', category: 'ps_script' })
    // Its negated `rule.filters` wildcard is an exclusion.
    const e = rule.queries[0].expr
    expect(e.kind).toBe('and')
    if (e.kind === 'and')
      expect(e.children[e.children.length - 1]).toMatchObject({
        kind: 'not',
        child: { field: 'file.path', op: 'wildcard' }
      })
  })
})
