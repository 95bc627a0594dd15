/** A collector of diagnostics for one file, typed by the reader's own codes. */
import type { Diagnostic, Severity, SourcePos } from './ir.js'

export class DiagnosticCollector<Code extends string> {
  readonly items: Diagnostic[] = []

  constructor(readonly path: string) {}

  add(severity: Severity, code: Code, message: string, pos: SourcePos): void {
    this.items.push({
      path: this.path,
      line: Math.max(1, pos.line),
      column: Math.max(1, pos.column),
      severity,
      code,
      message
    })
  }

  error(code: Code, message: string, pos: SourcePos): void {
    this.add('error', code, message, pos)
  }

  warning(code: Code, message: string, pos: SourcePos): void {
    this.add('warning', code, message, pos)
  }

  notice(code: Code, message: string, pos: SourcePos): void {
    this.add('notice', code, message, pos)
  }
}
