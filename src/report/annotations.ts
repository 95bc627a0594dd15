/** Line annotations (check-run annotations or workflow commands): plain text, one per finding. */
import type { Report } from '../findings.js'
import type { Severity } from '../ir.js'
import { cleanText, evidenceSentence, normalizePath, sortedFindings } from './common.js'

export interface Annotation {
  /** Repository-relative, forward slashes. */
  path: string
  startLine: number
  endLine: number
  /** Only when the annotation stays on one line: GitHub rejects columns across lines. */
  startColumn?: number
  level: 'failure' | 'warning' | 'notice'
  title: string
  /** The finding's message, a line break, and one sentence of evidence. Plain text. */
  message: string
}

const LEVEL: Record<Severity, Annotation['level']> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice'
}

/** One annotation per finding, in report order (path, line, column, check, message). */
export function toAnnotations(report: Report): Annotation[] {
  return sortedFindings(report.findings).map((f): Annotation => {
    const startLine = Math.max(1, f.line)
    const endLine = Math.max(startLine, f.endLine)
    return {
      path: normalizePath(f.path),
      startLine,
      endLine,
      ...(startLine === endLine && f.column >= 1 ? { startColumn: f.column } : {}),
      level: LEVEL[f.severity],
      title: `detlint: ${f.check}`,
      message: `${cleanText(f.message)}\n${evidenceSentence(f.evidence)}`
    }
  })
}
