/**
 * The eval language of `| where`: an expression tree, then its boolean reading as IR.
 *
 * Precedence, loosest first (Splunk evaluates AND before OR here, unlike in `search`;
 * operators are case-insensitive): OR, XOR, AND, NOT, comparison (`=` `==` `!=` `<>` `<`
 * `<=` `>` `>=` `LIKE` `IN`), `+` `-` `.`, `*` `/` `%`, unary `-`/`!`, primary (number,
 * "string", 'field', field, function call, parenthesis).
 *
 * Read as predicates (case-sensitive: `where` compares exactly):
 *
 * | written                               | tree                                       |
 * |---------------------------------------|--------------------------------------------|
 * | `f="v"`, `f==5`, `"v"=f`              | `eq` (no wildcards: `*` is a character)     |
 * | `f!="v"`, `f<>"v"`                    | `not(eq)`                                  |
 * | `f<5` `f<=5` `f>5` `f>=5`             | `lt` `lte` `gt` `gte`                      |
 * | `f=g`, `f='g'` (two fields)           | `fieldref`; `f!=g` is `not(fieldref)`      |
 * | `like(f,"a%")`, `f LIKE "a_"`         | `wildcard` (`%` → `*`, `_` → `?`), `eq` without them |
 * | `match(f,"re")`                       | `regex`; a leading `(?i)` becomes flag `i` (case-insensitive) |
 * | `isnull(f)` / `isnotnull(f)`          | `null` / `exists`                          |
 * | `cidrmatch("10.0.0.0/8", f)`          | `cidr`                                     |
 * | `f IN ("a","b")`, `in(f,"a","b")`     | `or(eq a, eq b)`                           |
 * | `AND` `OR` `NOT`                      | `and` `or` `not`                           |
 * | anything else (`len(f)>10`, `XOR`, `f>relative_time(...)`, a bare field) | `opaque`, kept with its text |
 */
import type { Expr, Op, OpaqueExpr, Predicate } from '../../ir.js'
import { buildPattern, normalizeParts, type PatternPart } from '../../wildcard.js'
import { lexEval, stringValue, type EvalToken } from './lexer.js'
import { MAX_QUERY_DEPTH } from '../depth.js'

export type ENode =
  | { k: 'num'; start: number; end: number; text: string }
  | { k: 'str'; start: number; end: number; value: string }
  | { k: 'field'; start: number; end: number; name: string }
  | { k: 'call'; start: number; end: number; name: string; args: ENode[] }
  | { k: 'bin'; start: number; end: number; op: string; l: ENode; r: ENode }
  | { k: 'not'; start: number; end: number; x: ENode }
  | { k: 'neg'; start: number; end: number; x: ENode }
  | { k: 'in'; start: number; end: number; x: ENode; list: ENode[] }
  /** A subsearch or an unexpanded macro. */
  | { k: 'other'; start: number; end: number; reason: string }

export class EvalSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    /** Nested past `MAX_QUERY_DEPTH` rather than malformed. */
    readonly tooDeep = false
  ) {
    super(message)
  }
}

const COMPARISONS = new Set(['=', '==', '!=', '<>', '<', '<=', '>', '>='])

/** Parses `text[start, end)` as one eval expression. Throws EvalSyntaxError. */
export function parseEval(text: string, start: number, end: number): ENode {
  return new EvalParser(text, lexEval(text, start, end), end).parseAll()
}

class EvalParser {
  private i = 0
  private depth = 0

  constructor(
    private readonly text: string,
    private readonly toks: readonly EvalToken[],
    private readonly end: number
  ) {}

  parseAll(): ENode {
    if (this.toks.length === 0) throw new EvalSyntaxError('the expression is empty', this.end)
    const e = this.parseOr()
    const t = this.peek()
    if (t) throw new EvalSyntaxError(`unexpected ${this.describe(t)}`, t.start)
    return e
  }

  private peek(k = 0): EvalToken | undefined {
    return this.toks[this.i + k]
  }

  private src(t: EvalToken): string {
    return this.text.slice(t.start, t.end)
  }

  private describe(t: EvalToken): string {
    const s = this.src(t)
    return '`' + (s.length > 30 ? s.slice(0, 29) + '…' : s).replace(/`/g, "'") + '`'
  }

  private keyword(word: string): boolean {
    const t = this.peek()
    return t !== undefined && t.kind === 'ident' && this.src(t).toUpperCase() === word
  }

  private isOp(ops: ReadonlySet<string> | string): string | null {
    const t = this.peek()
    if (t === undefined || t.kind !== 'op') return null
    const s = this.src(t)
    return (typeof ops === 'string' ? s === ops : ops.has(s)) ? s : null
  }

  private expect(kind: EvalToken['kind'], what: string, from: number): EvalToken {
    const t = this.peek()
    if (t === undefined || t.kind !== kind)
      throw new EvalSyntaxError(
        t ? `expected ${what}, found ${this.describe(t)}` : `expected ${what}`,
        t ? t.start : from
      )
    this.i++
    return t
  }

  private binary(op: string, l: ENode, r: ENode): ENode {
    return { k: 'bin', start: l.start, end: r.end, op, l, r }
  }

  private parseOr(): ENode {
    let l = this.parseXor()
    while (this.keyword('OR')) {
      this.i++
      l = this.binary('OR', l, this.parseXor())
    }
    return l
  }

  private parseXor(): ENode {
    let l = this.parseAnd()
    while (this.keyword('XOR')) {
      this.i++
      l = this.binary('XOR', l, this.parseAnd())
    }
    return l
  }

  private parseAnd(): ENode {
    let l = this.parseNot()
    while (this.keyword('AND')) {
      this.i++
      l = this.binary('AND', l, this.parseNot())
    }
    return l
  }

  private parseNot(): ENode {
    const t = this.peek()
    if (t && (this.keyword('NOT') || (t.kind === 'op' && this.src(t) === '!'))) {
      this.i++
      const x = this.nested(t, () => this.parseNot())
      return { k: 'not', start: t.start, end: x.end, x }
    }
    return this.parseComparison()
  }

  /** `parse` one level deeper; past `MAX_QUERY_DEPTH` a too-deep error. */
  private nested<T>(t: EvalToken, parse: () => T): T {
    if (++this.depth > MAX_QUERY_DEPTH)
      throw new EvalSyntaxError(`the expression nests deeper than ${MAX_QUERY_DEPTH} levels`, t.start, true)
    try {
      return parse()
    } finally {
      this.depth--
    }
  }

  private parseComparison(): ENode {
    const l = this.parseAdditive()
    const op = this.isOp(COMPARISONS)
    if (op !== null) {
      this.i++
      return this.binary(op, l, this.parseAdditive())
    }
    if (this.keyword('LIKE')) {
      this.i++
      return this.binary('LIKE', l, this.parseAdditive())
    }
    if (this.keyword('IN')) {
      const at = (this.peek() as EvalToken).start
      this.i++
      this.expect('lparen', '`(` after `IN`', at)
      const list = this.parseArgs(at)
      const close = this.toks[this.i - 1]
      return { k: 'in', start: l.start, end: close.end, x: l, list }
    }
    return l
  }

  private parseAdditive(): ENode {
    let l = this.parseMultiplicative()
    for (;;) {
      const op = this.isOp(ADDITIVE)
      if (op === null) return l
      this.i++
      l = this.binary(op, l, this.parseMultiplicative())
    }
  }

  private parseMultiplicative(): ENode {
    let l = this.parseUnary()
    for (;;) {
      const op = this.isOp(MULTIPLICATIVE)
      if (op === null) return l
      this.i++
      l = this.binary(op, l, this.parseUnary())
    }
  }

  private parseUnary(): ENode {
    const t = this.peek()
    if (t && t.kind === 'op' && (this.src(t) === '-' || this.src(t) === '+')) {
      this.i++
      const x = this.nested(t, () => this.parseUnary())
      if (this.src(t) === '+') return x
      if (x.k === 'num') return { k: 'num', start: t.start, end: x.end, text: '-' + x.text }
      return { k: 'neg', start: t.start, end: x.end, x }
    }
    return this.parsePrimary()
  }

  private parsePrimary(): ENode {
    const t = this.peek()
    if (t === undefined) throw new EvalSyntaxError('the expression ends too early', this.end)
    this.i++
    switch (t.kind) {
      case 'number':
        return { k: 'num', start: t.start, end: t.end, text: this.src(t) }
      case 'string':
        if (t.unterminated) throw new EvalSyntaxError('this string is not closed', t.start)
        return { k: 'str', start: t.start, end: t.end, value: stringValue(this.text, t) }
      case 'field':
        if (t.unterminated) throw new EvalSyntaxError("this ' is not closed", t.start)
        return { k: 'field', start: t.start, end: t.end, name: this.text.slice(t.start + 1, t.end - 1) }
      case 'ident': {
        const name = this.src(t)
        const n = this.peek()
        if (n?.kind === 'lparen') {
          this.i++
          const args = this.nested(n, () => this.parseArgs(n.start))
          return { k: 'call', start: t.start, end: this.toks[this.i - 1].end, name, args }
        }
        return { k: 'field', start: t.start, end: t.end, name }
      }
      case 'lparen': {
        const inner = this.nested(t, () => this.parseOr())
        const close = this.expect('rparen', '`)`', t.start)
        return { ...inner, start: t.start, end: close.end }
      }
      case 'subsearch':
        return { k: 'other', start: t.start, end: t.end, reason: 'a subsearch is not read' }
      case 'macro':
        return { k: 'other', start: t.start, end: t.end, reason: 'a macro that could not be expanded' }
      default:
        throw new EvalSyntaxError(`unexpected ${this.describe(t)}`, t.start)
    }
  }

  /** Arguments after `(`, up to and including `)`. */
  private parseArgs(open: number): ENode[] {
    const args: ENode[] = []
    if (this.peek()?.kind === 'rparen') {
      this.i++
      return args
    }
    for (;;) {
      args.push(this.parseOr())
      const t = this.peek()
      if (t?.kind === 'comma') {
        this.i++
        continue
      }
      if (t?.kind === 'rparen') {
        this.i++
        return args
      }
      throw new EvalSyntaxError(
        t ? `expected \`,\` or \`)\`, found ${this.describe(t)}` : 'this `(` is not closed',
        t ? t.start : open
      )
    }
  }
}

const ADDITIVE = new Set(['+', '-', '.'])
const MULTIPLICATIVE = new Set(['*', '/', '%'])

// ---------------------------------------------------------------------------------------
// Boolean reading

export interface EvalHooks {
  text: string
  pred(
    field: string,
    op: Op,
    value: string | null,
    offset: number,
    caseSensitive: boolean,
    flags?: string
  ): Predicate
  opaque(text: string, reason: string, offset: number): OpaqueExpr
}

/** The IR reading of a `where` expression. */
export function evalToExpr(node: ENode, h: EvalHooks): Expr {
  switch (node.k) {
    case 'bin':
      if (node.op === 'AND' || node.op === 'OR') {
        const kind = node.op === 'AND' ? 'and' : 'or'
        const children: Expr[] = []
        for (const side of [node.l, node.r]) {
          const e = evalToExpr(side, h)
          if (e.kind === kind) children.push(...e.children)
          else children.push(e)
        }
        return { kind, children }
      }
      if (COMPARISONS.has(node.op)) return comparison(node.op, node.l, node.r, node, h)
      if (node.op === 'LIKE') return like(node.l, node.r, node, h)
      return opaque(node, h, 'an eval expression that is not a condition on a field')
    case 'not':
      return { kind: 'not', child: evalToExpr(node.x, h) }
    case 'in':
      return inList(node.x, node.list, node, h)
    case 'call':
      return call(node, h)
    case 'other':
      return opaque(node, h, node.reason)
    default:
      return opaque(node, h, 'an eval expression that is not a condition on a field')
  }
}

function opaque(node: ENode, h: EvalHooks, reason: string): OpaqueExpr {
  return h.opaque(h.text.slice(node.start, node.end), reason, node.start)
}

function isLiteral(n: ENode): n is Extract<ENode, { k: 'num' | 'str' }> {
  return n.k === 'num' || n.k === 'str'
}

function literalValue(n: Extract<ENode, { k: 'num' | 'str' }>): string {
  return n.k === 'num' ? n.text : n.value
}

const FLIPPED: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' }
const ORDER_OPS: Record<string, Op> = { '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' }

function comparison(op: string, l: ENode, r: ENode, node: ENode, h: EvalHooks): Expr {
  if (l.k === 'field' && r.k === 'field') {
    if (op === '=' || op === '==') return h.pred(l.name, 'fieldref', r.name, r.start, true)
    if (op === '!=' || op === '<>')
      return { kind: 'not', child: h.pred(l.name, 'fieldref', r.name, r.start, true) }
    return opaque(node, h, 'an order comparison of two fields')
  }
  let field = l
  let lit = r
  if (isLiteral(l) && r.k === 'field') {
    field = r
    lit = l
    op = FLIPPED[op] ?? op
  }
  if (field.k !== 'field' || !isLiteral(lit))
    return opaque(node, h, 'a comparison that is not between a field and a value')
  const value = literalValue(lit)
  if (op === '=' || op === '==') return h.pred(field.name, 'eq', value, lit.start, true)
  if (op === '!=' || op === '<>')
    return { kind: 'not', child: h.pred(field.name, 'eq', value, lit.start, true) }
  return h.pred(field.name, ORDER_OPS[op], value, lit.start, true)
}

/** `like` patterns: `%` any run, `_` one character. */
function like(f: ENode, p: ENode, node: ENode, h: EvalHooks): Expr {
  if (f.k !== 'field' || p.k !== 'str')
    return opaque(node, h, 'a like() that is not a field against a string')
  const parts: PatternPart[] = []
  let lit = ''
  for (const c of p.value) {
    if (c === '%' || c === '_') {
      if (lit) parts.push({ lit })
      lit = ''
      parts.push(c === '%' ? '*' : '?')
    } else lit += c
  }
  if (lit) parts.push({ lit })
  const wild = parts.some(x => x === '*' || x === '?')
  return wild
    ? h.pred(f.name, 'wildcard', buildPattern(normalizeParts(parts)), p.start, true)
    : h.pred(f.name, 'eq', p.value, p.start, true)
}

function inList(x: ENode, list: ENode[], node: ENode, h: EvalHooks): Expr {
  if (x.k !== 'field' || list.length === 0 || !list.every(isLiteral))
    return opaque(node, h, 'an IN that is not a field against values')
  const children = list.map(
    v => h.pred(x.name, 'eq', literalValue(v as Extract<ENode, { k: 'num' | 'str' }>), v.start, true) as Expr
  )
  return children.length === 1 ? children[0] : { kind: 'or', children }
}

/** A leading inline flag group of the IR's flags, `(?i)`, `(?si)`: moved to `flags`. */
const INLINE_FLAGS = /^\(\?([ims]+)\)/

/** A regex with its leading inline flag group moved out: `(?i)x` → `x`, flags `i`. */
export function inlineFlags(value: string): { regex: string; flags: string } {
  const m = INLINE_FLAGS.exec(value)
  if (m === null) return { regex: value, flags: '' }
  return { regex: value.slice(m[0].length), flags: [...new Set(m[1])].sort().join('') }
}

function call(node: Extract<ENode, { k: 'call' }>, h: EvalHooks): Expr {
  const name = node.name.toLowerCase()
  const [a, b] = node.args
  const n = node.args.length
  switch (name) {
    case 'like':
      if (n === 2) return like(a, b, node, h)
      break
    case 'match':
      if (n === 2 && a.k === 'field' && b.k === 'str') {
        const { regex, flags } = inlineFlags(b.value)
        return h.pred(a.name, 'regex', regex, b.start, !flags.includes('i'), flags || undefined)
      }
      break
    case 'isnull':
    case 'isnotnull':
      if (n === 1 && a.k === 'field')
        return h.pred(a.name, name === 'isnull' ? 'null' : 'exists', null, a.start, true)
      break
    case 'cidrmatch':
      if (n === 2 && a.k === 'str' && b.k === 'field') return h.pred(b.name, 'cidr', a.value, a.start, true)
      break
    case 'in':
      if (n >= 2) return inList(a, node.args.slice(1), node, h)
      break
  }
  return opaque(node, h, `${node.name}() is not read as a condition`)
}
