/** Terminal output: one block per finding, then one summary line. */
import type { Report, Summary } from '../findings.js'
import type { Severity } from '../ir.js'
import { styleText } from 'node:util'
import {
  cleanText,
  evidenceLines,
  formatCount,
  normalizePath,
  plural,
  severityCounts,
  skippedLine,
  sortedFindings,
  sortedSkipped
} from './common.js'

export interface TextOptions {
  /** Colours (node:util styleText); off unless asked for (the caller knows whether stdout is a TTY). */
  color?: boolean
  /** List the files that are not rules, each with the reason (else only their count). */
  verbose?: boolean
}

export type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan'

/** `text` in `styles` when `color`, else as it is (the caller decides, not styleText). */
export function paint(color: boolean, text: string, ...styles: Style[]): string {
  if (!color || styles.length === 0) return text
  return styleText(styles, text, { validateStream: false })
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', notice: 'cyan' }

/** Longest severity word, so the columns after it line up. */
const SEVERITY_WIDTH = 'warning'.length

/**
 * `path:line:col  severity  check  message`, evidence indented below, a blank line between
 * findings, and `N findings (…) in R rules; catalog of C rules` at the end. Rule text is
 * cleaned of control characters, so a rule cannot send escape sequences to the terminal.
 */
export function renderText(report: Report, options: TextOptions = {}): string {
  const color = options.color === true
  const blocks = sortedFindings(report.findings).map(f => {
    const where = paint(color, `${cleanText(normalizePath(f.path))}:${f.line}:${f.column}`, 'bold')
    const severity = paint(color, f.severity.padEnd(SEVERITY_WIDTH), SEVERITY_STYLE[f.severity])
    const head = `${where}  ${severity}  ${paint(color, f.check, 'dim')}  ${cleanText(f.message)}`
    const evidence = evidenceLines(f.evidence).map(line => `    ${paint(color, line, 'dim')}`)
    return [head, ...evidence].join('\n')
  })
  const skipped = skippedLine(report.skipped)
  const summary = summaryLine(report.summary) + (skipped === '' ? '' : `; ${skipped}`)
  if (options.verbose)
    for (const f of sortedSkipped(report.skipped ?? []))
      blocks.push(
        `${paint(color, cleanText(normalizePath(f.path)), 'bold')}  ${paint(color, 'skipped', 'dim')}  ${cleanText(f.reason)}`
      )
  const style: Style = report.summary.failed ? 'red' : report.summary.findings > 0 ? 'yellow' : 'green'
  const tail = paint(color, summary, style, 'bold')
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n\n${tail}\n` : `${tail}\n`
}

/**
 * `3 findings (1 error, 2 warnings, 0 notices) in 5 rules; catalog of 120 rules`, and
 * `; 2 suppressed` when suppressions accepted findings.
 */
export function summaryLine(summary: Summary): string {
  const suppressed = summary.suppressed > 0 ? `; ${formatCount(summary.suppressed)} suppressed` : ''
  return (
    `${plural(summary.findings, 'finding')} (${severityCounts(summary)}) in ${plural(summary.rulesChecked, 'rule')}; ` +
    `catalog of ${plural(summary.catalogRules, 'rule')}${suppressed}`
  )
}
