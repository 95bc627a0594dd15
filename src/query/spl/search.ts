/**
 * The search language: the implicit first `search`, `| search`, and the `where` clause of
 * `tstats`/`mstats`, read into a tree of predicates.
 *
 * Grammar (Splunk evaluates NOT, then OR, then AND — OR binds tighter than AND here, unlike
 * in `where`; boolean operators count only in uppercase):
 *
 *   expr    := orExpr ( [AND] orExpr )*          implicit AND between terms
 *   orExpr  := notExpr ( OR notExpr )*
 *   notExpr := NOT notExpr | primary
 *   primary := '(' expr ')' | term
 *   term    := field op value | field IN '(' value (','? value)* ')'
 *            | TERM(value) | CASE(value) | value | [subsearch] | `macro`
 *
 * A value is a quoted string or a bare word, glued to whatever follows it without a space
 * (`*--type=renderer*`, `foo(1).exe`). Values match case-insensitively; `*` is a wildcard,
 * quoted or not, and cannot be escaped; `?` is a literal character.
 *
 * | written            | tree                                                         |
 * |--------------------|--------------------------------------------------------------|
 * | `f=v`              | `eq v` (`wildcard` when v has `*`, `exists` for `f=*`, `cidr` for `f=10.0.0.0/8`) |
 * | `f!=v`             | `not(eq v)`: Splunk also requires `f` to exist, which `NOT f=v` does not; the tree does not keep that difference |
 * | `f<v` `f<=v` ...   | `lt`, `lte`, `gt`, `gte`                                     |
 * | `f IN (a, b*)`     | `or(eq a, wildcard b*)`                                      |
 * | `word`, `"a b"`    | `keyword` (field null); `*` alone matches every event         |
 * | `CASE(w)`          | a case-sensitive keyword; `TERM(w)` a keyword                 |
 * | `index=`, `source=`, `sourcetype=`, `eventtype=`, `Channel=` | data-source selectors: kept out of the tree (the caller records them) |
 * | `earliest=-1h`, `starthoursago=2` ... | time modifiers: kept out of the tree                |
 * | `[subsearch]`, an unexpanded `` `macro` `` | `opaque`                              |
 *
 * Syntax errors are reported and read past: a stray `)` is skipped, a missing `)` is
 * assumed, a comparison without a value becomes an opaque node.
 */
import type { Expr, Op, OpaqueExpr, Predicate } from '../../ir.js'
import { buildPattern, type PatternPart } from '../../wildcard.js'
import { stringValue, unescapeSpl, type SearchToken } from './lexer.js'
import { TooDeep } from '../cursor.js'
import { MAX_QUERY_DEPTH } from '../depth.js'

/** The parsed tree, before data-source selectors and `*` are folded away by `lowerSearch`. */
export type SNode =
  | { k: 'leaf'; expr: Predicate | OpaqueExpr }
  | { k: 'and' | 'or'; items: SNode[] }
  | { k: 'not'; item: SNode }
  /** `*`: every event. */
  | { k: 'all' }
  /** A data-source selector (`sourcetype=...`), or a time modifier (`earliest=-1h`: `time`). */
  | { k: 'meta'; pred: Predicate; time?: true }

/** What the search parser needs from its caller. */
export interface SearchHooks {
  /** The expanded search text the tokens index. */
  text: string
  /** A predicate with its value at `offset` of the expanded text. */
  pred(field: string | null, op: Op, value: string | null, offset: number, caseSensitive: boolean): Predicate
  opaque(text: string, reason: string, offset: number): OpaqueExpr
  /** A syntax error at `offset`. */
  error(offset: number, message: string): void
  /** A `spl/lowercase-operator` warning. */
  lowercaseOperator(offset: number, word: string): void
  /** A `spl/too-deep` error: nesting past `MAX_QUERY_DEPTH` at `offset`. */
  tooDeep(offset: number): void
}

/** An IPv4 or IPv6 range: the search command matches `ip=10.0.0.0/8` by CIDR. */
const CIDR = /^(?:\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}|[0-9a-f:]*:[0-9a-f:.]*\/\d{1,3})$/i

/** Fields that choose the data rather than test it. */
export const SELECTOR_FIELDS: ReadonlySet<string> = new Set([
  'index',
  'source',
  'sourcetype',
  'eventtype',
  'channel'
])

/** Time modifiers: they set the time range, not a condition (dropped, not recorded). */
const TIME_MODIFIERS: ReadonlySet<string> = new Set([
  'earliest',
  'latest',
  '_index_earliest',
  '_index_latest',
  'starttime',
  'endtime',
  'starttimeu',
  'endtimeu',
  'startdaysago',
  'enddaysago',
  'starthoursago',
  'endhoursago',
  'startminutesago',
  'endminutesago',
  'startmonthsago',
  'endmonthsago',
  'searchtimespandays',
  'searchtimespanhours',
  'searchtimespanminutes',
  'searchtimespanmonths',
  'timeformat'
])

/** Reads `tokens` (a whole search expression) into a tree; null when there is nothing. */
export function parseSearch(tokens: readonly SearchToken[], hooks: SearchHooks): SNode | null {
  const p = new SearchParser(tokens, hooks)
  try {
    return p.parseAll()
  } catch (err) {
    if (!(err instanceof TooDeep)) throw err
    // Nothing of a search nested this deep is read: one opaque piece, so no check judges it.
    hooks.tooDeep(err.start)
    const first = tokens[0]
    const last = tokens[tokens.length - 1]
    return {
      k: 'leaf',
      expr: hooks.opaque(hooks.text.slice(first.start, last.end), 'nested too deep', first.start)
    }
  }
}

class SearchParser {
  private i = 0
  private depth = 0

  constructor(
    private readonly toks: readonly SearchToken[],
    private readonly h: SearchHooks
  ) {}

  parseAll(): SNode | null {
    const items: SNode[] = []
    while (this.i < this.toks.length) {
      const node = this.parseAnd()
      if (node) items.push(node)
      const t = this.peek()
      if (t?.kind === 'rparen') {
        this.h.error(t.start, 'this `)` closes no `(`; it is skipped')
        this.i++
      }
    }
    return items.length === 0 ? null : items.length === 1 ? items[0] : { k: 'and', items }
  }

  private peek(k = 0): SearchToken | undefined {
    return this.toks[this.i + k]
  }

  private text(t: SearchToken): string {
    return this.h.text.slice(t.start, t.end)
  }

  private isWord(t: SearchToken | undefined, word: string): boolean {
    return t !== undefined && t.kind === 'word' && t.end - t.start === word.length && this.text(t) === word
  }

  /** A conjunction, up to a `)` or the end. */
  private parseAnd(): SNode | null {
    const items: SNode[] = []
    for (;;) {
      const t = this.peek()
      if (t === undefined || t.kind === 'rparen') break
      if (this.isWord(t, 'AND')) {
        this.i++
        const n = this.peek()
        if (items.length === 0 || n === undefined || n.kind === 'rparen' || this.isWord(n, 'AND'))
          this.h.error(t.start, '`AND` needs a condition on each side')
        continue
      }
      if (this.isWord(t, 'OR')) {
        this.h.error(t.start, '`OR` needs a condition on each side')
        this.i++
        continue
      }
      const item = this.parseOr()
      if (item) items.push(item)
    }
    return items.length === 0 ? null : items.length === 1 ? items[0] : { k: 'and', items }
  }

  private parseOr(): SNode | null {
    const first = this.parseNot()
    const items: SNode[] = first ? [first] : []
    while (this.isWord(this.peek(), 'OR')) {
      const or = this.peek() as SearchToken
      this.i++
      const next = this.parseNot()
      if (next === null || items.length === 0) this.h.error(or.start, '`OR` needs a condition on each side')
      if (next) items.push(next)
    }
    return items.length === 0 ? null : items.length === 1 ? items[0] : { k: 'or', items }
  }

  private parseNot(): SNode | null {
    const t = this.peek()
    if (this.isWord(t, 'NOT')) {
      this.i++
      const inner = this.nested(t as SearchToken, () => this.parseNot())
      if (inner === null) {
        this.h.error((t as SearchToken).start, '`NOT` needs a condition after it')
        return null
      }
      return { k: 'not', item: inner }
    }
    return this.parsePrimary()
  }

  /** `parse` one level deeper; past `MAX_QUERY_DEPTH` the whole search is given up. */
  private nested<T>(t: SearchToken, parse: () => T): T {
    if (++this.depth > MAX_QUERY_DEPTH) throw new TooDeep(t.start)
    try {
      return parse()
    } finally {
      this.depth--
    }
  }

  private parsePrimary(): SNode | null {
    const t = this.peek()
    if (t === undefined || t.kind === 'rparen') return null
    switch (t.kind) {
      case 'lparen': {
        this.i++
        const inner = this.nested(t, () => this.parseAnd())
        if (this.peek()?.kind === 'rparen') this.i++
        else this.h.error(t.start, 'this `(` is not closed')
        if (inner === null) this.h.error(t.start, '`()` holds no condition')
        return inner
      }
      case 'subsearch':
        this.i++
        return this.leaf(this.h.opaque(this.text(t), 'a subsearch is not read', t.start))
      case 'macro':
        this.i++
        return this.leaf(this.h.opaque(this.text(t), 'a macro that could not be expanded', t.start))
      case 'comma':
        this.i++ // a stray comma separates nothing: skipped
        return null
      case 'op': {
        this.i++
        const value = this.glue(false)
        this.h.error(t.start, `\`${this.text(t)}\` has no field before it`)
        const end = value ? value.end : t.end
        return this.leaf(
          this.h.opaque(this.h.text.slice(t.start, end), 'a comparison without a field', t.start)
        )
      }
      default:
        return this.parseTerm()
    }
  }

  private leaf(expr: Predicate | OpaqueExpr): SNode {
    return { k: 'leaf', expr }
  }

  private parseTerm(): SNode | null {
    const t = this.peek() as SearchToken
    const next = this.peek(1)
    if (next?.kind === 'op') {
      this.i += 2
      return this.comparison(t, next)
    }
    if (
      (t.kind === 'word' || t.kind === 'string') &&
      this.isWord(next, 'IN') &&
      this.peek(2)?.kind === 'lparen'
    ) {
      this.i += 3
      return this.inList(t, this.toks[this.i - 1])
    }
    if (t.kind === 'word' && next?.kind === 'lparen' && !next.spaced) {
      const w = this.text(t).toUpperCase()
      if (w === 'TERM' || w === 'CASE') {
        this.i += 2
        return this.termOrCase(w, next)
      }
    }
    const value = this.glue(false) as Glued
    const raw = this.h.text.slice(value.start, value.end)
    // Only all-uppercase operators count: `or`, `Or` and `oR` are all words.
    const upper = raw.toUpperCase()
    if (t.kind === 'word' && raw !== upper && (upper === 'AND' || upper === 'OR' || upper === 'NOT'))
      this.h.lowercaseOperator(t.start, raw)
    if (t.kind === 'word' && raw !== upper && upper === 'IN' && this.peek()?.kind === 'lparen')
      this.h.lowercaseOperator(t.start, raw)
    const parts = valueParts(value, this.h.text)
    if (isAll(parts)) return { k: 'all' }
    return this.leaf(this.h.pred(null, 'keyword', buildPattern(parts), value.start, false))
  }

  /**
   * Tokens glued to the one at the cursor (no space between them), consumed. A `(` opened
   * in the value carries it over spaces up to its `)` (`relative_time(now(), "-1d")`);
   * when no `)` comes, the value ends at its first space.
   */
  private glue(list: boolean): Glued | null {
    const first = this.peek()
    if (first === undefined || (first.kind !== 'word' && first.kind !== 'string')) return null
    const pieces: SearchToken[] = [first]
    this.i++
    let depth = 0
    let fallback: { i: number; length: number } | null = null
    for (;;) {
      const t = this.peek()
      if (t === undefined || (t.spaced && depth === 0) || !this.glues(t, depth, list)) break
      if (t.spaced && fallback === null) fallback = { i: this.i, length: pieces.length }
      if (t.kind === 'lparen') depth++
      else if (t.kind === 'rparen') depth--
      pieces.push(t)
      this.i++
    }
    if (depth > 0 && fallback !== null) {
      this.i = fallback.i
      pieces.length = fallback.length
    }
    return { start: first.start, end: pieces[pieces.length - 1].end, pieces }
  }

  private glues(t: SearchToken, depth: number, list: boolean): boolean {
    switch (t.kind) {
      case 'word':
      case 'string':
      case 'op':
      case 'lparen':
        return true
      case 'rparen':
        return depth > 0
      case 'comma':
        return !list || depth > 0
      default:
        return false
    }
  }

  private fieldName(t: SearchToken): string {
    return t.kind === 'string' ? stringValue(this.h.text, t) : unescapeSpl(this.text(t))
  }

  private comparison(fieldTok: SearchToken, opTok: SearchToken): SNode {
    const op = this.text(opTok)
    const v = this.peek()
    const missing =
      v === undefined ||
      (v.kind !== 'word' && v.kind !== 'string') ||
      (v.spaced && v.kind === 'word' && ['AND', 'OR', 'NOT'].includes(this.text(v)))
    const value = missing ? null : this.glue(false)
    if (value === null) {
      this.h.error(opTok.start, `\`${this.text(fieldTok)}${op}\` has no value after it`)
      return this.leaf(
        this.h.opaque(
          this.h.text.slice(fieldTok.start, opTok.end),
          'a comparison without a value',
          fieldTok.start
        )
      )
    }
    if (fieldTok.kind !== 'word' && fieldTok.kind !== 'string') {
      this.h.error(fieldTok.start, `a field name cannot be ${this.text(fieldTok)}`)
      return this.leaf(
        this.h.opaque(
          this.h.text.slice(fieldTok.start, value.end),
          'a comparison without a field',
          fieldTok.start
        )
      )
    }
    const field = this.fieldName(fieldTok)
    const parts = valueParts(value, this.h.text)
    let node: SNode
    if (op === '=' || op === '==' || op === '!=') {
      node = this.match(field, parts, value.start)
      if (op === '!=') node = { k: 'not', item: node }
    } else {
      const cmp: Op = op === '<' ? 'lt' : op === '<=' ? 'lte' : op === '>' ? 'gt' : 'gte'
      node = this.leaf(this.h.pred(field, cmp, literal(parts), value.start, false))
    }
    return node
  }

  /** `field=value`: exists, eq, wildcard or cidr; a selector when the field chooses the data. */
  private match(field: string, parts: PatternPart[], offset: number): SNode {
    const pred = isAll(parts)
      ? this.h.pred(field, 'exists', null, offset, false)
      : parts.some(p => p === '*')
        ? this.h.pred(field, 'wildcard', buildPattern(parts), offset, false)
        : CIDR.test(literal(parts))
          ? this.h.pred(field, 'cidr', literal(parts), offset, false)
          : this.h.pred(field, 'eq', literal(parts), offset, false)
    const lower = field.toLowerCase()
    if (TIME_MODIFIERS.has(lower)) return { k: 'meta', pred, time: true }
    return SELECTOR_FIELDS.has(lower) ? { k: 'meta', pred } : this.leaf(pred)
  }

  private inList(fieldTok: SearchToken, open: SearchToken): SNode | null {
    const field = this.fieldName(fieldTok)
    const items: SNode[] = []
    for (;;) {
      const t = this.peek()
      if (t === undefined) {
        this.h.error(open.start, 'this `(` of `IN` is not closed')
        break
      }
      if (t.kind === 'rparen') {
        this.i++
        break
      }
      if (t.kind === 'comma') {
        this.i++
        continue
      }
      const value = this.glue(true)
      if (value === null) {
        this.h.error(t.start, `\`IN\` takes values, not ${quoteToken(this.text(t))}`)
        this.i++
        continue
      }
      items.push(this.match(field, valueParts(value, this.h.text), value.start))
    }
    if (items.length === 0) {
      this.h.error(fieldTok.start, '`IN ()` lists no value')
      return this.leaf(
        this.h.opaque(this.h.text.slice(fieldTok.start, open.end), 'an empty IN list', fieldTok.start)
      )
    }
    return items.length === 1 ? items[0] : { k: 'or', items }
  }

  private termOrCase(word: 'TERM' | 'CASE', open: SearchToken): SNode | null {
    const value = this.glue(false)
    if (this.peek()?.kind === 'rparen') this.i++
    else this.h.error(open.start, `this \`(\` of \`${word}\` is not closed`)
    if (value === null) {
      this.h.error(open.start, `\`${word}()\` holds no value`)
      return null
    }
    const parts = valueParts(value, this.h.text)
    return this.leaf(this.h.pred(null, 'keyword', buildPattern(parts), value.start, word === 'CASE'))
  }
}

interface Glued {
  start: number
  end: number
  pieces: SearchToken[]
}

function quoteToken(text: string): string {
  return '`' + text.replace(/`/g, "'") + '`'
}

/** A value's decoded text as pattern parts: every `*` is a wildcard. */
function valueParts(value: Glued, text: string): PatternPart[] {
  const parts: PatternPart[] = []
  let lit = ''
  let prev = value.start
  for (const t of value.pieces) {
    lit += text.slice(prev, t.start) // the spaces inside a parenthesised value
    prev = t.end
    const decoded =
      t.kind === 'string'
        ? stringValue(text, t)
        : t.kind === 'word'
          ? unescapeSpl(text.slice(t.start, t.end))
          : text.slice(t.start, t.end)
    for (const c of decoded) {
      if (c === '*') {
        if (lit) parts.push({ lit })
        lit = ''
        if (parts[parts.length - 1] !== '*') parts.push('*')
      } else lit += c
    }
  }
  if (lit) parts.push({ lit })
  return parts
}

/** Only `*`: matches everything (`f=*`: the field exists). */
function isAll(parts: readonly PatternPart[]): boolean {
  return parts.length === 1 && parts[0] === '*'
}

/** The literal text of parts (a `*` kept as is: no wildcard in comparisons). */
function literal(parts: readonly PatternPart[]): string {
  return parts.map(p => (typeof p === 'object' ? p.lit : p)).join('')
}

// ---------------------------------------------------------------------------------------
// Lowering: selectors and `*` folded away

/** True when `node` only selects data (selectors, and/or/not of them). */
function onlySelectors(node: SNode): boolean {
  switch (node.k) {
    case 'meta':
      return true
    case 'and':
    case 'or':
      return node.items.every(onlySelectors)
    case 'not':
      return onlySelectors(node.item)
    default:
      return false
  }
}

function collectSelectors(node: SNode, out: Predicate[], negated: boolean): void {
  if (node.k === 'meta') {
    if (!negated && !node.time) out.push(node.pred)
  } else if (node.k === 'and' || node.k === 'or')
    for (const c of node.items) collectSelectors(c, out, negated)
  else if (node.k === 'not') collectSelectors(node.item, out, !negated)
}

/**
 * The IR tree of a parsed search: null when it matches every event. Subtrees made only of
 * data-source selectors are removed and their (positive) selectors pushed to `selectors`;
 * a selector that sits in an OR with real conditions stays a predicate.
 */
export function lowerSearch(node: SNode, selectors: Predicate[]): Expr | null {
  if (onlySelectors(node)) {
    collectSelectors(node, selectors, false)
    return null
  }
  switch (node.k) {
    case 'leaf':
      return node.expr
    case 'meta':
      return node.pred
    case 'all':
      return null
    case 'not': {
      const inner = lowerSearch(node.item, selectors)
      if (inner === null)
        return { kind: 'opaque', text: 'NOT *', reason: 'matches no event', pos: firstPos(node.item) }
      return { kind: 'not', child: inner }
    }
    case 'and': {
      const children: Expr[] = []
      for (const c of node.items) {
        const e = lowerSearch(c, selectors)
        if (e === null) continue
        if (e.kind === 'and') children.push(...e.children)
        else children.push(e)
      }
      return children.length === 0 ? null : children.length === 1 ? children[0] : { kind: 'and', children }
    }
    case 'or': {
      const children: Expr[] = []
      for (const c of node.items) {
        // In a mixed OR a selector is a condition like any other.
        const e = onlySelectors(c) ? selectorExpr(c) : lowerSearch(c, selectors)
        if (e === null) return null // OR with something that matches everything
        if (e.kind === 'or') children.push(...e.children)
        else children.push(e)
      }
      return children.length === 1 ? children[0] : { kind: 'or', children }
    }
  }
}

/** Selectors kept as predicates. */
function selectorExpr(node: SNode): Expr {
  switch (node.k) {
    case 'meta':
      return node.pred
    case 'not':
      return { kind: 'not', child: selectorExpr(node.item) }
    case 'and':
    case 'or':
      return { kind: node.k, children: node.items.map(selectorExpr) }
    default:
      return { kind: 'opaque', text: '', reason: 'not a selector', pos: firstPos(node) }
  }
}

function firstPos(node: SNode): { line: number; column: number } {
  switch (node.k) {
    case 'leaf':
      return node.expr.pos
    case 'meta':
      return node.pred.pos
    case 'and':
    case 'or':
      return node.items.length > 0 ? firstPos(node.items[0]) : { line: 1, column: 1 }
    case 'not':
      return firstPos(node.item)
    case 'all':
      return { line: 1, column: 1 }
  }
}
