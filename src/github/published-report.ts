/**
 * `report-from`: publish a JSON report written by an earlier, unprivileged run (a fork's
 * pull request) without checking anything. The file comes from untrusted code, so it is read
 * with validation: every field typed, paths kept inside the repository, sizes bounded, and
 * the summary recomputed from the findings.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigError } from '../config.js'
import {
  summarize,
  type CheckId,
  type Evidence,
  type FailOn,
  type Finding,
  type Report,
  type RuleRef,
  type SuppressedFinding,
  type SuppressionSource
} from '../findings.js'
import type { Severity, Vendor } from '../ir.js'
import { CHECK_IDS } from '../report/checks-help.js'
import type { GitHubClient } from './client.js'
import type { EventPlan, PullRequestTarget } from './events.js'

/** Larger files are refused: a real report of this size would not fit anywhere on GitHub. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024
export const MAX_FINDINGS = 100_000
const MAX_TEXT = 100_000

/** The file beside the report that names the pull request (fork pull requests). */
export const PR_NUMBER_FILE = 'pr-number'

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice']
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'none']
const VENDORS: readonly Vendor[] = ['sigma', 'elastic', 'splunk']
const SOURCES: readonly SuppressionSource[] = ['config', 'inline']

type Json = Record<string, unknown>

class Reader {
  constructor(private readonly source: string) {}

  fail(at: string, expected: string, got: unknown): never {
    const shown = got === undefined ? 'nothing' : clipJson(got)
    throw new ConfigError(`report-from: ${this.source}: ${at}: expected ${expected}, got ${shown}`)
  }

  object(value: unknown, at: string): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(at, 'an object', value)
    return value as Json
  }

  array(value: unknown, at: string, max: number): unknown[] {
    if (!Array.isArray(value)) this.fail(at, 'a list', value)
    if (value.length > max) this.fail(at, `at most ${max} entries`, `${value.length} entries`)
    return value
  }

  string(value: unknown, at: string): string {
    if (typeof value !== 'string') this.fail(at, 'a string', value)
    if (value.length > MAX_TEXT) this.fail(at, `at most ${MAX_TEXT} characters`, `${value.length} characters`)
    return value
  }

  nullableString(value: unknown, at: string): string | null {
    return value === null ? null : this.string(value, at)
  }

  count(value: unknown, at: string, min = 0): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
      this.fail(at, `a whole number >= ${min}`, value)
    }
    return value
  }

  share(value: unknown, at: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
      this.fail(at, 'a number from 0 to 1', value)
    }
    return value
  }

  number(value: unknown, at: string, max: number): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
      this.fail(at, `a number from 0 to ${max}`, value)
    }
    return value
  }

  oneOf<T extends string>(value: unknown, at: string, allowed: readonly T[]): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(at, `one of ${allowed.join(', ')}`, value)
    }
    return value as T
  }

  /** A relative path inside the repository, forward slashes. */
  relativePath(value: unknown, at: string): string {
    const p = this.string(value, at)
    const parts = p.split('/')
    if (
      p === '' ||
      p.includes('\\') ||
      p.includes('\0') ||
      p.startsWith('/') ||
      /^[A-Za-z]:/.test(p) ||
      parts.some(s => s === '..' || s === '')
    ) {
      this.fail(at, 'a relative path inside the repository', p)
    }
    return p
  }
}

function clipJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

function ruleRef(r: Reader, value: unknown, at: string): RuleRef {
  const o = r.object(value, at)
  return {
    vendor: r.oneOf(o.vendor, `${at}.vendor`, VENDORS),
    id: r.nullableString(o.id, `${at}.id`),
    title: r.string(o.title, `${at}.title`),
    path: r.string(o.path, `${at}.path`)
  }
}

function examples(r: Reader, value: unknown, at: string): RuleRef[] {
  return r.array(value, at, 1000).map((e, i) => ruleRef(r, e, `${at}[${i}]`))
}

function evidence(r: Reader, value: unknown, at: string, check: CheckId): Evidence {
  const o = r.object(value, at)
  const kind: CheckId = r.oneOf(o.kind, `${at}.kind`, [check])
  switch (kind) {
    case 'noisy-indicator':
      return {
        kind,
        key: r.string(o.key, `${at}.key`),
        field: r.nullableString(o.field, `${at}.field`),
        op: r.string(o.op, `${at}.op`),
        value: r.nullableString(o.value, `${at}.value`),
        reach: r.count(o.reach, `${at}.reach`),
        threshold: r.count(o.threshold, `${at}.threshold`),
        corpusRules: r.count(o.corpusRules, `${at}.corpusRules`),
        examples: examples(r, o.examples, `${at}.examples`),
        label: r.string(o.label, `${at}.label`)
      }
    case 'missing-common-exclusion':
      return {
        kind,
        key: r.string(o.key, `${at}.key`),
        field: r.nullableString(o.field, `${at}.field`),
        op: r.string(o.op, `${at}.op`),
        value: r.nullableString(o.value, `${at}.value`),
        support: r.count(o.support, `${at}.support`),
        peers: r.count(o.peers, `${at}.peers`),
        share: r.share(o.share, `${at}.share`),
        technique: r.string(o.technique, `${at}.technique`),
        eventKind: r.string(o.eventKind, `${at}.eventKind`),
        examples: examples(r, o.examples, `${at}.examples`),
        ...(o.peerMode === undefined
          ? {}
          : { peerMode: r.oneOf(o.peerMode, `${at}.peerMode`, ['similar', 'technique'] as const) }),
        ...(o.supporters === undefined
          ? {}
          : {
              supporters: r.array(o.supporters, `${at}.supporters`, 1000).map((x, i) => {
                const where = `${at}.supporters[${i}]`
                const p = r.object(x, where)
                return {
                  ...ruleRef(r, x, where),
                  similarity: r.number(p.similarity, `${where}.similarity`, 100),
                  filter: r.string(p.filter, `${where}.filter`)
                }
              })
            })
      }
    case 'parse-error':
      return { kind, code: r.string(o.code, `${at}.code`), column: r.count(o.column, `${at}.column`) }
    case 'invalid-suppression':
    case 'unused-suppression':
      return {
        kind,
        code: r.string(o.code, `${at}.code`),
        source: r.oneOf(o.source, `${at}.source`, SOURCES),
        checks: r.array(o.checks, `${at}.checks`, 100).map((c, i) => r.string(c, `${at}.checks[${i}]`)),
        reason: r.string(o.reason, `${at}.reason`)
      }
    case 'duplicate-rule':
      return {
        kind,
        match: r.oneOf(o.match, `${at}.match`, ['identical', 'near'] as const),
        similarity: r.number(o.similarity, `${at}.similarity`, 1),
        other: ruleRef(r, o.other, `${at}.other`),
        related: o.related === true,
        onlyHere: r
          .array(o.onlyHere, `${at}.onlyHere`, 100)
          .map((k, i) => r.string(k, `${at}.onlyHere[${i}]`)),
        onlyThere: r
          .array(o.onlyThere, `${at}.onlyThere`, 100)
          .map((k, i) => r.string(k, `${at}.onlyThere[${i}]`))
      }
    case 'technique-unknown':
    case 'technique-revoked':
    case 'technique-missing':
    case 'tactic-mismatch':
      return {
        kind,
        code: r.string(o.code, `${at}.code`),
        technique: r.string(o.technique, `${at}.technique`),
        replacement: r.nullableString(o.replacement, `${at}.replacement`),
        attackVersion: r.nullableString(o.attackVersion, `${at}.attackVersion`)
      }
    default:
      return r.fail(`${at}.kind`, 'a known kind of evidence', kind)
  }
}

function finding(r: Reader, value: unknown, at: string): Finding {
  const o = r.object(value, at)
  // Fields are read in the order the report declares them, so the first bad one is named.
  const check = r.oneOf(o.check, `${at}.check`, CHECK_IDS)
  const severity = r.oneOf(o.severity, `${at}.severity`, SEVERITIES)
  const file = r.relativePath(o.path, `${at}.path`)
  const line = r.count(o.line, `${at}.line`, 1)
  return {
    check,
    severity,
    path: file,
    line,
    endLine: Math.max(line, r.count(o.endLine, `${at}.endLine`, 1)),
    column: r.count(o.column, `${at}.column`),
    message: r.string(o.message, `${at}.message`),
    ruleId: r.nullableString(o.ruleId, `${at}.ruleId`),
    ruleTitle: r.nullableString(o.ruleTitle, `${at}.ruleTitle`),
    evidence: evidence(r, o.evidence, `${at}.evidence`, check)
  }
}

/**
 * A report from its JSON text (as `renderJson` writes it). The summary's counts of files,
 * rules and catalog rules are kept; the finding counts and `failed` are recomputed, with
 * `failOn` when given (else the report's own).
 */
export function parseReport(text: string, source: string, failOn?: FailOn): Report {
  const r = new Reader(source)
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (err) {
    throw new ConfigError(
      `report-from: ${source}: not JSON: ${err instanceof Error ? err.message : String(err)}`
    )
  }
  const o = r.object(doc, '(top)')
  const findings = r
    .array(o.findings, 'findings', MAX_FINDINGS)
    .map((f, i) => finding(r, f, `findings[${i}]`))
  const s = r.object(o.summary, 'summary')
  const counts = {
    filesChecked: r.count(s.filesChecked, 'summary.filesChecked'),
    rulesChecked: r.count(s.rulesChecked, 'summary.rulesChecked'),
    catalogRules: r.count(s.catalogRules, 'summary.catalogRules')
  }
  const threshold = failOn ?? r.oneOf(s.failOn, 'summary.failOn', FAIL_ON)
  const suppressed =
    o.suppressed === undefined
      ? []
      : r
          .array(o.suppressed, 'suppressed', MAX_FINDINGS)
          .map((f, i) => suppressedFinding(r, f, `suppressed[${i}]`))
  const skipped =
    o.skipped === undefined
      ? []
      : r.array(o.skipped, 'skipped', MAX_FINDINGS).map((v, i) => {
          const s = r.object(v, `skipped[${i}]`)
          return {
            path: r.relativePath(s.path, `skipped[${i}].path`),
            reason: r.string(s.reason, `skipped[${i}].reason`)
          }
        })
  return {
    findings,
    summary: summarize(findings, counts, threshold, suppressed.length),
    ...(suppressed.length > 0 ? { suppressed } : {}),
    ...(skipped.length > 0 ? { skipped } : {})
  }
}

function suppressedFinding(r: Reader, value: unknown, at: string): SuppressedFinding {
  const o = r.object(value, at)
  return {
    ...finding(r, o, at),
    reason: r.string(o.reason, `${at}.reason`),
    source: r.oneOf(o.source, `${at}.source`, SOURCES),
    where: r.string(o.where, `${at}.where`)
  }
}

/** Reads and validates the report file. */
export function readReportFile(file: string, failOn?: FailOn): Report {
  const name = path.basename(file)
  let size: number
  try {
    size = statSync(file).size
  } catch {
    throw new ConfigError(`report-from: no such file: ${JSON.stringify(file)}`)
  }
  if (size > MAX_REPORT_BYTES) {
    throw new ConfigError(`report-from: ${name}: ${size} bytes, more than the ${MAX_REPORT_BYTES} allowed`)
  }
  return parseReport(readFileSync(file, 'utf8'), name, failOn)
}

/** The number in `pr-number` beside the report, or null when there is no such file. */
export function readPullRequestNumber(reportFile: string): number | null {
  const file = path.join(path.dirname(reportFile), PR_NUMBER_FILE)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return null
  }
  const trimmed = text.trim()
  if (!/^[1-9][0-9]{0,9}$/.test(trimmed)) {
    throw new ConfigError(
      `report-from: ${PR_NUMBER_FILE}: expected a pull request number, got ${clipJson(trimmed)}`
    )
  }
  return Number(trimmed)
}

export interface PublishedPullRequest {
  pullRequest: PullRequestTarget | null
  /** Why there is none, when a number was given but not trusted. */
  refused?: string
}

/**
 * The pull request a published report belongs to: the one GitHub names in the event (same
 * repository), else the number in `pr-number`, trusted only when that pull request's head is
 * the commit the report's run checked out (the file comes from the fork's workflow).
 */
export async function publishedPullRequest(
  client: GitHubClient | null,
  plan: EventPlan,
  reportFile: string
): Promise<PublishedPullRequest> {
  if (plan.pullRequest) return { pullRequest: plan.pullRequest }
  const number = readPullRequestNumber(reportFile)
  if (number === null) return { pullRequest: null }
  if (!client || !plan.headSha) {
    return {
      pullRequest: null,
      refused: `${PR_NUMBER_FILE} names #${number}, but there is no token or head commit to verify it`
    }
  }
  const { data } = await client.rest.pulls.get({ owner: plan.owner, repo: plan.repo, pull_number: number })
  if (data.head.sha !== plan.headSha) {
    return {
      pullRequest: null,
      refused: `${PR_NUMBER_FILE} names #${number}, whose head ${data.head.sha.slice(0, 7)} is not the run's commit ${plan.headSha.slice(0, 7)}`
    }
  }
  const headRepo = data.head.repo?.full_name
  return {
    pullRequest: {
      owner: plan.owner,
      repo: plan.repo,
      number,
      fromFork: headRepo !== `${plan.owner}/${plan.repo}`
    }
  }
}
