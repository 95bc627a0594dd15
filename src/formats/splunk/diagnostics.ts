/** Diagnostics of the Splunk reader: the codes (documented in `index.ts`) and a collector. */
import type { Diagnostic, Severity, SourcePos } from '../../ir.js'

export type SplunkCode =
  | 'splunk/yaml-error'
  | 'splunk/yaml-warning'
  | 'splunk/not-a-map'
  | 'splunk/duplicate-key'
  | 'splunk/invalid-metadata'
  | 'splunk/invalid-technique'
  | 'splunk/missing-search'
  | 'splunk/unknown-data-source'
  | 'splunk/missing-filter-macro'
  | 'splunk/internal-error'

/** Collects diagnostics for one file (or one rule of it). */
export class Diagnostics {
  readonly items: Diagnostic[] = []

  constructor(readonly path: string) {}

  add(severity: Severity, code: SplunkCode, message: string, pos: SourcePos): void {
    this.items.push({
      path: this.path,
      line: Math.max(1, pos.line),
      column: Math.max(1, pos.column),
      severity,
      code,
      message
    })
  }

  error(code: SplunkCode, message: string, pos: SourcePos): void {
    this.add('error', code, message, pos)
  }

  warning(code: SplunkCode, message: string, pos: SourcePos): void {
    this.add('warning', code, message, pos)
  }

  notice(code: SplunkCode, message: string, pos: SourcePos): void {
    this.add('notice', code, message, pos)
  }
}

// Messages quote rule text the way the Sigma reader does.
