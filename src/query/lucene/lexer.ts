/**
 * The Lucene query-string lexer (Lucene's classic `QueryParser.jj`, as Elasticsearch's
 * `query_string` reads it). Tokens carry offsets into the query text.
 *
 * - A term starts with any character but whitespace and `+ - ! ( ) : ^ [ ] " { } ~ / \`
 *   (a backslash escapes any character), and goes on with the same characters plus `+` and
 *   `-`: `g+s` and `foo-bar` are single terms. `*` and `?` are kept in the raw term: the
 *   parser decides between wildcard and field name.
 * - `AND` `OR` `NOT` (upper-case only) and `&&` `||` `!` are operators.
 * - `"..."` is a phrase (`\x` stands for `x`), `/.../` a regular expression (`\/` for `/`).
 * - Between `[`/`{` and `]`/`}` the lexer reads range bounds: quoted, `TO`, or any run of
 *   characters but whitespace and the closing brackets.
 * - `>`, `>=`, `<`, `<=` right after `:` compare (`age:>=10`).
 */
import type { Diagnostic } from '../../ir.js'
import { queryDiagnostic } from '../source.js'
import type { QuerySource } from '../source.js'

export type TokenType =
  | 'term'
  | 'phrase'
  | 'regex'
  | 'and'
  | 'or'
  | 'not'
  | '+'
  | '-'
  | '('
  | ')'
  | ':'
  | '^'
  | '~'
  | 'cmp'
  | 'range-start'
  | 'range-end'
  | 'to'
  | 'eof'

export interface Token {
  type: TokenType
  start: number
  end: number
  /**
   * `term`: the raw text (escapes kept, for the parser to decode); `phrase`, `regex`: the
   * decoded content; `^`/`~`: the number after it, or ''; otherwise the operator as written.
   */
  value: string
}

const BACKSLASH = 92

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000
}

/** Characters that cannot start a term (unless escaped). */
function isTermStop(c: number): boolean {
  return (
    isBlank(c) ||
    c === 43 || // +
    c === 45 || // -
    c === 33 || // !
    c === 40 || // (
    c === 41 || // )
    c === 58 || // :
    c === 94 || // ^
    c === 91 || // [
    c === 93 || // ]
    c === 34 || // "
    c === 123 || // {
    c === 125 || // }
    c === 126 || // ~
    c === 47 // /
  )
}

export function tokenize(source: QuerySource, diagnostics: Diagnostic[]): Token[] {
  const text = source.text
  const n = text.length
  const tokens: Token[] = []
  const error = (offset: number, code: string, message: string): void => {
    diagnostics.push(queryDiagnostic(source, offset, 'error', code, message))
  }
  const push = (type: TokenType, start: number, end: number, value = text.slice(start, end)): void => {
    tokens.push({ type, start, end, value })
  }
  let i = 0
  let inRange = false
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isBlank(c)) {
      i++
      continue
    }
    const start = i
    if (inRange) {
      if (c === 93 || c === 125) {
        push('range-end', i, i + 1)
        inRange = false
        i++
      } else if (c === 34) {
        i = readPhrase(text, i, tokens, error)
      } else {
        while (i < n) {
          const d = text.charCodeAt(i)
          if (isBlank(d) || d === 93 || d === 125) break
          i += d === BACKSLASH ? 2 : 1
        }
        i = Math.min(i, n)
        const raw = text.slice(start, i)
        push(raw === 'TO' ? 'to' : 'term', start, i)
      }
      continue
    }
    switch (c) {
      case 40:
      case 41:
      case 58:
      case 43:
      case 45:
        push(text[i] as TokenType, i, i + 1)
        i++
        continue
      case 33: // !
        push('not', i, i + 1)
        i++
        continue
      case 91:
      case 123:
        push('range-start', i, i + 1)
        inRange = true
        i++
        continue
      case 93:
      case 125:
        error(i, 'lucene/syntax', `\`${text[i]}\` closes no range`)
        i++
        continue
      case 94:
      case 126: {
        i++
        while (i < n && isNumberChar(text.charCodeAt(i))) i++
        push(c === 94 ? '^' : '~', start, i, text.slice(start + 1, i))
        continue
      }
      case 34:
        i = readPhrase(text, i, tokens, error)
        continue
      case 47: {
        i = readRegex(text, i, tokens, error)
        continue
      }
      case 38: // &&
      case 124: // ||
        if (text.charCodeAt(i + 1) === c) {
          push(c === 38 ? 'and' : 'or', i, i + 2)
          i += 2
          continue
        }
        break
      case 60:
      case 62:
        if (tokens.length > 0 && tokens[tokens.length - 1].type === ':') {
          const w = text.charCodeAt(i + 1) === 61 ? 2 : 1
          push('cmp', i, i + w)
          i += w
          continue
        }
        break
    }
    // A term.
    while (i < n) {
      const d = text.charCodeAt(i)
      if (d === BACKSLASH) {
        if (i + 1 >= n) {
          error(i, 'lucene/syntax', 'a backslash ends the query: it escapes nothing')
          i++
          break
        }
        i += 2
        continue
      }
      if (isTermStop(d) && !(i > start && (d === 43 || d === 45))) break
      i++
    }
    const raw = text.slice(start, i)
    push(raw === 'AND' ? 'and' : raw === 'OR' ? 'or' : raw === 'NOT' ? 'not' : 'term', start, i)
  }
  tokens.push({ type: 'eof', start: n, end: n, value: '' })
  return tokens
}

function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46
}

/** Reads `"..."`; `\x` stands for `x`. Unterminated: the phrase ends at the end of its line. */
function readPhrase(
  text: string,
  start: number,
  tokens: Token[],
  error: (offset: number, code: string, message: string) => void
): number {
  const n = text.length
  let out = ''
  let i = start + 1
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 34) {
      tokens.push({ type: 'phrase', start, end: i + 1, value: out })
      return i + 1
    }
    if (c === BACKSLASH && i + 1 < n) {
      out += text[i + 1]
      i += 2
    } else {
      out += text[i]
      i++
    }
  }
  error(start, 'lucene/unterminated-string', 'this quoted phrase is never closed: add the closing `"`')
  const eol = text.indexOf('\n', start)
  const end = eol === -1 ? n : eol
  tokens.push({ type: 'phrase', start, end, value: decodePhrase(text, start + 1, end) })
  return end
}

function decodePhrase(text: string, start: number, end: number): string {
  let out = ''
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) === BACKSLASH && i + 1 < end) i++
    out += text[i]
  }
  return out
}

/** Reads `/regex/`; `\/` stands for `/`, other escapes stay (they are the regex's). */
function readRegex(
  text: string,
  start: number,
  tokens: Token[],
  error: (offset: number, code: string, message: string) => void
): number {
  const n = text.length
  let out = ''
  let i = start + 1
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 47) {
      tokens.push({ type: 'regex', start, end: i + 1, value: out })
      return i + 1
    }
    if (c === BACKSLASH && i + 1 < n) {
      out += text[i + 1] === '/' ? '/' : text.slice(i, i + 2)
      i += 2
    } else {
      out += text[i]
      i++
    }
  }
  error(start, 'lucene/unterminated-regex', 'this regular expression is never closed: add the closing `/`')
  tokens.push({ type: 'regex', start, end: n, value: out })
  return n
}

export type TermPart = { lit: string } | '*' | '?'

/** Decodes a raw term: `\x` stands for `x`; unescaped `*` and `?` are wildcards. */
export function decodeTerm(raw: string): TermPart[] {
  const parts: TermPart[] = []
  let lit = ''
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]
    if (c === '\\' && i + 1 < raw.length) {
      lit += raw[++i]
    } else if (c === '*' || c === '?') {
      if (lit) parts.push({ lit })
      lit = ''
      parts.push(c)
    } else lit += c
  }
  if (lit) parts.push({ lit })
  return parts
}
