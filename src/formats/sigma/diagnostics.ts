/** Diagnostics of the Sigma reader: the codes (documented in `index.ts`) and a collector. */
import type { Diagnostic, Severity, SourcePos } from '../../ir.js'

export type SigmaCode =
  | 'sigma/yaml-error'
  | 'sigma/yaml-warning'
  | 'sigma/not-a-map'
  | 'sigma/not-a-rule'
  | 'sigma/collection-action'
  | 'sigma/collection-conflict'
  | 'sigma/duplicate-key'
  | 'sigma/invalid-metadata'
  | 'sigma/missing-logsource'
  | 'sigma/missing-detection'
  | 'sigma/missing-condition'
  | 'sigma/invalid-detection'
  | 'sigma/invalid-value'
  | 'sigma/unknown-modifier'
  | 'sigma/modifier-conflict'
  | 'sigma/unknown-identifier'
  | 'sigma/condition-syntax'
  | 'sigma/aggregation'
  | 'sigma/internal-error'

/** Collects diagnostics for one file (or one rule of it). */
export class Diagnostics {
  readonly items: Diagnostic[] = []

  constructor(readonly path: string) {}

  add(severity: Severity, code: SigmaCode, message: string, pos: SourcePos): void {
    this.items.push({
      path: this.path,
      line: Math.max(1, pos.line),
      column: Math.max(1, pos.column),
      severity,
      code,
      message
    })
  }

  error(code: SigmaCode, message: string, pos: SourcePos): void {
    this.add('error', code, message, pos)
  }

  warning(code: SigmaCode, message: string, pos: SourcePos): void {
    this.add('warning', code, message, pos)
  }

  notice(code: SigmaCode, message: string, pos: SourcePos): void {
    this.add('notice', code, message, pos)
  }
}
