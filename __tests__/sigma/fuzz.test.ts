/**
 * Robustness: truncated and mutated rules never make the reader throw, and every diagnostic
 * and predicate is positioned inside the file. Deterministic (seeded PRNG).
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { sigmaFormat } from '../../src/formats/sigma/index.js'
import { predicates } from '../../src/ir.js'
import { FIXTURES } from './fixtures.js'

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/sigma')
const hasCorpus = fs.existsSync(CORPUS)
if (!hasCorpus) console.log(`Sigma corpus not found at ${CORPUS}: fuzzing the test fixtures only`)

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

const INSERTS = [
  ':',
  '|',
  '*',
  "'",
  '"',
  '\t',
  '&a ',
  '*a ',
  '\n',
  '- ',
  '{',
  '[',
  ']',
  '#',
  '---\n',
  ' not ',
  ' and ',
  '(',
  ')',
  '\\',
  '?',
  '|re|',
  '\u0000',
  '%'
]

function mutate(text: string, rand: () => number): string {
  let t = text
  const edits = 1 + Math.floor(rand() * 3)
  for (let e = 0; e < edits && t.length > 0; e++) {
    const i = Math.floor(rand() * t.length)
    switch (Math.floor(rand() * 4)) {
      case 0: // delete a run
        t = t.slice(0, i) + t.slice(i + 1 + Math.floor(rand() * 4))
        break
      case 1: // duplicate a run
        t = t.slice(0, i) + t.slice(i, i + 1 + Math.floor(rand() * 8)) + t.slice(i)
        break
      case 2: {
        // swap two characters
        const j = Math.floor(rand() * t.length)
        const [a, b] = i < j ? [i, j] : [j, i]
        if (a !== b) t = t.slice(0, a) + t[b] + t.slice(a + 1, b) + t[a] + t.slice(b + 1)
        break
      }
      default:
        t = t.slice(0, i) + INSERTS[Math.floor(rand() * INSERTS.length)] + t.slice(i)
    }
  }
  return t
}

function corpusSample(count: number): string[] {
  if (!hasCorpus) return []
  const files: string[] = []
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name.endsWith('.yml')) files.push(p)
    }
  }
  walk(CORPUS)
  files.sort()
  const step = Math.max(1, Math.floor(files.length / count))
  const out: string[] = []
  for (let i = 0; i < files.length && out.length < count; i += step)
    out.push(fs.readFileSync(files[i], 'utf8'))
  return out
}

function check(text: string): void {
  let result
  try {
    result = sigmaFormat.parse('fuzz.yml', text)
  } catch (err) {
    throw new Error(`parse threw on ${JSON.stringify(text.slice(0, 200))}: ${String(err)}`)
  }
  const lines = text.split('\n').length
  for (const d of [...result.diagnostics, ...result.rules.flatMap(r => r.diagnostics)]) {
    if (d.code === 'sigma/internal-error') throw new Error(`${d.message} on ${JSON.stringify(text)}`)
    if (!(d.line >= 1 && d.column >= 1 && d.line <= lines))
      throw new Error(`bad position ${d.line}:${d.column} for ${d.code} on ${JSON.stringify(text)}`)
  }
  for (const rule of result.rules)
    for (const q of rule.queries)
      for (const p of predicates(q.expr))
        if (!(p.pos.line >= 1 && p.pos.column >= 1 && p.pos.line <= lines))
          throw new Error(`bad predicate position ${p.pos.line}:${p.pos.column} on ${JSON.stringify(text)}`)
}

describe('fuzzing the Sigma reader', () => {
  const texts = [...FIXTURES, ...corpusSample(40)]

  it('survives truncation at many offsets', () => {
    let runs = 0
    for (const text of texts) {
      const step = Math.max(1, Math.floor(text.length / 80))
      for (let end = 0; end <= text.length; end += step) {
        check(text.slice(0, end))
        runs++
      }
    }
    expect(runs).toBeGreaterThan(300)
  })

  it('survives deterministic mutations', () => {
    const rand = prng(0x5eed)
    let runs = 0
    for (const text of texts)
      for (let k = 0; k < 150; k++) {
        check(mutate(text, rand))
        runs++
      }
    expect(runs).toBe(texts.length * 150)
  })

  it('survives hostile shapes', () => {
    const hostile = [
      '',
      '\u0000',
      '\ufeff',
      ':',
      '---\n---\n---',
      'detection:',
      'detection: ~\n',
      'detection:\n    condition:\n',
      'detection:\n    condition: [[a]]\n',
      'detection:\n    sel: {a: {b: c}}\n    condition: sel\n',
      'detection:\n    sel:\n        "|": x\n    condition: sel\n',
      'detection:\n    sel:\n        "": x\n    condition: sel\n',
      'detection:\n    ? [a]\n    : b\n    condition: a\n',
      'detection:\n    sel: &a\n        - *a\n    condition: sel\n',
      'detection:\n    condition: ' + '('.repeat(10000) + '\n',
      'detection:\n    condition: ' + 'not '.repeat(10000) + 'x\n',
      'detection:\n    condition: ' + 'a or '.repeat(10000) + 'a\n    a: x\n',
      'detection:\n' +
        Array.from({ length: 2000 }, (_, i) => `    s${i}: x${i}`).join('\n') +
        '\n    condition: 1 of them\n',
      'action: global\n---\naction: repeat\n---\naction: [x]\n---\naction: ~\ndetection: {}\n',
      'logsource: x\ndetection:\n    sel:\n        F|' +
        'contains|'.repeat(500) +
        're: x\n    condition: sel\n',
      Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)).toString('latin1') + '\ndetection:\n'
    ]
    for (const text of hostile) check(text)
  })
})
