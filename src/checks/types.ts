import { VENDORS, type Rule, type Severity, type Vendor } from '../ir.js'
import type { Settings } from '../config.js'
import type { CheckId, Finding, RuleRef } from '../findings.js'
import type { Catalog } from '../catalog/index.js'
import type { AttackTable } from '../attack/table.js'

export interface CheckContext {
  catalog: Catalog
  settings: Settings
  /** Indices of catalog rules that are the rule under check: never counted for it. */
  self: ReadonlySet<number>
  /** The ATT&CK table, when one was given. */
  attack?: AttackTable
  /** The rule file's text, for checks that point at a line the IR does not keep. */
  text?: string
}

/** One check: metadata and a pure function, as ESLint rules are. */
export interface Check {
  id: CheckId
  defaultSeverity: Severity
  description: string
  /** Runs only when an ATT&CK table is given. */
  needsAttack?: boolean
  run(rule: Rule, ctx: CheckContext): Finding[]
}

/**
 * Catalog rules by index, as evidence: at most `n`, taken in turn from each vendor (in
 * `VENDORS` order, each vendor's by title), so that the examples show every vendor behind
 * the number when there is room; then sorted by title.
 */
export function ruleRefs(catalog: Catalog, indices: Iterable<number>, n: number): RuleRef[] {
  const byVendor = new Map<Vendor, RuleRef[]>(VENDORS.map(v => [v, []]))
  for (const i of indices) {
    const r = catalog.rules[i]
    byVendor.get(r.vendor)?.push({ vendor: r.vendor, id: r.id, title: r.title, path: r.path })
  }
  const queues = [...byVendor.values()].map(list => list.sort(byTitle))
  const picked: RuleRef[] = []
  for (let round = 0; picked.length < n; round++) {
    const before = picked.length
    for (const q of queues) if (round < q.length && picked.length < n) picked.push(q[round])
    if (picked.length === before) break
  }
  return picked.sort(byTitle)
}

function byTitle(a: RuleRef, b: RuleRef): number {
  return a.title < b.title ? -1 : a.title > b.title ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0
}

/** Indices of `list` not in `skip`. */
export function without(list: readonly number[] | undefined, skip: ReadonlySet<number>): number[] {
  if (!list) return []
  return skip.size === 0 ? [...list] : list.filter(i => !skip.has(i))
}
