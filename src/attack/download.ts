/**
 * MITRE's enterprise bundle for a pinned ATT&CK version, converted once to detlint's compact
 * table and kept in cache folders (the first of which a workflow may keep with actions/cache).
 * Offline or on any failure the caller gets a notice instead of a table and goes on without
 * the checks that need one. The bundle is downloaded with `@actions/tool-cache` (its retries
 * of network errors and server errors); the URL, the downloader and a `fetch` are injectable:
 * tests use a stand-in server.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { downloadTool, HTTPError } from '@actions/tool-cache'
import { attackTableFileOf } from './index.js'
import { stixToTable } from './stix.js'
import { attackTable, parseJsonText, renderAttackTable, type AttackTable } from './table.js'

/** The ATT&CK version the action downloads when no ATT&CK data is given. */
export const PINNED_ATTACK_VERSION = '18.1'

/** The folder of mitre-attack/attack-stix-data holding `enterprise-attack-<version>.json`. */
export const ATTACK_BUNDLE_BASE_URL =
  'https://raw.githubusercontent.com/mitre-attack/attack-stix-data/master/enterprise-attack/'

/**
 * Environment variable naming another folder URL to download `enterprise-attack-<version>.json`
 * from: a mirror, or the loopback stand-in of the tests.
 */
export const ATTACK_BASE_URL_ENV = 'DETLINT_ATTACK_BASE_URL'

/** An ATT&CK release as attack-stix-data names its files: `18.1`, `9.0`. */
const ATTACK_VERSION = /^\d{1,3}\.\d{1,3}$/

export function isAttackVersion(version: string): boolean {
  return ATTACK_VERSION.test(version)
}

/** The checks that need the table, named in the notice when none could be had. */
const DEFAULT_CHECKS = ['technique-unknown', 'technique-revoked']

/** Where the STIX 2.1 bundle of an enterprise ATT&CK version is published (or mirrored at `base`). */
export function attackBundleUrl(
  version: string = PINNED_ATTACK_VERSION,
  base: string = ATTACK_BUNDLE_BASE_URL
): string {
  return `${base.endsWith('/') ? base : `${base}/`}enterprise-attack-${version}.json`
}

export interface AttackDownloadOptions {
  /**
   * Absolute cache folders, in the order they are read: the first holding a usable table of
   * the version wins. The table is written to every folder that lacks it.
   */
  cacheDirs: readonly string[]
  version?: string
  /** Default: `attackBundleUrl(version)`. */
  url?: string
  /**
   * Downloads `url` to the file `dest` (default: `@actions/tool-cache`'s `downloadTool`, with
   * its retries). Not used when `fetch` is given.
   */
  download?: (url: string, dest: string) => Promise<string>
  /** A plain `fetch` instead of the downloader (unit tests; no retries). */
  fetch?: typeof globalThis.fetch
  /** Default 60 s, with `fetch`: the bundle is about 40 MB. */
  timeoutMs?: number
  /** The checks that cannot run without the table, for the notice. */
  checks?: readonly string[]
  /** What works less well without the table, for the notice (a sentence, no final stop). */
  degraded?: string
}

export type AttackDownload =
  | { table: AttackTable; source: 'cache' | 'download'; file: string; url: string }
  | { table: null; notice: string; url: string }

/** The cached table file of a version. */
export function cachedTableFile(cacheDir: string, version: string): string {
  return path.join(cacheDir, `enterprise-attack-${version}.table.json`)
}

function message(err: unknown): string {
  if (!(err instanceof Error)) return String(err)
  // fetch() says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND...) is its cause.
  const cause = (err as { cause?: unknown }).cause
  return cause instanceof Error && cause.message !== '' ? `${err.message}: ${cause.message}` : err.message
}

/** The cached table of `version` in `dir` and its text, or null (absent, damaged or of another version). */
function readCached(dir: string, version: string): { table: AttackTable; text: string } | null {
  const file = cachedTableFile(dir, version)
  try {
    const text = readFileSync(file, 'utf8')
    const table = attackTable(attackTableFileOf(parseJsonText(text, file), file), file)
    return table.version === version ? { table, text } : null
  } catch {
    return null
  }
}

/** Writes the table text into each folder; an unwritable folder costs a later run a download, no more. */
function writeCaches(dirs: readonly string[], version: string, text: string): void {
  for (const dir of dirs) {
    const file = cachedTableFile(dir, version)
    try {
      mkdirSync(dir, { recursive: true })
      const tmp = `${file}.${process.pid}.tmp`
      writeFileSync(tmp, text)
      renameSync(tmp, file)
    } catch {
      // Not this run's problem.
    }
  }
}

/** The table of the pinned (or given) version: from a cache, else downloaded and cached. */
export async function downloadAttackTable(options: AttackDownloadOptions): Promise<AttackDownload> {
  const version = options.version ?? PINNED_ATTACK_VERSION
  const url = options.url ?? attackBundleUrl(version)
  const dirs = options.cacheDirs
  for (const [i, dir] of dirs.entries()) {
    const cached = readCached(dir, version)
    if (cached === null) continue
    // Found in a later folder: copy it to the earlier ones (the one actions/cache keeps).
    if (i > 0) writeCaches(dirs.slice(0, i), version, cached.text)
    return { table: cached.table, source: 'cache', file: cachedTableFile(dir, version), url }
  }
  const checks = options.checks ?? DEFAULT_CHECKS
  const lost = [
    ...(checks.length > 0 ? [`${listed(checks)} did not run`] : []),
    ...(options.degraded ? [options.degraded] : [])
  ]
  const without = (why: string): AttackDownload => ({
    table: null,
    url,
    notice:
      `detlint could not download ATT&CK v${version} from ${url} (${why}): ` +
      `${lost.join('; ')}. To have the table, give the attack ` +
      "input an ATT&CK table (detlint attack import) or MITRE's STIX enterprise bundle; " +
      'attack: none skips the download.'
  })
  let text: string
  try {
    if (options.fetch) {
      const res = await options.fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 60_000) })
      if (!res.ok) return without(`HTTP ${res.status}`)
      text = await res.text()
    } else text = await downloadText(url, options.download ?? downloadTool)
  } catch (err) {
    return without(err instanceof HTTPError ? `HTTP ${err.httpStatusCode ?? 'error'}` : message(err))
  }
  let table: AttackTable
  let rendered: string
  try {
    const data = stixToTable(parseJsonText(text, url), url, { attackVersion: version, source: url })
    rendered = renderAttackTable(data)
    table = attackTable(data, `ATT&CK v${version}`)
  } catch (err) {
    return without(message(err))
  }
  writeCaches(dirs, version, rendered)
  const file = dirs.length > 0 ? cachedTableFile(dirs[0], version) : url
  return { table, source: 'download', file, url }
}

/** The text at `url`, through a downloader that writes a file (removed afterwards). */
async function downloadText(
  url: string,
  download: (url: string, dest: string) => Promise<string>
): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'detlint-attack-'))
  try {
    const file = await download(url, path.join(dir, 'bundle.json'))
    return readFileSync(file, 'utf8')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** `a`, `a and b`, `a, b and c`. */
function listed(names: readonly string[]): string {
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}
