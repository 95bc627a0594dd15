/**
 * Markdown renderers: the sticky pull-request comment and the job summary.
 *
 * Rule text (titles, values, paths, messages that quote them) comes from the pull request
 * and is never trusted: it goes through `escapeMarkdown` or `codeSpan`, so it cannot mention
 * anyone, inject HTML, break a table or format itself. The HTML tags in the output
 * (`<details>`, `<summary>`, `<sub>`, the marker comment) are all ours.
 */
import { sourceUrl as corpusSourceUrl } from '../corpus/registry.js'
import type {
  Evidence,
  Finding,
  MissingExclusionEvidence,
  NoisyIndicatorEvidence,
  Report,
  RuleRef,
  Summary,
  SupportingPeer
} from '../findings.js'
import type { Severity } from '../ir.js'
import { describeEventKind } from '../describe.js'
import { CHECK_HELP, CHECK_IDS } from './checks-help.js'
import {
  clip,
  formatCount,
  formatPercent,
  MAX_SUPPORTERS,
  moreThanExamples,
  normalizePath,
  plural,
  severityCounts,
  skippedLine,
  sortedFindings,
  suppressedChecks,
  suppressionSource,
  techniqueFacts
} from './common.js'
import {
  codeSpan,
  escapeMarkdown,
  exclusionTable,
  indicatorTable,
  renderMarkdownTable,
  type Table
} from './tables.js'

/** Hidden marker that finds detlint's sticky comment among a pull request's comments. */
export const COMMENT_MARKER = '<!-- detlint:report -->'

/** The name a detlint job has when the `name` input is not set. */
export const DEFAULT_NAME = 'detlint'

/**
 * The marker of the comment of the detlint job called `name`: `COMMENT_MARKER` for the
 * default name (so comments of earlier versions are found again), a marker keyed by the name
 * otherwise, so two detlint jobs on one pull request keep two comments. The name is reduced
 * to characters that cannot end the HTML comment.
 */
export function commentMarker(name: string = DEFAULT_NAME): string {
  if (name === DEFAULT_NAME) return COMMENT_MARKER
  const key = name.toLowerCase().replace(/[^a-z0-9._/-]+/g, '_')
  return `<!-- detlint:report:${key} -->`
}

/** Default cap for the comment; GitHub refuses bodies over 65,536 characters. */
export const DEFAULT_COMMENT_MAX_LENGTH = 65_000

/** GitHub drops a step summary over 1 MiB (measured in bytes). */
export const SUMMARY_MAX_BYTES = 1024 * 1024

const DEFAULT_TITLE = 'detlint'

/** Caps on single pieces of rule text, so one hostile rule cannot crowd out the rest. */
const MAX_MESSAGE = 1000
const MAX_TITLE = 200
const MAX_VALUE = 300
const MAX_PATH = 400

// ---------------------------------------------------------------------------------------
// Escaping: `escapeMarkdown` and `codeSpan` live with the tables (`tables.ts`).

export { codeSpan, escapeMarkdown, type CodeSpanOptions } from './tables.js'

// ---------------------------------------------------------------------------------------
// Building blocks

/** The status, and how many files under the targets are not rules. */
function statusLine(report: Report): string {
  const skipped = skippedLine(report.skipped)
  const status = statusOf(report.summary)
  return skipped === '' ? status : `${status} (${skipped[0].toUpperCase()}${skipped.slice(1)}.)`
}

function statusOf(summary: Summary): string {
  if (summary.failed)
    return `❌ **Failing**: ${severityCounts(summary)}; findings at or above \`${summary.failOn}\` fail this check.`
  if (summary.findings > 0) {
    const why =
      summary.failOn === 'none'
        ? '`fail-on` is `none`, so they do not fail this check'
        : `none is at or above \`${summary.failOn}\`, so they do not fail this check`
    return `⚠️ **${plural(summary.findings, 'finding')}** (${severityCounts(summary)}); ${why}.`
  }
  // Nothing was read, or nothing read was a rule: never "all clear".
  if (summary.filesChecked === 0) return '✅ **No rule file changed**: nothing to check.'
  if (summary.rulesChecked === 0)
    return `✅ **No rule checked**: none of the ${plural(summary.filesChecked, 'file')} read is a rule.`
  return `✅ **All clear**: no findings in ${plural(summary.rulesChecked, 'rule')}.`
}

function summaryTable(summary: Summary): string {
  const cells = [
    summary.filesChecked,
    summary.rulesChecked,
    summary.catalogRules,
    summary.errors,
    summary.warnings,
    summary.notices,
    summary.suppressed
  ].map(formatCount)
  return [
    '| Files checked | Rules checked | Catalog rules | Errors | Warnings | Notices | Suppressed |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${cells.join(' | ')} |`
  ].join('\n')
}

function lineRange(f: Finding): string {
  return f.endLine > f.line ? `${f.line}–${f.endLine}` : String(f.line)
}

/** Where a report's links point; every part is optional, a missing one gives plain text. */
export interface ReportLinks {
  /** `https://github.com/OWNER/REPO/blob/SHA/`: files at the head commit (`#L9` is added). */
  blobBase?: string
  /** The documentation page whose `#check-<id>` anchors describe the checks. */
  docsUrl?: string
}

/** detlint's README, whose check table carries a `check-<id>` anchor per check. */
export const DEFAULT_DOCS_URL = 'https://github.com/detlint/detlint/blob/main/README.md'

/** An ATT&CK technique's page: `T1059.001` → `https://attack.mitre.org/techniques/T1059/001/`. */
export function techniqueUrl(id: string): string | null {
  const m = /^T(\d{4})(?:\.(\d{3}))?$/.exec(id)
  return m ? `https://attack.mitre.org/techniques/T${m[1]}/${m[2] === undefined ? '' : `${m[2]}/`}` : null
}

/** A file's URL at the head commit, on `line`; each path segment encoded. */
function fileUrl(links: ReportLinks, path: string, line: number): string | null {
  if (!links.blobBase) return null
  const base = links.blobBase.endsWith('/') ? links.blobBase : `${links.blobBase}/`
  const encoded = normalizePath(path).split('/').map(encodeURIComponent).join('/')
  return linkTarget(`${base}${encoded}#L${line}`)
}

/** `[text](url)` when there is a usable URL, else the text. */
function linked(text: string, url: string | null): string {
  return url === null ? text : `[${text}](${url})`
}

function fileCell(f: Finding, links: ReportLinks): string {
  const shown = codeSpan(clip(normalizePath(f.path), MAX_PATH))
  return linked(shown, fileUrl(links, f.path, f.line))
}

function checkCell(f: Finding, links: ReportLinks): string {
  return linked(f.check, linkTarget(`${links.docsUrl ?? DEFAULT_DOCS_URL}#check-${f.check}`))
}

function findingRow(f: Finding, links: ReportLinks): string {
  const message = escapeMarkdown(clip(f.message, MAX_MESSAGE))
  return `| ${fileCell(f, links)} | ${lineRange(f)} | ${checkCell(f, links)} | ${message} |\n`
}

/**
 * A rule's title, linked to its source when the corpus it came from is on GitHub: the URL the
 * evidence carries, else the blob URL of a named corpus's rule at its pinned commit.
 */
function ruleTitle(r: RuleRef): string {
  return linked(
    escapeMarkdown(clip(r.title, MAX_TITLE)),
    linkTarget(r.sourceUrl ?? corpusSourceUrl(r) ?? undefined)
  )
}

function titles(e: NoisyIndicatorEvidence | MissingExclusionEvidence): string {
  const list = e.examples.map(ruleTitle).join(' · ')
  const more = moreThanExamples(e)
  return more > 0 ? `${list}, and ${formatCount(more)} more` : list
}

/**
 * The key a noisy-indicator or missing-common-exclusion finding is about, as a one-row table
 * with the columns of the technique page (`detlint catalog show`): indicators with their
 * corpus reach, exclusions with the peers that use them.
 */
function evidenceTable(e: Evidence): Table | null {
  if (e.kind === 'noisy-indicator') return indicatorTable([e])
  if (e.kind === 'missing-common-exclusion') return exclusionTable([{ ...e, rules: e.support }])
  return null
}

/** Support through similar peers, and the peers themselves: similarity, vendor, title, filter. */
function similarPeerDetails(e: MissingExclusionEvidence, supporters: readonly SupportingPeer[]): string[] {
  const kind = codeSpan(clip(describeEventKind(e.eventKind), MAX_VALUE), { table: false })
  const lines = [
    `Support: ${formatCount(e.support)} of the ${formatCount(e.peers)} most similar rules on ${kind} ` +
      `(${formatPercent(e.share)}, weighted by similarity)`
  ]
  supporters
    .slice(0, MAX_SUPPORTERS)
    .forEach((p, i) =>
      lines.push(
        `Peer ${i + 1} (similarity ${p.similarity.toFixed(2)}): ${p.vendor} · ${escapeMarkdown(clip(p.title, MAX_TITLE))} · ` +
          codeSpan(clip(p.filter, MAX_VALUE), { table: false })
      )
    )
  if (supporters.length > MAX_SUPPORTERS)
    lines.push(`Peers not shown: ${formatCount(supporters.length - MAX_SUPPORTERS)}`)
  return lines
}

function evidenceDetails(e: Evidence): string[] {
  switch (e.kind) {
    case 'noisy-indicator': {
      const lines = [
        `Reach: ${formatCount(e.reach)} of ${formatCount(e.corpusRules)} catalog rules (threshold ${formatCount(e.threshold)})`
      ]
      if (e.label) lines.push(`Query: ${escapeMarkdown(clip(e.label, MAX_VALUE))}`)
      if (e.examples.length > 0) lines.push(`Examples: ${titles(e)}`)
      return lines
    }
    case 'missing-common-exclusion': {
      if (e.supporters) return similarPeerDetails(e, e.supporters)
      const technique = e.technique
        ? `${linked(escapeMarkdown(e.technique), techniqueUrl(e.technique))} rules`
        : 'rules without a technique tag'
      const lines = [
        `Support: ${formatCount(e.support)} of ${formatCount(e.peers)} peers (${formatPercent(e.share)})`,
        `Peers: ${technique} on ${codeSpan(clip(describeEventKind(e.eventKind), MAX_VALUE), { table: false })}`
      ]
      if (e.examples.length > 0) lines.push(`Examples: ${titles(e)}`)
      return lines
    }
    case 'duplicate-rule': {
      const o = e.other
      const keys = (list: readonly string[]): string =>
        list.map(k => codeSpan(clip(k, MAX_VALUE), { table: false })).join(', ')
      const lines = [
        `Other rule: ${o.vendor} · ${escapeMarkdown(clip(o.title, MAX_TITLE))} · ` +
          codeSpan(clip(o.path, MAX_VALUE), { table: false }),
        `Match: ${e.match === 'identical' ? 'identical indicators' : `near (similarity ${e.similarity.toFixed(2)})`}` +
          (e.related ? '; named under `related:`' : '')
      ]
      if (e.onlyHere.length > 0) lines.push(`Only here: ${keys(e.onlyHere)}`)
      if (e.onlyThere.length > 0) lines.push(`Only there: ${keys(e.onlyThere)}`)
      return lines
    }
    case 'parse-error':
      return [`Code: ${codeSpan(clip(e.code, MAX_VALUE), { table: false })} at column ${e.column}`]
    case 'invalid-suppression':
    case 'unused-suppression':
      return [
        `Code: ${codeSpan(clip(e.code, MAX_VALUE), { table: false })} (${suppressionSource(e)})`,
        `Checks: ${escapeMarkdown(clip(suppressedChecks(e), MAX_VALUE))}`,
        `Reason: ${e.reason ? escapeMarkdown(clip(e.reason, MAX_MESSAGE)) : '(none)'}`
      ]
    case 'technique-unknown':
    case 'technique-revoked':
    case 'technique-missing':
    case 'tactic-mismatch':
      return [
        `Code: ${codeSpan(clip(e.code, MAX_VALUE), { table: false })}`,
        ...techniqueFacts(e).map(line => escapeMarkdown(clip(line, MAX_VALUE))),
        ...[e.technique, e.replacement]
          .map(id => (id ? techniqueUrl(id) : null))
          .filter((url): url is string => url !== null)
          .map(url => `ATT&CK: [${url.slice('https://'.length)}](${url})`)
      ]
  }
}

function evidenceItem(f: Finding, links: EvidenceLinks | undefined): string {
  const rule = f.ruleTitle ? ` · rule: ${escapeMarkdown(clip(f.ruleTitle, MAX_TITLE))}` : ''
  const where = codeSpan(`${clip(normalizePath(f.path), MAX_PATH)}:${lineRange(f)}`, { table: false })
  const head = `- ${where} · ${f.check}${rule}\n`
  // A table in a list item: indented to the item's content, with a blank line either side.
  const table = evidenceTable(f.evidence)
  const body = table ? `\n${renderMarkdownTable(table, '  ').join('\n')}\n\n` : ''
  return (
    head +
    body +
    [...evidenceDetails(f.evidence), ...(links?.(f) ?? [])].map(line => `  - ${line}\n`).join('')
  )
}

const SECTION_TITLE: Record<Severity, string> = {
  error: '❌ Errors',
  warning: '⚠️ Warnings',
  notice: 'ℹ️ Notices'
}

/** The findings of one severity, cut into pieces whose lengths add up, for truncation. */
interface Section {
  severity: Severity
  rows: string[]
  items: string[]
}

function sectionFrame(severity: Severity, count: number): { head: string; mid: string; tail: string } {
  return {
    head:
      `### ${SECTION_TITLE[severity]} (${formatCount(count)})\n\n` +
      '| File | Line | Check | Message |\n| :-- | ---: | :-- | :-- |\n',
    mid: '\n<details>\n<summary>Evidence</summary>\n\n',
    tail: '\n</details>\n\n'
  }
}

function checksHelp(findings: readonly Finding[]): string {
  const present = CHECK_IDS.filter(id => findings.some(f => f.check === id))
  if (present.length === 0) return ''
  const sections = present.map(id => `#### ${id}\n\n${CHECK_HELP[id].helpMarkdown}\n\n`)
  return `<details>\n<summary>About these checks</summary>\n\n${sections.join('')}</details>\n\n`
}

/** An http(s) URL usable as a link destination, or null. */
function linkTarget(url: string | undefined): string | null {
  if (url === undefined || !/^https?:\/\/[^\s<>"`]+$/i.test(url)) return null
  return url.replace(/[()\\]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

// ---------------------------------------------------------------------------------------
// Assembly and truncation

interface RenderOptions {
  marker: boolean
  title: string
  runUrl: string | null
  links: ReportLinks
  limit: number
  measure: (text: string) => number
  /** Completes "…left out of this ___ to stay under …". */
  truncationNote: (omitted: string, total: number) => string
  evidenceLinks?: EvidenceLinks
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

/** Errors first, then warnings, then notices; within each, by path and line (report order). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return sortedFindings(findings).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}

/** `2 warnings and 3 notices` */
function leftOutCounts(findings: readonly Finding[]): string {
  const parts = (['error', 'warning', 'notice'] as const)
    .map(s => [s, findings.filter(f => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => plural(n, s))
  return parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

/** The line with the link to the workflow run: it changes every run, so upserts ignore it. */
export const RUN_LINK_PREFIX = '<sub>Details: [workflow run]('

/** A comment body without its run link: what decides whether the comment needs an update. */
export function stableCommentBody(body: string): string {
  return body
    .split('\n')
    .filter(line => !line.startsWith(RUN_LINK_PREFIX))
    .join('\n')
}

/**
 * Extra lines for a finding's evidence, e.g. links to the published catalog site
 * (`site-url`). The lines are markdown: the hook escapes the rule text it quotes.
 */
export type EvidenceLinks = (finding: Finding) => string[]

function render(report: Report, opts: RenderOptions): string {
  // Errors first: truncation from the end drops notices, then warnings, never errors first.
  const findings = bySeverity(report.findings)
  const head =
    (opts.marker ? `${commentMarker(opts.title)}\n` : '') +
    `## ${escapeMarkdown(opts.title)}\n\n${statusLine(report)}\n\n${summaryTable(report.summary)}\n\n`
  const help = checksHelp(findings)
  const footer = opts.runUrl ? `${RUN_LINK_PREFIX}${opts.runUrl})</sub>\n` : ''

  // Findings are rendered one by one until the limit is passed: lengths add up piece by
  // piece, so the count that fits is known in one pass, however many findings there are.
  const total = findings.length
  const counts = new Map<Severity, number>()
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1)
  const noteCost = (shown: number): number =>
    shown === total ? 0 : opts.measure(opts.truncationNote(leftOutCounts(findings.slice(shown)), total))
  const sections: Section[] = []
  let used = opts.measure(head + help + footer)
  let shown = 0
  for (let i = 0; i < total && used <= opts.limit; i++) {
    const f = findings[i]
    let section = sections[sections.length - 1]
    if (!section || section.severity !== f.severity) {
      section = { severity: f.severity, rows: [], items: [] }
      sections.push(section)
      const frame = sectionFrame(f.severity, counts.get(f.severity) ?? 0)
      used += opts.measure(frame.head + frame.mid + frame.tail)
    }
    const row = findingRow(f, opts.links)
    const item = evidenceItem(f, opts.evidenceLinks)
    section.rows.push(row)
    section.items.push(item)
    used += opts.measure(row) + opts.measure(item)
    if (used + noteCost(i + 1) <= opts.limit) shown = i + 1
  }

  const note = shown < total ? opts.truncationNote(leftOutCounts(findings.slice(shown)), total) : ''
  let out = head + note
  let left = shown
  for (const section of sections) {
    if (left === 0) break
    const n = Math.min(left, section.rows.length)
    left -= n
    const frame = sectionFrame(section.severity, counts.get(section.severity) ?? 0)
    out +=
      frame.head +
      section.rows.slice(0, n).join('') +
      frame.mid +
      section.items.slice(0, n).join('') +
      frame.tail
  }
  out += help + footer
  if (opts.measure(out) <= opts.limit) return out
  // Not even the heading fits (an absurdly small limit): cut hard, keeping the marker first.
  return cutTo(head + note, opts.limit, opts.measure)
}

function cutTo(text: string, limit: number, measure: (t: string) => number): string {
  let out = text
  while (out.length > 0 && measure(out) > limit) out = clip(out, Math.max(1, Math.floor(out.length * 0.9)))
  return out
}

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8')

export interface CommentOptions {
  /** Characters at most (default 65,000; GitHub's hard limit is 65,536). */
  maxLength?: number
  /** Links to files at the head commit and to the checks' documentation. */
  links?: ReportLinks
  /** Heading text (escaped); default `detlint`. */
  title?: string
  /** Link to the workflow run, shown at the end and in the truncation note. */
  runUrl?: string
  /** Extra lines for each finding's evidence (links to the catalog site). */
  evidenceLinks?: EvidenceLinks
}

/**
 * The sticky pull-request comment: starts with `COMMENT_MARKER`, stays under `maxLength`
 * characters by leaving out findings from the end (and saying how many). Same report, same
 * bytes.
 */
export function renderComment(report: Report, options: CommentOptions = {}): string {
  const runUrl = linkTarget(options.runUrl)
  return render(report, {
    marker: true,
    title: options.title ?? DEFAULT_TITLE,
    runUrl,
    links: options.links ?? {},
    limit: options.maxLength ?? DEFAULT_COMMENT_MAX_LENGTH,
    ...(options.evidenceLinks ? { evidenceLinks: options.evidenceLinks } : {}),
    measure: text => text.length,
    truncationNote: (omitted, total) =>
      `> [!NOTE]\n> ${leftOut(omitted, total)} of this comment to stay under GitHub's size limit for comments. ` +
      'The job summary and the JSON report of this run list them all.\n\n'
  })
}

export interface SummaryOptions {
  /** Heading text (escaped); default `detlint`. */
  title?: string
  /** Links to files at the head commit and to the checks' documentation. */
  links?: ReportLinks
  /** Extra lines for each finding's evidence (links to the catalog site). */
  evidenceLinks?: EvidenceLinks
}

/**
 * Markdown for `$GITHUB_STEP_SUMMARY`: the comment's content without the marker, capped at
 * GitHub's 1 MiB step-summary limit instead of the comment limit.
 */
export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  return render(report, {
    marker: false,
    title: options.title ?? DEFAULT_TITLE,
    runUrl: null,
    links: options.links ?? {},
    limit: SUMMARY_MAX_BYTES,
    ...(options.evidenceLinks ? { evidenceLinks: options.evidenceLinks } : {}),
    measure: byteLength,
    truncationNote: (omitted, total) =>
      `> [!NOTE]\n> ${leftOut(omitted, total)} of this summary to stay under GitHub's 1 MiB limit for job ` +
      `summaries. The JSON and SARIF reports of this run list them all.\n\n`
  })
}

/** `2 warnings and 3 notices of 3,000 findings are left out` (the least severe go first) */
function leftOut(omitted: string, total: number): string {
  return `${omitted} of ${plural(total, 'finding')} ${/^1 \w+$/.test(omitted) ? 'is' : 'are'} left out`
}
