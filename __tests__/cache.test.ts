import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defaultSettings, type Settings } from '../src/config.js'
import { buildCorpusCatalog, runCheck } from '../src/engine.js'
import { buildCatalog, serializeCatalog, type Catalog } from '../src/catalog/index.js'
import {
  CACHE_VERSION,
  RACY_MS,
  buildCatalogCached,
  onCi,
  overlayLimit,
  type CorpusReader
} from '../src/catalog/cache.js'
import { readRuleFile } from '../src/formats/index.js'
import { displayPath, resolveSources } from '../src/files.js'
import { statFingerprint } from '../src/source-file.js'

/** Sigma rules whose keys overlap across files in different orders, so key order matters. */
function sigmaRule(i: number): string {
  return [
    `title: Rule ${i}`,
    `id: rule-${i}`,
    `tags: [attack.execution, attack.t1059.00${i % 3}]`,
    'logsource: {product: windows, category: process_creation}',
    'detection:',
    '    selection:',
    `        CommandLine|contains: 'arg${i % 2}'`,
    `        Image|endswith: '\\tool${i % 3}.exe'`,
    '    filter:',
    `        ParentImage|endswith: '\\p${i % 4}.exe'`,
    '    condition: selection and not filter',
    'level: medium',
    ''
  ].join('\n')
}

const COLLECTION = [
  'action: global',
  'title: Collected',
  'logsource: {product: windows, category: process_creation}',
  'detection:',
  '    condition: selection',
  '---',
  'id: col-1',
  'detection:',
  '    selection:',
  "        Image|endswith: '\\tool1.exe'",
  '---',
  'id: col-2',
  'detection:',
  '    selection:',
  "        Image|endswith: '\\zeta.exe'",
  ''
].join('\n')

const FILES = 7

function settingsWith(ignore: string[] = []): Settings {
  const s = defaultSettings()
  s.ignore = ignore
  return s
}

/** The corpus files under `root` and a reader of them without the engine (no Splunk folders). */
function plainReader(root: string): { files: string[]; reader: CorpusReader } {
  const { files } = resolveSources(['corpus'], root)
  const reader: CorpusReader = {
    shown: f => displayPath(f, root),
    bytes: f => readFileSync(f),
    rules: (f, bytes) => readRuleFile(displayPath(f, root), (bytes as Buffer).toString('utf8')).rules
  }
  return { files, reader }
}

/** The plain reader with stat fingerprints (as the engine's reader takes them), counting reads. */
function statReader(root: string): { files: string[]; reader: CorpusReader; read: string[] } {
  const { files, reader } = plainReader(root)
  const read: string[] = []
  const counting: CorpusReader = {
    ...reader,
    bytes: f => (read.push(displayPath(f, root)), reader.bytes(f)),
    stat: f => statFingerprint(f)
  }
  return { files, reader: counting, read }
}

/** A time long past (2023-11-14, whole seconds) given to the corpus files, so that none is racy. */
const PAST = 1_700_000_000

/** Sets the modification time of `file` to `seconds` since the epoch. */
function setTime(file: string, seconds: number): void {
  utimesSync(file, seconds, seconds)
}

/** Every file under `folder` modified at `seconds`. */
function setTimes(folder: string, seconds: number): void {
  for (const f of readdirSync(folder, { recursive: true, withFileTypes: true }))
    if (f.isFile()) setTime(path.join(f.parentPath, f.name), seconds)
}

/** The cache's `files` rows. */
function cacheRows(file: string): Array<[string, string, number, string, string]> {
  return JSON.parse(readFileSync(file, 'utf8')).files
}

describe('catalog cache', () => {
  let dir: string
  const cacheFile = '.cache/detlint-catalog.json'
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'detlint-cache-'))
    mkdirSync(path.join(dir, 'corpus', 'sub'), { recursive: true })
    for (let i = 0; i < FILES - 2; i++) writeFileSync(path.join(dir, 'corpus', `r${i}.yml`), sigmaRule(i))
    writeFileSync(path.join(dir, 'corpus', 'sub', 'collection.yml'), COLLECTION)
    writeFileSync(path.join(dir, 'corpus', 'broken.yml'), 'title: Broken\ndetection: [\n')
    // Long unchanged: their stat fingerprints are recorded, whenever the tests run.
    setTimes(path.join(dir, 'corpus'), PAST)
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const build = (settings = settingsWith(), cache: string | undefined = cacheFile) =>
    buildCorpusCatalog(['corpus'], dir, settings, cache)
  const fresh = (settings = settingsWith()): Catalog => build(settings, undefined).catalog
  const sameCatalog = (a: Catalog, b: Catalog): void => {
    expect(serializeCatalog(a)).toBe(serializeCatalog(b))
    // In memory too: the same keys, and the same rules with the same keys (a rule from the
    // stored catalog has its keys in key order, a parsed one in source order).
    expect([...a.keys].sort()).toEqual([...b.keys].sort())
    const plain = (c: Catalog) =>
      c.rules.map(r => ({
        ...r,
        indicators: [...r.indicators].sort(),
        exclusions: [...r.exclusions].sort(),
        standalone: [...r.standalone].sort()
      }))
    expect(plain(a)).toEqual(plain(b))
    for (const k of b.keys.keys()) {
      expect(a.indicatorRules.get(k)).toEqual(b.indicatorRules.get(k))
      expect(a.exclusionRules.get(k)).toEqual(b.exclusionRules.get(k))
    }
  }
  const cachedPaths = (): string[] =>
    JSON.parse(readFileSync(path.join(dir, cacheFile), 'utf8')).files.map((f: [string]) => f[0])
  const overlayPaths = (): string[] =>
    JSON.parse(readFileSync(path.join(dir, cacheFile), 'utf8')).overlay.map((e: { path: string }) => e.path)

  it('misses, writes the cache, then hits with the same catalog as a fresh build', () => {
    const first = build()
    expect(first.cache).toEqual({ status: 'miss', reused: 0, parsed: FILES })
    const written = readFileSync(path.join(dir, cacheFile), 'utf8')
    const doc = JSON.parse(written)
    expect(doc).toMatchObject({
      format: 'detlint-catalog-cache',
      version: CACHE_VERSION,
      generator: 'detlint 0.1.0'
    })
    expect(doc.key).toMatch(/^[0-9a-f]{64}$/)
    expect(cachedPaths()).toEqual([
      'corpus/broken.yml',
      'corpus/r0.yml',
      'corpus/r1.yml',
      'corpus/r2.yml',
      'corpus/r3.yml',
      'corpus/r4.yml',
      'corpus/sub/collection.yml'
    ])
    const second = build()
    expect(second.cache).toEqual({ status: 'hit', reused: FILES, parsed: 0 })
    sameCatalog(first.catalog, fresh())
    sameCatalog(second.catalog, fresh())
    expect(second.catalog.rules.length).toBe(7)
    // Nothing changed: the cache is left as it was, and no temporary file is left behind.
    expect(readFileSync(path.join(dir, cacheFile), 'utf8')).toBe(written)
    expect(readdirSync(path.join(dir, '.cache'))).toEqual(['detlint-catalog.json'])
  })

  it('parses only the changed file, and the catalog is byte-identical to a fresh build', () => {
    build()
    writeFileSync(path.join(dir, 'corpus', 'r2.yml'), sigmaRule(2).replace("'arg0'", "'changed'"))
    const partial = build()
    expect(partial.cache).toEqual({ status: 'partial', reused: FILES - 1, parsed: 1 })
    sameCatalog(partial.catalog, fresh())
    expect(partial.catalog.keys.has('process.command_line|wildcard|*changed*')).toBe(true)
    expect(partial.catalog.keys.has('process.command_line|wildcard|*arg0*')).toBe(true)
    // The changed file went to the overlay; the stored catalog is kept as it was.
    expect(overlayPaths()).toEqual(['corpus/r2.yml'])
    const hit = build()
    expect(hit.cache).toEqual({ status: 'hit', reused: FILES, parsed: 0 })
    sameCatalog(hit.catalog, fresh())
  })

  it('writes the whole catalog again once the overlay passes its limit', () => {
    expect(overlayLimit(7)).toBe(50)
    expect(overlayLimit(7000)).toBe(700)
    const root = dir
    const { files, reader } = plainReader(root)
    const options = { cacheFile: path.join(root, 'c.json'), ignore: [], overlayLimit: 2 }
    const cached = () => buildCatalogCached(files, reader, options)
    const doc = () => JSON.parse(readFileSync(options.cacheFile, 'utf8'))
    cached()
    writeFileSync(path.join(dir, 'corpus', 'r0.yml'), sigmaRule(0).replace('medium', 'high'))
    writeFileSync(path.join(dir, 'corpus', 'r1.yml'), sigmaRule(1).replace('medium', 'high'))
    expect(cached().cache).toEqual({ status: 'partial', reused: FILES - 2, parsed: 2 })
    expect(doc().overlay.map((e: { path: string }) => e.path)).toEqual(['corpus/r0.yml', 'corpus/r1.yml'])
    writeFileSync(path.join(dir, 'corpus', 'r2.yml'), sigmaRule(2).replace('medium', 'high'))
    const third = cached()
    expect(third.cache).toEqual({ status: 'partial', reused: FILES - 1, parsed: 1 })
    // Three files past the base: the whole catalog is the new base, the overlay empty.
    expect(doc().overlay).toEqual([])
    expect(doc().files.every((f: [string, string, number]) => f[2] === 1)).toBe(true)
    const hit = cached()
    expect(hit.cache).toEqual({ status: 'hit', reused: FILES, parsed: 0 })
    sameCatalog(hit.catalog, fresh())
    sameCatalog(third.catalog, fresh())
  })

  it('drops deleted files and caches added ones', () => {
    build()
    rmSync(path.join(dir, 'corpus', 'r0.yml'))
    writeFileSync(path.join(dir, 'corpus', 'r9.yml'), sigmaRule(9))
    const next = build()
    expect(next.cache).toEqual({ status: 'partial', reused: FILES - 1, parsed: 1 })
    sameCatalog(next.catalog, fresh())
    const paths = cachedPaths()
    expect(paths).not.toContain('corpus/r0.yml')
    expect(paths).toContain('corpus/r9.yml')
  })

  it('misses when the ignore settings change', () => {
    build()
    const other = settingsWith(['nothing/**'])
    const next = build(other)
    expect(next.cache).toEqual({ status: 'miss', reused: 0, parsed: FILES })
    sameCatalog(next.catalog, fresh(other))
    expect(build(other).cache.status).toBe('hit')
  })

  it("misses when detlint's version changes", () => {
    const root = dir
    const { files, reader } = plainReader(root)
    const file = path.join(root, 'c.json')
    const v1 = buildCatalogCached(files, reader, { cacheFile: file, ignore: [], version: '1.0.0' })
    expect(v1.cache.status).toBe('miss')
    expect(
      buildCatalogCached(files, reader, { cacheFile: file, ignore: [], version: '1.0.0' }).cache.status
    ).toBe('hit')
    const v2 = buildCatalogCached(files, reader, { cacheFile: file, ignore: [], version: '1.0.1' })
    expect(v2.cache).toEqual({ status: 'miss', reused: 0, parsed: FILES })
    sameCatalog(v2.catalog, v1.catalog)
  })

  /** A cache file in the layout of versions 5 and 6, with the given sections' text. */
  const cacheText = (
    key: string,
    files: string,
    overlay: string,
    base: string,
    version = CACHE_VERSION
  ): string => {
    const parts = [',"files":', files, '\n,"overlay":', overlay, '\n,"base":\n', base, '}\n']
    const spans: Record<string, [number, number]> = {}
    let at = 0
    parts.forEach((p, i) => {
      const start = at
      at += Buffer.byteLength(p)
      if (i === 1) spans.files = [start, at]
      if (i === 3) spans.overlay = [start, at]
      if (i === 5) spans.base = [start, at]
    })
    const header = JSON.stringify({
      format: 'detlint-catalog-cache',
      version,
      key,
      body: at,
      sections: spans
    })
    return `${header.slice(0, -1)}\n${parts.join('')}`
  }
  const emptyBase = () => serializeCatalog(buildCatalog([]))
  const rule = (extra: Record<string, unknown>) =>
    JSON.stringify({
      path: 'corpus/r0.yml',
      sha256: 'f'.repeat(64),
      keys: [],
      rules: [
        {
          vendor: 'sigma',
          id: null,
          title: 't',
          path: 'p',
          line: 1,
          level: null,
          techniques: [],
          eventKind: '',
          events: [],
          indicators: [],
          exclusions: [],
          standalone: [],
          ...extra
        }
      ]
    })
  const oneFile = `[["corpus/r0.yml","${'f'.repeat(64)}",0,"",""]]`

  it.each([
    ['not JSON', '{"format":', /is not usable \(JSON: /],
    [
      'another format',
      '{"format":"detlint-catalog","version":1}',
      /is not usable \(format: not "detlint-catalog-cache"\)/
    ],
    [
      'cut short',
      (key: string) => cacheText(key, oneFile, `[${rule({})}]`, emptyBase()).slice(0, -5),
      /is not usable \(body: the file is cut short or was changed after it was written\)/
    ],
    [
      'a row of version 5',
      (key: string) => cacheText(key, `[["corpus/r0.yml","${'f'.repeat(64)}",0]]`, '[]', emptyBase()),
      /is not usable \(files\[0\]: expected \[path, sha256, 0 or 1, stat, own\]\)/
    ],
    [
      'a bad stat',
      (key: string) =>
        cacheText(key, `[["corpus/r0.yml","${'f'.repeat(64)}",0,"12:soon",""]]`, '[]', emptyBase()),
      /is not usable \(files\[0\]\[3\]: expected "<size>:<mtimeMs>" or ""\)/
    ],
    [
      'a bad own hash',
      (key: string) =>
        cacheText(key, `[["corpus/r0.yml","${'f'.repeat(64)}",0,"","abc"]]`, '[]', emptyBase()),
      /is not usable \(files\[0\]\[4\]: expected a sha256 in hex or ""\)/
    ],
    [
      'a bad entry',
      (key: string) => cacheText(key, oneFile, `[${rule({ line: 'one' })}]`, emptyBase()),
      /is not usable \(overlay\[0\]\.rules\[0\]\.line: expected a number\)/
    ],
    [
      'a key index out of range',
      (key: string) => cacheText(key, oneFile, `[${rule({ indicators: [0] })}]`, emptyBase()),
      /is not usable \(overlay\[0\]\.rules\[0\]\.indicators\[0\]: expected a key index below 0\)/
    ],
    [
      'a broken stored catalog',
      (key: string) => cacheText(key, oneFile, '[]', '{"format":"detlint-catalog","version":3}\n'),
      /is not usable \(base of .*: catalog version 3 is not supported/
    ]
  ])('rebuilds a corrupt cache (%s) with a notice, never failing', (_name, content, notice) => {
    const key = JSON.parse(readFileSync(path.join(dir, (build(), cacheFile)), 'utf8')).key as string
    writeFileSync(path.join(dir, cacheFile), typeof content === 'string' ? content : content(key))
    const next = build()
    expect(next.cache).toMatchObject({ status: 'miss', reused: 0, parsed: FILES })
    expect(next.cache.notice).toMatch(notice)
    expect(next.cache.notice).toMatch(/; rebuilding it\.$/)
    sameCatalog(next.catalog, fresh())
    expect(build().cache).toEqual({ status: 'hit', reused: FILES, parsed: 0 })
  })

  it('goes on without a cache it can neither read nor write, with a notice', () => {
    mkdirSync(path.join(dir, 'a-folder'))
    const next = build(settingsWith(), 'a-folder')
    expect(next.cache.status).toBe('miss')
    expect(next.cache.notice).toMatch(
      /^cannot read the catalog cache .*a-folder \(.*EISDIR.*\); building the catalog without it\./
    )
    expect(next.cache.notice).toMatch(
      /could not write the catalog cache .*a-folder \(.*\); the next run builds the catalog again\.$/
    )
    sameCatalog(next.catalog, fresh())
  })

  it('writes the same cache bytes for the same corpus', () => {
    build()
    const a = readFileSync(path.join(dir, cacheFile), 'utf8')
    rmSync(path.join(dir, cacheFile))
    build()
    expect(readFileSync(path.join(dir, cacheFile), 'utf8')).toBe(a)
  })

  describe('stat fast path', () => {
    /** Whole seconds after the corpus files' time: none is racy. */
    const later = (PAST + 3600) * 1000
    const setup = () => {
      const { files, reader, read } = statReader(dir)
      // Not a CI run, whatever the environment: rows that gain a fingerprint are written.
      const options = { cacheFile: path.join(dir, 'c.json'), ignore: [], now: later, ci: false }
      return {
        read,
        cached: (now = later) => buildCatalogCached(files, reader, { ...options, now }),
        options
      }
    }
    const corpus = (name: string) => path.join(dir, 'corpus', name)

    it('does not read files whose size and modification time are unchanged', () => {
      const { read, cached, options } = setup()
      const cold = cached()
      expect(cold.cache).toEqual({ status: 'miss', reused: 0, parsed: FILES })
      expect(read).toHaveLength(FILES)
      // Every row has its fingerprint; own hashes only for files that depend on others.
      for (const [p, , , stat, own] of cacheRows(options.cacheFile)) {
        const st = statSync(path.join(dir, p))
        expect([p, stat, own]).toEqual([p, `${st.size}:${st.mtimeMs}`, ''])
      }
      const written = readFileSync(options.cacheFile)
      read.length = 0
      const warm = cached()
      expect(warm.cache).toEqual({ status: 'hit', reused: FILES, parsed: 0 })
      expect(read).toEqual([])
      expect(serializeCatalog(warm.catalog)).toBe(serializeCatalog(cold.catalog))
      sameCatalog(warm.catalog, fresh())
      // Nothing changed: the cache is not written again.
      expect(readFileSync(options.cacheFile).equals(written)).toBe(true)
    })

    it('reads a file rewritten with the same size and another modification time', () => {
      const { read, cached } = setup()
      cached()
      const before = statSync(corpus('r2.yml')).size
      writeFileSync(corpus('r2.yml'), sigmaRule(2).replace("'arg0'", "'argz'"))
      setTime(corpus('r2.yml'), PAST + 60)
      expect(statSync(corpus('r2.yml')).size).toBe(before)
      read.length = 0
      const next = cached()
      expect(next.cache).toEqual({ status: 'partial', reused: FILES - 1, parsed: 1 })
      expect(read).toEqual(['corpus/r2.yml'])
      expect(next.catalog.keys.has('process.command_line|wildcard|*argz*')).toBe(true)
      sameCatalog(next.catalog, fresh())
      read.length = 0
      expect(cached().cache).toEqual({ status: 'hit', reused: FILES, parsed: 0 })
      expect(read).toEqual([])
    })

    it('does not see a rewrite that keeps the size and modification time, until the cache is deleted', () => {
      const { read, cached, options } = setup()
      cached()
      writeFileSync(corpus('r2.yml'), sigmaRule(2).replace("'arg0'", "'argz'"))
      setTime(corpus('r2.yml'), PAST)
      const unseen = cached()
      expect(unseen.cache).toEqual({ status: 'hit', reused: FILES, parsed: 0 })
      expect(unseen.catalog.keys.has('process.command_line|wildcard|*argz*')).toBe(false)
      rmSync(options.cacheFile)
      read.length = 0
      const full = cached()
      expect(read).toHaveLength(FILES)
      expect(full.catalog.keys.has('process.command_line|wildcard|*argz*')).toBe(true)
      sameCatalog(full.catalog, fresh())
    })

    it('records no fingerprint of a file modified within 2 s before the run, and hashes it next run', () => {
      const { read, cached, options } = setup()
      expect(RACY_MS).toBe(2000)
      const now = (PAST + 100) * 1000
      setTime(corpus('r0.yml'), PAST + 98)
      setTime(corpus('r1.yml'), PAST + 96)
      const stat = (name: string, seconds: number) => `${statSync(corpus(name)).size}:${seconds * 1000}`
      const stats = () => new Map(cacheRows(options.cacheFile).map(r => [r[0], r[3]]))
      // A run 1.999 s after r0 was modified: r0 is racy, r1 (3.999 s) and the rest are not.
      cached(now - 1)
      expect(stats().get('corpus/r0.yml')).toBe('')
      expect(stats().get('corpus/r1.yml')).toBe(stat('r1.yml', PAST + 96))
      expect(stats().get('corpus/r2.yml')).toBe(stat('r2.yml', PAST))
      // A run at the same time: r0 is read and hashed again (not parsed), and the cache is
      // not written again.
      const written = readFileSync(options.cacheFile)
      read.length = 0
      expect(cached(now - 1).cache).toEqual({ status: 'hit', reused: FILES, parsed: 0 })
      expect(read).toEqual(['corpus/r0.yml'])
      expect(readFileSync(options.cacheFile).equals(written)).toBe(true)
      // 2 s after: r0 is read once more and its fingerprint recorded; the cache written once.
      read.length = 0
      const settled = cached(now)
      expect(settled.cache).toEqual({ status: 'hit', reused: FILES, parsed: 0 })
      expect(read).toEqual(['corpus/r0.yml'])
      expect(stats().get('corpus/r0.yml')).toBe(stat('r0.yml', PAST + 98))
      sameCatalog(settled.catalog, fresh())
      const rewritten = readFileSync(options.cacheFile)
      expect(rewritten.equals(written)).toBe(false)
      read.length = 0
      expect(cached(now).cache.status).toBe('hit')
      expect(read).toEqual([])
      expect(readFileSync(options.cacheFile).equals(rewritten)).toBe(true)
    })

    it('after a fresh checkout (every time new) reads the rest unasked, and on CI writes no new times', () => {
      const { files, reader: plain } = plainReader(dir)
      const calls = { stat: 0, read: 0 }
      const reader: CorpusReader = {
        ...plain,
        stat: f => (calls.stat++, statFingerprint(f)),
        readWithStat: f => {
          calls.read++
          const bytes = plain.bytes(f)
          return { bytes, stat: bytes === null ? null : statFingerprint(f) }
        }
      }
      const options = {
        cacheFile: path.join(dir, 'c.json'),
        ignore: [],
        now: later,
        statMissesBeforeReading: 2
      }
      const run = (ci: boolean) => buildCatalogCached(files, reader, { ...options, ci })
      run(false)
      // Warm: every file known by its time, none read.
      calls.stat = calls.read = 0
      expect(run(false).cache).toEqual({ status: 'hit', reused: FILES, parsed: 0 })
      expect(calls.stat).toBeGreaterThan(2)
      expect(calls.read).toBe(0)
      // A fresh checkout: every file has a new time. Two stat checks miss, then the rest is
      // read without asking; nothing is parsed, and on CI the cache is not written again.
      setTimes(path.join(dir, 'corpus'), PAST + 60)
      const written = readFileSync(options.cacheFile)
      calls.stat = calls.read = 0
      const ci = run(true)
      expect(ci.cache).toEqual({ status: 'hit', reused: FILES, parsed: 0 })
      expect(calls.stat).toBe(2)
      expect(calls.read).toBe(FILES) // each file once: the two asked first, then the rest
      sameCatalog(ci.catalog, fresh())
      expect(readFileSync(options.cacheFile).equals(written)).toBe(true)
      // Not on CI: the new times are written, and the next run reads nothing.
      run(false)
      expect(readFileSync(options.cacheFile).equals(written)).toBe(false)
      calls.stat = calls.read = 0
      expect(run(false).cache.status).toBe('hit')
      expect(calls.read).toBe(0)
    })

    it('tells a CI run from the CI variable', () => {
      expect(onCi({ CI: 'true' })).toBe(true)
      expect(onCi({ CI: '1' })).toBe(true)
      for (const CI of [undefined, '', 'false', '0']) expect(onCi({ CI })).toBe(false)
    })

    it('records fingerprints through the engine, and counts skipped files in the progress', () => {
      build()
      for (const [p, , , stat] of cacheRows(path.join(dir, cacheFile)))
        expect([p, stat]).toEqual([p, statFingerprint(path.join(dir, p))])
      const seen: Array<[number, number]> = []
      const warm = buildCorpusCatalog(['corpus'], dir, settingsWith(), cacheFile, (n, total) =>
        seen.push([n, total])
      )
      expect(warm.cache).toEqual({ status: 'hit', reused: FILES, parsed: 0 })
      expect(seen).toEqual(Array.from({ length: FILES }, (_, i) => [i + 1, FILES]))
      sameCatalog(warm.catalog, fresh())
    })

    it('takes a cache of version 5 as a miss, not an error', () => {
      const { read, cached, options } = setup()
      const v5 = cacheText('0'.repeat(64), `[["corpus/r0.yml","${'f'.repeat(64)}",0]]`, '[]', emptyBase(), 5)
      writeFileSync(options.cacheFile, v5)
      const next = cached()
      expect(next.cache).toEqual({ status: 'miss', reused: 0, parsed: FILES })
      expect(read).toHaveLength(FILES)
      sameCatalog(next.catalog, fresh())
      expect(JSON.parse(readFileSync(options.cacheFile, 'utf8')).version).toBe(6)
    })
  })

  it('reports the outcome in runCheck, with the same findings as without a cache', () => {
    mkdirSync(path.join(dir, 'rules'))
    writeFileSync(path.join(dir, 'rules', 'mine.yml'), sigmaRule(3))
    const request = { targets: ['rules'], corpus: ['rules', 'corpus'], settings: settingsWith(), root: dir }
    const off = runCheck(request)
    expect(off.cache).toEqual({ status: 'off', reused: 0, parsed: FILES + 1 })
    const cold = runCheck({ ...request, cacheFile })
    expect(cold.cache).toEqual({ status: 'miss', reused: 0, parsed: FILES + 1 })
    const warm = runCheck({ ...request, cacheFile })
    expect(warm.cache).toEqual({ status: 'hit', reused: FILES + 1, parsed: 0 })
    for (const o of [cold, warm]) {
      expect(o.report).toEqual(off.report)
      sameCatalog(o.catalog, off.catalog)
    }
  })

  it('shows every catalog rule to onRule (the website draws their logic), cached or not', () => {
    mkdirSync(path.join(dir, 'rules'))
    writeFileSync(path.join(dir, 'rules', 'mine.yml'), sigmaRule(3))
    const request = { targets: ['rules'], corpus: ['rules', 'corpus'], settings: settingsWith(), root: dir }
    writeFileSync(path.join(dir, 'corpus', 'broken.yml'), 'title: [unclosed\n')
    const reports: unknown[] = []
    const seen = (cache?: string): string[] => {
      const paths: string[] = []
      const outcome = runCheck({
        ...request,
        ...(cache === undefined ? {} : { cacheFile: cache }),
        onRule: r => paths.push(`${r.path}:${r.line}`)
      })
      const catalogRules = outcome.catalog.rules.map(r => `${r.path}:${r.line}`)
      // Every rule of the catalog is shown (the file checked may be shown twice: as a
      // target and as a rule of the repository).
      expect([...new Set(paths)].sort()).toEqual([...new Set(catalogRules)].sort())
      reports.push(outcome.report)
      return [...new Set(paths)].sort()
    }
    const off = seen()
    expect(off.length).toBeGreaterThan(FILES)
    expect(seen(cacheFile)).toEqual(off) // cold: the cache is written
    expect(seen(cacheFile)).toEqual(off) // warm: every file reused, still shown
    // The same findings each way: no file's diagnostics counted twice.
    expect(reports[1]).toEqual(reports[0])
    expect(reports[2]).toEqual(reports[0])
  })
})

describe('catalog cache and Splunk definitions', () => {
  let dir: string
  const cacheFile = '.cache/detlint-catalog.json'
  const macro = (name: string, definition: string): string =>
    `name: ${name}\ndefinition: '${definition}'\ndescription: test\n`
  const splunkDetection = (name: string, search: string): string =>
    [
      `name: ${name}`,
      `id: ${name}`,
      'status: production',
      'type: TTP',
      `search: '${search}'`,
      'data_source: []',
      'tags:',
      '  mitre_attack_id: [T1059]',
      ''
    ].join('\n')
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'detlint-cache-splunk-'))
    mkdirSync(path.join(dir, 'content', 'detections'), { recursive: true })
    mkdirSync(path.join(dir, 'content', 'macros'))
    mkdirSync(path.join(dir, 'local'))
    writeFileSync(
      path.join(dir, 'content', 'detections', 'a.yml'),
      splunkDetection('A', '`sysmon` `suspicious_tool` | `a_filter`')
    )
    writeFileSync(
      path.join(dir, 'content', 'detections', 'b.yml'),
      splunkDetection('B', '`sysmon` EventID=1 | `b_filter`')
    )
    writeFileSync(path.join(dir, 'content', 'detections', 'r0.yml'), sigmaRule(0))
    writeFileSync(path.join(dir, 'content', 'macros', 'sysmon.yml'), macro('sysmon', 'sourcetype=sysmon'))
    writeFileSync(
      path.join(dir, 'content', 'macros', 'suspicious_tool.yml'),
      macro('suspicious_tool', 'process_name=one.exe')
    )
    // Long unchanged: the detections' stat fingerprints are recorded.
    setTimes(path.join(dir, 'content', 'detections'), PAST)
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const build = (settings = settingsWith(), cache: string | undefined = cacheFile) =>
    buildCorpusCatalog(['content/detections'], dir, settings, cache)
  /** The Splunk detections' process-name keys (the Sigma rule beside them has its own). */
  const values = (c: Catalog): string[] => [
    ...new Set(
      c.rules
        .filter(r => r.vendor === 'splunk')
        .flatMap(r => r.indicators.filter(k => k.startsWith('process.name|')))
    )
  ]

  /** The cache's rows by path: [key, stat, own]. */
  const rows = () =>
    new Map(cacheRows(path.join(dir, cacheFile)).map(([p, k, , st, own]) => [p, [k, st, own]]))

  /**
   * Writes the `suspicious_tool` macro as `process_name=<value>`; the next build re-reads the
   * two Splunk detections (not the Sigma rule) and gives the catalog built without a cache.
   */
  const rereadWithMacro = (value: string): void => {
    writeFileSync(
      path.join(dir, 'content', 'macros', 'suspicious_tool.yml'),
      macro('suspicious_tool', `process_name=${value}`)
    )
    const next = build()
    expect(next.cache).toEqual({ status: 'partial', reused: 1, parsed: 2 })
    expect(values(next.catalog)).toEqual([`process.name|eq|${value}`])
    expect(serializeCatalog(next.catalog)).toBe(serializeCatalog(build(settingsWith(), undefined).catalog))
  }

  it('re-reads the detections beside a macro folder whose contents changed, and only those', () => {
    expect(build().cache).toEqual({ status: 'miss', reused: 0, parsed: 3 })
    // The detections' keys combine their own hash with the definitions'; the Sigma rule's is
    // its own hash. Every file has its fingerprint.
    const first = rows()
    for (const name of ['a.yml', 'b.yml']) {
      const [k, st, own] = first.get(`content/detections/${name}`) as string[]
      expect(st).toBe(statFingerprint(path.join(dir, 'content', 'detections', name)))
      expect(own).toMatch(/^[0-9a-f]{64}$/)
      expect(own).not.toBe(k)
    }
    expect(first.get('content/detections/r0.yml')?.[2]).toBe('')
    expect(build().cache).toEqual({ status: 'hit', reused: 3, parsed: 0 })
    // Both Splunk detections see the folder; the Sigma rule does not depend on it.
    rereadWithMacro('two.exe')
    // Re-read though their own fingerprints did not change: new keys, the same own hashes.
    const after = rows()
    for (const name of ['a.yml', 'b.yml']) {
      const [k, st, own] = after.get(`content/detections/${name}`) as string[]
      const [k0, st0, own0] = first.get(`content/detections/${name}`) as string[]
      expect([k === k0, st, own]).toEqual([false, st0, own0])
    }
    expect(build().cache).toEqual({ status: 'hit', reused: 3, parsed: 0 })
  })

  it('re-reads a detection that had no definitions when a macro folder appears beside it', () => {
    rmSync(path.join(dir, 'content', 'macros'), { recursive: true })
    expect(values(build().catalog)).toEqual([])
    // Its own hash is kept (the key itself) though nothing it depends on exists yet.
    const [k, st, own] = rows().get('content/detections/a.yml') as string[]
    expect([own, st]).toEqual([k, statFingerprint(path.join(dir, 'content', 'detections', 'a.yml'))])
    expect(build().cache).toEqual({ status: 'hit', reused: 3, parsed: 0 })
    mkdirSync(path.join(dir, 'content', 'macros'))
    rereadWithMacro('one.exe')
  })

  it('re-reads when a macro file is added', () => {
    rmSync(path.join(dir, 'content', 'macros', 'suspicious_tool.yml'))
    expect(values(build().catalog)).toEqual([])
    writeFileSync(
      path.join(dir, 'content', 'macros', 'suspicious_tool.yml'),
      macro('suspicious_tool', 'process_name=one.exe')
    )
    const next = build()
    expect(next.cache.status).toBe('partial')
    expect(values(next.catalog)).toEqual(['process.name|eq|one.exe'])
  })

  it('follows configured macro folders, in runCheck too', () => {
    writeFileSync(
      path.join(dir, 'local', 'suspicious_tool.yml'),
      macro('suspicious_tool', 'process_name=local.exe')
    )
    const settings = settingsWith()
    settings.splunk.macros = ['local']
    expect(values(build(settings).catalog)).toEqual(['process.name|eq|local.exe'])
    writeFileSync(
      path.join(dir, 'local', 'suspicious_tool.yml'),
      macro('suspicious_tool', 'process_name=changed.exe')
    )
    const request = {
      targets: ['content/detections'],
      corpus: ['content/detections'],
      settings,
      root: dir,
      cacheFile
    }
    const outcome = runCheck(request)
    expect(outcome.cache).toEqual({ status: 'partial', reused: 1, parsed: 2 })
    expect(values(outcome.catalog)).toEqual(['process.name|eq|changed.exe'])
    // Without the setting the folder beside the detections is used again: another key.
    expect(values(build().catalog)).toEqual(['process.name|eq|one.exe'])
  })
})
