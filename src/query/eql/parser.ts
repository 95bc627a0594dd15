/**
 * The EQL parser: recursive descent over the lexer's tokens, straight to IR trees (operands
 * of comparisons go through the small AST of `ast.ts`). Grammar, as Elasticsearch reads it:
 *
 *   statement := (event_query | sequence | sample | join) ('|' pipe)*
 *   event_query := (category | 'any') 'where' or_expr
 *   sequence := 'sequence' ['by' keys] ['with' 'maxspan' '=' duration] ['by' keys]
 *               step+ ['until' step]
 *   sample   := 'sample' ['by' keys] step+
 *   step     := ['!'] '[' event_query ']' (['by' keys] | ['with' 'runs' '=' int] | ['as' alias])*   ('!': a missing event)
 *   or_expr  := and_expr ('or' and_expr)*        and_expr := not_expr ('and' not_expr)*
 *   not_expr := 'not' not_expr | term
 *   term     := '(' or_expr ')' | value [op value | ['not'] ('in' | 'in~') list
 *                                       | (':' | '!:' | 'like' | 'like~' | 'regex' | 'regex~') (literal | list)]
 *   value    := sum of products of ['-'|'+'] primary;  primary := literal | field | call | '(' value ')'
 *               | '_arraysearch' '(' field ',' '$var' ',' or_expr ')'     ($var.sub: a field of one element)
 *
 * Elastic Defend's endpoint dialect (`dialect: 'endpoint'`) is the Python EQL its behavior
 * rules are written in: `_arraysearch` with `$` variables, `as alias` after a sequence step
 * (later steps name its fields `alias.field`), `descendant of` / `child of` / `event of
 * [...]` and blanks after a field name's dot. The Elasticsearch dialect reads the first two
 * too, with an `eql/unsupported` warning, and keeps a relationship as unsupported text.
 *
 * Errors never stop the parse: a term that does not parse becomes an `opaque` node holding
 * its text, the parser skips to the next `and` / `or` / `)` / `]` at the term's depth and
 * goes on; a step that does not close skips to its `]`.
 */
import { andFlat, orFlat } from '../../expr.js'
import type { Diagnostic, Expr, JsonValue, Query, Severity } from '../../ir.js'
import { queryDiagnostic } from '../source.js'
import type { QuerySource } from '../source.js'
import type { CallValue, ComputedValue, FieldValue, SearchValue, Value } from './ast.js'
import type { EqlCode } from './diagnostics.js'
import { lex } from './lexer.js'
import type { Token } from './lexer.js'
import { KNOWN_FUNCTIONS, PredicateBuilder } from './predicates.js'
import type { CompareOp, ListOp } from './predicates.js'
import { MAX_QUERY_DEPTH } from '../depth.js'

/** Deeper nesting than this is reported rather than recursed into. */
const MAX_DEPTH = MAX_QUERY_DEPTH

const COMPARE_OPS = new Set(['==', '!=', '<', '<=', '>', '>=', ':', '!:'])
const STRING_PREDICATES = new Set(['like', 'like~', 'regex', 'regex~'])

/** Thrown inside the parser only, caught where it can resynchronise. */
class SyntaxFailure {
  constructor(readonly token: number) {}
}

export type EqlDialect = 'elasticsearch' | 'endpoint'

/** The relationships of the endpoint dialect: `descendant of [...]` and its kin. */
const RELATIONSHIPS = new Set(['descendant', 'child', 'event'])

interface StepInfo {
  category: string | null
  /** `] as event0`: the name later steps give this step's event. */
  alias?: string
  /** A missing-event step, `![...]`. */
  missing?: boolean
  by?: string[]
  runs?: number
}

export interface EqlParse {
  queries: Query[]
  diagnostics: Diagnostic[]
  properties: Record<string, JsonValue>
}

export class EqlParser {
  private readonly tokens: Token[]
  private readonly diagnostics: Diagnostic[] = []
  private readonly build: PredicateBuilder
  private i = 0
  private depth = 0
  private lastErrorOffset = -1
  /** The `_arraysearch` variables in scope, innermost last: `$entry` → its array field. */
  private readonly scopes: Array<{ variable: string; array: string }> = []

  constructor(
    private readonly source: QuerySource,
    private readonly dialect: EqlDialect = 'elasticsearch'
  ) {
    const { tokens, problems } = lex(source.text, { spacedDots: dialect === 'endpoint' })
    this.tokens = tokens
    for (const p of problems) this.report('error', p.code, p.offset, p.message)
    this.build = new PredicateBuilder(source)
  }

  parse(): EqlParse {
    const queries: Query[] = []
    const properties: Record<string, JsonValue> = {}
    const categories: Array<string | null> = []
    const t = this.peek()
    if (t.kind === 'eof') {
      if (!this.diagnostics.some(d => d.severity === 'error'))
        this.report('error', 'eql/empty-query', 0, 'the query is empty')
      return { queries, diagnostics: this.diagnostics, properties }
    }
    if (t.keyword && (t.value === 'sequence' || t.value === 'sample' || t.value === 'join')) {
      properties[t.value] = this.steps(t, queries, categories)
    } else {
      const q = this.eventQuery()
      categories.push(q.category)
      queries.push({ label: '', expr: q.expr })
    }
    const pipes = this.pipes()
    if (pipes.length > 0) properties.pipes = pipes
    const rest = this.peek()
    if (rest.kind !== 'eof')
      this.report(
        'error',
        'eql/syntax',
        rest.start,
        `unexpected ${describe(rest)} after the end of the query`
      )
    properties.eventCategories = categories
    return { queries, diagnostics: this.diagnostics, properties }
  }

  // ------------------------------------------------------------------ tokens and errors

  private peek(k = 0): Token {
    return this.tokens[Math.min(this.i + k, this.tokens.length - 1)]
  }

  private next(): Token {
    const t = this.peek()
    if (t.kind !== 'eof') this.i++
    return t
  }

  private isOp(op: string, k = 0): boolean {
    const t = this.peek(k)
    return t.kind === 'op' && t.value === op
  }

  /** A plain word that is no EQL keyword (`as`). */
  private isWord(word: string, k = 0): boolean {
    const t = this.peek(k)
    return t.kind === 'name' && !t.dotted && !t.optional && !t.variable && t.value === word
  }

  /** An endpoint-dialect construct met in the Elasticsearch dialect: a warning. */
  private endpointOnly(t: Token, what: string): void {
    if (this.dialect !== 'endpoint')
      this.report(
        'warning',
        'eql/unsupported',
        t.start,
        `${what} belongs to Elastic Defend's endpoint EQL; Elasticsearch EQL does not support it`
      )
  }

  private isKeyword(word: string, k = 0): boolean {
    const t = this.peek(k)
    return t.kind === 'name' && t.keyword === true && t.value === word
  }

  private report(severity: Severity, code: EqlCode, offset: number, message: string): void {
    if (severity === 'error') {
      if (offset === this.lastErrorOffset) return
      this.lastErrorOffset = offset
    }
    this.diagnostics.push(queryDiagnostic(this.source, offset, severity, code, message))
  }

  /** Reports a syntax error at the current token. */
  private complain(message: string): void {
    const t = this.peek()
    this.report('error', 'eql/syntax', t.start, `${message}, found ${describe(t)}`)
  }

  /** Reports a syntax error at the current token and aborts to the nearest recovery point. */
  private fail(message: string): never {
    this.complain(message)
    throw new SyntaxFailure(this.i)
  }

  /** Aborts an operand nested deeper than MAX_DEPTH. */
  private tooDeep(): never {
    this.report('error', 'eql/too-deep', this.peek().start, `the query nests deeper than ${MAX_DEPTH} levels`)
    throw new SyntaxFailure(this.i)
  }

  private expectOp(op: string, what: string): Token {
    if (!this.isOp(op)) this.fail(`expected \`${op}\` ${what}`)
    return this.next()
  }

  /** Runs `fn`; after a syntax failure, skips to the next `[` (or the end) and returns `fallback`. */
  private guard<T>(fn: () => T, fallback: T): T {
    try {
      return fn()
    } catch (e) {
      if (!(e instanceof SyntaxFailure)) throw e
      while (this.peek().kind !== 'eof' && !this.isOp('[')) this.next()
      return fallback
    }
  }

  // ------------------------------------------------------------------ statements

  /** A `sequence`, `sample` or `join` after its keyword `t`: its steps' trees and its settings. */
  private steps(t: Token, queries: Query[], categories: Array<string | null>): JsonValue {
    this.next()
    if (t.value === 'join')
      this.report('warning', 'eql/unsupported', t.start, '`join` is not supported by Elasticsearch EQL')
    const header = this.guard(() => this.header(t.value === 'sequence'), { by: [] })
    const steps: StepInfo[] = []
    while (this.isOp('[') || (this.isOp('!') && this.isOp('[', 1))) {
      const missing = this.isOp('!')
      if (missing) this.next()
      const step = this.step()
      if (missing) step.info.missing = true
      steps.push(step.info)
      categories.push(step.info.category)
      // A missing-event step (`![...]`) must not match: its conditions are exclusions.
      queries.push({
        label: `step ${steps.length}`,
        expr: missing ? { kind: 'not', child: step.expr } : step.expr
      })
    }
    if (steps.length === 0) this.complain(`expected \`[\` to start the first ${t.value} step`)
    const out: Record<string, JsonValue> = { by: header.by }
    if (header.maxspan !== undefined) out.maxspan = header.maxspan
    out.steps = steps.map(stepJson)
    if (this.isKeyword('until')) {
      const until = this.next()
      if (t.value === 'sample')
        this.report('error', 'eql/syntax', until.start, '`until` is not allowed in a `sample`')
      if (this.isOp('[')) {
        const step = this.step()
        categories.push(step.info.category)
        queries.push({ label: 'until', expr: step.expr })
        out.until = stepJson(step.info)
      } else this.complain('expected `[` after `until`')
    }
    return out
  }

  private header(sequence: boolean): { by: string[]; maxspan?: string } {
    const out: { by: string[]; maxspan?: string } = { by: [] }
    let by = false
    let withSeen = false
    for (;;) {
      if (this.isKeyword('by') && !by) {
        this.next()
        out.by = this.keys()
        by = true
      } else if (this.isKeyword('with') && !withSeen && sequence) {
        const w = this.next()
        const params = this.params()
        withSeen = true
        for (const [name, value, at] of params) {
          if (name === 'maxspan') out.maxspan = value
          else
            this.report(
              'error',
              'eql/syntax',
              at,
              `unknown sequence parameter \`${name}\` (expected \`maxspan\`)`
            )
        }
        if (params.length === 0)
          this.report('error', 'eql/syntax', w.start, 'expected `maxspan=` after `with`')
      } else return out
    }
  }

  /** `key=value (, key=value)*` after `with`: [name, value, offset]. */
  private params(): Array<[string, string, number]> {
    const out: Array<[string, string, number]> = []
    do {
      const name = this.peek()
      if (name.kind !== 'name') this.fail('expected a parameter such as `maxspan=5m` or `runs=2`')
      this.next()
      this.expectOp('=', `after \`${name.value}\``)
      const v = this.peek()
      if (v.kind === 'duration') {
        this.next()
        out.push([name.value, v.value, name.start])
      } else if (v.kind === 'number') {
        this.next()
        const unit = this.peek()
        // `5 m`: a unit written apart from the number.
        if (unit.kind === 'name' && !unit.keyword && !unit.dotted && /^[a-z]+$/.test(unit.value)) {
          this.next()
          out.push([name.value, v.value + unit.value, name.start])
        } else out.push([name.value, v.value, name.start])
      } else this.fail(`expected a number or a duration (\`5m\`) for \`${name.value}\``)
    } while (this.isOp(',') && this.next())
    return out
  }

  /** Join keys after `by`: field names (without `?`), or the text of other expressions. */
  private keys(): string[] {
    const out: string[] = []
    do {
      const v = this.value()
      out.push(v.k === 'field' ? v.name : this.source.text.slice(v.start, v.end))
    } while (this.isOp(',') && this.next())
    return out
  }

  private step(): { expr: Expr; info: StepInfo } {
    const open = this.next() // '['
    const q = this.eventQuery()
    const info: StepInfo = { category: q.category }
    this.closeStep(open)
    for (;;) {
      if (this.isKeyword('by') && info.by === undefined) {
        this.next()
        info.by = this.guard(() => this.keys(), [])
      } else if (this.isKeyword('with') && info.runs === undefined) {
        this.next()
        const params = this.guard(() => this.params(), [])
        for (const [name, value, at] of params) {
          const runs = Number(value)
          if (name === 'runs' && Number.isInteger(runs) && runs > 0) info.runs = runs
          else
            this.report(
              'error',
              'eql/syntax',
              at,
              `expected \`runs=\` and a positive integer, found \`${name}=${value}\``
            )
        }
      } else if (this.isWord('as') && info.alias === undefined) {
        const as = this.next()
        const name = this.peek()
        if (name.kind === 'name' && !name.dotted && !name.keyword && !name.variable && !name.optional) {
          this.next()
          info.alias = name.value
          this.endpointOnly(as, '`as` after a sequence step')
        } else this.complain('expected a name for the step after `as`')
      } else if (this.isKeyword('fork')) {
        const f = this.next()
        this.report(
          'warning',
          'eql/unsupported',
          f.start,
          '`fork` is not supported by Elasticsearch EQL; ignored'
        )
        if (this.isOp('=')) {
          this.next()
          if (this.isKeyword('true') || this.isKeyword('false')) this.next()
        }
      } else break
    }
    return { expr: q.expr, info }
  }

  /** The `]` of the bracket `open`; when missing, reported and skipped to. */
  private closeStep(open: Token): void {
    if (this.isOp(']')) {
      this.next()
      return
    }
    const { line, column } = this.source.pos(open.start)
    this.complain(`expected \`]\` to close the step opened at ${line}:${column}`)
    this.skipTo(']')
  }

  /** Skips to the next `close` at depth 0 and consumes it; stops before a `[` or the end. */
  private skipTo(close: string): void {
    let depth = 0
    for (;;) {
      const t = this.peek()
      if (t.kind === 'eof') return
      if (t.kind === 'op') {
        if (depth === 0 && t.value === close) {
          this.next()
          return
        }
        if (depth === 0 && t.value === '[') return
        if (t.value === '(' || t.value === '[') depth++
        else if ((t.value === ')' || t.value === ']') && depth > 0) depth--
      }
      this.next()
    }
  }

  /** `category where expr` (or, after an error, the condition alone). */
  private eventQuery(): { category: string | null; expr: Expr } {
    const first = this.peek()
    const second = this.peek(1)
    const categoryLike =
      (first.kind === 'name' &&
        !first.dotted &&
        !first.optional &&
        (!first.keyword || first.value === 'any')) ||
      first.kind === 'string'
    if (categoryLike && second.kind === 'name' && second.keyword && second.value === 'where') {
      this.next()
      this.next()
      return { category: first.value, expr: this.condition() }
    }
    if (categoryLike && (second.kind === 'name' || second.kind === 'string' || second.kind === 'number')) {
      this.report(
        'error',
        'eql/syntax',
        second.start,
        `expected \`where\` after the event category ${describe(first)}, found ${describe(second)}`
      )
      const start = first.start
      this.skipCondition()
      return { category: null, expr: this.build.opaque(start, this.lastEnd(start), 'syntax error') }
    }
    if (first.kind === 'eof' || this.isOp(']')) {
      this.complain('expected an event category and `where`')
      return { category: null, expr: this.build.opaque(first.start, first.start, 'syntax error') }
    }
    this.report(
      'error',
      'eql/syntax',
      first.start,
      `expected an event category (\`process\`, \`any\`, ...) and \`where\` before the condition, found ${describe(first)}`
    )
    return { category: null, expr: this.condition() }
  }

  /** Skips to the end of the current (sub)query: a `]` or `|` at depth 0, or the end. */
  private skipCondition(): void {
    let depth = 0
    for (;;) {
      const t = this.peek()
      if (t.kind === 'eof') return
      if (t.kind === 'op') {
        if (depth === 0 && (t.value === ']' || t.value === '|')) return
        if (t.value === '(' || t.value === '[') depth++
        else if ((t.value === ')' || t.value === ']') && depth > 0) depth--
      }
      this.next()
    }
  }

  /** End offset of the last consumed token (at least `start`). */
  private lastEnd(start: number): number {
    return this.i > 0 ? Math.max(start, this.tokens[this.i - 1].end) : start
  }

  private pipes(): string[] {
    const out: string[] = []
    while (this.isOp('|')) {
      const bar = this.next()
      let depth = 0
      let end = bar.end
      for (;;) {
        const t = this.peek()
        if (t.kind === 'eof' || (depth === 0 && t.kind === 'op' && t.value === '|')) break
        if (t.kind === 'op' && (t.value === '(' || t.value === '[')) depth++
        else if (t.kind === 'op' && (t.value === ')' || t.value === ']') && depth > 0) depth--
        end = t.end
        this.next()
      }
      const text = this.source.text.slice(bar.end, end).trim()
      if (text === '') this.report('error', 'eql/syntax', bar.start, 'expected a pipe command after `|`')
      else out.push(text)
    }
    return out
  }

  // ------------------------------------------------------------------ conditions

  /** A whole condition; never throws. */
  private condition(): Expr {
    return this.or()
  }

  private or(): Expr {
    const children = [this.and()]
    while (this.isKeyword('or')) {
      this.next()
      children.push(this.and())
    }
    return orFlat(children)
  }

  private and(): Expr {
    const children = [this.not()]
    while (this.isKeyword('and')) {
      this.next()
      children.push(this.not())
    }
    return andFlat(children)
  }

  private not(): Expr {
    if (!this.isKeyword('not')) return this.term()
    this.next()
    if (this.depth >= MAX_DEPTH) return this.giveUp()
    this.depth++
    try {
      return { kind: 'not', child: this.not() }
    } finally {
      this.depth--
    }
  }

  /** Past MAX_DEPTH: the rest of the query is reported, skipped and kept as text. */
  private giveUp(): Expr {
    const t = this.peek()
    this.report(
      'error',
      'eql/too-deep',
      t.start,
      `the query nests deeper than ${MAX_DEPTH} levels; the rest is not read`
    )
    this.i = this.tokens.length - 1
    this.lastErrorOffset = this.source.text.length
    return this.build.opaque(t.start, this.source.text.length, 'nested too deep')
  }

  /** One comparison, function call or parenthesised condition; recovers from syntax errors. */
  private term(): Expr {
    const start = this.i
    if (this.depth >= MAX_DEPTH) return this.giveUp()
    this.depth++
    try {
      return this.comparison()
    } catch (e) {
      if (!(e instanceof SyntaxFailure)) throw e
      return this.recover(start, e.token)
    } finally {
      this.depth--
    }
  }

  private comparison(): Expr {
    if (this.isOp('(')) {
      this.next()
      const inner = this.or()
      // A missing `)` loses nothing read so far: report it and keep the group.
      if (this.isOp(')')) this.next()
      else this.complain('expected `)` to close the parenthesis')
      return inner
    }
    const t = this.peek()
    if (t.kind === 'name' && !t.keyword && !t.dotted && this.isKeyword('of', 1)) return this.relationship()
    const left = this.value()
    const op = this.peek()
    if (op.kind === 'op' && COMPARE_OPS.has(op.value)) {
      this.next()
      if ((op.value === ':' || op.value === '!:') && this.isOp('(')) {
        const items = this.list()
        return this.build.listComparison(
          left,
          op.value as ListOp,
          false,
          items,
          left.start,
          this.lastEnd(left.start)
        )
      }
      const right = this.value()
      return this.build.comparison(left, op.value as CompareOp, right, left.start, right.end)
    }
    if (op.kind === 'op' && op.value === '=' && this.dialect === 'endpoint') {
      // Python EQL, the endpoint's, reads `=` as `==`.
      this.next()
      const right = this.value()
      return this.build.comparison(left, '==', right, left.start, right.end)
    }
    if (op.kind === 'name' && op.keyword) {
      if (
        op.value === 'in' ||
        op.value === 'in~' ||
        (op.value === 'not' && (this.isKeyword('in', 1) || this.isKeyword('in~', 1)))
      ) {
        const negated = op.value === 'not'
        if (negated) this.next()
        const kind = this.next().value as 'in' | 'in~'
        if (!this.isOp('(')) this.fail(`expected \`(\` after \`${kind}\``)
        const items = this.list()
        return this.build.listComparison(left, kind, negated, items, left.start, this.lastEnd(left.start))
      }
      if (STRING_PREDICATES.has(op.value)) {
        this.next()
        const kind = op.value as ListOp
        if (this.isOp('(')) {
          const items = this.list()
          return this.build.listComparison(left, kind, false, items, left.start, this.lastEnd(left.start))
        }
        const right = this.value()
        return this.build.comparison(left, kind as CompareOp, right, left.start, right.end)
      }
    }
    return this.build.condition(left)
  }

  /**
   * `descendant of [...]` and the like: a condition on another event (an ancestor), kept as
   * text. The endpoint dialect reads the inner query (for its diagnostics); the
   * Elasticsearch dialect does not support it.
   */
  private relationship(): Expr {
    const name = this.next()
    this.next() // of
    if (!this.isOp('[')) this.fail(`expected \`[\` after \`${name.value} of\``)
    const open = this.next()
    if (this.dialect === 'endpoint' && RELATIONSHIPS.has(name.value)) {
      const q = this.eventQuery()
      this.closeStep(open)
      const what = q.category === null ? 'another event' : `a \`${q.category}\` event`
      return this.build.opaque(
        name.start,
        this.lastEnd(name.start),
        `\`${name.value} of [...]\`: a condition on ${what}, not this one`
      )
    }
    this.skipTo(']')
    this.report(
      'warning',
      'eql/unsupported',
      name.start,
      `\`${name.value} of [...]\` is not supported by Elasticsearch EQL`
    )
    return this.build.opaque(name.start, this.lastEnd(name.start), `\`${name.value} of\` not supported`)
  }

  /** `( item, item, ... )`, a trailing comma allowed. */
  private list(): Value[] {
    this.next() // (
    const items: Value[] = []
    while (!this.isOp(')')) {
      items.push(this.value())
      if (this.isOp(',')) this.next()
      else if (!this.isOp(')')) this.fail('expected `,` or `)` in the list')
    }
    if (items.length === 0) this.fail('expected at least one value in the list')
    this.next()
    return items
  }

  /**
   * After a syntax failure at token `failed` in a term that began at token `start`: skips
   * to the next `and` / `or` / `|` at the term's depth, or to a `)` / `]` that closes an
   * enclosing group, and returns the skipped text as an opaque node.
   */
  private recover(start: number, failed: number): Expr {
    let depth = 0
    for (let k = start; k < failed; k++) depth += nesting(this.tokens[k])
    let j = Math.max(failed, start)
    for (;;) {
      const t = this.tokens[j]
      if (t.kind === 'eof') break
      if (
        depth === 0 &&
        ((t.keyword && (t.value === 'and' || t.value === 'or')) || (t.kind === 'op' && t.value === '|'))
      )
        break
      const d = nesting(t)
      if (d < 0 && depth === 0) break
      depth += d
      j++
    }
    this.i = j
    const from = this.tokens[start].start
    const to = j > start ? this.tokens[j - 1].end : from
    return this.build.opaque(from, to, 'syntax error')
  }

  // ------------------------------------------------------------------ operands

  private value(): Value {
    let left = this.product()
    while (this.isOp('+') || this.isOp('-')) {
      this.next()
      const right = this.product()
      left = computed(left, right)
    }
    return left
  }

  private product(): Value {
    let left = this.unary()
    while (this.isOp('*') || this.isOp('/') || this.isOp('%')) {
      this.next()
      const right = this.unary()
      left = computed(left, right)
    }
    return left
  }

  private unary(): Value {
    if (this.isOp('-') || this.isOp('+')) {
      const sign = this.next()
      if (this.depth >= MAX_DEPTH) this.tooDeep()
      this.depth++
      try {
        const v = this.unary()
        if (v.k === 'number')
          return {
            k: 'number',
            text: sign.value === '-' ? `-${v.text}` : v.text,
            start: sign.start,
            end: v.end
          }
        return { k: 'computed', calls: callsOf(v), start: sign.start, end: v.end }
      } finally {
        this.depth--
      }
    }
    return this.primary()
  }

  private primary(): Value {
    const t = this.peek()
    switch (t.kind) {
      case 'string':
        this.next()
        return { k: 'string', value: t.value, start: t.start, end: t.end }
      case 'number':
        this.next()
        return { k: 'number', text: t.value, start: t.start, end: t.end }
      case 'name':
        if (t.keyword) {
          if (t.value === 'true' || t.value === 'false') {
            this.next()
            return { k: 'bool', value: t.value, start: t.start, end: t.end }
          }
          if (t.value === 'null') {
            this.next()
            return { k: 'null', start: t.start, end: t.end }
          }
          break
        }
        this.next()
        if (t.variable === true) return this.variable(t)
        if (!t.dotted && !t.optional && this.isOp('(')) {
          if (t.value.toLowerCase() === '_arraysearch') return this.arraySearch(t)
          return this.call(t)
        }
        if (t.insensitive) {
          this.i--
          break
        }
        return { k: 'field', name: t.value, start: t.start, end: t.end }
      case 'op':
        if (t.value === '(') {
          this.next()
          if (this.depth >= MAX_DEPTH) this.tooDeep()
          this.depth++
          try {
            const inner = this.value()
            const close = this.expectOp(')', 'to close the parenthesis')
            return { k: 'computed', calls: callsOf(inner), start: t.start, end: close.end }
          } finally {
            this.depth--
          }
        }
        break
      default:
        break
    }
    return this.fail('expected a field, a value or a function call')
  }

  /** `$entry.sub` inside `_arraysearch(array, $entry, ...)`: the field `array.sub`. */
  private variable(t: Token): FieldValue {
    const dot = t.value.indexOf('.')
    const variable = dot === -1 ? t.value : t.value.slice(0, dot)
    for (let k = this.scopes.length - 1; k >= 0; k--) {
      const scope = this.scopes[k]
      if (scope.variable !== variable) continue
      const name = dot === -1 ? scope.array : `${scope.array}${t.value.slice(dot)}`
      return { k: 'field', name, array: scope.array, start: t.start, end: t.end }
    }
    this.report(
      'error',
      'eql/unknown-variable',
      t.start,
      `\`${variable}\` is not declared here: a \`$\` variable names the element in \`_arraysearch(array, ${variable}, ...)\``
    )
    throw new SyntaxFailure(this.i)
  }

  /**
   * `_arraysearch(array, $var, condition)`: true when one element of `array` matches
   * `condition`, where `$var.sub` is the element's field `sub` (read as `array.sub`).
   */
  private arraySearch(name: Token): SearchValue {
    this.endpointOnly(name, '`_arraysearch`')
    this.next() // (
    if (this.depth >= MAX_DEPTH) this.tooDeep()
    this.depth++
    try {
      const array = this.value()
      if (array.k !== 'field') this.fail('expected the array field as the first argument of `_arraysearch`')
      this.expectOp(',', 'after the array of `_arraysearch`')
      const v = this.peek()
      if (v.kind !== 'name' || v.variable !== true || v.dotted === true)
        this.fail('expected a `$` variable (`$entry`) as the second argument of `_arraysearch`')
      this.next()
      this.expectOp(',', `after \`${v.value}\``)
      this.scopes.push({ variable: v.value, array: array.name })
      let expr: Expr
      try {
        expr = this.or()
      } finally {
        this.scopes.pop()
      }
      const close = this.expectOp(')', 'to close `_arraysearch`')
      return { k: 'search', expr, start: name.start, end: close.end }
    } finally {
      this.depth--
    }
  }

  private call(name: Token): CallValue {
    const insensitive = name.insensitive === true
    const fn = insensitive ? name.value.slice(0, -1) : name.value
    if (!KNOWN_FUNCTIONS.has(fn.toLowerCase()))
      this.report(
        'notice',
        'eql/unknown-function',
        name.start,
        `unknown function \`${fn}\`: Elasticsearch EQL does not define it; kept as text`
      )
    this.next() // (
    const args: Value[] = []
    if (this.depth >= MAX_DEPTH) this.tooDeep()
    this.depth++
    try {
      while (!this.isOp(')')) {
        args.push(this.value())
        if (this.isOp(',')) this.next()
        else if (!this.isOp(')')) this.fail(`expected \`,\` or \`)\` in the arguments of \`${fn}\``)
      }
    } finally {
      this.depth--
    }
    const close = this.next()
    return { k: 'call', name: fn, insensitive, args, start: name.start, end: close.end }
  }
}

/** +1 for an opening bracket, -1 for a closing one. */
function nesting(t: Token): number {
  if (t.kind !== 'op') return 0
  if (t.value === '(' || t.value === '[') return 1
  if (t.value === ')' || t.value === ']') return -1
  return 0
}

function computed(left: Value, right: Value): ComputedValue {
  return { k: 'computed', calls: [...callsOf(left), ...callsOf(right)], start: left.start, end: right.end }
}

function callsOf(v: Value): CallValue[] {
  if (v.k === 'call') return [v]
  if (v.k === 'computed') return v.calls
  return []
}

function stepJson(info: StepInfo): JsonValue {
  const out: Record<string, JsonValue> = { category: info.category }
  if (info.alias !== undefined) out.alias = info.alias
  if (info.by !== undefined) out.by = info.by
  if (info.runs !== undefined) out.runs = info.runs
  if (info.missing === true) out.missing = true
  return out
}

/** A token for a message. */
function describe(t: Token): string {
  switch (t.kind) {
    case 'eof':
      return 'the end of the query'
    case 'string':
      return 'a string'
    default: {
      const text = t.kind === 'name' ? (t.optional ? '?' : '') + t.value : t.value
      return `\`${text.length > 40 ? text.slice(0, 39) + '…' : text}\``
    }
  }
}
