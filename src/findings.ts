/** Findings and the report: what checks produce and renderers consume. */
import type { Severity, Vendor } from './ir.js'

export type CheckId =
  | 'noisy-indicator'
  | 'missing-common-exclusion'
  | 'duplicate-rule'
  | 'parse-error'
  | 'invalid-suppression'
  | 'unused-suppression'
  | 'technique-unknown'
  | 'technique-revoked'
  | 'technique-missing'
  | 'tactic-mismatch'

/** Checks a suppression may name; findings about suppressions themselves cannot be suppressed. */
export const SUPPRESSIBLE_CHECKS = [
  'noisy-indicator',
  'missing-common-exclusion',
  'duplicate-rule',
  'parse-error',
  'technique-unknown',
  'technique-revoked',
  'technique-missing',
  'tactic-mismatch'
] as const

export type SuppressibleCheck = (typeof SUPPRESSIBLE_CHECKS)[number]

/** A catalog rule named as evidence. */
export interface RuleRef {
  vendor: Vendor
  id: string | null
  title: string
  path: string
  /**
   * Where the rule can be read (a blob URL at the corpus's pinned ref) when its corpus came
   * from GitHub; the comment links the title to it.
   */
  sourceUrl?: string
}

export interface NoisyIndicatorEvidence {
  kind: 'noisy-indicator'
  /** Canonical key `field|op|value`. */
  key: string
  field: string | null
  /** Operator as in the key: an IR `Op`, with encodings appended (`wildcard+base64offset`). */
  op: string
  value: string | null
  /** Catalog rules (other than this one) that check this indicator. */
  reach: number
  threshold: number
  /** Rules in the catalog. */
  corpusRules: number
  /** A few of the rules behind `reach`, sorted by title. */
  examples: RuleRef[]
  /** The query step (`step 1`, ...) or empty. */
  label: string
}

/** A peer behind a missing-common-exclusion finding: how alike it is and the filter it uses. */
export interface SupportingPeer extends RuleRef {
  /** Its similarity with the rule: the weighted Jaccard of their features, 0..1 (before the technique and vendor factors). */
  similarity: number
  /** The filter clause it uses, in canonical terms: `process.parent.name equals "msiexec.exe"`. */
  filter: string
}

export interface MissingExclusionEvidence {
  kind: 'missing-common-exclusion'
  key: string
  field: string | null
  /** Operator as in the key: an IR `Op`, with encodings appended. */
  op: string
  value: string | null
  /** Peers that exclude this. */
  support: number
  /**
   * Peers: the rules most like this one (`peerMode: similar`), or the catalog rules sharing
   * a technique and the kind of event (`technique`).
   */
  peers: number
  /** support / peers, 0..1 (`similar`: weighted by similarity). */
  share: number
  /** `technique`: the technique group; `similar`: the rule's parent techniques, which weigh more. */
  technique: string
  /** product/category/service of the peers. */
  eventKind: string
  examples: RuleRef[]
  /** How the peers were chosen (absent: `technique`, as before this field existed). */
  peerMode?: 'similar' | 'technique'
  /** `similar`: every supporting peer, most similar first, with its filter clause. */
  supporters?: SupportingPeer[]
}

/** Evidence of `duplicate-rule`: the catalog rule this one duplicates, and how. */
export interface DuplicateRuleEvidence {
  kind: 'duplicate-rule'
  /** `identical`: the same indicator keys; `near`: similarity at or above the threshold. */
  match: 'identical' | 'near'
  /** Weighted similarity of the two rules' features (1 when identical). */
  similarity: number
  other: RuleRef
  /** This rule names the other under Sigma's `related:`. */
  related: boolean
  /** Indicator keys only this rule has (at most 10). */
  onlyHere: string[]
  /** Indicator keys only the other rule has (at most 10). */
  onlyThere: string[]
}

export interface ParseErrorEvidence {
  kind: 'parse-error'
  code: string
  column: number
}

/**
 * Evidence of `invalid-suppression` (a suppression comment that cannot be used) and
 * `unused-suppression` (a suppression that suppressed nothing): the same shape, the check
 * id as kind.
 */
export interface SuppressionEvidence {
  kind: 'invalid-suppression' | 'unused-suppression'
  /** Stable code: `detlint/suppression-without-reason`, `detlint/suppression-unused`, ... */
  code: string
  /** `.detlint.yml` (`suppress:`) or a comment in the rule file. */
  source: SuppressionSource
  /** The checks the suppression names, as written; empty when it names none (every check). */
  checks: string[]
  /** The reason given; empty when there is none. */
  reason: string
}

/**
 * Evidence of the ATT&CK checks: `technique-unknown` (an ID the table does not know, or one
 * newer than the table), `technique-revoked` (revoked or deprecated) and `technique-missing`
 * (no technique at all).
 */
export interface TechniqueEvidence {
  kind: 'technique-unknown' | 'technique-revoked' | 'technique-missing' | 'tactic-mismatch'
  /**
   * Stable code: `attack/unknown`, `attack/malformed-tag`, `attack/revoked`, `attack/deprecated`,
   * `attack/missing`, `attack/tactic-mismatch`.
   */
  code: string
  /**
   * The technique ID as the rule names it (uppercase); the tag as written for a malformed tag
   * or a tactic tag; empty for `technique-missing`.
   */
  technique: string
  /** The technique (or, for a malformed tag, the tag) to use instead, or null. */
  replacement: string | null
  /** The ATT&CK version of the table, or null when no table was given. */
  attackVersion: string | null
}

export type Evidence =
  | NoisyIndicatorEvidence
  | MissingExclusionEvidence
  | DuplicateRuleEvidence
  | ParseErrorEvidence
  | SuppressionEvidence
  | TechniqueEvidence

export interface Finding {
  check: CheckId
  severity: Severity
  path: string
  line: number
  endLine: number
  column: number
  message: string
  ruleId: string | null
  ruleTitle: string | null
  evidence: Evidence
}

export type FailOn = Severity | 'none'

/** Where a suppression is written. */
export type SuppressionSource = 'config' | 'inline'

/** A finding a suppression accepted: left out of `findings` and of the counts, kept here. */
export interface SuppressedFinding extends Finding {
  /** Why it is accepted, as the suppression says. */
  reason: string
  source: SuppressionSource
  /** The suppression: `.detlint.yml suppress[0]`, or `rules/a.yml:12` for a comment. */
  where: string
}

export interface Summary {
  filesChecked: number
  rulesChecked: number
  catalogRules: number
  findings: number
  errors: number
  warnings: number
  notices: number
  byCheck: Record<CheckId, number>
  failOn: FailOn
  /** True when a finding reaches `failOn`. */
  failed: boolean
  /** Findings left out by a suppression (not counted above). */
  suppressed: number
}

/** A file under a target that is not a rule (no format recognised it), with the reason. */
export interface SkippedFile {
  path: string
  reason: string
}

export interface Report {
  findings: Finding[]
  summary: Summary
  /** Suppressed findings with their reasons, in report order; absent means none. */
  suppressed?: SuppressedFinding[]
  /** Files under the targets that are not rules, by path; absent means none. */
  skipped?: SkippedFile[]
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 }

/** Does a finding of `severity` reach the `failOn` threshold? */
export function reaches(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && RANK[severity] >= RANK[failOn]
}

/** Deterministic order: path, line, check, message. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1
  if (a.line !== b.line) return a.line - b.line
  if (a.column !== b.column) return a.column - b.column
  if (a.check !== b.check) return a.check < b.check ? -1 : 1
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0
}

export function summarize(
  findings: Finding[],
  counts: { filesChecked: number; rulesChecked: number; catalogRules: number },
  failOn: FailOn,
  suppressed = 0
): Summary {
  const byCheck: Record<CheckId, number> = {
    'noisy-indicator': 0,
    'missing-common-exclusion': 0,
    'duplicate-rule': 0,
    'parse-error': 0,
    'invalid-suppression': 0,
    'unused-suppression': 0,
    'technique-unknown': 0,
    'technique-revoked': 0,
    'technique-missing': 0,
    'tactic-mismatch': 0
  }
  let errors = 0
  let warnings = 0
  let notices = 0
  for (const f of findings) {
    byCheck[f.check]++
    if (f.severity === 'error') errors++
    else if (f.severity === 'warning') warnings++
    else notices++
  }
  return {
    ...counts,
    findings: findings.length,
    errors,
    warnings,
    notices,
    byCheck,
    failOn,
    failed: findings.some(f => reaches(f.severity, failOn)),
    suppressed
  }
}
