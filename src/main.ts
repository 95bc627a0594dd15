/**
 * The GitHub Action: read the inputs, work out from the event which rule files to check (a
 * pull request's or a push's changed rules, or every rule), run the engine (or read a
 * published report), then report through the job summary, a JSON (and SARIF) file, outputs,
 * a check run with every annotation (or workflow-command annotations), one sticky comment
 * and the step's status.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as actionsCore from '@actions/core'
import * as actionsGithub from '@actions/github'
import * as actionsCache from '@actions/cache'
import { ConfigError } from './config.js'
import { runCheck } from './engine.js'
import { loadAttackFile, type AttackTable } from './attack/index.js'
import { ATTACK_BASE_URL_ENV, attackBundleUrl, downloadAttackTable } from './attack/download.js'
import { builtinAttackTable } from './attack/builtin.js'
import { CHECKS } from './checks/index.js'
import { reaches, summarize, type Finding, type Report } from './findings.js'
import { createGitHubClient, type ClientTuning, type GitHubClient } from './github/client.js'
import { resolveEvent, type EventContext, type EventPlan, type PullRequestTarget } from './github/events.js'
import { errorMessage } from './github/permissions.js'
import { displayFrom, publishResults, repositoryPath } from './github/publish.js'
import { publishedPullRequest, readReportFile } from './github/published-report.js'
import { resolveTargets, unmatchedRules, type TargetSelection } from './github/targets.js'
import { readInputs, type ActionSettings, type AttackInputs, type CorpusInputs } from './inputs.js'
import { renderJson } from './report/json.js'
import { renderSummary } from './report/markdown.js'
import { siteCatalogOnly, writeActionSite } from './site/action.js'
import { siteEvidenceLinks } from './site/links.js'
import { RuleTrees } from './site/trees.js'
import { renderSarifText } from './report/sarif.js'
import { VERSION } from './version.js'
import { corpusCatalogFiles, type CacheApi } from './corpus/action.js'
import { corpusLabel } from './corpus/registry.js'
import type { Downloader } from './corpus/fetch.js'

export { errorMessage } from './github/permissions.js'
export { selectTargets, selectionPatterns } from './github/targets.js'

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

/** The part of `github.context` the action uses (`sha`: `GITHUB_SHA`, when known). */
export type ActionContext = Pick<
  typeof actionsGithub.context,
  'eventName' | 'payload' | 'repo' | 'serverUrl' | 'runId'
> & { sha?: string }

export interface Deps {
  core: CoreApi
  context: ActionContext
  /** The API client for a token; by default Octokit with retries and throttling. */
  getOctokit: (token: string) => GitHubClient
  /** Retry and rate-limit waits of the default client (tests make them short). */
  clientTuning: Partial<ClientTuning>
  /**
   * Environment: `GITHUB_WORKSPACE`, `RUNNER_TEMP`, `RUNNER_TOOL_CACHE`, `GITHUB_API_URL`,
   * `DETLINT_ATTACK_BASE_URL`.
   */
  env: Record<string, string | undefined>
  /**
   * Downloads MITRE's ATT&CK bundle with `attack: download` as a plain fetch (unit tests inject
   * one); without it, `@actions/tool-cache` downloads it, with its retries.
   */
  fetch?: typeof globalThis.fetch
  /** Keeps named corpora's catalogs between runs (`@actions/cache`; tests inject a folder). */
  cache: CacheApi
  /** Downloads a named corpus's tarball (default `@actions/tool-cache`'s `downloadTool`). */
  download?: Downloader
  /** Folder used when `GITHUB_WORKSPACE` is unset. */
  cwd: string
  toolVersion: string
}

function defaultDeps(overrides: Partial<Deps>): Deps {
  const core = overrides.core ?? actionsCore
  const clientTuning = overrides.clientTuning ?? {}
  const env = overrides.env ?? process.env
  return {
    core,
    context: actionsGithub.context,
    getOctokit: token =>
      createGitHubClient(token, {
        tuning: clientTuning,
        warn: m => core.warning(m),
        ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {})
      }),
    clientTuning,
    env,
    cache: actionsCache,
    cwd: process.cwd(),
    toolVersion: VERSION,
    ...overrides
  }
}

/** Runs the action; every failure, whatever was thrown, ends as `setFailed`. */
export async function run(overrides: Partial<Deps> = {}): Promise<void> {
  let core: CoreApi = overrides.core ?? actionsCore
  try {
    const deps = defaultDeps(overrides)
    core = deps.core
    await runAction(deps)
  } catch (err) {
    core.setFailed(errorMessage(err))
  }
}

/** The client, made on first use; null without a token. */
function lazyClient(deps: Deps, settings: ActionSettings): () => GitHubClient | null {
  let client: GitHubClient | null | undefined
  return () => {
    if (client === undefined) client = settings.token === '' ? null : deps.getOctokit(settings.token)
    return client
  }
}

interface Checked {
  report: Report
  scope: string
  pullRequest: PullRequestTarget | null
}

async function runAction(deps: Deps): Promise<void> {
  const { core, context } = deps
  const workspace = path.resolve(deps.env.GITHUB_WORKSPACE || deps.cwd)
  const settings = readInputs(name => core.getInput(name), { workspace })
  logSettings(deps, settings)
  const plan = resolveEvent(eventContext(context))
  const client = lazyClient(deps, settings)

  const { report, scope, pullRequest } = settings.reportFrom
    ? await published(deps, settings, plan, client)
    : await checked(deps, settings, plan, client)
  core.info(`checked: ${scope}`)

  const summary = renderSummary(report, {
    title: settings.name,
    evidenceLinks: siteEvidenceLinks(settings.siteUrl ?? null)
  })
  await writeSummary(deps, summary)
  const files = writeReports(deps, report, settings)
  setOutputs(core, report, files)
  // The client is asked for only when something needs the API: a push without a token
  // still reports, as workflow-command annotations.
  await publishResults({
    core,
    client: plan.headSha !== null || pullRequest !== null ? client() : null,
    report,
    settings,
    plan,
    pullRequest,
    summary,
    scope,
    runUrl: runUrl(context),
    ...(context.serverUrl ? { serverUrl: context.serverUrl } : {})
  })

  if (report.summary.failed) {
    const failOn = report.summary.failOn
    const n = report.findings.filter(f => reaches(f.severity, failOn)).length
    core.setFailed(`detlint: ${n} ${n === 1 ? 'finding' : 'findings'} at or above "${failOn}"`)
  }
}

function logSettings(deps: Deps, settings: ActionSettings & CorpusInputs): void {
  const shown = (abs: string): string => displayFrom(settings.workspace, abs)
  if (settings.reportFrom) {
    deps.core.info(`detlint ${deps.toolVersion}: publishing ${shown(settings.reportFrom)} (report-from)`)
    return
  }
  deps.core.info(
    `detlint ${deps.toolVersion}: config ${settings.configFile ? shown(settings.configFile) : 'none (defaults)'}, ` +
      `fail-on ${settings.failOn}, rules ${settings.rules.join(', ')}` +
      (settings.baseline.length + settings.corpora.length > 0
        ? `, baseline ${[...settings.corpora.map(corpusLabel), ...settings.baseline].join(', ')}`
        : '')
  )
}

function eventContext(context: ActionContext): EventContext {
  return {
    eventName: context.eventName ?? '',
    payload: (context.payload ?? {}) as Record<string, unknown>,
    repo: context.repo,
    ...(context.sha ? { sha: context.sha } : {})
  }
}

function runUrl(context: ActionContext): string | undefined {
  if (!context.runId || !context.serverUrl) return undefined
  return `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`
}

function emptyReport(settings: ActionSettings): Report {
  return {
    findings: [],
    summary: summarize([], { filesChecked: 0, rulesChecked: 0, catalogRules: 0 }, settings.failOn)
  }
}

/** Checks the rule files the event asks for. */
async function checked(
  deps: Deps,
  settings: ActionSettings & AttackInputs & CorpusInputs,
  plan: EventPlan,
  client: () => GitHubClient | null
): Promise<Checked> {
  // A glob that matches nothing checks nothing on every event: fail now, naming it.
  for (const entry of unmatchedRules(settings))
    throw new ConfigError(
      `rules: ${JSON.stringify(entry)} matches no rule file (.yml, .yaml or .toml) under ${displayFrom(settings.workspace, settings.root)}`
    )
  let selection: TargetSelection = await resolveTargets(plan, settings, client, deps.core)
  // SARIF of a push to the default branch is a full analysis: code scanning closes the
  // alerts of files a SARIF upload leaves out, so it must cover every rule, not the changed.
  if (settings.sarif !== null && selection.targets.kind === 'files' && isDefaultBranchPush(deps.context))
    selection = {
      targets: { kind: 'all' },
      scope:
        'every rule file matching `rules`: a push to the default branch with `sarif` is a full analysis, ' +
        'so that code scanning keeps the alerts of unchanged files'
    }
  const { targets } = selection
  const pullRequest = plan.pullRequest
  if (targets.kind === 'none' || (targets.kind === 'files' && targets.files.length === 0)) {
    deps.core.info('no rule file changed: nothing to check')
    if (settings.site) {
      const trees = new RuleTrees()
      const attack = await attackTable(deps, settings)
      const catalog = siteCatalogOnly(settings, await namedCatalogs(deps, settings), attack, trees)
      writeActionSite(deps.core, settings.site, catalog, trees)
    }
    return { report: emptyReport(settings), scope: selection.scope, pullRequest }
  }
  const attack = await attackTable(deps, settings)
  const corpusFiles = await namedCatalogs(deps, settings)
  const trees = new RuleTrees()
  const {
    report: checkedReport,
    missing,
    noRules,
    cache,
    catalog
  } = runCheck({
    targets: targets.kind === 'all' ? settings.rules : targets.files,
    corpus: settings.rules,
    baselines: settings.baseline,
    catalogFiles: [...corpusFiles, ...settings.catalogFiles],
    cacheFile: settings.cacheFile ?? undefined,
    settings,
    root: settings.root,
    ...(attack === undefined ? {} : { attack }),
    ...(settings.site ? { onRule: trees.add } : {})
  })
  const report = repositoryRelative(checkedReport, settings)
  failOnNoRules(settings, targets.kind === 'all', noRules, report)
  if (cache.notice) deps.core.notice(cache.notice)
  if (cache.status !== 'off')
    deps.core.info(`catalog cache: ${cache.status} (${cache.reused} files reused, ${cache.parsed} parsed)`)
  if (missing.length > 0)
    throw new ConfigError(`rules: no such file or folder: ${JSON.stringify(missing[0])}`)
  const s = report.summary
  deps.core.info(
    `checked ${s.rulesChecked} rules in ${s.filesChecked} files against a catalog of ${s.catalogRules} rules: ` +
      `${s.findings} findings (${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices)`
  )
  if (settings.site) writeActionSite(deps.core, settings.site, catalog, trees)
  return { report, scope: selection.scope, pullRequest }
}

/** The catalog files of the named public corpora (`baseline: sigma, ...`): cached or downloaded. */
function namedCatalogs(deps: Deps, settings: ActionSettings & CorpusInputs): Promise<string[]> {
  return corpusCatalogFiles(settings.corpora, {
    info: m => deps.core.info(m),
    warning: m => deps.core.warning(m),
    cache: deps.cache,
    ...(deps.download ? { download: deps.download } : {}),
    env: deps.env,
    token: settings.token
  })
}

/** A `push` to the repository's default branch (the payload names both). */
export function isDefaultBranchPush(context: ActionContext): boolean {
  if (context.eventName !== 'push') return false
  const payload = (context.payload ?? {}) as { ref?: unknown; repository?: { default_branch?: unknown } }
  const branch = payload.repository?.default_branch
  return typeof branch === 'string' && branch !== '' && payload.ref === `refs/heads/${branch}`
}

/**
 * The report with repository-relative paths: the engine shows paths relative to
 * `working-directory`; annotations, SARIF, the JSON report, the summary and the comment all
 * name files as the repository does.
 */
export function repositoryRelative<R extends Report>(report: R, settings: ActionSettings): R {
  if (path.resolve(settings.root) === path.resolve(settings.workspace)) return report
  const rel = (p: string): string => repositoryPath(settings, p)
  return {
    ...report,
    findings: report.findings.map(f => ({ ...f, path: rel(f.path) })),
    ...('suppressed' in report && Array.isArray(report.suppressed)
      ? { suppressed: (report.suppressed as Finding[]).map(f => ({ ...f, path: rel(f.path) })) }
      : {})
  }
}

/**
 * A `baseline` entry that yields no rule file, or (checking every rule) a `rules` entry
 * whose files are none of them rules, fails the run: checking nothing is never "all clear".
 */
function failOnNoRules(
  settings: ActionSettings,
  all: boolean,
  noRules: readonly string[],
  report: Report
): void {
  for (const entry of noRules) {
    if (settings.baseline.includes(entry))
      throw new ConfigError(`baseline: ${JSON.stringify(entry)} yields no rule file`)
    if (all && settings.rules.includes(entry)) {
      const first = report.skipped?.[0]
      const example = first ? ` (${first.path}: ${first.reason})` : ''
      throw new ConfigError(
        `rules: ${JSON.stringify(entry)} matches files, but none of them is a rule${example}`
      )
    }
  }
}

/**
 * Folders the downloaded ATT&CK table is cached in, read in this order: beside the catalog
 * cache (the folder a workflow keeps with actions/cache), then the runner's tool cache
 * (kept across jobs on self-hosted runners), else its temp folder.
 */
export function attackCacheDirs(env: Deps['env'], cacheFile: string | null): string[] {
  const runner = env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || tmpdir()
  const dirs = [path.join(runner, 'detlint', 'attack')]
  if (cacheFile !== null) dirs.unshift(path.dirname(cacheFile))
  return dirs
}

/**
 * The ATT&CK table for the checks: the file given (a bad one fails the run), the built-in
 * table (the default), or MITRE's bundle of a version from a cache or downloaded
 * (`attack: download`). A failed download is a notice, never a failure: the run goes on
 * without the checks that need the table.
 */
async function attackTable(
  deps: Deps,
  settings: ActionSettings & AttackInputs
): Promise<AttackTable | undefined> {
  const data = settings.attackData
  const needing = CHECKS.filter(c => c.needsAttack === true && settings.checks[c.id].enabled).map(c => c.id)
  if (data.kind === 'off') {
    deps.core.info(`ATT&CK data: none (attack input); not run: ${needing.join(', ') || 'nothing'}`)
    return undefined
  }
  if (data.kind === 'file') {
    const table = loadAttackFile(data.file, data.shown)
    deps.core.info(`ATT&CK data: ${data.shown} (ATT&CK v${table.version})`)
    return table
  }
  if (data.kind === 'builtin') {
    const table = builtinAttackTable()
    deps.core.info(`ATT&CK data: the built-in table (ATT&CK v${table.version}, with the v19 moves)`)
    return table
  }
  // missing-common-exclusion groups peers by technique, through the table when there is one
  // (revoked → replacement, version moves): it is worth a download too.
  const grouping = settings.checks['missing-common-exclusion'].enabled
  if (needing.length === 0 && !grouping) {
    deps.core.info('ATT&CK data: not downloaded, the checks that use it are off')
    return undefined
  }
  const base = deps.env[ATTACK_BASE_URL_ENV]
  const got = await downloadAttackTable({
    version: data.version,
    url: attackBundleUrl(data.version, ...(base ? [base] : [])),
    cacheDirs: attackCacheDirs(deps.env, settings.cacheFile),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    checks: needing,
    ...(grouping
      ? {
          degraded:
            'missing-common-exclusion groups peers by technique as tagged, without following revoked or moved IDs'
        }
      : {})
  })
  if (got.table === null) {
    deps.core.notice(got.notice)
    return undefined
  }
  deps.core.info(
    got.source === 'cache'
      ? `ATT&CK data: v${data.version}, cached in ${got.file}`
      : `ATT&CK data: v${data.version}, downloaded from ${got.url} and cached in ${got.file}`
  )
  return got.table
}

/** Reads the report an earlier run wrote (`report-from`), and the pull request it belongs to. */
async function published(
  deps: Deps,
  settings: ActionSettings,
  plan: EventPlan,
  client: () => GitHubClient | null
): Promise<Checked> {
  const file = settings.reportFrom as string
  const report = readReportFile(file, settings.failOnGiven ? settings.failOn : undefined)
  const { pullRequest, refused } = await publishedPullRequest(client(), plan, file)
  if (refused) deps.core.warning(`detlint writes no pull request comment: ${refused}.`)
  const s = report.summary
  deps.core.info(
    `published report: ${s.findings} findings (${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices), ` +
      `fail-on ${s.failOn}` +
      (pullRequest ? `, pull request #${pullRequest.number}` : '')
  )
  const shown = displayFrom(settings.workspace, file)
  return { report, scope: `the rules of the report ${shown}, written by an earlier run`, pullRequest }
}

async function writeSummary(deps: Deps, markdown: string): Promise<void> {
  try {
    await deps.core.summary.addRaw(markdown).write()
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
  // Publishing the report it was given: never overwrite that file with itself.
  if (jsonFile !== settings.reportFrom) writeFile(jsonFile, renderJson(report))
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
