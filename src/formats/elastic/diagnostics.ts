/** Diagnostics of the Elastic reader: the codes (documented in `index.ts`) and a collector. */
import { DiagnosticCollector } from '../../diagnostics.js'

export type ElasticCode =
  | 'elastic/toml-error'
  | 'elastic/missing-rule'
  | 'elastic/unknown-layout'
  | 'elastic/invalid-metadata'
  | 'elastic/invalid-threat'
  | 'elastic/unknown-type'
  | 'elastic/missing-query'
  | 'elastic/missing-language'
  | 'elastic/unknown-language'
  | 'elastic/unsupported-filter'
  | 'elastic/query-position'
  | 'elastic/internal-error'

/** Collects diagnostics for one file (or one rule of it). */
export class Diagnostics extends DiagnosticCollector<ElasticCode> {}
