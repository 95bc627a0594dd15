/**
 * Lucene query-string syntax (detection-rules language `lucene`, Elasticsearch
 * `query_string`) → IR.
 *
 * - `field:value`, `field:"phrase"`, `field:/regex/` (op `regex`), `field:(a OR b)` (each
 *   value on the field), `field:[a TO b]` / `{a TO b}` / mixed (`gte`/`gt` and `lte`/`lt`,
 *   `*` leaves a side open), `field:>=n` (`gte`, ...), `_exists_:field` and `field:*`
 *   (`exists`).
 * - Unquoted terms: `*` and `?` are wildcards (op `wildcard`, canonical IR pattern); a
 *   backslash escapes any character. Without a wildcard: op `eq`. Phrases are literal.
 * - `AND`/`&&`, `OR`/`||`, `NOT`/`!` (operators are upper-case: a lower-case `or` is a search
 *   term, with a warning), `+`/`-` prefixes, parentheses. See `parser.ts` for precedence and
 *   for clauses side by side (default operator OR).
 * - A value with no field is op `keyword` (field null), not case-sensitive (full text);
 *   field comparisons are case-sensitive, as term and wildcard queries are on keyword
 *   fields. `*` or `*:*` alone gives `expr: null`; inside a larger query an `opaque` node.
 * - Fuzzy terms (`x~2`), proximity phrases (`"a b"~3`) and ranges or comparisons without a
 *   field are `opaque`; boosts (`^2`) are ignored.
 * - Every predicate is positioned on its value.
 *
 * Diagnostic codes (stable):
 *
 * | code                          | severity | meaning                                                      |
 * |-------------------------------|----------|--------------------------------------------------------------|
 * | `lucene/syntax`               | error    | an unexpected or missing token; positioned on it             |
 * | `lucene/unterminated-string`  | error    | a `"` never closed; the phrase ends at the end of its line  |
 * | `lucene/unterminated-regex`   | error    | a `/` never closed; the regex runs to the end               |
 * | `lucene/unbalanced-parens`    | error    | a `(` never closed (at the `(`) or a stray `)`               |
 * | `lucene/too-deep`             | error    | nesting beyond 100 levels (`MAX_QUERY_DEPTH`); nothing is read |
 * | `lucene/lowercase-operator`   | warning  | `and`/`or`/`not` in lower case: a search term, not an operator |
 * | `lucene/optional-clause`      | notice   | an optional clause beside a required one, which cannot filter |
 */
import type { Diagnostic, Expr } from '../../ir.js'
import type { QuerySource } from '../source.js'
import { LuceneParser } from './parser.js'

export function parseLucene(source: QuerySource): { expr: Expr | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const expr = new LuceneParser(source, diagnostics).parse()
  return { expr, diagnostics }
}
