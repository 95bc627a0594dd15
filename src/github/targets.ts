/**
 * The rule files an event asks to check: a pull request's changed files, the files changed
 * between two commits (push, merge group), or every rule, with one sentence saying which.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { minimatch } from 'minimatch'
import { ConfigError } from '../config.js'
import { GitIgnores, isSelected } from '../files.js'
import { repositorySources } from '../engine.js'
import { RULE_EXTENSIONS } from '../formats/index.js'
import type { ActionSettings } from '../inputs.js'
import {
  CHANGED_FILES_CAP,
  COMPARE_FILES_CAP,
  listChangedFiles,
  listComparedFiles,
  type ChangedFile
} from './changed-files.js'
import type { GitHubClient } from './client.js'
import type { ChangeSource, EventPlan } from './events.js'
import { errorStatus } from './permissions.js'

/** What to check: these rule files, every file matching `rules`, or nothing. */
export type Targets = { kind: 'files'; files: string[] } | { kind: 'all' } | { kind: 'none' }

export interface TargetSelection {
  targets: Targets
  /** What is checked and why, for the log and the check run: "the 2 rule files changed by …". */
  scope: string
}

export interface TargetLog {
  info(message: string): void
  warning(message: string): void
}

/** Statuses whose file is not checked: it is not in the new commit. */
const NOT_CHECKED = new Set(['removed', 'unchanged'])

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

function posix(p: string): string {
  return p.split(path.sep).join('/')
}

function isFile(abs: string): boolean {
  try {
    return statSync(abs).isFile()
  } catch {
    return false
  }
}

/**
 * The changed rule files to check, relative to the working directory: added, modified,
 * renamed or copied (not removed), selected by `rules` and not `ignore`, and present in the
 * checkout.
 */
export function selectTargets(files: readonly ChangedFile[], settings: ActionSettings): string[] {
  const prefix = posix(path.relative(settings.workspace, settings.root))
  const patterns = selectionPatterns(settings.rules)
  const selection = {
    ignore: settings.ignore,
    exclude: selectionPatterns(settings.baseline),
    gitignores: GitIgnores.at(settings.root),
    root: settings.root
  }
  const out: string[] = []
  for (const f of files) {
    if (NOT_CHECKED.has(f.status)) continue
    const rel = prefix === '' ? f.filename : path.posix.relative(prefix, f.filename)
    if (rel.startsWith('../') || !isSelected(rel, patterns, selection)) continue
    if (!isFile(path.resolve(settings.root, rel))) continue
    out.push(rel)
  }
  return out
}

/**
 * The `rules` entries that match no rule file in the checkout (before any event narrows
 * them down): a glob that matches nothing, or a folder without `.yml`, `.yaml` or `.toml`
 * files. Checking nothing must never look like "all clear".
 */
export function unmatchedRules(settings: ActionSettings): string[] {
  const found = repositorySources(settings.rules, settings.root, settings)
  return found.entries.filter(e => e.files.length === 0 && e.problems === 0).map(e => e.entry)
}

/** The engine reads glob characters in a target as a pattern: escape them in file names. */
function escapeGlobs(files: string[]): string[] {
  return files.map(t => (/[*?[\]{}!]/.test(t) ? minimatch.escape(t) : t))
}

function short(sha: string): string {
  return sha.slice(0, 7)
}

function ruleFiles(n: number): string {
  return `${n} rule ${n === 1 ? 'file' : 'files'}`
}

function all(reason: string): TargetSelection {
  return { targets: { kind: 'all' }, scope: `every rule file matching \`rules\`: ${reason}` }
}

async function fromPullRequest(
  plan: EventPlan,
  number: number,
  settings: ActionSettings,
  client: GitHubClient | null,
  log: TargetLog
): Promise<TargetSelection> {
  if (!client) {
    throw new ConfigError('token: required on pull request events to list the changed files, got ""')
  }
  const changed = await listChangedFiles(client, { owner: plan.owner, repo: plan.repo, pull_number: number })
  if (changed.truncated) {
    log.warning(
      `Pull request #${number} changes ${CHANGED_FILES_CAP} or more files: GitHub lists only the first ` +
        `${CHANGED_FILES_CAP}, so rule files beyond them are not checked.`
    )
  }
  const files = selectTargets(changed.files, settings)
  log.info(`changed files: ${changed.files.length}, rule files to check: ${files.length}`)
  const capped = changed.truncated ? ` (of the first ${CHANGED_FILES_CAP} changed files GitHub lists)` : ''
  return {
    targets: { kind: 'files', files: escapeGlobs(files) },
    scope: `the ${ruleFiles(files.length)} changed by pull request #${number}${capped}`
  }
}

async function fromCompare(
  plan: EventPlan,
  source: Extract<ChangeSource, { kind: 'compare' }>,
  settings: ActionSettings,
  client: GitHubClient | null,
  log: TargetLog
): Promise<TargetSelection> {
  const range = `${short(source.base)}...${short(source.head)}`
  if (!client) return all(`no token to ask GitHub which files the ${source.what} changes`)
  let changed
  try {
    changed = await listComparedFiles(client, {
      owner: plan.owner,
      repo: plan.repo,
      base: source.base,
      head: source.head
    })
  } catch (err) {
    const status = errorStatus(err)
    // 404: a commit GitHub no longer has (a force-push) or no common history.
    if (status === 404 || status === 422) {
      return all(`GitHub cannot compare ${range} (the earlier commit is unknown, as after a force-push)`)
    }
    throw err
  }
  if (changed.truncated) {
    return all(`the ${source.what} changes ${COMPARE_FILES_CAP} or more files, more than GitHub lists`)
  }
  const files = selectTargets(changed.files, settings)
  log.info(`changed files (${range}): ${changed.files.length}, rule files to check: ${files.length}`)
  return {
    targets: { kind: 'files', files: escapeGlobs(files) },
    scope: `the ${ruleFiles(files.length)} changed by the ${source.what} (${range})`
  }
}

/** The rule files the event asks to check. `client` is null without a token. */
export async function resolveTargets(
  plan: EventPlan,
  settings: ActionSettings,
  client: () => GitHubClient | null,
  log: TargetLog
): Promise<TargetSelection> {
  const source = plan.changes
  switch (source.kind) {
    case 'pull-request':
      return fromPullRequest(plan, source.number, settings, client(), log)
    case 'compare':
      return fromCompare(plan, source, settings, client(), log)
    case 'all':
      return all(source.reason)
    case 'none':
      return { targets: { kind: 'none' }, scope: `nothing: ${source.reason}` }
  }
}
