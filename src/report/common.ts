/** Helpers shared by the renderers: order, numbers, plain-text cleaning and evidence wording. */
import { describePredicate, describeEventKind } from '../describe.js'
import {
  compareFindings,
  type DuplicateRuleEvidence,
  type Evidence,
  type Finding,
  type MissingExclusionEvidence,
  type NoisyIndicatorEvidence,
  type RuleRef,
  type SkippedFile,
  type SupportingPeer,
  type SuppressionEvidence,
  type Summary,
  type TechniqueEvidence
} from '../findings.js'

/** The findings in report order (path, line, column, check, message); the input is left as it is. */
export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings)
}

/** Files that are not rules, by path; the input is left as it is. */
export function sortedSkipped(skipped: readonly SkippedFile[]): SkippedFile[] {
  return [...skipped].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** `skipped 12 files that are not rules`, or '' for none. */
export function skippedLine(skipped: readonly SkippedFile[] | undefined): string {
  const n = skipped?.length ?? 0
  return n === 0
    ? ''
    : `skipped ${formatCount(n)} ${n === 1 ? 'file that is not a rule' : 'files that are not rules'}`
}

/** `1234567` → `1,234,567`; the same on every machine (no locale). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** `1 error`, `2 warnings`. */
export function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`
}

/** A share 0..1 as a whole percentage, rounded as the checks round it. */
export function formatPercent(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)}%` : '?%'
}

/** `1 error, 2 warnings, 0 notices` */
export function severityCounts(summary: Summary): string {
  return [
    plural(summary.errors, 'error'),
    plural(summary.warnings, 'warning'),
    plural(summary.notices, 'notice')
  ].join(', ')
}

const LINE_BREAKS = /[ \t]*(?:\r\n|[\n\r\v\f\u0085\u2028\u2029])+[ \t]*/g
/** C0 and C1 controls (tab and line breaks are handled apart), DEL, and bidi overrides/isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/**
 * Rule text made safe for one line of any output: line breaks (and the spaces around them)
 * become one space, tabs a space, control characters (ANSI escapes in a terminal, bidi
 * overrides that reorder what a reader sees) U+FFFD.
 */
export function cleanText(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROLS, '\uFFFD')
}

/** At most `max` UTF-16 units, ending in `…` when cut; never splits a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end--
  return `${text.slice(0, end)}…`
}

/** Repository-relative path with forward slashes and no leading `./`. */
export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '')
}

/** The predicate an evidence names, in the words the check messages use. */
export function describeEvidence(e: NoisyIndicatorEvidence | MissingExclusionEvidence): string {
  return describePredicate(e.field, e.op, e.value)
}

/** `T1059.001 rules on windows/process_creation`, or the untagged wording. */
export function describePeers(technique: string, eventKind: string): string {
  const kind = describeEventKind(eventKind)
  return technique ? `${technique} rules on ${kind}` : `rules on ${kind} (no technique tag)`
}

/** `noisy-indicator, parse-error`, or `every check` for a suppression that names none. */
export function suppressedChecks(e: SuppressionEvidence): string {
  return e.checks.length > 0 ? e.checks.join(', ') : 'every check'
}

/** Where a suppression is written, in words. */
export function suppressionSource(e: SuppressionEvidence): string {
  return e.source === 'config' ? 'entry in the config file' : 'comment in the rule file'
}

/** How many rules stand behind the number beyond the examples named. */
export function moreThanExamples(e: Evidence): number {
  if (e.kind === 'noisy-indicator') return Math.max(0, e.reach - e.examples.length)
  if (e.kind === 'missing-common-exclusion') return Math.max(0, e.support - e.examples.length)
  return 0
}

/** `A; B; C, and 12 more` from example rules, plain text. */
export function exampleTitles(examples: readonly RuleRef[], more: number): string {
  const titles = examples.map(r => cleanText(r.title)).join('; ')
  return more > 0 ? `${titles}, and ${formatCount(more)} more` : titles
}

/**
 * Evidence as short plain-text lines (`label: value`), for the terminal. No markdown; rule
 * text is cleaned.
 */
export function evidenceLines(e: Evidence): string[] {
  switch (e.kind) {
    case 'noisy-indicator': {
      const step = e.label ? ` (${cleanText(e.label)})` : ''
      const lines = [
        `indicator: ${cleanText(describeEvidence(e))}${step}`,
        `reach: ${formatCount(e.reach)} of ${formatCount(e.corpusRules)} catalog rules (threshold ${formatCount(e.threshold)})`
      ]
      if (e.examples.length > 0) lines.push(`examples: ${exampleTitles(e.examples, moreThanExamples(e))}`)
      return lines
    }
    case 'missing-common-exclusion': {
      if (e.supporters) return similarPeerLines(e, e.supporters)
      const lines = [
        `exclusion: ${cleanText(describeEvidence(e))}`,
        `support: ${formatCount(e.support)} of ${formatCount(e.peers)} peers (${formatPercent(e.share)})`,
        `peers: ${cleanText(describePeers(e.technique, e.eventKind))}`
      ]
      if (e.examples.length > 0) lines.push(`examples: ${exampleTitles(e.examples, moreThanExamples(e))}`)
      return lines
    }
    case 'duplicate-rule':
      return duplicateLines(e)
    case 'parse-error':
      return [`code: ${cleanText(e.code)} at column ${e.column}`]
    case 'invalid-suppression':
    case 'unused-suppression':
      return [
        `code: ${cleanText(e.code)} (${suppressionSource(e)})`,
        `checks: ${cleanText(suppressedChecks(e))}`,
        `reason: ${e.reason ? cleanText(e.reason) : '(none)'}`
      ]
    case 'technique-unknown':
    case 'technique-revoked':
    case 'technique-missing':
    case 'tactic-mismatch':
      return [`code: ${cleanText(e.code)}`, ...techniqueFacts(e).map(cleanText)]
  }
}

/** A duplicate-rule finding as plain lines: the other rule, the match, the keys that differ. */
function duplicateLines(e: DuplicateRuleEvidence): string[] {
  const o = e.other
  const lines = [
    `other rule: ${o.vendor} "${cleanText(o.title)}" (${cleanText(o.path)}${o.id ? `, id ${cleanText(o.id)}` : ''})`,
    `match: ${e.match === 'identical' ? 'identical indicators' : `near (similarity ${e.similarity.toFixed(2)})`}` +
      (e.related ? '; named under related:' : '')
  ]
  if (e.onlyHere.length > 0) lines.push(`only here: ${e.onlyHere.map(cleanText).join('; ')}`)
  if (e.onlyThere.length > 0) lines.push(`only there: ${e.onlyThere.map(cleanText).join('; ')}`)
  return lines
}

/** Supporting peers shown in full, most similar first; the rest are counted. */
export const MAX_SUPPORTERS = 5

/** `0.62 sigma "Title": process.parent.name equals "x"`: one supporting peer, plain. */
export function supporterLine(p: SupportingPeer): string {
  return `${p.similarity.toFixed(2)} ${p.vendor} "${cleanText(p.title)}" (${cleanText(p.path)}): ${cleanText(p.filter)}`
}

/** A missing-common-exclusion found through similar peers, as plain lines. */
function similarPeerLines(e: MissingExclusionEvidence, supporters: readonly SupportingPeer[]): string[] {
  const lines = [
    `exclusion: ${cleanText(describeEvidence(e))}`,
    `support: ${formatCount(e.support)} of the ${formatCount(e.peers)} most similar rules on ` +
      `${cleanText(describeEventKind(e.eventKind))} (${formatPercent(e.share)}, weighted by similarity)`,
    'supporting peers (similarity, vendor, title, path: its filter):',
    ...supporters.slice(0, MAX_SUPPORTERS).map(p => `  ${supporterLine(p)}`)
  ]
  if (supporters.length > MAX_SUPPORTERS)
    lines.push(`  and ${formatCount(supporters.length - MAX_SUPPORTERS)} more`)
  return lines
}

/** The facts of an ATT&CK finding as `label: value` lines (plain, uncleaned). */
export function techniqueFacts(e: TechniqueEvidence): string[] {
  const lines: string[] = []
  if (e.technique) lines.push(`technique: ${e.technique}`)
  if (e.replacement) lines.push(`replacement: ${e.replacement}`)
  lines.push(`ATT&CK table: ${e.attackVersion === null ? '(none)' : `v${e.attackVersion}`}`)
  return lines
}

/** Evidence as one plain-text sentence, for annotations. */
export function evidenceSentence(e: Evidence): string {
  switch (e.kind) {
    case 'noisy-indicator': {
      const examples = e.examples.length > 0 ? `, e.g. ${exampleTitles(e.examples, moreThanExamples(e))}` : ''
      return (
        `Checked by ${formatCount(e.reach)} of ${formatCount(e.corpusRules)} catalog rules ` +
        `(threshold ${formatCount(e.threshold)})${examples}.`
      )
    }
    case 'missing-common-exclusion': {
      const examples = e.examples.length > 0 ? `, e.g. ${exampleTitles(e.examples, moreThanExamples(e))}` : ''
      return (
        `Excluded by ${formatCount(e.support)} of ${formatCount(e.peers)} peers (${formatPercent(e.share)}): ` +
        `${cleanText(describePeers(e.technique, e.eventKind))}${examples}.`
      )
    }
    case 'duplicate-rule':
      return (
        `${e.match === 'identical' ? 'The same indicators as' : `Similarity ${e.similarity.toFixed(2)} with`} ` +
        `${e.other.vendor} rule "${cleanText(e.other.title)}" (${cleanText(e.other.path)})` +
        `${e.related ? ', named under related:' : ''}.`
      )
    case 'parse-error':
      return `Code ${cleanText(e.code)} at column ${e.column}.`
    case 'invalid-suppression':
    case 'unused-suppression': {
      const reason = e.reason ? `reason: ${cleanText(e.reason)}` : 'no reason'
      return `Code ${cleanText(e.code)}: ${suppressionSource(e)} for ${cleanText(suppressedChecks(e))}; ${reason}.`
    }
    case 'technique-unknown':
    case 'technique-revoked':
    case 'technique-missing':
    case 'tactic-mismatch':
      return `Code ${cleanText(e.code)}; ${cleanText(techniqueFacts(e).join('; '))}.`
  }
}
