// `npm run fuzz`: bundles bench/fuzz.ts with esbuild and mutates FUZZ_FILES corpus rules
// (default 2000) with FUZZ_SEED (default 1), printing files, time, the slowest file and
// every failure. Exit 1 when a file fails.
import { build } from 'esbuild'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const corpus = path.resolve(process.env.DETLINT_CORPUS ?? '../shared/corpus')
const count = Number(process.env.FUZZ_FILES ?? 2000)
const seed = Number(process.env.FUZZ_SEED ?? 1)
const out = path.join(mkdtempSync(path.join(tmpdir(), 'detlint-fuzz-')), 'fuzz.mjs')
await build({
  entryPoints: ['bench/fuzz.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  logLevel: 'warning',
  define: { __DETLINT_SOURCE__: '"fuzz"' },
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);"
  }
})
const { main } = await import(pathToFileURL(out).href)
main(corpus, count, seed)
