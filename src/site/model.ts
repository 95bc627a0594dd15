/**
 * The site's model: which pages there are and what each shows, computed from the catalog.
 * Technique pages are the catalog's technique page (`catalog/page.ts`, the model behind
 * `detlint catalog show`) plus, for each indicator and exclusion row, the page's rules that
 * use it; rule pages are the catalog entry of a rule plus what the site adds (its
 * predicate tree when the rules were read from source, and the rules most like it).
 */
import type { Catalog, CatalogRule } from '../catalog/index.js'
import { techniquePage, type TechniquePage } from '../catalog/page.js'
import { currentId, parentOf } from '../attack/normalize.js'
import type { AttackTable, AttackTechnique } from '../attack/table.js'
import { VENDORS, type Query, type Vendor } from '../ir.js'
import { rulePagePath } from './paths.js'
import { catalogSimilarity, type SimilarRules } from './similar.js'

/** What the site is built from, besides the catalog. */
export interface SiteSources {
  /** The rule's parsed queries, when the rules were read from source (not a catalog file). */
  trees?: (rule: CatalogRule) => readonly Query[] | null
  /** A link to the rule's source (e.g. on GitHub), when the corpus has one. */
  sourceUrl?: (rule: CatalogRule) => string | null
  /** Rules most like a rule; shared indicators when not given. */
  similar?: SimilarRules
  /** The site's title (default `detlint catalog`). */
  title?: string
}

/** ATT&CK Enterprise tactics in matrix order (shortnames); others follow by tactic ID. */
export const TACTIC_ORDER: readonly string[] = [
  'reconnaissance',
  'resource-development',
  'initial-access',
  'execution',
  'persistence',
  'privilege-escalation',
  'defense-evasion',
  'stealth',
  'defense-impairment',
  'credential-access',
  'discovery',
  'lateral-movement',
  'collection',
  'command-and-control',
  'exfiltration',
  'impact'
]

/** Tactic name for techniques no tactic is known for (no ATT&CK table, or an unknown ID). */
export const NO_TACTIC = 'No known tactic'

export interface SiteTactic {
  name: string
  /** Parent techniques (families) filed under the tactic, by ID. */
  families: string[]
  /** Distinct rules of those families, per vendor. */
  vendors: Record<Vendor, number>
}

export interface SiteTechnique {
  page: TechniquePage
  /** The ATT&CK description, when the table carries one. */
  description: string | null
  /** Per indicator row (same order as `page.indicators.rows`): the rules behind it. */
  indicatorRules: number[][]
  /** Per exclusion row: the rules behind it. */
  exclusionRules: number[][]
}

export interface SiteModel {
  title: string
  catalog: Catalog
  /** Every technique with rules (parents and sub-techniques), sorted by ID. */
  techniques: string[]
  tactics: SiteTactic[]
  /** Page path of each catalog rule, by index. */
  rulePaths: string[]
  sources: SiteSources
  similar: SimilarRules
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The description field a table may carry (tables written by `attack import` may not). */
function descriptionOf(t: AttackTechnique | undefined): string | null {
  const d = (t as { description?: unknown } | undefined)?.description
  return typeof d === 'string' && d.trim() !== '' ? d : null
}

function tacticShortnames(attack: AttackTable | undefined, family: string, members: string[]): string[] {
  const own = attack?.techniques.get(family)?.tactics
  if (own && own.length > 0) return own
  const out = new Set<string>()
  for (const m of members) for (const t of attack?.techniques.get(m)?.tactics ?? []) out.add(t)
  return [...out]
}

function tacticRank(attack: AttackTable | undefined): (shortname: string) => [number, string] {
  const ids = new Map<string, string>()
  for (const [id, t] of attack?.tactics ?? []) ids.set(t.shortname, id)
  return s => {
    const i = TACTIC_ORDER.indexOf(s)
    return [i === -1 ? TACTIC_ORDER.length : i, ids.get(s) ?? s]
  }
}

function groupTactics(catalog: Catalog, techniques: readonly string[]): SiteTactic[] {
  const attack = catalog.attack
  const families = new Map<string, string[]>()
  for (const t of techniques) {
    const p = parentOf(t)
    const list = families.get(p) ?? []
    if (t !== p) list.push(t)
    families.set(p, list)
  }
  const byTactic = new Map<string, string[]>()
  for (const [family, members] of families) {
    const tactics = tacticShortnames(attack, family, members)
    for (const s of tactics.length > 0 ? tactics : [NO_TACTIC])
      byTactic.set(s, [...(byTactic.get(s) ?? []), family])
  }
  const rank = tacticRank(attack)
  const names = new Map<string, string>()
  for (const t of attack?.tactics.values() ?? []) names.set(t.shortname, t.name)
  const order = [...byTactic.keys()].sort((a, b) => {
    if (a === NO_TACTIC || b === NO_TACTIC) return a === b ? 0 : a === NO_TACTIC ? 1 : -1
    const [ra, ia] = rank(a)
    const [rb, ib] = rank(b)
    return ra - rb || cmp(ia, ib)
  })
  return order.map(s => {
    const fams = (byTactic.get(s) ?? []).sort(cmp)
    const seen = new Set<number>()
    for (const f of fams) for (const i of catalog.techniqueRules.get(f) ?? []) seen.add(i)
    const vendors = Object.fromEntries(VENDORS.map(v => [v, 0])) as Record<Vendor, number>
    for (const i of seen) vendors[catalog.rules[i].vendor]++
    return { name: names.get(s) ?? s, families: fams, vendors }
  })
}

/** Page paths of the rules: stable names, told apart by line where two collide. */
function rulePaths(rules: readonly CatalogRule[]): string[] {
  const seen = new Set<string>()
  return rules.map(r => {
    let p = rulePagePath(r)
    if (seen.has(p)) p = p.replace(/\.html$/, `-${r.line}.html`)
    seen.add(p)
    return p
  })
}

export function siteModel(catalog: Catalog, sources: SiteSources = {}): SiteModel {
  const techniques = [...catalog.techniqueRules.keys()].filter(t => /^T\d{4}(\.\d{3})?$/.test(t)).sort(cmp)
  return {
    title: sources.title ?? 'detlint catalog',
    catalog,
    techniques,
    tactics: groupTactics(catalog, techniques),
    rulePaths: rulePaths(catalog.rules),
    sources,
    similar: sources.similar ?? catalogSimilarity(catalog)
  }
}

/** The rules of `pageRules` that are in `users` (both ascending). */
function within(users: readonly number[] | undefined, pageRules: ReadonlySet<number>): number[] {
  return (users ?? []).filter(i => pageRules.has(i))
}

/** The technique page of `technique`, with every row (the renderer decides what to show). */
export function siteTechnique(model: SiteModel, technique: string): SiteTechnique {
  const { catalog } = model
  const page = techniquePage(catalog, technique, 0)
  const pageRules = new Set(catalog.techniqueRules.get(page.technique) ?? [])
  return {
    page,
    description: descriptionOf(catalog.attack?.techniques.get(page.technique)),
    indicatorRules: page.indicators.rows.map(r => within(catalog.indicatorRules.get(r.key), pageRules)),
    exclusionRules: page.exclusions.rows.map(r => within(catalog.exclusionRules.get(r.key), pageRules))
  }
}

/** The techniques a rule is filed under directly: its tags, normalised through the ATT&CK table. */
export function ruleTechniques(catalog: Catalog, rule: CatalogRule): string[] {
  const attack = catalog.attack
  return [...new Set(rule.techniques.map(t => (attack ? currentId(attack, t) : t)))].sort(cmp)
}
