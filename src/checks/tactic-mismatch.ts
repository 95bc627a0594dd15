/**
 * tactic-mismatch: a Sigma tactic tag (`attack.persistence`, `attack.ta0003`) that none of the
 * rule's techniques belongs to in the ATT&CK table's version. The notice names the tactics
 * that fit. A tactic the next version split off one of the techniques' tactics fits too
 * (v19's Stealth and Defense Impairment, from Defense Evasion). A rule with a technique the
 * table cannot place (unknown, or newer than the table) is not judged.
 */
import type { Rule } from '../ir.js'
import type { Finding } from '../findings.js'
import type { AttackTable } from '../attack/table.js'
import { knownTactics, readAttackTag, tacticsOf } from '../attack/tags.js'
import type { Check, CheckContext } from './types.js'
import { named, tagPos, techniqueFinding } from './technique-common.js'

/** The tactics the rule's techniques belong to, with their splits; null when one cannot be placed. */
function fittingTactics(table: AttackTable, techniques: readonly string[]): Set<string> | null {
  const fit = new Set<string>()
  for (const id of techniques) {
    const tactics = tacticsOf(table, id)
    if (tactics === null) return null
    for (const t of tactics) {
      fit.add(t)
      for (const split of table.tacticSplits.get(t) ?? []) fit.add(split.shortname)
    }
  }
  return fit
}

/** `attack.ta0003` → `persistence`; shortnames as they are. */
function shortnameOf(table: AttackTable, tag: string): string | null {
  const read = readAttackTag(tag, table)
  if (read?.kind === 'tactic') return read.shortname
  const id = /^attack\.(ta\d{4})$/i.exec(tag.trim())?.[1].toUpperCase()
  return id === undefined ? null : (table.tactics.get(id)?.shortname ?? null)
}

function run(rule: Rule, ctx: CheckContext): Finding[] {
  const table = ctx.attack
  if (table === undefined || rule.vendor !== 'sigma' || rule.techniques.length === 0) return []
  const fit = fittingTactics(table, rule.techniques)
  if (fit === null) return []
  const names = knownTactics(table)
  const severity = ctx.settings.checks['tactic-mismatch'].severity
  const out: Finding[] = []
  const seen = new Set<string>()
  for (const tag of rule.tags) {
    const shortname = shortnameOf(table, tag)
    if (shortname === null || fit.has(shortname) || seen.has(shortname)) continue
    seen.add(shortname)
    // The tactics of the table's own version first, the next version's splits after.
    const own = [...fit].filter(t => [...table.tactics.values()].some(x => x.shortname === t)).sort()
    const next = [...fit].filter(t => !own.includes(t)).sort()
    const fits = [...own, ...next].map(t => `\`attack.${t}\``).join(', ')
    const techniques = rule.techniques.map(id => named(table, id)).join(', ')
    const message =
      `\`${tag.trim()}\` names the tactic ${names.get(shortname) ?? shortname}, which none of the rule's ` +
      `techniques belongs to in ATT&CK v${table.version} (${techniques}). Tactics that fit: ${fits}; ` +
      'tag one of those, or add the technique that serves this tactic.'
    out.push(
      techniqueFinding(rule, tagPos(rule, ctx.text, tag), severity, message, {
        kind: 'tactic-mismatch',
        code: 'attack/tactic-mismatch',
        technique: tag.trim(),
        replacement: null,
        attackVersion: table.version
      })
    )
  }
  return out
}

export const tacticMismatch: Check = {
  id: 'tactic-mismatch',
  defaultSeverity: 'notice',
  description:
    "A tactic tag that none of the rule's techniques belongs to; the notice names the tactics that fit.",
  needsAttack: true,
  run
}
