/**
 * missing-common-exclusion: a false-positive filter that the rule's peers use and the rule
 * lacks. Two ways to choose peers (`peers:`):
 *
 * - `similar` (the default): the `neighbours` catalog rules of the same kind of event
 *   (logsource product/category/service) most alike in the fields and values they detect,
 *   rules sharing a parent technique weighing `technique-weight` times (see
 *   `similarity/`). A peer supports an exclusion only when it uses it as a filter of its
 *   own; the share is weighted by similarity, and a suggestion must also fit the rule (see
 *   `exclusion-support.ts`: its field, its events, twins, the programs it names).
 * - `technique`: every catalog rule sharing a parent technique (after ATT&CK normalisation)
 *   and the kind of event. Rules without technique tags: with `untagged: logsource` their
 *   peers are all catalog rules of the same kind of event; with `untagged: skip` they are
 *   not checked.
 *
 * An exclusion that at least `minRules` peers and at least `minShare` of them use, and that
 * the rule does not already exclude (the same key, or a broader pattern on the same field),
 * is reported: the `top` best supported, at most `perField` on one field.
 */
import { exclusions, indicators, type Rule, type Vendor } from '../ir.js'
import { peerGroups, type Catalog } from '../catalog/index.js'
import { eventKind, keyParts, predicateKey, type KeyParts } from '../normalize/keys.js'
import { covers } from '../normalize/covers.js'
import { spellKey } from '../normalize/spell.js'
import { describeEventKind, describePredicate } from '../describe.js'
import type { Finding, MissingExclusionEvidence, SupportingPeer } from '../findings.js'
import type { MissingExclusionSettings } from '../config.js'
import { ruleRefs, without, type Check, type CheckContext } from './types.js'
import { similarPeerExclusions } from './exclusion-support.js'

export { covers } from '../normalize/covers.js'

interface Candidate {
  key: string
  support: number[]
  peers: number
  technique: string
}

/** Where each vendor's authors put a false-positive filter. */
const FILTER_HINT: Record<Vendor, string> = {
  sigma: 'add it as a filter (`and not filter_...`)',
  elastic: 'exclude it in the query (`and not ...`)',
  splunk: "exclude it in the search (`NOT ...`) or in the detection's `_filter` macro"
}

function run(rule: Rule, ctx: CheckContext): Finding[] {
  return ctx.settings.checks['missing-common-exclusion'].peers === 'similar'
    ? runSimilar(rule, ctx)
    : runTechnique(rule, ctx)
}

/** The finding on `rule` for one exclusion: the parts every peer mode shares. */
function finding(
  rule: Rule,
  opts: MissingExclusionSettings,
  message: string,
  evidence: MissingExclusionEvidence
): Finding {
  // The exclusion in the rule's own terms (`ParentImage|endswith: '\msiexec.exe'`).
  const spelled = spellKey(rule.vendor, rule.logsource, {
    field: evidence.field,
    op: evidence.op,
    value: evidence.value
  })
  return {
    check: 'missing-common-exclusion',
    severity: opts.severity,
    path: rule.path,
    line: rule.logicPos.line,
    endLine: rule.logicPos.line,
    column: rule.logicPos.column,
    message:
      `${message}, and this rule does not. If the same false positives apply here, ${FILTER_HINT[rule.vendor]}` +
      (spelled === null ? '.' : `: \`${spelled}\`.`),
    ruleId: rule.id,
    ruleTitle: rule.title,
    evidence
  }
}

/** `double`, `three times`, `1.5 times`: how much a technique peer weighs. */
function weighs(weight: number): string {
  return weight === 2 ? 'double' : weight === 3 ? 'three times' : `${weight} times`
}

/** Peers by likeness: the rules most like this one within its kind of event. */
function runSimilar(rule: Rule, ctx: CheckContext): Finding[] {
  const { catalog, self } = ctx
  const opts = ctx.settings.checks['missing-common-exclusion']
  const attack = ctx.attack ?? catalog.attack
  const result = similarPeerExclusions(catalog, rule, self, opts, attack)
  const kind = eventKind(rule.logsource)
  const on = describeEventKind(kind)
  const techniques = peerGroups(rule.techniques, attack)
  const why =
    'alike in the fields and values they detect' +
    (techniques.length > 0 && opts.techniqueWeight !== 1
      ? `; rules of ${techniques.join(', ')} weigh ${weighs(opts.techniqueWeight)}`
      : '')
  return result.suggestions.map(s => {
    const supporters = s.supporters.map(x => supportingPeer(catalog, x.index, x.jaccard, x.key))
    const what = describePredicate(s.parts.field, s.parts.op, s.parts.value)
    const message =
      `${s.supporters.length} of the ${result.neighbours.length} rules most like this one on ${on} (${why}) ` +
      `exclude ${what} as a filter of its own (${Math.round(s.share * 100)}%)`
    return finding(rule, opts, message, {
      kind: 'missing-common-exclusion',
      key: s.key,
      field: s.parts.field,
      op: s.parts.op,
      value: s.parts.value,
      support: s.supporters.length,
      peers: result.neighbours.length,
      share: s.share,
      technique: techniques.join(', '),
      eventKind: kind,
      examples: supporters.slice(0, opts.examples).map(p => ({
        vendor: p.vendor,
        id: p.id,
        title: p.title,
        path: p.path
      })),
      peerMode: 'similar',
      supporters
    })
  })
}

/** A supporting peer as evidence: who, how alike, and its filter clause. */
function supportingPeer(catalog: Catalog, index: number, similarity: number, key: string): SupportingPeer {
  const r = catalog.rules[index]
  const parts = catalog.keys.get(key) as KeyParts
  return {
    vendor: r.vendor,
    id: r.id,
    title: r.title,
    path: r.path,
    similarity: Math.round(similarity * 1000) / 1000,
    filter: describePredicate(parts.field, parts.op, parts.value)
  }
}

/** Peers by technique: every rule sharing a parent technique and the kind of event. */
function runTechnique(rule: Rule, ctx: CheckContext): Finding[] {
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
    const on = describeEventKind(kind)
    const scope = c.technique
      ? `${c.technique} rules on ${on}`
      : `rules on ${on} (this rule has no technique tag)`
    const message =
      `${c.support.length} of ${c.peers} ${scope} (${Math.round(share * 100)}%) ` +
      `exclude ${describePredicate(parts.field, parts.op, parts.value)}`
    return finding(rule, opts, message, {
      kind: 'missing-common-exclusion',
      key: c.key,
      field: parts.field,
      op: parts.op,
      value: parts.value,
      support: c.support.length,
      peers: c.peers,
      share,
      technique: c.technique,
      eventKind: kind,
      examples: ruleRefs(catalog, c.support, opts.examples),
      peerMode: 'technique'
    })
  })
}

export const missingCommonExclusion: Check = {
  id: 'missing-common-exclusion',
  defaultSeverity: 'warning',
  description:
    'A false-positive filter that the rules most like this one use as a filter of their own, which this rule lacks.',
  run
}
