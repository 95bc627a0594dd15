/**
 * Which exclusions the rules most like a rule support, and which of them fit the rule: the
 * core of `missing-common-exclusion` with `peers: similar`.
 *
 * A neighbour supports an exclusion key x when it excludes x as a filter of its own (a
 * standalone exclusion, see `CatalogRule.standalone`), or on its own a narrower key that x
 * covers. The share of x is its supporters' similarity over all neighbours' similarity.
 *
 * A supported key is suggested when it also fits the rule:
 * - the rule's own exclusions do not cover it, and it is not (and covers no) indicator of
 *   the rule;
 * - its field fits the events the rule reads: at least `FIELD_FIT` rules of the kind whose
 *   events are a subset of the rule's, or share one with them, use the field; and never a
 *   Windows field (or a Windows path or program) for a Linux rule;
 * - it is not lent by a twin: a neighbour whose indicators are the rule's own differs from
 *   it by its exclusions, so they are what tells the two apart ("System account" vs
 *   "Non-system account"), not a false-positive filter;
 * - it would not drop the very events the rule names: a program (or script) that the
 *   rule's title or indicators name, excluded on the same kind of field.
 */
import { exclusions, indicators, type Rule } from '../ir.js'
import { eventKind, keyParts, predicateKey, type KeyParts } from '../normalize/keys.js'
import { covers } from '../normalize/covers.js'
import { eventsCovered } from '../normalize/events.js'
import { pathFieldOf } from '../normalize/values.js'
import { standalonePatternCounts, type Catalog } from '../catalog/index.js'
import type { AttackTable } from '../attack/table.js'
import {
  familyOf,
  neighbours,
  ruleQuery,
  similarityIndex,
  valueTokens,
  type KindIndex,
  type Neighbour
} from '../similarity/index.js'

/** A field fits a rule's events when at least this many rules of those events use it. */
export const FIELD_FIT = 3

/**
 * A neighbour of the rule's own vendor weighs this many times: it writes its filters the
 * same way (measured with `detlint eval exclusions`: +1.6 points of recall at the same
 * precision on the tuning split).
 */
export const SAME_VENDOR_WEIGHT = 2

/**
 * A suggestion's share must be at least this part of the best suggestion's share: a
 * weak runner-up beside a strong first choice is mostly wrong (+2.5 points of precision).
 */
export const RELATIVE_SHARE = 0.6

export interface SimilarPeerOptions {
  neighbours: number
  minRules: number
  minShare: number
  techniqueWeight: number
  perField: number
  top: number
}

/** One supporting neighbour: who, how alike, and the exclusion it uses. */
export interface Supporter {
  index: number
  /** Its weight in the share: similarity times the technique and vendor factors. */
  similarity: number
  /** The plain weighted Jaccard of the two rules' features, 0..1. */
  jaccard: number
  /** The neighbour's own standalone exclusion: the key itself or a narrower one. */
  key: string
}

export interface SupportedExclusion {
  key: string
  parts: KeyParts
  supporters: Supporter[]
  /** Supporters' similarity over all neighbours' similarity, 0..1. */
  share: number
}

/** Why a supported key was not suggested (for tests and evaluation). */
export type Rejection = 'support' | 'covered' | 'indicator' | 'field' | 'windows' | 'names' | 'per-field'

export interface SimilarPeerResult {
  neighbours: Neighbour[]
  /** Neighbours left out as twins. */
  twins: number[]
  suggestions: SupportedExclusion[]
  rejected: Array<SupportedExclusion & { why: Rejection }>
}

/** What the check knows of the rule under check. */
interface Subject {
  rule: Rule
  kind: string
  indicatorKeys: Set<string>
  indicatorParts: KeyParts[]
  own: KeyParts[]
}

function subjectOf(rule: Rule): Subject {
  const indicatorKeys = new Set<string>()
  const indicatorParts: KeyParts[] = []
  for (const { pred } of indicators(rule)) {
    const k = predicateKey(pred)
    if (indicatorKeys.has(k)) continue
    indicatorKeys.add(k)
    indicatorParts.push(keyParts(pred))
  }
  return {
    rule,
    kind: eventKind(rule.logsource),
    indicatorKeys,
    indicatorParts,
    own: exclusions(rule).map(e => keyParts(e.pred))
  }
}

/** Is catalog rule `i` a twin of the subject: the same indicators exactly? */
function isTwin(catalog: Catalog, i: number, subject: Subject): boolean {
  const inds = catalog.rules[i].indicators
  if (inds.length !== subject.indicatorKeys.size) return false
  return inds.every(k => subject.indicatorKeys.has(k))
}

/** A neighbour's standalone exclusions, by field: a key covers only keys of its field or its path field. */
function byField(catalog: Catalog, keys: readonly string[]): Map<string, Array<[string, KeyParts]>> {
  const out = new Map<string, Array<[string, KeyParts]>>()
  for (const k of keys) {
    const parts = catalog.keys.get(k)
    if (parts === undefined) continue
    const f = parts.field ?? '*'
    const list = out.get(f)
    if (list) list.push([k, parts])
    else out.set(f, [[k, parts]])
  }
  return out
}

/** The key of `lender` that supports `parts`: the key itself, or a narrower one it covers. */
function supportVia(
  key: string,
  parts: KeyParts,
  exact: ReadonlySet<string>,
  fields: ReadonlyMap<string, ReadonlyArray<[string, KeyParts]>>
): string | undefined {
  if (exact.has(key)) return key
  const field = parts.field ?? '*'
  const path = parts.field === null ? undefined : pathFieldOf(parts.field)
  for (const f of path === undefined ? [field] : [field, path]) {
    const list = fields.get(f)
    if (list !== undefined)
      for (let i = 0; i < list.length; i++) if (covers(parts, list[i][1])) return list[i][0]
  }
  return undefined
}

/** The exclusions the neighbours support, best first (share, supporters, key). */
export function supportedExclusions(
  catalog: Catalog,
  nbs: readonly Neighbour[],
  skip: ReadonlySet<number> = new Set(),
  broader?: readonly string[]
): SupportedExclusion[] {
  const lenders = nbs
    .filter(n => !skip.has(n.index))
    .map(n => {
      const own = catalog.rules[n.index].standalone
      return { n, exact: new Set(own), fields: byField(catalog, own) }
    })
  const total = nbs.reduce((a, n) => a + n.similarity, 0)
  const candidates = new Set<string>()
  for (const l of lenders) for (const k of l.exact) candidates.add(k)
  // Patterns the kind's rules use as filters of their own may cover what the neighbours
  // exclude: a neighbour excluding `C:\Program Files\X\x.exe` supports `C:\Program Files\*`.
  if (broader !== undefined)
    for (const k of broader) {
      const f = catalog.keys.get(k)?.field ?? '*'
      if (lenders.some(l => l.fields.has(f))) candidates.add(k)
    }
  const out: SupportedExclusion[] = []
  for (const key of candidates) {
    const parts = catalog.keys.get(key)
    if (parts === undefined) continue
    const supporters: Supporter[] = []
    let sum = 0
    for (const { n, exact, fields } of lenders) {
      const via = supportVia(key, parts, exact, fields)
      if (via === undefined) continue
      supporters.push({ index: n.index, similarity: n.similarity, jaccard: n.jaccard, key: via })
      sum += n.similarity
    }
    out.push({ key, parts, supporters, share: total > 0 ? sum / total : 0 })
  }
  return out.sort(bySupport)
}

function bySupport(a: SupportedExclusion, b: SupportedExclusion): number {
  return (
    b.share - a.share ||
    b.supporters.length - a.supporters.length ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  )
}

/** Wildcard patterns at least this many rules of a kind use as a filter of their own. */
export const COMMON_PATTERN_RULES = 2

const PATTERNS = new WeakMap<readonly unknown[], Map<string, string[]>>()

/** The wildcard patterns the kind's rules use as standalone filters, each by ≥ COMMON_PATTERN_RULES rules. */
export function commonPatterns(catalog: Catalog, kind: string): string[] {
  let byKind = PATTERNS.get(catalog.rules)
  if (byKind === undefined) PATTERNS.set(catalog.rules, (byKind = new Map()))
  let out = byKind.get(kind)
  if (out !== undefined) return out
  const count = standalonePatternCounts(catalog, catalog.eventKindRules.get(kind) ?? [])
  out = [...count].filter(([, n]) => n >= COMMON_PATTERN_RULES).map(([k]) => k)
  out.sort()
  byKind.set(kind, out)
  return out
}

/**
 * Does a rule reading `events` read what the rule under check reads: its events are a
 * subset of `of`, or share one with it (an Elastic Defend rule and a Sysmon rule read the
 * same process starts under other names, and each also reads the other's source).
 */
function readsWithin(events: readonly string[], of: ReadonlySet<string>): boolean {
  if (events.length === 0) return true
  for (const e of events) if (of.has(e)) return true
  return false
}

/** Does the field fit the events the rule reads: used by ≥ FIELD_FIT rules of the kind that read within them? */
function fieldFits(
  catalog: Catalog,
  index: KindIndex,
  field: string | null,
  events: ReadonlySet<string>
): boolean {
  const users = index.fieldRules.get(field ?? '*') ?? []
  let n = 0
  for (const li of users) {
    if (readsWithin(catalog.rules[index.rules[li]].events, events) && ++n >= FIELD_FIT) return true
  }
  return false
}

const WINDOWS_FIELDS =
  /^(winlog\.|registry\.|powershell\.|process\.pe\.|dll\.|process\.code_signature\.|wmi\.)/
const WINDOWS_VALUE = /\\|^[a-z]:|\.(exe|dll|ps1|bat|cmd|vbs|sys|msi|lnk)\b/i

/** Is the rule a Linux rule (its logsource product)? */
export function isLinuxRule(rule: Rule): boolean {
  return (rule.logsource.product ?? '').toLowerCase() === 'linux'
}

/** A field only Windows rules use: at least 3 of them, and no rule of another product. */
function windowsOnlyField(catalog: Catalog, field: string): boolean {
  const use = catalog.fields.get(field)
  return use !== undefined && use.windows >= 3 && use.other === 0
}

/** A Windows field, path or program: never advice for a Linux rule. */
export function isWindowsKey(catalog: Catalog, parts: KeyParts): boolean {
  if (parts.field !== null && (WINDOWS_FIELDS.test(parts.field) || windowsOnlyField(catalog, parts.field)))
    return true
  return parts.value !== null && WINDOWS_VALUE.test(parts.value)
}

/** Families whose value names a program, a file or a script. */
const NAMING = new Set([
  'process.name',
  'process.parent.name',
  'file.name',
  'dll.name',
  'process.command_line',
  '*'
])

/**
 * The program names in a value: the tokens of its last path segment, each as its stem
 * before an extension (`c:\\tools\\powershell.exe` → `powershell`). The folders on the way
 * name no program: excluding `*:\\windows\\*` does not drop what a "Windows …" rule names.
 */
function namesIn(value: string | null): string[] {
  if (value === null) return []
  const last = value.slice(Math.max(value.lastIndexOf('\\'), value.lastIndexOf('/')) + 1)
  const out: string[] = []
  for (const t of valueTokens(last)) {
    const dot = t.lastIndexOf('.')
    const stem = dot > 0 ? t.slice(0, dot) : t
    if (stem.length >= 4) out.push(stem)
  }
  return out
}

/** The programs a rule names: title words, and its indicators' values on naming fields, by family. */
function namedByRule(subject: Subject): { title: Set<string>; byFamily: Map<string, Set<string>> } {
  const title = new Set<string>()
  for (const w of subject.rule.title.toLowerCase().split(/[^a-z0-9_]+/)) if (w.length >= 4) title.add(w)
  const byFamily = new Map<string, Set<string>>()
  for (const p of subject.indicatorParts) {
    const fam = familyOf(p.field)
    if (!NAMING.has(fam)) continue
    let set = byFamily.get(fam)
    if (!set) byFamily.set(fam, (set = new Set()))
    for (const n of namesIn(p.value)) set.add(n)
  }
  return { title, byFamily }
}

/**
 * Would excluding `parts` drop the events the rule names? A program excluded on a process
 * or file name field whose name the title states, or that an indicator names on the same
 * family of field.
 */
export function dropsNamedEvents(
  subject: Pick<Subject, 'rule' | 'indicatorParts'>,
  parts: KeyParts
): boolean {
  const fam = familyOf(parts.field)
  if (!NAMING.has(fam) || fam === 'process.command_line' || fam === '*') return false
  const named = namedByRule(subject as Subject)
  const same = named.byFamily.get(fam)
  return namesIn(parts.value).some(n => named.title.has(n) || (same?.has(n) ?? false))
}

/** The exclusions the rules most like `rule` support and that fit it, best first. */
export function similarPeerExclusions(
  catalog: Catalog,
  rule: Rule,
  self: ReadonlySet<number>,
  opts: SimilarPeerOptions,
  attack?: AttackTable
): SimilarPeerResult {
  const subject = subjectOf(rule)
  const query = ruleQuery(catalog, rule, self)
  const nbs = neighbours(catalog, query, {
    k: opts.neighbours,
    techniqueWeight: opts.techniqueWeight,
    vendorWeight: SAME_VENDOR_WEIGHT,
    ...(attack ? { attack } : {})
  })
  const twins = nbs.filter(n => isTwin(catalog, n.index, subject)).map(n => n.index)
  const supported = supportedExclusions(catalog, nbs, new Set(twins), commonPatterns(catalog, subject.kind))
  const index = similarityIndex(catalog).kind(subject.kind)
  const events = new Set(eventsCovered(rule))
  const linux = isLinuxRule(rule)
  const suggestions: SupportedExclusion[] = []
  const rejected: SimilarPeerResult['rejected'] = []
  const perField = new Map<string, number>()
  const fits = new Map<string, boolean>()
  let best = 0
  for (const s of supported) {
    const why = rejection(s) ?? (s.share < best * RELATIVE_SHARE ? 'support' : null)
    if (why !== null) {
      rejected.push({ ...s, why })
      continue
    }
    const field = s.parts.field ?? '*'
    const used = perField.get(field) ?? 0
    if (used >= opts.perField) {
      rejected.push({ ...s, why: 'per-field' })
      continue
    }
    perField.set(field, used + 1)
    if (suggestions.length === 0) best = s.share
    suggestions.push(s)
    if (suggestions.length >= opts.top) break
  }
  return { neighbours: nbs, twins, suggestions, rejected }

  function rejection(s: SupportedExclusion): Rejection | null {
    if (s.supporters.length < opts.minRules || s.share < opts.minShare) return 'support'
    if (subject.own.some(o => covers(o, s.parts))) return 'covered'
    if (subject.indicatorKeys.has(s.key) || subject.indicatorParts.some(i => covers(s.parts, i)))
      return 'indicator'
    if (linux && isWindowsKey(catalog, s.parts)) return 'windows'
    const field = s.parts.field ?? '*'
    let fit = fits.get(field)
    if (fit === undefined) fits.set(field, (fit = fieldFits(catalog, index, s.parts.field, events)))
    if (!fit) return 'field'
    if (dropsNamedEvents(subject, s.parts)) return 'names'
    return null
  }
}
