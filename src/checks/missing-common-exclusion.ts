/**
 * missing-common-exclusion: peers are catalog rules of any vendor that share an ATT&CK
 * technique with the rule and read the same kind of event (logsource
 * product/category/service). Techniques are grouped by their parent after normalisation
 * through the ATT&CK table when one is given (revoked → replacement, version moves), so a
 * `T1218.011` rule's peers are every `T1218` rule on the same events. An exclusion
 * that at least `minRules` peers and at least `minShare` of them use, and that the rule
 * does not already exclude (the same key, or a broader pattern on the same field), is
 * reported: the `top` best supported.
 *
 * Rules without technique tags: with `untagged: logsource` (the default) their peers are
 * all catalog rules of the same kind of event; with `untagged: skip` they are not checked.
 */
import { exclusions, indicators, type Rule, type Vendor } from '../ir.js'
import { peerGroups } from '../catalog/index.js'
import { eventKind, keyParts, predicateKey, type KeyParts } from '../normalize/keys.js'
import { parsePattern, wildcardMatches } from '../wildcard.js'
import { pathFieldOf } from '../normalize/values.js'
import { spellKey } from '../normalize/spell.js'
import { describeEventKind, describePredicate } from '../describe.js'
import type { Finding } from '../findings.js'
import { ruleRefs, without, type Check, type CheckContext } from './types.js'

interface Candidate {
  key: string
  support: number[]
  peers: number
  technique: string
}

/** Is `candidate` already excluded by `own` (same key, or a broader pattern on the field)? */
export function covers(own: KeyParts, candidate: KeyParts): boolean {
  if (own.value === null || candidate.value === null) return false
  if (own.field !== candidate.field) return coversByName(own, candidate)
  if (own.op === candidate.op && own.value === candidate.value) return true
  if (!matchable(own.op) || !matchable(candidate.op)) return false
  if (own.op === 'eq') return candidate.op === 'eq' && own.value === candidate.value
  // Keys are case-folded unless case-sensitive; compare case-insensitively either way.
  return wildcardMatches(own.value, candidate.value, false)
}

function matchable(op: string): boolean {
  return op === 'eq' || op === 'wildcard'
}

/**
 * A basename exclusion (`process.name` is `x.exe`) covers a path one whose last segment is
 * that name (`process.executable` ends with `\Tools\x.exe`): every such path has the name.
 */
function coversByName(own: KeyParts, candidate: KeyParts): boolean {
  if (own.field === null || candidate.field === null || pathFieldOf(own.field) !== candidate.field)
    return false
  if (!matchable(own.op) || !matchable(candidate.op)) return false
  const parts = parsePattern(candidate.value as string)
  const last = parts[parts.length - 1]
  if (last === undefined || typeof last === 'string') return false
  const cut = Math.max(last.lit.lastIndexOf('\\'), last.lit.lastIndexOf('/'))
  if (cut < 0) return false
  const base = last.lit.slice(cut + 1)
  return base !== '' && covers(own, { field: own.field, op: 'eq', value: base })
}

/** Where each vendor's authors put a false-positive filter. */
const FILTER_HINT: Record<Vendor, string> = {
  sigma: 'add it as a filter (`and not filter_...`)',
  elastic: 'exclude it in the query (`and not ...`)',
  splunk: "exclude it in the search (`NOT ...`) or in the detection's `_filter` macro"
}

function run(rule: Rule, ctx: CheckContext): Finding[] {
  const { catalog, settings, self } = ctx
  const opts = settings.checks['missing-common-exclusion']
  const kind = eventKind(rule.logsource)
  const sameKind = new Set(catalog.eventKindRules.get(kind) ?? [])
  const groups: Array<{ technique: string; peers: number[] }> = []
  if (rule.techniques.length > 0) {
    for (const t of peerGroups(rule.techniques, ctx.attack ?? catalog.attack)) {
      const peers = without(catalog.techniqueRules.get(t), self).filter(i => sameKind.has(i))
      groups.push({ technique: t, peers })
    }
  } else if (opts.untagged === 'logsource') {
    groups.push({ technique: '', peers: without(catalog.eventKindRules.get(kind), self) })
  }

  const own = exclusions(rule).map(e => keyParts(e.pred))
  const detects = new Set(indicators(rule).map(i => predicateKey(i.pred)))
  const best = new Map<string, Candidate>()
  for (const { technique, peers } of groups) {
    if (peers.length < opts.minRules) continue
    const support = new Map<string, number[]>()
    for (const i of peers) {
      for (const key of catalog.rules[i].exclusions) {
        const list = support.get(key)
        if (list) list.push(i)
        else support.set(key, [i])
      }
    }
    for (const [key, users] of support) {
      if (users.length < opts.minRules || users.length / peers.length < opts.minShare) continue
      if (detects.has(key)) continue
      const parts = catalog.keys.get(key)
      if (!parts || own.some(o => covers(o, parts))) continue
      const prev = best.get(key)
      if (
        !prev ||
        users.length > prev.support.length ||
        (users.length === prev.support.length &&
          users.length / peers.length > prev.support.length / prev.peers)
      )
        best.set(key, { key, support: users, peers: peers.length, technique })
    }
  }

  const ranked = [...best.values()].sort(
    (a, b) =>
      b.support.length - a.support.length ||
      b.support.length / b.peers - a.support.length / a.peers ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  )
  return ranked.slice(0, opts.top).map(c => {
    const parts = catalog.keys.get(c.key) as KeyParts
    const share = c.support.length / c.peers
    const pct = Math.round(share * 100)
    const on = describeEventKind(kind)
    // The exclusion in the rule's own terms (`ParentImage|endswith: '\msiexec.exe'`).
    const spelled = spellKey(rule.vendor, rule.logsource, parts)
    const scope = c.technique
      ? `${c.technique} rules on ${on}`
      : `rules on ${on} (this rule has no technique tag)`
    return {
      check: 'missing-common-exclusion' as const,
      severity: opts.severity,
      path: rule.path,
      line: rule.logicPos.line,
      endLine: rule.logicPos.line,
      column: rule.logicPos.column,
      message:
        `${c.support.length} of ${c.peers} ${scope} (${pct}%) exclude ${describePredicate(parts.field, parts.op, parts.value)}, ` +
        `and this rule does not. If the same false positives apply here, ${FILTER_HINT[rule.vendor]}` +
        (spelled === null ? '.' : `: \`${spelled}\`.`),
      ruleId: rule.id,
      ruleTitle: rule.title,
      evidence: {
        kind: 'missing-common-exclusion' as const,
        key: c.key,
        field: parts.field,
        op: parts.op,
        value: parts.value,
        support: c.support.length,
        peers: c.peers,
        share,
        technique: c.technique,
        eventKind: kind,
        examples: ruleRefs(catalog, c.support, opts.examples)
      }
    }
  })
}

export const missingCommonExclusion: Check = {
  id: 'missing-common-exclusion',
  defaultSeverity: 'warning',
  description:
    'A false-positive filter that many rules for the same technique and event use, which this rule lacks.',
  run
}
