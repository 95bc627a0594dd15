/**
 * MITRE's enterprise bundle for a pinned ATT&CK version, converted once to detlint's compact
 * table and kept in a cache folder (which a workflow may keep with actions/cache). Offline or
 * on any failure the caller gets a notice instead of a table and goes on without the checks
 * that need one. The URL and `fetch` are injectable: tests use a stand-in server.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { loadAttackFile } from './index.js'
import { stixToTable } from './stix.js'
import { attackTable, parseJsonText, renderAttackTable, type AttackTable } from './table.js'

/** The ATT&CK version the action uses when no ATT&CK data is given. */
export const PINNED_ATTACK_VERSION = '18.1'

/** Where MITRE publishes the STIX 2.1 bundle of an enterprise ATT&CK version. */
export function attackBundleUrl(version: string = PINNED_ATTACK_VERSION): string {
  return (
    'https://raw.githubusercontent.com/mitre-attack/attack-stix-data/master/enterprise-attack/' +
    `enterprise-attack-${version}.json`
  )
}

export interface AttackDownloadOptions {
  /** Absolute folder for the converted table. */
  cacheDir: string
  version?: string
  /** Default: `attackBundleUrl(version)`. */
  url?: string
  fetch?: typeof globalThis.fetch
  /** Default 60 s: the bundle is about 40 MB. */
  timeoutMs?: number
}

export type AttackDownload =
  { table: AttackTable; source: 'cache' | 'download'; file: string } | { table: null; notice: string }

/** The cached table file of a version. */
export function cachedTableFile(cacheDir: string, version: string): string {
  return path.join(cacheDir, `enterprise-attack-${version}.table.json`)
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

/** The table of the pinned (or given) version: from the cache, else downloaded and cached. */
export async function downloadAttackTable(options: AttackDownloadOptions): Promise<AttackDownload> {
  const version = options.version ?? PINNED_ATTACK_VERSION
  const url = options.url ?? attackBundleUrl(version)
  const file = cachedTableFile(options.cacheDir, version)
  try {
    return { table: loadAttackFile(file), source: 'cache', file }
  } catch {
    // No cache yet, or a damaged one: download again.
  }
  const without = (why: string): AttackDownload => ({
    table: null,
    notice:
      `detlint could not download ATT&CK v${version} from ${url} (${why}): technique-unknown and ` +
      'technique-revoked do not run. Give the attack input an ATT&CK table or STIX bundle to run them.'
  })
  let text: string
  try {
    const fetchFn = options.fetch ?? globalThis.fetch
    const res = await fetchFn(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 60_000) })
    if (!res.ok) return without(`HTTP ${res.status}`)
    text = await res.text()
  } catch (err) {
    return without(message(err))
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
  try {
    mkdirSync(options.cacheDir, { recursive: true })
    const tmp = `${file}.${process.pid}.tmp`
    writeFileSync(tmp, rendered)
    renameSync(tmp, file)
  } catch {
    // An unwritable cache costs the next run a download, not this run its table.
  }
  return { table, source: 'download', file }
}
