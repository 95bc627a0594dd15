/**
 * Leave-one-out evaluation of `missing-common-exclusion`: for each target rule that has
 * exclusions, strip them in the IR, run the check against the catalog (the rule itself left
 * out, as always), and compare its suggestions with what was removed. A suggestion matches a
 * removed exclusion when it is the same canonical key or either covers the other (name vs
 * path, pattern vs value, CIDR containment).
 *
 * Scores, overall and per vendor: rules evaluated; recall@5, the share of rules with at
 * least one matching suggestion; precision@5, the mean over rules with at least one
 * suggestion of the share of its suggestions that match; suggestions per rule; the share
 * with none; and noise, suggestions per rule on the target rules without exclusions.
 *
 * This module uses the checks; the checks never use it.
 */
import { exclusions, splitExclusions, VENDORS, type Rule, type Vendor } from '../ir.js'
import { keyParts, type KeyParts } from '../normalize/keys.js'
import { covers } from '../normalize/covers.js'
import type { Catalog } from '../catalog/index.js'
import type { Settings } from '../config.js'
import type { AttackTable } from '../attack/table.js'
import type { MissingExclusionEvidence } from '../findings.js'
import { selfIndices } from '../checks/index.js'
import { missingCommonExclusion } from '../checks/missing-common-exclusion.js'

export interface ExclusionScores {
  /** Rules evaluated: target rules with exclusions. */
  rules: number
  /** Share of them with at least one matching suggestion. */
  recallAt5: number
  /** Mean, over rules with at least one suggestion, of the share of suggestions that match. */
  precisionAt5: number
  /** Suggestions per evaluated rule. */
  suggestionsPerRule: number
  /** Share of evaluated rules with no suggestion. */
  noSuggestion: number
  /** Target rules without exclusions. */
  noiseRules: number
  /** Suggestions per rule without exclusions. */
  noise: number
}

export interface ExclusionEval {
  overall: ExclusionScores
  byVendor: Partial<Record<Vendor, ExclusionScores>>
}

/** One rule's outcome, for scores and for a closer look. */
export interface RuleOutcome {
  vendor: Vendor
  path: string
  title: string
  /** Exclusion keys removed (empty: a noise rule). */
  removed: string[]
  /** Suggested keys, best first. */
  suggested: string[]
  /** How many suggestions match a removed exclusion. */
  matched: number
}

/** The rule with its top-level exclusions removed, or null when nothing positive is left. */
export function stripExclusions(rule: Rule): Rule | null {
  const queries = []
  for (const q of rule.queries) {
    const { positive } = splitExclusions(q.expr)
    if (positive === null) return null
    queries.push({ ...q, expr: positive })
  }
  return { ...rule, queries }
}

/** Does a suggestion match a removed exclusion: the same key, or either covers the other? */
export function matches(suggested: KeyParts, removed: KeyParts): boolean {
  return covers(suggested, removed) || covers(removed, suggested)
}

/** Runs the check on one target rule, stripped of its exclusions when it has any. */
export function evaluateRule(
  rule: Rule,
  catalog: Catalog,
  settings: Settings,
  attack?: AttackTable
): RuleOutcome | null {
  const removedParts = new Map<string, KeyParts>()
  for (const { pred } of exclusions(rule)) {
    const parts = keyParts(pred)
    removedParts.set(`${parts.field ?? '*'}|${parts.op}|${parts.value ?? ''}`, parts)
  }
  const subject = removedParts.size > 0 ? stripExclusions(rule) : rule
  if (subject === null) return null
  const ctx = { catalog, settings, self: selfIndices(rule, catalog), ...(attack ? { attack } : {}) }
  const findings = missingCommonExclusion.run(subject, ctx)
  const suggested = findings.map(f => f.evidence as MissingExclusionEvidence)
  const removed = [...removedParts.values()]
  const matched = suggested.filter(s => removed.some(r => matches(s, r))).length
  return {
    vendor: rule.vendor,
    path: rule.path,
    title: rule.title,
    removed: [...removedParts.keys()],
    suggested: suggested.map(s => s.key),
    matched
  }
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000
}

/** Scores of a set of outcomes. */
export function score(outcomes: readonly RuleOutcome[]): ExclusionScores {
  const evaluated = outcomes.filter(o => o.removed.length > 0)
  const quiet = outcomes.filter(o => o.removed.length === 0)
  const withAny = evaluated.filter(o => o.suggested.length > 0)
  const hits = evaluated.filter(o => o.matched > 0).length
  const precision = withAny.reduce((a, o) => a + o.matched / o.suggested.length, 0)
  const suggestions = evaluated.reduce((a, o) => a + o.suggested.length, 0)
  const noise = quiet.reduce((a, o) => a + o.suggested.length, 0)
  const share = (x: number, n: number): number => (n === 0 ? 0 : round(x / n))
  return {
    rules: evaluated.length,
    recallAt5: share(hits, evaluated.length),
    precisionAt5: share(precision, withAny.length),
    suggestionsPerRule: share(suggestions, evaluated.length),
    noSuggestion: share(evaluated.length - withAny.length, evaluated.length),
    noiseRules: quiet.length,
    noise: share(noise, quiet.length)
  }
}

/** Overall and per-vendor scores (vendors with no target rule left out). */
export function scoreAll(outcomes: readonly RuleOutcome[]): ExclusionEval {
  const byVendor: ExclusionEval['byVendor'] = {}
  for (const v of VENDORS) {
    const mine = outcomes.filter(o => o.vendor === v)
    if (mine.length > 0) byVendor[v] = score(mine)
  }
  return { overall: score(outcomes), byVendor }
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`
}

/** The scores as a text table, one row per vendor and one overall. */
export function renderExclusionEvalText(result: ExclusionEval, header: readonly string[] = []): string {
  const head = ['', 'rules', 'recall@5', 'precision@5', 'suggestions/rule', 'none', 'noise rules', 'noise']
  const row = (name: string, s: ExclusionScores): string[] => [
    name,
    String(s.rules),
    pct(s.recallAt5),
    pct(s.precisionAt5),
    s.suggestionsPerRule.toFixed(2),
    pct(s.noSuggestion),
    String(s.noiseRules),
    s.noise.toFixed(2)
  ]
  const rows = [
    head,
    ...Object.entries(result.byVendor).map(([v, s]) => row(v, s)),
    row('overall', result.overall)
  ]
  const widths = head.map((_, i) => Math.max(...rows.map(r => r[i].length)))
  const lines = rows.map(r =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  )
  return [...header, ...lines].join('\n') + '\n'
}

/** The scores as JSON: `{overall, byVendor}`, shares as fractions. */
export function renderExclusionEvalJson(result: ExclusionEval): string {
  return JSON.stringify(result, null, 2) + '\n'
}
