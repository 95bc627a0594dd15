/** The registry of rule formats: one line per vendor. */
import type { Diagnostic, ParseResult, ReadContext, RuleFormat } from '../ir.js'
import { ownCopy } from '../text.js'
import { sigmaFormat } from './sigma/index.js'
import { splunkFormat } from './splunk/index.js'
import { elasticFormat } from './elastic/index.js'

export const FORMATS: readonly RuleFormat[] = [sigmaFormat, splunkFormat, elasticFormat]

/** Extensions a rule file may have; everything else is skipped when walking folders. */
export const RULE_EXTENSIONS: readonly string[] = ['.yml', '.yaml', '.toml']

/**
 * The indentation every non-blank, non-comment line of a YAML text shares (a whole document
 * indented, which YAML reads as if it were not), or 0.
 */
export function commonIndent(text: string): number {
  let indent = Infinity
  for (const line of text.split(/\r?\n/)) {
    const body = line.trimStart()
    if (body === '' || body.startsWith('#') || body === '---' || body === '...') continue
    indent = Math.min(indent, line.length - body.length)
    if (indent === 0) return 0
  }
  return Number.isFinite(indent) ? indent : 0
}

function dedent(text: string, n: number): string {
  return text.replace(/^[ \t]+/gm, lead => lead.slice(Math.min(n, lead.length)))
}

/** The format of a file, and the indentation it was found under (a YAML file indented whole). */
function detectFormat(path: string, text: string): { format: RuleFormat; indent: number } | null {
  const format = FORMATS.find(f => f.detect(path, text))
  if (format) return { format, indent: 0 }
  if (!/\.ya?ml$/i.test(path)) return null
  const indent = commonIndent(text)
  if (indent === 0) return null
  const flat = dedent(text, indent)
  const found = FORMATS.find(f => f.detect(path, flat))
  return found ? { format: found, indent } : null
}

/** The first line with content: where a whole-file diagnostic is placed. */
function firstContentLine(text: string): number {
  const lines = text.split(/\r?\n/)
  const i = lines.findIndex(l => l.trim() !== '' && !l.trimStart().startsWith('#'))
  return i === -1 ? 1 : i + 1
}

/**
 * Reads one file into rules. A file no format recognises yields nothing (it is not a
 * rule: `whyNotARule` says why); an exception escaping a reader becomes an error
 * diagnostic, never a crash. A YAML rule indented whole is read, with a notice.
 */
export function readRuleFile(path: string, text: string, context?: ReadContext): ParseResult {
  const found = detectFormat(path, text)
  if (!found) return { rules: [], diagnostics: [] }
  const { format, indent } = found
  let result: ParseResult
  try {
    result = format.parse(path, text, context)
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
  // The catalog keeps each rule's id and title: not as views of the whole file's text.
  for (const rule of result.rules) {
    if (rule.id !== null) rule.id = ownCopy(rule.id)
    rule.title = ownCopy(rule.title)
  }
  if (indent === 0) return result
  const diagnostic: Diagnostic = {
    path,
    line: firstContentLine(text),
    column: indent + 1,
    severity: 'notice',
    code: 'file/indented',
    message:
      `every line of this file is indented by ${indent} ${indent === 1 ? 'character' : 'characters'}; ` +
      'it is read as a rule, but other tools may not find its keys: remove the indentation'
  }
  return { ...result, diagnostics: [diagnostic, ...result.diagnostics] }
}

/** Why a file no format recognised is not a rule: for the list of skipped files. */
export function whyNotARule(path: string, text: string): string {
  if (/\.ya?ml$/i.test(path)) {
    if (text.trim() === '') return 'an empty YAML file'
    return 'YAML that is neither a Sigma rule (no top-level detection, logsource or correlation) nor a Splunk detection (no search)'
  }
  if (/\.toml$/i.test(path)) {
    if (text.trim() === '') return 'an empty TOML file'
    if (/^[ \t]*\[[ \t]*rule[ \t]*\]/m.test(text)) return 'TOML with a [rule] table but no rule_id'
    return 'TOML without an Elastic [rule] table'
  }
  return `not a rule file: detlint reads ${RULE_EXTENSIONS.join(', ')} files`
}
