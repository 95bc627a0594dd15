/**
 * The action's inputs → one typed, validated settings object: `.detlint.yml` first, then
 * the inputs the workflow sets on top. Every error names the input and the value it got.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigError, defaultSettings, parseConfigText, parseFailOn, type Settings } from './config.js'
import { isAttackVersion, PINNED_ATTACK_VERSION } from './attack/download.js'
import { splitBaseline, type CorpusRef } from './corpus/registry.js'
import { ATTACK_OFF } from './attack/builtin.js'
import { DEFAULT_NAME } from './report/markdown.js'

/** Reads one input, as `core.getInput` does (empty string when not set). */
export type GetInput = (name: string) => string

export const DEFAULT_CONFIG_FILE = '.detlint.yml'

/**
 * Where the ATT&CK table comes from: a file (the `attack` input, else the config's `attack`),
 * the table detlint ships (neither is set), MITRE's bundle of a version downloaded
 * (`attack: download`, or an `attack-version`), or nowhere (`attack: none`).
 */
export type AttackData =
  | { kind: 'file'; file: string; shown: string }
  | { kind: 'builtin' }
  | { kind: 'download'; version: string }
  | { kind: 'off' }

/** The `attack` value that asks for MITRE's bundle to be downloaded (a file of that name: `./download`). */
const ATTACK_DOWNLOAD = 'download'

export interface ActionInputs {
  /** The job's name (`name`): the check run's name, the comment's heading and the key of its marker. */
  name: string
  /** Token for the GitHub API (changed files, the comment). */
  token: string
  /** Prebuilt catalog files, absolute. */
  catalogFiles: string[]
  /** The config file read (absolute), or null when the default one does not exist. */
  configFile: string | null
  /** Write the pull request comment. */
  comment: boolean
  /** Create a check run with the annotations when the token may. */
  checkRun: boolean
  /** A JSON report to publish instead of checking (absolute), or null. */
  reportFrom: string | null
  /** `fail-on` was set by the input (it then overrides a published report's own). */
  failOnGiven: boolean
  /** Where to also write a SARIF file (absolute), or null. */
  sarif: string | null
  /** The catalog cache file (absolute), or null for no cache. */
  cacheFile: string | null
  /** `working-directory` as given, relative to the workspace. */
  workingDirectory: string
  /** The workspace: `GITHUB_WORKSPACE`, or the current folder. */
  workspace: string
  /** Absolute folder every path is relative to: the workspace joined with `working-directory`. */
  root: string
  /** Where to write the catalog's static site (absolute); absent: no site. */
  site?: string
  /** The published site's URL: findings link to its technique and rule pages. */
  siteUrl?: string
}

/** The named public corpora of `baseline` (`sigma`, `elastic@<ref>`); `baseline` keeps the paths. */
export interface CorpusInputs {
  corpora: CorpusRef[]
}

export type ActionSettings = Settings & ActionInputs

/** What the check needs beyond the settings the publishing code reads. */
export interface AttackInputs {
  /** Where the ATT&CK table comes from (`attack`, `attack-version`, the config's `attack`). */
  attackData: AttackData
}

export interface ReadInputsOptions {
  /** Absolute path of the workspace. */
  workspace: string
}

const GLOB_CHARS = /[*?[\]{}!]/

/** `./rules/*.yml` → `rules/*.yml`: globs are matched against paths without the prefix. */
function stripDotSlash(entry: string): string {
  return entry.replace(/^(\.\/)+(?=.)/, '')
}

/**
 * Splits a list input on newlines and on commas outside braces (so `**\/*.{yml,yaml}`
 * stays one glob); trims, drops empty entries and a leading `./`.
 */
export function splitList(text: string): string[] {
  const out: string[] = []
  let current = ''
  let depth = 0
  const push = (): void => {
    const entry = stripDotSlash(current.trim())
    if (entry !== '') out.push(entry)
    current = ''
  }
  for (const ch of text) {
    if (ch === '{') depth++
    else if (ch === '}' && depth > 0) depth--
    if (ch === '\n' || ch === '\r' || (ch === ',' && depth === 0)) push()
    else current += ch
  }
  push()
  return out
}

/** `true` / `false` in any case; empty gives `fallback`. */
export function parseBoolean(value: string, key: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase()
  if (v === '') return fallback
  if (v === 'true') return true
  if (v === 'false') return false
  throw new ConfigError(`${key}: expected true or false, got ${JSON.stringify(value)}`)
}

function kindOf(abs: string): 'file' | 'dir' | null {
  try {
    const st = statSync(abs)
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : null
  } catch {
    return null
  }
}

function resolveRoot(workspace: string, workingDirectory: string): string {
  const root = path.resolve(workspace, workingDirectory)
  if (kindOf(root) !== 'dir') {
    throw new ConfigError(`working-directory: no such folder: ${JSON.stringify(workingDirectory)}`)
  }
  return root
}

/** The config file: a named file must exist; the default one may be absent. */
function readConfig(value: string, root: string): { settings: Settings; file: string | null } {
  const name = value === '' ? DEFAULT_CONFIG_FILE : value
  const required = path.normalize(name) !== DEFAULT_CONFIG_FILE
  const file = path.resolve(root, name)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (!required && code === 'ENOENT') return { settings: defaultSettings(), file: null }
    const reason = code === 'ENOENT' ? 'no such file' : err instanceof Error ? err.message : String(err)
    throw new ConfigError(`config: cannot read ${JSON.stringify(name)}: ${reason}`)
  }
  return { settings: parseConfigText(text, name), file }
}

/** Plain paths (no glob characters) must exist; globs may match nothing. Catalogs are files. */
function checkPathsExist(key: string, entries: readonly string[], root: string, want: 'any' | 'file'): void {
  for (const entry of entries) {
    if (want === 'any' && GLOB_CHARS.test(entry)) continue
    const kind = kindOf(path.resolve(root, entry))
    if (kind === null || (want === 'file' && kind !== 'file')) {
      const what = want === 'file' ? 'file' : 'file or folder'
      throw new ConfigError(`${key}: no such ${what}: ${JSON.stringify(entry)}`)
    }
  }
}

/**
 * Reads and validates every input. Reads the config file and checks that named paths exist;
 * with `report-from` (nothing is checked, often without a checkout) only that file must.
 */
export function readInputs(
  getInput: GetInput,
  options: ReadInputsOptions
): ActionSettings & AttackInputs & CorpusInputs {
  const input = (name: string): string => (getInput(name) ?? '').trim()
  const workingDirectory = input('working-directory') || '.'
  const reportFromInput = input('report-from')
  const publishing = reportFromInput !== ''
  const root = publishing
    ? path.resolve(options.workspace, workingDirectory)
    : resolveRoot(options.workspace, workingDirectory)
  const { settings, file: configFile } = readConfig(input('config'), root)

  const failOn = input('fail-on')
  if (failOn !== '') settings.failOn = parseFailOn(failOn, 'fail-on')
  const rules = splitList(input('rules'))
  if (rules.length > 0) settings.rules = rules
  const baseline = splitList(input('baseline'))
  if (baseline.length > 0) settings.baseline = baseline
  const { corpora, paths: baselinePaths } = splitBaseline(settings.baseline)
  settings.baseline = baselinePaths
  settings.rules = settings.rules.map(stripDotSlash)
  settings.baseline = settings.baseline.map(stripDotSlash)
  const catalog = splitList(input('catalog'))
  const sarif = input('sarif')
  const cache = input('cache')
  const site = input('site')
  const siteUrl = input('site-url')
  if (siteUrl !== '' && !/^https?:\/\/[^\s<>"`()\\]+$/i.test(siteUrl))
    throw new ConfigError(`site-url: expected an http(s) URL, got ${JSON.stringify(siteUrl)}`)
  const attackInput = input('attack')
  const keyword = (v: string | null): string => (v ?? '').trim().toLowerCase()
  // The input wins over the config; either may name a file or a keyword.
  const attackWord = keyword(attackInput !== '' ? attackInput : settings.attack)
  const attackOff = ATTACK_OFF.has(attackWord)
  const attackDownload = attackWord === ATTACK_DOWNLOAD
  const attack = attackOff || attackDownload ? '' : attackInput
  if (attack !== '') settings.attack = attack
  if (attackOff || attackDownload) settings.attack = null
  const attackVersion = input('attack-version')
  if (attackVersion !== '' && !isAttackVersion(attackVersion))
    throw new ConfigError(
      `attack-version: expected an ATT&CK version like ${PINNED_ATTACK_VERSION}, got ${JSON.stringify(attackVersion)}`
    )

  const reportFrom = publishing ? path.resolve(root, reportFromInput) : null
  if (reportFrom !== null) {
    checkPathsExist('report-from', [reportFromInput], root, 'file')
  } else {
    checkPathsExist('rules', settings.rules, root, 'any')
    checkPathsExist('baseline', settings.baseline, root, 'any')
    checkPathsExist('catalog', catalog, root, 'file')
    if (attack !== '') checkPathsExist('attack', [attack], root, 'file')
    if (attackVersion !== '' && (attackOff || settings.attack !== null)) {
      const from = attackOff
        ? `attack is ${JSON.stringify(attackInput || attackWord)}`
        : `ATT&CK data comes from ${JSON.stringify(settings.attack)} (${attack !== '' ? 'the attack input' : "the config's attack"})`
      throw new ConfigError(
        `attack-version: ${JSON.stringify(attackVersion)} picks the ATT&CK version to download, but ${from}; ` +
          'leave one of them empty'
      )
    }
  }

  const name = input('name') || DEFAULT_NAME
  if (/[\r\n]/.test(name) || name.length > 100)
    throw new ConfigError(`name: expected one line of at most 100 characters, got ${JSON.stringify(name)}`)

  return {
    ...settings,
    name,
    token: input('token'),
    catalogFiles: catalog.map(c => path.resolve(root, c)),
    configFile,
    comment: parseBoolean(input('comment'), 'comment', true),
    checkRun: parseBoolean(input('check-run'), 'check-run', true),
    reportFrom,
    failOnGiven: failOn !== '',
    sarif: sarif === '' ? null : path.resolve(root, sarif),
    cacheFile: cache === '' ? null : path.resolve(root, cache),
    attackData:
      settings.attack !== null
        ? { kind: 'file', file: path.resolve(root, settings.attack), shown: settings.attack }
        : attackOff
          ? { kind: 'off' }
          : attackDownload || attackVersion !== ''
            ? { kind: 'download', version: attackVersion || PINNED_ATTACK_VERSION }
            : { kind: 'builtin' },
    workingDirectory,
    workspace: options.workspace,
    root,
    corpora,
    ...(site === '' ? {} : { site: path.resolve(root, site) }),
    ...(siteUrl === '' ? {} : { siteUrl })
  }
}
