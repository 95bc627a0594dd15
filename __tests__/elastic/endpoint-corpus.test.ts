/**
 * The Elastic reader over Elastic Defend's endpoint behavior rules
 * (`../shared/corpus/elastic-endpoint/behavior/rules`, read in place, never copied).
 * Skips when the corpus folder is absent.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readRuleFile } from '../../src/formats/index.js'
import { predicates } from '../../src/ir.js'
import type { ParseResult } from '../../src/ir.js'
import { eventsCovered } from '../../src/normalize/events.js'
import { allDiagnostics, tomlFiles } from './helpers.js'

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/elastic-endpoint/behavior/rules')
const hasCorpus = fs.existsSync(CORPUS)
if (!hasCorpus) console.log(`Elastic endpoint corpus not found at ${CORPUS}: skipping its corpus tests`)

;(hasCorpus ? describe : describe.skip)('Elastic endpoint behavior rules corpus', () => {
  const files = hasCorpus ? tomlFiles(CORPUS) : []
  const texts = files.map(f => fs.readFileSync(f, 'utf8'))
  const results: ParseResult[] = files.map((f, i) => readRuleFile(path.relative(CORPUS, f), texts[i]))

  it('reads at least 99% of the files into one rule without an error diagnostic', () => {
    const failures: string[] = []
    let ok = 0
    results.forEach((r, i) => {
      const errors = allDiagnostics(r).filter(d => d.severity === 'error')
      if (r.rules.length === 1 && errors.length === 0) ok++
      else
        failures.push(
          `${path.relative(CORPUS, files[i])}: ${r.rules.length} rules; ${errors.map(d => `${d.line}:${d.column} ${d.code} ${d.message}`).join('; ')}`
        )
    })
    if (failures.length > 0) console.log(`Endpoint rules not read cleanly:\n${failures.join('\n')}`)
    console.log(
      `Elastic endpoint corpus: ${ok}/${files.length} files read without error (${((ok / files.length) * 100).toFixed(2)}%)`
    )
    expect(files.length).toBeGreaterThan(1000)
    expect(ok / files.length).toBeGreaterThanOrEqual(0.99)
  })

  it('reads identity, techniques and the endpoint layout of every rule', () => {
    const bad: string[] = []
    let withTechniques = 0
    results.forEach((r, i) => {
      const rule = r.rules[0]
      if (rule === undefined) return
      const where = path.relative(CORPUS, files[i])
      if (rule.vendor !== 'elastic' || rule.properties?.layout !== 'endpoint') bad.push(`${where}: layout`)
      // Ids are not unique: a few rules stand in both cross-platform/ and macos/.
      if (rule.id === null || !/^[0-9a-f-]{36}$/.test(rule.id)) bad.push(`${where}: id ${rule.id}`)
      if (rule.title === '') bad.push(`${where}: no title`)
      if (rule.queries.length === 0) bad.push(`${where}: no query`)
      for (const t of rule.techniques) if (!/^T\d{4}(\.\d{3})?$/.test(t)) bad.push(`${where}: technique ${t}`)
      if (rule.techniques.length > 0) withTechniques++
      // The OS folder agrees with the product (cross-platform rules may have none).
      const folder = where.split(path.sep)[0]
      if (
        folder !== 'cross-platform' &&
        rule.logsource.product !== undefined &&
        rule.logsource.product !== folder
      )
        bad.push(`${where}: product ${rule.logsource.product}`)
    })
    expect(bad).toEqual([])
    expect(withTechniques / files.length).toBeGreaterThan(0.95)
  })

  it('positions every predicate inside the query, at its value', () => {
    const bad: string[] = []
    let checked = 0
    results.forEach((r, i) => {
      const rule = r.rules[0]
      if (rule === undefined) return
      const lines = texts[i].split('\n')
      for (const q of rule.queries)
        for (const p of predicates(q.expr)) {
          if (p.pos.line < rule.logicPos.line || p.pos.line > lines.length || p.pos.column < 1) {
            bad.push(`${files[i]}: ${p.sourceField} at ${p.pos.line}:${p.pos.column}`)
            continue
          }
          if (p.value === null || p.op === 'fieldref') continue
          const at = lines[p.pos.line - 1].slice(p.pos.column - 1)
          if (!(/^["?\-\d]/.test(at) || at.startsWith(p.value)))
            bad.push(`${files[i]}:${p.pos.line}:${p.pos.column} ${at.slice(0, 20)}`)
          checked++
        }
    })
    expect(bad).toEqual([])
    expect(checked).toBeGreaterThan(10_000)
  })

  it('reads _arraysearch variables as fields of their array', () => {
    let searches = 0
    const bad: string[] = []
    results.forEach((r, i) => {
      for (const q of r.rules[0]?.queries ?? [])
        for (const p of predicates(q.expr)) {
          if (p.array === undefined) continue
          searches++
          if (p.sourceField === null || !p.sourceField.startsWith(p.array) || p.sourceField.includes('$'))
            bad.push(`${files[i]}: ${p.sourceField} in ${p.array}`)
        }
    })
    expect(bad).toEqual([])
    expect(searches).toBeGreaterThan(500)
  })

  it('covers an Elastic Defend event for most rules, and only those', () => {
    let covered = 0
    const foreign = new Set<string>()
    for (const r of results) {
      const rule = r.rules[0]
      if (rule === undefined) continue
      const events = eventsCovered(rule)
      if (events.length > 0) covered++
      for (const e of events) if (!e.startsWith('endpoint:')) foreign.add(e)
    }
    console.log(`Elastic endpoint corpus: ${covered}/${results.length} rules cover an event`)
    expect([...foreign]).toEqual([])
    expect(covered / results.length).toBeGreaterThan(0.95)
  })
})
