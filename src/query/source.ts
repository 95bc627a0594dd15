/**
 * A query's text with the way back to the file: query parsers work on offsets into the
 * query string, and every predicate and diagnostic they produce carries the position of
 * that offset in the rule file, so annotations land on the right line.
 */
import type { Diagnostic, Severity, SourcePos } from '../ir.js'

export interface QuerySource {
  /** The rule file's display path (for diagnostics). */
  path: string
  /** The query as the parser reads it (escapes of the enclosing format already decoded). */
  text: string
  /** File position of an offset into `text` (0 ≤ offset ≤ text.length). */
  pos(offset: number): SourcePos
}

/**
 * A query that stands verbatim in the file from `start` on (a TOML literal string, a YAML
 * block scalar's first line...): offsets map by counting lines and columns in `text`.
 */
export function verbatimSource(path: string, text: string, start: SourcePos): QuerySource {
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  return {
    path,
    text,
    pos(offset: number): SourcePos {
      const o = Math.max(0, Math.min(offset, text.length))
      let lo = 0
      let hi = lineStarts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (lineStarts[mid] <= o) lo = mid
        else hi = mid - 1
      }
      return lo === 0
        ? { line: start.line, column: start.column + o }
        : { line: start.line + lo, column: o - lineStarts[lo] + 1 }
    }
  }
}

/** A query embedded in another query (ES|QL `kql("...")`): offsets shift into the outer one. */
export function innerSource(
  outer: QuerySource,
  text: string,
  offsetOf: (inner: number) => number
): QuerySource {
  return { path: outer.path, text, pos: offset => outer.pos(offsetOf(offset)) }
}

/** A diagnostic at an offset of the query. */
export function queryDiagnostic(
  source: QuerySource,
  offset: number,
  severity: Severity,
  code: string,
  message: string
): Diagnostic {
  const { line, column } = source.pos(offset)
  return { path: source.path, line, column, severity, code, message }
}
