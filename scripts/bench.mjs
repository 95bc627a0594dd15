// `npm run bench`: the benchmarks, in parts chosen by BENCH (comma-separated):
//   process    whole processes, the user's way: a cold `catalog build` vs a parse-only process,
//              a cold `check` of 6 rules (--baseline, --catalog, warm --cache), Sigma read vs
//              pySigma (scripts/bench-process.mjs; about 2-3 minutes)
//   inprocess  in-process figures: each reader and the catalog timed inside one warm process
//              over several rounds (bench/*.ts, bundled with esbuild; about 1.5 minutes)
//   scale      cold catalog builds at 1x, 2x, 4x, 8x the corpora (scripts/bench-scale.mjs;
//              heavy: about 3 minutes and 350 MB of temp copies)
//   all        the three
// Default: process,inprocess. The corpora: DETLINT_CORPUS (default ../shared/corpus).
// Every process runs on the Node.js that runs this script: to measure the action's runtime
// (node24), run it with that node (`/path/to/node24 scripts/bench.mjs`).
// BENCH_RUNS (default 5) counted runs per whole-process command, BENCH_ROUNDS (default 5)
// in-process rounds, BENCH_SCALES (default 1,2,4,8) and BENCH_SCALE_RUNS (default 3).
import os from 'node:os'
import path from 'node:path'
import { importBundled } from './bundled.mjs'

const PARTS = ['process', 'inprocess', 'scale']
const corpus = path.resolve(process.env.DETLINT_CORPUS ?? '../shared/corpus')
const asked = (process.env.BENCH ?? 'process,inprocess').split(',').map(p => p.trim())
const parts = asked.includes('all') ? PARTS : asked
const unknown = parts.filter(p => !PARTS.includes(p))
if (unknown.length > 0) {
  console.error(`bench: BENCH: unknown part ${unknown.join(', ')} (expected ${PARTS.join(', ')} or all)`)
  process.exit(2)
}
console.log(`bench: corpora ${corpus}; parts: ${parts.join(', ')} (BENCH=${PARTS.join('|')}|all)`)
console.log(`bench: Node.js ${process.version} (${process.execPath}) runs every process`)

// Whole-process figures on a busy machine are slower in wall time than in CPU time: the load
// average before and after each part says how busy it was.
const load = () =>
  os
    .loadavg()
    .map(x => x.toFixed(2))
    .join(' ')
for (const part of PARTS.filter(p => parts.includes(p))) {
  console.log(`\nbench: load average ${load()} (${os.cpus().length} cores), before ${part}`)
  if (os.loadavg()[0] > os.cpus().length)
    console.log('bench: the machine is busy: wall times are inflated; compare CPU times and ratios')
  if (part === 'process') {
    const { runProcess } = await import('./bench-process.mjs')
    await runProcess(corpus)
  } else if (part === 'scale') {
    const { runScale } = await import('./bench-scale.mjs')
    await runScale(corpus)
  } else {
    const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
    const { main } = await importBundled('bench/index.ts')
    console.log('\n== In-process figures: one warm process, several rounds (not what a user waits for)')
    main(corpus, rounds)
  }
}
console.log(`\nbench: load average ${load()} at the end`)
