/**
 * The catalog: what a corpus of rules checks and excludes. Built from rules (here), merged
 * from several sources (`merge.ts`), saved and read as a file with sections that are read
 * only when asked for (`file.ts`).
 *
 * A catalog answers by rule index, key, technique, kind of event and field. A catalog built
 * in memory has every answer ready; one read from a file or merged from others finds them
 * on demand (`LazyMap`), so a pull request's few rules read a few sections of a large
 * catalog. The answers are the same either way.
 */
import type { Expr, Rule, Vendor } from '../ir.js'
import { eventKind, KeyInterner, type KeyParts } from '../normalize/keys.js'
import { eventsCovered } from '../normalize/events.js'
import { currentId, parentOf } from '../attack/normalize.js'
import type { AttackTable } from '../attack/table.js'
import { LazyMap } from './lazy-map.js'

export const CATALOG_FORMAT = 'detlint-catalog'
export const CATALOG_VERSION = 5

export interface CatalogRule {
  vendor: Vendor
  id: string | null
  title: string
  path: string
  line: number
  level: string | null
  techniques: string[]
  eventKind: string
  /** The events the rule reads (`sysmon:1`, `security:4688`; see `normalize/events.ts`), in `compareEvents` order. */
  events: string[]
  /** Indicator keys, unique (in source order; the file stores them sorted). */
  indicators: string[]
  /** Exclusion keys, unique (in source order; the file stores them sorted). */
  exclusions: string[]
  /**
   * The exclusions that are a filter of their own: reached from a top-level `not` through
   * `or` only (`not (a or b)`), not a fragment of an `and` filter (`not (a and b)`). A
   * subset of `exclusions`, in the same order.
   */
  standalone: string[]
}

/** How a field is used: by how many rules of Windows kinds and of other products' kinds, and in which kinds. */
export interface FieldUse {
  /** Rules of a `windows/…` kind that use the field (as an indicator or an exclusion). */
  windows: number
  /** Rules of another named product's kind that use it (rules of no product are neither). */
  other: number
  /** The kinds of event whose rules use it, sorted. */
  kinds: readonly string[]
}

export interface Catalog {
  /** In `compareRules` order. */
  rules: readonly CatalogRule[]
  /** Key → its parts. */
  keys: ReadonlyMap<string, KeyParts>
  /** Key → indices of the rules that use it as an indicator, ascending. */
  indicatorRules: ReadonlyMap<string, number[]>
  /** Key → indices of the rules that use it as an exclusion, ascending. */
  exclusionRules: ReadonlyMap<string, number[]>
  /**
   * Technique → indices of its rules, ascending. Tags are normalised through the ATT&CK
   * table when one is given (revoked → replacement, version moves), and a rule counts under
   * its technique and that technique's parent: `T1059` holds every `T1059.*` rule.
   */
  techniqueRules: ReadonlyMap<string, number[]>
  /** Event kind → indices of its rules, ascending. */
  eventKindRules: ReadonlyMap<string, number[]>
  /** Field (`*` for keywords) → how its rules use it. */
  fields: ReadonlyMap<string, FieldUse>
  /** The ATT&CK table the techniques were normalised with, if any. */
  attack?: AttackTable
}

export class CatalogError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CatalogError'
  }
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The catalog's order of rules: vendor, path, line, id, title. */
export function compareRules(a: CatalogRule, b: CatalogRule): number {
  return (
    cmp(a.vendor, b.vendor) ||
    cmp(a.path, b.path) ||
    a.line - b.line ||
    cmp(a.id ?? '', b.id ?? '') ||
    cmp(a.title, b.title)
  )
}

/** Reduces one rule to its catalog entry; `keys` collects the parts of every key seen. */
export function catalogRule(rule: Rule, keys: KeyInterner): CatalogRule {
  const indicatorKeys = new Set<string>()
  const exclusionKeys = new Set<string>()
  const standalone = new Set<string>()
  for (const q of rule.queries) {
    // The top-level `not` children are exclusions; everything else is an indicator (as
    // `splitExclusions`, without building the positive part).
    const conjuncts = q.expr.kind === 'and' ? q.expr.children : [q.expr]
    for (const c of conjuncts)
      if (c.kind === 'not') collectKeys(c.child, exclusionKeys, keys, standalone)
      else collectKeys(c, indicatorKeys, keys)
  }
  return {
    vendor: rule.vendor,
    id: rule.id,
    title: rule.title,
    path: rule.path,
    line: rule.line,
    level: rule.level,
    techniques: rule.techniques,
    eventKind: eventKind(rule.logsource),
    events: eventsCovered(rule),
    indicators: [...indicatorKeys],
    exclusions: [...exclusionKeys],
    standalone: [...exclusionKeys].filter(k => standalone.has(k))
  }
}

/**
 * The keys of the predicates under `expr` (derived fields aside), in source order. With
 * `standalone` (an exclusion's walk), the keys that exclude on their own go there too: those
 * reached through `or` only. An `and` (a filter of several conditions) or a nested `not`
 * ends that: its predicates are fragments, which exclude nothing alone.
 */
function collectKeys(expr: Expr, out: Set<string>, keys: KeyInterner, standalone?: Set<string>): void {
  switch (expr.kind) {
    case 'pred':
      if (expr.derived !== true) {
        const k = keys.key(expr)
        out.add(k)
        standalone?.add(k)
      }
      return
    case 'or':
      for (const c of expr.children) collectKeys(c, out, keys, standalone)
      return
    case 'and':
      for (const c of expr.children) collectKeys(c, out, keys)
      return
    case 'not':
      collectKeys(expr.child, out, keys)
      return
    case 'opaque':
      return
  }
}

/** Appends rule `i` to `key`'s list; callers give each (key, rule) pair once, in rule order. */
export function pushIndex(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key)
  if (list) list.push(i)
  else map.set(key, [i])
}

/**
 * The techniques a rule is filed under: each tag normalised through `attack` (revoked →
 * replacement, version moves; as tagged without a table), and each one's parent. Sorted.
 */
export function techniqueGroups(techniques: readonly string[], attack?: AttackTable): string[] {
  const out = new Set<string>()
  for (const t of techniques) {
    const id = attack ? currentOf(attack, t) : t
    out.add(id)
    out.add(parentOf(id))
  }
  return [...out].sort(cmp)
}

/**
 * The technique groups a rule is compared within: the parents of its normalised tags
 * (sub-technique → parent), sorted and unique.
 */
export function peerGroups(techniques: readonly string[], attack?: AttackTable): string[] {
  const group = (t: string): string => parentOf(attack ? currentOf(attack, t) : t)
  // Most rules carry one tag: no set, no sort.
  if (techniques.length === 1) return [group(techniques[0])]
  return [...new Set(techniques.map(group))].sort(cmp)
}

/** Per ATT&CK table, each tag's current ID, worked out once (a check asks for the same tags of thousands of peers). */
const CURRENT = new WeakMap<AttackTable, Map<string, string>>()

function currentOf(attack: AttackTable, tag: string): string {
  let known = CURRENT.get(attack)
  if (known === undefined) CURRENT.set(attack, (known = new Map()))
  let id = known.get(tag)
  if (id === undefined) known.set(tag, (id = currentId(attack, tag)))
  return id
}

/**
 * Technique → its rules, ascending (techniques sorted): each tag as written is normalised
 * once, not once per rule. Built on first use: a check that does not group peers by
 * technique never needs it.
 */
export function indexTechniques(
  rules: readonly CatalogRule[],
  attack: AttackTable | undefined
): ReadonlyMap<string, number[]> {
  return computedMap(() => {
    const byTag = new Map<string, number[]>()
    rules.forEach((r, i) => {
      for (const t of r.techniques) pushIndex(byTag, t, i)
    })
    const byGroup = new Map<string, Set<number>>()
    for (const [tag, list] of byTag)
      for (const group of techniqueGroups([tag], attack)) {
        let set = byGroup.get(group)
        if (set === undefined) byGroup.set(group, (set = new Set()))
        for (const i of list) set.add(i)
      }
    const out = new Map<string, number[]>()
    for (const group of [...byGroup.keys()].sort(cmp))
      out.set(
        group,
        [...(byGroup.get(group) as Set<number>)].sort((a, b) => a - b)
      )
    return out
  })
}

/** The field of a key string (`*` for a keyword key): what precedes its first `|`. */
export function keyField(key: string): string {
  const bar = key.indexOf('|')
  return bar < 0 ? key : key.slice(0, bar)
}

/** The product of a kind of event (`windows` of `windows/process_creation/`). */
export function kindProduct(kind: string): string {
  const slash = kind.indexOf('/')
  return slash < 0 ? kind : kind.slice(0, slash)
}

/** How each field is used by `rules` (counted once per rule). */
export function fieldUses(rules: readonly CatalogRule[]): Map<string, FieldUse> {
  const counts = new Map<string, { windows: number; other: number; kinds: Set<string> }>()
  for (const r of rules) {
    const product = kindProduct(r.eventKind)
    const fields = new Set<string>()
    for (const k of r.indicators) fields.add(keyField(k))
    for (const k of r.exclusions) fields.add(keyField(k))
    for (const f of fields) {
      let c = counts.get(f)
      if (c === undefined) counts.set(f, (c = { windows: 0, other: 0, kinds: new Set() }))
      if (product === 'windows') c.windows++
      else if (product !== '') c.other++
      c.kinds.add(r.eventKind)
    }
  }
  const out = new Map<string, FieldUse>()
  for (const f of [...counts.keys()].sort(cmp)) {
    const c = counts.get(f) as { windows: number; other: number; kinds: Set<string> }
    out.set(f, { windows: c.windows, other: c.other, kinds: [...c.kinds].sort(cmp) })
  }
  return out
}

/** Key → the rules that use it as an indicator (or exclusion), in rule order: ascending lists. */
export function ruleKeyIndex(
  rules: readonly CatalogRule[],
  pick: 'indicators' | 'exclusions'
): Map<string, number[]> {
  const out = new Map<string, number[]>()
  rules.forEach((r, i) => {
    for (const k of r[pick]) pushIndex(out, k, i)
  })
  return out
}

/** A map computed whole on first use. */
export function computedMap<V>(build: () => Map<string, V>): LazyMap<string, V> {
  let whole: Map<string, V> | null = null
  const all = (): Map<string, V> => (whole ??= build())
  return new LazyMap(k => all().get(k), all)
}

/** Builds the indexes over rules, which it sorts in place. */
export function indexCatalog(
  rules: CatalogRule[],
  keys: Map<string, KeyParts>,
  attack?: AttackTable
): Catalog {
  rules.sort(compareRules)
  const eventKindRules = new Map<string, number[]>()
  const catalog: Catalog = {
    rules,
    keys,
    indicatorRules: ruleKeyIndex(rules, 'indicators'),
    exclusionRules: ruleKeyIndex(rules, 'exclusions'),
    techniqueRules: indexTechniques(rules, attack),
    eventKindRules,
    fields: computedMap(() => fieldUses(rules))
  }
  if (attack) catalog.attack = attack
  rules.forEach((r, i) => pushIndex(eventKindRules, r.eventKind, i))
  return catalog
}

/** The same catalog with its techniques normalised through `attack`. */
export function withAttack(catalog: Catalog, attack: AttackTable | undefined): Catalog {
  if (attack === catalog.attack) return catalog
  const out: Catalog = { ...catalog, techniqueRules: indexTechniques(catalog.rules, attack) }
  if (attack) out.attack = attack
  else delete out.attack
  return out
}

export function buildCatalog(rules: readonly Rule[], attack?: AttackTable): Catalog {
  const builder = new CatalogBuilder()
  for (const r of rules) builder.add(r)
  return builder.finish(attack)
}

/**
 * A catalog built one rule at a time: a corpus read file by file need not keep every rule's
 * tree in memory, only its catalog entry.
 */
export class CatalogBuilder {
  private readonly keys = new Map<string, KeyParts>()
  private readonly interner = new KeyInterner(this.keys)
  private readonly rules: CatalogRule[] = []

  add(rule: Rule): void {
    this.rules.push(catalogRule(rule, this.interner))
  }

  finish(attack?: AttackTable): Catalog {
    return indexCatalog(this.rules, this.keys, attack)
  }
}
