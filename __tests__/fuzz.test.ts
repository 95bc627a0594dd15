/**
 * Whole-run fuzzing in CI: 200 corpus rules mutated with a fixed seed (truncation, byte
 * flips, indentation, type swaps, deep nesting, huge values, other encodings), each checked
 * by the engine alone. No exception escapes, no file takes long, and every file a reader
 * still recognises gets a rule or a finding. `npm run fuzz` runs the same on more files.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { corpusFiles, fuzz, MUTATIONS } from '../bench/fuzz.js'

const CORPUS = path.resolve(process.cwd(), '../shared/corpus')
const files = fs.existsSync(CORPUS) ? corpusFiles(CORPUS) : []
if (files.length === 0) console.log(`no corpus at ${CORPUS}: the whole-run fuzz test is skipped`)

describe('whole-run fuzzing', () => {
  const run = files.length > 0 ? it : it.skip
  run('checks 200 mutated corpus rules: no escaped exception, no stall, a rule or a finding each', () => {
    const figures = fuzz(files, 200, 12, 10_000)
    expect(figures.failures.map(f => `${f.mutation} of ${f.source}: ${f.failure}`)).toEqual([])
    expect(figures.files).toBe(200)
    // Every kind of mutation was tried.
    expect(Object.keys(figures.byMutation).sort()).toEqual(MUTATIONS.map(m => m.name).sort())
  })
})
