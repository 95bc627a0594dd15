/** Diagnostics of the Splunk reader: the codes (documented in `index.ts`) and a collector. */
import { DiagnosticCollector } from '../../diagnostics.js'

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
export class Diagnostics extends DiagnosticCollector<SplunkCode> {}
