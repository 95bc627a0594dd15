/**
 * The catalog: what a corpus of rules checks and excludes. Built from rules, merged from
 * several sources, saved as versioned JSON with deterministic bytes, and indexed on load.
 *
 * File format (`format: "detlint-catalog"`, `version: 3`; schema in
 * `schema/detlint-catalog.schema.json`, described in `docs/catalog.md`):
 *   keys:  [{ field, op, value }]                  canonical keys, sorted by their key string
 *   rules: [{ vendor, id, title, path, line, level, techniques, eventKind, events,
 *             indicators: [key index], exclusions: [key index],
 *             standalone: [key index] }]   sorted
 * Techniques are stored as the rules tag them; everything else (reach per key, rules per
 * technique after ATT&CK normalisation, rules per kind of event) is derived when loading.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { VENDORS, type Expr, type Rule, type Vendor } from '../ir.js'
import { eventKind, formatKey, KeyInterner, type KeyParts } from '../normalize/keys.js'
import { compareEvents, eventsCovered } from '../normalize/events.js'
import { currentId, parentOf } from '../attack/normalize.js'
import type { AttackTable } from '../attack/table.js'
import { VERSION } from '../version.js'

export const CATALOG_FORMAT = 'detlint-catalog'
export const CATALOG_VERSION = 3

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

export interface Catalog {
  rules: CatalogRule[]
  keys: Map<string, KeyParts>
  /** Key → indices of the rules that use it as an indicator, ascending. */
  indicatorRules: Map<string, number[]>
  /** Key → indices of the rules that use it as an exclusion, ascending. */
  exclusionRules: Map<string, number[]>
  /**
   * Technique → indices of its rules, ascending. Tags are normalised through the ATT&CK
   * table when one is given (revoked → replacement, version moves), and a rule counts under
   * its technique and that technique's parent: `T1059` holds every `T1059.*` rule.
   */
  techniqueRules: Map<string, number[]>
  /** Event kind → indices of its rules, ascending. */
  eventKindRules: Map<string, number[]>
  /** The ATT&CK table the techniques were normalised with, if any. */
  attack?: AttackTable
}

export class CatalogError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CatalogError'
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function compareRules(a: CatalogRule, b: CatalogRule): number {
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
      if (c.kind === 'not') {
        collectKeys(c.child, exclusionKeys, keys)
        collectStandalone(c.child, standalone, keys)
      } else collectKeys(c, indicatorKeys, keys)
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
 * The keys of the predicates under an exclusion that each exclude on their own: reached
 * through `or` only. An `and` (a filter of several conditions) or a nested `not` stops the
 * walk: its predicates are fragments, which exclude nothing alone.
 */
export function collectStandalone(expr: Expr, out: Set<string>, keys: KeyInterner): void {
  if (expr.kind === 'pred') {
    if (expr.derived !== true) out.add(keys.key(expr))
  } else if (expr.kind === 'or') for (const c of expr.children) collectStandalone(c, out, keys)
}

/** The keys of the predicates under `expr` (derived fields aside), in source order. */
function collectKeys(expr: Expr, out: Set<string>, keys: KeyInterner): void {
  switch (expr.kind) {
    case 'pred':
      if (expr.derived !== true) out.add(keys.key(expr))
      return
    case 'and':
    case 'or':
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
function pushIndex(map: Map<string, number[]>, key: string, i: number): void {
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
    const id = attack ? currentId(attack, t) : t
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
  return [...new Set(techniques.map(t => parentOf(attack ? currentId(attack, t) : t)))].sort(cmp)
}

function indexTechniques(
  rules: readonly CatalogRule[],
  attack: AttackTable | undefined
): Map<string, number[]> {
  const map = new Map<string, number[]>()
  rules.forEach((r, i) => {
    for (const t of techniqueGroups(r.techniques, attack)) pushIndex(map, t, i)
  })
  return map
}

/** Builds the indexes over sorted rules. */
export function indexCatalog(
  rules: CatalogRule[],
  keys: Map<string, KeyParts>,
  attack?: AttackTable
): Catalog {
  rules.sort(compareRules)
  const catalog: Catalog = {
    rules,
    keys,
    indicatorRules: new Map(),
    exclusionRules: new Map(),
    techniqueRules: indexTechniques(rules, attack),
    eventKindRules: new Map()
  }
  if (attack) catalog.attack = attack
  rules.forEach((r, i) => {
    for (const k of r.indicators) pushIndex(catalog.indicatorRules, k, i)
    for (const k of r.exclusions) pushIndex(catalog.exclusionRules, k, i)
    pushIndex(catalog.eventKindRules, r.eventKind, i)
  })
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

/**
 * Merges catalogs; a rule present in several (same vendor, path, line and id) is kept once.
 * The techniques are normalised through `attack`, or else the first catalog's table.
 */
export function mergeCatalogs(catalogs: readonly Catalog[], attack?: AttackTable): Catalog {
  const keys = new Map<string, KeyParts>()
  const seen = new Set<string>()
  const rules: CatalogRule[] = []
  for (const c of catalogs) {
    for (const [k, v] of c.keys) if (!keys.has(k)) keys.set(k, v)
    for (const r of c.rules) {
      const id = `${r.vendor}\u0000${r.path}\u0000${r.line}\u0000${r.id ?? ''}`
      if (seen.has(id)) continue
      seen.add(id)
      rules.push({ ...r })
    }
  }
  return indexCatalog(rules, keys, attack ?? catalogs.find(c => c.attack)?.attack)
}

interface CatalogFile {
  format: typeof CATALOG_FORMAT
  version: typeof CATALOG_VERSION
  generator: string
  keys: KeyParts[]
  rules: Array<
    Omit<CatalogRule, 'indicators' | 'exclusions' | 'standalone'> & {
      indicators: number[]
      exclusions: number[]
      standalone: number[]
    }
  >
}

/** Serialises with deterministic bytes: keys and rules sorted, fixed property order. */
export function serializeCatalog(catalog: Catalog): string {
  const keyList = [...catalog.keys.keys()].sort(cmp)
  const index = new Map(keyList.map((k, i) => [k, i]))
  const file: CatalogFile = {
    format: CATALOG_FORMAT,
    version: CATALOG_VERSION,
    generator: `detlint ${VERSION}`,
    keys: keyList.map(k => {
      const p = catalog.keys.get(k) as KeyParts
      return { field: p.field, op: p.op, value: p.value }
    }),
    rules: catalog.rules.map(r => ({
      vendor: r.vendor,
      id: r.id,
      title: r.title,
      path: r.path,
      line: r.line,
      level: r.level,
      techniques: r.techniques,
      eventKind: r.eventKind,
      events: r.events,
      indicators: r.indicators.map(k => index.get(k) as number).sort(byNumber),
      exclusions: r.exclusions.map(k => index.get(k) as number).sort(byNumber),
      standalone: r.standalone.map(k => index.get(k) as number).sort(byNumber)
    }))
  }
  return JSON.stringify(file) + '\n'
}

function byNumber(a: number, b: number): number {
  return a - b
}

function fail(where: string, what: string): never {
  throw new CatalogError(`${where}: ${what}`)
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function str(v: unknown, where: string): string {
  return typeof v === 'string' ? v : fail(where, `expected a string, got ${JSON.stringify(v)}`)
}

function strOrNull(v: unknown, where: string): string | null {
  return v === null ? null : str(v, where)
}

function indexList(v: unknown, where: string, max: number): number[] {
  if (!Array.isArray(v)) fail(where, 'expected a list of key indices')
  return v.map((x, i) =>
    Number.isInteger(x) && (x as number) >= 0 && (x as number) < max
      ? (x as number)
      : fail(`${where}[${i}]`, `expected a key index below ${max}, got ${JSON.stringify(x)}`)
  )
}

/** Parses catalog JSON text, validating its shape; errors name the source and the place. */
export function parseCatalog(text: string, source: string, attack?: AttackTable): Catalog {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (err) {
    fail(source, `not valid JSON: ${err instanceof Error ? err.message : String(err)}`)
  }
  if (!isObject(doc) || doc.format !== CATALOG_FORMAT)
    fail(source, `not a detlint catalog (format is not "${CATALOG_FORMAT}")`)
  if (doc.version !== CATALOG_VERSION)
    fail(
      source,
      `catalog version ${JSON.stringify(doc.version)} is not supported (expected ${CATALOG_VERSION}); rebuild it with \`detlint catalog build\``
    )
  if (!Array.isArray(doc.keys) || !Array.isArray(doc.rules)) fail(source, 'expected "keys" and "rules" lists')
  const keyList: KeyParts[] = doc.keys.map((k: unknown, i: number) => {
    const where = `${source}: keys[${i}]`
    if (!isObject(k)) fail(where, 'expected an object')
    return {
      field: strOrNull(k.field, `${where}.field`),
      op: str(k.op, `${where}.op`),
      value: strOrNull(k.value, `${where}.value`)
    }
  })
  const keyStrings = keyList.map(formatKey)
  const keys = new Map<string, KeyParts>(keyStrings.map((k, i) => [k, keyList[i]]))
  const rules: CatalogRule[] = doc.rules.map((r: unknown, i: number) => {
    const where = `${source}: rules[${i}]`
    if (!isObject(r)) fail(where, 'expected an object')
    const vendor = str(r.vendor, `${where}.vendor`)
    if (!(VENDORS as readonly string[]).includes(vendor))
      fail(`${where}.vendor`, `unknown vendor ${JSON.stringify(vendor)}`)
    if (!Array.isArray(r.techniques)) fail(`${where}.techniques`, 'expected a list')
    if (!Array.isArray(r.events)) fail(`${where}.events`, 'expected a list')
    return {
      vendor: vendor as Vendor,
      id: strOrNull(r.id, `${where}.id`),
      title: str(r.title, `${where}.title`),
      path: str(r.path, `${where}.path`),
      line: typeof r.line === 'number' ? r.line : fail(`${where}.line`, 'expected a number'),
      level: strOrNull(r.level ?? null, `${where}.level`),
      techniques: [
        ...new Set(r.techniques.map((t: unknown, j: number) => str(t, `${where}.techniques[${j}]`)))
      ],
      eventKind: str(r.eventKind, `${where}.eventKind`),
      events: [...new Set(r.events.map((e: unknown, j: number) => str(e, `${where}.events[${j}]`)))].sort(
        compareEvents
      ),
      indicators: [...new Set(indexList(r.indicators, `${where}.indicators`, keyList.length))].map(
        x => keyStrings[x]
      ),
      exclusions: [...new Set(indexList(r.exclusions, `${where}.exclusions`, keyList.length))].map(
        x => keyStrings[x]
      ),
      standalone: [...new Set(indexList(r.standalone, `${where}.standalone`, keyList.length))].map(
        x => keyStrings[x]
      )
    }
  })
  return indexCatalog(rules, keys, attack)
}

export function loadCatalogFile(file: string, attack?: AttackTable): Catalog {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    fail(
      `catalog ${JSON.stringify(file)}`,
      `cannot read: ${err instanceof Error ? err.message : String(err)}`
    )
  }
  return parseCatalog(text, file, attack)
}

export function saveCatalogFile(catalog: Catalog, file: string): void {
  writeFileSync(file, serializeCatalog(catalog))
}
