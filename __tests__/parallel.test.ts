/**
 * Worker threads in the catalog build (src/catalog/parallel.ts): how many, the wire between
 * threads, and, through the bundled CLI (dist/cli.cjs with dist/worker.js), the same catalog,
 * cache and findings with workers as with the main thread alone, also when a worker exits,
 * throws or hangs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import {
  MIN_FILES,
  MIN_PROCESSORS,
  autoWorkers,
  fromWire,
  parseInWorkers,
  toWire,
  workerCount,
  type ParsedFile,
  type ParseTask
} from '../src/catalog/parallel.js'
import type { CatalogRule } from '../src/catalog/index.js'
import type { KeyParts } from '../src/normalize/keys.js'
import { BARE_RULE } from './fixtures/sigma-rules.js'
import { CLI, REPO_ROOT } from './e2e/run-action.js'

const exec = promisify(execFile)

describe('how many workers', () => {
  it('uses none below MIN_FILES files or MIN_PROCESSORS processors, else two fewer than the processors, at most 3', () => {
    expect(MIN_PROCESSORS).toBe(4)
    expect(autoWorkers(MIN_FILES - 1, 8)).toBe(0)
    expect(autoWorkers(7000, 2)).toBe(0)
    expect(autoWorkers(7000, 3)).toBe(0)
    expect(autoWorkers(MIN_FILES, 4)).toBe(2)
    expect(autoWorkers(7000, 5)).toBe(3)
    expect(autoWorkers(7000, 16)).toBe(3)
  })

  it('takes DETLINT_WORKERS when it is a whole number, whatever the number of files', () => {
    expect(workerCount(5, { DETLINT_WORKERS: '0' })).toBe(0)
    expect(workerCount(5, { DETLINT_WORKERS: ' 2 ' })).toBe(2)
    expect(workerCount(5, { DETLINT_WORKERS: '99' })).toBe(16)
    expect(workerCount(5, { DETLINT_WORKERS: 'many' })).toBe(autoWorkers(5))
    expect(workerCount(5, {})).toBe(0)
  })
})

function rule(over: Partial<CatalogRule>): CatalogRule {
  return {
    vendor: 'sigma',
    id: null,
    title: 'T',
    path: 'a.yml',
    line: 1,
    level: null,
    techniques: [],
    eventKind: 'windows/process_creation',
    events: [],
    indicators: [],
    exclusions: [],
    standalone: [],
    ...over
  }
}

describe('the wire between threads', () => {
  it('keeps keys in first-seen order, rules, and failures with message and stack', () => {
    const keys = new Map<string, KeyParts>([
      ['process.name|eq|rundll32.exe', { field: 'process.name', op: 'eq', value: 'rundll32.exe' }],
      ['*|contains|x|y', { field: null, op: 'contains', value: 'x|y' }],
      ['process.parent.name|exists|', { field: 'process.parent.name', op: 'exists', value: null }]
    ])
    const error = new Error('boom')
    error.name = 'TypeError'
    const parsed: ParsedFile = {
      keys,
      rules: [
        rule({ indicators: ['*|contains|x|y', 'process.name|eq|rundll32.exe'] }),
        rule({
          id: 'b',
          line: 9,
          exclusions: ['process.parent.name|exists|'],
          standalone: ['process.parent.name|exists|']
        })
      ],
      failures: [
        { stage: 'reading it', error },
        { stage: 'adding it to the catalog', error: 42 }
      ]
    }
    const back = fromWire(JSON.parse(JSON.stringify(toWire(parsed))) as ReturnType<typeof toWire>)
    expect(back).not.toBeNull()
    expect([...(back?.keys ?? [])]).toEqual([...keys])
    expect(back?.rules).toEqual(parsed.rules)
    const [e, n] = back?.failures ?? []
    expect(e.stage).toBe('reading it')
    expect(e.error).toBeInstanceOf(Error)
    expect((e.error as Error).message).toBe('boom')
    expect((e.error as Error).name).toBe('TypeError')
    expect((e.error as Error).stack).toBe(error.stack)
    expect(n).toEqual({ stage: 'adding it to the catalog', error: '42' })
    expect(fromWire(toWire(null))).toBeNull()
  })

  it('from source (no worker bundle), the main thread parses every file, in order', () => {
    const tasks: ParseTask[] = Array.from({ length: 100 }, (_, i) => ({ file: `f${i}`, shown: `f${i}` }))
    const seen: number[] = []
    const out = parseInWorkers(
      tasks,
      2,
      { context: {}, maxBytes: 1 },
      t => ({ keys: new Map(), rules: [rule({ path: t.shown })], failures: [] }),
      i => seen.push(i)
    )
    expect(out.map(p => p?.rules[0].path)).toEqual(tasks.map(t => t.shown))
    expect([...seen].sort((a, b) => a - b)).toEqual(tasks.map((_, i) => i))
  })
})

// ---------------------------------------------------------------------------------------
// The bundled CLI

let dir: string

/** 40 copies of the example corpus (Sigma, Elastic, Splunk with its definition folders), and odd files. */
function writeCorpus(): void {
  for (let i = 0; i < 40; i++)
    cpSync(
      path.join(REPO_ROOT, 'examples/corpus'),
      path.join(dir, 'corpus', `c${String(i).padStart(2, '0')}`),
      {
        recursive: true
      }
    )
  const odd = path.join(dir, 'corpus', 'c20', 'odd')
  mkdirSync(odd, { recursive: true })
  writeFileSync(path.join(odd, 'not_a_rule.yml'), 'name: a list of things\nitems: [1, 2]\n')
  writeFileSync(path.join(odd, 'broken.yml'), 'title: Broken\ndetection:\n  sel: [\n')
  writeFileSync(path.join(odd, 'too_large.yml'), BARE_RULE + `# ${'x'.repeat(20_000)}\n`)
  symlinkSync(path.join(odd, 'nowhere.yml'), path.join(odd, 'dangling.yml'))
  mkdirSync(path.join(dir, 'pr'))
  writeFileSync(path.join(dir, 'pr', 'bare.yml'), BARE_RULE)
}

async function cli(
  args: string[],
  env: Record<string, string>
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], {
      cwd: dir,
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ...env }
    })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

const ALONE = { DETLINT_WORKERS: '0' }
/** One worker that parses its first chunk before the main thread starts: the worker always gets work. */
const ONE = { DETLINT_WORKERS: '1', DETLINT_WORKERS_TEST: 'worker-first,trace' }
const TWO = { DETLINT_WORKERS: '2', DETLINT_WORKERS_TEST: 'worker-first,trace' }
const BUILD = ['catalog', 'build', 'corpus', '--max-file-size', '16kB']

/** The trace line (test-only) and what else was on stderr. */
function splitTrace(stderr: string): { trace: string; rest: string } {
  const lines = stderr.split('\n')
  const trace = lines.filter(l => / files in \d+ chunks: /.test(l))
  return { trace: trace.join('\n'), rest: lines.filter(l => !trace.includes(l)).join('\n') }
}

/** Chunks parsed by the workers, from the trace line. */
function workerChunks(trace: string): number {
  const m = / by the main thread, ([\d +]+) by \d+ workers/.exec(trace)
  return m ? m[1].split('+').reduce((a, n) => a + Number(n), 0) : 0
}

/** Gives every file under `folder` (links left as they are) the modification time `seconds`. */
function age(folder: string, seconds: number): void {
  for (const e of readdirSync(folder, { withFileTypes: true })) {
    const p = path.join(folder, e.name)
    if (e.isDirectory()) age(p, seconds)
    else if (e.isFile()) utimesSync(p, seconds, seconds)
  }
}

function read(rel: string): string {
  return readFileSync(path.join(dir, rel), 'utf8')
}

const hasBundle = existsSync(path.join(REPO_ROOT, 'dist/worker.js'))

;(hasBundle ? describe : describe.skip)('the bundled CLI with worker threads', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'detlint-parallel-'))
    writeCorpus()
    // Files two minutes old: no run sees them as changed while it runs (the cache records
    // no stat fingerprint of such a file), however soon after this the tests start.
    age(path.join(dir, 'corpus'), Date.now() / 1000 - 120)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('builds the same catalog bytes as the main thread alone, with one worker and with two', async () => {
    const alone = await cli([...BUILD, '-o', 'alone.json'], ALONE)
    expect(alone.code).toBe(0)
    expect(splitTrace(alone.stderr).trace).toBe('')
    for (const [name, env] of [
      ['one', ONE],
      ['two', TWO]
    ] as const) {
      const run = await cli([...BUILD, '-o', `${name}.json`], env)
      expect(run.code).toBe(0)
      const { trace, rest } = splitTrace(run.stderr)
      expect(trace).toMatch(/^detlint: \d+ files in \d+ chunks: \d+ parsed by the main thread, /)
      expect(workerChunks(trace)).toBeGreaterThan(0)
      expect(rest.replace(`${name}.json`, 'alone.json')).toBe(alone.stderr)
      expect(read(`${name}.json`)).toBe(read('alone.json'))
    }
    // The odd files are there: the broken one and the too large one are not in the catalog.
    // Rows of the rule directory: [vendor, id, title, path, ...].
    const catalog = JSON.parse(read('alone.json')) as { rules: string[][] }
    expect(catalog.rules.some(r => r[3].startsWith('corpus/c39/'))).toBe(true)
    expect(catalog.rules.some(r => r[3].startsWith('corpus/c20/odd/'))).toBe(false)
  })

  it('writes the same cache, cold, warm and with changed files, and the same catalog', async () => {
    const steps = async (step: string): Promise<void> => {
      const alone = await cli([...BUILD, '-o', 'alone.json', '--cache', 'alone.cache'], ALONE)
      const one = await cli([...BUILD, '-o', 'one.json', '--cache', 'one.cache'], ONE)
      expect([step, alone.code, one.code]).toEqual([step, 0, 0])
      expect(read('one.cache')).toBe(read('alone.cache'))
      expect(read('one.json')).toBe(read('alone.json'))
      const status = (s: string): string => (/catalog cache \S+: (.*)/.exec(s) ?? [])[1] ?? ''
      expect(status(one.stderr)).toBe(status(alone.stderr))
      // Only the files not in the cache are parsed, some of them by the worker.
      if (step !== 'warm') expect(workerChunks(splitTrace(one.stderr).trace)).toBeGreaterThan(0)
      else expect(splitTrace(one.stderr).trace).toBe('')
    }
    await steps('cold')
    await steps('warm')
    // A changed file in every copy: those are parsed again, the rest reused.
    for (let i = 0; i < 40; i += 1) {
      const file = path.join(dir, 'corpus', `c${String(i).padStart(2, '0')}`, 'rundll32_url_dll.yml')
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^level: .*$/m, `level: high`))
      // Changed a minute ago: both runs record its fingerprint, or neither would.
      utimesSync(file, Date.now() / 1000 - 60, Date.now() / 1000 - 60)
    }
    await steps('changed')
  })

  it('finds the same findings in a check whose targets are also in the baseline', async () => {
    // A target named literally inside the baseline is parsed and kept by the main thread.
    const args = ['check', 'pr', 'corpus/c20/rundll32_url_dll.yml', '--baseline', 'corpus']
    const alone = await cli([...args, '--format', 'json', '--fail-on', 'none'], ALONE)
    const one = await cli([...args, '--format', 'json', '--fail-on', 'none'], ONE)
    expect(alone.code).toBe(0)
    expect(one.code).toBe(0)
    expect(workerChunks(splitTrace(one.stderr).trace)).toBeGreaterThan(0)
    expect(one.stdout).toBe(alone.stdout)
    const report = JSON.parse(one.stdout) as { findings: { path: string }[] }
    expect(report.findings.map(f => f.path)).toContain('pr/bare.yml')
  })

  it.each(['exit', 'throw', 'hang,stall=300'])(
    'loses nothing when a worker fails (%s): the main thread parses what it had not delivered',
    async fault => {
      await cli([...BUILD, '-o', 'alone.json'], ALONE)
      const run = await cli([...BUILD, '-o', 'faulty.json'], {
        DETLINT_WORKERS: '1',
        DETLINT_WORKERS_TEST: `worker-first,trace,${fault}`
      })
      expect(run.code).toBe(0)
      // The worker delivered its first chunk, then failed on its second.
      expect(workerChunks(splitTrace(run.stderr).trace)).toBe(1)
      expect(read('faulty.json')).toBe(read('alone.json'))
    }
  )
})

const CORPUS = path.resolve(process.cwd(), '../shared/corpus')
const corpora = ['sigma', 'elastic', 'splunk'].map(c => path.join(CORPUS, c))
const hasCorpora = hasBundle && corpora.every(c => existsSync(c))

;(hasCorpora ? describe : describe.skip)('the shared corpora', () => {
  it('build the same catalog with workers as without', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'detlint-parallel-corpora-'))
    try {
      const alone = await cli(['catalog', 'build', ...corpora, '-o', 'alone.json'], ALONE)
      const one = await cli(['catalog', 'build', ...corpora, '-o', 'one.json'], ONE)
      expect([alone.code, one.code]).toEqual([0, 0])
      expect(workerChunks(splitTrace(one.stderr).trace)).toBeGreaterThan(0)
      expect(read('one.json')).toBe(read('alone.json'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
