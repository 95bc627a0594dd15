/** Diagnostics of the Sigma reader: the codes (documented in `index.ts`) and a collector. */
import { DiagnosticCollector } from '../../diagnostics.js'

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
  | 'sigma/too-deep'
  | 'sigma/aggregation'
  | 'sigma/internal-error'

/** Collects diagnostics for one file (or one rule of it). */
export class Diagnostics extends DiagnosticCollector<SigmaCode> {}
