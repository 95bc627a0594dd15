/**
 * One check run named `detlint` per run: created on the commit, then given every annotation
 * in slices of 50 (GitHub's limit per request) and, with the last slice, its conclusion.
 */
import type { Report } from '../findings.js'
import type { Annotation } from '../report/annotations.js'
import { clip, plural, severityCounts } from '../report/common.js'
import type { GitHubClient } from './client.js'
import { errorMessage } from './permissions.js'

/** The check run's name when the `name` input is not set. */
export const CHECK_RUN_NAME = 'detlint'

/** GitHub takes at most 50 annotations in one create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50

/** GitHub's limit for a check run's `output.summary` and `output.text`, in characters. */
export const CHECK_RUN_TEXT_MAX = 65_535

const TITLE_MAX = 255
/** GitHub's limit for an annotation's message is 64 KB; stay well below it. */
const MESSAGE_MAX = 16_000

export type Conclusion = 'success' | 'neutral' | 'failure'

/** A check-run annotation as the REST API takes it. */
export interface CheckRunAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title: string
}

/** failure when the report fails `fail-on`; neutral with findings that do not; else success. */
export function conclusionFor(report: Report): Conclusion {
  if (report.summary.failed) return 'failure'
  return report.findings.length > 0 ? 'neutral' : 'success'
}

/** `3 findings: 1 error, 2 warnings, 0 notices`, or `No findings`. */
export function checkRunTitle(report: Report): string {
  const n = report.findings.length
  return n === 0 ? 'No findings' : `${plural(n, 'finding')}: ${severityCounts(report.summary)}`
}

/**
 * `markdown` cut to `max` characters: whole file sections (`### …`) are kept and a note says
 * the rest is left out. Text that fits is returned as it is.
 */
export function fitCheckRunText(markdown: string, max = CHECK_RUN_TEXT_MAX): string {
  if (markdown.length <= max) return markdown
  const note =
    "\n\n> [!NOTE]\n> The rest of this summary is left out to stay under GitHub's limit of 65,535 " +
    'characters for a check run. The job summary and the JSON report of this run list every finding.\n'
  const head = markdown.slice(0, Math.max(0, max - note.length))
  const section = head.lastIndexOf('\n### ')
  const line = head.lastIndexOf('\n')
  const cut = section > 0 ? section : line > 0 ? line : head.length
  return head.slice(0, cut).trimEnd() + note
}

/** One check-run annotation for `a`, at `path` (relative to the repository root). */
export function toCheckRunAnnotation(a: Annotation, path: string): CheckRunAnnotation {
  const out: CheckRunAnnotation = {
    path,
    start_line: a.startLine,
    end_line: a.endLine,
    annotation_level: a.level,
    message: clip(a.message, MESSAGE_MAX),
    title: clip(a.title, TITLE_MAX)
  }
  // GitHub takes columns only on a one-line annotation.
  if (a.startColumn !== undefined && a.startLine === a.endLine) {
    out.start_column = a.startColumn
    out.end_column = a.startColumn
  }
  return out
}

/** `items` in slices of `size`; none for an empty list. */
export function slices<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`slice size must be a whole number >= 1, got ${size}`)
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export interface CheckRunRequest {
  owner: string
  repo: string
  headSha: string
  title: string
  /** Markdown; cut to GitHub's limit here. */
  summary: string
  /** Markdown shown under the summary; cut to GitHub's limit here. */
  text?: string
  conclusion: Conclusion
  annotations: readonly CheckRunAnnotation[]
  detailsUrl?: string
  /** The check run's name (the `name` input); default `detlint`. */
  name?: string
}

export interface CheckRunResult {
  id: number
  /** Update (PATCH) requests sent. */
  updates: number
}

/** An update failed after the check run was created; `sent` annotations are on it. */
export class CheckRunUpdateError extends Error {
  constructor(
    message: string,
    readonly cause: unknown,
    readonly checkRunId: number,
    readonly sent: number
  ) {
    super(message)
    this.name = 'CheckRunUpdateError'
  }
}

/**
 * Creates the check run (in progress), then sends the annotations 50 per update; the last
 * update (the only one when there are none) completes it with its conclusion. A failure to
 * create is thrown as it came; a later failure as `CheckRunUpdateError`.
 */
export async function publishCheckRun(octokit: GitHubClient, req: CheckRunRequest): Promise<CheckRunResult> {
  const output = {
    title: req.title,
    summary: fitCheckRunText(req.summary),
    ...(req.text ? { text: fitCheckRunText(req.text) } : {})
  }
  const created = await octokit.rest.checks.create({
    owner: req.owner,
    repo: req.repo,
    name: req.name ?? CHECK_RUN_NAME,
    head_sha: req.headSha,
    status: 'in_progress',
    ...(req.detailsUrl ? { details_url: req.detailsUrl } : {}),
    output
  })
  const id = created.data.id
  const batches = slices(req.annotations)
  if (batches.length === 0) batches.push([])
  let sent = 0
  for (const [i, batch] of batches.entries()) {
    const last = i === batches.length - 1
    try {
      await octokit.rest.checks.update({
        owner: req.owner,
        repo: req.repo,
        check_run_id: id,
        ...(last ? { status: 'completed' as const, conclusion: req.conclusion } : {}),
        output: { ...output, annotations: batch }
      })
    } catch (err) {
      throw new CheckRunUpdateError(errorMessage(err), err, id, sent)
    }
    sent += batch.length
  }
  return { id, updates: batches.length }
}
