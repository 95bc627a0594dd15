/**
 * "Rules most like this one" on a rule page: the findings' similarity index, and for a rule
 * it finds no peers for, the indicators shared with other rules, each weighted by how rare it
 * is in the catalog (IDF), as a weighted Jaccard index.
 */
import type { Catalog } from '../catalog/index.js'
import { similarRules } from '../similarity/index.js'

export interface SimilarRule {
  /** Index of the similar rule in `catalog.rules`. */
  rule: number
  /** 0..1, higher is more alike. */
  score: number
  /** Indicator keys the two rules share. */
  shared: number
}

/** The rules most like `rule` (a catalog index), best first, at most `limit`. */
export type SimilarRules = (rule: number, limit: number) => SimilarRule[]

/** Keys with a reach above this carry little signal and cost the most; they are skipped. */
const MAX_REACH = 300

/** Similarity by shared indicators (IDF-weighted Jaccard), computed lazily per rule. */
export function sharedIndicatorSimilarity(catalog: Catalog): SimilarRules {
  const n = catalog.rules.length
  const idf = (key: string): number => Math.log(1 + n / (catalog.indicatorRules.get(key)?.length ?? 1))
  const weights = new Map<number, number>()
  const weightOf = (i: number): number => {
    let w = weights.get(i)
    if (w === undefined) {
      w = 0
      for (const k of catalog.rules[i].indicators) w += idf(k)
      weights.set(i, w)
    }
    return w
  }
  return (rule, limit) => {
    const shared = new Map<number, { w: number; n: number }>()
    for (const k of catalog.rules[rule].indicators) {
      const users = catalog.indicatorRules.get(k) ?? []
      if (users.length > MAX_REACH) continue
      const w = idf(k)
      for (const j of users) {
        if (j === rule) continue
        const s = shared.get(j)
        if (s) {
          s.w += w
          s.n++
        } else shared.set(j, { w, n: 1 })
      }
    }
    const mine = weightOf(rule)
    return [...shared]
      .map(([j, s]) => ({ rule: j, score: s.w / (mine + weightOf(j) - s.w), shared: s.n }))
      .sort((a, b) => b.score - a.score || a.rule - b.rule)
      .slice(0, limit)
  }
}

/**
 * Similarity from the findings' index (the features, weights and neighbours that
 * missing-common-exclusion and duplicate-rule use): the rules of the same kind of event most
 * alike in the fields and values they detect, a shared parent technique weighing double.
 */
export function catalogSimilarity(catalog: Catalog): SimilarRules {
  // A rule the index has no peers for (no kind of event in common): shared indicators.
  const fallback = sharedIndicatorSimilarity(catalog)
  return (rule, limit) => {
    const mine = new Set(catalog.rules[rule].indicators)
    const found = similarRules(catalog, rule, limit)
      .filter(n => n.index !== rule && n.similarity > 0)
      .map(n => ({
        rule: n.index,
        score: Math.min(1, n.jaccard),
        shared: catalog.rules[n.index].indicators.filter(k => mine.has(k)).length
      }))
    return found.length > 0 ? found : fallback(rule, limit)
  }
}
