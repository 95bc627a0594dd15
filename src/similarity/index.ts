/**
 * The similarity index: how alike two rules are in what they detect, within one kind of
 * event (logsource product/category/service).
 *
 * Each rule is a set of features (`features.ts`) of its indicator keys. Within a kind of n
 * rules a feature weighs its idf, `ln((n+1)/df)`; one the kind never uses weighs `ln(n+1)`.
 * Two rules' similarity is the weighted Jaccard of their features, `I / (W(q) + W(p) − I)`,
 * multiplied by `techniqueWeight` when they share a parent technique after ATT&CK
 * normalisation (and, when asked, by `vendorWeight` when they are of the same vendor). A rule's neighbours are the k most similar rules of its kind (ties in
 * catalog order), the rule itself left out.
 *
 * The index of a kind is built the first time a rule of that kind asks (a pull request
 * touches a few kinds of a catalog's hundreds), and kept with the catalog's rule list, so
 * every rule of a run, and every copy of the catalog (`withAttack`), shares it.
 */
import { indicators, type Rule, type Vendor } from '../ir.js'
import { eventKind, keyParts, predicateKey, type KeyParts } from '../normalize/keys.js'
import {
  keyField,
  peerGroups,
  storedFeatures,
  type Catalog,
  type SimilaritySection
} from '../catalog/index.js'
import type { AttackTable } from '../attack/table.js'
import { featuresOf } from './features.js'

export { familyOf, featuresOf, keyFeatures, valueTokens } from './features.js'

/** One kind of event's rules, their features and the features' weights. */
export interface KindIndex {
  kind: string
  /** Catalog indices of the kind's rules, ascending. */
  rules: readonly number[]
  /** A feature's id; undefined for a feature no rule of the kind has. */
  id(feature: string): number | undefined
  /** Weight (idf) by feature id. */
  idf: Float64Array
  /** Local rule → the sum of its features' weights. */
  weight: Float64Array
  /**
   * The local rules that have each feature, ascending, one feature after another: feature
   * `id`'s are `postings[postingStart[id]]` up to `postings[postingStart[id + 1]]` (two flat
   * arrays, not an array per feature: a kind of 2,000 rules has some 15,000 features).
   */
  postings: Uint32Array
  postingStart: Uint32Array
  /** Field → the local rules that use it (indicator or exclusion), ascending. */
  fieldRules: ReadonlyMap<string, readonly number[]>
}

/** Every kind's index, built on demand, for one catalog's rules. */
export class SimilarityIndex {
  private readonly kinds = new Map<string, KindIndex>()
  /** Key → its features, shared by every kind. */
  private readonly memo = new Map<string, readonly string[]>()

  constructor(private readonly catalog: Catalog) {}

  kind(kind: string): KindIndex {
    let k = this.kinds.get(kind)
    if (k === undefined) {
      k = this.build(kind)
      this.kinds.set(kind, k)
    }
    return k
  }

  /** The features of a set of keys (parts from `own` first, then the catalog), through the shared memo. */
  features(keys: Iterable<string>, own?: ReadonlyMap<string, KeyParts>): Set<string> {
    const { catalog } = this
    return featuresOf(keys, k => own?.get(k) ?? catalog.keys.get(k), this.memo)
  }

  private build(kind: string): KindIndex {
    const { catalog } = this
    const rules = catalog.eventKindRules.get(kind) ?? []
    // The sorted feature table of the kind's first rule read from a catalog file, if any: its
    // features take their indices there as ids, and are found by binary search, not put in a
    // Map (some 15,000 strings for process creation). Other features get ids after them.
    const base = baseTable(catalog, rules)
    const extra = new Map<string, number>()
    const df: number[] = base === null ? [] : new Array<number>(base.length).fill(0)
    const lookup = (f: string): number | undefined => {
      if (base !== null) {
        const i = sortedIndex(base, f)
        if (i >= 0) return i
      }
      return extra.get(f)
    }
    const idOf = (f: string): number => {
      let id = lookup(f)
      if (id === undefined) {
        id = df.length
        extra.set(f, id)
        df.push(0)
      }
      return id
    }
    // Key → the ids of its features in this kind: each key is tokenised once, and a rule's
    // features are the union of its keys' ids (no feature string is hashed per rule).
    const keyIds = new Map<string, readonly number[]>()
    const idsOf = (key: string): readonly number[] => {
      let out = keyIds.get(key)
      if (out === undefined) keyIds.set(key, (out = [...this.features([key])].map(idOf)))
      return out
    }
    /** Per stored feature table (not the base): its index → the id here (-1: not yet looked up). */
    const tables = new Map<readonly string[], Int32Array>()
    // `seen[id] === stamp`: the feature is already counted for the rule being read. Sized
    // for the base table's ids (a stored list's, checked when read), grown for others.
    let seen = new Int32Array(Math.max(1024, (base?.length ?? 0) + 1))
    // Every rule's feature ids, one rule after another (rule `li`'s from `starts[li]`).
    let flat = new Uint32Array(Math.max(1024, rules.length * 16))
    let size = 0
    const starts = new Uint32Array(rules.length + 1)
    const fieldRules = new Map<string, number[]>()
    let stamp = 0
    const add = (id: number): void => {
      if (id >= seen.length) {
        const grown = new Int32Array(Math.max(seen.length * 2, id + 1))
        grown.set(seen)
        seen = grown
      }
      if (seen[id] === stamp) return
      seen[id] = stamp
      df[id]++
      if (size === flat.length) {
        const grown = new Uint32Array(flat.length * 2)
        grown.set(flat)
        flat = grown
      }
      flat[size++] = id
    }
    const fieldList = (f: string): number[] => {
      let list = fieldRules.get(f)
      if (list === undefined) fieldRules.set(f, (list = []))
      return list
    }
    // Rules come in ascending order: a rule already counted for a field is the list's last.
    const addField = (f: string, li: number): void => {
      const list = fieldList(f)
      if (list[list.length - 1] !== li) list.push(li)
    }
    /** Per stored section: its field ids' lists in `fieldRules`, looked up once. */
    const sectionFields = new Map<SimilaritySection, Array<number[] | undefined>>()
    // Indexed loops, not for…of: this runs once per kind and per process, mostly before V8
    // optimises it, where an iterator costs a call and an object per element.
    for (let li = 0; li < rules.length; li++) {
      const r = catalog.rules[rules[li]]
      stamp = li + 1
      starts[li] = size
      // A rule read from a catalog file brings its features (each table's strings looked up
      // once); others are computed from their keys.
      const stored = storedFeatures(r)
      if (stored !== undefined) {
        const { section: s, local } = stored
        const ids = s.featureIds
        const from = s.featureStarts[local]
        const end = s.featureStarts[local + 1]
        if (s.features === base) {
          // `add` written out: this runs for each of the kind's thousands of rules.
          if (size + end - from > flat.length) {
            const grown = new Uint32Array(Math.max(flat.length * 2, size + end - from))
            grown.set(flat)
            flat = grown
          }
          for (let j = from; j < end; j++) {
            const id = ids[j]
            if (seen[id] === stamp) continue
            seen[id] = stamp
            df[id]++
            flat[size++] = id
          }
        } else {
          const table = s.features
          let map = tables.get(table)
          if (map === undefined) tables.set(table, (map = new Int32Array(table.length).fill(-1)))
          for (let j = from; j < end; j++) {
            const f = ids[j]
            let id = map[f]
            if (id < 0) map[f] = id = idOf(table[f])
            add(id)
          }
        }
        // The fields a rule uses: stored with its features, or from its keys.
        let lists = sectionFields.get(s)
        if (lists === undefined) sectionFields.set(s, (lists = new Array(s.fields.length)))
        for (let j = s.fieldStarts[local], e = s.fieldStarts[local + 1]; j < e; j++) {
          const fid = s.fieldIds[j]
          const list = (lists[fid] ??= fieldList(s.fields[fid]))
          if (list[list.length - 1] !== li) list.push(li)
        }
      } else {
        for (const k of r.indicators) for (const id of idsOf(k)) add(id)
        for (const k of r.indicators) addField(keyField(k), li)
        for (const k of r.exclusions) addField(keyField(k), li)
      }
    }
    const n = rules.length
    starts[n] = size
    const idf = new Float64Array(df.length)
    for (let id = 0; id < df.length; id++) idf[id] = Math.log((n + 1) / df[id])
    // Postings: each feature's run starts where the counts of the features before it end.
    const postingStart = new Uint32Array(df.length + 1)
    for (let id = 0; id < df.length; id++) postingStart[id + 1] = postingStart[id] + df[id]
    const fill = postingStart.slice(0, df.length)
    const postings = new Uint32Array(size)
    const weight = new Float64Array(n)
    for (let li = 0; li < n; li++) {
      let w = 0
      for (let p = starts[li]; p < starts[li + 1]; p++) {
        const id = flat[p]
        w += idf[id]
        postings[fill[id]++] = li
      }
      weight[li] = w
    }
    // A feature of the table that no rule of the kind has (its rule was left out of a merge:
    // a file the pull request changed, say) is unseen, as a feature of no table is.
    const id = (f: string): number | undefined => {
      const i = lookup(f)
      return i === undefined || df[i] === 0 ? undefined : i
    }
    return { kind, rules, id, idf, weight, postings, postingStart, fieldRules }
  }
}

/**
 * The feature table of the first of `rules` read from a catalog file, when it is sorted (as
 * detlint writes it; an edited file's may not be, and is then looked up through a map):
 * null when there is none.
 */
function baseTable(catalog: Catalog, rules: readonly number[]): readonly string[] | null {
  for (let li = 0; li < rules.length; li++) {
    const stored = storedFeatures(catalog.rules[rules[li]])
    if (stored === undefined) continue
    const t = stored.section.features
    for (let i = 1; i < t.length; i++) if (!(t[i - 1] < t[i])) return null
    return t
  }
  return null
}

/** The index of `value` in the sorted, unique `list`, or -1. */
function sortedIndex(list: readonly string[], value: string): number {
  let lo = 0
  let hi = list.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const v = list[mid]
    if (v === value) return mid
    if (v < value) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

const INDEXES = new WeakMap<readonly unknown[], SimilarityIndex>()

/**
 * The similarity index of a catalog, built on first use and kept with its rule list (which
 * every copy of the catalog shares).
 */
export function similarityIndex(catalog: Catalog): SimilarityIndex {
  let index = INDEXES.get(catalog.rules)
  if (index === undefined) {
    index = new SimilarityIndex(catalog)
    INDEXES.set(catalog.rules, index)
  }
  return index
}

/** What is compared: a rule's kind of event, the features of its indicators, its techniques. */
export interface LikenessQuery {
  kind: string
  features: ReadonlySet<string>
  techniques: readonly string[]
  /** Catalog rules never counted as neighbours (the rule itself). */
  self: ReadonlySet<number>
  /** The rule's vendor, for `vendorWeight`. */
  vendor?: Vendor
}

export interface Neighbour {
  /** Catalog index. */
  index: number
  /** Weighted Jaccard, times the technique weight when a parent technique is shared. */
  similarity: number
  /** The plain weighted Jaccard. */
  jaccard: number
  /** Shares a parent technique with the query. */
  sharesTechnique: boolean
}

export interface NeighbourOptions {
  /** How many neighbours (default 20). */
  k?: number
  /** Factor for a peer that shares a parent technique (default 2). */
  techniqueWeight?: number
  /** Factor for a peer of the query's own vendor (default 1): it writes filters the same way. */
  vendorWeight?: number
  /** Normalises technique tags (revoked → replacement); the catalog's table by default. */
  attack?: AttackTable
  /** Keep only neighbours with at least this (multiplied) similarity. */
  minSimilarity?: number
}

/** The query of an IR rule: its indicator keys' features (keys the catalog lacks included). */
export function ruleQuery(catalog: Catalog, rule: Rule, self: ReadonlySet<number>): LikenessQuery {
  // The parts come from the rule itself: the catalog's for the same key are the same, and
  // asking the catalog would read the sections of every kind that uses the key's field.
  const own = new Map<string, KeyParts>()
  for (const { pred } of indicators(rule)) {
    const key = predicateKey(pred)
    if (!own.has(key)) own.set(key, keyParts(pred))
  }
  return {
    kind: eventKind(rule.logsource),
    features: similarityIndex(catalog).features(own.keys(), own),
    techniques: rule.techniques,
    self,
    vendor: rule.vendor
  }
}

/** The query of a catalog rule, the rule itself left out. */
export function catalogRuleQuery(catalog: Catalog, index: number): LikenessQuery {
  const r = catalog.rules[index]
  return {
    kind: r.eventKind,
    features: similarityIndex(catalog).features(r.indicators),
    techniques: r.techniques,
    self: new Set([index]),
    vendor: r.vendor
  }
}

/** Each catalog rule's parent techniques (after normalisation), per catalog copy and table: computed when first asked. */
const PARENTS = new WeakMap<
  Catalog,
  { attack: AttackTable | undefined; parents: Array<readonly string[] | undefined> }
>()

function parentsOf(catalog: Catalog, attack: AttackTable | undefined): (i: number) => readonly string[] {
  let known = PARENTS.get(catalog)
  if (known === undefined || known.attack !== attack) {
    known = { attack, parents: new Array(catalog.rules.length) }
    PARENTS.set(catalog, known)
  }
  const { parents } = known
  return i => {
    let p = parents[i]
    if (p === undefined) {
      const r = catalog.rules[i]
      parents[i] = p = r.techniques.length === 0 ? [] : peerGroups(r.techniques, attack)
    }
    return p
  }
}

/** A kind's index and the query's weighted Jaccard with each of its rules (0: none shared, or itself). */
interface Overlap {
  index: KindIndex
  /** Local rule → its Jaccard with the query; 0 for a rule sharing no feature, and for the rule itself. */
  jaccard: Float64Array
  /** Rules with a Jaccard above 0. */
  candidates: number
}

function overlap(catalog: Catalog, query: LikenessQuery): Overlap {
  const index = similarityIndex(catalog).kind(query.kind)
  const unseen = Math.log(index.rules.length + 1)
  const inter = new Float64Array(index.rules.length)
  let wq = 0
  for (const f of query.features) {
    const id = index.id(f)
    if (id === undefined) {
      wq += unseen
      continue
    }
    const w = index.idf[id]
    wq += w
    for (let p = index.postingStart[id], end = index.postingStart[id + 1]; p < end; p++)
      inter[index.postings[p]] += w
  }
  // In place: the shared weight becomes the Jaccard.
  let candidates = 0
  for (let li = 0; li < inter.length; li++) {
    const i = inter[li]
    if (i <= 0) continue
    if (query.self.has(index.rules[li])) inter[li] = 0
    else {
      inter[li] = i / (wq + index.weight[li] - i)
      candidates++
    }
  }
  return { index, jaccard: inter, candidates }
}

/** Scores local rules of a kind's index as neighbours: the technique and vendor factors applied. */
function scorer(
  catalog: Catalog,
  index: KindIndex,
  query: LikenessQuery,
  options: NeighbourOptions
): (li: number, jaccard: number) => Neighbour {
  const weight = options.techniqueWeight ?? 2
  const attack = options.attack ?? catalog.attack
  const mine = weight === 1 || query.techniques.length === 0 ? [] : peerGroups(query.techniques, attack)
  const parents = mine.length === 0 ? null : parentsOf(catalog, attack)
  const vendorWeight = options.vendorWeight ?? 1
  return (li, jaccard) => {
    const ci = index.rules[li]
    const sharesTechnique = parents !== null && parents(ci).some(t => mine.includes(t))
    let similarity = sharesTechnique ? jaccard * weight : jaccard
    if (vendorWeight !== 1 && catalog.rules[ci].vendor === query.vendor) similarity *= vendorWeight
    return { index: ci, similarity, jaccard, sharesTechnique }
  }
}

/** Similarity of the query with every rule of its kind that shares a feature. */
export function similarities(
  catalog: Catalog,
  query: LikenessQuery,
  options: NeighbourOptions = {}
): Neighbour[] {
  const { index, jaccard } = overlap(catalog, query)
  const score = scorer(catalog, index, query, options)
  const out: Neighbour[] = []
  for (let li = 0; li < jaccard.length; li++) if (jaccard[li] > 0) out.push(score(li, jaccard[li]))
  return out
}

/** Most similar first; ties in catalog order. */
function byLikeness(a: Neighbour, b: Neighbour): number {
  return b.similarity - a.similarity || a.index - b.index
}

/**
 * The `k` rules most like the query within its kind, most similar first (ties in catalog
 * order): the first `k` of `similarities`, sorted, without scoring every rule of the kind.
 * A rule's similarity is its Jaccard times factors between `low` and `high` (the technique
 * and vendor weights, or 1), so the k-th largest `jaccard × low` is at most the k-th
 * similarity, and a rule whose `jaccard × high` is below it cannot be among the first k
 * (nor tie with the k-th): only the others are scored (their techniques looked up) and
 * sorted. Same answer as sorting them all.
 */
export function neighbours(
  catalog: Catalog,
  query: LikenessQuery,
  options: NeighbourOptions = {}
): Neighbour[] {
  const k = options.k ?? 20
  const min = options.minSimilarity ?? 0
  const { index, jaccard, candidates } = overlap(catalog, query)
  const factors = [options.techniqueWeight ?? 2, options.vendorWeight ?? 1]
  const low = factors.reduce((a, f) => a * Math.min(1, f), 1)
  const high = factors.reduce((a, f) => a * Math.max(1, f), 1)
  let floor = -Infinity
  if (k > 0 && candidates > k && low > 0) {
    // The k-th largest Jaccard (a native numeric sort, descending by negation).
    const ranked = new Float64Array(candidates)
    let n = 0
    for (let li = 0; li < jaccard.length; li++) if (jaccard[li] > 0) ranked[n++] = -jaccard[li]
    ranked.sort()
    // A hair lower: a product of factors may round the other way than `high` times `j`.
    floor = -ranked[k - 1] * low * (1 - 1e-9)
  }
  const score = scorer(catalog, index, query, options)
  const out: Neighbour[] = []
  for (let li = 0; li < jaccard.length; li++) {
    const j = jaccard[li]
    if (j <= 0 || j * high < floor) continue
    const nb = score(li, j)
    if (nb.similarity >= min) out.push(nb)
  }
  return out.sort(byLikeness).slice(0, k)
}

/** A catalog rule named by its index, or by vendor and id, or by path (and line). */
export type RuleSelector = number | { vendor?: string; id?: string | null; path?: string; line?: number }

function findRule(catalog: Catalog, ref: RuleSelector): number {
  if (typeof ref === 'number') return ref >= 0 && ref < catalog.rules.length ? ref : -1
  return catalog.rules.findIndex(
    r =>
      (ref.vendor === undefined || r.vendor === ref.vendor) &&
      (ref.id === undefined || ref.id === null || r.id === ref.id) &&
      (ref.path === undefined || r.path === ref.path) &&
      (ref.line === undefined || r.line === ref.line)
  )
}

/**
 * The catalog rules most like a catalog rule (the rule itself left out), most similar first:
 * "rules most like this one" for a page or a report. An unknown rule has none.
 */
export function similarRules(
  catalog: Catalog,
  ref: RuleSelector,
  k = 10,
  options: Omit<NeighbourOptions, 'k'> = {}
): Neighbour[] {
  const i = findRule(catalog, ref)
  if (i < 0) return []
  return neighbours(catalog, catalogRuleQuery(catalog, i), { ...options, k })
}
