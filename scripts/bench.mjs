// Bundles the benchmarks (bench/*.ts) with esbuild into a temporary file and runs them.
import { build } from 'esbuild'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const corpus = path.resolve(process.env.DETLINT_CORPUS ?? '../shared/corpus')
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const out = path.join(mkdtempSync(path.join(tmpdir(), 'detlint-bench-')), 'bench.mjs')
await build({
  entryPoints: ['bench/index.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);"
  }
})
const { main } = await import(pathToFileURL(out).href)
main(corpus, rounds)
