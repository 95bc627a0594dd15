import type { Rule, Severity } from '../ir.js'
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

/** Catalog rules by index, as evidence: sorted by title, at most `n`. */
export function ruleRefs(catalog: Catalog, indices: Iterable<number>, n: number): RuleRef[] {
  const refs: RuleRef[] = []
  for (const i of indices) {
    const r = catalog.rules[i]
    refs.push({ vendor: r.vendor, id: r.id, title: r.title, path: r.path })
  }
  refs.sort((a, b) =>
    a.title < b.title ? -1 : a.title > b.title ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  )
  return refs.slice(0, n)
}

/** Indices of `list` not in `skip`. */
export function without(list: readonly number[] | undefined, skip: ReadonlySet<number>): number[] {
  if (!list) return []
  return skip.size === 0 ? [...list] : list.filter(i => !skip.has(i))
}
