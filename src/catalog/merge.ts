/**
 * Merging catalogs without reading them whole: the merged catalog holds the parts' rule
 * objects in catalog order, and answers a key or a field by asking each part and mapping
 * its rule indices to the merged ones. A pull request's check of a few rules against
 * catalogs of public corpora reads only the sections those rules need.
 */
import type { KeyParts } from '../normalize/keys.js'
import type { AttackTable } from '../attack/table.js'
import { LazyMap } from './lazy-map.js'
import {
  compareRules,
  fieldUses,
  indexTechniques,
  keyField,
  kindProduct,
  pushIndex,
  ruleKeyIndex,
  type Catalog,
  type CatalogRule,
  type FieldUse,
  withAttack
} from './model.js'

interface Picked {
  rule: CatalogRule
  source: number
  local: number
}

/** Are two catalog rules one: the same vendor, path, line and id? */
function sameRule(a: CatalogRule, b: CatalogRule): boolean {
  return a.vendor === b.vendor && a.path === b.path && a.line === b.line && (a.id ?? '') === (b.id ?? '')
}

/** Rules seen so far, by path (a file holds few rules): is `r` one of them? Adds it if not. */
function firstSeen(seen: Map<string, CatalogRule[]>, r: CatalogRule): boolean {
  const same = seen.get(r.path)
  if (same === undefined) {
    seen.set(r.path, [r])
    return true
  }
  if (same.some(o => sameRule(o, r))) return false
  same.push(r)
  return true
}

/**
 * Merges catalogs; a rule present in several (same vendor, path, line and id) is kept once,
 * from the first that has it. The techniques are normalised through `attack`, or else the
 * first catalog's table.
 */
export function mergeCatalogs(catalogs: readonly Catalog[], attack?: AttackTable): Catalog {
  // One catalog with each rule once is its own merge (with the table asked for).
  if (catalogs.length === 1) {
    const seen = new Map<string, CatalogRule[]>()
    if (catalogs[0].rules.every(r => firstSeen(seen, r)))
      return withAttack(catalogs[0], attack ?? catalogs[0].attack)
  }
  return combineCatalogs(
    catalogs.map(catalog => ({ catalog })),
    attack
  )
}

/** A catalog to combine, and which of its rules to take (all by default). */
export interface CatalogPart {
  catalog: Catalog
  keep?: (rule: CatalogRule) => boolean
}

/**
 * Combines the rules of several catalogs that each part keeps; as `mergeCatalogs` (a rule
 * present in several parts counts once), with the rules a part leaves out gone from every
 * answer. The catalog cache uses it to take a stored catalog less the files that changed.
 */
export function combineCatalogs(parts: readonly CatalogPart[], attack?: AttackTable): Catalog {
  const catalogs = parts.map(p => p.catalog)
  const seen = new Map<string, CatalogRule[]>()
  const picked: Picked[] = []
  /** Rules left out (a copy of one kept, or not kept): their uses of fields are not counted. */
  const dropped: CatalogRule[] = []
  parts.forEach(({ catalog: c, keep }, source) =>
    c.rules.forEach((rule, local) => {
      if (keep !== undefined && !keep(rule)) {
        dropped.push(rule)
        return
      }
      if (firstSeen(seen, rule)) picked.push({ rule, source, local })
      else dropped.push(rule)
    })
  )
  picked.sort((a, b) => compareRules(a.rule, b.rule))
  /** Per part: its rule index → the merged index (-1: left out). */
  const remap = catalogs.map(c => new Int32Array(c.rules.length).fill(-1))
  picked.forEach((p, i) => (remap[p.source][p.local] = i))
  const rules = picked.map(p => p.rule)

  const eventKindRules = new Map<string, number[]>()
  rules.forEach((r, i) => pushIndex(eventKindRules, r.eventKind, i))

  /** A key's rules in every part, as merged indices, ascending. */
  const combined = (key: string, pick: 'indicatorRules' | 'exclusionRules'): number[] | undefined => {
    const out: number[] = []
    catalogs.forEach((c, source) => {
      for (const i of c[pick].get(key) ?? []) {
        const m = remap[source][i]
        if (m >= 0) out.push(m)
      }
    })
    return out.length === 0 ? undefined : out.sort((a, b) => a - b)
  }
  /** A key's parts, from the first part that has it. */
  const partsOf = (key: string): KeyParts | undefined => {
    for (const c of catalogs) {
      const parts = c.keys.get(key)
      if (parts !== undefined) return parts
    }
    return undefined
  }

  // With rules left out, a key counts only when a rule kept uses it. Every key of a part is
  // used by one of its rules, so only the keys of rules left out need asking.
  const filtered = parts.some(p => p.keep !== undefined)
  let leftOutKeys: Set<string> | null = null
  const usedOnlyByLeftOut = (key: string): boolean => {
    if (leftOutKeys === null) {
      leftOutKeys = new Set()
      for (const r of dropped) for (const k of [...r.indicators, ...r.exclusions]) leftOutKeys.add(k)
    }
    return (
      leftOutKeys.has(key) &&
      combined(key, 'indicatorRules') === undefined &&
      combined(key, 'exclusionRules') === undefined
    )
  }
  const keys = new LazyMap<string, KeyParts>(
    key => (filtered && usedOnlyByLeftOut(key) ? undefined : partsOf(key)),
    () => {
      const out = new Map<string, KeyParts>()
      if (filtered) {
        for (const r of rules)
          for (const k of [...r.indicators, ...r.exclusions])
            if (!out.has(k)) out.set(k, partsOf(k) as KeyParts)
      } else for (const c of catalogs) for (const [k, v] of c.keys) if (!out.has(k)) out.set(k, v)
      return out
    }
  )

  const fieldOf = (field: string): FieldUse | undefined => {
    let windows = 0
    let other = 0
    const kinds = new Set<string>()
    for (const c of catalogs) {
      const use = c.fields.get(field)
      if (use === undefined) continue
      windows += use.windows
      other += use.other
      for (const k of use.kinds) kinds.add(k)
    }
    if (kinds.size === 0) return undefined
    const uses = (r: CatalogRule): boolean =>
      r.indicators.some(k => keyField(k) === field) || r.exclusions.some(k => keyField(k) === field)
    /** Kinds a rule left out used the field in: still the field's only if a rule kept there uses it. */
    const recheck = new Set<string>()
    for (const r of dropped) {
      if (!uses(r)) continue
      const product = kindProduct(r.eventKind)
      if (product === 'windows') windows--
      else if (product !== '') other--
      recheck.add(r.eventKind)
    }
    for (const kind of recheck)
      if (!(eventKindRules.get(kind) ?? []).some(i => uses(rules[i]))) kinds.delete(kind)
    if (kinds.size === 0) return undefined
    return { windows, other, kinds: [...kinds].sort() }
  }

  const table = attack ?? catalogs.find(c => c.attack)?.attack
  const catalog: Catalog = {
    rules,
    keys,
    indicatorRules: new LazyMap(
      key => combined(key, 'indicatorRules'),
      () => ruleKeyIndex(rules, 'indicators')
    ),
    exclusionRules: new LazyMap(
      key => combined(key, 'exclusionRules'),
      () => ruleKeyIndex(rules, 'exclusions')
    ),
    techniqueRules: indexTechniques(rules, table),
    eventKindRules,
    fields: new LazyMap(fieldOf, () => fieldUses(rules))
  }
  if (table) catalog.attack = table
  return catalog
}
