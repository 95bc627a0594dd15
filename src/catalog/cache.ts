/**
 * The catalog cache: what each corpus file adds to the catalog, keyed by the file's path and
 * the sha256 of its bytes, so a rerun parses only the files that changed (a pull request
 * that touches 3 files of 7,000 parses 3). Every file is still read, to hash it; the saving
 * is the parse and the reduction to catalog rules.
 *
 * A file whose reading depends on other files (a Splunk detection on its macro and data
 * source definitions) is keyed by the sha256 of its bytes' hash and those definitions'
 * fingerprint (`CorpusReader.dependencies`): a changed macro re-reads the detections that
 * see its folder, and nothing else.
 *
 * The whole cache is also keyed: a sha256 over detlint's version and source hash (so a build
 * with other readers or normalisation tables at the same version starts afresh), the catalog,
 * cache and key format versions, the readers built in, and the settings that shape the
 * catalog (the ignore globs). Another key
 * means another detlint or other settings, and nothing in the cache is used.
 *
 * A catalog built from cached entries, fresh ones or a mix is the same, byte for byte and
 * in memory (key order included), as `buildCatalog` over the same files' rules: entries
 * keep each file's keys in first-seen order and are combined in file order.
 *
 * File format (`format: "detlint-catalog-cache"`, `version: 4`), JSON, deterministic bytes:
 *   { format, version, generator, key,
 *     files: [{ path, sha256, keys: [[field, op, value]],   (first-seen order)
 *               rules: [{ vendor, id, title, path, line, level, techniques, eventKind, events,
 *                         indicators: [key index], exclusions: [key index],
 *                         standalone: [key index] }] }] }  sorted by path
 *
 * A cache that cannot be read or is not valid is a notice and a rebuild, never a failure;
 * it is written to a temporary file and renamed into place, so a reader never sees half a
 * cache.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { VENDORS, type Rule, type Vendor } from '../ir.js'
import { KEY_VERSION, KeyInterner, formatKey, type KeyParts } from '../normalize/keys.js'
import { SOURCE_HASH, VERSION } from '../version.js'
import { FORMATS } from '../formats/index.js'
import { CATALOG_VERSION, catalogRule, indexCatalog, type Catalog, type CatalogRule } from './index.js'

export const CACHE_FORMAT = 'detlint-catalog-cache'
export const CACHE_VERSION = 4

export type CacheStatus = 'hit' | 'partial' | 'miss' | 'off'

export interface CacheOutcome {
  /**
   * `hit`: every corpus file came from the cache; `partial`: some did; `miss`: none did (no
   * cache yet, another key, or an unusable cache); `off`: no cache file was given.
   */
  status: CacheStatus
  /** Corpus files whose catalog entries came from the cache. */
  reused: number
  /** Corpus files parsed in this run. */
  parsed: number
  /** What the user should know: a cache that could not be read, used or written. */
  notice?: string
}

/** How the cache gets at the corpus: the engine's file reader. */
export interface CorpusReader {
  /** The path catalog rules record for `file`, which is also the cache's name for it. */
  shown(file: string): string
  /** The file's bytes, or null when it cannot be read (such a file is never cached). */
  bytes(file: string): Buffer | null
  /** The rules of the file whose bytes are `bytes` (null: unreadable). */
  rules(file: string, bytes: Buffer | null): readonly Rule[]
  /**
   * A fingerprint of the other files reading `file` depends on ('' for none), folded into
   * its key. Absent: no file depends on others.
   */
  dependencies?(file: string, bytes: Buffer): string
  /**
   * A rule of `file` threw while being added to the catalog: it is left out and reported
   * here. Absent: the error is thrown.
   */
  failed?(file: string, err: unknown): void
  /**
   * The entries of several files at once, in order, each as `freshEntry` makes it from
   * `rules` (the engine's reader parses them in worker threads where that pays). Absent:
   * one by one.
   */
  entries?(files: readonly FileToParse[]): FileEntry[]
}

/** A file to parse: its bytes (null: unreadable; absent: not read yet) and its cache key. */
export interface FileToParse {
  file: string
  bytes?: Buffer | null
  /** The entry's `sha256`: '' (or null: unreadable) for none. */
  hash: string | null
}

export interface CachedBuildOptions {
  cacheFile: string
  /** The ignore globs: settings that shape the catalog, part of the key. */
  ignore: readonly string[]
  /** detlint's version, part of the key: the running one unless a test says otherwise. */
  version?: string
}

/** What one file adds to the catalog. */
export interface FileEntry {
  path: string
  sha256: string
  /** The keys its rules use, in first-seen order. */
  keys: Map<string, KeyParts>
  rules: CatalogRule[]
}

class CacheError extends Error {}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

/** A file's key: the hash of its bytes, combined with what its reading depends on. */
function fileKey(bytes: Buffer, dependencies: string): string {
  const own = sha256(bytes)
  return dependencies === '' ? own : sha256(`${own}\u0000${dependencies}`)
}

/** The key of a whole cache: everything besides the files' bytes that shapes the catalog. */
export function cacheKey(ignore: readonly string[], version: string = VERSION): string {
  return sha256(
    JSON.stringify({
      detlint: version,
      source: SOURCE_HASH,
      catalog: CATALOG_VERSION,
      cache: CACHE_VERSION,
      keys: KEY_VERSION,
      // A reader added or removed changes what a file yields, even at the same version.
      readers: FORMATS.map(f => f.vendor),
      ignore: [...ignore]
    })
  )
}

export function freshEntry(
  shown: string,
  hash: string,
  rules: readonly Rule[],
  failed?: (err: unknown) => void
): FileEntry {
  const keys = new Map<string, KeyParts>()
  const interner = new KeyInterner(keys)
  const out: CatalogRule[] = []
  for (const r of rules) {
    if (failed === undefined) out.push(catalogRule(r, interner))
    else
      try {
        out.push(catalogRule(r, interner))
      } catch (err) {
        // Left out and reported; the entry is not cached, so the file is read again.
        failed(err)
        hash = ''
      }
  }
  return { path: shown, sha256: hash, keys, rules: out }
}

/** Combines entries in file order: keys first-seen, rules in order, then indexed as usual. */
export function catalogFromEntries(entries: readonly FileEntry[]): Catalog {
  const keys = new Map<string, KeyParts>()
  const rules: CatalogRule[] = []
  for (const e of entries) {
    for (const [k, parts] of e.keys) if (!keys.has(k)) keys.set(k, parts)
    for (const r of e.rules) rules.push({ ...r })
  }
  return indexCatalog(rules, keys)
}

/**
 * Builds the catalog of `files` (in the order given), reusing the cache's entry for every
 * file whose path and bytes are unchanged, then writes the cache back when it changed.
 */
export function buildCatalogCached(
  files: readonly string[],
  reader: CorpusReader,
  options: CachedBuildOptions
): { catalog: Catalog; cache: CacheOutcome } {
  const key = cacheKey(options.ignore, options.version)
  const notices: string[] = []
  const loaded = loadCache(options.cacheFile, key, notices)
  const entries: FileEntry[] = []
  let reused = 0
  let parsed = 0
  let changed = loaded === null
  // With `reader.entries`, the files not in the cache are parsed after every file is read
  // and keyed, all together (so that the reader can share them out among threads), into
  // their places; without it, each as it is read.
  const misses: FileToParse[] = []
  const places: number[] = []
  for (const file of files) {
    const shown = reader.shown(file)
    const bytes = reader.bytes(file)
    const hash = bytes === null ? null : fileKey(bytes, reader.dependencies?.(file, bytes) ?? '')
    const cached = hash === null ? undefined : loaded?.get(shown)
    if (cached && cached.sha256 === hash) {
      reused++
      entries.push(cached)
      continue
    }
    parsed++
    // An unreadable file adds nothing and is not cached: it is read again next time.
    if (hash !== null) changed = true
    if (reader.entries) {
      places.push(entries.length)
      entries.push(cached as FileEntry) // a placeholder, replaced below
      misses.push({ file, bytes, hash })
      continue
    }
    const failed = reader.failed === undefined ? undefined : (err: unknown) => reader.failed?.(file, err)
    entries.push(freshEntry(shown, hash ?? '', reader.rules(file, bytes), failed))
  }
  reader.entries?.(misses).forEach((entry, i) => (entries[places[i]] = entry))
  const stored = entries.filter(e => e.sha256 !== '')
  if (changed || stored.length !== loaded?.size) writeCache(options.cacheFile, key, stored, notices)
  const status: CacheStatus =
    reused === 0 ? (parsed === 0 && loaded !== null ? 'hit' : 'miss') : parsed === 0 ? 'hit' : 'partial'
  const cache: CacheOutcome = { status, reused, parsed }
  if (notices.length > 0) cache.notice = notices.join(' ')
  return { catalog: catalogFromEntries(entries), cache }
}

// ---------------------------------------------------------------------------------------
// Reading

/** The cache's entries by path; null when there is none to use (absent, other key, unusable). */
function loadCache(file: string, key: string, notices: string[]): Map<string, FileEntry> | null {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      notices.push(
        `cannot read the catalog cache ${file} (${message(err)}); building the catalog without it.`
      )
    return null
  }
  try {
    return parseCache(text, key)
  } catch (err) {
    if (!(err instanceof CacheError)) throw err
    notices.push(`the catalog cache ${file} is not usable (${err.message}); rebuilding it.`)
    return null
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

function fail(where: string, what: string): never {
  throw new CacheError(`${where}: ${what}`)
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function list(v: unknown, where: string): unknown[] {
  return Array.isArray(v) ? v : fail(where, 'expected a list')
}

function str(v: unknown, where: string): string {
  return typeof v === 'string' ? v : fail(where, 'expected a string')
}

function strOrNull(v: unknown, where: string): string | null {
  return v === null ? null : str(v, where)
}

function indices(v: unknown, where: string, keys: readonly string[]): string[] {
  return list(v, where).map((x, i) =>
    Number.isInteger(x) && (x as number) >= 0 && (x as number) < keys.length
      ? keys[x as number]
      : fail(`${where}[${i}]`, `expected a key index below ${keys.length}`)
  )
}

function readRule(v: unknown, where: string, keys: readonly string[]): CatalogRule {
  if (!isObject(v)) fail(where, 'expected an object')
  const vendor = str(v.vendor, `${where}.vendor`)
  if (!(VENDORS as readonly string[]).includes(vendor)) fail(`${where}.vendor`, 'unknown vendor')
  if (typeof v.line !== 'number') fail(`${where}.line`, 'expected a number')
  return {
    vendor: vendor as Vendor,
    id: strOrNull(v.id, `${where}.id`),
    title: str(v.title, `${where}.title`),
    path: str(v.path, `${where}.path`),
    line: v.line,
    level: strOrNull(v.level, `${where}.level`),
    techniques: list(v.techniques, `${where}.techniques`).map((t, i) => str(t, `${where}.techniques[${i}]`)),
    eventKind: str(v.eventKind, `${where}.eventKind`),
    events: list(v.events, `${where}.events`).map((e, i) => str(e, `${where}.events[${i}]`)),
    indicators: indices(v.indicators, `${where}.indicators`, keys),
    exclusions: indices(v.exclusions, `${where}.exclusions`, keys),
    standalone: indices(v.standalone, `${where}.standalone`, keys)
  }
}

function readEntry(v: unknown, where: string): FileEntry {
  if (!isObject(v)) fail(where, 'expected an object')
  const hash = str(v.sha256, `${where}.sha256`)
  if (!/^[0-9a-f]{64}$/.test(hash)) fail(`${where}.sha256`, 'expected a sha256 in hex')
  const keys = new Map<string, KeyParts>()
  const keyStrings = list(v.keys, `${where}.keys`).map((k, i) => {
    const at = `${where}.keys[${i}]`
    if (!Array.isArray(k) || k.length !== 3) fail(at, 'expected [field, op, value]')
    const parts: KeyParts = { field: strOrNull(k[0], at), op: str(k[1], at), value: strOrNull(k[2], at) }
    const s = formatKey(parts)
    keys.set(s, parts)
    return s
  })
  if (keys.size !== keyStrings.length) fail(`${where}.keys`, 'a key is listed twice')
  const rules = list(v.rules, `${where}.rules`).map((r, i) => readRule(r, `${where}.rules[${i}]`, keyStrings))
  return { path: str(v.path, `${where}.path`), sha256: hash, keys, rules }
}

/** Parses cache text; null when it was written with another key. Throws CacheError. */
function parseCache(text: string, key: string): Map<string, FileEntry> | null {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (err) {
    fail('JSON', message(err))
  }
  if (!isObject(doc) || doc.format !== CACHE_FORMAT) fail('format', `not "${CACHE_FORMAT}"`)
  // Another format version or key: a cache of another detlint or other settings, not a fault.
  if (doc.version !== CACHE_VERSION || doc.key !== key) return null
  const entries = new Map<string, FileEntry>()
  list(doc.files, 'files').forEach((f, i) => {
    const entry = readEntry(f, `files[${i}]`)
    entries.set(entry.path, entry)
  })
  return entries
}

// ---------------------------------------------------------------------------------------
// Writing

/** The cache as text: entries sorted by path, fixed property order. */
function serializeCache(key: string, entries: readonly FileEntry[]): string {
  const files = [...entries]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(e => {
      const index = new Map([...e.keys.keys()].map((k, i) => [k, i]))
      return {
        path: e.path,
        sha256: e.sha256,
        keys: [...e.keys.values()].map(p => [p.field, p.op, p.value]),
        rules: e.rules.map(r => ({
          vendor: r.vendor,
          id: r.id,
          title: r.title,
          path: r.path,
          line: r.line,
          level: r.level,
          techniques: r.techniques,
          eventKind: r.eventKind,
          events: r.events,
          indicators: r.indicators.map(k => index.get(k) as number),
          exclusions: r.exclusions.map(k => index.get(k) as number),
          standalone: r.standalone.map(k => index.get(k) as number)
        }))
      }
    })
  return (
    JSON.stringify({
      format: CACHE_FORMAT,
      version: CACHE_VERSION,
      generator: `detlint ${VERSION}`,
      key,
      files
    }) + '\n'
  )
}

/** Writes to a temporary file beside the cache, then renames it into place. */
function writeCache(file: string, key: string, entries: readonly FileEntry[], notices: string[]): void {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    writeFileSync(tmp, serializeCache(key, entries))
    renameSync(tmp, file)
  } catch (err) {
    rmSync(tmp, { force: true })
    notices.push(
      `could not write the catalog cache ${file} (${message(err)}); the next run builds the catalog again.`
    )
  }
}
