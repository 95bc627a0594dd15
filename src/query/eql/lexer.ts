/**
 * The EQL lexer: query text → tokens with offsets. Comments and whitespace are skipped;
 * strings are decoded (escapes of `"…"` and `'…'`; `"""…"""`, `?"…"` and `?'…'` are raw).
 * Problems (an unterminated string or comment, a bad escape, a stray character) become
 * diagnostics and the lexer goes on, so the parser always gets a token list ending in `eof`.
 *
 * Elastic Defend's endpoint dialect adds `$name` variables (`$entry.sub`, the element
 * variable of `_arraysearch`), lexed as names with `variable` set; with `spacedDots`, a
 * field name may also break after a dot (`process. command_line`), as the Python EQL
 * grammar the endpoint rules are checked with allows.
 */
import type { EqlCode } from './diagnostics.js'

export type TokenKind = 'name' | 'string' | 'number' | 'duration' | 'op' | 'eof'

export interface Token {
  kind: TokenKind
  /**
   * - name: the field or word with backticks removed (`a.b`, `like~`);
   * - string: the decoded value;
   * - number / duration: the text as written (`5`, `1.5`, `5m`);
   * - op: the operator (`==`, `(`, ...); eof: ''.
   */
  value: string
  /** Offsets of the token in the query text (end exclusive). */
  start: number
  end: number
  /** name: a keyword spelled plainly (lowercase, no backticks, no `?`). */
  keyword?: boolean
  /** name: written `?field` (an optional field). */
  optional?: boolean
  /** name: a single word followed by `~` (`like~`, `startsWith~`). */
  insensitive?: boolean
  /** name: more than one part (`process.name`) or escaped with backticks. */
  dotted?: boolean
  /** name: a `$` variable (`$entry`, `$entry.sub`); `value` keeps the `$`. */
  variable?: boolean
}

export interface LexOptions {
  /** Whitespace (newlines too) may follow the dot of a field name (endpoint dialect). */
  spacedDots?: boolean
}

export interface LexProblem {
  code: EqlCode
  offset: number
  message: string
}

const KEYWORDS = new Set([
  'and',
  'or',
  'not',
  'in',
  'in~',
  'like',
  'like~',
  'regex',
  'regex~',
  'where',
  'sequence',
  'sample',
  'join',
  'by',
  'with',
  'until',
  'true',
  'false',
  'null',
  'any',
  'of',
  'fork'
])

/** Single-character operators. */
const SINGLE_OPERATORS = new Set(['(', ')', '[', ']', ',', '|', '+', '-', '*', '/', '%', ':'])

/** The operator at `i` (whose char code is `c`), longest first, or null. */
function operatorAt(text: string, i: number, c: number): string | null {
  const next = text.charCodeAt(i + 1)
  switch (c) {
    case 61: // =
      return next === 61 ? '==' : '='
    case 33: // !
      return next === 61 ? '!=' : next === 58 ? '!:' : '!'
    case 60: // <
      return next === 61 ? '<=' : '<'
    case 62: // >
      return next === 61 ? '>=' : '>'
    default: {
      const ch = text[i]
      return SINGLE_OPERATORS.has(ch) ? ch : null
    }
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  '"': '"',
  "'": "'",
  '\\': '\\'
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 64 // a-z A-Z _ @
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57)
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
}

export function lex(text: string, options: LexOptions = {}): { tokens: Token[]; problems: LexProblem[] } {
  const spacedDots = options.spacedDots === true
  const tokens: Token[] = []
  const problems: LexProblem[] = []
  const n = text.length
  let i = 0

  const problem = (code: EqlCode, offset: number, message: string): void => {
    problems.push({ code, offset, message })
  }

  /**
   * A name: one or more parts joined by `.`; each part an identifier or `` `escaped` ``
   * (with ``` `` ``` for a backtick). After a dot a part may start with a digit (`data.0`).
   */
  const readName = (from: number): { value: string; end: number; dotted: boolean } | null => {
    let j = from
    let count = 0
    // The parts are kept only once one is escaped (the value is then their join): a plain
    // name, by far the most common, is one slice of the text.
    let escaped: string[] | null = null
    for (;;) {
      const c = text.charCodeAt(j)
      if (c === 96) {
        // The plain parts before this one: identifiers joined by dots, from `from` on.
        if (escaped === null) escaped = count === 0 ? [] : text.slice(from, j - 1).split('.')
        let part = ''
        let k = j + 1
        for (;;) {
          const e = text.indexOf('`', k)
          const eol = text.indexOf('\n', k)
          if (e === -1 || (eol !== -1 && eol < e)) {
            problem(
              'eql/unterminated-string',
              j,
              'unterminated escaped field name: the closing `` ` `` is missing'
            )
            const stop = eol === -1 ? n : eol
            part += text.slice(k, stop)
            k = stop
            break
          }
          part += text.slice(k, e)
          k = e + 1
          if (text.charCodeAt(k) !== 96) break
          part += '`'
          k++
        }
        escaped.push(part)
        count++
        j = k
      } else if (count === 0 ? isIdentStart(c) : isIdentPart(c)) {
        let k = j + 1
        while (k < n && isIdentPart(text.charCodeAt(k))) k++
        if (escaped !== null) escaped.push(text.slice(j, k))
        count++
        j = k
      } else {
        break
      }
      if (text.charCodeAt(j) !== 46) break
      const d = text.charCodeAt(j + 1)
      if (isIdentPart(d) || d === 96) j++
      else if (spacedDots && isSpace(d)) {
        // `process. command_line`: the blanks after the dot are not part of the name.
        let k = j + 1
        while (isSpace(text.charCodeAt(k))) k++
        const e = text.charCodeAt(k)
        if (!(isIdentStart(e) || e === 96)) break
        if (escaped === null) escaped = text.slice(from, j).split('.')
        j = k
      } else break
    }
    if (count === 0) return null
    const value = escaped !== null ? escaped.join('.') : text.slice(from, j)
    return { value, end: j, dotted: count > 1 || escaped !== null }
  }

  /** `"…"` or `'…'` with escapes, from the opening quote at `from`. */
  const readEscaped = (from: number, quote: string): { value: string; end: number } => {
    const q = quote.charCodeAt(0)
    let j = from + 1
    let value = ''
    for (;;) {
      // A run of plain characters at once.
      const run = j
      let c = text.charCodeAt(j)
      while (j < n && c !== q && c !== 92 && c !== 10 && c !== 13) c = text.charCodeAt(++j)
      if (j > run) value += text.slice(run, j)
      if (j >= n || c === 10 || c === 13) {
        problem('eql/unterminated-string', from, 'unterminated string: the closing quote is missing')
        return { value, end: j }
      }
      if (c === q) return { value, end: j + 1 }
      const e = text[j + 1]
      if (e !== undefined && SIMPLE_ESCAPES[e] !== undefined) {
        value += SIMPLE_ESCAPES[e]
        j += 2
      } else if (e === 'u' && text[j + 2] === '{') {
        const close = text.indexOf('}', j + 3)
        const hex = close === -1 ? '' : text.slice(j + 3, close)
        const cp = /^[0-9a-fA-F]{1,8}$/.test(hex) ? parseInt(hex, 16) : NaN
        if (Number.isNaN(cp) || cp > 0x10ffff) {
          problem(
            'eql/invalid-escape',
            j,
            'invalid unicode escape: write `\\u{` then 1 to 8 hex digits and `}`'
          )
          value += '\\'
          j++
        } else {
          value += String.fromCodePoint(cp)
          j = close + 1
        }
      } else {
        const shown = e === undefined || e === '\n' || e === '\r' ? '\\' : `\\${e}`
        problem(
          'eql/invalid-escape',
          j,
          `invalid escape \`${shown}\` in a string: write \`\\\\\` for a backslash (or use a """raw""" string)`
        )
        value += '\\'
        j++
      }
    }
  }

  /** `?"…"` / `?'…'`: raw, on one line; `\"` does not end the string and stays as written. */
  const readRaw = (from: number, quote: string): { value: string; end: number } => {
    let j = from + 2
    for (;;) {
      if (j >= n || text[j] === '\n' || text[j] === '\r') {
        problem('eql/unterminated-string', from, 'unterminated string: the closing quote is missing')
        return { value: text.slice(from + 2, j), end: j }
      }
      if (text[j] === '\\' && text[j + 1] === quote) j += 2
      else if (text[j] === quote) return { value: text.slice(from + 2, j), end: j + 1 }
      else j++
    }
  }

  while (i < n) {
    const c = text.charCodeAt(i)
    // Whitespace
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      i++
      continue
    }
    // Comments
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const e = text.indexOf('\n', i)
      i = e === -1 ? n : e + 1
      continue
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const e = text.indexOf('*/', i + 2)
      if (e === -1) {
        problem('eql/unterminated-comment', i, 'unterminated comment: `/*` has no closing `*/`')
        i = n
      } else i = e + 2
      continue
    }
    const start = i
    // Strings
    if (c === 34 && text.startsWith('"""', i)) {
      const e = text.indexOf('"""', i + 3)
      if (e === -1) {
        problem('eql/unterminated-string', i, 'unterminated raw string: `"""` has no closing `"""`')
        tokens.push({ kind: 'string', value: text.slice(i + 3), start, end: n })
        i = n
        continue
      }
      // Up to two quotes right before the closing `"""` belong to the value.
      let close = e
      while (close < e + 2 && text.charCodeAt(close + 3) === 34) close++
      tokens.push({ kind: 'string', value: text.slice(i + 3, close), start, end: close + 3 })
      i = close + 3
      continue
    }
    if (c === 34 || c === 39) {
      const s = readEscaped(i, text[i])
      tokens.push({ kind: 'string', value: s.value, start, end: s.end })
      i = s.end
      continue
    }
    if (c === 63) {
      // `?"raw"`, `?'raw'` or `?field`
      const d = text.charCodeAt(i + 1)
      if (d === 34 || d === 39) {
        const s = readRaw(i, text[i + 1])
        tokens.push({ kind: 'string', value: s.value, start, end: s.end })
        i = s.end
        continue
      }
      const name = readName(i + 1)
      if (name) {
        tokens.push({
          kind: 'name',
          value: name.value,
          start,
          end: name.end,
          optional: true,
          dotted: name.dotted
        })
        i = name.end
        continue
      }
      problem('eql/unexpected-character', i, '`?` should be followed by a field name (`?field`)')
      i++
      continue
    }
    // Numbers and durations (`5m`)
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      let j = i
      while (isDigit(text.charCodeAt(j))) j++
      if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
        j++
        while (isDigit(text.charCodeAt(j))) j++
      }
      const e = text.charCodeAt(j)
      if ((e === 101 || e === 69) && /^[eE][+-]?\d/.test(text.slice(j, j + 3))) {
        j += text[j + 1] === '+' || text[j + 1] === '-' ? 2 : 1
        while (isDigit(text.charCodeAt(j))) j++
      }
      if (isLetter(text.charCodeAt(j))) {
        let k = j
        while (isLetter(text.charCodeAt(k))) k++
        tokens.push({ kind: 'duration', value: text.slice(i, k), start, end: k })
        i = k
        continue
      }
      tokens.push({ kind: 'number', value: text.slice(i, j), start, end: j })
      i = j
      continue
    }
    // `$entry.sub`: an endpoint-dialect variable
    if (c === 36) {
      const name = readName(i + 1)
      if (name) {
        tokens.push({
          kind: 'name',
          value: `$${name.value}`,
          start,
          end: name.end,
          variable: true,
          dotted: name.dotted
        })
        i = name.end
        continue
      }
    }
    // Names, keywords, fields
    if (isIdentStart(c) || c === 96) {
      const name = readName(i)
      if (name) {
        let { end } = name
        let value = name.value
        let insensitive = false
        if (!name.dotted && text.charCodeAt(end) === 126) {
          value += '~'
          end++
          insensitive = true
        }
        const token: Token = { kind: 'name', value, start, end, dotted: name.dotted }
        if (insensitive) token.insensitive = true
        if (!name.dotted && KEYWORDS.has(value)) token.keyword = true
        tokens.push(token)
        i = end
        continue
      }
    }
    // Operators
    const op = operatorAt(text, i, c)
    if (op !== null) {
      tokens.push({ kind: 'op', value: op, start, end: i + op.length })
      i += op.length
      continue
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? c)
    problem('eql/unexpected-character', i, `unexpected character \`${ch}\``)
    i += ch.length
  }
  tokens.push({ kind: 'eof', value: '', start: n, end: n })
  return { tokens, problems }
}
