/**
 * duplicate-rule: a rule whose indicators are those of a catalog rule of the same kind of
 * event, in any vendor: the same set of canonical keys (scope predicates such as the OS or
 * the event code left out), or near it — a weighted similarity of at least
 * `NEAR_SIMILARITY` on the features of `similarity/` (technique and vendor weigh nothing
 * here). A rule never duplicates itself (the same path, or the same id). A Sigma `related:`
 * link to the other rule is noted in the finding, which is still reported: the reviewer
 * decides whether the two should both exist.
 */
import { indicators, type JsonValue, type Rule } from '../ir.js'
import { eventKind, predicateKey } from '../normalize/keys.js'
import { isScopeField } from '../normalize/fields.js'
import { keyField, type Catalog } from '../catalog/index.js'
import type { Finding } from '../findings.js'
import { describeEventKind } from '../describe.js'
import { neighbours, ruleQuery } from '../similarity/index.js'
import type { Check, CheckContext } from './types.js'

/** Weighted similarity from which two rules are near duplicates. */
export const NEAR_SIMILARITY = 0.85

/** Duplicates reported per rule at most, most alike first. */
export const MAX_DUPLICATES = 3

/** Keys named in a finding per side at most. */
const MAX_KEYS = 10

/** The field of a key string (null for a keyword key). */
function fieldOf(key: string): string | null {
  const f = keyField(key)
  return f === '*' ? null : f
}

/** The indicator keys that say what a rule detects: scope predicates left out. */
function detectionKeys(keys: Iterable<string>, field: (key: string) => string | null): Set<string> {
  const out = new Set<string>()
  for (const k of keys) if (!isScopeField(field(k))) out.add(k)
  return out
}

/**
 * The rules of `kind` whose detection keys are exactly `mine` (not empty), ascending. Each
 * of them checks every key of `mine`, so they are among the rules that check its key of
 * least reach: only those are compared (a pull request's check reads no kind whole for it).
 */
function sameDetectionKeys(catalog: Catalog, kind: string, mine: ReadonlySet<string>): number[] {
  let fewest: readonly number[] | undefined
  for (const k of mine) {
    const users = catalog.indicatorRules.get(k)
    if (users === undefined) return []
    if (fewest === undefined || users.length < fewest.length) fewest = users
  }
  const out: number[] = []
  for (const i of fewest ?? []) {
    const r = catalog.rules[i]
    if (r.eventKind !== kind) continue
    const theirs = detectionKeys(r.indicators, fieldOf)
    if (theirs.size === mine.size && [...mine].every(k => theirs.has(k))) out.push(i)
  }
  return out
}

/** The ids a Sigma rule names under `related:`. */
function relatedIds(rule: Rule): Set<string> {
  const out = new Set<string>()
  const related = rule.properties?.related
  if (Array.isArray(related))
    for (const r of related as JsonValue[])
      if (r !== null && typeof r === 'object' && !Array.isArray(r) && typeof r.id === 'string')
        out.add(r.id.toLowerCase())
  return out
}

/** Catalog rules that are the rule itself: the same path, or the same id. */
function isSelf(rule: Rule, catalog: Catalog, i: number, self: ReadonlySet<number>): boolean {
  const r = catalog.rules[i]
  return self.has(i) || r.path === rule.path || (rule.id !== null && r.id !== null && r.id === rule.id)
}

interface Duplicate {
  index: number
  identical: boolean
  similarity: number
}

/** The catalog rules `rule` duplicates, identical ones first, then by similarity. */
export function findDuplicates(rule: Rule, catalog: Catalog, self: ReadonlySet<number>): Duplicate[] {
  const kind = eventKind(rule.logsource)
  const mine = detectionKeys(
    indicators(rule).map(i => predicateKey(i.pred)),
    fieldOf
  )
  if (mine.size === 0) return []
  const found = new Map<number, Duplicate>()
  for (const i of sameDetectionKeys(catalog, kind, mine))
    if (!isSelf(rule, catalog, i, self)) found.set(i, { index: i, identical: true, similarity: 1 })
  const query = ruleQuery(catalog, rule, self)
  for (const n of neighbours(catalog, query, { k: MAX_DUPLICATES + found.size, techniqueWeight: 1 })) {
    if (n.jaccard < NEAR_SIMILARITY || found.has(n.index) || isSelf(rule, catalog, n.index, self)) continue
    found.set(n.index, { index: n.index, identical: false, similarity: n.jaccard })
  }
  return [...found.values()]
    .sort(
      (a, b) => Number(b.identical) - Number(a.identical) || b.similarity - a.similarity || a.index - b.index
    )
    .slice(0, MAX_DUPLICATES)
}

function run(rule: Rule, ctx: CheckContext): Finding[] {
  const { catalog, self } = ctx
  const opts = ctx.settings.checks['duplicate-rule']
  const mine = detectionKeys(
    indicators(rule).map(i => predicateKey(i.pred)),
    fieldOf
  )
  const related = relatedIds(rule)
  return findDuplicates(rule, catalog, self).map(d => {
    const other = catalog.rules[d.index]
    const theirs = detectionKeys(other.indicators, fieldOf)
    const onlyHere = [...mine].filter(k => !theirs.has(k)).sort()
    const onlyThere = [...theirs].filter(k => !mine.has(k)).sort()
    const isRelated = other.id !== null && related.has(other.id.toLowerCase())
    const who = `${other.vendor} rule "${other.title}" (${other.path}${other.id ? `, id ${other.id}` : ''})`
    const how = d.identical
      ? 'checks the same indicators'
      : `checks nearly the same indicators (similarity ${d.similarity.toFixed(2)}; ` +
        `only here: ${onlyHere.length}, only there: ${onlyThere.length})`
    return {
      check: 'duplicate-rule' as const,
      severity: opts.severity,
      path: rule.path,
      line: rule.logicPos.line,
      endLine: rule.logicPos.line,
      column: rule.logicPos.column,
      message:
        `This rule duplicates the ${who}, which ${how} on ${describeEventKind(other.eventKind)}` +
        (isRelated ? '; this rule names it under related:' : '') +
        '. Extend that rule, or say in this one what it catches that the other does not.',
      ruleId: rule.id,
      ruleTitle: rule.title,
      evidence: {
        kind: 'duplicate-rule' as const,
        match: d.identical ? ('identical' as const) : ('near' as const),
        similarity: Math.round(d.similarity * 1000) / 1000,
        other: { vendor: other.vendor, id: other.id, title: other.title, path: other.path },
        related: isRelated,
        onlyHere: onlyHere.slice(0, MAX_KEYS),
        onlyThere: onlyThere.slice(0, MAX_KEYS)
      }
    }
  })
}

export const duplicateRule: Check = {
  id: 'duplicate-rule',
  defaultSeverity: 'warning',
  description:
    'A rule whose indicators are the same as (or nearly those of) a catalog rule on the same events, in any vendor.',
  run
}
