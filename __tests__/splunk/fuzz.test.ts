/**
 * Robustness: mutated detections and random searches never make the reader throw, and every
 * diagnostic and predicate is positioned inside the file. Deterministic (seeded PRNG).
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { splunkFormat } from '../../src/formats/splunk/index.js'
import { predicates, type ParseResult } from '../../src/ir.js'
import { parseSpl } from '../../src/query/spl/index.js'
import { verbatimSource } from '../../src/query/source.js'
import { detection } from './helpers.js'
import { mutate } from '../query/helpers.js'

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/splunk/detections')
const hasCorpus = fs.existsSync(CORPUS)

/** mulberry32: a small, seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PIECES = [
  '|',
  ' | ',
  '`',
  '```',
  '"',
  "'",
  '\\',
  '\\\\',
  '(',
  ')',
  '[',
  ']',
  '=',
  '!=',
  '<=',
  ',',
  '*',
  ' AND ',
  ' OR ',
  ' NOT ',
  ' IN (',
  ' where ',
  ' by ',
  ' from datamodel=',
  'tstats ',
  '$x$',
  '\n',
  ' like(',
  'match(',
  '\u0000',
  '%'
]

const SEARCHES = [
  '| tstats count from datamodel=Endpoint.Processes where Processes.process_name IN ("a.exe", b*) NOT Processes.user=x by Processes.dest | `drop_dm_object_name(Processes)` | `t_filter`',
  '`sysmon` EventID=1 (Image="C:\\\\Windows\\\\*" OR CommandLine=*-enc*) | stats count by Image | where count > 5 | `t_filter`',
  '`powershell` EventCode=4104 ScriptBlockText IN ("*iex*") | eval l=len(ScriptBlockText) | where l>10 AND match(ScriptBlockText, "(?i)x") | rex field=x "(?<y>\\w+)" | search y=z | `t_filter`',
  '| from datamodel Web.Web | search Web.url="*jndi*" | join dest [| tstats count where index=x by dest] | regex url!="^/ok" | `t_filter`'
]

/** Splunk searches are longer than single queries: more and wider edits. */
function mutateSearch(text: string, rand: () => number): string {
  return mutate(text, rand, PIECES, { edits: 4, cut: 6, copy: 10 })
}

function checkPositions(r: ParseResult, text: string): void {
  const lines = text.split('\n').length
  for (const d of [...r.diagnostics, ...r.rules.flatMap(x => x.diagnostics)]) {
    expect(d.line).toBeGreaterThanOrEqual(1)
    expect(d.line).toBeLessThanOrEqual(lines + 1)
    expect(d.column).toBeGreaterThanOrEqual(1)
    expect(typeof d.code).toBe('string')
  }
  for (const rule of r.rules)
    for (const q of rule.queries)
      for (const p of predicates(q.expr)) {
        expect(p.pos.line).toBeGreaterThanOrEqual(1)
        expect(p.pos.line).toBeLessThanOrEqual(lines + 1)
      }
}

describe('Splunk fuzzing', () => {
  it('never throws on mutated detections', () => {
    const rand = prng(20241024)
    const seeds = SEARCHES.map(s => detection(s))
    if (hasCorpus) {
      const all = fs.readdirSync(path.join(CORPUS, 'endpoint')).sort()
      for (let i = 0; i < all.length; i += 97)
        seeds.push(fs.readFileSync(path.join(CORPUS, 'endpoint', all[i]), 'utf8'))
    }
    for (let round = 0; round < 1500; round++) {
      const text = mutateSearch(seeds[round % seeds.length], rand)
      let r: ParseResult | undefined
      expect(() => {
        r = splunkFormat.parse('f.yml', text)
      }).not.toThrow()
      checkPositions(r as ParseResult, text)
      expect(r?.diagnostics.some(d => d.code === 'splunk/internal-error')).toBe(false)
    }
  })

  it('never throws on random searches', () => {
    const rand = prng(7)
    for (let round = 0; round < 3000; round++) {
      let text = ''
      const n = 1 + Math.floor(rand() * 25)
      for (let k = 0; k < n; k++)
        text +=
          rand() < 0.6
            ? PIECES[Math.floor(rand() * PIECES.length)]
            : ['a', 'x1', 'b.c', '5', '"s"'][Math.floor(rand() * 5)]
      expect(() =>
        parseSpl(verbatimSource('q', text, { line: 1, column: 1 }), {
          lookup: name => (name === 'x' ? { name, args: [], definition: '`x` a=1' } : undefined)
        })
      ).not.toThrow()
    }
  })
})
