/**
 * KQL (Kibana Query Language, detection-rules language `kuery`) → IR.
 *
 * Semantics (formats.md §2.4; Kibana's KQL grammar; detection-rules `lib/kql`):
 * - `field:value` compares one field. A quoted value is literal (a `*` inside quotes is a
 *   star). An unquoted value with an unescaped `*` is a wildcard (op `wildcard`, canonical IR
 *   pattern) and may contain spaces (`*S3 Browser*`); without one it is op `eq`. `?` is
 *   never a wildcard: the IR pattern escapes it (`\?`). Numbers and booleans stay strings.
 * - `field:*` (any value made only of `*`) is op `exists`.
 * - `field:(a or b and not c)` applies each value to the field, keeping the boolean shape.
 * - `field < v`, `<=`, `>`, `>=` are `lt`/`lte`/`gt`/`gte`.
 * - `field:{ sub:v }` (nested) compares `field.sub`.
 * - A value with no field is op `keyword` (field null), a full-text match.
 * - Field names keep their wildcards (`a.*.b`); escapes in them are decoded. `sourceField`
 *   and `field` are both the name as written (canonical mapping happens later).
 * - `and`, `or`, `not` in any case; precedence not > and > or.
 * - Every predicate is positioned on its value (each value of a list on itself).
 *
 * Case. formats.md's "keywords are normalised to lowercase" is about the operators: the
 * detection-rules parser lower-cases `AND`/`OR`/`NOT` (`assert_lower_token`), not values.
 * Values reach Elasticsearch as term, phrase and wildcard queries without
 * `case_insensitive`, which are case-sensitive on keyword fields (ECS's `process.name`,
 * `event.action`, ...). So every field comparison is `caseSensitive: true`; a later stage
 * that knows a field is analysed text may relax it. Field-less keyword terms are full-text
 * matches over the default fields, mostly analysed: `caseSensitive: false`.
 *
 * An empty query, and a query that is only `*` (every document), give `expr: null`; a `*`
 * term inside a larger query is an `opaque` node (reason `MATCH_ALL`).
 *
 * Diagnostic codes (stable):
 *
 * | code                      | severity | meaning                                                   |
 * |---------------------------|----------|-----------------------------------------------------------|
 * | `kql/syntax`              | error    | an unexpected or missing token; positioned on it          |
 * | `kql/unterminated-string` | error    | a `"` never closed; the string ends at the end of its line |
 * | `kql/unbalanced-parens`   | error    | a `(`/`{` never closed (at the opener) or a stray `)`/`}` |
 * | `kql/too-deep`            | error    | nesting beyond 100 levels (`MAX_QUERY_DEPTH`); nothing is read |
 * | `kql/invalid-escape`      | warning  | a backslash KQL does not define; kept literally           |
 * | `kql/multiline-value`     | warning  | an unquoted value runs on over a line break (a missing `or`?) |
 */
import type { Diagnostic, Expr } from '../../ir.js'
import type { QuerySource } from '../source.js'
import { KqlParser } from './parser.js'

export { MATCH_ALL } from './parser.js'

export function parseKql(source: QuerySource): { expr: Expr | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const expr = new KqlParser(source, diagnostics).parse()
  return { expr, diagnostics }
}
