/**
 * technique-unknown: an ATT&CK reference detlint cannot resolve.
 *
 * - A Sigma `attack.*` tag that is neither a known tactic, a group, software, a campaign nor
 *   a well-formed technique ID (`attack.t1059.01`, `attack.t1059_001`, `attack.defense_evasionn`),
 *   on the tag's own line, with what was probably meant (`attack/malformed-tag`). Elastic and
 *   Splunk readers report malformed IDs themselves (a parse-error warning on the line).
 * - A well-formed technique ID that the ATT&CK table does not know and that no move of its
 *   version map points to: most often a typo (`attack/unknown`).
 *
 * An ID the table knows as newer (a v19 move points to it or to its parent) is fine: no finding.
 */
import type { Rule } from '../ir.js'
import type { Finding } from '../findings.js'
import type { AttackTable } from '../attack/table.js'
import { parentOf, techniqueStatus } from '../attack/normalize.js'
import { readAttackTag } from '../attack/tags.js'
import type { Check, CheckContext } from './types.js'
import { tagPos, techniqueFinding, techniquePos } from './technique-common.js'

/** Does a move of the table's version map name `id` (or its parent) as where a technique went? */
function knownAsNewer(table: AttackTable, id: string): boolean {
  return table.movedTo.has(id) || table.movedTo.has(parentOf(id))
}

function tagFindings(rule: Rule, ctx: CheckContext, table: AttackTable | undefined): Finding[] {
  if (rule.vendor !== 'sigma') return []
  const severity = ctx.settings.checks['technique-unknown'].severity
  const out: Finding[] = []
  const seen = new Set<string>()
  for (const tag of rule.tags) {
    const read = readAttackTag(tag, table)
    if (read === null || read.kind !== 'malformed' || seen.has(tag.trim().toLowerCase())) continue
    seen.add(tag.trim().toLowerCase())
    const fix = read.suggestion === null ? 'fix or remove it' : `write \`${read.suggestion}\``
    const message =
      `\`${tag.trim()}\` is not an ATT&CK tag detlint can read (${read.expected}): ${fix}, ` +
      'or the rule is not grouped with its peers by technique or tactic.'
    out.push(
      techniqueFinding(rule, tagPos(rule, ctx.text, tag), severity, message, {
        kind: 'technique-unknown',
        code: 'attack/malformed-tag',
        technique: tag.trim(),
        replacement: read.suggestion,
        attackVersion: table?.version ?? null
      })
    )
  }
  return out
}

function run(rule: Rule, ctx: CheckContext): Finding[] {
  const table = ctx.attack
  const out = tagFindings(rule, ctx, table)
  if (table === undefined) return out
  const opts = ctx.settings.checks['technique-unknown']
  for (const id of rule.techniques) {
    const status = techniqueStatus(table, id)
    if (status.kind !== 'unknown' && status.kind !== 'newer') continue
    if (knownAsNewer(table, id)) continue
    const moves = table.moves.size > 0 ? ` nor among its moves to ATT&CK v${nextVersion(table.version)}` : ''
    const message =
      `${id} is not a technique in ATT&CK v${table.version} (${table.file})${moves}. ` +
      'Check the ID for a typo and correct it; if the technique is newer than the table, point ' +
      '`attack` at a newer ATT&CK table (`attack: download` with `attack-version`, or a file).'
    out.push(
      techniqueFinding(rule, techniquePos(rule, ctx.text, id), opts.severity, message, {
        kind: 'technique-unknown',
        code: 'attack/unknown',
        technique: id,
        replacement: null,
        attackVersion: table.version
      })
    )
  }
  return out
}

/** `18.1` → `19`. */
function nextVersion(version: string): string {
  const major = Number.parseInt(version, 10)
  return Number.isFinite(major) ? String(major + 1) : 'next'
}

export const techniqueUnknown: Check = {
  id: 'technique-unknown',
  defaultSeverity: 'warning',
  description:
    'An attack.* tag detlint cannot read, or a technique ID the ATT&CK table and its version map do not know.',
  run
}
