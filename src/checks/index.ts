/** The registry of checks: one line per check. */
import type { Diagnostic, ParseResult, Rule } from '../ir.js'
import type { Settings } from '../config.js'
import type { Finding } from '../findings.js'
import { pushIndex, type Catalog } from '../catalog/index.js'
import type { Check } from './types.js'
import { noisyIndicator } from './noisy-indicator.js'
import { missingCommonExclusion } from './missing-common-exclusion.js'
import { duplicateRule } from './duplicate-rule.js'
import { parseErrorFinding } from './parse-error.js'
import { techniqueUnknown } from './technique-unknown.js'
import { techniqueRevoked } from './technique-revoked.js'
import { techniqueMissing } from './technique-missing.js'
import { tacticMismatch } from './tactic-mismatch.js'
import type { AttackTable } from '../attack/table.js'

export const CHECKS: readonly Check[] = [
  noisyIndicator,
  missingCommonExclusion,
  duplicateRule,
  techniqueUnknown,
  techniqueRevoked,
  techniqueMissing,
  tacticMismatch
]

/** Does `check` run in this run: enabled, and its data (the ATT&CK table) present? */
export function checkRuns(check: Check, settings: Settings, attack: AttackTable | undefined): boolean {
  return settings.checks[check.id].enabled && (check.needsAttack !== true || attack !== undefined)
}

/**
 * Catalog rules that are `rule` itself (the same file, or the same vendor and id): the rule
 * under check never counts towards its own numbers.
 */
export function selfIndices(rule: Rule, catalog: Catalog): Set<number> {
  const self: number[] = []
  const lookup = selfLookup(catalog)
  if (lookup === null) {
    // One of a run's first few rules: a pass over the catalog is cheaper than indexing it.
    catalog.rules.forEach((r, i) => {
      if (r.vendor !== rule.vendor) return
      if ((r.path === rule.path && r.line === rule.line) || (rule.id !== null && r.id === rule.id))
        self.push(i)
    })
    return new Set(self)
  }
  const { byPath, byId } = lookup
  for (const i of byPath.get(rule.path) ?? []) {
    const r = catalog.rules[i]
    if (r.vendor === rule.vendor && r.line === rule.line) self.push(i)
  }
  if (rule.id !== null)
    for (const i of byId.get(rule.id) ?? []) if (catalog.rules[i].vendor === rule.vendor) self.push(i)
  return new Set(self.sort((a, b) => a - b))
}

interface SelfIndex {
  byPath: Map<string, number[]>
  byId: Map<string, number[]>
}

/** Rules looked up with a pass over the catalog before it is indexed by path and id. */
const SCANNED_RULES = 16

/** Per catalog: how many rules were asked about, then its rules by path and by id (strings the rules hold). */
const SELF = new WeakMap<readonly unknown[], { asked: number; index?: SelfIndex }>()

/** The catalog's index by path and id, or null while a pass over it is cheaper (the first few rules of a run). */
function selfLookup(catalog: Catalog): SelfIndex | null {
  let known = SELF.get(catalog.rules)
  if (known === undefined) SELF.set(catalog.rules, (known = { asked: 0 }))
  if (known.index !== undefined) return known.index
  if (++known.asked <= SCANNED_RULES) return null
  const byPath = new Map<string, number[]>()
  const byId = new Map<string, number[]>()
  catalog.rules.forEach((r, i) => {
    pushIndex(byPath, r.path, i)
    if (r.id !== null) pushIndex(byId, r.id, i)
  })
  return (known.index = { byPath, byId })
}

export function runChecks(
  rule: Rule,
  catalog: Catalog,
  settings: Settings,
  extra: { attack?: AttackTable; text?: string; checks?: readonly Check[] } = {}
): Finding[] {
  const { checks = CHECKS, ...rest } = extra
  const ctx = { catalog, settings, self: selfIndices(rule, catalog), ...rest }
  const out: Finding[] = []
  for (const check of checks) if (checkRuns(check, settings, extra.attack)) out.push(...check.run(rule, ctx))
  return out
}

/** Findings for a file's diagnostics (its own and its rules'). */
/**
 * Findings for a file's diagnostics (its own and its rules'). An `internal-error` (detlint
 * failed on the file) is reported even when parse-error is off: no file drops out silently.
 */
export function parseErrorFindings(result: ParseResult, settings: Settings): Finding[] {
  const on = settings.checks['parse-error'].enabled
  const keep = (d: Diagnostic): boolean => on || d.code === 'internal-error'
  const out = result.diagnostics.filter(keep).map(d => parseErrorFinding(d, settings))
  for (const rule of result.rules)
    out.push(...rule.diagnostics.filter(keep).map(d => parseErrorFinding(d, settings, rule)))
  return out
}
