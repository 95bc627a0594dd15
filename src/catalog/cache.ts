/**
 * The catalog cache: what the corpus files add to the catalog, keyed by each file's path and
 * the sha256 of its bytes, so a rerun parses only the files that changed (a pull request
 * that touches 3 files of 7,000 parses 3). The saving is the parse, the reduction to
 * catalog rules, and reading the catalog in parts; and, for files whose metadata is
 * unchanged, reading and hashing them.
 *
 * A file whose reading depends on other files (a Splunk detection on its macro and data
 * source definitions) is keyed by the sha256 of its bytes' hash and those definitions'
 * fingerprint (`CorpusReader.dependencies`): a changed macro re-reads the detections that
 * see its folder, and nothing else.
 *
 * The stat fast path (as ESLint's cache and git's index): each file's row also records its
 * size and modification time (`CorpusReader.stat`). A warm run takes the stored key of a
 * file whose fingerprint is the one recorded without reading the file (for a file that
 * depends on others, its own bytes' stored hash combined with the definitions' fingerprint
 * of now, `CorpusReader.definitions`); any other file is read and hashed. A fingerprint is
 * taken before the file is read, and recorded only when the file was last modified at least
 * `RACY_MS` before the run started (git's "racy git" rule): a file changed during or just
 * before a run, possibly within the time's granularity, is hashed again next time. A tool
 * that rewrites a file keeping its size and modification time goes unseen; deleting the
 * cache file makes the next run read everything.
 *
 * The whole cache is also keyed: a sha256 over detlint's version and source hash (so a build
 * with other readers or normalisation tables at the same version starts afresh), the catalog,
 * cache and key format versions, the readers built in, and the settings that shape the
 * catalog (the ignore globs). Another key means another detlint or other settings, and
 * nothing in the cache is used.
 *
 * File format (`format: "detlint-catalog-cache"`, `version: 6`), one JSON document with
 * deterministic bytes for the same files and metadata, laid out as a catalog file
 * (`file.ts`): a header line (the key, the body's length, where each section lies), then
 *   files:   [[path, key, in base (1) or in the overlay (0), stat, own]]     sorted by path
 *            key: the file's sha256 (combined with its dependencies' for a dependent file);
 *            stat: "<size>:<mtimeMs>", or "" when not recorded (racy, or no stat); own: for
 *            a file that depends on others (a Splunk detection), the sha256 of its bytes
 *            alone (the key itself when it has no dependencies now), else ""
 *   overlay: [{ path, sha256, keys: [[field, op, value]], rules: [{ vendor, id, title, path,
 *              line, level, techniques, eventKind, events, indicators: [key index],
 *              exclusions: [key index], standalone: [key index] }] }]   sorted by path
 *   base:    a catalog file (version 5) of the files marked "in base", read on demand
 * A warm run takes the base's rules of the files whose keys are unchanged, the overlay's
 * entries of the others that are unchanged, and parses the rest. Writing back copies the
 * base's bytes as they are and puts what changed in the overlay, so a run that changed a
 * few files rewrites a few entries, not the catalog; when the overlay holds more than
 * `OVERLAY_LIMIT` of the files, the whole catalog is written as the new base.
 *
 * The catalog is the same whatever came from where: its rules, its keys and its answers are
 * those of `buildCatalog` over the same files' rules, and its bytes when saved are the same.
 *
 * A cache that cannot be read or is not valid is a notice and a rebuild, never a failure;
 * it is written to a temporary file and renamed into place, so a reader never sees half a
 * cache.
 */
import { createHash, randomBytes } from '../hash.js'
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { VENDORS, type Rule, type Vendor } from '../ir.js'
import { KEY_VERSION, KeyInterner, formatKey, type KeyParts } from '../normalize/keys.js'
import { SOURCE_HASH, VERSION } from '../version.js'
import { FORMATS } from '../formats/index.js'
import {
  BodyWriter,
  bodyIsWhole,
  fileSource,
  isSpan,
  readHeaderLine,
  sectionText,
  subSource,
  type ByteSource,
  type Span
} from './sections.js'
import {
  CATALOG_VERSION,
  CatalogError,
  catalogRule,
  combineCatalogs,
  indexCatalog,
  parseCatalog,
  serializeCatalogBytes,
  type Catalog,
  type CatalogRule
} from './index.js'

export const CACHE_FORMAT = 'detlint-catalog-cache'
export const CACHE_VERSION = 6

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
   * A fingerprint of the other files reading `file` depends on ('' when there are none now),
   * folded into its key; null when it cannot depend on others (not a Splunk detection).
   * Absent: no file depends on others.
   */
  dependencies?(file: string, bytes: Buffer): string | null
  /**
   * What `dependencies` gives `file`, known to depend on others, without its bytes: lets the
   * stat fast path key such a file. Absent: such a file is always read.
   */
  definitions?(file: string): string
  /**
   * The file's stat fingerprint, `<size>:<mtimeMs>` (mtimeMs as Node.js gives it), of what
   * `bytes` would read; null when it cannot be had, or the file is not a regular file or
   * would not be read (it is then read). Called before the file is read: with `readWithStat`,
   * only for a file whose row has a fingerprint to compare (and not once a run has found 64
   * changed and none unchanged); without it, for every file. The engine's reader counts the
   * file as seen for progress here. Absent: every file is read.
   */
  stat?(file: string): string | null
  /**
   * The file's bytes and its stat fingerprint as read (taken on the open file, before its
   * bytes are read), in one go: the fingerprint of a file read anyway costs no system call
   * of its own. Absent: `stat`, then `bytes`.
   */
  readWithStat?(file: string): { bytes: Buffer | null; stat: string | null }
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
  /** Files in the overlay past which the whole catalog is written (default `overlayLimit`). */
  overlayLimit?: number
  /**
   * When the run started reading (ms since the epoch; default `Date.now()` as the build
   * starts): files modified since `now - RACY_MS` get no stat fingerprint recorded.
   */
  now?: number
  /**
   * A run on CI (default: the `CI` environment variable is set, as on GitHub Actions), where
   * every checkout gives the files new modification times: a cache whose rows changed only
   * in their stat fingerprints is not written again (the next checkout changes them anew).
   */
  ci?: boolean
  /** Changed fingerprints, and none unchanged, before the rest is read unasked (default `STAT_MISSES_BEFORE_READING`). */
  statMissesBeforeReading?: number
}

/** Stat checks that find a changed fingerprint before the rest of a run stops asking (a fresh checkout). */
export const STAT_MISSES_BEFORE_READING = 64

/** Is this a CI run (`CI` set and not `false` or `0`)? */
export function onCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0'
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

/** A file's key from the hash of its bytes, combined with what its reading depends on. */
function combinedKey(own: string, dependencies: string | null): string {
  return dependencies === null || dependencies === '' ? own : sha256(`${own}\u0000${dependencies}`)
}

/**
 * How long before the run a file must have been modified last for its stat fingerprint to
 * be recorded (git's "racy git" rule; 2 s covers file systems that keep whole seconds, and
 * FAT's 2 s).
 */
export const RACY_MS = 2000

/** The modification time in a stat fingerprint; NaN when it is not one. */
function fingerprintTime(stat: string): number {
  const colon = stat.indexOf(':')
  return colon > 0 && /^\d+$/.test(stat.slice(0, colon)) && colon < stat.length - 1
    ? Number(stat.slice(colon + 1))
    : NaN
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

/** Stands for an entry being parsed elsewhere until it comes back. */
const EMPTY_ENTRY: FileEntry = { path: '', sha256: '', keys: new Map(), rules: [] }

/**
 * Files in the overlay past which the whole catalog is written as the new base: a tenth of
 * the files, and at least 50 (the overlay is read whole on every run; the base in parts).
 */
export function overlayLimit(files: number): number {
  return Math.max(50, Math.ceil(files / 10))
}

/** A file's row of the cache: its key, and how to tell it unchanged without reading it. */
interface FileRow {
  key: string
  /** Its stat fingerprint when the key was taken, or '' (not recorded). */
  stat: string
  /** The sha256 of its bytes alone for a file that depends on others, else ''. */
  own: string
}

/** What a cache holds, as read. */
interface LoadedCache {
  /** Path → its row, and whether its rules are in the base. */
  files: Map<string, FileRow & { inBase: boolean }>
  /** The overlay's entries by path. */
  overlay: Map<string, FileEntry>
  /** The base catalog (read on demand) and its bytes as stored (read when written back). */
  base: Catalog
  baseBytes: ByteSource
}

/**
 * The key of a cached file whose stat fingerprint is unchanged, without reading it: the
 * stored one, or for a file that depends on others its own bytes' stored hash combined
 * with their fingerprint of now. Null when that cannot be had: the file is read.
 */
function keyByStat(row: FileRow, file: string, reader: CorpusReader): string | null {
  if (row.own === '') return row.key
  return reader.definitions === undefined ? null : combinedKey(row.own, reader.definitions(file))
}

/** The row of a file read now: `stat` (taken before reading it) kept unless it is racy. */
function rowOf(bytes: Buffer, dependencies: string | null, stat: string | null, now: number): FileRow {
  const own = sha256(bytes)
  return {
    key: combinedKey(own, dependencies),
    // A NaN time (not a fingerprint) is never recorded either.
    stat: stat !== null && fingerprintTime(stat) <= now - RACY_MS ? stat : '',
    own: dependencies === null ? '' : own
  }
}

/**
 * Builds the catalog of `files` (in the order given), reusing the cache for every file whose
 * path and key are unchanged (its stat fingerprint unchanged, or its bytes read and hashed),
 * then writes the cache back when it changed.
 */
export function buildCatalogCached(
  files: readonly string[],
  reader: CorpusReader,
  options: CachedBuildOptions
): { catalog: Catalog; cache: CacheOutcome } {
  const now = options.now ?? Date.now()
  const key = cacheKey(options.ignore, options.version)
  const notices: string[] = []
  const loaded = loadCache(options.cacheFile, key, notices)
  /** Entries of the files not taken from the base: the overlay's, and fresh ones. */
  const entries: FileEntry[] = []
  /** Files taken from the base (their paths). */
  const fromBase = new Set<string>()
  /** The row of every file that could be read or was known unchanged, by path. */
  const rows = new Map<string, FileRow>()
  let reused = 0
  let parsed = 0
  // With `reader.entries`, the files not in the cache are parsed after every file is read
  // and keyed, all together (so that the reader can share them out among threads), into
  // their places; without it, each as it is read.
  const misses: FileToParse[] = []
  const places: number[] = []
  // Stat checks so far that found the fingerprint changed, and that found it the same: after
  // STAT_MISSES_BEFORE_READING changed and none the same (every file has a new time, as
  // after a fresh checkout), the rest of the files are read without asking first.
  let statMisses = 0
  let statHits = 0
  const missesBeforeReading = options.statMissesBeforeReading ?? STAT_MISSES_BEFORE_READING
  for (const file of files) {
    const shown = reader.shown(file)
    const known = loaded?.files.get(shown)
    const entry = known?.inBase === false ? loaded?.overlay.get(shown) : undefined
    /** The file's row when its entry can be reused (in the base, or in the overlay). */
    const cached = known !== undefined && (known.inBase || entry !== undefined) ? known : undefined
    let row: FileRow | null | undefined
    let bytes: Buffer | null = null
    // Taken before the bytes are read: a file changed in between is at worst hashed again.
    let stat: string | null = null
    const ask = reader.readWithStat === undefined || statHits > 0 || statMisses < missesBeforeReading
    if (cached !== undefined && cached.stat !== '' && reader.stat !== undefined && ask) {
      stat = reader.stat(file)
      if (stat === cached.stat && keyByStat(cached, file, reader) === cached.key) {
        statHits++
        row = { key: cached.key, stat: cached.stat, own: cached.own } // unchanged, not read
      } else statMisses++
    } else if (reader.readWithStat === undefined) stat = reader.stat?.(file) ?? null
    if (row === undefined) {
      if (reader.readWithStat !== undefined) ({ bytes, stat } = reader.readWithStat(file))
      else bytes = reader.bytes(file)
      row = bytes === null ? null : rowOf(bytes, reader.dependencies?.(file, bytes) ?? null, stat, now)
    }
    if (row !== null) rows.set(shown, row)
    if (row !== null && cached !== undefined && row.key === cached.key) {
      reused++
      if (entry === undefined) fromBase.add(shown)
      else entries.push(entry)
      continue
    }
    parsed++
    const hash = row === null ? null : row.key
    if (reader.entries) {
      places.push(entries.length)
      entries.push(EMPTY_ENTRY) // a placeholder, replaced below
      misses.push({ file, bytes, hash })
      continue
    }
    const failed = reader.failed === undefined ? undefined : (err: unknown) => reader.failed?.(file, err)
    entries.push(freshEntry(shown, hash ?? '', reader.rules(file, bytes), failed))
  }
  reader.entries?.(misses).forEach((entry, i) => (entries[places[i]] = entry))
  // What is cached: the files taken from the base, and the entries of the others. An
  // unreadable file, or one a rule of which failed, adds what it can and is not cached: it
  // is read again next time.
  const current: Array<[string, FileRow]> = []
  for (const p of fromBase) current.push([p, rows.get(p) as FileRow])
  for (const e of entries)
    if (e.sha256 !== '' && !fromBase.has(e.path))
      current.push([e.path, { ...(rows.get(e.path) as FileRow), key: e.sha256 }])
  const fresh = catalogFromEntries(entries)
  const catalog =
    loaded === null || fromBase.size === 0
      ? fresh
      : combineCatalogs([{ catalog: loaded.base, keep: r => fromBase.has(r.path) }, { catalog: fresh }])
  const stored = current.length
  // On CI the stat columns are not compared: the next checkout gives every file a new time.
  const statsCount = !(options.ci ?? onCi())
  const unchanged =
    loaded !== null &&
    parsed === 0 &&
    stored === loaded.files.size &&
    current.every(([p, r]) => {
      const k = loaded.files.get(p)
      // The stat and own columns too: a row that gained a fingerprint is written once.
      return k !== undefined && k.key === r.key && (!statsCount || (k.stat === r.stat && k.own === r.own))
    })
  if (!unchanged) {
    const overlay = entries.filter(e => e.sha256 !== '')
    if (loaded === null || overlay.length > (options.overlayLimit ?? overlayLimit(stored)))
      writeCache(options.cacheFile, key, current, [], serializeCatalogBytes(catalog), fromBase, notices, true)
    else writeCache(options.cacheFile, key, current, overlay, loaded.baseBytes, fromBase, notices, false)
  }
  const status: CacheStatus =
    reused === 0 ? (parsed === 0 && loaded !== null ? 'hit' : 'miss') : parsed === 0 ? 'hit' : 'partial'
  const cache: CacheOutcome = { status, reused, parsed }
  if (notices.length > 0) cache.notice = notices.join(' ')
  return { catalog, cache }
}

// ---------------------------------------------------------------------------------------
// Reading

/** The cache as read; null when there is none to use (absent, other key, unusable). */
function loadCache(file: string, key: string, notices: string[]): LoadedCache | null {
  let bytes: ByteSource
  try {
    bytes = fileSource(file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      notices.push(
        `cannot read the catalog cache ${file} (${message(err)}); building the catalog without it.`
      )
    return null
  }
  try {
    return parseCache(bytes, key, file)
  } catch (err) {
    if (!(err instanceof CacheError) && !(err instanceof CatalogError)) throw err
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

const SHA256 = /^[0-9a-f]{64}$/

function readEntry(v: unknown, where: string): FileEntry {
  if (!isObject(v)) fail(where, 'expected an object')
  const hash = str(v.sha256, `${where}.sha256`)
  if (!SHA256.test(hash)) fail(`${where}.sha256`, 'expected a sha256 in hex')
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

/** Parses a cache; null when it was written with another key or format version. Throws CacheError. */
function parseCache(bytes: ByteSource, key: string, file: string): LoadedCache | null {
  let doc: unknown
  let bodyStart = 0
  let head: ReturnType<typeof readHeaderLine>
  try {
    head = readHeaderLine(bytes)
  } catch (err) {
    return fail('header', `cannot read: ${message(err)}`)
  }
  if (head !== null) ({ header: doc, bodyStart } = head)
  else
    try {
      doc = JSON.parse(bytes.bytes(0, bytes.size).toString('utf8'))
    } catch (err) {
      fail('JSON', message(err))
    }
  if (!isObject(doc) || doc.format !== CACHE_FORMAT) fail('format', `not "${CACHE_FORMAT}"`)
  // Another format version or key: a cache of another detlint or other settings, not a fault.
  if (doc.version !== CACHE_VERSION || doc.key !== key) return null
  if (head === null || !bodyIsWhole(doc, bytes.size, bodyStart))
    fail('body', 'the file is cut short or was changed after it was written')
  const sections = isObject(doc.sections) ? doc.sections : fail('sections', 'expected an object')
  const at = (name: string): Span => {
    const v = sections[name]
    return isSpan(v, doc.body as number)
      ? v
      : fail(`sections.${name}`, 'expected [start, end] within the file')
  }
  const section = (name: string): unknown => {
    let json: string
    try {
      json = sectionText(bytes, bodyStart, at(name))
    } catch (err) {
      if (err instanceof CacheError) throw err
      return fail(name, `cannot read: ${message(err)}`)
    }
    try {
      return JSON.parse(json)
    } catch (err) {
      return fail(name, `not valid JSON: ${message(err)}`)
    }
  }
  const files = new Map<string, FileRow & { inBase: boolean }>()
  list(section('files'), 'files').forEach((f, i) => {
    if (!Array.isArray(f) || f.length !== 5 || (f[2] !== 0 && f[2] !== 1))
      fail(`files[${i}]`, 'expected [path, sha256, 0 or 1, stat, own]')
    const hash = str(f[1], `files[${i}][1]`)
    if (!SHA256.test(hash)) fail(`files[${i}][1]`, 'expected a sha256 in hex')
    const stat = str(f[3], `files[${i}][3]`)
    if (stat !== '' && !Number.isFinite(fingerprintTime(stat)))
      fail(`files[${i}][3]`, 'expected "<size>:<mtimeMs>" or ""')
    const own = str(f[4], `files[${i}][4]`)
    if (own !== '' && !SHA256.test(own)) fail(`files[${i}][4]`, 'expected a sha256 in hex or ""')
    files.set(str(f[0], `files[${i}][0]`), { key: hash, inBase: f[2] === 1, stat, own })
  })
  const overlay = new Map<string, FileEntry>()
  list(section('overlay'), 'overlay').forEach((e, i) => {
    const entry = readEntry(e, `overlay[${i}]`)
    overlay.set(entry.path, entry)
  })
  const [bs, be] = at('base')
  const baseBytes = subSource(bytes, bodyStart + bs, bodyStart + be)
  const base = parseCatalog(baseBytes, `base of ${file}`)
  return { files, overlay, base, baseBytes }
}

// ---------------------------------------------------------------------------------------
// Writing

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
}

/** An overlay entry as JSON text: its keys in first-seen order, rules by key index. */
function serializeEntry(e: FileEntry): string {
  const index = new Map([...e.keys.keys()].map((k, i) => [k, i]))
  return JSON.stringify({
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
  })
}

/** The cache as bytes: files and overlay sorted by path, the base as given. */
function serializeCache(
  key: string,
  files: ReadonlyArray<[string, FileRow]>,
  overlay: readonly FileEntry[],
  base: string | Buffer,
  inBase: (path: string) => boolean
): Buffer {
  const body = new BodyWriter()
  const rows = [...files]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([p, r]) => [p, r.key, inBase(p) ? 1 : 0, r.stat, r.own])
  body.put(',"files":')
  const filesSpan = body.put(JSON.stringify(rows))
  body.put('\n,"overlay":')
  const overlaySpan = body.put(`[${[...overlay].sort(byPath).map(serializeEntry).join(',')}]`)
  body.put('\n,"base":\n')
  const baseSpan = body.put(base)
  body.put('}\n')
  return body.bytes({
    format: CACHE_FORMAT,
    version: CACHE_VERSION,
    generator: `detlint ${VERSION}`,
    key,
    body: body.length,
    sections: { files: filesSpan, overlay: overlaySpan, base: baseSpan }
  })
}

/**
 * Writes the cache to a temporary file beside it, then renames it into place. `whole`: the
 * base is the catalog of every file given; otherwise it is the old base and the files not
 * in it are in the overlay.
 */
function writeCache(
  file: string,
  key: string,
  files: ReadonlyArray<[string, FileRow]>,
  overlay: readonly FileEntry[],
  base: Buffer | ByteSource,
  fromBase: ReadonlySet<string>,
  notices: string[],
  whole: boolean
): void {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    // The old base, copied as stored: read from the old cache file now.
    const baseBytes = Buffer.isBuffer(base) ? base : base.bytes(0, base.size)
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    writeFileSync(
      tmp,
      serializeCache(key, files, overlay, baseBytes, p => whole || fromBase.has(p))
    )
    renameSync(tmp, file)
  } catch (err) {
    rmSync(tmp, { force: true })
    notices.push(
      `could not write the catalog cache ${file} (${message(err)}); the next run builds the catalog again.`
    )
  }
}
