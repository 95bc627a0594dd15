/** Diagnostics of the Elastic reader: the codes (documented in `index.ts`) and a collector. */
import type { Diagnostic, Severity, SourcePos } from '../../ir.js'

export type ElasticCode =
  | 'elastic/toml-error'
  | 'elastic/missing-rule'
  | 'elastic/invalid-metadata'
  | 'elastic/invalid-threat'
  | 'elastic/unknown-type'
  | 'elastic/missing-query'
  | 'elastic/missing-language'
  | 'elastic/unknown-language'
  | 'elastic/unsupported-filter'
  | 'elastic/query-position'
  | 'elastic/internal-error'

export class Diagnostics {
  readonly items: Diagnostic[] = []

  constructor(readonly path: string) {}

  add(severity: Severity, code: ElasticCode, message: string, pos: SourcePos): void {
    this.items.push({
      path: this.path,
      line: Math.max(1, pos.line),
      column: Math.max(1, pos.column),
      severity,
      code,
      message
    })
  }

  error(code: ElasticCode, message: string, pos: SourcePos): void {
    this.add('error', code, message, pos)
  }

  warning(code: ElasticCode, message: string, pos: SourcePos): void {
    this.add('warning', code, message, pos)
  }

  notice(code: ElasticCode, message: string, pos: SourcePos): void {
    this.add('notice', code, message, pos)
  }
}
