/**
 * EQL (Elastic Event Query Language) → IR: `parseEql(source)` reads a query into one tree
 * per event query: one for `category where ...`, one per step (`step 1`, `step 2`, ...)
 * for `sequence` and `sample`, plus `until` for a sequence's `until [...]`.
 *
 * The event category (`process where`) is not turned into a predicate: it is returned in
 * `properties.eventCategories` (one entry per query, `any` as written, null when missing)
 * and the Elastic reader maps it to the rule's logsource. A predicate
 * `event.category == "process"` on every EQL rule would be the noisiest indicator of the
 * catalog and would say nothing the logsource does not.
 *
 * `properties` also holds, when present:
 * - `sequence` / `sample` / `join`: `{ by: [keys], maxspan?: "5m", steps: [{ category, by?, runs?, missing? }], until?: {...} }`.
 *   A missing-event step (`![any where ...]`, the event must not follow) reads as `not(...)`,
 *   so its predicates are exclusions;
 * - `pipes`: the text of each `| pipe` stage (Elasticsearch knows `head` and `tail`), not interpreted.
 *
 * Dialects (`options.dialect`): `elasticsearch` (the default, detection-rules) and `endpoint`,
 * the EQL of Elastic Defend's behavior rules (`parser.ts`). In both, `_arraysearch(array,
 * $e, cond)` reads `cond` with `$e.sub` as the field `array.sub`, each such predicate marked
 * `array` (`ir.ts`), and a step's `as alias` is kept in its step (`alias`); a later step's
 * `alias.field` stays as written.
 *
 * Case and wildcard semantics are listed in `predicates.ts`. Positions: every predicate
 * carries the position of its value; an opaque node the position of its first character.
 *
 * Diagnostic codes (stable):
 *
 * | code                         | severity | meaning                                                          |
 * |------------------------------|----------|------------------------------------------------------------------|
 * | `eql/syntax`                 | error    | the query does not parse here; the term is kept as opaque text    |
 * | `eql/unterminated-string`    | error    | a string or an escaped field name has no closing quote           |
 * | `eql/unterminated-comment`   | error    | `/*` has no closing `*\/`                                         |
 * | `eql/invalid-escape`         | error    | an escape other than `\b \t \n \f \r \" \' \\ \u{…}` in a string  |
 * | `eql/unexpected-character`   | error    | a character that starts no token (skipped)                       |
 * | `eql/empty-query`            | error    | the query has no tokens                                          |
 * | `eql/too-deep`               | error    | nesting beyond 100 levels (`MAX_QUERY_DEPTH`); the rest of the query is not read     |
 * | `eql/unknown-function`       | notice   | a function Elasticsearch EQL does not define; kept as opaque     |
 * | `eql/unknown-variable`       | error    | a `$` variable outside the `_arraysearch` that declares it        |
 * | `eql/unsupported`            | warning  | `join`, `fork`, `descendant of [...]` (endpoint dialect aside); in the Elasticsearch dialect `_arraysearch` and `as` |
 * | `eql/internal-error`         | error    | a bug in this parser; no tree                                    |
 */
import type { Diagnostic, JsonValue, Query } from '../../ir.js'
import { queryDiagnostic } from '../source.js'
import type { QuerySource } from '../source.js'
import { EqlParser } from './parser.js'
import type { EqlDialect } from './parser.js'

export type { EqlCode } from './diagnostics.js'
export type { EqlDialect } from './parser.js'

export interface EqlOptions {
  /** `elasticsearch` (default) or `endpoint` (Elastic Defend behavior rules). */
  dialect?: EqlDialect
}

export function parseEql(
  source: QuerySource,
  options: EqlOptions = {}
): {
  queries: Query[]
  diagnostics: Diagnostic[]
  properties: Record<string, JsonValue>
} {
  try {
    return new EqlParser(source, options.dialect).parse()
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    return {
      queries: [],
      diagnostics: [
        queryDiagnostic(source, 0, 'error', 'eql/internal-error', `the EQL parser failed: ${message}`)
      ],
      properties: {}
    }
  }
}
