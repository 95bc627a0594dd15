/**
 * Reporting a finished report on GitHub: the check run (annotations 50 a request) or, when
 * the token may not create one, workflow-command annotations (GitHub shows 10 per type);
 * the sticky pull request comment; and one warning for everything a read-only token was
 * refused.
 */
import path from 'node:path'
import type { AnnotationProperties } from '@actions/core'
import type { Report } from '../findings.js'
import type { ActionSettings } from '../inputs.js'
import { toAnnotations, type Annotation } from '../report/annotations.js'
import { commentMarker, renderComment, stableCommentBody, type ReportLinks } from '../report/markdown.js'
import { siteEvidenceLinks } from '../site/links.js'
import {
  CheckRunUpdateError,
  checkRunTitle,
  conclusionFor,
  publishCheckRun,
  toCheckRunAnnotation
} from './checks.js'
import type { GitHubClient } from './client.js'
import { upsertComment } from './comment.js'
import type { EventPlan, PullRequestTarget } from './events.js'
import { PermissionDenials, errorMessage, isPermissionError } from './permissions.js'

/** GitHub shows at most this many workflow-command annotations of one type per step. */
export const WORKFLOW_ANNOTATIONS_PER_TYPE = 10

/** The part of `@actions/core` used here. */
export interface PublishCore {
  info(message: string): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  notice(message: string, properties?: AnnotationProperties): void
}

export interface PublishRequest {
  core: PublishCore
  /** Null without a token. */
  client: GitHubClient | null
  report: Report
  settings: ActionSettings
  plan: EventPlan
  /** The pull request that gets the comment, or null. */
  pullRequest: PullRequestTarget | null
  /** The job summary's markdown, reused as the check run's summary. */
  summary: string
  /** What was checked, one sentence (the check run's text). */
  scope: string
  /** Link to this workflow run. */
  runUrl?: string
  /** `https://github.com` (GITHUB_SERVER_URL): file links at the head commit start with it. */
  serverUrl?: string
}

/** The links of the comment: files at the pull request's head commit. */
export function commentLinks(req: Pick<PublishRequest, 'serverUrl' | 'plan' | 'pullRequest'>): ReportLinks {
  const { serverUrl, plan, pullRequest: pr } = req
  if (!serverUrl || !pr || !plan.headSha) return {}
  return { blobBase: `${serverUrl}/${pr.owner}/${pr.repo}/blob/${plan.headSha}/` }
}

/** `abs` relative to `base` with forward slashes (`.` for `base` itself); absolute outside it. */
export function displayFrom(base: string, abs: string): string {
  const rel = path.relative(base, abs).split(path.sep).join('/')
  return rel === '' ? '.' : rel.startsWith('../') || path.isAbsolute(rel) ? abs : rel
}

/** A path relative to the repository (the workspace), from one relative to `root`. */
export function repositoryPath(settings: Pick<ActionSettings, 'workspace' | 'root'>, rel: string): string {
  return displayFrom(settings.workspace, path.resolve(settings.root, rel))
}

export interface CappedAnnotations<T> {
  /** The first `perType` of each type, in order. */
  shown: T[]
  /** How many were left out. */
  beyond: number
}

/** Keeps the first `perType` annotations of each level: GitHub would drop the rest. */
export function capPerType<T extends Pick<Annotation, 'level'>>(
  annotations: readonly T[],
  perType = WORKFLOW_ANNOTATIONS_PER_TYPE
): CappedAnnotations<T> {
  const seen = new Map<string, number>()
  const shown: T[] = []
  for (const a of annotations) {
    const n = seen.get(a.level) ?? 0
    seen.set(a.level, n + 1)
    if (n < perType) shown.push(a)
  }
  return { shown, beyond: annotations.length - shown.length }
}

/** The one line for the workflow-command annotations GitHub would not show. */
export function beyondCapMessage(beyond: number): string {
  return (
    `${beyond} ${beyond === 1 ? 'annotation' : 'annotations'} beyond GitHub's ` +
    `${WORKFLOW_ANNOTATIONS_PER_TYPE} per type ${beyond === 1 ? 'was' : 'were'} not shown; see the job summary`
  )
}

function workflowProperties(a: Annotation): AnnotationProperties {
  const props: AnnotationProperties = {
    title: a.title,
    file: a.path,
    startLine: a.startLine,
    endLine: a.endLine
  }
  // GitHub ignores a column on a multi-line annotation.
  if (a.startColumn !== undefined && a.startLine === a.endLine) props.startColumn = a.startColumn
  return props
}

/**
 * Annotations as workflow commands, 10 per type; one info line counts the rest. Paths are
 * the report's: repository-relative (the action makes them so).
 */
export function emitWorkflowAnnotations(core: PublishCore, annotations: readonly Annotation[]): void {
  const { shown, beyond } = capPerType(annotations)
  for (const a of shown) {
    const props = workflowProperties(a)
    if (a.level === 'failure') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
  if (beyond > 0) core.info(beyondCapMessage(beyond))
}

interface Outcome {
  denials: PermissionDenials
  failures: string[]
}

/** The check run; returns how many annotations it carries (all, or those sent before a failure). */
async function checkRun(
  req: PublishRequest,
  annotations: readonly Annotation[],
  outcome: Outcome
): Promise<number> {
  const { core, client, plan, settings, report } = req
  if (!settings.checkRun) {
    core.info('check run: off (check-run: false)')
    return 0
  }
  if (!client || !plan.headSha) {
    core.info(`check run: none (${client ? 'the event names no commit' : 'no token'})`)
    return 0
  }
  const conclusion = conclusionFor(report)
  try {
    const result = await publishCheckRun(client, {
      owner: plan.owner,
      repo: plan.repo,
      headSha: plan.headSha,
      title: checkRunTitle(report),
      summary: req.summary,
      text: `Checked ${req.scope}.`,
      conclusion,
      name: settings.name,
      annotations: annotations.map(a => toCheckRunAnnotation(a, a.path)),
      ...(req.runUrl ? { detailsUrl: req.runUrl } : {})
    })
    core.info(
      `check run: ${conclusion}, ${annotations.length} annotations in ${result.updates} ` +
        `${result.updates === 1 ? 'update' : 'updates'} (check run ${result.id})`
    )
    return annotations.length
  } catch (err) {
    const cause = err instanceof CheckRunUpdateError ? err.cause : err
    const sent = err instanceof CheckRunUpdateError ? err.sent : 0
    const what = err instanceof CheckRunUpdateError ? 'update the check run' : 'create the check run'
    if (isPermissionError(cause, { notFound: req.pullRequest?.fromFork === true })) {
      outcome.denials.add(what, errorMessage(cause))
    } else {
      outcome.failures.push(`detlint could not ${what}: ${errorMessage(cause)}`)
    }
    return sent
  }
}

async function comment(req: PublishRequest, outcome: Outcome): Promise<void> {
  const { core, client, pullRequest: pr, report } = req
  if (!pr) return
  if (!req.settings.comment) {
    core.info('comment: off (comment: false)')
    return
  }
  if (!client) {
    core.info('comment: none (no token)')
    return
  }
  // The link to the run changes every run; the comment is rewritten only when the rest of it
  // changes, so a re-run with the same findings leaves it (and its readers' notifications)
  // alone, and its run link names the run that found what it says. File links name the head
  // commit: a new push with the same findings rewrites them, so that they stay right.
  try {
    const result = await upsertComment(client, {
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      body: renderComment(report, {
        title: req.settings.name,
        links: commentLinks(req),
        evidenceLinks: siteEvidenceLinks(req.settings.siteUrl ?? null),
        ...(req.runUrl ? { runUrl: req.runUrl } : {})
      }),
      marker: commentMarker(req.settings.name),
      create: report.findings.length > 0,
      stable: stableCommentBody
    })
    core.info(`comment: ${result === 'skipped' ? 'none needed (no findings, no earlier comment)' : result}`)
  } catch (err) {
    // GitHub answers 404 instead of 403 when a fork's token may not see the pull request.
    if (isPermissionError(err, { notFound: pr.fromFork })) {
      outcome.denials.add('write the pull request comment', errorMessage(err))
    } else {
      outcome.failures.push(`detlint could not write the pull request comment: ${errorMessage(err)}`)
    }
  }
}

/**
 * The check run (or workflow-command annotations) and the comment. Refused writes end in one
 * warning; any other API failure (after the client's retries) is a warning too: the step's
 * status is detlint's verdict (`fail-on`), which an unavailable API does not change, and the
 * annotations, job summary and reports still carry every finding.
 */
export async function publishResults(req: PublishRequest): Promise<void> {
  const outcome: Outcome = { denials: new PermissionDenials(), failures: [] }
  const annotations = toAnnotations(req.report)
  const onCheckRun = await checkRun(req, annotations, outcome)
  if (onCheckRun < annotations.length) emitWorkflowAnnotations(req.core, annotations.slice(onCheckRun))
  await comment(req, outcome)
  const warning = outcome.denials.warning()
  if (warning !== null) req.core.warning(warning)
  for (const failure of outcome.failures) req.core.warning(failure)
}
