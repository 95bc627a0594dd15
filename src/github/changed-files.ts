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

/** GitHub lists at most this many files of a comparison between two commits. */
export const COMPARE_FILES_CAP = 300

/** Pages of a comparison read at most (100 commits a page); files come on the first. */
const MAX_COMPARE_PAGES = 30

export interface CompareRef {
  owner: string
  repo: string
  base: string
  head: string
}

function hasNextPage(headers: Record<string, unknown> | undefined): boolean {
  const link = headers?.link
  return typeof link === 'string' && /rel="next"/.test(link)
}

/**
 * The files changed between two commits (`base...head`, from their merge base), through the
 * compare API with paging. GitHub sends the files with the first page and stops at 300; pages
 * are followed while they bring files not seen yet. `truncated` when the cap may have been
 * reached (a whole multiple of 300 files).
 */
export async function listComparedFiles(octokit: GitHubClient, ref: CompareRef): Promise<ChangedFiles> {
  const seen = new Map<string, ChangedFile>()
  for (let page = 1; page <= MAX_COMPARE_PAGES; page++) {
    const res = await octokit.rest.repos.compareCommitsWithBasehead({
      owner: ref.owner,
      repo: ref.repo,
      basehead: `${ref.base}...${ref.head}`,
      per_page: 100,
      page
    })
    let added = 0
    for (const e of res.data.files ?? []) {
      if (seen.has(e.filename)) continue
      added++
      seen.set(
        e.filename,
        e.previous_filename
          ? { filename: e.filename, status: e.status, previous_filename: e.previous_filename }
          : { filename: e.filename, status: e.status }
      )
    }
    if (added === 0 || !hasNextPage(res.headers as Record<string, unknown>)) break
  }
  const files = [...seen.values()]
  return { files, truncated: files.length > 0 && files.length % COMPARE_FILES_CAP === 0 }
}
