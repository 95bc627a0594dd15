/** Helpers for the query parser tests: sources, expected trees, corpus queries, fuzzing. */
import fs from 'node:fs'
import path from 'node:path'
import type { Diagnostic, Expr, Op, SourcePos } from '../../src/ir.js'
import { predicates } from '../../src/ir.js'
import { verbatimSource } from '../../src/query/source.js'
import type { QuerySource } from '../../src/query/source.js'

export { all, any, not, opaque, stripPos } from '../sigma/helpers.js'

export const PATH = 'rules/test.toml'

/** A query standing verbatim in a file from `start` (line 1, column 1 by default). */
export function src(text: string, start: SourcePos = { line: 1, column: 1 }): QuerySource {
  return verbatimSource(PATH, text, start)
}

export type Brief = Pick<Diagnostic, 'severity' | 'code' | 'line' | 'column'>

export function brief(diagnostics: Diagnostic[]): Brief[] {
  return diagnostics.map(({ severity, code, line, column }) => ({ severity, code, line, column }))
}

export const error = (code: string, line: number, column: number): Brief => ({
  severity: 'error',
  code,
  line,
  column
})

export const warning = (code: string, line: number, column: number): Brief => ({
  severity: 'warning',
  code,
  line,
  column
})

interface Extra {
  caseSensitive?: boolean
  derived?: boolean
}

/**
 * An expected predicate without position (`sourceField` = `field`). Case-sensitive by
 * default, except `exists`, `null` and `keyword`.
 */
export function p(field: string | null, op: Op, value: string | null, extra: Extra = {}): Expr {
  const out: Record<string, unknown> = {
    kind: 'pred',
    field,
    sourceField: field,
    op,
    value,
    caseSensitive: extra.caseSensitive ?? !(op === 'exists' || op === 'null' || op === 'keyword')
  }
  if (extra.derived) out.derived = true
  return out as unknown as Expr
}

export const eq = (field: string, value: string, extra?: Extra): Expr => p(field, 'eq', value, extra)
export const wc = (field: string, value: string, extra?: Extra): Expr => p(field, 'wildcard', value, extra)
export const ex = (field: string, extra?: Extra): Expr => p(field, 'exists', null, extra)
export const kw = (value: string): Expr => p(null, 'keyword', value)

// ---------------------------------------------------------------------------------------
// The Elastic corpus, read in place (never copied).

export const ELASTIC_CORPUS = path.resolve(process.cwd(), '../shared/corpus/elastic/rules')
export const hasCorpus = fs.existsSync(ELASTIC_CORPUS)

export interface CorpusQuery {
  file: string
  text: string
  /** File position of the query's first character. */
  start: SourcePos
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) walk(full, out)
    else if (e.name.endsWith('.toml')) out.push(full)
  }
  return out
}

const LANGUAGE = /^language = "([a-z]+)"/m
/** `rule.query`, always a TOML literal `'''` string (formats.md §2.1). */
const QUERY = /^query = '''(\r?\n)?/m

let cache: Map<string, CorpusQuery[]> | null = null

/** The `rule.query` of every corpus file, by `rule.language`. */
export function corpusQueries(language: string): CorpusQuery[] {
  if (!hasCorpus) return []
  if (!cache) {
    cache = new Map()
    for (const file of walk(ELASTIC_CORPUS).sort()) {
      const text = fs.readFileSync(file, 'utf8')
      const lang = LANGUAGE.exec(text)?.[1]
      const m = QUERY.exec(text)
      if (!lang || !m) continue
      const open = m.index + m[0].length
      let close = text.indexOf("'''", open)
      if (close === -1) continue
      // Up to two more quotes before the closing `'''` belong to the string.
      for (let k = 0; k < 2 && text[close + 3] === "'"; k++) close++
      const before = text.slice(0, open)
      const line = before.split('\n').length
      const column = open - before.lastIndexOf('\n')
      const list = cache.get(lang) ?? []
      list.push({
        file: path.relative(ELASTIC_CORPUS, file),
        text: text.slice(open, close),
        start: { line, column }
      })
      cache.set(lang, list)
    }
  }
  return cache.get(language) ?? []
}

// ---------------------------------------------------------------------------------------
// Fuzzing.

/** mulberry32: a small, seeded PRNG. */
export function prng(seed: number): () => number {
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
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '"',
  '"""',
  '\\',
  ':',
  '*',
  '?',
  '|',
  ' and ',
  ' or ',
  ' not ',
  ' AND ',
  ' NOT ',
  '<=',
  '==',
  '/*',
  '//',
  '`',
  '/',
  '\n',
  ',',
  ' TO ',
  '~',
  '\u0000',
  'kql("a:b',
  ' like ',
  ' in (',
  ' is '
]

/** How hard `mutate` edits: at most `edits` edits, cutting up to `cut` and copying up to `copy` characters. */
export interface MutationScale {
  edits: number
  cut: number
  copy: number
}

/**
 * 1 to `edits` random edits of `text`: a cut, a copied run, two characters swapped, or one of
 * `pieces` inserted. Deterministic for a deterministic `rand`.
 */
export function mutate(
  text: string,
  rand: () => number,
  pieces: readonly string[] = INSERTS,
  scale: MutationScale = { edits: 3, cut: 4, copy: 8 }
): string {
  let t = text
  const edits = 1 + Math.floor(rand() * scale.edits)
  for (let e = 0; e < edits && t.length > 0; e++) {
    const i = Math.floor(rand() * t.length)
    switch (Math.floor(rand() * 4)) {
      case 0:
        t = t.slice(0, i) + t.slice(i + 1 + Math.floor(rand() * scale.cut))
        break
      case 1:
        t = t.slice(0, i) + t.slice(i, i + 1 + Math.floor(rand() * scale.copy)) + t.slice(i)
        break
      case 2: {
        const j = Math.floor(rand() * t.length)
        const [a, b] = i < j ? [i, j] : [j, i]
        if (a !== b) t = t.slice(0, a) + t[b] + t.slice(a + 1, b) + t[a] + t.slice(b + 1)
        break
      }
      default:
        t = t.slice(0, i) + pieces[Math.floor(rand() * pieces.length)] + t.slice(i)
    }
  }
  return t
}

const FUZZ_START: SourcePos = { line: 3, column: 7 }

/**
 * Runs `parse` on `text`; it must not throw, and every diagnostic and predicate must sit
 * inside the query's lines (which start at line 3).
 */
export function fuzzCheck(
  text: string,
  parse: (source: QuerySource) => { expr: Expr | null; diagnostics: Diagnostic[] }
): void {
  let result
  try {
    result = parse(verbatimSource(PATH, text, FUZZ_START))
  } catch (err) {
    throw new Error(`the parser threw on ${JSON.stringify(text.slice(0, 300))}: ${String(err)}`)
  }
  const last = FUZZ_START.line + text.split('\n').length - 1
  const inside = (pos: SourcePos): boolean =>
    pos.line >= FUZZ_START.line && pos.line <= last && pos.column >= 1
  for (const d of result.diagnostics)
    if (!inside(d))
      throw new Error(
        `diagnostic ${d.code} at ${d.line}:${d.column} outside the query ${JSON.stringify(text)}`
      )
  for (const pr of result.expr ? predicates(result.expr) : [])
    if (!inside(pr.pos))
      throw new Error(
        `predicate at ${pr.pos.line}:${pr.pos.column} outside the query ${JSON.stringify(text)}`
      )
}

type QueryParser = (source: QuerySource) => { expr: Expr | null; diagnostics: Diagnostic[] }

/** `fuzzCheck` on about `cuts` truncations of each query; returns how many ran. */
export function fuzzTruncations(queries: readonly string[], parse: QueryParser, cuts = 60): number {
  let runs = 0
  for (const text of queries) {
    const step = Math.max(1, Math.floor(text.length / cuts))
    for (let end = 0; end <= text.length; end += step, runs++) fuzzCheck(text.slice(0, end), parse)
  }
  return runs
}

/** `fuzzCheck` on `perQuery` seeded mutations of each query; returns how many ran. */
export function fuzzMutations(
  queries: readonly string[],
  parse: QueryParser,
  seed: number,
  perQuery: number
): number {
  const rand = prng(seed)
  let runs = 0
  for (const text of queries) for (let k = 0; k < perQuery; k++, runs++) fuzzCheck(mutate(text, rand), parse)
  return runs
}

/** Every `step`-th query of a list, at most `count`. */
export function sample<T>(list: T[], count: number): T[] {
  const step = Math.max(1, Math.floor(list.length / count))
  const out: T[] = []
  for (let i = 0; i < list.length && out.length < count; i += step) out.push(list[i])
  return out
}
