/**
 * technique-unknown: a well-formed technique ID that the ATT&CK table does not know, most
 * often a typo. An ID newer than the table (a move of the table points to it, or its
 * number is above the highest the table knows) is a notice: the rule is ahead of the
 * table, not wrong.
 */
import type { Rule } from '../ir.js'
import type { Finding } from '../findings.js'
import type { AttackTable } from '../attack/table.js'
import { parentOf, techniqueStatus } from '../attack/normalize.js'
import type { Check, CheckContext } from './types.js'
import { techniqueFinding, techniquePos } from './technique-common.js'

/**
 * The moves that make `id` known to be newer: those to `id` itself (`moves T1562, T1562.001
 * to T1685`), else those to its parent or a sibling.
 */
function moveNote(table: AttackTable, id: string): string {
  const exact: string[] = []
  const near: Array<[string, string]> = []
  for (const [from, to] of table.moves) {
    if (to.id === id) exact.push(from)
    else if (parentOf(to.id) === parentOf(id)) near.push([from, to.id])
  }
  if (exact.length > 0) return ` (the next version moves ${exact.join(', ')} to ${id})`
  if (near.length > 0) return ` (the next version moves ${near[0][0]} to ${near[0][1]})`
  return ''
}

function run(rule: Rule, ctx: CheckContext): Finding[] {
  const table = ctx.attack
  if (table === undefined) return []
  const opts = ctx.settings.checks['technique-unknown']
  const out: Finding[] = []
  for (const id of rule.techniques) {
    const status = techniqueStatus(table, id)
    if (status.kind !== 'unknown' && status.kind !== 'newer') continue
    const newer = status.kind === 'newer'
    const message = newer
      ? `${id} is not in ATT&CK v${table.version} (${table.file}) but is newer than that table${moveNote(table, id)}. ` +
        'Nothing to change in the rule; point `attack` at a newer ATT&CK table to check it.'
      : `${id} is not a technique in ATT&CK v${table.version} (${table.file}). ` +
        'Check the ID for a typo, or point `attack` at a newer ATT&CK table if the technique is new.'
    out.push(
      techniqueFinding(rule, techniquePos(rule, ctx.text, id), newer ? 'notice' : opts.severity, message, {
        kind: 'technique-unknown',
        code: newer ? 'attack/newer' : 'attack/unknown',
        technique: id,
        replacement: null,
        attackVersion: table.version
      })
    )
  }
  return out
}

export const techniqueUnknown: Check = {
  id: 'technique-unknown',
  defaultSeverity: 'warning',
  description: 'A technique ID the ATT&CK table does not know; an ID newer than the table is a notice.',
  needsAttack: true,
  run
}
