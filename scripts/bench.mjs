// Bundles the benchmarks (bench/*.ts) with esbuild into a temporary file and runs them.
import path from 'node:path'
import { importBundled } from './bundled.mjs'

const corpus = path.resolve(process.env.DETLINT_CORPUS ?? '../shared/corpus')
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const { main } = await importBundled('bench/index.ts')
main(corpus, rounds)
