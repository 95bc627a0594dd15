/** The files a pull request changes, listed through the REST API. */
import type { GitHubClient } from './client.js'

/** GitHub lists at most this many files of a pull request; the rest are not returned. */
export const CHANGED_FILES_CAP = 3000

export interface ChangedFile {
  /** Path relative to the repository root. */
  filename: string
  /** `added`, `removed`, `modified`, `renamed`, `copied`, `changed` or `unchanged`. */
  status: string
  /** The path before a rename. */
  previous_filename?: string
}

export interface ChangedFiles {
  files: ChangedFile[]
  /** True when the list reached GitHub's cap, so some changed files may be missing. */
  truncated: boolean
}

export interface PullRequestRef {
  owner: string
  repo: string
  pull_number: number
}

/** Lists every file of a pull request, 100 a page. Removed files are kept: the caller decides. */
export async function listChangedFiles(octokit: GitHubClient, pr: PullRequestRef): Promise<ChangedFiles> {
  const entries = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.pull_number,
    per_page: 100
  })
  const files = entries.map((e): ChangedFile =>
    e.previous_filename
      ? { filename: e.filename, status: e.status, previous_filename: e.previous_filename }
      : { filename: e.filename, status: e.status }
  )
  return { files, truncated: files.length >= CHANGED_FILES_CAP }
}
