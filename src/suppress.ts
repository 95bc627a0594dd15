/**
 * Suppressions: findings a team accepts, each with a reason.
 *
 * Two sources, applied after the checks ran:
 * - `suppress:` entries in `.detlint.yml` (parsed in `config.ts`): a rule id and/or a path
 *   glob, optional checks, a required reason;
 * - comments in the rule file itself, read here from the raw text, so they work in any
 *   vendor's file whose comments start with `#` (Sigma and Splunk YAML, Elastic TOML):
 *
 *       # detlint-disable noisy-indicator -- hunting rule, noise accepted
 *       # detlint-disable-next-line missing-common-exclusion -- no msiexec on these hosts
 *
 *   `detlint-disable` covers the rule the comment is in (in a multi-rule file, from the
 *   rule's first line to the next rule's); `detlint-disable-next-line` covers findings on
 *   the next line that is neither blank nor a comment (so several such comments can stack
 *   above one line). Checks are separated by spaces or commas; naming none means every
 *   check. The reason after ` -- ` is required: a comment without one suppresses nothing.
 *   Only whole-line comments count (the `#` first on its line); a `#` line inside a YAML
 *   block scalar or a TOML multi-line string is read as a comment too.
 *
 * Problems with a comment are `invalid-suppression` findings; a suppression that
 * suppressed nothing although its checks ran on its rule is an `unused-suppression`
 * finding. Neither can be suppressed.
 */
import { Minimatch } from 'minimatch'
import type { ConfigSuppression, Settings } from './config.js'
import {
  SUPPRESSIBLE_CHECKS,
  type CheckId,
  type Finding,
  type SuppressedFinding,
  type SuppressibleCheck
} from './findings.js'
import { invalidSuppressionFinding, unusedSuppressionFinding } from './checks/suppression.js'

export type DirectiveKind = 'disable' | 'disable-next-line'

/** A usable suppression comment. */
export interface InlineSuppression {
  kind: DirectiveKind
  /** Line and column of the comment's `#`, 1-based. */
  line: number
  column: number
  /** The checks it suppresses; empty for every suppressible check. */
  checks: SuppressibleCheck[]
  reason: string
  /** For `disable-next-line`: the line it covers. Null for `disable`. */
  target: number | null
}

export type SuppressionCode =
  | 'detlint/suppression-without-reason'
  | 'detlint/suppression-unknown-check'
  | 'detlint/suppression-not-suppressible'
  | 'detlint/suppression-unknown-directive'
  | 'detlint/suppression-without-target'

/** A suppression comment that cannot be used (or not wholly), with a stable code. */
export interface SuppressionProblem {
  line: number
  column: number
  code: SuppressionCode
  message: string
  /** The checks the comment names, as written. */
  checks: string[]
  /** The reason it gives; empty when none. */
  reason: string
}

export interface InlineSuppressions {
  suppressions: InlineSuppression[]
  problems: SuppressionProblem[]
}

const DIRECTIVE = /^([ \t]*#+[ \t]*)detlint-(\S*)(.*)$/
/** Names that are not directives but look like one (`disable-line`, `disabel`, `enable`). */
const NEAR_DIRECTIVE = /^(?:dis|ena)/
const SEPARATOR = /(^|\s)--(\s|$)/
const CHECK_TOKEN = /[^\s,]+/g
const LINE_BREAK = /\r\n?|\n/

function isDirectiveName(name: string): name is DirectiveKind {
  return name === 'disable' || name === 'disable-next-line'
}

function isSuppressible(name: string): name is SuppressibleCheck {
  return (SUPPRESSIBLE_CHECKS as readonly string[]).includes(name)
}

const UNSUPPRESSIBLE: readonly string[] = ['invalid-suppression', 'unused-suppression']

/** The next line after `index` (0-based) that is neither blank nor a whole-line comment, 1-based. */
function nextContentLine(lines: readonly string[], index: number): number | null {
  for (let j = index + 1; j < lines.length; j++) {
    const t = lines[j].trim()
    if (t !== '' && !t.startsWith('#')) return j + 1
  }
  return null
}

/** Reads the suppression comments of a rule file. Never throws. */
export function parseInlineSuppressions(text: string): InlineSuppressions {
  const out: InlineSuppressions = { suppressions: [], problems: [] }
  if (!text.includes('detlint-')) return out
  const lines = text.replace(/^\uFEFF/, '').split(LINE_BREAK)
  lines.forEach((lineText, index) => {
    const m = DIRECTIVE.exec(lineText)
    if (m) readDirective(m, index, lines, out)
  })
  return out
}

function readDirective(
  m: RegExpExecArray,
  index: number,
  lines: readonly string[],
  out: InlineSuppressions
): void {
  const [, lead, name, rest] = m
  const line = index + 1
  const column = lead.indexOf('#') + 1
  const problem = (code: SuppressionCode, message: string, col: number, checks: string[], reason: string) =>
    out.problems.push({ line, column: col, code, message, checks, reason })

  if (!isDirectiveName(name)) {
    if (NEAR_DIRECTIVE.test(name))
      problem(
        'detlint/suppression-unknown-directive',
        `detlint-${name} is not a detlint directive (expected detlint-disable or detlint-disable-next-line), ` +
          'so it suppresses nothing.',
        column,
        [],
        ''
      )
    return
  }
  const directive = `detlint-${name}`
  const sep = SEPARATOR.exec(rest)
  const namesText = sep ? rest.slice(0, sep.index) : rest
  const reason = sep ? rest.slice(sep.index + sep[0].length).trim() : ''
  const restColumn = lead.length + directive.length + 1
  const tokens = [...namesText.matchAll(CHECK_TOKEN)].map(t => ({
    name: t[0],
    column: restColumn + (t.index ?? 0)
  }))
  const named = tokens.map(t => t.name)
  const shown = named.length > 0 ? `${directive} ${named.join(' ')}` : directive

  if (reason === '')
    problem(
      'detlint/suppression-without-reason',
      `${shown} gives no reason, so it suppresses nothing: add one after " -- ", ` +
        `e.g. "# ${shown} -- why this finding is accepted".`,
      column,
      named,
      reason
    )
  const checks: SuppressibleCheck[] = []
  for (const t of tokens) {
    if (isSuppressible(t.name)) {
      if (!checks.includes(t.name)) checks.push(t.name)
    } else if (UNSUPPRESSIBLE.includes(t.name)) {
      problem(
        'detlint/suppression-not-suppressible',
        `${directive} cannot suppress ${t.name}: findings about suppressions are never suppressed ` +
          `(turn the check off in .detlint.yml instead).`,
        t.column,
        named,
        reason
      )
    } else {
      problem(
        'detlint/suppression-unknown-check',
        `${directive} names an unknown check ${JSON.stringify(t.name)} ` +
          `(expected one of ${SUPPRESSIBLE_CHECKS.join(', ')}), so it suppresses nothing for it.`,
        t.column,
        named,
        reason
      )
    }
  }
  // A comment whose every check is unknown must not turn into "every check".
  if (reason === '' || (tokens.length > 0 && checks.length === 0)) return
  let target: number | null = null
  if (name === 'disable-next-line') {
    target = nextContentLine(lines, index)
    if (target === null) {
      problem(
        'detlint/suppression-without-target',
        `${shown} has no line after it to suppress (only blank lines and comments follow).`,
        column,
        named,
        reason
      )
      return
    }
  }
  out.suppressions.push({ kind: name, line, column, checks, reason, target })
}

// ---------------------------------------------------------------------------------------
// Applying suppressions

/** A part of a checked file: one rule (from its first line to the next rule's), or the whole file. */
export interface CheckedRegion {
  /** First line, 1-based; the first region of a file starts at 1. */
  start: number
  ruleId: string | null
  ruleTitle: string | null
  /** The checks that ran on this part: an unused suppression is only judged against these. */
  ran: ReadonlySet<CheckId>
}

export interface CheckedFile {
  /** Display path, as in findings. */
  path: string
  /** Sorted by `start`; never empty. */
  regions: CheckedRegion[]
  inline: InlineSuppressions
}

export interface SuppressionInput {
  /** The checks' findings. */
  findings: readonly Finding[]
  files: readonly CheckedFile[]
  settings: Settings
  /** The config file's display path (for findings and `where`). */
  configPath: (file: string | null) => string
}

export interface SuppressionOutcome {
  /** Findings not suppressed, plus invalid- and unused-suppression findings. */
  findings: Finding[]
  suppressed: SuppressedFinding[]
}

function regionIndex(file: CheckedFile, line: number): number {
  let i = 0
  while (i + 1 < file.regions.length && file.regions[i + 1].start <= line) i++
  return i
}

function namesCheck(checks: readonly CheckId[], check: CheckId): boolean {
  return checks.length === 0 || checks.includes(check)
}

/** Did at least one of `checks` (any check, when empty) run on `region`? */
function ranAny(region: CheckedRegion, checks: readonly CheckId[]): boolean {
  return checks.length === 0 ? region.ran.size > 0 : checks.some(c => region.ran.has(c))
}

function sameRule(id: string | null, rule: string): boolean {
  return id !== null && id.toLowerCase() === rule.toLowerCase()
}

function inlineCovers(file: CheckedFile, s: InlineSuppression, f: Finding): boolean {
  if (!namesCheck(s.checks, f.check)) return false
  if (s.kind === 'disable') return regionIndex(file, s.line) === regionIndex(file, f.line)
  const target = s.target as number
  return f.line <= target && target <= Math.max(f.line, f.endLine)
}

/** A config entry with its path glob compiled once (a run may test thousands of paths). */
interface ConfigEntry {
  s: ConfigSuppression
  inPath: (path: string) => boolean
}

function configEntry(s: ConfigSuppression): ConfigEntry {
  if (s.path === null) return { s, inPath: () => true }
  const glob = new Minimatch(s.path, { dot: true })
  return { s, inPath: p => glob.match(p) }
}

function configCovers({ s, inPath }: ConfigEntry, f: Finding): boolean {
  return namesCheck(s.checks, f.check) && (s.rule === null || sameRule(f.ruleId, s.rule)) && inPath(f.path)
}

/** A region a config entry names (its rule, in its files) on which one of its checks ran. */
function configJudgedOn({ s, inPath }: ConfigEntry, files: readonly CheckedFile[]): CheckedRegion | null {
  for (const file of files) {
    if (!inPath(file.path)) continue
    for (const r of file.regions)
      if ((s.rule === null || sameRule(r.ruleId, s.rule)) && ranAny(r, s.checks)) return r
  }
  return null
}

/**
 * Takes out the findings a suppression covers (comments first, in line order, then config
 * entries in order; every suppression that covers a finding counts as used), and adds the
 * findings about the suppressions themselves.
 */
export function applySuppressions(input: SuppressionInput): SuppressionOutcome {
  const { settings } = input
  const byPath = new Map(input.files.map(f => [f.path, f]))
  const entries = settings.suppress.map(configEntry)
  const usedInline = new Set<InlineSuppression>()
  const usedConfig = new Set<ConfigSuppression>()
  const findings: Finding[] = []
  const suppressed: SuppressedFinding[] = []

  for (const f of input.findings) {
    if (!isSuppressible(f.check)) {
      findings.push(f)
      continue
    }
    const file = byPath.get(f.path)
    const inline = file ? file.inline.suppressions.filter(s => inlineCovers(file, s, f)) : []
    const config = entries.filter(e => configCovers(e, f)).map(e => e.s)
    for (const s of inline) usedInline.add(s)
    for (const s of config) usedConfig.add(s)
    if (file && inline.length > 0) {
      suppressed.push({
        ...f,
        reason: inline[0].reason,
        source: 'inline',
        where: `${file.path}:${inline[0].line}`
      })
    } else if (config.length > 0) {
      const where = `${input.configPath(config[0].file)} ${config[0].where}`
      suppressed.push({ ...f, reason: config[0].reason, source: 'config', where })
    } else {
      findings.push(f)
    }
  }

  for (const file of input.files) {
    for (const p of file.inline.problems) {
      const region = file.regions[regionIndex(file, p.line)]
      findings.push(...invalidSuppressionFinding(p, file.path, region, settings))
    }
    for (const s of file.inline.suppressions) {
      const region = file.regions[regionIndex(file, s.target ?? s.line)]
      if (usedInline.has(s) || !ranAny(region, s.checks)) continue
      findings.push(
        ...unusedSuppressionFinding({ kind: 'inline', suppression: s, path: file.path, region }, settings)
      )
    }
  }
  for (const e of entries) {
    if (usedConfig.has(e.s)) continue
    const region = configJudgedOn(e, input.files)
    if (!region) continue
    const path = input.configPath(e.s.file)
    findings.push(...unusedSuppressionFinding({ kind: 'config', suppression: e.s, path, region }, settings))
  }
  return { findings, suppressed }
}
