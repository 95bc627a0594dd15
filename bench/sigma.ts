/**
 * `npm run bench`: the Sigma corpus read twice in one process run, YAML parse only and the
 * full read + catalog build, with their ratio (target: at most 1.5). Runs are interleaved
 * and the median kept, since these machines are noisy.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { loadAll, parseEvents, CORE_SCHEMA } from 'js-yaml'
import { readRuleFile } from '../src/formats/index.js'
import { buildCatalog, parseCatalog, serializeCatalog } from '../src/catalog/index.js'
import type { Rule } from '../src/ir.js'

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) walk(p, out)
    else if (/\.ya?ml$/.test(e.name)) out.push(p)
  }
  return out
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function time(fn: () => void): number {
  const t = performance.now()
  fn()
  return performance.now() - t
}

export function run(corpusDir: string, rounds: number): void {
  const files = walk(corpusDir).sort()
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
  console.log(row('catalog load (parse + index)', tParse))
  console.log(
    `rules: ${rules.length}; catalog: ${catalog.keys.size} keys, ${(json.length / 1e6).toFixed(2)} MB; heap after: ${heap.toFixed(0)} MB`
  )
  const ratio = fullMs / load
  console.log(
    `ratio full / YAML parse only: ${ratio.toFixed(2)} (target <= 1.5) ${ratio <= 1.5 ? 'OK' : 'OVER TARGET'}`
  )
  console.log(`ratio full / YAML events only: ${(fullMs / events).toFixed(2)} (for reference)`)
  console.log(`ratio catalog load / full build: ${(tParse / fullMs).toFixed(2)}`)
}
