/**
 * The whole-run fuzzer: corpus rules mutated with a seeded generator (truncation, byte
 * flips, indentation, type swaps, deep nesting, huge values, other encodings), each checked
 * alone by the engine as `detlint check` would. Shared by the test suite (a few hundred
 * files) and `npm run fuzz` (thousands, with figures).
 *
 * A file passes when the run returns (no exception escapes), in bounded time, with a rule
 * or a finding for it whenever a reader still recognises it as a rule file.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defaultSettings } from '../src/config.js'
import { runCheck } from '../src/engine.js'
import { FORMATS } from '../src/formats/index.js'
import { walk } from './util.js'
import { prng } from '../__tests__/elastic/helpers.js'

type Rng = () => number

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]

/** One mutation: its name and what it does to the file's bytes. */
interface Mutation {
  name: string
  apply(bytes: Buffer, rng: Rng): Buffer
}

const text = (b: Buffer): string => b.toString('utf8')
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8')

/** A line index of `s`, and the lines. */
function someLine(s: string, rng: Rng): { lines: string[]; i: number } {
  const lines = s.split('\n')
  return { lines, i: Math.floor(rng() * lines.length) }
}

export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'truncate',
    apply: (b, rng) => b.subarray(0, Math.floor(rng() * b.length))
  },
  {
    name: 'byte-flip',
    apply: (b, rng) => {
      const out = Buffer.from(b)
      const n = 1 + Math.floor(rng() * 8)
      for (let k = 0; k < n && out.length > 0; k++)
        out[Math.floor(rng() * out.length)] = Math.floor(rng() * 256)
      return out
    }
  },
  {
    name: 'indent',
    apply: (b, rng) => {
      const pad = pick(rng, ['  ', '\t', ' ', '    '])
      return utf8(
        text(b)
          .split('\n')
          .map(l => pad + l)
          .join('\n')
      )
    }
  },
  {
    name: 'dedent-line',
    apply: (b, rng) => {
      const { lines, i } = someLine(text(b), rng)
      lines[i] = lines[i].trimStart()
      return utf8(lines.join('\n'))
    }
  },
  {
    name: 'type-swap',
    apply: (b, rng) => {
      const { lines, i } = someLine(text(b), rng)
      const m = /^(\s*[\w.-]+\s*[:=]\s*)(.+)$/.exec(lines[i])
      if (m) lines[i] = m[1] + pick(rng, ['[1, 2]', '{a: 1}', '42', 'true', 'null', '[]', '{}', '"x"', '~'])
      else lines[i] = pick(rng, ['- a', 'a: [', '}', '[rule]', '? x', '&a *a', '!!binary x'])
      return utf8(lines.join('\n'))
    }
  },
  {
    name: 'deep-nesting',
    apply: (b, rng) => {
      const n = pick(rng, [500, 1800, 5000])
      const open = pick(rng, ['(', 'NOT ', 'not ', '[', '{', '- ', 'f('])
      const close = open === '(' || open === 'f(' ? ')' : open === '[' ? ']' : open === '{' ? '}' : ''
      const s = text(b)
      // Inside the query or condition when there is one, else anywhere.
      const at = /(query|search|condition)\s*[:=]\s*['"]*/i.exec(s)
      const k = at ? at.index + at[0].length : Math.floor(rng() * s.length)
      return utf8(s.slice(0, k) + open.repeat(n) + 'a=1' + close.repeat(n) + ' ' + s.slice(k))
    }
  },
  {
    name: 'huge-value',
    apply: (b, rng) => {
      const s = text(b)
      const m = /(['"])([^'"\n]{3,40})\1/.exec(s)
      const unit = m ? m[2] : 'x'
      const n = Math.floor(40_000 / Math.max(unit.length, 1))
      const big = pick(rng, [unit.repeat(n), `${unit}*`.repeat(n), Array(n).fill(unit).join(' OR ')])
      return utf8(m ? s.slice(0, m.index + 1) + big + s.slice(m.index + 1 + m[2].length) : s + big)
    }
  },
  {
    name: 'duplicate-lines',
    apply: (b, rng) => {
      const { lines, i } = someLine(text(b), rng)
      lines.splice(i, 0, ...Array(2000).fill(lines[i]))
      return utf8(lines.join('\n'))
    }
  },
  {
    name: 'encoding',
    apply: (b, rng) => {
      switch (pick(rng, ['utf16le-bom', 'utf16be-bom', 'utf8-bom', 'latin1', 'crlf', 'nul'])) {
        case 'utf16le-bom':
          return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(b), 'utf16le')])
        case 'utf16be-bom': {
          const le = Buffer.from(text(b), 'utf16le')
          return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()])
        }
        case 'utf8-bom':
          return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])
        case 'latin1':
          return Buffer.from(text(b) + '\ncomment: caf\u00e9 \u00ff', 'latin1')
        case 'crlf':
          return utf8(text(b).replace(/\n/g, '\r\n'))
        default:
          return Buffer.concat([
            b.subarray(0, b.length >> 1),
            Buffer.from([0, 0, 0]),
            b.subarray(b.length >> 1)
          ])
      }
    }
  }
]

/** Rule files of the shared corpora (Sigma, Elastic, Elastic endpoint, Splunk detections), sorted. */
export function corpusFiles(corpus: string): string[] {
  const out: string[] = []
  for (const [dir, pattern] of [
    ['sigma', /\.ya?ml$/],
    ['elastic', /\.toml$/],
    ['elastic-endpoint', /\.toml$/],
    ['splunk/detections', /\.ya?ml$/]
  ] as const) {
    try {
      walk(path.join(corpus, dir), pattern, out)
    } catch {
      // a corpus not fetched: left out
    }
  }
  return out.sort()
}

export interface FuzzCase {
  source: string
  mutation: string
  ms: number
  rules: number
  findings: number
  /** Why the case failed; absent when it passed. */
  failure?: string
}

export interface FuzzFigures {
  files: number
  totalMs: number
  maxMs: number
  slowest: string
  failures: FuzzCase[]
  byMutation: Record<string, number>
}

/**
 * Mutates `count` files picked from `files` with `seed` and checks each alone.
 * `maxMs`: the time one file may take before it counts as a failure (a hang).
 */
export function fuzz(files: readonly string[], count: number, seed: number, maxMs: number): FuzzFigures {
  const rng = prng(seed)
  const dir = path.join(tmpdir(), `detlint-fuzz-${process.pid}-${seed}`)
  mkdirSync(dir, { recursive: true })
  const settings = defaultSettings()
  const figures: FuzzFigures = { files: 0, totalMs: 0, maxMs: 0, slowest: '', failures: [], byMutation: {} }
  try {
    for (let n = 0; n < count && files.length > 0; n++) {
      const source = pick(rng, files)
      const mutation = pick(rng, MUTATIONS)
      const bytes = mutation.apply(readFileSync(source), rng)
      // The reader is chosen by the path's folders and extension: keep them.
      const rel = source.split(path.sep).slice(-3).join('_')
      const file = path.join(dir, `${n}-${rel}`)
      writeFileSync(file, bytes)
      const c = checkOne(file, dir, settings)
      const result: FuzzCase = { source, mutation: mutation.name, ...c }
      if (result.failure === undefined && result.ms > maxMs)
        result.failure = `took ${Math.round(result.ms)} ms`
      if (
        result.failure === undefined &&
        result.rules === 0 &&
        result.findings === 0 &&
        recognised(file, bytes)
      )
        result.failure = 'no rule and no finding for a file a reader recognises'
      figures.files++
      figures.totalMs += result.ms
      figures.byMutation[mutation.name] = (figures.byMutation[mutation.name] ?? 0) + 1
      if (result.ms > figures.maxMs) {
        figures.maxMs = result.ms
        figures.slowest = `${mutation.name} of ${source}`
      }
      if (result.failure !== undefined) figures.failures.push(result)
      rmSync(file, { force: true })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return figures
}

function checkOne(
  file: string,
  root: string,
  settings: ReturnType<typeof defaultSettings>
): Omit<FuzzCase, 'source' | 'mutation'> {
  const t = performance.now()
  try {
    const outcome = runCheck({ targets: [file], corpus: [file], settings, root })
    return {
      ms: performance.now() - t,
      rules: outcome.report.summary.rulesChecked,
      findings: outcome.report.findings.length
    }
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err)
    return { ms: performance.now() - t, rules: 0, findings: 0, failure: `escaped: ${msg}` }
  }
}

/** Does a reader take the file for one of its rule files? */
function recognised(file: string, bytes: Buffer): boolean {
  const s = bytes.toString('utf8')
  return FORMATS.some(f => f.detect(file, s))
}

/** `npm run fuzz`: the figures of a larger run, printed. */
export function main(corpus: string, count: number, seed: number): void {
  const files = corpusFiles(corpus)
  if (files.length === 0) {
    console.log(`no corpus under ${corpus}: nothing to fuzz`)
    return
  }
  const f = fuzz(files, count, seed, 20_000)
  console.log(`fuzz: seed ${seed}, ${f.files} mutated files from ${files.length} corpus rules`)
  console.log(
    `  total ${(f.totalMs / 1000).toFixed(1)} s, max per file ${Math.round(f.maxMs)} ms (${f.slowest})`
  )
  console.log(`  mutations: ${JSON.stringify(f.byMutation)}`)
  console.log(`  failures: ${f.failures.length}`)
  for (const c of f.failures.slice(0, 20)) console.log(`    ${c.mutation} of ${c.source}: ${c.failure}`)
  if (f.failures.length > 0) process.exitCode = 1
}
