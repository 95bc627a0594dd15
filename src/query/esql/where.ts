/**
 * ES|QL boolean expressions (a `WHERE` clause) → IR. Recursive descent over `lexer.ts`
 * tokens, after Elasticsearch's `Expression.g4`:
 *
 *   bool     := or
 *   or       := and ('OR' and)*
 *   and      := not ('AND' not)*
 *   not      := 'NOT' not | test
 *   test     := value ( 'NOT'? 'IN' '(' value (',' value)* ')'
 *                     | 'NOT'? ('LIKE' | 'RLIKE') (string | '(' string (',' string)* ')')
 *                     | 'IS' 'NOT'? 'NULL'
 *                     | ('==' | '!=' | '=~' | '<' | '<=' | '>' | '>=') value
 *                     | ':' value )?
 *   value    := sum;  sum := product (('+'|'-') product)*;  product := sign (('*'|'/'|'%') sign)*
 *   sign     := ('+'|'-') sign | cast;  cast := primary ('::' type)*
 *   primary  := constant | name | name '(' args ')' | '(' bool ')' | '[' constants ']' | '{' map '}'
 *
 * What becomes a predicate: a field compared with a constant (`==`, `!=`, `=~`, `<`, `<=`,
 * `>`, `>=`, in either order), `IN`, `LIKE`, `RLIKE`, `IS [NOT] NULL`; two fields compared
 * with `==`/`!=` (`fieldref`); a bare field (`WHERE flag`: `flag == true`); `STARTS_WITH`,
 * `ENDS_WITH`, `CONTAINS` (wildcards), `CIDR_MATCH` (cidr), `MV_CONTAINS` (eq) on a field;
 * `true IN (c1, c2)` (c1 or c2); `KQL("...")` and `QSTR("...")`, parsed with the KQL and Lucene
 * parsers (positions map through the string's escapes). The field may be cast (`::type`, or a
 * conversion function such as `TO_STRING(f)`: they change a value's type, not which events
 * match) or case-folded (`TO_LOWER(f)`, `TO_UPPER(f)`: see `index.ts`).
 * Everything else is kept as an `opaque` node with its text.
 *
 * Errors throw `EsqlSyntaxError`; the caller (`index.ts`) recovers per `AND` conjunct.
 */
import type { Diagnostic, Expr, Op, Predicate } from '../../ir.js'
import { predicates } from '../../ir.js'
import { andFlat, orFlat } from '../../expr.js'
import { quote } from '../../text.js'
import {
  buildPattern,
  escapeLiteral,
  hasWildcard,
  literalText,
  normalizeParts,
  parsePattern
} from '../../wildcard.js'
import { MATCH_ALL, parseKql } from '../kql/index.js'
import { parseLucene } from '../lucene/index.js'
import { innerSource, queryDiagnostic } from '../source.js'
import type { QuerySource } from '../source.js'
import { decodeString } from './lexer.js'
import type { Token } from './lexer.js'
import { MAX_QUERY_DEPTH } from '../depth.js'

export class EsqlSyntaxError {
  constructor(
    readonly message: string,
    readonly offset: number,
    readonly code: 'esql/syntax' | 'esql/too-deep' = 'esql/syntax'
  ) {}
}

const MAX_DEPTH = MAX_QUERY_DEPTH

type Case = 'lower' | 'upper' | null

type Node =
  | { kind: 'field'; name: string; start: number; end: number }
  | {
      kind: 'const'
      type: 'string' | 'number' | 'bool' | 'null' | 'other'
      value: string
      start: number
      end: number
    }
  | { kind: 'call'; name: string; args: Node[]; start: number; end: number }
  | { kind: 'bool'; expr: Expr | null; start: number; end: number }
  | { kind: 'other'; start: number; end: number }

const COMPARISONS: Record<string, Op> = {
  '<': 'lt',
  '<=': 'lte',
  '>': 'gt',
  '>=': 'gte',
  '==': 'eq',
  '=~': 'eq',
  '!=': 'eq'
}
/** Type conversion functions: the function forms of `::type`. */
const CONVERSIONS = new Set([
  'TO_STRING',
  'TO_IP',
  'TO_INTEGER',
  'TO_INT',
  'TO_LONG',
  'TO_DOUBLE',
  'TO_DBL',
  'TO_UNSIGNED_LONG',
  'TO_UL',
  'TO_ULONG',
  'TO_BOOLEAN',
  'TO_BOOL',
  'TO_VERSION',
  'TO_VER',
  'TO_DATETIME',
  'TO_DT'
])

const FLIPPED: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' }

export interface WhereContext {
  source: QuerySource
  /** Is this field computed by the query (EVAL, DISSECT, GROK, RENAME, ...)? */
  isDerived(field: string): boolean
}

export class WhereParser {
  private i = 0
  private depth = 0
  /** Diagnostics of this parse (kept by the caller only when the parse succeeds). */
  readonly diagnostics: Diagnostic[] = []

  constructor(
    private readonly ctx: WhereContext,
    private readonly tokens: Token[]
  ) {}

  /** Parses the whole token list as one boolean expression. */
  parse(): Expr | null {
    const node = this.or()
    const t = this.peek()
    if (t.type !== 'eof')
      throw new EsqlSyntaxError(`expected AND, OR or the end of the clause, found ${describe(t)}`, t.start)
    return this.toBool(node)
  }

  // -- tokens ----------------------------------------------------------------------------

  private peek(k = 0): Token {
    return this.tokens[Math.min(this.i + k, this.tokens.length - 1)]
  }

  private next(): Token {
    const t = this.peek()
    if (this.i < this.tokens.length - 1) this.i++
    return t
  }

  private isWord(t: Token, word: string): boolean {
    return t.type === 'ident' && t.value.length === word.length && t.value.toUpperCase() === word
  }

  private isOp(t: Token, op: string): boolean {
    return t.type === 'op' && t.value === op
  }

  private expect(type: Token['type'], what: string): Token {
    const t = this.peek()
    if (t.type !== type) throw new EsqlSyntaxError(`expected ${what}, found ${describe(t)}`, t.start)
    return this.next()
  }

  private enter(t: Token): void {
    if (++this.depth > MAX_DEPTH)
      throw new EsqlSyntaxError(
        `the expression nests deeper than ${MAX_DEPTH} levels`,
        t.start,
        'esql/too-deep'
      )
  }

  private text(start: number, end: number): string {
    return this.ctx.source.text.slice(start, end)
  }

  // -- boolean level ---------------------------------------------------------------------

  private or(): Node {
    const first = this.and()
    if (!this.isWord(this.peek(), 'OR')) return first
    const children: Expr[] = []
    push(children, this.toBool(first))
    let end = first.end
    while (this.isWord(this.peek(), 'OR')) {
      this.next()
      const n = this.and()
      push(children, this.toBool(n))
      end = n.end
    }
    return { kind: 'bool', expr: children.length === 0 ? null : orFlat(children), start: first.start, end }
  }

  private and(): Node {
    const first = this.not()
    if (!this.isWord(this.peek(), 'AND')) return first
    const children: Expr[] = []
    push(children, this.toBool(first))
    let end = first.end
    while (this.isWord(this.peek(), 'AND')) {
      this.next()
      const n = this.not()
      push(children, this.toBool(n))
      end = n.end
    }
    return { kind: 'bool', expr: children.length === 0 ? null : andFlat(children), start: first.start, end }
  }

  private not(): Node {
    const t = this.peek()
    if (!this.isWord(t, 'NOT')) return this.test()
    this.next()
    this.enter(t)
    const child = this.not()
    this.depth--
    const e = this.toBool(child)
    return { kind: 'bool', expr: e ? { kind: 'not', child: e } : null, start: t.start, end: child.end }
  }

  private test(): Node {
    const left = this.value()
    const t = this.peek()
    if (t.type === 'op' && t.value in COMPARISONS) return this.compare(left)
    if (this.isOp(t, ':')) {
      this.next()
      const right = this.value()
      return this.bool(this.opaque(left.start, right.end, 'full-text match'), left.start, right.end)
    }
    let negated = false
    if (this.isWord(t, 'NOT') && ['IN', 'LIKE', 'RLIKE'].some(w => this.isWord(this.peek(1), w))) {
      this.next()
      negated = true
    }
    const kw = this.peek()
    let e: Expr | null
    if (this.isWord(kw, 'IN')) {
      this.next()
      e = this.inList(left)
    } else if (this.isWord(kw, 'LIKE') || this.isWord(kw, 'RLIKE')) {
      this.next()
      e = this.like(left, kw.value.toUpperCase() === 'RLIKE')
    } else if (this.isWord(kw, 'IS')) {
      this.next()
      const not = this.isWord(this.peek(), 'NOT')
      if (not) this.next()
      const nul = this.peek()
      if (!this.isWord(nul, 'NULL'))
        throw new EsqlSyntaxError(
          `expected NULL after IS${not ? ' NOT' : ''}, found ${describe(nul)}`,
          nul.start
        )
      this.next()
      e = this.nullTest(left, not, nul.end)
    } else return left
    const end = this.tokens[this.i - 1].end
    if (negated && e) e = { kind: 'not', child: e }
    return this.bool(e, left.start, end)
  }

  /** A value, or a comparison (an `IN` list item may be one: `true IN (a == 1, b == 2)`). */
  private valueOrComparison(): Node {
    const left = this.value()
    const t = this.peek()
    return t.type === 'op' && t.value in COMPARISONS ? this.compare(left) : left
  }

  private compare(left: Node): Node {
    const op = this.next().value
    const right = this.value()
    return this.bool(this.comparison(left, op, right), left.start, right.end)
  }

  private bool(expr: Expr | null, start: number, end: number): Node {
    return { kind: 'bool', expr, start, end }
  }

  /** A node in a boolean position: a test, or a value such as a function call. */
  private toBool(node: Node): Expr | null {
    switch (node.kind) {
      case 'bool':
        return node.expr
      case 'call':
        return this.callExpr(node)
      case 'field':
        // `WHERE flag` is `WHERE flag == true`.
        return this.pred(node.name, 'eq', 'true', true, node.start)
      default:
        return this.opaque(node.start, node.end, 'expression')
    }
  }

  // -- values ----------------------------------------------------------------------------

  private value(): Node {
    let left = this.product()
    while (this.isOp(this.peek(), '+') || this.isOp(this.peek(), '-')) {
      this.next()
      const right = this.product()
      left = { kind: 'other', start: left.start, end: right.end }
    }
    return left
  }

  private product(): Node {
    let left = this.sign()
    while (this.isOp(this.peek(), '*') || this.isOp(this.peek(), '/') || this.isOp(this.peek(), '%')) {
      this.next()
      const right = this.sign()
      left = { kind: 'other', start: left.start, end: right.end }
    }
    return left
  }

  private sign(): Node {
    const t = this.peek()
    if (this.isOp(t, '-') || this.isOp(t, '+')) {
      this.next()
      this.enter(t)
      const inner = this.sign()
      this.depth--
      if (inner.kind === 'const' && inner.type === 'number')
        return { ...inner, value: t.value === '-' ? negate(inner.value) : inner.value, start: t.start }
      return { kind: 'other', start: t.start, end: inner.end }
    }
    return this.cast()
  }

  private cast(): Node {
    let node = this.primary()
    while (this.isOp(this.peek(), '::')) {
      this.next()
      const type = this.expect('ident', 'a type name after `::`')
      // A cast keeps a field a field (`process.pid::string == "4"` compares the field).
      node =
        node.kind === 'field'
          ? { ...node, end: type.end }
          : { kind: 'other', start: node.start, end: type.end }
    }
    return node
  }

  private primary(): Node {
    const t = this.peek()
    switch (t.type) {
      case 'string':
        this.next()
        return { kind: 'const', type: 'string', value: t.value, start: t.start, end: t.end }
      case 'number': {
        this.next()
        // `9 minutes`: a time span.
        const unit = this.peek()
        if (unit.type === 'ident' && !isKeyword(unit.value)) {
          this.next()
          return {
            kind: 'const',
            type: 'other',
            value: this.text(t.start, unit.end),
            start: t.start,
            end: unit.end
          }
        }
        return { kind: 'const', type: 'number', value: t.value, start: t.start, end: t.end }
      }
      case 'param':
        this.next()
        return { kind: 'const', type: 'other', value: t.value, start: t.start, end: t.end }
      case '(': {
        this.next()
        this.enter(t)
        const inner = this.or()
        this.depth--
        const close = this.expect(')', '`)` to close the `(`')
        return { ...inner, start: t.start, end: close.end }
      }
      case '[':
        return this.skipBalanced('[', ']')
      case '{':
        return this.skipBalanced('{', '}')
      case 'ident':
      case 'quoted-ident': {
        if (t.type === 'ident') {
          const upper = t.value.toUpperCase()
          if (upper === 'NULL' || upper === 'TRUE' || upper === 'FALSE') {
            this.next()
            return {
              kind: 'const',
              type: upper === 'NULL' ? 'null' : 'bool',
              value: t.value.toLowerCase(),
              start: t.start,
              end: t.end
            }
          }
          if (this.peek(1).type === '(') return this.call()
          if (isKeyword(t.value)) throw new EsqlSyntaxError(`expected a value, found ${describe(t)}`, t.start)
        }
        return this.name()
      }
      default:
        throw new EsqlSyntaxError(`expected a value, found ${describe(t)}`, t.start)
    }
  }

  /** A qualified name: `a.b.c`, parts possibly backquoted. */
  private name(): Node {
    const first = this.next()
    let name = first.value
    let end = first.end
    while (
      this.peek().type === '.' &&
      (this.peek(1).type === 'ident' || this.peek(1).type === 'quoted-ident')
    ) {
      this.next()
      const part = this.next()
      name += '.' + part.value
      end = part.end
    }
    return { kind: 'field', name, start: first.start, end }
  }

  private call(): Node {
    const nameTok = this.next()
    const open = this.next()
    this.enter(open)
    const args: Node[] = []
    if (this.isOp(this.peek(), '*')) {
      this.next()
    } else if (this.peek().type !== ')') {
      for (;;) {
        args.push(this.or())
        if (this.peek().type !== ',') break
        this.next()
      }
    }
    this.depth--
    const close = this.expect(')', `\`,\` or \`)\` in the arguments of ${nameTok.value}()`)
    return {
      kind: 'call',
      name: nameTok.value.toUpperCase(),
      args,
      start: nameTok.start,
      end: close.end
    }
  }

  /** A list `[...]` or a map `{...}`: kept as text. */
  private skipBalanced(open: '[' | '{', close: ']' | '}'): Node {
    const first = this.next()
    let depth = 1
    for (;;) {
      const t = this.next()
      if (t.type === 'eof') throw new EsqlSyntaxError(`this \`${open}\` is never closed`, first.start)
      if (t.type === open) depth++
      else if (t.type === close && --depth === 0) return { kind: 'other', start: first.start, end: t.end }
    }
  }

  // -- predicates ------------------------------------------------------------------------

  private comparison(left: Node, op: string, right: Node): Expr {
    let subject = this.subject(left)
    let value = constant(right)
    let valueNode = right
    if (!subject || value === null) {
      // `"x" == field`: the constant on the left.
      const flipped = this.subject(right)
      const v = constant(left)
      if (flipped && v !== null) {
        subject = flipped
        value = v
        valueNode = left
        op = FLIPPED[op] ?? op
      }
    }
    if ((op === '==' || op === '!=') && left.kind === 'field' && right.kind === 'field') {
      // Two fields: `fieldref`, derived when either is computed by the query.
      const p = this.pred(left.name, 'fieldref', right.name, true, right.start)
      if (this.ctx.isDerived(right.name)) p.derived = true
      return op === '!=' ? { kind: 'not', child: p } : p
    }
    if (!subject || value === null || valueNode.kind !== 'const' || valueNode.type === 'null')
      return this.opaque(left.start, right.end, 'comparison')
    const irOp = COMPARISONS[op]
    if (irOp !== 'eq' && subject.fold) return this.opaque(left.start, right.end, 'comparison')
    let caseSensitive = op !== '=~'
    if (subject.fold) {
      if (!this.foldable(value, subject.fold, valueNode.start))
        return this.opaque(left.start, right.end, 'never matches')
      caseSensitive = false
    }
    const p = this.pred(subject.field, irOp, value, caseSensitive, valueNode.start)
    return op === '!=' ? { kind: 'not', child: p } : p
  }

  private inList(left: Node): Expr | null {
    const open = this.expect('(', '`(` after IN')
    const items: Node[] = []
    if (this.peek().type !== ')')
      for (;;) {
        items.push(this.valueOrComparison())
        if (this.peek().type !== ',') break
        this.next()
      }
    const close = this.expect(')', '`,` or `)` in the IN list')
    if (left.kind === 'const' && left.type === 'bool' && left.value === 'true') {
      // `true IN (a, b)`: one of the conditions holds.
      const children: Expr[] = []
      for (const item of items) push(children, this.toBool(item))
      return children.length === 0 ? null : orFlat(children)
    }
    const subject = this.subject(left)
    if (!subject) return this.opaque(left.start, close.end, 'IN test')
    const children: Expr[] = []
    for (const item of items) {
      const v = constant(item)
      if (v === null || (item.kind === 'const' && item.type === 'null')) {
        children.push(this.opaque(item.start, item.end, 'IN item'))
        continue
      }
      if (subject.fold && !this.foldable(v, subject.fold, item.start)) {
        children.push(this.opaque(item.start, item.end, 'never matches'))
        continue
      }
      children.push(this.pred(subject.field, 'eq', v, !subject.fold, item.start))
    }
    if (children.length === 0) return this.opaque(open.start, close.end, 'empty IN list')
    return orFlat(children)
  }

  private like(left: Node, regex: boolean): Expr | null {
    const keyword = regex ? 'RLIKE' : 'LIKE'
    const patterns: Token[] = []
    const start = this.peek().start
    if (this.peek().type === '(') {
      this.next()
      for (;;) {
        patterns.push(this.expect('string', `a string in the ${keyword} list`))
        if (this.peek().type !== ',') break
        this.next()
      }
      this.expect(')', `\`,\` or \`)\` in the ${keyword} list`)
    } else patterns.push(this.expect('string', `a string after ${keyword}`))
    const subject = this.subject(left)
    const end = this.tokens[this.i - 1].end
    if (!subject) return this.opaque(left.start, end, `${keyword} test`)
    const children = patterns.map(t => (regex ? this.regexPred(subject, t) : this.likePred(subject, t)))
    return children.length === 0 ? this.opaque(start, end, keyword) : orFlat(children)
  }

  private likePred(subject: Subject, t: Token): Expr {
    const parts = parsePattern(t.value)
    if (hasInvalidLikeEscape(t.value))
      this.warn(
        t.start,
        'esql/invalid-pattern',
        `a backslash in a LIKE pattern must escape \`*\`, \`?\` or \`\\\`: ${quote(t.value)} is rejected by Elasticsearch`
      )
    const literal = literalText(parts.filter(p => typeof p === 'object'))
    if (subject.fold && !this.foldable(literal, subject.fold, t.start))
      return this.opaque(t.start, t.end, 'never matches')
    const caseSensitive = !subject.fold
    if (!hasWildcard(parts)) return this.pred(subject.field, 'eq', literalText(parts), caseSensitive, t.start)
    return this.pred(subject.field, 'wildcard', buildPattern(normalizeParts(parts)), caseSensitive, t.start)
  }

  private regexPred(subject: Subject, t: Token): Expr {
    if (subject.fold) {
      // Letters outside escapes (`\S`, `\W` are classes) must already be in the folded case.
      const letters = t.value.replace(/\\./g, '')
      const folded = subject.fold === 'lower' ? letters.toLowerCase() : letters.toUpperCase()
      if (folded !== letters)
        return this.opaque(t.start, t.end, 'regex in another case than the folded field')
    }
    return this.pred(subject.field, 'regex', t.value, !subject.fold, t.start)
  }

  private nullTest(left: Node, not: boolean, end: number): Expr {
    const subject = this.subject(left)
    if (!subject || subject.fold)
      return this.opaque(left.start, end, not ? 'IS NOT NULL test' : 'IS NULL test')
    return this.pred(subject.field, not ? 'exists' : 'null', null, false, left.start)
  }

  /**
   * What a test compares: a field, possibly cast (`::type` or a conversion function such as
   * `TO_STRING`, which change a value's type, not which events match), or `TO_LOWER(field)` /
   * `TO_UPPER(field)` (a case-insensitive comparison).
   */
  private subject(node: Node): Subject | null {
    if (node.kind === 'field') return { field: node.name, fold: null }
    if (node.kind !== 'call' || node.args.length !== 1) return null
    if (CONVERSIONS.has(node.name)) return this.subject(node.args[0])
    if (node.name === 'TO_LOWER' || node.name === 'TO_UPPER') {
      const inner = this.subject(node.args[0])
      return inner && { field: inner.field, fold: node.name === 'TO_LOWER' ? 'lower' : 'upper' }
    }
    return null
  }

  /** Can a folded field equal `value`? Warns when it cannot. */
  private foldable(value: string, fold: Case, offset: number): boolean {
    const folded = fold === 'lower' ? value.toLowerCase() : value.toUpperCase()
    if (folded === value) return true
    this.warn(
      offset,
      'esql/case-mismatch',
      `${quote(value)} has ${fold === 'lower' ? 'upper' : 'lower'}-case letters but is compared with ${fold === 'lower' ? 'TO_LOWER' : 'TO_UPPER'}(...): it never matches`
    )
    return false
  }

  // -- functions -------------------------------------------------------------------------

  private callExpr(node: Extract<Node, { kind: 'call' }>): Expr | null {
    switch (node.name) {
      case 'KQL':
      case 'QSTR':
        return this.embedded(node)
      case 'MATCH':
      case 'MATCH_PHRASE':
      case 'MULTI_MATCH':
        return this.opaque(node.start, node.end, 'full-text match')
      case 'STARTS_WITH':
      case 'ENDS_WITH':
      case 'CONTAINS': {
        const subject = node.args.length === 2 ? this.subject(node.args[0]) : null
        const arg = node.args[1]
        if (!subject || arg?.kind !== 'const' || arg.type !== 'string') break
        if (subject.fold && !this.foldable(arg.value, subject.fold, arg.start))
          return this.opaque(node.start, node.end, 'never matches')
        const lit = escapeLiteral(arg.value)
        const pattern =
          node.name === 'STARTS_WITH' ? lit + '*' : node.name === 'ENDS_WITH' ? '*' + lit : '*' + lit + '*'
        return this.pred(subject.field, 'wildcard', pattern, !subject.fold, arg.start)
      }
      case 'MV_CONTAINS': {
        // One of the field's values is the constant.
        const subject = node.args.length === 2 ? this.subject(node.args[0]) : null
        const arg = node.args[1]
        const value = arg ? constant(arg) : null
        if (!subject || subject.fold || value === null || arg.kind !== 'const' || arg.type === 'null') break
        return this.pred(subject.field, 'eq', value, true, arg.start)
      }
      case 'CIDR_MATCH': {
        const subject = node.args.length >= 2 ? this.subject(node.args[0]) : null
        if (!subject || subject.fold) break
        const ranges = node.args.slice(1)
        if (!ranges.every(a => a.kind === 'const' && a.type === 'string')) break
        return orFlat(
          ranges.map(a => this.pred(subject.field, 'cidr', (a as { value: string }).value, true, a.start))
        )
      }
    }
    return this.opaque(node.start, node.end, `function ${node.name}()`)
  }

  /** `KQL("...")` and `QSTR("...")`: the string is a query of its own, positioned in the file. */
  private embedded(node: Extract<Node, { kind: 'call' }>): Expr | null {
    const arg = node.args[0]
    if (arg?.kind !== 'const' || arg.type !== 'string')
      return this.opaque(node.start, node.end, `function ${node.name}()`)
    const { value, offsets } = decodeString(this.ctx.source.text, arg.start, arg.end, true)
    const inner = innerSource(
      this.ctx.source,
      value,
      k => offsets[Math.max(0, Math.min(k, offsets.length - 1))]
    )
    const result = node.name === 'KQL' ? parseKql(inner) : parseLucene(inner)
    this.diagnostics.push(...result.diagnostics)
    if (!result.expr) return this.opaque(node.start, node.end, MATCH_ALL)
    for (const p of predicates(result.expr))
      if (p.field !== null && this.ctx.isDerived(p.field)) p.derived = true
    return result.expr
  }

  // -- building --------------------------------------------------------------------------

  private pred(
    field: string,
    op: Op,
    value: string | null,
    caseSensitive: boolean,
    offset: number
  ): Predicate {
    const p: Predicate = {
      kind: 'pred',
      field,
      sourceField: field,
      op,
      value,
      caseSensitive,
      pos: this.ctx.source.pos(offset)
    }
    if (this.ctx.isDerived(field)) p.derived = true
    return p
  }

  private opaque(start: number, end: number, reason: string): Expr {
    return { kind: 'opaque', text: this.text(start, end), reason, pos: this.ctx.source.pos(start) }
  }

  private warn(offset: number, code: string, message: string): void {
    this.diagnostics.push(queryDiagnostic(this.ctx.source, offset, 'warning', code, message))
  }
}

/** In a LIKE pattern a backslash may only escape `*`, `?` or a backslash. */
function hasInvalidLikeEscape(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== '\\') continue
    const n = pattern[i + 1]
    if (n !== '*' && n !== '?' && n !== '\\') return true
    i++
  }
  return false
}

interface Subject {
  field: string
  fold: Case
}

/** The value of a constant as a predicate value: strings decoded, numbers as written. */
function constant(node: Node): string | null {
  if (node.kind !== 'const' || node.type === 'other') return null
  return node.value
}

const KEYWORDS = new Set([
  'AND',
  'OR',
  'NOT',
  'IN',
  'LIKE',
  'RLIKE',
  'IS',
  'NULL',
  'BY',
  'AS',
  'ON',
  'WITH',
  'ASC',
  'DESC'
])

function isKeyword(word: string): boolean {
  return KEYWORDS.has(word.toUpperCase())
}

function negate(number: string): string {
  return number.startsWith('-') ? number.slice(1) : '-' + number
}

function push(children: Expr[], e: Expr | null): void {
  if (e) children.push(e)
}

export function describe(t: Token): string {
  if (t.type === 'eof') return 'the end of the clause'
  if (t.type === 'string') return 'the string ' + quote(JSON.stringify(t.value))
  return quote(t.value)
}
