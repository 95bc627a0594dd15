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

function mutate(text: string, rand: () => number): string {
  let t = text
  const edits = 1 + Math.floor(rand() * 4)
  for (let e = 0; e < edits && t.length > 0; e++) {
    const i = Math.floor(rand() * t.length)
    switch (Math.floor(rand() * 4)) {
      case 0:
        t = t.slice(0, i) + t.slice(i + 1 + Math.floor(rand() * 6))
        break
      case 1:
        t = t.slice(0, i) + t.slice(i, i + 1 + Math.floor(rand() * 10)) + t.slice(i)
        break
      case 2: {
        const j = Math.floor(rand() * t.length)
        const [a, b] = i < j ? [i, j] : [j, i]
        if (a !== b) t = t.slice(0, a) + t[b] + t.slice(a + 1, b) + t[a] + t.slice(b + 1)
        break
      }
      default:
        t = t.slice(0, i) + PIECES[Math.floor(rand() * PIECES.length)] + t.slice(i)
    }
  }
  return t
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
      const text = mutate(seeds[round % seeds.length], rand)
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
