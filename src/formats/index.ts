/** The registry of rule formats: one line per vendor. */
import type { ParseResult, ReadContext, RuleFormat } from '../ir.js'
import { sigmaFormat } from './sigma/index.js'
import { splunkFormat } from './splunk/index.js'
import { elasticFormat } from './elastic/index.js'

export const FORMATS: readonly RuleFormat[] = [sigmaFormat, splunkFormat, elasticFormat]

/** Extensions a rule file may have; everything else is skipped when walking folders. */
export const RULE_EXTENSIONS: readonly string[] = ['.yml', '.yaml', '.toml']

/**
 * Reads one file into rules. A file no format recognises yields nothing (it is not a
 * rule); an exception escaping a reader becomes an error diagnostic, never a crash.
 */
export function readRuleFile(path: string, text: string, context?: ReadContext): ParseResult {
  const format = FORMATS.find(f => f.detect(path, text))
  if (!format) return { rules: [], diagnostics: [] }
  try {
    return format.parse(path, text, context)
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    return {
      rules: [],
      diagnostics: [
        {
          path,
          line: 1,
          column: 1,
          severity: 'error',
          code: 'internal-error',
          message: `detlint could not read this file: ${message}`
        }
      ]
    }
  }
}
