/**
 * What the ES|QL commands other than WHERE tell the reader: the index patterns of `FROM`,
 * and the fields a command creates (EVAL, DISSECT, GROK, RENAME, ENRICH, COMPLETION, ...),
 * whose predicates are `derived`.
 */
import type { Token } from './lexer.js'
import { decodeString, isBlank, scanComment, scanString } from './lexer.js'

/** Commands this reader knows; another name gets an `esql/unknown-command` warning. */
export const KNOWN_COMMANDS = new Set([
  'FROM',
  'TS',
  'ROW',
  'SHOW',
  'WHERE',
  'EVAL',
  'STATS',
  'INLINE STATS',
  'INLINESTATS',
  'KEEP',
  'DROP',
  'RENAME',
  'SORT',
  'LIMIT',
  'DISSECT',
  'GROK',
  'ENRICH',
  'MV_EXPAND',
  'LOOKUP JOIN',
  'LEFT JOIN',
  'RIGHT JOIN',
  'FULL JOIN',
  'COMPLETION',
  'CHANGE_POINT',
  'FORK',
  'FUSE',
  'RERANK',
  'SAMPLE',
  'INSIST',
  'EXPLAIN',
  'METRICS',
  'RRF'
])

/** Commands that aggregate: WHERE clauses after them filter groups, not events. */
export const AGGREGATIONS = new Set(['STATS', 'INLINE STATS', 'INLINESTATS'])

export interface Sources {
  indices: { name: string; start: number }[]
  /** Offsets of characters that cannot be part of a source. */
  bad: number[]
}

/**
 * The sources of `FROM`/`TS`, `text[start, end)`: comma-separated index patterns, quoted or
 * not (`logs-*`, `cluster:logs-*`, `logs::failures`), up to `METADATA`.
 */
export function readSources(text: string, start: number, end: number): Sources {
  const out: Sources = { indices: [], bad: [] }
  let i = start
  while (i < end) {
    const c = text.charCodeAt(i)
    if (isBlank(c) || c === 44) {
      i++
      continue
    }
    const comment = c === 47 ? scanComment(text, i) : null
    if (comment) {
      i = comment.end
      continue
    }
    if (c === 34) {
      const s = scanString(text, i)
      const stop = Math.min(s.end, end)
      out.indices.push({ name: decodeString(text, i, stop, false).value, start: i })
      i = stop
      continue
    }
    const s = i
    while (i < end && isSourceChar(text, i)) i++
    if (i === s) {
      out.bad.push(i)
      i++
      continue
    }
    const name = text.slice(s, i)
    if (name.toUpperCase() === 'METADATA') break
    out.indices.push({ name, start: s })
  }
  return out
}

/** `UNQUOTED_SOURCE_PART`, with `:` for `cluster:index` and `::selector`. */
function isSourceChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (isBlank(c)) return false
  switch (c) {
    case 34: // "
    case 61: // =
    case 124: // |
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 40: // (
    case 41: // )
      return false
    case 47: {
      const d = text.charCodeAt(i + 1)
      return d !== 42 && d !== 47
    }
    default:
      return true
  }
}

/** Splits tokens at the commas outside brackets. */
export function splitArgs(tokens: Token[]): Token[][] {
  const out: Token[][] = []
  let current: Token[] = []
  let depth = 0
  for (const t of tokens) {
    if (t.type === 'eof') break
    if (t.type === '(' || t.type === '[' || t.type === '{') depth++
    else if ((t.type === ')' || t.type === ']' || t.type === '}') && depth > 0) depth--
    if (t.type === ',' && depth === 0) {
      out.push(current)
      current = []
    } else current.push(t)
  }
  if (current.length > 0) out.push(current)
  return out
}

/** The qualified name at the start of `tokens` (`a.b`, `` `a.b` ``) and its length in tokens. */
function leadingName(tokens: Token[], from = 0): { name: string; length: number } | null {
  const first = tokens[from]
  if (!first || (first.type !== 'ident' && first.type !== 'quoted-ident')) return null
  let name = first.value
  let k = from + 1
  while (
    tokens[k]?.type === '.' &&
    (tokens[k + 1]?.type === 'ident' || tokens[k + 1]?.type === 'quoted-ident')
  ) {
    name += '.' + tokens[k + 1].value
    k += 2
  }
  return { name, length: k - from }
}

const isWord = (t: Token | undefined, word: string): boolean =>
  t !== undefined && t.type === 'ident' && t.value.toUpperCase() === word

const isAssign = (t: Token | undefined): boolean => t !== undefined && t.type === 'op' && t.value === '='

/** `name = expr, ...` (EVAL, ROW, the WITH of ENRICH): the assigned names. */
function assignedNames(tokens: Token[], bareToo: boolean): string[] {
  const names: string[] = []
  for (const arg of splitArgs(tokens)) {
    const lead = leadingName(arg)
    if (!lead) continue
    if (isAssign(arg[lead.length])) names.push(lead.name)
    else if (bareToo && arg.length === lead.length) names.push(lead.name)
  }
  return names
}

/** The fields a command creates or overwrites. */
export function createdFields(name: string, tokens: Token[]): string[] {
  switch (name) {
    case 'EVAL':
    case 'ROW':
      return assignedNames(tokens, false)
    case 'RENAME': {
      const out: string[] = []
      for (const arg of splitArgs(tokens)) {
        const lead = leadingName(arg)
        if (!lead) continue
        if (isAssign(arg[lead.length])) out.push(lead.name)
        else if (isWord(arg[lead.length], 'AS')) {
          const target = leadingName(arg, lead.length + 1)
          if (target) out.push(target.name)
        }
      }
      return out
    }
    case 'DISSECT':
      return patternFields(tokens, dissectKeys)
    case 'GROK':
      return patternFields(tokens, grokKeys)
    case 'ENRICH': {
      const w = tokens.findIndex(t => isWord(t, 'WITH'))
      return w === -1 ? [] : assignedNames(tokens.slice(w + 1), true)
    }
    case 'COMPLETION': {
      const lead = leadingName(tokens)
      return [lead && isAssign(tokens[lead.length]) ? lead.name : 'completion']
    }
    case 'CHANGE_POINT': {
      const as = tokens.findIndex(t => isWord(t, 'AS'))
      if (as === -1) return ['type', 'pvalue']
      return splitArgs(tokens.slice(as + 1))
        .map(arg => leadingName(arg)?.name)
        .filter((n): n is string => n !== undefined)
    }
    default:
      return []
  }
}

/** DISSECT/GROK: the keys of the pattern string after the input field. */
function patternFields(tokens: Token[], keys: (pattern: string) => string[]): string[] {
  const pattern = tokens.find(t => t.type === 'string')
  return pattern ? keys(pattern.value) : []
}

/**
 * DISSECT keys: `%{name}`, `%{+name}` (append), `%{name->}` (padding). `%{?name}` and `%{}`
 * are skipped; `%{*k}`/`%{&k}` name fields by their values, unknown here.
 */
export function dissectKeys(pattern: string): string[] {
  const out: string[] = []
  let i = pattern.indexOf('%{')
  while (i !== -1) {
    const close = pattern.indexOf('}', i + 2)
    if (close === -1) break
    let key = pattern.slice(i + 2, close)
    if (key.endsWith('->')) key = key.slice(0, -2)
    const modifier = key[0]
    if (modifier === '+') key = key.slice(1)
    const slash = key.indexOf('/')
    if (slash !== -1) key = key.slice(0, slash)
    if (key && modifier !== '?' && modifier !== '*' && modifier !== '&') out.push(key)
    i = pattern.indexOf('%{', close + 1)
  }
  return out
}

/** GROK keys: `%{SYNTAX:name}`, `%{SYNTAX:name:type}` and named groups `(?<name>...)`. */
export function grokKeys(pattern: string): string[] {
  const out: string[] = []
  let i = pattern.indexOf('%{')
  while (i !== -1) {
    const close = pattern.indexOf('}', i + 2)
    if (close === -1) break
    const parts = pattern.slice(i + 2, close).split(':')
    if (parts.length >= 2 && parts[1]) out.push(parts[1])
    i = pattern.indexOf('%{', close + 1)
  }
  let g = pattern.indexOf('(?<')
  while (g !== -1) {
    const close = pattern.indexOf('>', g + 3)
    if (close === -1) break
    const name = pattern.slice(g + 3, close)
    if (name && !name.startsWith('=') && !name.startsWith('!')) out.push(name)
    g = pattern.indexOf('(?<', close + 1)
  }
  return out
}
