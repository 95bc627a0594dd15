/**
 * `npm run bench`, the cross-vendor part: one catalog of all the corpora (Sigma, Elastic with
 * its endpoint behavior rules, Splunk) built in one process run, against the parse-only time of the same files (js-yaml
 * for the YAML files, smol-toml for the TOML ones), with their ratio (target: at most 1.5);
 * then the catalog's size, its load time (the header and the rule directory: the sections are
 * read on demand) and its load time with the ATT&CK
 * table (techniques normalised), and how many keys hold rules of two or three vendors.
 * Parse-only and full build alternate within each round and medians are kept, since these
 * machines are noisy.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { loadAll, CORE_SCHEMA } from 'js-yaml'
import { parse as parseToml } from 'smol-toml'
import { readRuleFile } from '../src/formats/index.js'
import { refreshSplunkDefinitions } from '../src/formats/splunk/index.js'
import { CatalogBuilder, parseCatalog, serializeCatalog, type Catalog } from '../src/catalog/index.js'
import { loadAttackFile } from '../src/attack/index.js'
import { median, time, walk } from './util.js'

interface Source {
  file: string
  shown: string
  text: string
  toml: boolean
}

function sources(corpus: string): Source[] {
  const out: Source[] = []
  const add = (dir: string, pattern: RegExp, toml: boolean): void => {
    if (!existsSync(dir)) return
    for (const f of walk(dir, pattern).sort())
      out.push({ file: f, shown: path.relative(corpus, f), text: readFileSync(f, 'utf8'), toml })
  }
  add(path.join(corpus, 'sigma'), /\.ya?ml$/, false)
  add(path.join(corpus, 'elastic', 'rules'), /\.toml$/, true)
  add(path.join(corpus, 'elastic-endpoint', 'behavior', 'rules'), /\.toml$/, true)
  add(path.join(corpus, 'splunk', 'detections'), /\.ya?ml$/, false)
  return out
}

/** Keys whose indicator rules come from 1, 2 or 3 vendors. */
function vendorSpread(catalog: Catalog): [number, number, number] {
  const spread: [number, number, number] = [0, 0, 0]
  for (const list of catalog.indicatorRules.values()) {
    const vendors = new Set(list.map(i => catalog.rules[i].vendor))
    spread[vendors.size - 1]++
  }
  return spread
}

export function run(corpus: string, rounds: number): void {
  const files = sources(corpus)
  const bytes = files.reduce((n, f) => n + f.text.length, 0)
  console.log(
    `corpus: ${corpus}: ${files.length} rule files of three vendors, ${(bytes / 1e6).toFixed(1)} MB (read before timing)`
  )
  const parseOnly = (): void => {
    for (const f of files)
      try {
        if (f.toml) parseToml(f.text)
        else loadAll(f.text, null, { schema: CORE_SCHEMA })
      } catch {
        /* counted as parsed: the baseline pays for the attempt */
      }
  }
  let catalog: Catalog | null = null
  // As the engine builds a corpus catalog: each file read, reduced to its catalog entries and
  // dropped, so the rules' trees do not all stay in memory.
  const full = (): void => {
    refreshSplunkDefinitions() // the macro and data-source folders are read once per run
    const builder = new CatalogBuilder()
    for (const f of files)
      for (const r of readRuleFile(f.shown, f.text, { file: f.file }).rules) builder.add(r)
    catalog = builder.finish()
  }

  parseOnly()
  full()
  const tParse: number[] = []
  const tFull: number[] = []
  for (let i = 0; i < rounds; i++) {
    tParse.push(time(parseOnly))
    tFull.push(time(full))
  }
  const built = catalog as unknown as Catalog
  const json = serializeCatalog(built)
  const tLoad = median([0, 1, 2, 3, 4].map(() => time(() => parseCatalog(json, 'bench'))))
  const attackFile = path.join(corpus, 'attack', 'enterprise-attack.json')
  const attack = existsSync(attackFile) ? loadAttackFile(attackFile) : undefined
  const tLoadAttack = attack
    ? median([0, 1, 2, 3, 4].map(() => time(() => parseCatalog(json, 'bench', attack))))
    : null
  ;(globalThis as { gc?: () => void }).gc?.()
  const heap = process.memoryUsage().heapUsed / 1e6

  const p = median(tParse)
  const f = median(tFull)
  const row = (name: string, ms: number): string => `  ${name.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms`
  console.log(`medians of ${rounds} interleaved rounds:`)
  console.log(row('parse only (js-yaml loadAll / smol-toml)', p))
  console.log(row('full: read rules + build the catalog', f))
  console.log(row('catalog load (header, rule directory)', tLoad))
  if (tLoadAttack !== null) console.log(row('catalog load with the ATT&CK table', tLoadAttack))
  const byVendor = new Map<string, number>()
  for (const r of built.rules) byVendor.set(r.vendor, (byVendor.get(r.vendor) ?? 0) + 1)
  const [one, two, three] = vendorSpread(built)
  console.log(
    `rules: ${built.rules.length} (${[...byVendor].map(([v, n]) => `${v} ${n}`).join(', ')}); ` +
      `catalog: ${built.keys.size} keys, ${(json.length / 1e6).toFixed(2)} MB; heap after: ${heap.toFixed(0)} MB`
  )
  console.log(`indicator keys by vendors using them: 1: ${one}, 2: ${two}, 3: ${three}`)
  const ratio = f / p
  console.log(
    `ratio full build / parse only: ${ratio.toFixed(2)} (target <= 1.5) ${ratio <= 1.5 ? 'OK' : 'OVER TARGET'}`
  )
  console.log(`ratio catalog load / full build: ${(tLoad / f).toFixed(2)}`)
}
