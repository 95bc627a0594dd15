/**
 * The Lucene query-string parser: recursive descent over the tokens of `lexer.ts`.
 *
 *   query   := clauses
 *   clauses := or+                                   (side by side: the default operator OR)
 *   or      := and (('OR' | '||') and)*
 *   and     := unary (('AND' | '&&') unary)*
 *   unary   := ('NOT' | '!' | '-') unary | '+' unary | primary ('^' n)?
 *   primary := '(' clauses ')' | field ':' value | value
 *   value   := '(' clauses ')' | term ('~' n)? | phrase ('~' n)? | regex
 *            | ('[' | '{') bound 'TO' bound (']' | '}') | ('>' | '>=' | '<' | '<=') term
 *
 * Lucene's own parser gives AND and OR no precedence; like most tools built on it, this one
 * reads explicit operators as NOT > AND > OR. Clauses side by side follow Lucene's rules:
 * `+x` is required, `-x`/`NOT x` excluded, others optional; optional clauses only count
 * when no clause is required (Elasticsearch's default `minimum_should_match`).
 */
import { buildPattern, escapeLiteral, normalizeParts } from '../../wildcard.js'
import type { Diagnostic, Expr, Op, Predicate } from '../../ir.js'
import { andFlat, orFlat } from '../../expr.js'
import { quote } from '../../text.js'
import { MATCH_ALL } from '../kql/parser.js'
import { queryDiagnostic } from '../source.js'
import type { QuerySource } from '../source.js'
import { TokenCursor, TooDeep } from '../cursor.js'
import { decodeTerm, tokenize } from './lexer.js'
import type { TermPart, Token } from './lexer.js'
import { MAX_QUERY_DEPTH } from '../depth.js'

const MAX_DEPTH = MAX_QUERY_DEPTH

type Mark = 'must' | 'must-not' | 'should'

interface Clause {
  expr: Expr | null
  mark: Mark
  start: number
}

const CMP_OPS: Record<string, Op> = { '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' }

export class LuceneParser extends TokenCursor<Token> {
  private parens = 0

  constructor(source: QuerySource, diagnostics: Diagnostic[]) {
    super(tokenize(source, diagnostics), MAX_DEPTH, source, diagnostics)
  }

  parse(): Expr | null {
    let expr: Expr | null
    try {
      expr = this.clauses(null)
    } catch (err) {
      if (!(err instanceof TooDeep)) throw err
      this.error(err.start, 'lucene/too-deep', `the query nests more than ${MAX_DEPTH} levels deep`)
      return null
    }
    if (expr && expr.kind === 'opaque' && expr.reason === MATCH_ALL) return null
    return expr
  }

  private diag(offset: number, severity: 'warning' | 'notice', code: string, message: string): void {
    this.diagnostics.push(queryDiagnostic(this.source, offset, severity, code, message))
  }

  /** Clauses side by side, up to `)` (when one is open) or the end. */
  private clauses(field: string | null): Expr | null {
    const list: Clause[] = []
    for (;;) {
      const t = this.peek()
      if (t.type === 'eof') break
      if (t.type === ')') {
        if (this.parens > 0) break
        this.error(t.start, 'lucene/unbalanced-parens', '`)` closes nothing: no `(` is open')
        this.next()
        continue
      }
      if (t.type === 'and' || t.type === 'or') {
        this.error(t.start, 'lucene/syntax', `expected a term before ${describe(t)}`)
        this.next()
        continue
      }
      const before = this.i
      list.push(this.or(field))
      if (this.i === before) this.next() // never loop without progress
    }
    return this.combine(list)
  }

  private combine(list: Clause[]): Expr | null {
    const clauses = list.filter((c): c is Clause & { expr: Expr } => c.expr !== null)
    if (clauses.length === 1) return applyMark(clauses[0])
    const musts = clauses.filter(c => c.mark === 'must').map(c => c.expr)
    const nots: Expr[] = clauses.filter(c => c.mark === 'must-not').map(c => ({ kind: 'not', child: c.expr }))
    const shoulds = clauses.filter(c => c.mark === 'should')
    if (musts.length > 0) {
      if (shoulds.length > 0)
        this.diag(
          shoulds[0].start,
          'notice',
          'lucene/optional-clause',
          'an optional clause beside a required (`+`) one does not filter anything: it is ignored'
        )
      return andFlat([...musts, ...nots])
    }
    const parts = shoulds.length > 0 ? [orFlat(shoulds.map(c => c.expr)), ...nots] : nots
    return parts.length === 0 ? null : andFlat(parts)
  }

  private or(field: string | null): Clause {
    const first = this.and(field)
    if (this.peek().type !== 'or') return first
    const children: Expr[] = []
    push(children, applyMark(first))
    while (this.peek().type === 'or') {
      this.next()
      const c = this.and(field)
      push(children, applyMark(c))
    }
    return { expr: children.length === 0 ? null : orFlat(children), mark: 'should', start: first.start }
  }

  private and(field: string | null): Clause {
    const first = this.unary(field)
    if (this.peek().type !== 'and') return first
    const children: Expr[] = []
    push(children, applyMark(first))
    while (this.peek().type === 'and') {
      this.next()
      const c = this.unary(field)
      push(children, applyMark(c))
    }
    return { expr: children.length === 0 ? null : andFlat(children), mark: 'should', start: first.start }
  }

  private unary(field: string | null): Clause {
    const t = this.peek()
    if (t.type === 'not' || t.type === '-' || t.type === '+') {
      this.next()
      this.enter(t)
      const inner = this.unary(field)
      this.leave()
      const expr =
        inner.expr && inner.mark === 'must-not' ? { kind: 'not' as const, child: inner.expr } : inner.expr
      return { expr, mark: t.type === '+' ? 'must' : 'must-not', start: t.start }
    }
    const expr = this.primary(field)
    if (this.peek().type === '^') this.next() // a boost changes scores, not matches
    return { expr, mark: 'should', start: t.start }
  }

  private primary(field: string | null): Expr | null {
    const t = this.peek()
    switch (t.type) {
      case '(':
        return this.group(field)
      case 'term':
        if (this.peek(1).type === ':') return this.fieldValue()
        return this.value(field)
      case 'phrase':
      case 'regex':
      case 'range-start':
      case 'cmp':
        return this.value(field)
      case 'eof':
        this.error(t.start, 'lucene/syntax', 'the query ends where a term is expected')
        return null
      case ')':
        this.error(t.start, 'lucene/syntax', 'expected a term, found `)`')
        return null
      default:
        this.error(t.start, 'lucene/syntax', `unexpected ${describe(t)}`)
        this.next()
        return null
    }
  }

  private group(field: string | null): Expr | null {
    const open = this.next()
    this.enter(open)
    this.parens++
    const e = this.clauses(field)
    this.parens--
    this.leave()
    if (this.peek().type === ')') this.next()
    else this.error(open.start, 'lucene/unbalanced-parens', 'this `(` is never closed: add the `)`')
    return e
  }

  private fieldValue(): Expr | null {
    const fieldTok = this.next()
    this.next() // ':'
    const field = literal(decodeTerm(fieldTok.value))
    if (field === '_exists_') {
      const t = this.peek()
      if (t.type !== 'term' && t.type !== 'phrase') {
        this.error(
          t.start,
          'lucene/syntax',
          `expected a field name after \`_exists_:\`, found ${describe(t)}`
        )
        return null
      }
      this.next()
      const name = t.type === 'term' ? literal(decodeTerm(t.value)) : t.value
      return this.pred(name, 'exists', null, false, t.start)
    }
    const t = this.peek()
    if (t.type === '(') return this.group(field)
    if (
      t.type === 'term' ||
      t.type === 'phrase' ||
      t.type === 'regex' ||
      t.type === 'range-start' ||
      t.type === 'cmp'
    )
      return this.value(field)
    this.error(t.start, 'lucene/syntax', `expected a value after \`${field}:\`, found ${describe(t)}`)
    return null
  }

  /** One value, compared with `field` (or field-less when null). */
  private value(field: string | null): Expr | null {
    const t = this.next()
    switch (t.type) {
      case 'term': {
        const fuzzy = this.fuzziness()
        if (fuzzy !== null) return this.opaque(t, field, fuzzy, 'fuzzy match')
        const parts = decodeTerm(t.value)
        this.lowercaseOperator(t)
        const wild = parts.some(p => p === '*' || p === '?')
        if (parts.length > 0 && parts.every(p => p === '*')) {
          if (field === null || field === '*') return this.matchAll(t)
          return this.pred(field, 'exists', null, false, t.start)
        }
        if (field === null) return this.pred(null, 'keyword', pattern(parts), false, t.start)
        return wild
          ? this.pred(field, 'wildcard', pattern(parts), true, t.start)
          : this.pred(field, 'eq', literal(parts), true, t.start)
      }
      case 'phrase': {
        const slop = this.fuzziness()
        if (slop !== null) return this.opaque(t, field, slop, 'proximity match')
        return field === null
          ? this.pred(null, 'keyword', escapeLiteral(t.value), false, t.start)
          : this.pred(field, 'eq', t.value, true, t.start)
      }
      case 'regex':
        return this.pred(field, 'regex', t.value, true, t.start)
      case 'cmp': {
        const v = this.peek()
        if (v.type !== 'term' && v.type !== 'phrase') {
          this.error(v.start, 'lucene/syntax', `expected a value after \`${t.value}\`, found ${describe(v)}`)
          return null
        }
        this.next()
        const value = v.type === 'term' ? literal(decodeTerm(v.value)) : v.value
        if (field === null) return this.opaque(t, null, '', 'comparison without a field')
        return this.pred(field, CMP_OPS[t.value], value, true, v.start)
      }
      case 'range-start':
        return this.range(field, t)
      default:
        this.error(t.start, 'lucene/syntax', `unexpected ${describe(t)}`)
        return null
    }
  }

  /** `[a TO b]`, `{a TO b}` or mixed: `gte`/`gt` and `lte`/`lt`; `*` leaves a side open. */
  private range(field: string | null, open: Token): Expr | null {
    const isBound = (t: Token): boolean => t.type === 'term' || t.type === 'phrase'
    const expected: ((t: Token) => boolean)[] = [
      isBound,
      t => t.type === 'to',
      isBound,
      t => t.type === 'range-end'
    ]
    const parts: Token[] = []
    for (const accepts of expected) {
      const t = this.peek()
      if (!accepts(t)) {
        this.error(
          t.start,
          'lucene/syntax',
          `expected a range \`[from TO to]\`, found ${describe(t)}${t.type === 'eof' ? ' (the range is never closed)' : ''}`
        )
        // Resynchronise after the range.
        while (this.peek().type !== 'range-end' && this.peek().type !== 'eof') this.next()
        if (this.peek().type === 'range-end') this.next()
        return null
      }
      parts.push(this.next())
    }
    const [lower, , upper, close] = parts
    if (field === null) return this.opaque(open, null, '', 'range without a field')
    const bound = (t: Token): string | null => {
      if (t.type === 'phrase') return t.value
      return t.value === '*' ? null : literal(decodeTerm(t.value))
    }
    const lo = bound(lower)
    const hi = bound(upper)
    const children: Expr[] = []
    if (lo !== null) children.push(this.pred(field, open.value === '[' ? 'gte' : 'gt', lo, true, lower.start))
    if (hi !== null)
      children.push(this.pred(field, close.value === ']' ? 'lte' : 'lt', hi, true, upper.start))
    if (children.length === 0) return this.pred(field, 'exists', null, false, lower.start)
    return andFlat(children)
  }

  /** `~` or `~n` after a term or phrase: its text, or null when there is none. */
  private fuzziness(): string | null {
    if (this.peek().type !== '~') return null
    return '~' + this.next().value
  }

  private lowercaseOperator(t: Token): void {
    if (t.value === 'and' || t.value === 'or' || t.value === 'not')
      this.diag(
        t.start,
        'warning',
        'lucene/lowercase-operator',
        `\`${t.value}\` is a search term here: Lucene operators are upper-case (\`${t.value.toUpperCase()}\`)`
      )
  }

  private matchAll(t: Token): Expr {
    return { kind: 'opaque', text: '*', reason: MATCH_ALL, pos: this.source.pos(t.start) }
  }

  /** The text from `t` up to the next token, after `field:` when there is a field. */
  private opaque(t: Token, field: string | null, suffix: string, reason: string): Expr {
    const written = this.source.text.slice(t.start, this.peek().start).trim() || t.value + suffix
    const text = field === null ? written : `${field}:${written}`
    return { kind: 'opaque', text, reason, pos: this.source.pos(t.start) }
  }

  private pred(
    field: string | null,
    op: Op,
    value: string | null,
    caseSensitive: boolean,
    offset: number
  ): Predicate {
    return {
      kind: 'pred',
      field,
      sourceField: field,
      op,
      value,
      caseSensitive,
      pos: this.source.pos(offset)
    }
  }
}

function push(children: Expr[], e: Expr | null): void {
  if (e) children.push(e)
}

function applyMark(c: Clause): Expr | null {
  if (!c.expr) return null
  return c.mark === 'must-not' ? { kind: 'not', child: c.expr } : c.expr
}

function literal(parts: TermPart[]): string {
  let out = ''
  for (const p of parts) out += typeof p === 'object' ? p.lit : p
  return out
}

function pattern(parts: TermPart[]): string {
  return buildPattern(normalizeParts(parts))
}

function describe(t: Token): string {
  switch (t.type) {
    case 'eof':
      return 'the end of the query'
    case 'phrase':
      return 'the phrase ' + quote(JSON.stringify(t.value))
    default:
      return quote(t.type === '^' || t.type === '~' ? t.type + t.value : t.value)
  }
}
