/**
 * `npm run bench`, Splunk part: security_content's `detections/` read twice in one process
 * run, YAML parse only and the full read (YAML, macros expanded from the `macros/` folder
 * beside it, SPL → IR) + catalog build, with their ratio (target: at most 2). Runs are
 * interleaved and the median kept, since these machines are noisy.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { loadAll, CORE_SCHEMA } from 'js-yaml'
import { readRuleFile } from '../src/formats/index.js'
import { refreshSplunkDefinitions } from '../src/formats/splunk/index.js'
import { buildCatalog } from '../src/catalog/index.js'
import type { Rule } from '../src/ir.js'
import { median, time, walk } from './util.js'

/**
 * `corpusDir`: a security_content checkout (with `detections/`, `macros/`, `data_sources/`),
 * or its `detections/` folder itself.
 */
export function run(corpusDir: string, rounds: number): void {
  const inside = path.join(corpusDir, 'detections')
  const detections = existsSync(inside) ? inside : corpusDir
  const files = walk(detections, /\.ya?ml$/).sort()
  const texts = files.map(f => [f, path.relative(detections, f), readFileSync(f, 'utf8')] as const)
  const bytes = texts.reduce((n, [, , t]) => n + t.length, 0)
  console.log(
    `corpus: ${detections}: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB (read before timing)`
  )

  const yamlLoad = (): void => {
    for (const [, , t] of texts)
      try {
        loadAll(t, null, { schema: CORE_SCHEMA })
      } catch {
        /* counted as parsed: the baseline pays for the attempt */
      }
  }
  let rules: Rule[] = []
  const full = (): void => {
    rules = []
    for (const [file, shown, t] of texts) rules.push(...readRuleFile(shown, t, { file }).rules)
    buildCatalog(rules)
  }

  // Warm-up (the macro and data source folders are read once per run, as the engine does).
  refreshSplunkDefinitions()
  yamlLoad()
  full()
  const tLoad: number[] = []
  const tFull: number[] = []
  const tFresh: number[] = []
  for (let i = 0; i < rounds; i++) {
    tLoad.push(time(yamlLoad))
    tFull.push(time(full))
    tFresh.push(
      time(() => {
        refreshSplunkDefinitions()
        full()
      })
    )
  }
  const load = median(tLoad)
  const fullMs = median(tFull)
  const fresh = median(tFresh)
  const predicates = rules.reduce(
    (n, r) => n + JSON.stringify(r.queries).split('"kind":"pred"').length - 1,
    0
  )
  const row = (name: string, ms: number): string => `  ${name.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms`
  console.log(`medians of ${rounds} interleaved rounds:`)
  console.log(row('YAML parse only (js-yaml loadAll, CORE_SCHEMA)', load))
  console.log(row('full: read rules (YAML + macros + SPL → IR) + catalog', fullMs))
  console.log(row('full, macro/data source folders re-checked first', fresh))
  console.log(`rules: ${rules.length}; predicates: ${predicates}`)
  const ratio = fullMs / load
  console.log(
    `ratio full / YAML parse only: ${ratio.toFixed(2)} (target <= 2) ${ratio <= 2 ? 'OK' : 'OVER TARGET'}`
  )
  console.log(`ratio full with folders re-checked / YAML parse only: ${(fresh / load).toFixed(2)}`)
}
