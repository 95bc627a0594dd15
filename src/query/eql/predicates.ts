/**
 * EQL comparisons and function calls → IR predicates, with the case and wildcard semantics
 * of Elasticsearch EQL (formats.md §2.5):
 *
 * | EQL                         | IR                                                                    |
 * |-----------------------------|-----------------------------------------------------------------------|
 * | `f == v` / `f != v`         | `eq` (case-sensitive, no wildcards) / `not(eq)`                        |
 * | `f == null` / `f != null`   | `null` / `exists`                                                      |
 * | `f < v` ... `f >= v`        | `lt` / `lte` / `gt` / `gte`                                            |
 * | `f : v`                     | `wildcard` when `v` has `*` or `?`, else `eq`; case-insensitive         |
 * | `f like v` / `like~`        | as `:`, case-sensitive / insensitive                                   |
 * | `f regex v` / `regex~`      | `regex` (flags `i` and case-insensitive for `~`)                       |
 * | `f in (…)` / `in~` / `not in` | OR of `eq`, case-sensitive / insensitive; `not(...)`                 |
 * | `f : (…)`, `like (…)`, ...  | OR of the single-value forms                                           |
 * | `f == g`, `f : g`           | `fieldref`                                                             |
 * | `stringContains(f, v)`, `startsWith`, `endsWith` (`~`: insensitive) | `wildcard` `*v*`, `v*`, `*v` |
 * | `cidrMatch(f, r1, r2)`      | OR of `cidr`, one per range                                             |
 * | `_arraysearch(a, $e, cond)` | `cond`, its `$e.sub` fields read as `a.sub` (predicates marked `array: a`) |
 * | other functions, arithmetic, literal-only comparisons | `opaque` with their text               |
 *
 * In `:` and `like` values every `*` and `?` is a wildcard and every other character is
 * literal (a backslash too): EQL has no escape for them. Patterns are built with
 * `buildPattern`, so a literal backslash before a wildcard is escaped as the IR requires.
 */
import type { Expr, Op, OpaqueExpr, Predicate } from '../../ir.js'
import { or } from '../../ir.js'
import type { QuerySource } from '../source.js'
import { buildPattern } from '../../wildcard.js'
import type { PatternPart } from '../../wildcard.js'
import type { CallValue, FieldValue, LiteralValue, StringValue, Value } from './ast.js'
import { isLiteral } from './ast.js'

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=' | ':' | '!:' | StringPredicateOp
export type StringPredicateOp = 'like' | 'like~' | 'regex' | 'regex~'
export type ListOp = 'in' | 'in~' | ':' | '!:' | StringPredicateOp

/** Functions Elasticsearch EQL defines (lowercase); any other name is reported. */
export const KNOWN_FUNCTIONS = new Set([
  'add',
  'between',
  'cidrmatch',
  'concat',
  'divide',
  'endswith',
  'indexof',
  'length',
  'modulo',
  'multiply',
  'number',
  'startswith',
  'string',
  'stringcontains',
  'substring',
  'subtract'
])

const RANGE_OPS: Record<string, Op> = { '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' }
const MIRROR: Record<string, CompareOp> = {
  '==': '==',
  '!=': '!=',
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<='
}

export class PredicateBuilder {
  constructor(private readonly source: QuerySource) {}

  opaque(start: number, end: number, reason: string): OpaqueExpr {
    return { kind: 'opaque', text: this.source.text.slice(start, end), reason, pos: this.source.pos(start) }
  }

  private pred(
    field: FieldValue,
    op: Op,
    value: string | null,
    caseSensitive: boolean,
    at: number
  ): Predicate {
    const p: Predicate = {
      kind: 'pred',
      field: field.name,
      sourceField: field.name,
      op,
      value,
      caseSensitive,
      pos: this.source.pos(at)
    }
    if (field.array !== undefined) p.array = field.array
    return p
  }

  /** `left op right`; `start`/`end` span the whole comparison. */
  comparison(left: Value, op: CompareOp, right: Value, start: number, end: number): Expr {
    if (left.k === 'field') {
      if (isLiteral(right))
        return this.fieldLiteral(left, op, right) ?? this.opaque(start, end, 'comparison not interpreted')
      if (right.k === 'field')
        return (
          this.fieldField(left, op, right) ??
          this.opaque(start, end, 'comparison of two fields not interpreted')
        )
    } else if (right.k === 'field' && isLiteral(left) && MIRROR[op] !== undefined) {
      return this.comparison(right, MIRROR[op], left, start, end)
    } else if (
      (left.k === 'call' || left.k === 'search') &&
      right.k === 'bool' &&
      (op === '==' || op === '!=')
    ) {
      const test = left.k === 'search' ? left.expr : this.callPredicate(left)
      if (test.kind !== 'opaque') return (right.value === 'true') === (op === '==') ? test : not(test)
    }
    return this.opaque(start, end, computedReason([left, right]))
  }

  /** `left op (items...)`. */
  listComparison(
    left: Value,
    op: ListOp,
    negated: boolean,
    items: Value[],
    start: number,
    end: number
  ): Expr {
    if (left.k !== 'field') return this.opaque(start, end, computedReason([left, ...items]))
    const children: Expr[] = []
    for (const item of items) {
      let child: Expr | null = null
      if (op === 'in' || op === 'in~') {
        if (item.k === 'field') child = this.pred(left, 'fieldref', item.name, op === 'in', item.start)
        else if (isLiteral(item)) child = this.equality(left, item, op === 'in')
      } else if (isLiteral(item)) {
        child = this.fieldLiteral(left, op, item)
      } else if (item.k === 'field' && op === ':') {
        child = this.fieldField(left, op, item)
      }
      children.push(child ?? this.opaque(item.start, item.end, `list item not interpreted`))
    }
    const any = or(children)
    return negated ? not(any) : any
  }

  /** A function call used as a condition. */
  callPredicate(call: CallValue): Expr {
    const name = call.name.toLowerCase()
    const [first, ...rest] = call.args
    const strings = rest.every((a): a is StringValue => a.k === 'string') ? (rest as StringValue[]) : null
    if (first?.k === 'field' && strings !== null && strings.length > 0) {
      const shape = WILDCARD_FUNCTIONS.get(name)
      if (shape !== undefined)
        return or(
          strings.map(s =>
            this.pred(first, 'wildcard', buildPattern(shape(s.value)), !call.insensitive, s.start)
          )
        )
      if (name === 'cidrmatch') return or(strings.map(s => this.pred(first, 'cidr', s.value, false, s.start)))
    }
    return this.opaque(call.start, call.end, `function \`${call.name}\` not interpreted`)
  }

  /** A value standing alone as a condition (`true`, `?field`, `length(x)`). */
  condition(v: Value): Expr {
    if (v.k === 'call') return this.callPredicate(v)
    if (v.k === 'search') return v.expr
    if (v.k === 'bool' || v.k === 'null' || v.k === 'number' || v.k === 'string')
      return this.opaque(v.start, v.end, 'constant condition')
    if (v.k === 'field') return this.opaque(v.start, v.end, 'a field used as a condition')
    return this.opaque(v.start, v.end, computedReason([v]))
  }

  private equality(field: FieldValue, lit: LiteralValue, caseSensitive: boolean): Predicate {
    // Presence tests have no case: `caseSensitive` false, as every reader writes them.
    if (lit.k === 'null') return this.pred(field, 'null', null, false, lit.start)
    return this.pred(field, 'eq', literalText(lit), caseSensitive, lit.start)
  }

  private fieldLiteral(field: FieldValue, op: CompareOp | ListOp, lit: LiteralValue): Expr | null {
    switch (op) {
      case '==':
        return this.equality(field, lit, true)
      case '!=':
        return lit.k === 'null'
          ? this.pred(field, 'exists', null, false, lit.start)
          : not(this.equality(field, lit, true))
      case '<':
      case '<=':
      case '>':
      case '>=':
        return lit.k === 'null' ? null : this.pred(field, RANGE_OPS[op], literalText(lit), true, lit.start)
      case ':':
        return this.match(field, lit, false)
      case '!:': {
        const m = this.match(field, lit, false)
        return m === null ? null : not(m)
      }
      case 'like':
      case 'like~':
        return lit.k === 'string' ? this.match(field, lit, op === 'like') : null
      case 'regex':
      case 'regex~': {
        if (lit.k !== 'string') return null
        const p = this.pred(field, 'regex', lit.value, op === 'regex', lit.start)
        if (op === 'regex~') p.flags = 'i'
        return p
      }
      case 'in':
      case 'in~':
        return this.equality(field, lit, op === 'in')
    }
  }

  /** `:` / `like`: a wildcard when the value has `*` or `?`, else an equality. */
  private match(field: FieldValue, lit: LiteralValue, caseSensitive: boolean): Predicate {
    if (lit.k !== 'string') return this.equality(field, lit, caseSensitive)
    const v = lit.value
    return v.includes('*') || v.includes('?')
      ? this.pred(field, 'wildcard', eqlWildcard(v), caseSensitive, lit.start)
      : this.pred(field, 'eq', v, caseSensitive, lit.start)
  }

  private fieldField(left: FieldValue, op: CompareOp | ListOp, right: FieldValue): Expr | null {
    if (op === '==' || op === ':') return this.pred(left, 'fieldref', right.name, op === '==', right.start)
    if (op === '!=' || op === '!:')
      return not(this.pred(left, 'fieldref', right.name, op === '!=', right.start))
    return null
  }
}

function not(child: Expr): Expr {
  return { kind: 'not', child }
}

function literalText(lit: Exclude<LiteralValue, { k: 'null' }>): string {
  switch (lit.k) {
    case 'string':
    case 'bool':
      return lit.value
    case 'number':
      return lit.text
  }
}

/** An EQL wildcard string: every `*` and `?` is a wildcard, everything else literal. */
export function eqlPattern(value: string): PatternPart[] {
  const parts: PatternPart[] = []
  let from = 0
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    if (c !== '*' && c !== '?') continue
    if (i > from) parts.push({ lit: value.slice(from, i) })
    parts.push(c)
    from = i + 1
  }
  if (from < value.length) parts.push({ lit: value.slice(from) })
  return parts
}

/**
 * `buildPattern(eqlPattern(value))`, without building the parts: the literal runs hold no
 * `*` or `?`, so escaping them only doubles a backslash that ends its run or precedes
 * another backslash, that is, one followed by `*`, `?`, `\\` or the end of the value.
 * (`match` calls this for every wildcard value of the corpus.)
 */
export function eqlWildcard(value: string): string {
  return value.includes('\\') ? value.replace(/\\(?=[*?\\]|$)/g, '\\\\') : value
}

const WILDCARD_FUNCTIONS: ReadonlyMap<string, (v: string) => PatternPart[]> = new Map([
  ['stringcontains', (v: string): PatternPart[] => ['*', { lit: v }, '*']],
  ['startswith', (v: string): PatternPart[] => [{ lit: v }, '*']],
  ['endswith', (v: string): PatternPart[] => ['*', { lit: v }]]
])

function computedReason(values: Value[]): string {
  const calls: string[] = []
  for (const v of values) {
    if (v.k === 'call') calls.push(v.name)
    else if (v.k === 'search') calls.push('_arraysearch')
    else if (v.k === 'computed') for (const c of v.calls) calls.push(c.name)
  }
  if (calls.length === 0) return 'computed comparison not interpreted'
  const unique = [...new Set(calls)]
  return `function ${unique.map(c => `\`${c}\``).join(', ')} not interpreted`
}
