/**
 * ES|QL (detection-rules language `esql`) → IR.
 *
 * - `indices`: the sources of the first `FROM` (or `TS`), in order, as written (a quoted
 *   source decoded); `METADATA _id, ...` is not a source.
 * - `stages`: every command name in order, upper-case; `INLINE STATS` and `LOOKUP JOIN` in two
 *   words. Commands are split at `|` outside strings, comments and backquoted names.
 * - `expr`: the AND of the `WHERE` clauses before the first aggregation (`STATS`,
 *   `INLINE STATS`); later clauses filter groups, not events, and are only stages. Null when
 *   there is none.
 * - Predicates (see `where.ts`): `==` → `eq`, `!=` → `not(eq)`, `=~` → `eq` not
 *   case-sensitive, `<` `<=` `>` `>=`, `IN (...)` → OR of `eq`, `NOT IN`, `LIKE` (`*`, `?`
 *   wildcards; `wildcard`, or `eq` when the pattern has none), `RLIKE` → `regex`,
 *   `IS NULL` → `null`, `IS NOT NULL` → `exists`, `field == other` → `fieldref`,
 *   `STARTS_WITH`/`ENDS_WITH`/`CONTAINS` → `wildcard`, `CIDR_MATCH` → OR of `cidr`,
 *   `MV_CONTAINS(f, "x")` → `eq`; `KQL("...")` and `QSTR("...")` are parsed by the KQL and
 *   Lucene parsers, positioned in the file through the string's escapes. Casts (`f::string`,
 *   `TO_STRING(f)`, `TO_IP(f)`, ...) keep the field. Other function calls and expressions are
 *   `opaque` with their text.
 * - Full-text search, `MATCH(field, "x")` and `field : "x"`, is `opaque` (reason
 *   `full-text match`): it matches analysed tokens (or fuzzily), which no IR op states.
 * - Case: `==`, `LIKE`, `RLIKE`, `IN` and `STARTS_WITH` are case-sensitive in ES|QL
 *   (`caseSensitive: true`). On `TO_LOWER(field)` / `TO_UPPER(field)` they compare `field`
 *   case-insensitively (`caseSensitive: false`) when the constant is already in that case;
 *   when it is not, nothing can match: an `opaque` node and an `esql/case-mismatch` warning.
 * - Predicates on fields created by an earlier `EVAL`, `DISSECT`, `GROK`, `RENAME`, `ENRICH`,
 *   `COMPLETION`, `CHANGE_POINT` or `ROW`, and on `Esql.*` fields, are `derived`.
 * - Each predicate is positioned on its value (`IS [NOT] NULL`: on the field).
 *
 * Recovery: a `WHERE` that does not parse is read again conjunct by conjunct (when it has no
 * top-level `OR`): each `AND` operand that parses is kept, each that does not becomes
 * `opaque` with an `esql/syntax` error on its offending token.
 *
 * Diagnostic codes (stable):
 *
 * | code                         | severity | meaning                                                   |
 * |------------------------------|----------|-----------------------------------------------------------|
 * | `esql/syntax`                | error    | a command that does not parse; positioned on the token     |
 * | `esql/too-deep`              | error    | an expression nests deeper than 100 levels (`MAX_QUERY_DEPTH`) |
 * | `esql/unterminated-string`   | error    | a string never closed on its line                          |
 * | `esql/unterminated-comment`  | error    | a `/*` never closed                                        |
 * | `esql/no-from`               | warning  | the query does not start with `FROM`: no index patterns    |
 * | `esql/unknown-command`       | warning  | a command this reader does not know (kept as a stage)      |
 * | `esql/invalid-escape`        | warning  | a string escape ES|QL does not define (kept as written)    |
 * | `esql/invalid-pattern`       | warning  | a LIKE backslash that escapes nothing                      |
 * | `esql/case-mismatch`         | warning  | `TO_LOWER(f) == "Mixed"` and the like: it never matches    |
 * | `kql/*`, `lucene/*`          |          | from a `KQL("...")` / `QSTR("...")` query                  |
 */
import type { Diagnostic, Expr } from '../../ir.js'
import { andFlat } from '../../expr.js'
import { quote } from '../../text.js'
import { queryDiagnostic } from '../source.js'
import type { QuerySource } from '../source.js'
import { AGGREGATIONS, KNOWN_COMMANDS, createdFields, readSources } from './commands.js'
import { skipBlank, splitCommands, tokenize } from './lexer.js'
import type { Command, Token } from './lexer.js'
import { EsqlSyntaxError, WhereParser } from './where.js'
import type { WhereContext } from './where.js'

export interface EsqlResult {
  /** AND of the WHERE clauses before the first aggregation (STATS / INLINE STATS), null when none. */
  expr: Expr | null
  /** The FROM sources (index patterns), in order; METADATA not included. */
  indices: string[]
  /** Every pipeline command name in order, upper-case (FROM, WHERE, EVAL, STATS, KEEP, ...). */
  stages: string[]
  diagnostics: Diagnostic[]
}

export function parseEsql(source: QuerySource): EsqlResult {
  const diagnostics: Diagnostic[] = []
  const text = source.text
  const result: EsqlResult = { expr: null, indices: [], stages: [], diagnostics }
  if (skipBlank(text, 0, text.length) === text.length) return result

  const commands = splitCommands(source, diagnostics)
  const derived = new Set<string>()
  const ctx: WhereContext = {
    source,
    isDerived: field => derived.has(field) || field.startsWith('Esql.')
  }
  const clauses: Expr[] = []
  let aggregated = false

  commands.forEach((cmd, k) => {
    if (cmd.name === '') {
      const empty = cmd.start === cmd.end
      diagnostics.push(
        queryDiagnostic(
          source,
          empty ? Math.max(0, cmd.pipe) : cmd.start,
          'error',
          'esql/syntax',
          empty
            ? 'an empty command: nothing follows this `|`'
            : `expected a command name, found ${quote(text.slice(cmd.start, cmd.start + 1))}`
        )
      )
      return
    }
    result.stages.push(cmd.name)
    if (k === 0) readFirst(cmd, source, result)
    else if (cmd.name === 'FROM' || cmd.name === 'TS')
      diagnostics.push(
        queryDiagnostic(source, cmd.start, 'error', 'esql/syntax', `${cmd.name} can only start a query`)
      )
    if (!KNOWN_COMMANDS.has(cmd.name))
      diagnostics.push(
        queryDiagnostic(
          source,
          cmd.start,
          'warning',
          'esql/unknown-command',
          `${quote(cmd.name)} is not an ES|QL command this reader knows: it is kept as a stage only`
        )
      )
    if (AGGREGATIONS.has(cmd.name)) aggregated = true
    if (cmd.name === 'FROM' || cmd.name === 'TS' || cmd.name === 'SHOW') return
    if (aggregated) return
    const tokens = tokenize(source, cmd.argsStart, cmd.end, diagnostics)
    if (cmd.name === 'WHERE') {
      const e = readWhere(ctx, tokens, cmd, diagnostics)
      if (e) clauses.push(e)
      return
    }
    for (const f of createdFields(cmd.name, tokens)) derived.add(f)
  })

  result.expr = clauses.length === 0 ? null : andFlat(clauses)
  return result
}

function readFirst(cmd: Command, source: QuerySource, result: EsqlResult): void {
  if (cmd.name === 'FROM' || cmd.name === 'TS') {
    const sources = readSources(source.text, cmd.argsStart, cmd.end)
    for (const b of sources.bad)
      result.diagnostics.push(
        queryDiagnostic(
          source,
          b,
          'error',
          'esql/syntax',
          `unexpected ${quote(source.text[b])} in the ${cmd.name} sources`
        )
      )
    result.indices = sources.indices.map(s => s.name)
    if (sources.indices.length === 0)
      result.diagnostics.push(
        queryDiagnostic(source, cmd.start, 'error', 'esql/syntax', `${cmd.name} names no index pattern`)
      )
    return
  }
  result.diagnostics.push(
    queryDiagnostic(
      source,
      cmd.start,
      'warning',
      'esql/no-from',
      `the query starts with ${quote(cmd.name)}, not FROM: it reads no index pattern`
    )
  )
}

/**
 * A WHERE clause. When it does not parse, its `AND` operands are read one by one (when no
 * `OR` stands at the top level), so one bad operand does not hide the others.
 */
function readWhere(ctx: WhereContext, tokens: Token[], cmd: Command, diagnostics: Diagnostic[]): Expr | null {
  const source = ctx.source
  if (tokens.length === 1) {
    diagnostics.push(queryDiagnostic(source, cmd.start, 'error', 'esql/syntax', 'WHERE has no condition'))
    return null
  }
  const whole = attempt(ctx, tokens)
  if (!(whole instanceof EsqlSyntaxError)) {
    diagnostics.push(...whole.diagnostics)
    return whole.expr
  }
  const conjuncts = splitTopLevel(tokens)
  if (conjuncts === null) {
    diagnostics.push(queryDiagnostic(source, whole.offset, 'error', whole.code, whole.message))
    const first = tokens[0]
    const last = tokens[tokens.length - 2]
    return {
      kind: 'opaque',
      text: source.text.slice(first.start, last.end),
      reason: 'WHERE clause that does not parse',
      pos: source.pos(first.start)
    }
  }
  const children: Expr[] = []
  for (const part of conjuncts) {
    const r = attempt(ctx, part)
    if (!(r instanceof EsqlSyntaxError)) {
      diagnostics.push(...r.diagnostics)
      if (r.expr) children.push(r.expr)
      continue
    }
    diagnostics.push(queryDiagnostic(source, r.offset, 'error', r.code, r.message))
    const first = part[0]
    const last = part[part.length - 2] ?? first
    children.push({
      kind: 'opaque',
      text: source.text.slice(first.start, last.end),
      reason: 'condition that does not parse',
      pos: source.pos(first.start)
    })
  }
  return children.length === 0 ? null : andFlat(children)
}

function attempt(
  ctx: WhereContext,
  tokens: Token[]
): { expr: Expr | null; diagnostics: Diagnostic[] } | EsqlSyntaxError {
  const parser = new WhereParser(ctx, tokens)
  try {
    const expr = parser.parse()
    return { expr, diagnostics: parser.diagnostics }
  } catch (err) {
    if (err instanceof EsqlSyntaxError) return err
    throw err
  }
}

/**
 * Splits a WHERE's tokens at the `AND`s outside brackets, each part ending with an `eof`
 * token; null when an `OR` stands outside brackets (then the parts are not conjuncts) or
 * there is only one part.
 */
function splitTopLevel(tokens: Token[]): Token[][] | null {
  const parts: Token[][] = []
  let current: Token[] = []
  let depth = 0
  const close = (at: number): void => {
    current.push({ type: 'eof', start: at, end: at, value: '' })
    parts.push(current)
    current = []
  }
  for (const t of tokens) {
    if (t.type === 'eof') break
    if (t.type === '(' || t.type === '[' || t.type === '{') depth++
    else if ((t.type === ')' || t.type === ']' || t.type === '}') && depth > 0) depth--
    const word = t.type === 'ident' ? t.value.toUpperCase() : ''
    if (depth === 0 && word === 'OR') return null
    if (depth === 0 && word === 'AND') {
      if (current.length > 0) close(t.start)
      continue
    }
    current.push(t)
  }
  if (current.length > 0) close(tokens[tokens.length - 1].start)
  return parts.length > 1 ? parts : null
}
