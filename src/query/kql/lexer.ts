/**
 * The KQL lexer. Tokens carry offsets into the query text; the parser maps them to file
 * positions.
 *
 * An unquoted run of characters is one `word` token (whitespace ends it unless escaped):
 * the parser decides whether a word is a field name, a value, or one word of a multi-word
 * value (`*S3 Browser*`). Words are decoded by `decodeUnquoted`, strings by the lexer.
 *
 * Escapes in unquoted text (Kibana's grammar and detection-rules' `kql.g`): `\t` `\r` `\n`
 * stand for whitespace, a backslash before one of `\ ( ) : < > " * { }` or before a space
 * stands for that character, `\uXXXX` for a UTF-16 code unit, and `\and` `\or` `\not` make
 * a keyword an ordinary word. Any other backslash is not KQL: it is kept literally, with a
 * warning.
 *
 * Escapes in quoted strings: `\"` `\\` `\t` `\r` `\n` and `\uXXXX`; any other backslash is
 * literal (`"C:\Windows"` is the text `C:\Windows`).
 */
import type { Diagnostic } from '../../ir.js'
import { queryDiagnostic } from '../source.js'
import type { QuerySource } from '../source.js'

export type TokenType =
  'word' | 'string' | 'and' | 'or' | 'not' | '(' | ')' | '{' | '}' | ':' | 'range' | 'eof'

export interface Token {
  type: TokenType
  /** Offset of the first character. */
  start: number
  /** Offset after the last character. */
  end: number
  /** `string`: the decoded text; `range`: the operator; otherwise the raw text. */
  value: string
}

const BACKSLASH = 92

/** Characters that end an unquoted word. */
function isSpecial(c: number): boolean {
  return (
    c === 40 || // (
    c === 41 || // )
    c === 58 || // :
    c === 60 || // <
    c === 62 || // >
    c === 34 || // "
    c === 123 || // {
    c === 125 // }
  )
}

export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13
}

/** Characters a backslash may escape in unquoted text. */
function isEscapable(c: number): boolean {
  return isSpecial(c) || c === BACKSLASH || c === 42 /* * */ || c === 32
}

function keywordType(text: string): TokenType | null {
  if (text.length < 2 || text.length > 3) return null
  const lower = text.toLowerCase()
  return lower === 'and' || lower === 'or' || lower === 'not' ? lower : null
}

export function tokenize(source: QuerySource, diagnostics: Diagnostic[]): Token[] {
  const text = source.text
  const n = text.length
  const tokens: Token[] = []
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isBlank(c)) {
      i++
      continue
    }
    const start = i
    switch (c) {
      case 40:
      case 41:
      case 123:
      case 125:
      case 58:
        tokens.push({ type: text[i] as TokenType, start, end: i + 1, value: text[i] })
        i++
        continue
      case 60:
      case 62: {
        const op = text.charCodeAt(i + 1) === 61 ? text.slice(i, i + 2) : text[i]
        i += op.length
        tokens.push({ type: 'range', start, end: i, value: op })
        continue
      }
      case 34: {
        const { value, end, terminated } = readQuoted(text, i)
        if (!terminated)
          diagnostics.push(
            queryDiagnostic(
              source,
              start,
              'error',
              'kql/unterminated-string',
              'this quoted string is never closed: add the closing `"`'
            )
          )
        tokens.push({ type: 'string', start, end, value })
        i = end
        continue
      }
    }
    // An unquoted word.
    while (i < n) {
      const d = text.charCodeAt(i)
      if (d === BACKSLASH) {
        const e = text.charCodeAt(i + 1)
        if (isUnicodeEscape(text, i, n)) {
          i += 6
          continue
        }
        if (i + 1 >= n || !(isEscapable(e) || isWhitespaceEscape(e) || startsKeyword(text, i + 1))) {
          diagnostics.push(
            queryDiagnostic(
              source,
              i,
              'warning',
              'kql/invalid-escape',
              i + 1 >= n
                ? 'a backslash ends the query: it is kept as a literal backslash'
                : `\`\\${String.fromCodePoint(text.codePointAt(i + 1) ?? e)}\` is not a KQL escape: the backslash is kept literally (write \`\\\\\` for a backslash)`
            )
          )
          i++
          continue
        }
        i += 2
        continue
      }
      if (isBlank(d) || isSpecial(d)) break
      i++
    }
    const raw = text.slice(start, i)
    tokens.push({ type: keywordType(raw) ?? 'word', start, end: i, value: raw })
  }
  tokens.push({ type: 'eof', start: n, end: n, value: '' })
  return tokens
}

/** `\uXXXX` at `i`, within `text[0, end)`. */
function isUnicodeEscape(text: string, i: number, end: number): boolean {
  return (
    text.charCodeAt(i + 1) === 117 &&
    i + 6 <= end &&
    isHex(text.charCodeAt(i + 2)) &&
    isHex(text.charCodeAt(i + 3)) &&
    isHex(text.charCodeAt(i + 4)) &&
    isHex(text.charCodeAt(i + 5))
  )
}

function isWhitespaceEscape(c: number): boolean {
  return c === 116 || c === 114 || c === 110 // t r n
}

function startsKeyword(text: string, i: number): boolean {
  for (const k of ['and', 'or', 'not']) if (text.slice(i, i + k.length).toLowerCase() === k) return true
  return false
}

/**
 * Reads a quoted string starting at `start` (the `"`). A string may span lines; an
 * unterminated one ends at the end of its line, so what follows is still read.
 */
function readQuoted(text: string, start: number): { value: string; end: number; terminated: boolean } {
  const n = text.length
  let i = start + 1
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 34) return { value: decodeQuoted(text, start + 1, i), end: i + 1, terminated: true }
    i += c === BACKSLASH ? 2 : 1
  }
  const eol = text.indexOf('\n', start)
  const end = eol === -1 ? n : eol
  return { value: decodeQuoted(text, start + 1, end), end, terminated: false }
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)
}

/** Decodes the content of a quoted string, `text[start, end)`. */
function decodeQuoted(text: string, start: number, end: number): string {
  let out = ''
  let run = start
  let i = start
  while (i < end) {
    if (text.charCodeAt(i) !== BACKSLASH || i + 1 >= end) {
      i++
      continue
    }
    const e = text[i + 1]
    let decoded: string | null = null
    let width = 2
    if (e === '"' || e === '\\') decoded = e
    else if (e === 't') decoded = '\t'
    else if (e === 'r') decoded = '\r'
    else if (e === 'n') decoded = '\n'
    else if (isUnicodeEscape(text, i, end)) {
      decoded = String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16))
      width = 6
    }
    if (decoded === null) {
      i++
      continue
    }
    out += text.slice(run, i) + decoded
    i += width
    run = i
  }
  return out + text.slice(run, end)
}

export type ValuePart = { lit: string } | '*'

/**
 * Decodes unquoted text (one word or several words with the whitespace between them):
 * literal runs and the unescaped `*` wildcards. `?` is never a wildcard in KQL.
 */
export function decodeUnquoted(text: string, start: number, end: number): ValuePart[] {
  const parts: ValuePart[] = []
  let lit = ''
  // Plain characters are added a run at a time (one slice), not one by one.
  let run = start
  let i = start
  while (i < end) {
    const c = text.charCodeAt(i)
    if (c !== 42 && !(c === BACKSLASH && i + 1 < end)) {
      i++
      continue
    }
    lit += text.slice(run, i)
    if (c === 42) {
      if (lit) parts.push({ lit })
      lit = ''
      parts.push('*')
      i++
    } else {
      const e = text.charCodeAt(i + 1)
      if (isUnicodeEscape(text, i, end)) {
        lit += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16))
        i += 6
      } else if (isWhitespaceEscape(e)) {
        lit += e === 116 ? '\t' : e === 114 ? '\r' : '\n'
        i += 2
      } else if (isEscapable(e) || startsKeyword(text, i + 1)) {
        lit += text[i + 1]
        i += 2
      } else {
        lit += '\\'
        i++
      }
    }
    run = i
  }
  lit += text.slice(run, end)
  if (lit) parts.push({ lit })
  return parts
}
