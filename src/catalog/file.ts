/**
 * The catalog file, version 5: one JSON document (deterministic bytes) whose parts are read
 * only when asked for. Its first line is a header, which with a closing `}` is JSON of its
 * own: the counts, the body's length and where each section's value lies in the body (the
 * bytes after the header line; offsets in bytes of UTF-8).
 *
 *   {"format":"detlint-catalog","version":5,"generator":…,"counts":{"rules":N,"keys":M},"body":L,
 *    "sections":{"kinds":[s,e],"fields":[s,e],"rules":[s,e],"kind":[[s,e],…],"keys":[[s,e],…],
 *                "similarity":[[s,e],…],"reach":[[s,e],…]}
 *   ,"kinds":[kind, …]                                         sorted
 *   ,"fields":{field: [windows, other, [kind index, …]]}       sorted by field
 *   ,"rules":[[vendor, id, title, path, line, level, [technique], kind index, [event]], …]
 *                                                           ASCII: other characters as \uXXXX
 *   ,"kind":[ {"rules":[[[indicator], [exclusion], [standalone]], …],   key indices, ascending
 *              "keyEnds":[end, …],                  where each key ends in the kind's keys
 *              "patterns":[[key index, rules], …]}, …]   wildcard standalone exclusions
 *   ,"keys":[ [[field, op, value], …], …]             a kind's keys, by key string
 *   ,"similarity":[ {"features":[feature, …], "featureStarts":[…], "featureIds":[…],
 *                    "fields":[field, …], "fieldStarts":[…], "fieldIds":[…]}, …]   features sorted
 *   ,"reach":[ [[key, [rule index, …]], …], …]     indicator keys in buckets by `keyBucket`
 *   }
 *
 * Rules are in catalog order (`compareRules`); a kind's section lists its rules in that
 * order. A kind's keys are a section of their own, and key `x` is the JSON between
 * `keyEnds[x - 1] + 1` (1 for the first) and `keyEnds[x]`: a check parses the keys of the
 * twenty rules most like its rule, not the kind's thousands. The similarity section of a
 * kind holds what `similarity/` computes from each rule's indicators (its features) and
 * the fields each rule uses, each rule's as a run of a flat list, so a check reads it
 * instead of tokenising the kind's keys again. The reach buckets hold each indicator key's
 * rules, so the rules that check a key are found by reading one bucket. Loading reads the
 * header, the kinds, the fields and the rules (vendor, title, path, techniques, events: the
 * rule directory); a kind's key lists, its keys, its features and a reach bucket are
 * parsed the first time something asks for them.
 */
import { writeFileSync } from 'node:fs'
import { VENDORS, type Vendor } from '../ir.js'
import { formatKey, type KeyParts } from '../normalize/keys.js'
import { compareEvents } from '../normalize/events.js'
import { keyFeatures } from '../similarity/features.js'
import type { AttackTable } from '../attack/table.js'
import { VERSION } from '../version.js'
import { LazyMap } from './lazy-map.js'
import {
  BodyWriter,
  bodyIsWhole,
  bufferSource,
  fileSource,
  isSpan,
  readHeaderLine,
  sectionText,
  type ByteSource,
  type Span
} from './sections.js'
import {
  CATALOG_FORMAT,
  CATALOG_VERSION,
  CatalogError,
  cmp,
  indexTechniques,
  keyField,
  pushIndex,
  ruleKeyIndex,
  type Catalog,
  type CatalogRule,
  type FieldUse
} from './model.js'

interface Header {
  format: typeof CATALOG_FORMAT
  version: typeof CATALOG_VERSION
  generator: string
  counts: { rules: number; keys: number }
  body: number
  sections: {
    kinds: Span
    fields: Span
    rules: Span
    kind: Span[]
    keys: Span[]
    similarity: Span[]
    reach: Span[]
  }
}

type RuleRow = [Vendor, string | null, string, string, number, string | null, string[], number, string[]]

interface KindSection {
  rules: Array<[number[], number[], number[]]>
  /**
   * Where each key ends in the kind's keys section (bytes from its start): key `x` is the
   * JSON between `keyEnds[x - 1] + 1` (1 for the first) and `keyEnds[x]`, so a check reads
   * the keys of the rules it looks at without parsing the kind's thousands.
   */
  keyEnds: number[]
  /**
   * The keys of op `wildcard` the kind's rules use as standalone exclusions, each with the
   * number of rules that do, by key index: what `commonPatterns` counts, without reading
   * every rule's keys.
   */
  patterns: Array<[number, number]>
}

/**
 * A kind's features and fields. Each rule's lists are runs of two flat lists, one rule after
 * another (rule `li`'s features are `featureIds[featureStarts[li]]` up to
 * `featureIds[featureStarts[li + 1]]`): two arrays per kind, not two per rule.
 */
export interface SimilaritySection {
  /** The kind's features, sorted. */
  features: string[]
  featureStarts: number[]
  /** Per rule, its features as indices into `features`, each once, in the order `similarity/` finds them. */
  featureIds: number[]
  /** The fields the kind's rules use (indicators and exclusions, `keyField`), first seen first. */
  fields: string[]
  fieldStarts: number[]
  /** Per rule, the fields it uses, as indices into `fields`, each once, first seen first. */
  fieldIds: number[]
}

// ---------------------------------------------------------------------------------------
// Writing

/** Indicator keys per reach bucket, about. */
const KEYS_PER_BUCKET = 64

/** The reach bucket of a key: FNV-1a over its UTF-16 code units. */
export function keyBucket(key: string, buckets: number): number {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0) % buckets
}

/** Serialises with deterministic bytes: sections in a fixed order, everything sorted. */
export function serializeCatalog(catalog: Catalog): string {
  return serializeCatalogBytes(catalog).toString('utf8')
}

/** `serializeCatalog` as the UTF-8 bytes written to a file (without making the text first). */
export function serializeCatalogBytes(catalog: Catalog): Buffer {
  const { rules, keys } = catalog
  const kinds = [...new Set(rules.map(r => r.eventKind))].sort(cmp)
  const kindIndex = new Map(kinds.map((k, i) => [k, i]))
  const byKind: number[][] = kinds.map(() => [])
  rules.forEach((r, i) => byKind[kindIndex.get(r.eventKind) as number].push(i))

  const fields: Record<string, [number, number, number[]]> = {}
  for (const [f, use] of [...catalog.fields].sort((a, b) => cmp(a[0], b[0])))
    fields[f] = [use.windows, use.other, use.kinds.map(k => kindIndex.get(k) as number)]

  const directory: RuleRow[] = rules.map(r => [
    r.vendor,
    r.id,
    r.title,
    r.path,
    r.line,
    r.level,
    r.techniques,
    kindIndex.get(r.eventKind) as number,
    r.events
  ])

  const kindTexts: string[] = []
  const keyTexts: string[] = []
  const similarityTexts: string[] = []
  const allKeys = new Set<string>()
  for (const members of byKind) {
    const used = new Set<string>()
    for (const i of members) {
      for (const k of rules[i].indicators) used.add(k)
      for (const k of rules[i].exclusions) used.add(k)
    }
    // Sorted by key string (the default sort compares UTF-16 code units, as `cmp`).
    const list = [...used].sort()
    for (const k of list) allKeys.add(k)
    const local = new Map(list.map((k, i) => [k, i]))
    const ids = (ks: readonly string[]): number[] => ks.map(k => local.get(k) as number).sort(byNumber)
    const indicatorIds = members.map(i => ids(rules[i].indicators))
    // The keys as one JSON list, each key's end recorded (in bytes) to be read alone.
    const keyEnds: number[] = []
    let at = 1
    const triples = list.map((k, x) => {
      const p = keys.get(k) as KeyParts
      const json = JSON.stringify([p.field, p.op, p.value])
      at += (x > 0 ? 1 : 0) + Buffer.byteLength(json, 'utf8')
      keyEnds.push(at)
      return json
    })
    keyTexts.push(`[${triples.join(',')}]`)
    const lists = members.map((i, m): [number[], number[], number[]] => [
      indicatorIds[m],
      ids(rules[i].exclusions),
      ids(rules[i].standalone)
    ])
    const patternCount = new Map<number, number>()
    for (const [, , standalone] of lists)
      for (const x of standalone)
        if ((keys.get(list[x]) as KeyParts).op === 'wildcard')
          patternCount.set(x, (patternCount.get(x) ?? 0) + 1)
    const section: KindSection = {
      rules: lists,
      keyEnds,
      patterns: [...patternCount].sort((a, b) => a[0] - b[0])
    }
    kindTexts.push(JSON.stringify(section))
    // Features as a loaded rule computes them: from its indicators in key order, each key's
    // features once (a table id each, in first-seen order; the table is sorted below).
    const table = new Map<string, number>()
    const byKey: Array<number[] | undefined> = new Array(list.length)
    const featuresOfKey = (kid: number): number[] => {
      let out = byKey[kid]
      if (out === undefined) {
        const parts = keys.get(list[kid])
        out = (parts === undefined ? [] : keyFeatures(parts)).map(f => {
          let id = table.get(f)
          if (id === undefined) table.set(f, (id = table.size))
          return id
        })
        byKey[kid] = out
      }
      return out
    }
    let seen = new Int32Array(256)
    const featureRules = indicatorIds.map((kids, m) => {
      const own: number[] = []
      for (const kid of kids)
        for (const f of featuresOfKey(kid)) {
          if (f >= seen.length) {
            const grown = new Int32Array(Math.max(seen.length * 2, f + 1))
            grown.set(seen)
            seen = grown
          }
          if (seen[f] === m + 1) continue
          seen[f] = m + 1
          own.push(f)
        }
      return own
    })
    // The fields each rule uses (its indicators', then its exclusions'), for the index's
    // field fit: read without the kind's keys.
    const fieldTable = new Map<string, number>()
    // In key order, as a loaded rule lists its keys: the same bytes whatever the source order.
    const fieldStarts = [0]
    const fieldIds: number[] = []
    for (const [ind, exc] of section.rules) {
      const own = new Set<number>()
      for (const kids of [ind, exc])
        for (const kid of kids) {
          const f = keyField(list[kid])
          let id = fieldTable.get(f)
          if (id === undefined) fieldTable.set(f, (id = fieldTable.size))
          own.add(id)
        }
      for (const id of own) fieldIds.push(id)
      fieldStarts.push(fieldIds.length)
    }
    // The table sorted (a check finds a feature in it by binary search, without a Map of
    // its strings); each rule's list keeps its order, in the table's new indices.
    const features = [...table.keys()].sort()
    const rank = new Int32Array(features.length)
    features.forEach((f, i) => (rank[table.get(f) as number] = i))
    const featureStarts = [0]
    const featureIds: number[] = []
    for (const own of featureRules) {
      for (const f of own) featureIds.push(rank[f])
      featureStarts.push(featureIds.length)
    }
    const similarity: SimilaritySection = {
      features,
      featureStarts,
      featureIds,
      fields: [...fieldTable.keys()],
      fieldStarts,
      fieldIds
    }
    similarityTexts.push(JSON.stringify(similarity))
  }

  const body = new BodyWriter()
  body.put(',"kinds":')
  const kindsSpan = body.put(JSON.stringify(kinds))
  body.put('\n,"fields":')
  const fieldsSpan = body.put(JSON.stringify(fields))
  body.put('\n,"rules":')
  const rulesSpan = body.put(asciiJson(JSON.stringify(directory)))
  body.put('\n')
  const kindSpans = body.list('kind', kindTexts)
  const keySpans = body.list('keys', keyTexts)
  const similaritySpans = body.list('similarity', similarityTexts)
  const reachKeys = [...catalog.indicatorRules.keys()].sort()
  const bucketCount = Math.max(1, Math.ceil(reachKeys.length / KEYS_PER_BUCKET))
  const buckets: Array<Array<[string, number[]]>> = Array.from({ length: bucketCount }, () => [])
  for (const k of reachKeys)
    buckets[keyBucket(k, bucketCount)].push([k, catalog.indicatorRules.get(k) as number[]])
  const reachSpans = body.list(
    'reach',
    buckets.map(b => JSON.stringify(b))
  )
  body.put('}\n')

  const header: Header = {
    format: CATALOG_FORMAT,
    version: CATALOG_VERSION,
    generator: `detlint ${VERSION}`,
    counts: { rules: rules.length, keys: allKeys.size },
    body: body.length,
    sections: {
      kinds: kindsSpan,
      fields: fieldsSpan,
      rules: rulesSpan,
      kind: kindSpans,
      keys: keySpans,
      similarity: similaritySpans,
      reach: reachSpans
    }
  }
  return body.bytes(header)
}

/** A character JSON need not escape and UTF-8 writes in more than one byte. */
const NON_ASCII = /[\u0080-\uffff]/
const NON_ASCII_ALL = /[\u0080-\uffff]/g

/**
 * JSON text with its non-ASCII characters written as `\uXXXX` escapes: the same value, in
 * bytes a reader turns into a string without decoding UTF-8 (V8 copies ASCII text into a
 * one-byte string; one accented title makes the whole section a two-byte string, slower to
 * make and to parse).
 */
function asciiJson(json: string): string {
  return NON_ASCII.test(json)
    ? json.replace(NON_ASCII_ALL, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : json
}

function byNumber(a: number, b: number): number {
  return a - b
}

// ---------------------------------------------------------------------------------------
// Reading

function fail(where: string, what: string): never {
  throw new CatalogError(`${where}: ${what}`)
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function spans(v: unknown, body: number, where: string): Span[] {
  if (!Array.isArray(v) || !v.every(s => isSpan(s, body))) fail(where, 'expected a list of [start, end]')
  return v as Span[]
}

/** Reads and checks the header line; the body starts after it. */
function readHeader(bytes: ByteSource, source: string): { header: Header; bodyStart: number } {
  const head = readHeaderLine(bytes)
  let doc: unknown = head?.header
  if (head === null)
    // Not a header line: an older catalog (version 3 or before: one JSON line), or no catalog.
    try {
      doc = JSON.parse(bytes.bytes(0, bytes.size).toString('utf8'))
    } catch (err) {
      fail(source, `not valid JSON: ${err instanceof Error ? err.message : String(err)}`)
    }
  if (!isObject(doc) || doc.format !== CATALOG_FORMAT)
    fail(source, `not a detlint catalog (format is not "${CATALOG_FORMAT}")`)
  if (doc.version !== CATALOG_VERSION)
    fail(
      source,
      `catalog version ${JSON.stringify(doc.version)} is not supported (expected ${CATALOG_VERSION}); rebuild it with \`detlint catalog build\``
    )
  const bodyStart = head?.bodyStart ?? 0
  if (head === null || !bodyIsWhole(doc, bytes.size, bodyStart))
    fail(
      source,
      'the file is cut short or was changed after it was written; rebuild it with `detlint catalog build`'
    )
  const body = doc.body as number
  const s = doc.sections
  if (!isObject(s)) fail(`${source}: sections`, 'expected an object')
  for (const name of ['kinds', 'fields', 'rules'])
    if (!isSpan(s[name], body)) fail(`${source}: sections.${name}`, 'expected [start, end]')
  spans(s.kind, body, `${source}: sections.kind`)
  spans(s.keys, body, `${source}: sections.keys`)
  spans(s.similarity, body, `${source}: sections.similarity`)
  spans(s.reach, body, `${source}: sections.reach`)
  if ((s.reach as Span[]).length === 0) fail(`${source}: sections.reach`, 'expected at least one bucket')
  if (!isObject(doc.counts) || typeof doc.counts.rules !== 'number' || typeof doc.counts.keys !== 'number')
    fail(`${source}: counts`, 'expected the counts of "rules" and "keys"')
  return { header: doc as unknown as Header, bodyStart }
}

function str(v: unknown, where: string): string {
  return typeof v === 'string' ? v : fail(where, `expected a string, got ${JSON.stringify(v)}`)
}

function strOrNull(v: unknown, where: string): string | null {
  return v === null ? null : str(v, where)
}

function strings(v: unknown, where: string): string[] {
  if (!Array.isArray(v)) fail(where, 'expected a list')
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') str(v[i], `${where}[${i}]`)
  return v as string[]
}

/**
 * Per-rule runs of a flat list, checked: `starts` (`rules + 1` positions, from 0, never
 * falling, the last at the end of `ids`) and `ids` (indices below `max`).
 */
function runs(
  starts: unknown,
  ids: unknown,
  rules: number,
  max: number,
  where: string
): [number[], number[]] {
  const list = indexList(ids, `${where}Ids`, max)
  if (
    !Array.isArray(starts) ||
    starts.length !== rules + 1 ||
    starts[0] !== 0 ||
    starts[rules] !== list.length
  )
    fail(`${where}Starts`, `expected ${rules + 1} positions from 0 to ${list.length}`)
  for (let i = 1; i <= rules; i++) {
    const x = starts[i] as unknown
    if (!Number.isInteger(x) || (x as number) < (starts[i - 1] as number))
      fail(
        `${where}Starts[${i}]`,
        `expected a position from ${starts[i - 1]} to ${list.length}, got ${JSON.stringify(x)}`
      )
  }
  return [starts as number[], list]
}

function indexList(v: unknown, where: string, max: number): number[] {
  if (!Array.isArray(v)) fail(where, 'expected a list of indices')
  for (let i = 0; i < v.length; i++) {
    const x = v[i]
    if (!Number.isInteger(x) || x < 0 || x >= max)
      fail(`${where}[${i}]`, `expected an index below ${max}, got ${JSON.stringify(x)}`)
  }
  return v as number[]
}

/**
 * A kind's keys and its rules' key lists, as read: the lists parsed, each key parsed from
 * the kind's keys section and turned into its key string only as it is asked for (a check
 * reads the lists of the twenty rules most like its rule, not the kind's two thousand, and
 * their keys, not the kind's fifteen thousand). Each key string made is registered with
 * its parts.
 */
class LoadedKind {
  /** Key → the kind's rules that exclude it (catalog indices, ascending): built when first asked. */
  exclusionRules?: Map<string, number[]>
  private readonly keyStrings: Array<string | undefined>
  /** Keys parsed so far, checked. */
  private readonly triples: Array<[string | null, string, string | null] | undefined>
  /** Per rule, its three lists (indicators, exclusions, standalone) as key strings, when made. */
  private readonly made: Array<string[] | undefined>
  private keyBytes?: Buffer
  private complete = false

  constructor(
    /** Catalog indices of the kind's rules, ascending. */
    readonly members: number[],
    private readonly lists: unknown[],
    /** Where each key ends in the keys section (checked: ascending, the last at its end). */
    private readonly keyEnds: readonly number[],
    /** The wildcard keys of standalone exclusions, with their rules (checked). */
    private readonly patterns: ReadonlyArray<readonly [number, number]>,
    /** The keys section's bytes. */
    private readonly readKeys: () => Buffer,
    private readonly where: string,
    private readonly keysWhere: string,
    private readonly register: (key: string, parts: KeyParts) => void
  ) {
    this.keyStrings = new Array(keyEnds.length)
    this.triples = new Array(keyEnds.length)
    this.made = new Array(lists.length * 3)
  }

  /** The key string of key `x`, registered with its parts when first made. */
  key(x: number): string {
    let k = this.keyStrings[x]
    if (k === undefined) {
      const t = this.triple(x)
      const parts: KeyParts = { field: t[0], op: t[1], value: t[2] }
      this.keyStrings[x] = k = formatKey(parts)
      this.register(k, parts)
    }
    return k
  }

  /** List `j` (0 indicators, 1 exclusions, 2 standalone) of local rule `li`, as key strings. */
  list(li: number, j: 0 | 1 | 2): string[] {
    let out = this.made[li * 3 + j]
    if (out === undefined) this.made[li * 3 + j] = out = this.indices(li, j).map(x => this.key(x))
    return out
  }

  /** Key `x`'s parts as stored, parsed from its bytes when first asked for, checked. */
  private triple(x: number): [string | null, string, string | null] {
    let t = this.triples[x]
    if (t === undefined) {
      const bytes = (this.keyBytes ??= this.readKeys())
      let v: unknown
      try {
        v = JSON.parse(bytes.toString('utf8', x === 0 ? 1 : this.keyEnds[x - 1] + 1, this.keyEnds[x]))
      } catch {
        v = undefined
      }
      this.triples[x] = t = this.checked(v, x)
    }
    return t
  }

  private checked(t: unknown, x: number): [string | null, string, string | null] {
    if (
      !Array.isArray(t) ||
      t.length !== 3 ||
      (t[0] !== null && typeof t[0] !== 'string') ||
      typeof t[1] !== 'string' ||
      (t[2] !== null && typeof t[2] !== 'string')
    )
      fail(`${this.keysWhere}[${x}]`, 'expected [field, op, value]')
    return t as [string | null, string, string | null]
  }

  /** List `j` of local rule `li` as key indices, checked. */
  private indices(li: number, j: 0 | 1 | 2): number[] {
    const r = this.lists[li]
    if (!Array.isArray(r) || r.length !== 3)
      fail(`${this.where}.rules[${li}]`, 'expected [indicators, exclusions, standalone]')
    const v = r[j] as unknown
    if (!Array.isArray(v)) fail(`${this.where}.rules[${li}][${j}]`, 'expected a list of indices')
    for (let i = 0; i < v.length; i++) {
      const x = v[i] as unknown
      if (!Number.isInteger(x) || (x as number) < 0 || (x as number) >= this.keyEnds.length)
        fail(
          `${this.where}.rules[${li}][${j}][${i}]`,
          `expected an index below ${this.keyEnds.length}, got ${JSON.stringify(x)}`
        )
    }
    return v as number[]
  }

  /** Local rule `li`'s standalone exclusions whose op is `op`, as key strings. */
  standaloneWith(li: number, op: string): string[] {
    return this.indices(li, 2)
      .filter(x => this.triple(x)[1] === op)
      .map(x => this.key(x))
  }

  /** The wildcard keys the kind's rules use as standalone exclusions, each with how many rules do. */
  patternCounts(): Array<[string, number]> {
    return this.patterns.map(([x, n]) => [this.key(x), n])
  }

  /** Makes (and so registers) every key of the kind: the keys section parsed at once. */
  registerAll(): void {
    if (this.complete) return
    const bytes = (this.keyBytes ??= this.readKeys())
    let all: unknown
    try {
      all = JSON.parse(bytes.toString('utf8'))
    } catch (err) {
      fail(this.keysWhere, `not valid JSON: ${err instanceof Error ? err.message : String(err)}`)
    }
    if (!Array.isArray(all) || all.length !== this.keyEnds.length)
      fail(this.keysWhere, `expected a list of ${this.keyEnds.length} keys`)
    for (let x = 0; x < all.length; x++) {
      if (this.triples[x] === undefined) this.triples[x] = this.checked(all[x], x)
      this.key(x)
    }
    this.complete = true
  }
}

/**
 * A rule's stored features and fields: its runs in its kind's similarity section (features
 * `section.featureIds[section.featureStarts[local]]` up to `section.featureStarts[local + 1]`,
 * fields likewise). The section is one object per kind of a file, the same for each of its
 * rules.
 */
export interface StoredFeatures {
  section: SimilaritySection
  local: number
}

/** What a catalog read from a file gives its rules: a kind's key lists and features, read on demand. */
interface KindStore {
  kind(ki: number): LoadedKind
  features(ki: number): SimilaritySection
}

/**
 * A rule of a catalog read from a file: its directory row, with its key lists and features
 * read from its kind's sections the first time they are asked for. The key lists are
 * getters on the class: a copy must name them (`{ ...rule, indicators: rule.indicators, … }`),
 * as `{ ...rule }` alone copies only the directory fields.
 */
class StoredRule implements CatalogRule {
  readonly #store: KindStore
  readonly #kind: number
  readonly #local: number
  constructor(
    readonly vendor: Vendor,
    readonly id: string | null,
    readonly title: string,
    readonly path: string,
    readonly line: number,
    readonly level: string | null,
    readonly techniques: string[],
    readonly eventKind: string,
    readonly events: string[],
    store: KindStore,
    kind: number,
    local: number
  ) {
    this.#store = store
    this.#kind = kind
    this.#local = local
  }

  get indicators(): string[] {
    return this.#store.kind(this.#kind).list(this.#local, 0)
  }

  get exclusions(): string[] {
    return this.#store.kind(this.#kind).list(this.#local, 1)
  }

  get standalone(): string[] {
    return this.#store.kind(this.#kind).list(this.#local, 2)
  }

  standaloneWith(op: string): string[] {
    return this.#store.kind(this.#kind).standaloneWith(this.#local, op)
  }

  /** Its kind as read from the file. */
  loadedKind(): LoadedKind {
    return this.#store.kind(this.#kind)
  }

  features(): StoredFeatures {
    return { section: this.#store.features(this.#kind), local: this.#local }
  }
}

/**
 * The features stored for a catalog rule read from a file, if any: `similarity/` asks here
 * before computing them. Rules of a merged catalog are the same objects, so they keep theirs.
 */
export function storedFeatures(rule: CatalogRule): StoredFeatures | undefined {
  return rule instanceof StoredRule ? rule.features() : undefined
}

/** A catalog rule's standalone exclusions whose op is `op` (`wildcard`: its patterns). */
export function standaloneWith(catalog: Catalog, rule: CatalogRule, op: string): string[] {
  return rule instanceof StoredRule
    ? rule.standaloneWith(op)
    : rule.standalone.filter(k => catalog.keys.get(k)?.op === op)
}

/**
 * How many of `rules` (catalog indices) use each wildcard pattern as a standalone exclusion
 * (`standaloneWith(…, 'wildcard')`). The rules of a kind read from a file, when all of them
 * are among `rules`, count as the file counted them; others one by one.
 */
export function standalonePatternCounts(catalog: Catalog, rules: readonly number[]): Map<string, number> {
  const count = new Map<string, number>()
  const add = (k: string, n: number): void => {
    count.set(k, (count.get(k) ?? 0) + n)
  }
  const stored = new Map<LoadedKind, Set<StoredRule>>()
  for (const i of rules) {
    const r = catalog.rules[i]
    if (r instanceof StoredRule) {
      const kind = r.loadedKind()
      const set = stored.get(kind)
      if (set) set.add(r)
      else stored.set(kind, new Set([r]))
    } else for (const k of standaloneWith(catalog, r, 'wildcard')) add(k, 1)
  }
  for (const [kind, list] of stored) {
    if (list.size === kind.members.length) for (const [k, n] of kind.patternCounts()) add(k, n)
    else for (const r of list) for (const k of standaloneWith(catalog, r, 'wildcard')) add(k, 1)
  }
  return count
}

/** A loaded kind's index of the keys it excludes to its rules, built on first use. */
function exclusionIndex(kind: LoadedKind): Map<string, number[]> {
  let map = kind.exclusionRules
  if (map === undefined) {
    map = new Map()
    for (let li = 0; li < kind.members.length; li++)
      for (const k of kind.list(li, 1)) pushIndex(map, k, kind.members[li])
    kind.exclusionRules = map
  }
  return map
}

/** A list without repeats (most lists have none, and are short: then the list itself). */
function unique(list: string[]): string[] {
  if (list.length > 16) return new Set(list).size === list.length ? list : [...new Set(list)]
  for (let i = 1; i < list.length; i++)
    for (let j = 0; j < i; j++) if (list[i] === list[j]) return [...new Set(list)]
  return list
}

/** Events in `compareEvents` order: as the file keeps them, else sorted. */
function sortedEvents(events: string[]): string[] {
  for (let i = 1; i < events.length; i++)
    if (compareEvents(events[i - 1], events[i]) > 0) return events.sort(compareEvents)
  return events
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every(x => typeof x === 'string')
}

/** A row of the rule directory, checked without building messages (they are for `badRow`). */
function isRuleRow(v: unknown, kinds: number): v is RuleRow {
  return (
    Array.isArray(v) &&
    v.length === 9 &&
    (VENDORS as readonly unknown[]).includes(v[0]) &&
    (v[1] === null || typeof v[1] === 'string') &&
    typeof v[2] === 'string' &&
    typeof v[3] === 'string' &&
    typeof v[4] === 'number' &&
    (v[5] === null || typeof v[5] === 'string') &&
    isStringList(v[6]) &&
    Number.isInteger(v[7]) &&
    v[7] >= 0 &&
    v[7] < kinds &&
    isStringList(v[8])
  )
}

/** Says what is wrong with a row `isRuleRow` refused. */
function badRow(row: unknown, where: string, kinds: number): never {
  if (!Array.isArray(row) || row.length !== 9) fail(where, 'expected a list of 9 fields')
  const vendor = str(row[0], `${where}[0]`)
  if (!(VENDORS as readonly string[]).includes(vendor))
    fail(`${where}[0]`, `unknown vendor ${JSON.stringify(vendor)}`)
  strOrNull(row[1], `${where}[1]`)
  str(row[2], `${where}[2]`)
  str(row[3], `${where}[3]`)
  if (typeof row[4] !== 'number') fail(`${where}[4]`, 'expected a line number')
  strOrNull(row[5], `${where}[5]`)
  strings(row[6], `${where}[6]`)
  if (!Number.isInteger(row[7]) || row[7] < 0 || row[7] >= kinds) fail(`${where}[7]`, 'expected a kind index')
  strings(row[8], `${where}[8]`)
  return fail(where, 'not a rule row')
}

/**
 * Parses catalog text. The header, kinds, fields and rule directory are read and checked
 * now; a kind's keys, key lists and features when first asked for. Errors name the source
 * and the place.
 */
export function parseCatalog(
  text: string | Buffer | ByteSource,
  source: string,
  attack?: AttackTable
): Catalog {
  const bytes =
    typeof text === 'string'
      ? bufferSource(Buffer.from(text, 'utf8'))
      : Buffer.isBuffer(text)
        ? bufferSource(text)
        : text
  const { header, bodyStart } = readHeader(bytes, source)
  const section = (span: Span, where: string): unknown => {
    let json: string
    try {
      json = sectionText(bytes, bodyStart, span)
    } catch (err) {
      return fail(`${source}: ${where}`, `cannot read: ${err instanceof Error ? err.message : String(err)}`)
    }
    try {
      return JSON.parse(json)
    } catch (err) {
      return fail(
        `${source}: ${where}`,
        `not valid JSON: ${err instanceof Error ? err.message : String(err)}`
      )
    }
  }
  const spansOf = header.sections
  const kinds = strings(section(spansOf.kinds, 'kinds'), `${source}: kinds`)
  if (
    spansOf.kind.length !== kinds.length ||
    spansOf.keys.length !== kinds.length ||
    spansOf.similarity.length !== kinds.length
  )
    fail(`${source}: sections`, `expected one kind, keys and similarity section per kind (${kinds.length})`)

  const fieldDoc = section(spansOf.fields, 'fields')
  if (!isObject(fieldDoc)) fail(`${source}: fields`, 'expected an object')
  const fields = new Map<string, FieldUse>()
  for (const [f, v] of Object.entries(fieldDoc)) {
    const where = `${source}: fields.${f}`
    if (!Array.isArray(v) || v.length !== 3 || !Number.isInteger(v[0]) || !Number.isInteger(v[1]))
      fail(where, 'expected [windows, other, [kind index]]')
    fields.set(f, {
      windows: v[0],
      other: v[1],
      kinds: indexList(v[2], `${where}[2]`, kinds.length).map(i => kinds[i])
    })
  }

  const rowsDoc = section(spansOf.rules, 'rules')
  if (!Array.isArray(rowsDoc)) fail(`${source}: rules`, 'expected a list')
  const rows = rowsDoc as unknown[]
  const rules: CatalogRule[] = new Array(rows.length)
  const members: number[][] = kinds.map(() => [])
  const kindIndex = new Map(kinds.map((k, i) => [k, i]))
  /** Kind indices in the order their first rule comes (the order `eventKindRules` lists them). */
  const kindOrder: number[] = []
  const loaded: Array<LoadedKind | undefined> = new Array(kinds.length)
  /** Keys of the kinds loaded so far. */
  const knownKeys = new Map<string, KeyParts>()
  const similarity: Array<SimilaritySection | undefined> = new Array(kinds.length)

  const kindOf = (ki: number): LoadedKind => loaded[ki] ?? (loaded[ki] = loadKind(ki))
  const featuresOf = (ki: number): SimilaritySection =>
    similarity[ki] ?? (similarity[ki] = loadSimilarity(ki))
  const store: KindStore = { kind: kindOf, features: featuresOf }

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]
    if (!isRuleRow(row, kinds.length)) badRow(row, `${source}: rules[${i}]`, kinds.length)
    const vendor = row[0]
    const ki = row[7]
    const li = members[ki].length
    if (li === 0) kindOrder.push(ki)
    members[ki].push(i)
    const kind = kinds[ki]
    rules[i] = new StoredRule(
      vendor,
      row[1],
      row[2],
      row[3],
      row[4],
      row[5],
      unique(row[6]),
      kind,
      sortedEvents(unique(row[8])),
      store,
      ki,
      li
    )
  }
  if (rules.length !== header.counts.rules)
    fail(source, `the header counts ${header.counts.rules} rules, the file has ${rules.length}`)
  // A kind's rules are its members (the same lists), in the order of their first rules.
  const eventKindRules = new Map<string, number[]>(kindOrder.map(ki => [kinds[ki], members[ki]]))

  function loadKind(ki: number): LoadedKind {
    const where = `kind[${ki}] (${kinds[ki]})`
    const doc = section(spansOf.kind[ki], where)
    if (!isObject(doc) || !Array.isArray(doc.rules) || !Array.isArray(doc.keyEnds))
      fail(`${source}: ${where}`, 'expected "rules" and "keyEnds" lists')
    const own = members[ki]
    if (doc.rules.length !== own.length)
      fail(`${source}: ${where}.rules`, `expected ${own.length} rules, got ${doc.rules.length}`)
    const keysSpan = spansOf.keys[ki]
    const keyEnds = doc.keyEnds as unknown[]
    // Each key ends after the one before it (and its comma), the last one before the `]`.
    const size = keysSpan[1] - keysSpan[0]
    for (let x = 0, end = 0; x < keyEnds.length; x++) {
      const e = keyEnds[x]
      if (!Number.isInteger(e) || (e as number) <= end || (e as number) >= size)
        fail(
          `${source}: ${where}.keyEnds[${x}]`,
          `expected a position in the keys section, got ${JSON.stringify(e)}`
        )
      end = (e as number) + 1
    }
    if (keyEnds.length > 0 && (keyEnds[keyEnds.length - 1] as number) !== size - 1)
      fail(`${source}: ${where}.keyEnds`, `expected the last key to end at ${size - 1}`)
    if (!Array.isArray(doc.patterns)) fail(`${source}: ${where}`, 'expected a "patterns" list')
    const patterns = doc.patterns as unknown[]
    for (let i = 0; i < patterns.length; i++) {
      const e = patterns[i]
      if (
        !Array.isArray(e) ||
        e.length !== 2 ||
        !Number.isInteger(e[0]) ||
        e[0] < 0 ||
        e[0] >= keyEnds.length ||
        !Number.isInteger(e[1]) ||
        e[1] < 1
      )
        fail(`${source}: ${where}.patterns[${i}]`, 'expected [key index, rules]')
    }
    const keysWhere = `keys[${ki}] (${kinds[ki]})`
    return new LoadedKind(
      own,
      doc.rules as unknown[],
      keyEnds as number[],
      patterns as Array<[number, number]>,
      () => {
        try {
          return bytes.bytes(bodyStart + keysSpan[0], bodyStart + keysSpan[1])
        } catch (err) {
          return fail(
            `${source}: ${keysWhere}`,
            `cannot read: ${err instanceof Error ? err.message : String(err)}`
          )
        }
      },
      `${source}: ${where}`,
      `${source}: ${keysWhere}`,
      (k, parts) => {
        if (!knownKeys.has(k)) knownKeys.set(k, parts)
      }
    )
  }

  function loadSimilarity(ki: number): SimilaritySection {
    const where = `${source}: similarity[${ki}] (${kinds[ki]})`
    const doc = section(spansOf.similarity[ki], `similarity[${ki}] (${kinds[ki]})`)
    if (!isObject(doc)) fail(where, 'expected an object')
    const rules = members[ki].length
    const features = strings(doc.features, `${where}.features`)
    const fields = strings(doc.fields, `${where}.fields`)
    const [featureStarts, featureIds] = runs(
      doc.featureStarts,
      doc.featureIds,
      rules,
      features.length,
      `${where}.feature`
    )
    const [fieldStarts, fieldIds] = runs(
      doc.fieldStarts,
      doc.fieldIds,
      rules,
      fields.length,
      `${where}.field`
    )
    return { features, featureStarts, featureIds, fields, fieldStarts, fieldIds }
  }

  /** Loads every kind whose rules use `field`: then every key of the field is known. */
  const loadField = (field: string): readonly string[] => {
    const use = fields.get(field)
    if (use === undefined) return []
    for (const k of use.kinds) kindOf(kindIndex.get(k) as number).registerAll()
    return use.kinds
  }
  const loadAll = (): void => kinds.forEach((_, ki) => kindOf(ki).registerAll())
  /** A key's rules across the kinds that use its field, ascending. */
  /** The rules that exclude a key, across the kinds that use its field, ascending. */
  const excludedBy = (key: string): number[] | undefined => {
    const out: number[] = []
    for (const kind of loadField(keyField(key))) {
      const list = exclusionIndex(kindOf(kindIndex.get(kind) as number)).get(key)
      if (list !== undefined) for (const i of list) out.push(i)
    }
    return out.length === 0 ? undefined : out.sort(byNumber)
  }

  const keys = new LazyMap<string, KeyParts>(
    key => {
      const known = knownKeys.get(key)
      if (known !== undefined) return known
      loadField(keyField(key))
      return knownKeys.get(key)
    },
    () => {
      loadAll()
      return new Map([...knownKeys].sort((a, b) => cmp(a[0], b[0])))
    }
  )
  /** Reach buckets read so far. */
  const buckets: Array<Map<string, number[]> | undefined> = new Array(spansOf.reach.length)
  const bucket = (b: number): Map<string, number[]> => {
    let map = buckets[b]
    if (map !== undefined) return map
    const where = `reach[${b}]`
    const doc = section(spansOf.reach[b], where)
    if (!Array.isArray(doc)) fail(`${source}: ${where}`, 'expected a list')
    map = new Map()
    for (let i = 0; i < doc.length; i++) {
      const e = doc[i] as unknown
      if (!Array.isArray(e) || e.length !== 2)
        fail(`${source}: ${where}[${i}]`, 'expected [key, [rule index]]')
      map.set(
        str(e[0], `${source}: ${where}[${i}][0]`),
        indexList(e[1], `${source}: ${where}[${i}][1]`, rules.length)
      )
    }
    return (buckets[b] = map)
  }
  const catalog: Catalog = {
    rules,
    keys,
    indicatorRules: new LazyMap(
      key => bucket(keyBucket(key, buckets.length)).get(key),
      () => ruleKeyIndex(rules, 'indicators')
    ),
    exclusionRules: new LazyMap(
      key => excludedBy(key),
      () => ruleKeyIndex(rules, 'exclusions')
    ),
    techniqueRules: indexTechniques(rules, attack),
    eventKindRules,
    fields
  }
  if (attack) catalog.attack = attack
  return catalog
}

/**
 * Reads a catalog file: the header and the rule directory now, other sections from the file
 * when a check asks for them (see `fileSource`).
 */
export function loadCatalogFile(file: string, attack?: AttackTable): Catalog {
  let text: ByteSource
  try {
    text = fileSource(file)
  } catch (err) {
    fail(
      `catalog ${JSON.stringify(file)}`,
      `cannot read: ${err instanceof Error ? err.message : String(err)}`
    )
  }
  return parseCatalog(text, file, attack)
}

export function saveCatalogFile(catalog: Catalog, file: string): void {
  writeFileSync(file, serializeCatalogBytes(catalog))
}
