/**
 * Wildcard patterns as the IR spells them (the Sigma convention, shared by every vendor):
 * `*` matches any run of characters, `?` exactly one; `\*`, `\?` and `\\` stand for the
 * literal characters; a backslash before any other character is itself literal.
 *
 * A pattern is canonical when it is built by `buildPattern`: a literal backslash is
 * escaped only where it would otherwise be read as an escape.
 */

export type PatternPart = { lit: string } | '*' | '?'

const BACKSLASH = 0x5c
const STAR = 0x2a
const QUESTION = 0x3f

/**
 * Reads a pattern (or a raw Sigma string value) into parts. Runs of plain characters are
 * copied as slices, not character by character.
 */
export function parsePattern(text: string): PatternPart[] {
  const parts: PatternPart[] = []
  let lit = ''
  let run = 0 // start of the plain characters not yet added to `lit`
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === BACKSLASH) {
      const n = text.charCodeAt(i + 1)
      // `\*`, `\?`, `\\`: the escaped character; any other backslash is itself.
      if (n === STAR || n === QUESTION || n === BACKSLASH) {
        lit += text.slice(run, i)
        run = ++i
      }
    } else if (c === STAR || c === QUESTION) {
      lit += text.slice(run, i)
      if (lit) parts.push({ lit })
      lit = ''
      parts.push(c === STAR ? '*' : '?')
      run = i + 1
    }
  }
  lit += text.slice(run)
  if (lit) parts.push({ lit })
  return parts
}

/** Writes parts as a canonical pattern. Adjacent literals are merged. */
export function buildPattern(parts: readonly PatternPart[]): string {
  let out = ''
  for (const p of parts) {
    if (p === '*' || p === '?') out += p
    else out += escapeLiteral(p.lit)
  }
  return out
}

/**
 * Escapes literal text for use inside a pattern. A backslash is doubled only when what
 * follows it in the final pattern would make it an escape; a trailing backslash is doubled
 * too, since a wildcard may follow it. Text with nothing to escape is returned as it is.
 */
export function escapeLiteral(lit: string): string {
  let out = ''
  let run = 0 // start of the characters not yet added to `out`
  for (let i = 0; i < lit.length; i++) {
    const c = lit.charCodeAt(i)
    let escape = c === STAR || c === QUESTION
    if (c === BACKSLASH) {
      const n = lit.charCodeAt(i + 1)
      escape = i + 1 === lit.length || n === STAR || n === QUESTION || n === BACKSLASH
    }
    if (escape) {
      // A backslash before the character, which starts the next run.
      out += lit.slice(run, i) + '\\'
      run = i
    }
  }
  return out === '' ? lit : out + lit.slice(run)
}

export function hasWildcard(parts: readonly PatternPart[]): boolean {
  return parts.some(p => p === '*' || p === '?')
}

/** The literal text of a pattern with no wildcards. */
export function literalText(parts: readonly PatternPart[]): string {
  return parts.map(p => (typeof p === 'object' ? p.lit : p)).join('')
}

/** Merges adjacent literals and runs of `*`. */
export function normalizeParts(parts: readonly PatternPart[]): PatternPart[] {
  const out: PatternPart[] = []
  for (const p of parts) {
    const last = out[out.length - 1]
    if (typeof p === 'object' && last !== undefined && typeof last === 'object') {
      out[out.length - 1] = { lit: last.lit + p.lit }
    } else if (p === '*' && last === '*') {
      continue
    } else if (typeof p === 'object' && p.lit === '') {
      continue
    } else {
      out.push(p)
    }
  }
  return out
}

/**
 * Does the whole of `text` match `pattern`? Plain string matching, no regular expression:
 * rule text can be any length (a RegExp built from 32,767 characters of it throws), and
 * the cost stays near linear: the first and last pieces are anchored, the pieces between
 * `*`s are each found at their leftmost place (`indexOf` when they hold no `?`).
 * Case-insensitive comparison folds both sides with `toLowerCase`.
 */
export function wildcardMatches(pattern: string, text: string, caseSensitive: boolean): boolean {
  return piecesMatch(piecesOf(pattern, caseSensitive), caseSensitive ? text : text.toLowerCase())
}

/**
 * Patterns read into pieces so far, by case (`s`, `i`) and pattern: a check asks of a few
 * hundred patterns thousands of times.
 */
const PIECES = new Map<string, ReadonlyArray<readonly PatternPart[]>>()
/** Kept pieces at most: a long run (an evaluation of the corpora) starts over past it. */
const MAX_PIECES = 20_000

/** A pattern's pieces between stars, each a list of literal runs and `?`s (lower case unless `caseSensitive`). */
function piecesOf(pattern: string, caseSensitive: boolean): ReadonlyArray<readonly PatternPart[]> {
  const key = `${caseSensitive ? 's' : 'i'}${pattern}`
  let pieces = PIECES.get(key)
  if (pieces === undefined) {
    const out: PatternPart[][] = [[]]
    for (const p of parsePattern(pattern)) {
      if (p === '*') out.push([])
      else out[out.length - 1].push(p === '?' ? p : { lit: caseSensitive ? p.lit : p.lit.toLowerCase() })
    }
    if (PIECES.size >= MAX_PIECES) PIECES.clear()
    PIECES.set(key, (pieces = out))
  }
  return pieces
}

/**
 * Does the whole of `text` match `pattern`, where `*` is the only special character (index
 * patterns, channel names)? Exact case; plain string matching as `wildcardMatches`.
 */
export function starMatches(pattern: string, text: string): boolean {
  return piecesMatch(
    pattern.split('*').map(lit => (lit === '' ? [] : [{ lit }])),
    text
  )
}

function piecesMatch(pieces: ReadonlyArray<readonly PatternPart[]>, subject: string): boolean {
  const first = pieces[0]
  if (pieces.length === 1) return pieceLength(first) === subject.length && pieceAt(first, subject, 0)
  const last = pieces[pieces.length - 1]
  const end = subject.length - pieceLength(last)
  if (end < pieceLength(first) || !pieceAt(first, subject, 0) || !pieceAt(last, subject, end)) return false
  let at = pieceLength(first)
  for (let k = 1; k < pieces.length - 1; k++) {
    const found = findPiece(pieces[k], subject, at, end)
    if (found === -1) return false
    at = found + pieceLength(pieces[k])
  }
  return true
}

function pieceLength(piece: readonly PatternPart[]): number {
  let n = 0
  for (const p of piece) n += typeof p === 'object' ? p.lit.length : 1
  return n
}

/** Does `piece` match `text` at `at`? */
function pieceAt(piece: readonly PatternPart[], text: string, at: number): boolean {
  for (const p of piece) {
    if (typeof p === 'object') {
      if (!text.startsWith(p.lit, at)) return false
      at += p.lit.length
    } else if (at++ >= text.length) return false
  }
  return true
}

/** The leftmost place in `text[from, to)` where `piece` matches whole, or -1. */
function findPiece(piece: readonly PatternPart[], text: string, from: number, to: number): number {
  const n = pieceLength(piece)
  if (piece.length === 1 && typeof piece[0] === 'object') {
    const i = text.indexOf(piece[0].lit, from)
    return i !== -1 && i + n <= to ? i : -1
  }
  for (let i = from; i + n <= to; i++) if (pieceAt(piece, text, i)) return i
  return -1
}
