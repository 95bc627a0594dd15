/**
 * The ES|QL lexer (Elasticsearch `EsqlBaseLexer.g4`, expression mode), and the splitting of a
 * query into its `|`-separated commands.
 *
 * - Strings: `"..."` with the escapes `\" \\ \t \n \r` and no line break; `"""..."""` raw
 *   (no escapes; up to two extra `"` before the closing `"""` belong to the string).
 * - Comments: `// ...` to the end of the line, `/* ... *\/`.
 * - Identifiers: a letter then letters, digits, `_`; or `_`/`@` then at least one of those;
 *   or backquoted, with ``` `` ``` for a backquote. Keywords are identifiers the parser
 *   compares case-insensitively.
 */
import type { Diagnostic } from '../../ir.js'
import { queryDiagnostic } from '../source.js'
import type { QuerySource } from '../source.js'

export type TokenType =
  | 'ident'
  | 'quoted-ident'
  | 'string'
  | 'number'
  | 'param'
  | 'op'
  | '('
  | ')'
  | '['
  | ']'
  | '{'
  | '}'
  | ','
  | '.'
  | 'bad'
  | 'eof'

export interface Token {
  type: TokenType
  start: number
  end: number
  /** `string`: the decoded text; `quoted-ident`: the name; otherwise the text as written. */
  value: string
}

const BACKSLASH = 92
const QUOTE = 34

export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isIdBody(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 95
}

export interface Skipped {
  end: number
  /** The construct is not closed. */
  unterminated: boolean
}

/** Is `text[i]` the start of a string? Then where does it end. */
export function scanString(text: string, i: number): Skipped {
  const n = text.length
  if (text.startsWith('"""', i)) {
    const close = text.indexOf('"""', i + 3)
    if (close === -1) {
      const eol = text.indexOf('\n', i)
      return { end: eol === -1 ? n : eol, unterminated: true }
    }
    let end = close + 3
    for (let k = 0; k < 2 && text.charCodeAt(end) === QUOTE; k++) end++
    return { end, unterminated: false }
  }
  let j = i + 1
  while (j < n) {
    const c = text.charCodeAt(j)
    if (c === QUOTE) return { end: j + 1, unterminated: false }
    if (c === 10 || c === 13) return { end: j, unterminated: true }
    j += c === BACKSLASH ? 2 : 1
  }
  return { end: n, unterminated: true }
}

/** A `//` or `/*` comment at `i`, or null. */
export function scanComment(text: string, i: number): Skipped | null {
  if (text.charCodeAt(i) !== 47) return null
  const d = text.charCodeAt(i + 1)
  if (d === 47) {
    const eol = text.indexOf('\n', i)
    return { end: eol === -1 ? text.length : eol, unterminated: false }
  }
  if (d === 42) {
    const close = text.indexOf('*/', i + 2)
    return close === -1 ? { end: text.length, unterminated: true } : { end: close + 2, unterminated: false }
  }
  return null
}

/** A backquoted identifier at `i` (the backquote); `` `` `` is a backquote. */
export function scanQuotedIdent(text: string, i: number): Skipped {
  let j = i + 1
  const n = text.length
  while (j < n) {
    if (text.charCodeAt(j) === 96) {
      if (text.charCodeAt(j + 1) === 96) {
        j += 2
        continue
      }
      return { end: j + 1, unterminated: false }
    }
    if (text.charCodeAt(j) === 10) break
    j++
  }
  return { end: j, unterminated: true }
}

export interface DecodedString {
  value: string
  /** Offset in the query of each character of `value`, and of its end (length + 1 entries). */
  offsets: number[]
}

/**
 * Decodes the string token `text[start, end)`; `offsets` maps each decoded character back to
 * the query (for strings holding a query, as `kql("...")`). Unknown escapes are kept as
 * written and reported through `badEscape`.
 */
export function decodeString(
  text: string,
  start: number,
  end: number,
  withOffsets: boolean,
  badEscape?: (offset: number) => void
): DecodedString {
  const offsets: number[] = []
  if (text.startsWith('"""', start)) {
    const closed = end - start >= 6 && text.startsWith('"""', end - 3)
    const contentEnd = Math.max(start + 3, closed ? end - 3 : end)
    if (withOffsets) for (let k = start + 3; k <= contentEnd; k++) offsets.push(k)
    return { value: text.slice(start + 3, contentEnd), offsets }
  }
  const terminated =
    end - start >= 2 && text.charCodeAt(end - 1) === QUOTE && !escapedAt(text, start, end - 1)
  const contentEnd = terminated ? end - 1 : end
  let value = ''
  let run = start + 1
  let i = start + 1
  while (i < contentEnd) {
    if (text.charCodeAt(i) !== BACKSLASH) {
      if (withOffsets) offsets.push(i)
      i++
      continue
    }
    const e = text[i + 1]
    const decoded =
      e === '"' || e === '\\' ? e : e === 't' ? '\t' : e === 'n' ? '\n' : e === 'r' ? '\r' : null
    if (decoded === null || i + 1 >= contentEnd) {
      badEscape?.(i)
      if (withOffsets) offsets.push(i)
      i++
      continue
    }
    value += text.slice(run, i) + decoded
    if (withOffsets) offsets.push(i)
    i += 2
    run = i
  }
  value += text.slice(run, contentEnd)
  if (withOffsets) offsets.push(contentEnd)
  return { value, offsets }
}

/** Is the character at `at` escaped by an odd run of backslashes after `start`? */
function escapedAt(text: string, start: number, at: number): boolean {
  let k = at - 1
  let count = 0
  while (k > start && text.charCodeAt(k) === BACKSLASH) {
    k--
    count++
  }
  return count % 2 === 1
}

const TWO_CHAR_OPS = new Set(['==', '!=', '=~', '<=', '>=', '::'])

/**
 * Tokens of `text[start, end)` (one command, after its name). Strings that do not close,
 * comments and stray characters are reported by `splitCommands`, which sees them first;
 * here an invalid escape is reported.
 */
export function tokenize(
  source: QuerySource,
  start: number,
  end: number,
  diagnostics: Diagnostic[]
): Token[] {
  const text = source.text
  const tokens: Token[] = []
  let i = start
  while (i < end) {
    const c = text.charCodeAt(i)
    if (isBlank(c)) {
      i++
      continue
    }
    const comment = c === 47 ? scanComment(text, i) : null
    if (comment) {
      i = Math.min(comment.end, end)
      continue
    }
    const s = i
    if (c === QUOTE) {
      const str = scanString(text, i)
      const stop = Math.min(str.end, end)
      const { value } = decodeString(text, s, stop, false, offset =>
        diagnostics.push(
          queryDiagnostic(
            source,
            offset,
            'warning',
            'esql/invalid-escape',
            `\`${text.slice(offset, offset + 2)}\` is not an ES|QL escape (Elasticsearch rejects it): write \`\\\\\` for a backslash, or use a \`"""\` string`
          )
        )
      )
      tokens.push({ type: 'string', start: s, end: stop, value })
      i = stop
      continue
    }
    if (c === 96) {
      const q = scanQuotedIdent(text, i)
      const stop = Math.min(q.end, end)
      const inner = text.slice(s + 1, q.unterminated ? stop : stop - 1).replace(/``/g, '`')
      tokens.push({ type: 'quoted-ident', start: s, end: stop, value: inner })
      i = stop
      continue
    }
    if (isLetter(c) || ((c === 95 || c === 64) && isIdBody(text.charCodeAt(i + 1)))) {
      i++
      while (i < end && isIdBody(text.charCodeAt(i))) i++
      tokens.push({ type: 'ident', start: s, end: i, value: text.slice(s, i) })
      continue
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      i = scanNumber(text, i, end)
      tokens.push({ type: 'number', start: s, end: i, value: text.slice(s, i) })
      continue
    }
    if (c === 63) {
      // ?name, ?1, ??name
      i++
      if (text.charCodeAt(i) === 63) i++
      while (i < end && isIdBody(text.charCodeAt(i))) i++
      tokens.push({ type: 'param', start: s, end: i, value: text.slice(s, i) })
      continue
    }
    const two = text.slice(i, i + 2)
    if (TWO_CHAR_OPS.has(two)) {
      tokens.push({ type: 'op', start: s, end: i + 2, value: two })
      i += 2
      continue
    }
    const ch = text[i]
    if ('()[]{},.'.includes(ch)) {
      tokens.push({ type: ch as TokenType, start: s, end: i + 1, value: ch })
      i++
      continue
    }
    if ('<>=:+-*/%'.includes(ch)) {
      tokens.push({ type: 'op', start: s, end: i + 1, value: ch })
      i++
      continue
    }
    const cp = String.fromCodePoint(text.codePointAt(i) ?? c)
    tokens.push({ type: 'bad', start: s, end: i + cp.length, value: cp })
    i += cp.length
  }
  tokens.push({ type: 'eof', start: end, end, value: '' })
  return tokens
}

function scanNumber(text: string, i: number, end: number): number {
  while (i < end && isDigit(text.charCodeAt(i))) i++
  if (text.charCodeAt(i) === 46) {
    i++
    while (i < end && isDigit(text.charCodeAt(i))) i++
  }
  const e = text.charCodeAt(i)
  if (e === 101 || e === 69) {
    let j = i + 1
    const sign = text.charCodeAt(j)
    if (sign === 43 || sign === 45) j++
    if (isDigit(text.charCodeAt(j))) {
      i = j
      while (i < end && isDigit(text.charCodeAt(i))) i++
    }
  }
  return Math.min(i, end)
}

export interface Command {
  /** Upper-case name, `INLINE STATS` and `LOOKUP JOIN` in two words. Empty when missing. */
  name: string
  /** Offset of the name (or of the command when it has none). */
  start: number
  /** Offset after the name: where the command's arguments begin. */
  argsStart: number
  /** Offset of the `|` ending it, or the end of the query. */
  end: number
  /** Offset of the `|` before it; -1 for the first command. */
  pipe: number
}

/** Two-word command names. */
const SECOND_WORDS: Record<string, string> = {
  INLINE: 'STATS',
  LOOKUP: 'JOIN',
  LEFT: 'JOIN',
  RIGHT: 'JOIN',
  FULL: 'JOIN'
}

/**
 * Splits a query at the `|` outside strings, comments and backquoted names (and outside the
 * parentheses of `FORK`, whose branches are pipelines), and reads each command's name.
 * Unterminated strings and comments are reported here.
 */
export function splitCommands(source: QuerySource, diagnostics: Diagnostic[]): Command[] {
  const text = source.text
  const n = text.length
  const commands: Command[] = []
  let start = 0
  let depth = 0
  let fork = false
  let named = false
  const close = (end: number): void => {
    commands.push({ ...readName(text, start, end), pipe: start - 1 })
    start = end + 1
    depth = 0
    fork = false
    named = false
  }
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (!named && !isBlank(c) && !(c === 47 && scanComment(text, i))) {
      // The first word of a command: is it FORK?
      named = true
      fork = text.slice(i, i + 4).toUpperCase() === 'FORK' && !isIdBody(text.charCodeAt(i + 4))
    }
    if (c === QUOTE) {
      const s = scanString(text, i)
      if (s.unterminated)
        diagnostics.push(
          queryDiagnostic(
            source,
            i,
            'error',
            'esql/unterminated-string',
            text.startsWith('"""', i)
              ? 'this `"""` string is never closed'
              : 'this string is never closed on its line: add the closing `"`'
          )
        )
      i = s.end
      continue
    }
    if (c === 96) {
      const q = scanQuotedIdent(text, i)
      if (q.unterminated)
        diagnostics.push(
          queryDiagnostic(
            source,
            i,
            'error',
            'esql/syntax',
            'this backquoted name is never closed on its line'
          )
        )
      i = q.end
      continue
    }
    const comment = c === 47 ? scanComment(text, i) : null
    if (comment) {
      if (comment.unterminated)
        diagnostics.push(
          queryDiagnostic(
            source,
            i,
            'error',
            'esql/unterminated-comment',
            'this `/*` comment is never closed'
          )
        )
      i = comment.end
      continue
    }
    if (fork && c === 40) depth++
    else if (fork && c === 41 && depth > 0) depth--
    else if (c === 124 && depth === 0) close(i)
    i++
  }
  close(n)
  return commands
}

/** Reads the name at the start of `text[start, end)`. */
function readName(text: string, start: number, end: number): Omit<Command, 'pipe'> {
  let i = skipBlank(text, start, end)
  const s = i
  while (i < end && (isLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) i++
  let name = text.slice(s, i).toUpperCase()
  const second = SECOND_WORDS[name]
  if (second) {
    const j = skipBlank(text, i, end)
    if (
      text.slice(j, j + second.length).toUpperCase() === second &&
      !isIdBody(text.charCodeAt(j + second.length))
    ) {
      name += ' ' + second
      i = j + second.length
    }
  }
  return { name, start: s, argsStart: i, end }
}

/** Skips whitespace and comments. */
export function skipBlank(text: string, i: number, end: number): number {
  while (i < end) {
    if (isBlank(text.charCodeAt(i))) {
      i++
      continue
    }
    const comment = scanComment(text, i)
    if (!comment) break
    i = comment.end
  }
  return Math.min(i, end)
}
