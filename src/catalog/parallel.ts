/**
 * Parsing corpus files in worker threads, for the catalog build: reading a file and
 * reducing it to its catalog entry depends on that file alone, so files can be parsed on
 * any thread and their entries combined in file order.
 *
 * The run stays synchronous (the engine and its callers are): the main thread parses too,
 * waits on shared memory (`Atomics.wait`) and takes the workers' results with
 * `receiveMessageOnPort`, never through its event loop.
 *
 * - The files are cut into chunks, in file order. The workers take chunks from the front,
 *   the main thread from the back; each chunk is claimed once, by a compare-and-swap on its
 *   owner slot, so the two ends meet wherever the work balances (a worker still starting
 *   leaves more to the main thread). The back holds the Splunk files when they sort last,
 *   so usually only the main thread reads the Splunk definition folders.
 * - A worker returns compact entries (the catalog cache's shape: keys as [field, op, value]
 *   triples in first-seen order, catalog rules with key indices) as one JSON string per
 *   chunk, never rule trees.
 * - A worker that exits, throws outside a file's guard, or makes no progress for
 *   a while (a worker that runs out of memory ends without running any of its code, so
 *   only time tells) is given up: the main thread parses every chunk it had not
 *   delivered. Nothing is lost, and the result is the same whoever parsed a chunk.
 *
 * How many workers: `DETLINT_WORKERS` in the environment (`0`: none, the main thread
 * alone; `N`: N workers whatever the number of files or processors, for tests and
 * benchmarks), or else `autoWorkers`. `DETLINT_WORKERS_TEST` is for tests only (see
 * `testOptions`).
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import {
  MessageChannel,
  Worker,
  parentPort,
  receiveMessageOnPort,
  workerData,
  type MessagePort
} from 'node:worker_threads'
import type { ReadContext } from '../ir.js'
import { formatKey, type KeyParts } from '../normalize/keys.js'
import type { CatalogRule } from './index.js'

/** One file for a thread: its path, its display path, and its bytes when already read. */
export interface ParseTask {
  file: string
  shown: string
  bytes?: Buffer
}

/** A failure met on a file: `stage` as in the engine's InternalFailure. */
export interface ParseFailure {
  stage: string
  error: unknown
}

/** What a thread made of one file; null when it could not be read (the main thread reads it again). */
export type ParsedFile = {
  keys: Map<string, KeyParts>
  rules: CatalogRule[]
  /** What was thrown on the file, in order. */
  failures: ParseFailure[]
} | null

/** What every thread parses with besides the file. */
export interface WorkerSetup {
  context: ReadContext
  maxBytes: number
}

/** Parses one file, the same way on every thread. */
export type FileParse = (task: ParseTask, setup: WorkerSetup) => ParsedFile

/**
 * Fewer files than this are parsed by the main thread alone: a worker costs about 50 ms to
 * start, and it compiles the readers again for itself.
 */
export const MIN_FILES = 400
/**
 * Processors from which workers are used by default. On the 2-core machine this was
 * developed on, workers did not win (see `autoWorkers`).
 */
export const MIN_PROCESSORS = 4
/** At most this many workers by default. */
const MAX_AUTO_WORKERS = 3
/** A worker without progress for this long is given up (see the module comment). */
const STALL_MS = 30_000
/** How long the main thread waits at a time before looking at the workers again. */
const WAIT_SLICE_MS = 200

/**
 * `DETLINT_WORKERS_TEST`, comma-separated, for tests only: `trace` (a line on stderr: who
 * parsed how many chunks), `worker-first` (the main thread waits for each worker's first
 * chunk before it takes one), `stall=MS` (instead of 30 s), and a fault each worker
 * commits once it has claimed its second chunk: `exit`, `throw` or `hang`.
 */
interface TestOptions {
  trace: boolean
  workerFirst: boolean
  stallMs: number
  fault?: 'exit' | 'throw' | 'hang'
}

function testOptions(env: NodeJS.ProcessEnv = process.env): TestOptions {
  const words = (env.DETLINT_WORKERS_TEST ?? '').split(',').map(w => w.trim())
  const stall = Number(words.find(w => w.startsWith('stall='))?.slice(6))
  const fault = words.find(w => w === 'exit' || w === 'throw' || w === 'hang')
  return {
    trace: words.includes('trace'),
    workerFirst: words.includes('worker-first'),
    stallMs: Number.isFinite(stall) && stall > 0 ? stall : STALL_MS,
    ...(fault === undefined ? {} : { fault })
  }
}

/**
 * The number of workers for `files` files when the environment does not say: none below
 * `MIN_FILES` files or `MIN_PROCESSORS` processors, else two fewer than the processors
 * (one for the main thread, which parses too, and one for V8's own background threads),
 * at most `MAX_AUTO_WORKERS`.
 *
 * Why not on 2 processors: there, the single-threaded build already keeps about 1.5
 * processors busy (V8 compiles the readers and collects garbage on background threads:
 * about 1.5 s of CPU beside the main thread's 2 s over the three shared corpora), and each
 * worker is a V8 isolate of its own that compiles the readers again. Measured with whole
 * processes on a 2-core machine (shared with other jobs), over the three shared corpora:
 * one worker cost 12-15% more CPU for a wall time ratio of 1.02-1.17 (no gain); two
 * workers, 44% more CPU and 47% more wall time. On 4 processors (hosted CI runners) the
 * main thread is what bounds the build, and one worker took its CPU time from about 2.0 s
 * to 1.4 s (two: 1.25 s) in the same runs; the wall-time gain there could not be measured
 * on this machine.
 */
export function autoWorkers(files: number, processors: number = availableParallelism()): number {
  if (files < MIN_FILES || processors < MIN_PROCESSORS) return 0
  return Math.max(1, Math.min(processors - 2, MAX_AUTO_WORKERS))
}

/** The number of workers: `DETLINT_WORKERS` when it is a whole number (at most 16), else `autoWorkers`. */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.DETLINT_WORKERS?.trim()
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 16)
  return autoWorkers(files)
}

/** The worker bundle beside this module's bundle (dist/worker.js); null when running from source. */
export function workerFile(): string | null {
  const file = fileURLToPath(new URL('./worker.js', import.meta.url))
  return existsSync(file) ? file : null
}

/** Files per chunk: small chunks for few files (so that a forced worker gets some), at most 32. */
function chunkSize(files: number): number {
  return Math.max(4, Math.min(32, Math.ceil(files / 64)))
}

// ---------------------------------------------------------------------------------------
// Shared memory, in Int32 slots: FRONT, SIGNAL, then per worker its state, then per worker
// the files it has parsed, then per chunk its owner.

/** The next chunk for the workers (taken from the front). */
const FRONT = 0
/** Bumped and notified whenever a worker delivers a chunk or stops. */
const SIGNAL = 1
const HEADER = 2
/** A worker's state (0 while it starts). */
const WORKING = 1
const STOPPED = 2
/** Owner of a chunk: none yet, the main thread, or worker w as `FIRST_WORKER + w`. */
const NOBODY = 0
const MAIN = 1
const FIRST_WORKER = 2

class Slots {
  constructor(
    readonly workers: number,
    readonly chunks: number
  ) {}
  get size(): number {
    return HEADER + 2 * this.workers + this.chunks
  }
  state(w: number): number {
    return HEADER + w
  }
  progress(w: number): number {
    return HEADER + this.workers + w
  }
  owner(c: number): number {
    return HEADER + 2 * this.workers + c
  }
}

/** What a worker is sent once it has started. */
interface Job {
  id: number
  workers: number
  chunk: number
  tasks: ParseTask[]
  shared: SharedArrayBuffer
  port: MessagePort
}

/** A chunk delivered: its files' results as a JSON array of WireFile. */
interface Delivery {
  chunk: number
  json: string
}

/** A ParsedFile on the wire: keys as flat triples, rules' keys as indices into them. */
type WireFile = {
  keys: (string | null)[]
  rules: WireRule[]
  failures: WireFailure[]
} | null

type WireRule = Omit<CatalogRule, 'indicators' | 'exclusions' | 'standalone'> & {
  indicators: number[]
  exclusions: number[]
  standalone: number[]
}

type WireFailure =
  { stage: string; thrown: string } | { stage: string; name: string; message: string; stack: string | null }

export function toWire(p: ParsedFile): WireFile {
  if (p === null) return null
  const index = new Map<string, number>()
  const keys: (string | null)[] = []
  for (const [k, parts] of p.keys) {
    index.set(k, index.size)
    keys.push(parts.field, parts.op, parts.value)
  }
  const at = (k: string): number => index.get(k) as number
  const rules = p.rules.map(r => ({
    ...r,
    indicators: r.indicators.map(at),
    exclusions: r.exclusions.map(at),
    standalone: r.standalone.map(at)
  }))
  // Errors keep their message and stack (for --debug); anything else thrown, its text.
  const failures = p.failures.map(({ stage, error }): WireFailure =>
    error instanceof Error
      ? { stage, name: error.name, message: error.message, stack: error.stack ?? null }
      : { stage, thrown: String(error) }
  )
  return { keys, rules, failures }
}

export function fromWire(w: WireFile): ParsedFile {
  if (w === null) return null
  const keys = new Map<string, KeyParts>()
  const names: string[] = []
  for (let i = 0; i < w.keys.length; i += 3) {
    const parts: KeyParts = { field: w.keys[i], op: w.keys[i + 1] as string, value: w.keys[i + 2] }
    const k = formatKey(parts)
    keys.set(k, parts)
    names.push(k)
  }
  const rules: CatalogRule[] = w.rules.map(r => ({
    ...r,
    indicators: r.indicators.map(i => names[i]),
    exclusions: r.exclusions.map(i => names[i]),
    standalone: r.standalone.map(i => names[i])
  }))
  const failures = w.failures.map((f): ParseFailure => {
    if ('thrown' in f) return { stage: f.stage, error: f.thrown }
    const error = new Error(f.message)
    error.name = f.name
    if (f.stack !== null) error.stack = f.stack
    return { stage: f.stage, error }
  })
  return { keys, rules, failures }
}

// ---------------------------------------------------------------------------------------
// The main thread

interface Thread {
  worker: Worker
  port: MessagePort
  /** Its progress slot when last read, and since when (ms). */
  progress: number
  since: number
}

/**
 * Parses `tasks` on the main thread and `workers` worker threads, and returns what each
 * file gave, in task order. `parse` is the main thread's parse (the workers run the same
 * function from dist/worker.js); `done(i)` is told of each task as its result comes in
 * (in any order; for progress). Without the worker bundle (running from source), or when
 * no worker starts, the main thread parses everything.
 */
export function parseInWorkers(
  tasks: readonly ParseTask[],
  workers: number,
  setup: WorkerSetup,
  parse: FileParse,
  done: (index: number) => void = () => {}
): ParsedFile[] {
  const size = chunkSize(tasks.length)
  const chunks = Math.ceil(tasks.length / size)
  const results: (ParsedFile[] | undefined)[] = new Array<ParsedFile[] | undefined>(chunks)
  const slots = new Slots(workers, chunks)
  const shared = new SharedArrayBuffer(4 * slots.size)
  const mem = new Int32Array(shared)
  const threads = chunks > 1 ? startWorkers(workers, tasks, size, setup, slots, shared) : []
  const test = testOptions()
  const byWorker = threads.map(() => 0)
  let byMain = 0

  const deliver = (chunk: number, files: ParsedFile[]): void => {
    if (results[chunk] !== undefined) return // parsed twice (a worker given up on): the first counts
    results[chunk] = files
    for (let i = 0; i < files.length; i++) done(chunk * size + i)
  }
  const drain = (): void => {
    for (const t of threads)
      for (let m = receiveMessageOnPort(t.port); m !== undefined; m = receiveMessageOnPort(t.port)) {
        const d = m.message as Delivery
        if (results[d.chunk] === undefined) byWorker[threads.indexOf(t)]++
        deliver(d.chunk, (JSON.parse(d.json) as WireFile[]).map(fromWire))
      }
  }
  const local = (chunk: number): void => {
    const out: ParsedFile[] = []
    for (let i = chunk * size; i < Math.min(tasks.length, (chunk + 1) * size); i++)
      out.push(parse(tasks[i], setup))
    if (results[chunk] === undefined) byMain++
    deliver(chunk, out)
  }

  // For tests: each worker's first chunk (or its end) before the main thread takes one.
  if (test.workerFirst)
    for (let signal = Atomics.load(mem, SIGNAL); signal < threads.length; signal = Atomics.load(mem, SIGNAL))
      if (Atomics.wait(mem, SIGNAL, signal, test.stallMs) === 'timed-out') break

  // From the back, until a chunk is a worker's.
  for (let c = chunks - 1; c >= 0; c--) {
    if (Atomics.compareExchange(mem, slots.owner(c), NOBODY, MAIN) !== NOBODY) break
    local(c)
    drain()
  }
  // Then the workers' chunks, as they come; a stopped or stalled worker's are parsed here.
  for (;;) {
    const signal = Atomics.load(mem, SIGNAL)
    const now = Date.now()
    const given = threads.map((t, w) => {
      const progress = Atomics.load(mem, slots.progress(w))
      if (progress !== t.progress) {
        t.progress = progress
        t.since = now
      }
      return Atomics.load(mem, slots.state(w)) === STOPPED || now - t.since > test.stallMs
    })
    drain() // after reading the states: a worker delivers before it says it stopped
    let waiting = false
    for (let c = 0; c < chunks; c++) {
      if (results[c] !== undefined) continue
      // Unclaimed (a worker stopped between taking its number and claiming it), or a given-up worker's.
      const owner = Atomics.compareExchange(mem, slots.owner(c), NOBODY, MAIN)
      if (owner === NOBODY || (owner >= FIRST_WORKER && given[owner - FIRST_WORKER])) {
        Atomics.store(mem, slots.owner(c), MAIN)
        local(c)
      } else waiting = true
    }
    if (!waiting) break
    Atomics.wait(mem, SIGNAL, signal, WAIT_SLICE_MS)
  }
  if (test.trace)
    process.stderr.write(
      `detlint: ${tasks.length} files in ${chunks} chunks: ${byMain} parsed by the main thread, ` +
        `${byWorker.join(' + ') || 0} by ${threads.length} workers\n`
    )
  for (const t of threads) {
    t.port.close()
    void t.worker.terminate()
  }
  return results.flat() as ParsedFile[]
}

function startWorkers(
  workers: number,
  tasks: readonly ParseTask[],
  chunk: number,
  setup: WorkerSetup,
  slots: Slots,
  shared: SharedArrayBuffer
): Thread[] {
  const file = workerFile()
  const threads: Thread[] = []
  if (file === null) return threads
  for (let id = 0; id < workers; id++) {
    try {
      const channel = new MessageChannel()
      const worker = new Worker(file, { workerData: setup })
      // Its events reach this thread only once the run is over, when nothing waits for them.
      worker.on('error', () => {})
      worker.unref()
      const job: Job = { id, workers: slots.workers, chunk, tasks: [...tasks], shared, port: channel.port2 }
      worker.postMessage(job, [channel.port2])
      threads.push({ worker, port: channel.port1, progress: 0, since: Date.now() })
    } catch {
      break // no more workers: the main thread does what they would have
    }
  }
  return threads
}

// ---------------------------------------------------------------------------------------
// A worker

/**
 * The worker's side: takes its job, parses chunks from the front and delivers them, until
 * it meets the main thread (or commits the fault `DETLINT_WORKERS_TEST` asks for).
 */
export function serveWorker(parse: FileParse): void {
  const port = parentPort
  if (port === null) return
  const setup = workerData as WorkerSetup
  const { fault } = testOptions()
  port.once('message', (job: Job) => {
    const mem = new Int32Array(job.shared)
    const slots = new Slots(job.workers, Math.ceil(job.tasks.length / job.chunk))
    const stop = (): void => {
      Atomics.store(mem, slots.state(job.id), STOPPED)
      Atomics.add(mem, SIGNAL, 1)
      Atomics.notify(mem, SIGNAL)
    }
    process.on('exit', stop)
    Atomics.store(mem, slots.state(job.id), WORKING)
    try {
      for (let claimed = 0; ; claimed++) {
        const c = Atomics.add(mem, FRONT, 1)
        if (c >= slots.chunks) break
        if (Atomics.compareExchange(mem, slots.owner(c), NOBODY, FIRST_WORKER + job.id) !== NOBODY) break
        if (claimed === 1 && fault !== undefined) injectFault(fault)
        const files: WireFile[] = []
        for (let i = c * job.chunk; i < Math.min(job.tasks.length, (c + 1) * job.chunk); i++) {
          files.push(toWire(parse(job.tasks[i], setup)))
          Atomics.add(mem, slots.progress(job.id), 1)
        }
        const d: Delivery = { chunk: c, json: JSON.stringify(files) }
        job.port.postMessage(d)
        Atomics.add(mem, SIGNAL, 1)
        Atomics.notify(mem, SIGNAL)
      }
    } finally {
      stop()
      job.port.close()
      port.close()
    }
  })
}

function injectFault(fault: TestOptions['fault']): void {
  if (fault === 'exit') process.exit(1)
  if (fault === 'throw') throw new Error('injected worker fault')
  if (fault === 'hang') for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)
}
