/**
 * The Sigma condition language: a lexer and a recursive-descent parser (grammar of pySigma
 * `sigma/conditions.py`), then resolution of identifiers into their search-identifier trees.
 *
 *   condition := or
 *   or        := and ('or' and)*
 *   and       := not ('and' not)*
 *   not       := 'not' not | primary                      (right-associative)
 *   primary   := '(' or ')' | quantifier 'of' pattern | identifier
 *   quantifier:= '1' | 'any' | 'all'
 *   pattern   := [A-Za-z0-9_*-]+ | 'them'
 *   identifier:= [A-Za-z0-9_-]+
 *
 * Keywords are case-insensitive. Everything after a `|` is a legacy aggregation
 * (`selection | count() by x > 5`): the parser stops there and says where it was.
 * Offsets are indexes into the condition text; the caller maps them into the file.
 */
import type { Expr, SourcePos } from '../../ir.js'
import { andFlat, orFlat } from '../../expr.js'
import { MAX_QUERY_DEPTH } from '../../query/depth.js'

export type CondNode =
  | { kind: 'and'; children: CondNode[] }
  | { kind: 'or'; children: CondNode[] }
  | { kind: 'not'; child: CondNode }
  | { kind: 'ident'; name: string; start: number }
  | { kind: 'of'; quantifier: 'one' | 'all'; pattern: string; start: number }

export interface ConditionParse {
  /** Null when the text has a syntax error. */
  ast: CondNode | null
  error: { message: string; start: number; tooDeep?: boolean } | null
  /** Index of the `|` starting a legacy aggregation, or -1. */
  pipe: number
}

type TokenType = 'word' | '(' | ')' | 'eof' | 'bad'

interface Token {
  type: TokenType
  text: string
  start: number
}

const MAX_DEPTH = MAX_QUERY_DEPTH

function isWordChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || // 0-9
    (c >= 65 && c <= 90) || // A-Z
    (c >= 97 && c <= 122) || // a-z
    c === 95 || // _
    c === 45 || // -
    c === 42 // *
  )
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13
}

/** Splits a condition into tokens; stops at `|`. */
function tokenize(text: string): { tokens: Token[]; pipe: number } {
  const tokens: Token[] = []
  let i = 0
  const n = text.length
  let pipe = -1
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isBlank(c)) {
      i++
      continue
    }
    if (c === 124) {
      pipe = i
      break
    }
    if (c === 40 || c === 41) {
      tokens.push({ type: c === 40 ? '(' : ')', text: text[i], start: i })
      i++
      continue
    }
    if (isWordChar(c)) {
      const start = i
      while (i < n && isWordChar(text.charCodeAt(i))) i++
      tokens.push({ type: 'word', text: text.slice(start, i), start })
      continue
    }
    const cp = text.codePointAt(i) ?? c
    const ch = String.fromCodePoint(cp)
    tokens.push({ type: 'bad', text: ch, start: i })
    i += ch.length
  }
  let end = pipe === -1 ? n : pipe
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--
  tokens.push({ type: 'eof', text: '', start: end })
  return { tokens, pipe }
}

class ConditionError {
  constructor(
    readonly message: string,
    readonly start: number,
    readonly tooDeep = false
  ) {}
}

class Parser {
  private i = 0
  private depth = 0

  constructor(private readonly tokens: Token[]) {}

  parse(): CondNode {
    const node = this.parseOr()
    const t = this.peek()
    if (t.type !== 'eof') {
      if (t.type === ')') throw new ConditionError('unbalanced `)`: no `(` is open', t.start)
      if (t.type === 'bad') throw new ConditionError(`unexpected character ${describe(t)}`, t.start)
      throw new ConditionError(
        `expected \`and\`, \`or\` or the end of the condition, found ${describe(t)}`,
        t.start
      )
    }
    return node
  }

  private peek(k = 0): Token {
    return this.tokens[Math.min(this.i + k, this.tokens.length - 1)]
  }

  private next(): Token {
    const t = this.peek()
    if (this.i < this.tokens.length - 1) this.i++
    return t
  }

  private isKeyword(t: Token, word: string): boolean {
    return t.type === 'word' && t.text.length === word.length && t.text.toLowerCase() === word
  }

  private enter(t: Token): void {
    if (++this.depth > MAX_DEPTH)
      throw new ConditionError(`the condition nests deeper than ${MAX_DEPTH} levels`, t.start, true)
  }

  private parseOr(): CondNode {
    const first = this.parseAnd()
    if (!this.isKeyword(this.peek(), 'or')) return first
    const children = [first]
    while (this.isKeyword(this.peek(), 'or')) {
      this.next()
      children.push(this.parseAnd())
    }
    return { kind: 'or', children }
  }

  private parseAnd(): CondNode {
    const first = this.parseNot()
    if (!this.isKeyword(this.peek(), 'and')) return first
    const children = [first]
    while (this.isKeyword(this.peek(), 'and')) {
      this.next()
      children.push(this.parseNot())
    }
    return { kind: 'and', children }
  }

  private parseNot(): CondNode {
    const t = this.peek()
    if (!this.isKeyword(t, 'not')) return this.parsePrimary()
    this.next()
    this.enter(t)
    const child = this.parseNot()
    this.depth--
    return { kind: 'not', child }
  }

  private parsePrimary(): CondNode {
    const t = this.next()
    switch (t.type) {
      case '(': {
        this.enter(t)
        const inner = this.parseOr()
        this.depth--
        const close = this.peek()
        if (close.type === 'bad')
          throw new ConditionError(`unexpected character ${describe(close)}`, close.start)
        if (close.type !== ')')
          throw new ConditionError(
            `expected \`)\` to close the \`(\` at offset ${t.start + 1}, found ${describe(close)}`,
            close.start
          )
        this.next()
        return inner
      }
      case ')':
        throw new ConditionError('expected a search identifier, found `)`', t.start)
      case 'eof':
        throw new ConditionError('the condition ends too early: expected a search identifier', t.start)
      case 'bad':
        throw new ConditionError(`unexpected character ${describe(t)}`, t.start)
      case 'word':
        return this.word(t)
    }
  }

  private word(t: Token): CondNode {
    const lower = t.text.toLowerCase()
    if (this.isKeyword(this.peek(), 'of')) {
      if (lower !== '1' && lower !== 'any' && lower !== 'all')
        throw new ConditionError(
          `only \`1 of\`, \`any of\` and \`all of\` exist, not \`${t.text} of\``,
          t.start
        )
      this.next()
      const p = this.next()
      if (p.type !== 'word' || isOperator(p))
        throw new ConditionError(
          `expected a search-identifier pattern or \`them\` after \`${t.text} of\`, found ${describe(p)}`,
          p.start
        )
      return {
        kind: 'of',
        quantifier: lower === 'all' ? 'all' : 'one',
        pattern: p.text.toLowerCase() === 'them' ? 'them' : p.text,
        start: t.start
      }
    }
    if (lower === 'and' || lower === 'or')
      throw new ConditionError(`expected a search identifier before \`${t.text}\``, t.start)
    const star = t.text.indexOf('*')
    if (star !== -1)
      throw new ConditionError(
        `a wildcard is only allowed in a pattern after \`1 of\` or \`all of\`: \`${t.text}\``,
        t.start + star
      )
    return { kind: 'ident', name: t.text, start: t.start }
  }
}

function isOperator(t: Token): boolean {
  const lower = t.text.toLowerCase()
  return lower === 'and' || lower === 'or' || lower === 'not'
}

function describe(t: Token): string {
  if (t.type === 'eof') return 'the end of the condition'
  return '`' + t.text + '`'
}

/** Parses a condition. Never throws. */
export function parseCondition(text: string): ConditionParse {
  const { tokens, pipe } = tokenize(text)
  try {
    return { ast: new Parser(tokens).parse(), error: null, pipe }
  } catch (err) {
    if (err instanceof ConditionError)
      return { ast: null, error: { message: err.message, start: err.start, tooDeep: err.tooDeep }, pipe }
    throw err
  }
}

/** Does `name` match `pattern`, where `*` matches any run? Whole-name match. */
export function matchesPattern(pattern: string, name: string): boolean {
  let p = 0
  let n = 0
  let star = -1
  let mark = 0
  while (n < name.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === name[n]) {
      p++
      n++
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++
      mark = n
    } else if (star !== -1) {
      p = star + 1
      n = ++mark
    } else return false
  }
  while (p < pattern.length && pattern[p] === '*') p++
  return p === pattern.length
}

export interface ResolveContext {
  /** Search identifiers in document order; null for one that could not be read. */
  identifiers: ReadonlyMap<string, Expr | null>
  /** Maps an offset in the condition text to a position in the file. */
  posAt(start: number): SourcePos
  /** Reports an unknown identifier or a pattern matching nothing. */
  unknown(message: string, pos: SourcePos): void
}

/** Replaces identifiers and `x of` selectors by their trees. */
export function resolveCondition(node: CondNode, ctx: ResolveContext): Expr {
  switch (node.kind) {
    case 'and':
      return andFlat(node.children.map(c => resolveCondition(c, ctx)))
    case 'or':
      return orFlat(node.children.map(c => resolveCondition(c, ctx)))
    case 'not':
      return { kind: 'not', child: resolveCondition(node.child, ctx) }
    case 'ident': {
      if (!ctx.identifiers.has(node.name)) {
        const pos = ctx.posAt(node.start)
        ctx.unknown(`the condition names \`${node.name}\`, which is not a search identifier`, pos)
        return { kind: 'opaque', text: node.name, reason: 'unknown search identifier', pos }
      }
      return identifierExpr(node.name, node.start, ctx)
    }
    case 'of': {
      const names: string[] = []
      for (const name of ctx.identifiers.keys())
        if (name[0] !== '_' && (node.pattern === 'them' || matchesPattern(node.pattern, name)))
          names.push(name)
      const written = `${node.quantifier === 'all' ? 'all' : '1'} of ${node.pattern}`
      if (names.length === 0) {
        const pos = ctx.posAt(node.start)
        ctx.unknown(
          node.pattern === 'them'
            ? `\`${written}\`: the rule has no search identifier (names starting with \`_\` do not count)`
            : `\`${written}\` matches no search identifier (names starting with \`_\` do not count)`,
          pos
        )
        return { kind: 'opaque', text: written, reason: 'pattern matches no search identifier', pos }
      }
      const children = names.map(name => identifierExpr(name, node.start, ctx))
      return node.quantifier === 'all' ? andFlat(children) : orFlat(children)
    }
  }
}

function identifierExpr(name: string, start: number, ctx: ResolveContext): Expr {
  const e = ctx.identifiers.get(name)
  return (
    e ?? { kind: 'opaque', text: name, reason: 'search identifier could not be read', pos: ctx.posAt(start) }
  )
}
