/**
 * Robustness: truncated and mutated Elastic rules and EQL queries never make the reader or
 * the parser throw, and every diagnostic and predicate is positioned inside the file.
 * Deterministic (seeded PRNG).
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { elasticFormat } from '../../src/formats/elastic/index.js'
import { predicates } from '../../src/ir.js'
import type { ParseResult } from '../../src/ir.js'
import { parseEql } from '../../src/query/eql/index.js'
import { verbatimSource } from '../../src/query/source.js'
import { elasticRule, threat } from './fixtures.js'
import { allDiagnostics, prng } from './helpers.js'

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/elastic/rules')
const hasCorpus = fs.existsSync(CORPUS)
if (!hasCorpus) console.log(`Elastic corpus not found at ${CORPUS}: fuzzing the test fixtures only`)

const FILTER = [
  '[[rule.filters]]',
  '[rule.filters.meta]',
  'negate = true',
  '[rule.filters.query.wildcard."file.path"]',
  'case_insensitive = true',
  'value = "?:\\\\\\\\Temp\\\\\\\\*"'
].join('\n')

const FIXTURES = [
  elasticRule({
    query:
      'sequence by host.id with maxspan=5m\n  [process where process.name : ("a*", "b") and not user.name == "x"] by process.entity_id\n  ![file where stringContains(file.path, "\\\\tmp") or cidrmatch(source.ip, "10.0.0.0/8")]',
    after: threat('TA0002', [['T1059', ['T1059.001']]]) + '\n' + FILTER
  }),
  elasticRule({
    type: '"query"',
    language: '"kuery"',
    query: 'event.category:process and process.name:(cmd.exe or "a b") and not user.name:*adm*',
    style: '"""'
  }),
  elasticRule({
    type: '"esql"',
    language: '"esql"',
    query:
      'from logs-* metadata _id\n| where process.name like "*.exe" and host.os.type == "windows"\n| stats c = count() by host.id'
  }),
  elasticRule({
    query: 'process where length(process.args) > 2 and process.args : """C:\\Temp\\*"""',
    style: "'"
  })
]

const INSERTS = [
  "'''",
  '"""',
  '"',
  "'",
  '[',
  ']',
  '[[',
  '=',
  '\n',
  '\\',
  '{',
  '}',
  ',',
  '#',
  '(',
  ')',
  ' and ',
  ' not ',
  ':',
  '`',
  '?',
  '/*',
  '//',
  '\u0000',
  'ü'
]

function mutate(text: string, rand: () => number): string {
  let t = text
  const edits = 1 + Math.floor(rand() * 3)
  for (let e = 0; e < edits && t.length > 0; e++) {
    const i = Math.floor(rand() * t.length)
    switch (Math.floor(rand() * 4)) {
      case 0:
        t = t.slice(0, i) + INSERTS[Math.floor(rand() * INSERTS.length)] + t.slice(i)
        break
      case 1:
        t = t.slice(0, i) + t.slice(i + 1 + Math.floor(rand() * 5))
        break
      case 2:
        t = t.slice(0, i) + t.slice(i, i + 8) + t.slice(i)
        break
      default:
        t = t.slice(0, i)
    }
  }
  return t
}

/** Problems of a result: an internal error, a diagnostic or predicate outside the text. */
function outside(r: ParseResult, text: string): string[] {
  const lines = text.split('\n').length
  const out: string[] = []
  for (const d of allDiagnostics(r))
    if (d.code.endsWith('internal-error') || d.line < 1 || d.line > lines)
      out.push(`${d.code} ${d.line}: ${d.message}`)
  for (const rule of r.rules)
    for (const q of rule.queries)
      for (const p of predicates(q.expr))
        if (p.pos.line < 1 || p.pos.line > lines) out.push(`${p.sourceField} at line ${p.pos.line}`)
  return out
}

function corpusSample(count: number): string[] {
  if (!hasCorpus) return []
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name.endsWith('.toml')) out.push(p)
    }
  }
  walk(CORPUS)
  out.sort()
  const step = Math.max(1, Math.floor(out.length / count))
  return out.filter((_f, i) => i % step === 0).map(f => fs.readFileSync(f, 'utf8'))
}

describe('Elastic reader fuzzing', () => {
  const sources = [...FIXTURES, ...corpusSample(30)]

  it('never throws on truncated rules', () => {
    const problems: string[] = []
    for (const text of sources) {
      for (let cut = 0; cut < text.length; cut += Math.max(1, Math.floor(text.length / 40))) {
        const t = text.slice(0, cut)
        problems.push(...outside(elasticFormat.parse('rules/fuzz.toml', t), t))
      }
    }
    expect(problems).toEqual([])
  })

  it('never throws on mutated rules', () => {
    const problems: string[] = []
    const rand = prng(1234)
    for (const text of sources) {
      for (let k = 0; k < 30; k++) {
        const t = mutate(text, rand)
        problems.push(...outside(elasticFormat.parse('rules/fuzz.toml', t), t))
      }
    }
    expect(problems).toEqual([])
  })
})

describe('EQL parser fuzzing', () => {
  const queries = [
    'sequence by host.id, user.id with maxspan=5m [process where a : ("x*", "y") and not b in~ ("1", 2)] by c with runs=2 ![file where d like~ "z?" or e regex """a.*"""] until [any where f != null]',
    'sample by host.id [process where startsWith~(a, "x") and cidrMatch(b, "10.0.0.0/8")] [network where length(c) > 3 // c\n and ?d == true /* e */]',
    'process where process.executable : "C:\\\\Windows\\\\*" and `a b`.c == \'q\' and (x == 1 or (y == 2 and not z == 3)) | head 5'
  ]

  it('never throws on truncated or mutated queries, and positions stay inside', () => {
    const rand = prng(99)
    for (const q of queries) {
      const variants: string[] = []
      for (let cut = 0; cut <= q.length; cut++) variants.push(q.slice(0, cut))
      for (let k = 0; k < 300; k++) variants.push(mutate(q, rand))
      const problems: string[] = []
      for (const text of variants) {
        const r = parseEql(verbatimSource('q.eql', text, { line: 1, column: 1 }))
        const lines = text.split('\n').length
        for (const d of r.diagnostics)
          if (d.code === 'eql/internal-error' || d.line > lines)
            problems.push(`${JSON.stringify(text)}: ${d.message}`)
        for (const query of r.queries)
          for (const p of predicates(query.expr))
            if (p.pos.line > lines) problems.push(`${JSON.stringify(text)}: ${p.sourceField}`)
      }
      expect(problems).toEqual([])
    }
  })
})
