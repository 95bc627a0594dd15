/**
 * The Elastic corpus read in one process run: TOML parse only (smol-toml), the full read
 * (TOML + layout scan + query parsers → IR), and the full read plus a catalog build, with
 * the ratio full read / TOML parse (target: at most 2). Also the read time per query
 * language. TOML parse and read alternate batch by batch within each round, and medians are
 * kept, since these machines are noisy.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'smol-toml'
import { buildCatalog } from '../src/catalog/index.js'
import { elasticFormat } from '../src/formats/elastic/index.js'
import type { Rule } from '../src/ir.js'
import { median, time, walk } from './util.js'

export function run(corpusDir: string, rounds: number): void {
  const files = walk(corpusDir, /\.toml$/).sort()
  const texts = files.map(f => [path.relative(corpusDir, f), readFileSync(f, 'utf8')] as const)
  const bytes = texts.reduce((n, [, t]) => n + t.length, 0)
  console.log(
    `corpus: ${corpusDir}: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB (read before timing)`
  )

  const tomlOnly = (batch: ReadonlyArray<readonly [string, string]>): void => {
    for (const [, t] of batch)
      try {
        parse(t)
      } catch {
        /* counted as parsed: the baseline pays for the attempt */
      }
  }
  const read = (batch: ReadonlyArray<readonly [string, string]>, out: Rule[]): void => {
    for (const [p, t] of batch) out.push(...elasticFormat.parse(p, t).rules)
  }

  // Warm-up. Then, in each round, TOML parse and full read alternate batch by batch (100
  // files), so that a burst of load on a shared machine hits both alike.
  const batches: Array<Array<readonly [string, string]>> = []
  for (let i = 0; i < texts.length; i += 100) batches.push(texts.slice(i, i + 100))
  let rules: Rule[] = []
  tomlOnly(texts)
  read(texts, rules)
  const tToml: number[] = []
  const tRead: number[] = []
  const tFull: number[] = []
  for (let r = 0; r < rounds; r++) {
    let toml = 0
    let readMs = 0
    rules = []
    for (const batch of batches) {
      toml += time(() => tomlOnly(batch))
      readMs += time(() => read(batch, rules))
    }
    tToml.push(toml)
    tRead.push(readMs)
    tFull.push(readMs + time(() => buildCatalog(rules)))
  }
  const toml = median(tToml)
  const readMs = median(tRead)
  const fullMs = median(tFull)
  const ratios = tRead.map((x, i) => x / tToml[i])

  // Read time per language, over the files of each.
  const byLanguage = new Map<string, Array<readonly [string, string]>>()
  for (const entry of texts) {
    const props = elasticFormat.parse(entry[0], entry[1]).rules[0]?.properties
    const language = String(props?.language ?? props?.type ?? 'none')
    const list = byLanguage.get(language) ?? []
    list.push(entry)
    byLanguage.set(language, list)
  }

  const row = (name: string, ms: number): string => `  ${name.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms`
  console.log(`medians of ${rounds} interleaved rounds:`)
  console.log(row('TOML parse only (smol-toml)', toml))
  console.log(row('read rules (TOML + layout + queries → IR)', readMs))
  console.log(row('full: read rules + build catalog', fullMs))
  for (const [language, list] of [...byLanguage].sort()) {
    const ms = median(
      [0, 1, 2].map(() =>
        time(() => {
          for (const [p, t] of list) elasticFormat.parse(p, t)
        })
      )
    )
    console.log(row(`  read ${language} rules (${list.length})`, ms))
  }
  console.log(`rules: ${rules.length}`)
  const ratio = median(ratios)
  console.log(
    `ratio read / TOML parse only (median of the rounds' ratios): ${ratio.toFixed(2)} (target <= 2) ${ratio <= 2 ? 'OK' : 'OVER TARGET'}; rounds: ${ratios.map(x => x.toFixed(2)).join(' ')}`
  )
  console.log(`ratio full (with catalog) / TOML parse only: ${(fullMs / toml).toFixed(2)} (for reference)`)
}
