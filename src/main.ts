/**
 * The GitHub Action: read the inputs, pick the rule files to check (a pull request's
 * changed rules, or every rule on other events), run the engine, then report through
 * annotations, the job summary, a JSON (and SARIF) file, outputs, one sticky comment and
 * the step's status.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as actionsCore from '@actions/core'
import * as actionsGithub from '@actions/github'
import { minimatch } from 'minimatch'
import { ConfigError } from './config.js'
import { runCheck } from './engine.js'
import { isSelected } from './files.js'
import { reaches, summarize, type Report } from './findings.js'
import { RULE_EXTENSIONS } from './formats/index.js'
import { listChangedFiles, type ChangedFile } from './github/changed-files.js'
import type { GitHubClient } from './github/client.js'
import { upsertComment } from './github/comment.js'
import { isPermissionError, readOnlyTokenWarning } from './github/permissions.js'
import { readInputs, type ActionSettings } from './inputs.js'
import { toAnnotations, type Annotation } from './report/annotations.js'
import { renderJson } from './report/json.js'
import { COMMENT_MARKER, renderComment, renderSummary } from './report/markdown.js'
import { renderSarifText } from './report/sarif.js'
import { VERSION } from './version.js'

/** The part of `@actions/core` the action uses. */
export interface CoreApi {
  getInput(name: string): string
  info(message: string): void
  warning(message: string, properties?: actionsCore.AnnotationProperties): void
  error(message: string, properties?: actionsCore.AnnotationProperties): void
  notice(message: string, properties?: actionsCore.AnnotationProperties): void
  setOutput(name: string, value: string): void
  setFailed(message: string): void
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } }
}

/** The part of `github.context` the action uses. */
export type ActionContext = Pick<
  typeof actionsGithub.context,
  'eventName' | 'payload' | 'repo' | 'serverUrl' | 'runId'
>

export interface Deps {
  core: CoreApi
  context: ActionContext
  getOctokit: (token: string) => GitHubClient
  /** Environment: `GITHUB_WORKSPACE`, `RUNNER_TEMP`. */
  env: Record<string, string | undefined>
  /** Folder used when `GITHUB_WORKSPACE` is unset. */
  cwd: string
  toolVersion: string
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/** GitHub shows at most this many annotations of one kind per step. */
const ANNOTATIONS_SHOWN_PER_KIND = 10

function defaultDeps(): Deps {
  return {
    core: actionsCore,
    context: actionsGithub.context,
    getOctokit: token => actionsGithub.getOctokit(token),
    env: process.env,
    cwd: process.cwd(),
    toolVersion: VERSION
  }
}

/** A message for any thrown value, `Error` or not. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message
  if (typeof err === 'string') return err
  if (typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string') {
    return (err as { message: string }).message
  }
  try {
    return JSON.stringify(err) ?? String(err)
  } catch {
    return String(err)
  }
}

/** Runs the action; every failure, whatever was thrown, ends as `setFailed`. */
export async function run(overrides: Partial<Deps> = {}): Promise<void> {
  let core: CoreApi = overrides.core ?? actionsCore
  try {
    const deps: Deps = { ...defaultDeps(), ...overrides }
    core = deps.core
    await runAction(deps)
  } catch (err) {
    core.setFailed(errorMessage(err))
  }
}

interface PullRequest {
  owner: string
  repo: string
  number: number
  /** The head branch lives in another repository (or a deleted one). */
  fromFork: boolean
}

function pullRequestOf(context: ActionContext): PullRequest | null {
  if (!PULL_REQUEST_EVENTS.has(context.eventName)) return null
  const pr: unknown = context.payload.pull_request
  if (typeof pr !== 'object' || pr === null) return null
  const { number, head } = pr as { number?: unknown; head?: { repo?: { full_name?: unknown } | null } }
  if (typeof number !== 'number') return null
  const { owner, repo } = context.repo
  const headRepo = head?.repo?.full_name
  return { owner, repo, number, fromFork: headRepo !== `${owner}/${repo}` }
}

async function runAction(deps: Deps): Promise<void> {
  const { core, context } = deps
  const workspace = path.resolve(deps.env.GITHUB_WORKSPACE || deps.cwd)
  const settings = readInputs(name => core.getInput(name), { workspace })
  core.info(
    `detlint ${deps.toolVersion}: config ${settings.configFile ? displayFrom(workspace, settings.configFile) : 'none (defaults)'}, ` +
      `fail-on ${settings.failOn}, rules ${settings.rules.join(', ')}` +
      (settings.baseline.length > 0 ? `, baseline ${settings.baseline.join(', ')}` : '')
  )

  const pr = pullRequestOf(context)
  const octokit = pr ? deps.getOctokit(requireToken(settings)) : null
  const targets = pr && octokit ? await changedTargets(deps, octokit, pr, settings) : settings.rules
  const report = check(deps, settings, targets, pr !== null)

  annotate(core, report, settings)
  await writeSummary(deps, report)
  const files = writeReports(deps, report, settings)
  setOutputs(core, report, files)
  if (pr && octokit && settings.comment) await writeComment(deps, octokit, pr, report)
  else if (pr) core.info('comment: off (comment: false)')

  if (report.summary.failed) {
    const failOn = report.summary.failOn
    const n = report.findings.filter(f => reaches(f.severity, failOn)).length
    core.setFailed(`detlint: ${n} ${n === 1 ? 'finding' : 'findings'} at or above "${failOn}"`)
  }
}

function requireToken(settings: ActionSettings): string {
  if (settings.token === '') {
    throw new ConfigError('token: required on pull request events to list the changed files, got ""')
  }
  return settings.token
}

function posix(p: string): string {
  return p.split(path.sep).join('/')
}

function displayFrom(base: string, abs: string): string {
  const rel = posix(path.relative(base, abs))
  return rel === '' ? '.' : rel.startsWith('../') || path.isAbsolute(rel) ? abs : rel
}

/**
 * Patterns that select changed files: globs as written; a plain folder selects the rule
 * files below it, a plain file itself.
 */
export function selectionPatterns(rules: readonly string[]): string[] {
  const exts = RULE_EXTENSIONS.map(e => e.replace(/^\./, ''))
  return rules.flatMap(r => {
    if (/[*?[\]{}!]/.test(r)) return [r]
    const base = r.replace(/\/+$/, '')
    return base === '' || base === '.'
      ? [`**/*.{${exts.join(',')}}`]
      : [base, `${base}/**/*.{${exts.join(',')}}`]
  })
}

function isFile(abs: string): boolean {
  try {
    return statSync(abs).isFile()
  } catch {
    return false
  }
}

/**
 * The pull request's rule files to check, relative to the working directory: not removed,
 * selected by `rules` and not `ignore`, and present in the checkout.
 */
export function selectTargets(files: readonly ChangedFile[], settings: ActionSettings): string[] {
  const prefix = posix(path.relative(settings.workspace, settings.root))
  const patterns = selectionPatterns(settings.rules)
  const out: string[] = []
  for (const f of files) {
    if (f.status === 'removed') continue
    const rel = prefix === '' ? f.filename : path.posix.relative(prefix, f.filename)
    if (rel.startsWith('../') || !isSelected(rel, patterns, settings.ignore)) continue
    if (!isFile(path.resolve(settings.root, rel))) continue
    out.push(rel)
  }
  return out
}

async function changedTargets(
  deps: Deps,
  octokit: GitHubClient,
  pr: PullRequest,
  settings: ActionSettings
): Promise<string[]> {
  const { core } = deps
  const changed = await listChangedFiles(octokit, { owner: pr.owner, repo: pr.repo, pull_number: pr.number })
  if (changed.truncated) {
    core.warning(
      `Pull request #${pr.number} changes ${changed.files.length} or more files: GitHub lists only the first ` +
        `${changed.files.length}, so rule files beyond them are not checked.`
    )
  }
  const targets = selectTargets(changed.files, settings)
  core.info(`changed files: ${changed.files.length}, rule files to check: ${targets.length}`)
  // The engine reads glob characters in a target as a pattern: escape them in file names.
  return targets.map(t => (/[*?[\]{}!]/.test(t) ? minimatch.escape(t) : t))
}

function emptyReport(settings: ActionSettings): Report {
  return {
    findings: [],
    summary: summarize([], { filesChecked: 0, rulesChecked: 0, catalogRules: 0 }, settings.failOn)
  }
}

function check(deps: Deps, settings: ActionSettings, targets: string[], isPullRequest: boolean): Report {
  if (isPullRequest && targets.length === 0) {
    deps.core.info('no changed rule files: nothing to check')
    return emptyReport(settings)
  }
  const { report, missing } = runCheck({
    targets,
    corpus: [...settings.rules, ...settings.baseline],
    catalogFiles: settings.catalogFiles,
    settings,
    root: settings.root
  })
  if (missing.length > 0)
    throw new ConfigError(`rules: no such file or folder: ${JSON.stringify(missing[0])}`)
  const s = report.summary
  deps.core.info(
    `checked ${s.rulesChecked} rules in ${s.filesChecked} files against a catalog of ${s.catalogRules} rules: ` +
      `${s.findings} findings (${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices)`
  )
  return report
}

function annotationProperties(a: Annotation, settings: ActionSettings): actionsCore.AnnotationProperties {
  const props: actionsCore.AnnotationProperties = {
    title: a.title,
    file: displayFrom(settings.workspace, path.resolve(settings.root, a.path)),
    startLine: a.startLine,
    endLine: a.endLine
  }
  // GitHub ignores a column on a multi-line annotation.
  if (a.startColumn !== undefined && a.startLine === a.endLine) props.startColumn = a.startColumn
  return props
}

/** One annotation per finding, on its line; file paths relative to the repository root. */
function annotate(core: CoreApi, report: Report, settings: ActionSettings): void {
  const annotations = toAnnotations(report)
  for (const a of annotations) {
    const props = annotationProperties(a, settings)
    if (a.level === 'failure') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
  const most = Math.max(
    ...(['failure', 'warning', 'notice'] as const).map(l => annotations.filter(a => a.level === l).length)
  )
  if (most > ANNOTATIONS_SHOWN_PER_KIND) {
    core.info(
      `annotations: ${annotations.length} written; GitHub shows only the first ${ANNOTATIONS_SHOWN_PER_KIND} of each ` +
        `kind on the pull request. All findings are in the job summary and the JSON report.`
    )
  }
}

async function writeSummary(deps: Deps, report: Report): Promise<void> {
  try {
    await deps.core.summary.addRaw(renderSummary(report)).write()
  } catch (err) {
    // Outside GitHub (no GITHUB_STEP_SUMMARY) there is nowhere to write it; not a failure.
    deps.core.warning(`detlint could not write the job summary: ${errorMessage(err)}`)
  }
}

interface WrittenFiles {
  report: string
  sarif: string | null
}

function writeFile(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

function writeReports(deps: Deps, report: Report, settings: ActionSettings): WrittenFiles {
  const temp = deps.env.RUNNER_TEMP
  const jsonFile = path.resolve(temp || settings.root, 'detlint-report.json')
  writeFile(jsonFile, renderJson(report))
  deps.core.info(`report: ${jsonFile}`)
  if (settings.sarif) {
    writeFile(settings.sarif, renderSarifText(report, { toolVersion: deps.toolVersion }))
    deps.core.info(`sarif: ${settings.sarif}`)
  }
  return { report: jsonFile, sarif: settings.sarif }
}

function setOutputs(core: CoreApi, report: Report, files: WrittenFiles): void {
  const s = report.summary
  core.setOutput('findings', String(s.findings))
  core.setOutput('errors', String(s.errors))
  core.setOutput('warnings', String(s.warnings))
  core.setOutput('notices', String(s.notices))
  core.setOutput('report', files.report)
  core.setOutput('sarif', files.sarif ?? '')
}

/**
 * The sticky comment: written when there are findings, and rewritten (to an all-clear)
 * when an earlier run left one; no new comment for a clean pull request. A token that may
 * not write (a fork's) gives one warning, not a failure.
 */
async function writeComment(
  deps: Deps,
  octokit: GitHubClient,
  pr: PullRequest,
  report: Report
): Promise<void> {
  // No per-run link in the body: the same findings give the same bytes, so a re-run or a
  // push that changes nothing leaves the comment (and its readers' notifications) alone.
  const body = renderComment(report)
  try {
    const result = await upsertComment(octokit, {
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      body,
      marker: COMMENT_MARKER,
      create: report.findings.length > 0
    })
    deps.core.info(
      `comment: ${result === 'skipped' ? 'none needed (no findings, no earlier comment)' : result}`
    )
  } catch (err) {
    if (!isPermissionError(err, { notFound: pr.fromFork })) {
      throw new Error(`detlint could not write the pull request comment: ${errorMessage(err)}`)
    }
    deps.core.warning(readOnlyTokenWarning(errorMessage(err)))
  }
}
