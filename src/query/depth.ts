/**
 * How deep a query or condition may nest before its reader stops and reports
 * `<language>/too-deep` (`spl/too-deep`, `kql/too-deep`, `eql/too-deep`, `esql/too-deep`,
 * `lucene/too-deep`, `sigma/too-deep`): one limit for every language, counted in levels of
 * parentheses, `not`s, unary signs and function calls. Real rules nest a handful of levels;
 * the limit keeps hostile input from overflowing the stack of the recursive-descent readers
 * and of everything that walks the tree after them.
 */
export const MAX_QUERY_DEPTH = 100
