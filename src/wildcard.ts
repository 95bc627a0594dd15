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

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g

/** A RegExp that matches the whole of a string against the pattern. */
export function patternToRegExp(pattern: string, caseSensitive: boolean): RegExp {
  let src = ''
  for (const p of parsePattern(pattern)) {
    if (p === '*') src += '[\\s\\S]*'
    else if (p === '?') src += '[\\s\\S]'
    else src += p.lit.replace(REGEX_SPECIAL, '\\$&')
  }
  return new RegExp(`^${src}$`, caseSensitive ? 'u' : 'iu')
}
