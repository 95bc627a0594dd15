/** What the ATT&CK checks share: where a technique is named in the file, and the finding. */
import type { Rule, Severity, SourcePos } from '../ir.js'
import type { Finding, TechniqueEvidence } from '../findings.js'
import type { AttackTable } from '../attack/table.js'

/**
 * Where the rule's file names `id` (Sigma `attack.t1059.001`, Elastic `id = "T1059.001"`,
 * Splunk `- T1059.001`), searching from the rule's first line; the rule's start when the
 * text is not at hand or does not name it.
 */
export function techniquePos(rule: Rule, text: string | undefined, id: string): SourcePos {
  if (text !== undefined) {
    const re = new RegExp(`(?<![A-Za-z0-9])${id.replace('.', '\\.')}(?![0-9]|\\.[0-9])`, 'i')
    const lines = text.split(/\r\n|\r|\n/)
    for (let i = Math.max(0, rule.line - 1); i < lines.length; i++) {
      const m = re.exec(lines[i])
      if (m) return { line: i + 1, column: m.index + 1 }
    }
  }
  return { line: rule.line, column: 1 }
}

/**
 * Where the rule's file writes `tag` as a list item or value (`- attack.t1059.01`), from the
 * rule's first line; the rule's start when the text is not at hand or does not hold it.
 */
export function tagPos(rule: Rule, text: string | undefined, tag: string): SourcePos {
  if (text !== undefined) {
    const escaped = tag.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const re = new RegExp(`(?<![\\w.-])${escaped}(?![\\w.-])`, 'i')
    const lines = text.split(/\r\n|\r|\n/)
    for (let i = Math.max(0, rule.line - 1); i < lines.length; i++) {
      const m = re.exec(lines[i])
      if (m) return { line: i + 1, column: m.index + 1 }
    }
  }
  return { line: rule.line, column: 1 }
}

/** `T1059.001 (PowerShell)`, or the bare ID when the table does not name it. */
export function named(table: AttackTable | undefined, id: string): string {
  const name = table?.techniques.get(id)?.name ?? table?.moves.get(id)?.name
  return name === undefined ? id : `${id} (${name})`
}

export function techniqueFinding(
  rule: Rule,
  pos: SourcePos,
  severity: Severity,
  message: string,
  evidence: TechniqueEvidence
): Finding {
  return {
    check: evidence.kind,
    severity,
    path: rule.path,
    line: pos.line,
    endLine: pos.line,
    column: pos.column,
    message,
    ruleId: rule.id,
    ruleTitle: rule.title,
    evidence
  }
}
