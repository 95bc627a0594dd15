// Bundles the benchmark (bench/*.ts) with esbuild into a temporary file and runs it.
import { build } from 'esbuild'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const corpus = path.resolve(process.env.DETLINT_CORPUS ?? '../shared/corpus')
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const out = path.join(mkdtempSync(path.join(tmpdir(), 'detlint-bench-')), 'bench.mjs')
await build({
  entryPoints: ['bench/sigma.ts'],
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
const { run } = await import(pathToFileURL(out).href)
const sigma = path.join(corpus, 'sigma')
if (existsSync(sigma)) run(sigma, rounds)
else {
  console.log(`bench: ${sigma} is absent; running on examples/ instead (figures are not meaningful)`)
  run(path.resolve('examples'), rounds)
}
