/**
 * `rule.filters`: Kibana filter pills, each `{ meta: { negate, disabled, ... }, query: <ES DSL> }`
 * (older pills put the DSL beside `meta` instead of under `query`). A filter with
 * `meta.negate = true` is an exclusion, AND-ed as `not(...)` at the top of the rule's tree;
 * one without is a condition AND-ed as is; a disabled one is skipped.
 *
 * ES DSL read (anything else is an opaque node and a notice):
 *
 * | DSL                                         | IR                                                         |
 * |---------------------------------------------|------------------------------------------------------------|
 * | `match_phrase` / `match` / `term` `{f: v}` or `{f: {query / value: v}}` | `eq` (case-sensitive, as keyword fields are; `term` with `case_insensitive` is not) |
 * | `terms` `{f: [v, ...]}`                      | OR of `eq`                                                 |
 * | `wildcard` `{f: {value / wildcard: p, case_insensitive}}` | `wildcard` (`eq` without wildcards); `\` escapes `*` `?` `\` as in the IR |
 * | `prefix` `{f: {value: v}}`                   | `wildcard` `v*`                                            |
 * | `regexp` `{f: {value: r, case_insensitive}}` | `regex` (flag `i` when insensitive)                         |
 * | `exists` `{field: f}`                        | `exists`                                                   |
 * | `range` `{f: {gt, gte, lt, lte}}`            | AND of `gt` / `gte` / `lt` / `lte`                         |
 * | `bool` `{must, filter, should, must_not}`    | AND of must and filter, OR of should, `not` of each must_not |
 * | `match_all`                                 | nothing (matches every event)                              |
 *
 * Every predicate is positioned on its value in the file when the filter is written as TOML
 * tables (the corpus' form), else on the nearest enclosing key.
 */
import type { Expr, Op, Predicate } from '../../ir.js'
import { and, or } from '../../ir.js'
import { buildPattern, escapeLiteral, hasWildcard, literalText, parsePattern } from '../../wildcard.js'
import type { PathSegment } from './layout.js'
import { dotted, isTable, typeName } from './toml.js'
import type { RuleFile, TomlTable } from './toml.js'

/** The top-level conjuncts the filters add to a rule's tree. */
export function filterConjuncts(filters: unknown, file: RuleFile): Expr[] {
  const where: PathSegment[] = ['rule', 'filters']
  if (filters === undefined) return []
  if (!Array.isArray(filters)) {
    file.diags.warning(
      'elastic/invalid-metadata',
      `\`rule.filters\` should be a list of tables, not ${typeName(filters)}`,
      file.pos(where)
    )
    return []
  }
  const out: Expr[] = []
  filters.forEach((filter, i) => {
    const at: PathSegment[] = [...where, i]
    if (!isTable(filter)) {
      file.diags.warning(
        'elastic/invalid-metadata',
        `a filter should be a table, not ${typeName(filter)}`,
        file.pos(at)
      )
      return
    }
    const meta = isTable(filter.meta) ? filter.meta : {}
    if (meta.disabled === true) return
    let body: unknown = filter.query
    let bodyAt: PathSegment[] = [...at, 'query']
    if (body === undefined) {
      const rest: TomlTable = {}
      for (const [k, v] of Object.entries(filter)) if (k !== 'meta' && k !== '$state') rest[k] = v
      body = rest
      bodyAt = at
    }
    const expr = new DslReader(file).read(body, bodyAt)
    if (expr === null) return
    out.push(meta.negate === true ? { kind: 'not', child: expr } : expr)
  })
  return out
}

class DslReader {
  constructor(private readonly file: RuleFile) {}

  /** A DSL query; null when it matches everything. */
  read(node: unknown, at: PathSegment[]): Expr | null {
    if (!isTable(node)) return this.unsupported(node, at, `a query should be a table, not ${typeName(node)}`)
    const parts: Expr[] = []
    for (const [kind, body] of Object.entries(node)) {
      const e = this.clause(kind, body, [...at, kind])
      if (e !== null) parts.push(e)
    }
    return parts.length === 0 ? null : and(parts)
  }

  private clause(kind: string, body: unknown, at: PathSegment[]): Expr | null {
    switch (kind) {
      case 'match_all':
        return null
      case 'bool':
        return this.bool(body, at)
      case 'exists': {
        const field = isTable(body) ? body.field : undefined
        if (typeof field !== 'string') return this.unsupported(body, at, '`exists` needs a `field`')
        return this.pred(field, 'exists', null, false, [...at, 'field'])
      }
      case 'terms':
        return this.terms(body, at)
      case 'match_phrase':
      case 'match':
      case 'term':
      case 'wildcard':
      case 'prefix':
      case 'regexp':
      case 'range':
        return this.fieldClause(kind, body, at)
      default:
        return this.unsupported(body, at, `filter \`${kind}\` not interpreted`)
    }
  }

  private bool(body: unknown, at: PathSegment[]): Expr | null {
    if (!isTable(body)) return this.unsupported(body, at, '`bool` should be a table')
    const list = (key: string): Array<[unknown, PathSegment[]]> => {
      const v = body[key]
      if (v === undefined) return []
      return Array.isArray(v) ? v.map((x, i) => [x, [...at, key, i]]) : [[v, [...at, key]]]
    }
    const conjuncts: Expr[] = []
    for (const key of ['must', 'filter']) {
      for (const [q, where] of list(key)) {
        const e = this.read(q, where)
        if (e !== null) conjuncts.push(e)
      }
    }
    const should: Expr[] = []
    let shouldAll = false
    for (const [q, where] of list('should')) {
      const e = this.read(q, where)
      if (e === null) shouldAll = true
      else should.push(e)
    }
    if (should.length > 0 && !shouldAll) conjuncts.push(or(should))
    for (const [q, where] of list('must_not')) {
      const e = this.read(q, where)
      if (e !== null) conjuncts.push({ kind: 'not', child: e })
    }
    return conjuncts.length === 0 ? null : and(conjuncts)
  }

  private terms(body: unknown, at: PathSegment[]): Expr | null {
    if (!isTable(body)) return this.unsupported(body, at, '`terms` should be a table')
    const parts: Expr[] = []
    for (const [field, values] of Object.entries(body)) {
      if (field === 'boost') continue
      if (!Array.isArray(values) || values.length === 0)
        return this.unsupported(body, at, '`terms` needs a list of values')
      const preds: Expr[] = []
      values.forEach((v, i) => {
        const text = scalar(v)
        if (text !== null) preds.push(this.pred(field, 'eq', text, true, [...at, field, i]))
      })
      if (preds.length === 0) return this.unsupported(body, at, '`terms` values should be strings or numbers')
      parts.push(or(preds))
    }
    return parts.length === 0 ? null : and(parts)
  }

  /** `{ field: value }` or `{ field: { value / query / wildcard: v, case_insensitive, ... } }`. */
  private fieldClause(kind: string, body: unknown, at: PathSegment[]): Expr | null {
    if (!isTable(body)) return this.unsupported(body, at, `\`${kind}\` should be a table`)
    const entries = Object.entries(body).filter(([k]) => k !== 'boost')
    if (entries.length !== 1) return this.unsupported(body, at, `\`${kind}\` should name exactly one field`)
    const [field, spec] = entries[0]
    const fieldAt = [...at, field]
    if (kind === 'range') return this.range(field, spec, fieldAt)
    let value: string | null
    let valueAt = fieldAt
    let caseInsensitive = false
    let flags: unknown
    if (isTable(spec)) {
      const key = ['value', 'query', 'wildcard'].find(k => spec[k] !== undefined)
      value = key === undefined ? null : scalar(spec[key])
      if (key !== undefined) valueAt = [...fieldAt, key]
      caseInsensitive = spec.case_insensitive === true
      flags = spec.flags
    } else value = scalar(spec)
    if (value === null) return this.unsupported(body, at, `\`${kind}\` on \`${field}\` has no usable value`)
    switch (kind) {
      case 'wildcard': {
        const parts = parsePattern(value)
        return hasWildcard(parts)
          ? this.pred(field, 'wildcard', buildPattern(parts), !caseInsensitive, valueAt)
          : this.pred(field, 'eq', literalText(parts), !caseInsensitive, valueAt)
      }
      case 'prefix':
        return this.pred(field, 'wildcard', escapeLiteral(value) + '*', !caseInsensitive, valueAt)
      case 'regexp': {
        const p = this.pred(field, 'regex', value, !caseInsensitive, valueAt)
        if (caseInsensitive) p.flags = 'i'
        if (flags !== undefined && flags !== 'ALL' && flags !== 'NONE')
          this.file.diags.notice(
            'elastic/unsupported-filter',
            `regexp flags \`${String(flags)}\` are not kept`,
            this.file.pos([...fieldAt, 'flags'])
          )
        return p
      }
      default:
        // match_phrase, match, term
        return this.pred(field, 'eq', value, !caseInsensitive, valueAt)
    }
  }

  private range(field: string, spec: unknown, at: PathSegment[]): Expr | null {
    if (!isTable(spec)) return this.unsupported(spec, at, `\`range\` on \`${field}\` should be a table`)
    const ops: Array<[string, Op]> = [
      ['gt', 'gt'],
      ['gte', 'gte'],
      ['lt', 'lt'],
      ['lte', 'lte']
    ]
    const parts: Expr[] = []
    for (const [key, op] of ops) {
      const v = scalar(spec[key])
      if (v !== null) parts.push(this.pred(field, op, v, true, [...at, key]))
    }
    if (parts.length === 0) return this.unsupported(spec, at, `\`range\` on \`${field}\` has no bound`)
    return and(parts)
  }

  private pred(
    field: string,
    op: Op,
    value: string | null,
    caseSensitive: boolean,
    at: PathSegment[]
  ): Predicate {
    return { kind: 'pred', field, sourceField: field, op, value, caseSensitive, pos: this.file.pos(at) }
  }

  private unsupported(node: unknown, at: PathSegment[], reason: string): Expr {
    const pos = this.file.pos(at)
    this.file.diags.notice('elastic/unsupported-filter', `\`${dotted(at)}\`: ${reason}; kept as text`, pos)
    let text: string
    try {
      text = JSON.stringify(node) ?? String(node)
    } catch {
      text = String(node)
    }
    return { kind: 'opaque', text, reason, pos }
  }
}

function scalar(v: unknown): string | null {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v)
  return null
}
