/**
 * Markdown renderers: the sticky pull-request comment and the job summary.
 *
 * Rule text (titles, values, paths, messages that quote them) comes from the pull request
 * and is never trusted: it goes through `escapeMarkdown` or `codeSpan`, so it cannot mention
 * anyone, inject HTML, break a table or format itself. The HTML tags in the output
 * (`<details>`, `<summary>`, `<sub>`, the marker comment) are all ours.
 */
import type {
  Evidence,
  Finding,
  MissingExclusionEvidence,
  NoisyIndicatorEvidence,
  Report,
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

const SEVERITY_LABEL: Record<Severity, string> = {
  error: '❌ error',
  warning: '⚠️ warning',
  notice: 'ℹ️ notice'
}

function statusLine(summary: Summary): string {
  if (summary.failed)
    return `❌ **Failing**: ${severityCounts(summary)}; findings at or above \`${summary.failOn}\` fail this check.`
  if (summary.findings > 0) {
    const why =
      summary.failOn === 'none'
        ? '`fail-on` is `none`, so they do not fail this check'
        : `none is at or above \`${summary.failOn}\`, so they do not fail this check`
    return `⚠️ **${plural(summary.findings, 'finding')}** (${severityCounts(summary)}); ${why}.`
  }
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

function findingRow(f: Finding): string {
  const message = escapeMarkdown(clip(f.message, MAX_MESSAGE))
  return `| ${lineRange(f)} | ${SEVERITY_LABEL[f.severity]} | ${f.check} | ${message} |\n`
}

function titles(e: NoisyIndicatorEvidence | MissingExclusionEvidence): string {
  const list = e.examples.map(r => escapeMarkdown(clip(r.title, MAX_TITLE))).join(' · ')
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
      const technique = e.technique ? `${escapeMarkdown(e.technique)} rules` : 'rules without a technique tag'
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
      return [
        `Code: ${codeSpan(clip(e.code, MAX_VALUE), { table: false })}`,
        ...techniqueFacts(e).map(line => escapeMarkdown(clip(line, MAX_VALUE)))
      ]
  }
}

function evidenceItem(f: Finding): string {
  const rule = f.ruleTitle ? ` · rule: ${escapeMarkdown(clip(f.ruleTitle, MAX_TITLE))}` : ''
  const head = `- **Line ${lineRange(f)}** · ${f.check}${rule}\n`
  // A table in a list item: indented to the item's content, with a blank line either side.
  const table = evidenceTable(f.evidence)
  const body = table ? `\n${renderMarkdownTable(table, '  ').join('\n')}\n\n` : ''
  return (
    head +
    body +
    evidenceDetails(f.evidence)
      .map(line => `  - ${line}\n`)
      .join('')
  )
}

/** One file's section, cut into pieces whose lengths add up, for truncation. */
interface FileBlock {
  path: string
  /** Heading and table header, the `<details>` opening and closing. */
  frame: { head: string; mid: string; tail: string }
  rows: string[]
  items: string[]
}

function fileFrame(path: string): FileBlock['frame'] {
  return {
    head:
      `### ${codeSpan(clip(normalizePath(path), MAX_PATH), { table: false })}\n\n` +
      '| Line | Severity | Check | Message |\n| ---: | :-- | :-- | :-- |\n',
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
  limit: number
  measure: (text: string) => number
  /** Completes "…left out of this ___ to stay under …". */
  truncationNote: (omitted: number, total: number) => string
}

function render(report: Report, opts: RenderOptions): string {
  const findings = sortedFindings(report.findings)
  const head =
    (opts.marker ? `${COMMENT_MARKER}\n` : '') +
    `## ${escapeMarkdown(opts.title)}\n\n${statusLine(report.summary)}\n\n${summaryTable(report.summary)}\n\n`
  const help = checksHelp(findings)
  const footer = opts.runUrl ? `<sub>Details: [workflow run](${opts.runUrl})</sub>\n` : ''

  // Findings are rendered one by one until the limit is passed: lengths add up piece by
  // piece, so the count that fits is known in one pass, however many findings there are.
  const total = findings.length
  const noteCost = (shown: number): number =>
    shown === total ? 0 : opts.measure(opts.truncationNote(total - shown, total))
  const files: FileBlock[] = []
  let used = opts.measure(head + help + footer)
  let shown = 0
  for (let i = 0; i < total && used <= opts.limit; i++) {
    const f = findings[i]
    let block = files[files.length - 1]
    if (!block || block.path !== f.path) {
      block = { path: f.path, frame: fileFrame(f.path), rows: [], items: [] }
      files.push(block)
      used += opts.measure(block.frame.head + block.frame.mid + block.frame.tail)
    }
    const row = findingRow(f)
    const item = evidenceItem(f)
    block.rows.push(row)
    block.items.push(item)
    used += opts.measure(row) + opts.measure(item)
    if (used + noteCost(i + 1) <= opts.limit) shown = i + 1
  }

  const note = shown < total ? opts.truncationNote(total - shown, total) : ''
  let out = head + note
  let left = shown
  for (const block of files) {
    if (left === 0) break
    const n = Math.min(left, block.rows.length)
    left -= n
    out +=
      block.frame.head +
      block.rows.slice(0, n).join('') +
      block.frame.mid +
      block.items.slice(0, n).join('') +
      block.frame.tail
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
  /** Heading text (escaped); default `detlint`. */
  title?: string
  /** Link to the workflow run, shown at the end and in the truncation note. */
  runUrl?: string
}

/**
 * The sticky pull-request comment: starts with `COMMENT_MARKER`, stays under `maxLength`
 * characters by leaving out findings from the end (and saying how many). Same report, same
 * bytes.
 */
export function renderComment(report: Report, options: CommentOptions = {}): string {
  const runUrl = linkTarget(options.runUrl)
  const where = runUrl ? `the [job summary](${runUrl})` : 'the job summary'
  return render(report, {
    marker: true,
    title: options.title ?? DEFAULT_TITLE,
    runUrl,
    limit: options.maxLength ?? DEFAULT_COMMENT_MAX_LENGTH,
    measure: text => text.length,
    truncationNote: (omitted, total) =>
      `> [!NOTE]\n> ${leftOut(omitted, total)} of this comment to stay under GitHub's size limit for comments. ` +
      `${capitalize(where)} and the JSON report of this run list them all.\n\n`
  })
}

export interface SummaryOptions {
  /** Heading text (escaped); default `detlint`. */
  title?: string
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
    limit: SUMMARY_MAX_BYTES,
    measure: byteLength,
    truncationNote: (omitted, total) =>
      `> [!NOTE]\n> ${leftOut(omitted, total)} of this summary to stay under GitHub's 1 MiB limit for job ` +
      `summaries. The JSON and SARIF reports of this run list them all.\n\n`
  })
}

/** `12 of 3,000 findings are left out` */
function leftOut(omitted: number, total: number): string {
  return `${formatCount(omitted)} of ${plural(total, 'finding')} ${omitted === 1 ? 'is' : 'are'} left out`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
