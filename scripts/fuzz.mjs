// `npm run fuzz`: mutates FUZZ_FILES corpus rules (default 2000) with FUZZ_SEED (default 1)
// and checks each alone (bench/fuzz.ts), printing files, time, the slowest file and every
// failure. Exit 1 when a file fails.
import path from 'node:path'
import { importBundled } from './bundled.mjs'

const corpus = path.resolve(process.env.DETLINT_CORPUS ?? '../shared/corpus')
const count = Number(process.env.FUZZ_FILES ?? 2000)
const seed = Number(process.env.FUZZ_SEED ?? 1)
const { main } = await importBundled('bench/fuzz.ts')
main(corpus, count, seed)
