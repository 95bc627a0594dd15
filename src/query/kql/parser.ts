/**
 * The KQL parser: recursive descent over the tokens of `lexer.ts`, building the IR directly.
 * Grammar (Kibana's `kuery.peggy` and detection-rules' `kql.g`, both consulted):
 *
 *   query      := or
 *   or         := and ('or' and)*
 *   and        := not ('and' not)*
 *   not        := 'not' not | primary
 *   primary    := '(' or ')' | field ':' '{' or '}' | field ':' values
 *               | field range-op value | value                          (a keyword term)
 *   values     := vor
 *   vor        := vand ('or' vand)*
 *   vand       := vterm ('and' vterm)*
 *   vterm      := '(' vor ')' | 'not' vterm | value
 *   value      := string | word+      (words joined while the next word is no keyword and
 *                                       is not the field of a new term: `*S3 Browser*`)
 *
 * Keywords are case-insensitive. The parser never throws: a token it cannot use is
 * reported and skipped, a missing `and`/`or` between two terms is reported and read as
 * `and`, an unclosed `(` or `{` is reported at the opening bracket and closed at the end.
 */
import { buildPattern, escapeLiteral, normalizeParts } from '../../wildcard.js'
import type { PatternPart } from '../../wildcard.js'
import type { Diagnostic, Expr, Op, Predicate } from '../../ir.js'
import { andFlat, orFlat } from '../../expr.js'
import { quote } from '../../text.js'
import { queryDiagnostic } from '../source.js'
import type { QuerySource } from '../source.js'
import { TokenCursor, TooDeep } from '../cursor.js'
import { decodeUnquoted, tokenize } from './lexer.js'
import type { Token, ValuePart } from './lexer.js'
import { MAX_QUERY_DEPTH } from '../depth.js'

/** `(`, `not` and `{` deeper than this are not read (the stack stays bounded). */
const MAX_DEPTH = MAX_QUERY_DEPTH

/** The reason of the opaque node standing for a bare `*` (every document); Lucene and ES|QL use it too. */
export const MATCH_ALL = 'matches every document'

const RANGE_OPS: Record<string, Op> = { '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' }

export class KqlParser extends TokenCursor<Token> {
  /** Open `(` and `{`: a closing bracket with none open is unbalanced. */
  private parens = 0
  private braces = 0
  /** Field prefix inside nested queries (`a:{ b:1 }` compares `a.b`). */
  private prefix = ''

  constructor(source: QuerySource, diagnostics: Diagnostic[]) {
    super(tokenize(source, diagnostics), MAX_DEPTH, source, diagnostics)
  }

  parse(): Expr | null {
    if (this.tokens[0].type === 'eof') return null // an empty query
    let expr: Expr | null
    try {
      expr = this.or()
    } catch (err) {
      if (!(err instanceof TooDeep)) throw err
      this.error(err.start, 'kql/too-deep', `the query nests more than ${MAX_DEPTH} levels deep`)
      return null
    }
    if (expr && expr.kind === 'opaque' && expr.reason === MATCH_ALL) return null
    return expr
  }

  // -- tokens ----------------------------------------------------------------------------

  /** A closing bracket with no matching opening one: reported and skipped. */
  private isStrayCloser(t: Token): boolean {
    return (t.type === ')' && this.parens === 0) || (t.type === '}' && this.braces === 0)
  }

  private skipStrayCloser(t: Token): void {
    this.error(t.start, 'kql/unbalanced-parens', `${describe(t)} closes nothing: no \`${open(t)}\` is open`)
    this.next()
  }

  // -- query level -----------------------------------------------------------------------

  private or(): Expr | null {
    const children: Expr[] = []
    push(children, this.and())
    while (this.peek().type === 'or') {
      this.next()
      push(children, this.and())
    }
    return children.length === 0 ? null : orFlat(children)
  }

  private and(): Expr | null {
    const children: Expr[] = []
    push(children, this.not())
    // After an unexpected token is skipped, the next term is read as `and` without a second error.
    let skipped = false
    for (;;) {
      const t = this.peek()
      if (t.type === 'and') {
        this.next()
        push(children, this.not())
      } else if (t.type === 'or' || t.type === 'eof') break
      else if (t.type === ')' || t.type === '}') {
        if (!this.isStrayCloser(t)) break
        this.skipStrayCloser(t)
        skipped = true
        continue
      } else if (t.type === ':' || t.type === '{' || t.type === 'range') {
        this.error(t.start, 'kql/syntax', `unexpected ${describe(t)}: a field name should come before it`)
        this.next()
        skipped = true
        continue
      } else {
        if (!skipped)
          this.error(
            t.start,
            'kql/syntax',
            `expected \`and\`, \`or\` or the end of the query before ${describe(t)}; read as \`and\``
          )
        push(children, this.not())
      }
      skipped = false
    }
    return children.length === 0 ? null : andFlat(children)
  }

  private not(): Expr | null {
    const t = this.peek()
    if (t.type !== 'not') return this.primary()
    this.next()
    this.enter(t)
    const child = this.not()
    this.leave()
    return child ? { kind: 'not', child } : null
  }

  private primary(): Expr | null {
    let skipped = false
    for (;;) {
      const t = this.peek()
      switch (t.type) {
        case '(':
          return this.group(() => this.or())
        case 'word':
        case 'string':
          return this.expression()
        case 'not':
          return this.not()
        case ')':
        case '}':
          if (this.isStrayCloser(t)) {
            this.skipStrayCloser(t)
            skipped = true
            continue
          }
          this.error(t.start, 'kql/syntax', `expected a field or a value, found ${describe(t)}`)
          return null
        case 'and':
        case 'or':
          this.error(t.start, 'kql/syntax', `expected a field or a value before ${describe(t)}`)
          return null
        case 'eof':
          if (!skipped)
            this.error(t.start, 'kql/syntax', 'the query ends where a field or a value is expected')
          return null
        case ':':
        case '{':
        case 'range':
          this.error(t.start, 'kql/syntax', `unexpected ${describe(t)}: a field name should come before it`)
          this.next()
          skipped = true
          continue
      }
    }
  }

  /** `( inner )`: the inner expression; an unclosed `(` is reported at itself. */
  private group(inner: () => Expr | null): Expr | null {
    const open = this.next()
    this.enter(open)
    this.parens++
    const e = inner()
    this.parens--
    this.leave()
    if (this.peek().type === ')') this.next()
    else this.error(open.start, 'kql/unbalanced-parens', 'this `(` is never closed: add the `)`')
    return e
  }

  /** A term starting with a word or a string: `field: ...`, `field < x`, or a keyword term. */
  private expression(): Expr | null {
    const after = this.peek(1)
    if (after.type === ':') {
      const fieldTok = this.next()
      this.next()
      const field = this.prefix + this.fieldName(fieldTok)
      if (this.peek().type === '{') return this.nested(field)
      return this.values(field)
    }
    if (after.type === 'range') {
      const fieldTok = this.next()
      const opTok = this.next()
      const field = this.prefix + this.fieldName(fieldTok)
      const v = this.peek()
      if (v.type !== 'word' && v.type !== 'string') {
        this.error(v.start, 'kql/syntax', `expected a value after ${describe(opTok)}, found ${describe(v)}`)
        return null
      }
      const { first, last } = this.valueTokens()
      const value = first.type === 'string' ? first.value : literalOf(this.decode(first, last))
      return this.pred(field, RANGE_OPS[opTok.value], value, true, first.start)
    }
    return this.keywordTerm()
  }

  private fieldName(t: Token): string {
    if (t.type === 'string') return t.value
    // A wildcard in a field name (`a.*.b`) stays as written.
    return this.decode(t, t)
      .map(p => (p === '*' ? '*' : p.lit))
      .join('')
  }

  /** `field:{ query }`: the inner fields are relative to `field`. */
  private nested(field: string): Expr | null {
    const open = this.next()
    this.enter(open)
    this.braces++
    const saved = this.prefix
    this.prefix = field + '.'
    const e = this.or()
    this.prefix = saved
    this.braces--
    this.leave()
    if (this.peek().type === '}') this.next()
    else this.error(open.start, 'kql/unbalanced-parens', 'this `{` is never closed: add the `}`')
    return e
  }

  // -- value lists -----------------------------------------------------------------------

  private values(field: string): Expr | null {
    const t = this.peek()
    if (t.type === 'word' || t.type === 'string' || t.type === '(' || t.type === 'not')
      return this.valueTerm(field)
    this.error(t.start, 'kql/syntax', `expected a value after \`${field}:\`, found ${describe(t)}`)
    return null
  }

  private valueOr(field: string): Expr | null {
    const children: Expr[] = []
    push(children, this.valueAnd(field))
    while (this.peek().type === 'or') {
      this.next()
      push(children, this.valueAnd(field))
    }
    return children.length === 0 ? null : orFlat(children)
  }

  private valueAnd(field: string): Expr | null {
    const children: Expr[] = []
    push(children, this.valueTerm(field))
    let skipped = false
    for (;;) {
      const t = this.peek()
      if (t.type === 'and') {
        this.next()
        push(children, this.valueTerm(field))
      } else if (t.type === 'or' || t.type === 'eof' || t.type === ')' || t.type === '}') break
      else if (t.type === ':' || t.type === '{' || t.type === 'range') {
        this.error(t.start, 'kql/syntax', `unexpected ${describe(t)} in the values of \`${field}\``)
        this.next()
        skipped = true
        continue
      } else {
        if (!skipped)
          this.error(
            t.start,
            'kql/syntax',
            `expected \`and\`, \`or\` or \`)\` before ${describe(t)}; read as \`and\``
          )
        push(children, this.valueTerm(field))
      }
      skipped = false
    }
    return children.length === 0 ? null : andFlat(children)
  }

  private valueTerm(field: string): Expr | null {
    for (;;) {
      const t = this.peek()
      switch (t.type) {
        case '(':
          return this.group(() => this.valueOr(field))
        case 'not': {
          this.next()
          this.enter(t)
          const child = this.valueTerm(field)
          this.leave()
          return child ? { kind: 'not', child } : null
        }
        case 'word':
        case 'string':
          return this.valuePredicate(field)
        case ':':
        case '{':
        case 'range':
          this.error(t.start, 'kql/syntax', `unexpected ${describe(t)} in the values of \`${field}\``)
          this.next()
          continue
        default:
          this.error(
            t.start,
            'kql/syntax',
            t.type === 'eof'
              ? `the query ends where a value of \`${field}\` is expected`
              : `expected a value of \`${field}\`, found ${describe(t)}`
          )
          return null
      }
    }
  }

  // -- values ----------------------------------------------------------------------------

  /**
   * The tokens of one value: a string, or a run of words. Words are joined across
   * whitespace (`*S3 Browser*`) while the next word is not a keyword and not the field of
   * a new term (a word followed by `:` or a range operator).
   */
  private valueTokens(): { first: Token; last: Token } {
    const first = this.next()
    let last = first
    if (first.type === 'word')
      while (this.peek().type === 'word') {
        const after = this.peek(1).type
        if (after === ':' || after === 'range') break
        const word = this.next()
        if (this.source.text.slice(last.end, word.start).includes('\n'))
          this.diagnostics.push(
            queryDiagnostic(
              this.source,
              word.start,
              'warning',
              'kql/multiline-value',
              `this unquoted value goes on from the line before: ${quote(this.source.text.slice(first.start, word.end))} is one value (is an \`or\` missing?)`
            )
          )
        last = word
      }
    return { first, last }
  }

  private decode(first: Token, last: Token): ValuePart[] {
    return decodeUnquoted(this.source.text, first.start, last.end)
  }

  private valuePredicate(field: string): Expr {
    const { first, last } = this.valueTokens()
    if (first.type === 'string') return this.pred(field, 'eq', first.value, true, first.start)
    const parts = this.decode(first, last)
    if (!parts.includes('*')) return this.pred(field, 'eq', literalOf(parts), true, first.start)
    if (parts.every(p => p === '*')) return this.pred(field, 'exists', null, false, first.start)
    return this.pred(field, 'wildcard', patternOf(parts), true, first.start)
  }

  /**
   * A value with no field: a full-text match over the default fields. Analysed text fields
   * match it whatever the case, so it is not case-sensitive. A bare `*` matches everything.
   */
  private keywordTerm(): Expr {
    const { first, last } = this.valueTokens()
    if (first.type === 'string')
      return this.pred(null, 'keyword', escapeLiteral(first.value), false, first.start)
    const parts = this.decode(first, last)
    if (parts.length > 0 && parts.every(p => p === '*'))
      return { kind: 'opaque', text: '*', reason: MATCH_ALL, pos: this.source.pos(first.start) }
    return this.pred(null, 'keyword', patternOf(parts), false, first.start)
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

function literalOf(parts: ValuePart[]): string {
  let out = ''
  for (const p of parts) out += p === '*' ? '*' : p.lit
  return out
}

/** The canonical IR pattern of decoded KQL parts: only `*` is a wildcard (`?` is escaped). */
function patternOf(parts: ValuePart[]): string {
  return buildPattern(normalizeParts(parts as PatternPart[]))
}

function describe(t: Token): string {
  switch (t.type) {
    case 'eof':
      return 'the end of the query'
    case 'string':
      return 'the string ' + quote(JSON.stringify(t.value))
    default:
      return quote(t.value)
  }
}

function open(t: Token): string {
  return t.type === ')' ? '(' : '{'
}
