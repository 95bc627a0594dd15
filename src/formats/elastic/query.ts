/**
 * `rule.query`: where its text starts in the file, and its parse by `rule.language`.
 *
 * Positions. The query is a TOML string, almost always a multi-line literal `'''…'''`. The
 * layout scanner gives the offset of its opening delimiter in the `[rule]` table (never an
 * osquery `query` of `[[transform.osquery]]`, nor a filter's `query` table). A literal string
 * (`'''`, `'`) stands verbatim in the file: a `verbatimSource` from its first character (TOML
 * trims a newline right after the opening `'''`). A basic string (`"""`, `"`) has escapes:
 * it is decoded here with a map from every decoded offset to its raw offset.
 */
import type { Diagnostic, Expr, JsonValue, Query } from '../../ir.js'
import { parseEql } from '../../query/eql/index.js'
import type { EqlDialect } from '../../query/eql/index.js'
import { parseEsql } from '../../query/esql/index.js'
import { parseKql } from '../../query/kql/index.js'
import { parseLucene } from '../../query/lucene/index.js'
import { verbatimSource } from '../../query/source.js'
import type { QuerySource } from '../../query/source.js'
import { decodeBasic, pathKey } from './layout.js'
import type { ValueStyle } from './layout.js'
import type { RuleFile } from './toml.js'

export const LANGUAGES = ['kuery', 'eql', 'esql', 'lucene'] as const
export type Language = (typeof LANGUAGES)[number]

export function isLanguage(v: string): v is Language {
  return (LANGUAGES as readonly string[]).includes(v)
}

/** `query =` and a literal string's opening quotes, read at a `query` found at a line's start. */
const LITERAL_QUERY_OPENING = /query[ \t]*=[ \t]*('''(?:\r?\n)?|')/y

/** Is `at` the first non-blank character of its line? */
function atLineStart(text: string, at: number): boolean {
  let i = at - 1
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--
  return i < 0 || text.charCodeAt(i) === 10
}

/**
 * The QuerySource of `rule.query`, whose value smol-toml read as `value`.
 *
 * Fast path, for literal strings (every corpus query): the value stands verbatim in the file,
 * right after `query = '''`; when exactly one such place exists, it is the one (an osquery
 * `query` or a filter's `query` table never holds the same text). Otherwise the layout
 * scanner says which `query` key belongs to the `[rule]` table.
 */
export function querySource(file: RuleFile, value: string): { source: QuerySource; exact: boolean } {
  const text = file.text
  let found = -1
  let matches = 0
  if (value !== '') {
    // Every `query = '''` opening (a few per file at most: the rule's, osquery's) whose
    // content is exactly `value`, closed right after it. One match is the rule's query.
    for (let q = text.indexOf('query'); q !== -1 && matches < 2; q = text.indexOf('query', q + 5)) {
      if (!atLineStart(text, q)) continue
      LITERAL_QUERY_OPENING.lastIndex = q
      const m = LITERAL_QUERY_OPENING.exec(text)
      if (m === null) continue
      const at = q + m[0].length
      const closing = m[1].startsWith("'''") ? "'''" : "'"
      // A slice compared with `===` rather than `startsWith(value, at)`: V8 is several times
      // faster at it for a long `value`, and no copy is made (the slice points into `text`).
      if (text.slice(at, at + value.length) !== value || !text.startsWith(closing, at + value.length))
        continue
      found = at
      matches++
    }
  }
  if (matches === 1) return { source: verbatimSource(file.path, value, file.position(found)), exact: true }
  const loc = file.layout.values.get(pathKey(['rule', 'query']))
  if (loc !== undefined) {
    const source = stringSource(file, loc.offset, loc.style, value)
    if (source !== null) return { source, exact: true }
  }
  // Not found where expected (cannot happen for a file smol-toml read): approximate.
  const at = loc === undefined ? file.pos(['rule']) : file.lines.position(loc.offset)
  return { source: verbatimSource(file.path, value, at), exact: false }
}

/** `querySource`, with an `elastic/query-position` warning when the text is not where expected. */
export function positionedQuery(file: RuleFile, value: string): QuerySource {
  const { source, exact } = querySource(file, value)
  if (!exact)
    file.diags.warning(
      'elastic/query-position',
      'the query was not found in the file where expected; its positions are approximate',
      file.pos(['rule', 'query'])
    )
  return source
}

/** The source of the string at `offset` written in `style`, if its content is `value`. */
function stringSource(file: RuleFile, offset: number, style: ValueStyle, value: string): QuerySource | null {
  const text = file.text
  const quotes = style === 'literal-ml' || style === 'basic-ml' ? 3 : 1
  let start = offset + quotes
  if (quotes === 3) {
    if (text.charCodeAt(start) === 10) start++
    else if (text.charCodeAt(start) === 13 && text.charCodeAt(start + 1) === 10) start += 2
  }
  switch (style) {
    case 'literal-ml':
    case 'literal':
      return text.startsWith(value, start)
        ? verbatimSource(file.path, value, file.lines.position(start))
        : null
    case 'basic-ml':
    case 'basic': {
      const decoded = decodeBasic(text, start, basicContentEnd(text, start, style === 'basic-ml'))
      if (decoded.value !== value) return null
      const { offsets } = decoded
      const last = offsets.length - 1
      return {
        path: file.path,
        text: value,
        pos: o => file.lines.position(offsets[o < 0 ? 0 : o > last ? last : o])
      }
    }
    case 'other':
      return null
  }
}

/** End of a basic string's content starting at `start`: the closing `"` / `"""` (escapes skipped). */
function basicContentEnd(text: string, start: number, multiline: boolean): number {
  let j = start
  while (j < text.length) {
    const c = text[j]
    if (c === '\\') j += 2
    else if (multiline ? text.startsWith('"""', j) : c === '"') {
      if (!multiline) return j
      // Up to two quotes before the closing `"""` belong to the content.
      let close = j
      while (close < j + 2 && text[close + 3] === '"') close++
      return close
    } else j++
  }
  return text.length
}

/** The steps of the EQL sequence in `properties` (`sequence.steps`); null for a malformed one. */
export function sequenceSteps(
  properties: Record<string, JsonValue>
): Array<{ [key: string]: JsonValue } | null> {
  const sequence = properties.sequence
  if (typeof sequence !== 'object' || sequence === null || Array.isArray(sequence)) return []
  const steps = sequence.steps
  if (!Array.isArray(steps)) return []
  return steps.map(step => (typeof step === 'object' && step !== null && !Array.isArray(step) ? step : null))
}

export interface QueryReading {
  queries: Query[]
  diagnostics: Diagnostic[]
  properties: Record<string, JsonValue>
  /** ES|QL FROM patterns. */
  indices: string[] | null
  /** EQL event categories, one per query. */
  eqlCategories: Array<string | null> | null
}

/**
 * Parses the query in its language; the caller has checked the language. `eqlDialect`:
 * `endpoint` for Elastic Defend's behavior rules.
 */
export function parseQuery(
  language: Language,
  source: QuerySource,
  eqlDialect: EqlDialect = 'elasticsearch'
): QueryReading {
  const reading: QueryReading = {
    queries: [],
    diagnostics: [],
    properties: {},
    indices: null,
    eqlCategories: null
  }
  const single = (expr: Expr | null): Query[] => (expr === null ? [] : [{ label: '', expr }])
  switch (language) {
    case 'eql': {
      const r = parseEql(source, { dialect: eqlDialect })
      reading.queries = r.queries
      reading.diagnostics = r.diagnostics
      reading.properties = r.properties
      const categories = r.properties.eventCategories
      if (Array.isArray(categories))
        reading.eqlCategories = categories.map(c => (typeof c === 'string' ? c : null))
      break
    }
    case 'esql': {
      const r = parseEsql(source)
      reading.queries = single(r.expr)
      reading.diagnostics = r.diagnostics
      reading.indices = r.indices
      reading.properties = { stages: r.stages }
      break
    }
    case 'kuery': {
      const r = parseKql(source)
      reading.queries = single(r.expr)
      reading.diagnostics = r.diagnostics
      break
    }
    case 'lucene': {
      const r = parseLucene(source)
      reading.queries = single(r.expr)
      reading.diagnostics = r.diagnostics
      break
    }
  }
  return reading
}
