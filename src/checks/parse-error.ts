/**
 * parse-error: a file or rule that could not be read, with its line and column. Error
 * diagnostics take the configured severity; warnings and notices of the readers (an
 * aggregation read up to its pipe, a document that is not a rule) keep their own, never
 * above the configured one.
 */
import type { Diagnostic, Severity } from '../ir.js'
import type { Finding } from '../findings.js'
import type { Settings } from '../config.js'

const RANK: Record<Severity, number> = { notice: 1, warning: 2, error: 3 }

export function parseErrorFinding(
  d: Diagnostic,
  settings: Settings,
  rule?: { id: string | null; title: string }
): Finding {
  const configured = settings.checks['parse-error'].severity
  const severity = d.severity === 'error' || RANK[d.severity] > RANK[configured] ? configured : d.severity
  return {
    check: 'parse-error',
    severity,
    path: d.path,
    line: d.line,
    endLine: d.line,
    column: d.column,
    message: `${d.message} (${d.code})`,
    ruleId: rule?.id ?? null,
    ruleTitle: rule?.title ?? null,
    evidence: { kind: 'parse-error', code: d.code, column: d.column }
  }
}

export const PARSE_ERROR_DESCRIPTION =
  'The file or rule could not be read; the other files are still checked.'
