/**
 * `npm run bench`: the Sigma corpus read twice in one process run, YAML parse only and the
 * full read + catalog build, with their ratio (target: at most 1.5); then the catalog
 * cache: a cold build (no cache: read, hash, parse, build, write the cache), a warm one
 * (every file from the cache), and a partial one (3 files changed), against the build
 * without a cache. Runs are interleaved and the median kept, since these machines are noisy.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadAll, parseEvents, CORE_SCHEMA } from 'js-yaml'
import { readRuleFile } from '../src/formats/index.js'
import { buildCatalog, parseCatalog, serializeCatalog } from '../src/catalog/index.js'
import type { Rule } from '../src/ir.js'
import { defaultSettings } from '../src/config.js'
import { buildCorpusCatalog } from '../src/engine.js'
import { median, time, walk } from './util.js'

export function run(corpusDir: string, rounds: number): void {
  const files = walk(corpusDir, /\.ya?ml$/).sort()
  const texts = files.map(f => [path.relative(corpusDir, f), readFileSync(f, 'utf8')] as const)
  const bytes = texts.reduce((n, [, t]) => n + t.length, 0)
  console.log(
    `corpus: ${corpusDir}: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB (read before timing)`
  )

  const yamlLoad = (): void => {
    for (const [, t] of texts)
      try {
        loadAll(t, null, { schema: CORE_SCHEMA })
      } catch {
        /* counted as parsed: the baseline pays for the attempt */
      }
  }
  const yamlEvents = (): void => {
    for (const [, t] of texts)
      try {
        parseEvents(t, {})
      } catch {
        /* same */
      }
  }
  let rules: Rule[] = []
  const full = (): void => {
    rules = []
    for (const [p, t] of texts) rules.push(...readRuleFile(p, t).rules)
    buildCatalog(rules)
  }
  const readOnly = (): void => {
    for (const [p, t] of texts) readRuleFile(p, t)
  }

  // Warm-up, then interleaved rounds.
  yamlLoad()
  yamlEvents()
  full()
  const tLoad: number[] = []
  const tEvents: number[] = []
  const tFull: number[] = []
  const tRead: number[] = []
  for (let i = 0; i < rounds; i++) {
    tLoad.push(time(yamlLoad))
    tEvents.push(time(yamlEvents))
    tRead.push(time(readOnly))
    tFull.push(time(full))
  }
  const load = median(tLoad)
  const events = median(tEvents)
  const read = median(tRead)
  const fullMs = median(tFull)
  const catalog = buildCatalog(rules)
  const json = serializeCatalog(catalog)
  const tParse = median([0, 1, 2].map(() => time(() => parseCatalog(json, 'bench'))))
  const tSerialize = median([0, 1, 2].map(() => time(() => serializeCatalog(catalog))))
  ;(globalThis as { gc?: () => void }).gc?.()
  const heap = process.memoryUsage().heapUsed / 1e6

  const row = (name: string, ms: number): string => `  ${name.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms`
  console.log(`medians of ${rounds} interleaved rounds:`)
  console.log(row('YAML parse only (js-yaml loadAll, CORE_SCHEMA)', load))
  console.log(row('YAML events only (js-yaml parseEvents)', events))
  console.log(row('read rules (YAML + Sigma → IR)', read))
  console.log(row('full: read rules + build catalog', fullMs))
  console.log(row('catalog serialise', tSerialize))
  console.log(row('catalog load (header, rule directory)', tParse))
  console.log(
    `rules: ${rules.length}; catalog: ${catalog.keys.size} keys, ${(json.length / 1e6).toFixed(2)} MB; heap after: ${heap.toFixed(0)} MB`
  )
  const ratio = fullMs / load
  console.log(
    `ratio full / YAML parse only: ${ratio.toFixed(2)} (target <= 1.5) ${ratio <= 1.5 ? 'OK' : 'OVER TARGET'}`
  )
  console.log(`ratio full / YAML events only: ${(fullMs / events).toFixed(2)} (for reference)`)
  console.log(`ratio catalog load / full build: ${(tParse / fullMs).toFixed(2)}`)
  benchCache(corpusDir, rounds)
}

/**
 * The catalog cache, on a copy of the corpus in a temporary folder (so files can change):
 * every build reads the files from disk, as `detlint check --cache` does.
 */
function benchCache(corpusDir: string, rounds: number): void {
  const root = mkdtempSync(path.join(tmpdir(), 'detlint-bench-cache-'))
  try {
    cpSync(corpusDir, path.join(root, 'corpus'), { recursive: true })
    const settings = defaultSettings()
    const cacheFile = path.join(root, 'catalog-cache.json')
    const build = (cache?: string) => buildCorpusCatalog(['corpus'], root, settings, cache)
    const off = (): void => void build()
    const cold = (): void => {
      rmSync(cacheFile, { force: true })
      build(cacheFile)
    }
    const warm = (): void => void build(cacheFile)

    // Warm-up; check that a cached catalog is the fresh one, byte for byte.
    const fresh = serializeCatalog(build().catalog)
    cold()
    const hit = build(cacheFile)
    const identical = serializeCatalog(hit.catalog) === fresh
    const cacheBytes = statSync(cacheFile).size

    const tOff: number[] = []
    const tCold: number[] = []
    const tWarm: number[] = []
    for (let i = 0; i < rounds; i++) {
      tOff.push(time(off))
      tCold.push(time(cold))
      tWarm.push(time(warm))
    }

    // Partial: 3 files changed since the cache was written.
    const saved = readFileSync(cacheFile)
    const files = walk(path.join(root, 'corpus'), /\.ya?ml$/).sort()
    for (const f of [files[0], files[Math.floor(files.length / 2)], files[files.length - 1]])
      appendFileSync(f, '\n# changed\n')
    const tPartial: number[] = []
    let partialStatus = ''
    for (let i = 0; i < rounds; i++) {
      writeFileSync(cacheFile, saved)
      tPartial.push(
        time(() => {
          const r = build(cacheFile)
          partialStatus = `${r.cache.status}: ${r.cache.reused} reused, ${r.cache.parsed} parsed`
        })
      )
    }

    const m = { off: median(tOff), cold: median(tCold), warm: median(tWarm), partial: median(tPartial) }
    const row = (name: string, ms: number): string => `  ${name.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms`
    console.log(
      `catalog cache, ${files.length} files read from disk each build (medians of ${rounds} rounds):`
    )
    console.log(row('no cache: read + parse + build', m.off))
    console.log(row('cold: read + hash + parse + build + write', m.cold))
    console.log(row('warm: read + hash + load cache entries', m.warm))
    console.log(row(`partial (${partialStatus})`, m.partial))
    console.log(
      `cache: ${(cacheBytes / 1e6).toFixed(2)} MB; warm catalog byte-identical to a fresh build: ${identical ? 'yes' : 'NO'}`
    )
    console.log(
      `ratio warm / cold: ${(m.warm / m.cold).toFixed(2)} (speed-up ${(m.cold / m.warm).toFixed(1)}x)`
    )
    console.log(
      `ratio warm / no cache: ${(m.warm / m.off).toFixed(2)} (speed-up ${(m.off / m.warm).toFixed(1)}x)`
    )
    console.log(`ratio partial / no cache: ${(m.partial / m.off).toFixed(2)}`)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
