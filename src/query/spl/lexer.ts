/**
 * SPL lexers. SPL has two expression languages: the search language (the implicit first
 * `search`, `| search`, the `where` clause of `tstats`/`mstats`) and the eval language
 * (`| where`, `| eval`). Both lexers work on a range of the macro-expanded search text and
 * never fail: an unterminated string, subsearch or macro call is a token flagged
 * `unterminated`, and a character the eval language has no use for is an `error` token.
 *
 * Escapes (both languages, quoted or not): `\\` is one backslash and `\"` a double quote;
 * a backslash before anything else is itself (`C:\Windows` is `C:\Windows`). A backslash
 * cannot escape `*`, which stays a wildcard in search terms.
 */

/** Search-language tokens. */
export type SearchTokenKind = 'word' | 'string' | 'op' | 'lparen' | 'rparen' | 'comma' | 'subsearch' | 'macro'

export interface Token<K extends string> {
  kind: K
  /** Offsets into the expanded text, end-exclusive. */
  start: number
  end: number
  /** Whitespace (or the start of the range) comes right before the token. */
  spaced: boolean
  /** A string, subsearch or macro call whose closing delimiter is missing. */
  unterminated?: boolean
}

export type SearchToken = Token<SearchTokenKind>

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0
}

/** End of a double-quoted string starting at `i` (the quote): just past the closing quote. */
export function stringEnd(text: string, i: number, end: number): { end: number; terminated: boolean } {
  let j = i + 1
  while (j < end) {
    const c = text.charCodeAt(j)
    if (c === 92 /* \ */) j += 2
    else if (c === 34 /* " */) return { end: j + 1, terminated: true }
    else j++
  }
  return { end, terminated: false }
}

/** End of a `[...]` subsearch starting at `i`, nesting and quotes respected. */
export function bracketEnd(text: string, i: number, end: number): { end: number; terminated: boolean } {
  let depth = 0
  let j = i
  while (j < end) {
    const c = text.charCodeAt(j)
    if (c === 34) {
      j = stringEnd(text, j, end).end
      continue
    }
    if (c === 92) {
      j += 2
      continue
    }
    if (c === 91 /* [ */) depth++
    else if (c === 93 /* ] */) {
      depth--
      if (depth === 0) return { end: j + 1, terminated: true }
    }
    j++
  }
  return { end, terminated: false }
}

/** End of a macro call left in the text (one the expander could not expand). */
function macroEnd(text: string, i: number, end: number): { end: number; terminated: boolean } {
  const j = text.indexOf('`', i + 1)
  return j === -1 || j >= end ? { end, terminated: false } : { end: j + 1, terminated: true }
}

function isSearchOpStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return (
    c === 61 /* = */ || c === 60 /* < */ || c === 62 /* > */ || (c === 33 && text.charCodeAt(i + 1) === 61)
  )
}

/** Characters that end a search word (besides whitespace and operators). */
function endsSearchWord(c: number): boolean {
  return c === 40 || c === 41 || c === 34 || c === 44 || c === 96 // ( ) " , `
}

/** One token scanned at `i`: its kind, where it ends, and whether it is unterminated. */
interface Scan<K extends string> {
  kind: K
  end: number
  unterminated: boolean
}

/** The tokens both languages share: parentheses, commas, strings, subsearches, macro calls. */
type SharedKind = 'lparen' | 'rparen' | 'comma' | 'string' | 'subsearch' | 'macro'

function scanShared(text: string, i: number, end: number, c: number): Scan<SharedKind> | null {
  const delimited = (kind: SharedKind, s: { end: number; terminated: boolean }): Scan<SharedKind> => ({
    kind,
    end: s.end,
    unterminated: !s.terminated
  })
  if (c === 40) return { kind: 'lparen', end: i + 1, unterminated: false }
  if (c === 41) return { kind: 'rparen', end: i + 1, unterminated: false }
  if (c === 44) return { kind: 'comma', end: i + 1, unterminated: false }
  if (c === 34) return delimited('string', stringEnd(text, i, end))
  if (c === 91) return delimited('subsearch', bracketEnd(text, i, end))
  if (c === 96) return delimited('macro', macroEnd(text, i, end))
  return null
}

/**
 * The loop both lexers share: whitespace skipped and remembered (`spaced`), each token
 * scanned by `scan` at its first character and clipped to the range.
 */
function lex<K extends string>(
  text: string,
  start: number,
  end: number,
  scan: (i: number, c: number) => Scan<K>
): Array<Token<K>> {
  const out: Array<Token<K>> = []
  let i = start
  let spaced = true
  while (i < end) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      spaced = true
      i++
      continue
    }
    const s = scan(i, c)
    const tok: Token<K> = { kind: s.kind, start: i, end: Math.min(s.end, end), spaced }
    if (s.unterminated) tok.unterminated = true
    out.push(tok)
    i = tok.end
    spaced = false
  }
  return out
}

/** Search-language tokens of `text[start, end)`. */
export function lexSearch(text: string, start: number, end: number): SearchToken[] {
  return lex<SearchTokenKind>(text, start, end, (i, c) => {
    const shared = scanShared(text, i, end, c)
    if (shared) return shared
    if (isSearchOpStart(text, i)) {
      const two = text.slice(i, i + 2)
      const width = two === '!=' || two === '<=' || two === '>=' || two === '==' ? 2 : 1
      return { kind: 'op', end: i + width, unterminated: false }
    }
    let j = i
    while (j < end) {
      const w = text.charCodeAt(j)
      if (isSpace(w) || endsSearchWord(w) || isSearchOpStart(text, j)) break
      j += w === 92 && j + 1 < end ? 2 : 1
    }
    return { kind: 'word', end: j, unterminated: false }
  })
}

/**
 * Decodes SPL escapes: `\\` → `\`, `\"` → `"`; any other backslash is kept with the
 * character after it.
 */
export function unescapeSpl(raw: string): string {
  if (raw.indexOf('\\') === -1) return raw
  let out = ''
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]
    if (c === '\\' && i + 1 < raw.length) {
      const n = raw[i + 1]
      if (n === '\\' || n === '"') {
        out += n
        i++
        continue
      }
    }
    out += c
  }
  return out
}

/** The decoded content of a double-quoted string token (quotes removed). */
export function stringValue(text: string, tok: Token<string>): string {
  const inner = text.slice(tok.start + 1, tok.unterminated ? tok.end : tok.end - 1)
  return unescapeSpl(inner)
}

// ---------------------------------------------------------------------------------------
// The eval language (`| where`, `| eval`)

export type EvalTokenKind =
  | 'ident'
  | 'number'
  | 'string'
  /** A single-quoted field name: `'user name'`. */
  | 'field'
  | 'op'
  | 'lparen'
  | 'rparen'
  | 'comma'
  | 'subsearch'
  | 'macro'
  | 'error'

export type EvalToken = Token<EvalTokenKind>

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 64 || c === 36 || c > 127
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 123 || c === 125 || c === 58 // { } :
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

const EVAL_OPS2 = new Set(['==', '!=', '<=', '>=', '<>'])
const EVAL_OPS1 = new Set(['=', '<', '>', '+', '-', '*', '/', '%', '.', '!'])

/** Eval-language tokens of `text[start, end)`. */
export function lexEval(text: string, start: number, end: number): EvalToken[] {
  return lex<EvalTokenKind>(text, start, end, (i, c) => {
    const shared = scanShared(text, i, end, c)
    if (shared) return shared
    if (c === 39) {
      const j = text.indexOf("'", i + 1)
      return j === -1 || j >= end
        ? { kind: 'field', end, unterminated: true }
        : { kind: 'field', end: j + 1, unterminated: false }
    }
    let j = i
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      while (j < end && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++
      if (j < end && (text[j] === 'e' || text[j] === 'E')) {
        let k = j + 1
        if (text[k] === '+' || text[k] === '-') k++
        if (isDigit(text.charCodeAt(k))) {
          j = k
          while (j < end && isDigit(text.charCodeAt(j))) j++
        }
      }
      // `1st`, `5m`: a name that starts with digits.
      if (!(j < end && isIdentStart(text.charCodeAt(j))))
        return { kind: 'number', end: j, unterminated: false }
      while (j < end && isIdentPart(text.charCodeAt(j))) j++
      return { kind: 'ident', end: j, unterminated: false }
    }
    if (isIdentStart(c)) {
      j++
      while (j < end) {
        const w = text.charCodeAt(j)
        if (isIdentPart(w)) j++
        // A dot between name characters belongs to the name (`All_Traffic.dest`); a dot
        // standing apart is the concatenation operator.
        else if (w === 46 && j + 1 < end && isIdentPart(text.charCodeAt(j + 1))) j++
        else break
      }
      return { kind: 'ident', end: j, unterminated: false }
    }
    if (EVAL_OPS2.has(text.slice(i, i + 2))) return { kind: 'op', end: i + 2, unterminated: false }
    if (EVAL_OPS1.has(text[i])) return { kind: 'op', end: i + 1, unterminated: false }
    return { kind: 'error', end: i + 1, unterminated: false }
  })
}
