/**
 * technique-revoked: a technique that ATT&CK revoked (the finding names the replacement, at
 * the end of the revocation chain) or deprecated (there is none).
 */
import type { Rule } from '../ir.js'
import type { Finding } from '../findings.js'
import { techniqueStatus } from '../attack/normalize.js'
import type { Check, CheckContext } from './types.js'
import { named, techniqueFinding, techniquePos } from './technique-common.js'

function run(rule: Rule, ctx: CheckContext): Finding[] {
  const table = ctx.attack
  if (table === undefined) return []
  const opts = ctx.settings.checks['technique-revoked']
  const out: Finding[] = []
  for (const id of rule.techniques) {
    const status = techniqueStatus(table, id)
    if (status.kind !== 'revoked' && status.kind !== 'deprecated') continue
    const version = `ATT&CK v${table.version}`
    let message: string
    let replacement: string | null = null
    if (status.kind === 'revoked' && status.replacement !== null) {
      replacement = status.replacement
      const via = status.chain.length > 2 ? ` (through ${status.chain.slice(1, -1).join(', ')})` : ''
      // Several revoked IDs may point to one already in the rule: then the tag just goes.
      const fix = rule.techniques.includes(replacement)
        ? `the rule already names ${replacement}: remove ${id}`
        : `name ${replacement} instead`
      message = `${named(table, id)} is revoked in ${version} and replaced by ${named(table, replacement)}${via}: ${fix}.`
    } else if (status.kind === 'revoked') {
      message = `${named(table, id)} is revoked in ${version}, with no replacement: remove it or name a current technique.`
    } else {
      message =
        `${named(table, id)} is deprecated in ${version}, with no replacement: ` +
        'remove it or name a current technique that describes the behaviour.'
    }
    out.push(
      techniqueFinding(rule, techniquePos(rule, ctx.text, id), opts.severity, message, {
        kind: 'technique-revoked',
        code: status.kind === 'revoked' ? 'attack/revoked' : 'attack/deprecated',
        technique: id,
        replacement,
        attackVersion: table.version
      })
    )
  }
  return out
}

export const techniqueRevoked: Check = {
  id: 'technique-revoked',
  defaultSeverity: 'warning',
  description: 'A revoked or deprecated ATT&CK technique; the finding names the replacement.',
  needsAttack: true,
  run
}
