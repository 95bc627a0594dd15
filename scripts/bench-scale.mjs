// `BENCH=scale npm run bench`: a cold `catalog build` (whole process) at 1x, 2x, 4x and 8x the
// sigma, elastic and splunk corpora, with the parse-only process and a `check --catalog` of
// one rule beside each, to show whether time and memory stay linear in the number of rules.
// The copies (every .yml/.yaml/.toml file renamed, so no two share a path) are made once, in a
// temp folder, and removed at the end. Heavy: about 3 minutes on 2 cores.
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import v8 from 'node:v8'
import {
  CLI,
  ROOT,
  alternate,
  fmt,
  median,
  medians,
  node,
  requireCli,
  runOnce,
  table,
  tempDir
} from './bench-lib.mjs'

const VENDORS = ['sigma', 'elastic', 'splunk']
const SCALES = (process.env.BENCH_SCALES ?? '1,2,4,8').split(',').map(Number)
const RUNS = Math.max(1, Number(process.env.BENCH_SCALE_RUNS ?? 3))

/** Copies `from` into `to`, each rule-format file renamed `NAME-cK.EXT`. */
function copyRenamed(from, to, k) {
  mkdirSync(to, { recursive: true })
  let files = 0
  for (const e of readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, e.name)
    if (e.isDirectory()) files += copyRenamed(src, path.join(to, e.name), k)
    else if (e.isFile()) {
      const m = /^(.*)(\.(?:ya?ml|toml))$/.exec(e.name)
      copyFileSync(src, path.join(to, m ? `${m[1]}-c${k}${m[2]}` : e.name))
      if (m) files++
    }
  }
  return files
}

const rulesOf = run => Number(/catalog of (\d+) rules/.exec(run.stderr)?.[1] ?? NaN)

export async function runScale(corpusRoot) {
  requireCli()
  console.log(
    `\n== Scale: cold catalog build (whole process) at ${SCALES.map(s => `${s}x`).join(', ')} the ` +
      `${VENDORS.join(', ')} corpora; ${RUNS} runs of each, in turn, medians`
  )
  const tmp = tempDir('scale')
  try {
    const max = Math.max(...SCALES)
    let filesPerCopy = 0
    const t0 = Date.now()
    for (let k = 1; k <= max; k++)
      for (const v of VENDORS) {
        const n = copyRenamed(path.join(corpusRoot, v), path.join(tmp.dir, `c${k}`, v), k)
        if (k === 1) filesPerCopy += n
      }
    console.log(
      `  ${max} renamed copies of ${filesPerCopy} files made in ${((Date.now() - t0) / 1000).toFixed(1)} s`
    )
    const dirsAt = s =>
      Array.from({ length: s }, (_, i) => VENDORS.map(v => path.join(tmp.dir, `c${i + 1}`, v))).flat()
    // The fresh copies read once, not counted: every run then finds them in the file cache.
    await runOnce(node(path.join(ROOT, 'bench', 'parse-only.cjs'), ...dirsAt(max)))
    const catalogAt = s => path.join(tmp.dir, `catalog-${s}x.json`)
    // One rule checked against each catalog: what a PR check pays for the catalog's size.
    const probe = path.join(tmp.dir, 'c1', 'sigma', 'rules', 'windows', 'process_creation')
    const probeFile = readdirSync(probe).sort()[0]
    const commands = SCALES.flatMap(s => [
      { command: node(CLI, 'catalog', 'build', ...dirsAt(s), '-o', catalogAt(s)) },
      { command: node(path.join(ROOT, 'bench', 'parse-only.cjs'), ...dirsAt(s)) }
    ])
    const runs = await alternate(commands, RUNS, { warmup: false })
    // What to do past one build: a catalog per corpus release, built once, merged at check time.
    // Each copy's own catalog (built once here), then one rule checked against the one big
    // catalog and against the copies' catalogs merged (--catalog repeated).
    const copyCatalog = k => path.join(tmp.dir, `catalog-c${k}.json`)
    for (let k = 1; k <= max; k++)
      await runOnce(
        node(
          CLI,
          'catalog',
          'build',
          ...VENDORS.map(v => path.join(tmp.dir, `c${k}`, v)),
          '-o',
          copyCatalog(k)
        )
      )
    const checkWith = catalogs =>
      node(
        CLI,
        'check',
        path.join(probe, probeFile),
        ...catalogs.flatMap(c => ['--catalog', c]),
        '--fail-on',
        'none'
      )
    const checks = await alternate(
      SCALES.flatMap(s => [
        { command: checkWith([catalogAt(s)]) },
        { command: checkWith(Array.from({ length: s }, (_, k) => copyCatalog(k + 1))) }
      ]),
      RUNS,
      { warmup: false }
    )
    const rows = [
      [
        'scale',
        'files',
        'rules',
        'build s',
        'cpu s',
        'peak MB',
        'cpu ms/rule',
        'KB/rule',
        'parse-only s',
        'ratio',
        'catalog MB',
        'check s',
        'check MB',
        'merged s',
        'merged MB'
      ]
    ]
    const figures = []
    for (const [i, s] of SCALES.entries()) {
      const build = medians(runs[2 * i])
      const parse = medians(runs[2 * i + 1])
      const check = medians(checks[2 * i])
      const merged = medians(checks[2 * i + 1])
      const rules = median(runs[2 * i].map(rulesOf))
      const ratio = median(runs[2 * i].map((r, j) => r.wall / runs[2 * i + 1][j].wall))
      const catalogMB = statSync(catalogAt(s)).size / 2 ** 20
      figures.push({
        scale: s,
        files: filesPerCopy * s,
        rules,
        build,
        parse,
        ratio,
        catalogMB,
        check,
        merged
      })
      rows.push([
        `${s}x`,
        filesPerCopy * s,
        rules,
        fmt(build.wall),
        fmt(build.cpu),
        fmt(build.rssMB, 0),
        fmt((build.cpu * 1000) / rules, 3),
        fmt((build.rssMB * 1024) / rules, 1),
        fmt(parse.wall),
        fmt(ratio),
        fmt(catalogMB, 1),
        fmt(check.wall),
        fmt(check.rssMB, 0),
        fmt(merged.wall),
        fmt(merged.rssMB, 0)
      ])
    }
    console.log(table(rows))
    console.log(
      '  check: one rule against the catalog of that scale (--catalog FILE); merged: against the\n' +
        "  copies' own catalogs, one per copy, merged at check time (--catalog repeated)"
    )
    const first = figures[0]
    const last = figures[figures.length - 1]
    if (figures.length > 1) {
      const times = f => fmt(f(last) / f(first), 1)
      const slopeMB = (last.build.rssMB - first.build.rssMB) / (last.rules - first.rules)
      const slopeCpu = (last.build.cpu - first.build.cpu) / (last.rules - first.rules)
      console.log(
        `  ${last.scale}x vs ${first.scale}x: ${times(f => f.rules)}x the rules, ` +
          `${times(f => f.build.cpu)}x the CPU time (per rule ` +
          `${fmt(last.build.cpu / last.rules / (first.build.cpu / first.rules))}x), ` +
          `${times(f => f.build.wall)}x the wall time, ${times(f => f.build.rssMB)}x the peak memory`
      )
      const heapMB = v8.getHeapStatistics().heap_size_limit / 2 ** 20
      const atLimit = first.rules + (heapMB - first.build.rssMB) / slopeMB
      console.log(
        `  each 10,000 more rules: +${fmt(slopeCpu * 1e4, 1)} s CPU and +${fmt(slopeMB * 1e4, 0)} MB peak; ` +
          `at that slope the peak reaches Node's default heap limit here (${fmt(heapMB, 0)} MB) ` +
          `near ${Math.round(atLimit / 1000) * 1000} rules`
      )
    }
    return figures
  } finally {
    tmp.remove()
  }
}
