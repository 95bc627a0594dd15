// What the whole-process parts of `npm run bench` share: running a command as a new (cold)
// process and taking its wall time (process.hrtime around spawn and exit), CPU time and peak
// memory (its own process.resourceUsage(), written at exit by bench/rusage.cjs; pySigma's
// script writes the same), medians, and A B A B pairs with the ratio pair by pair.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const CLI = path.join(ROOT, 'dist', 'cli.cjs')
export const RUSAGE = path.join(ROOT, 'bench', 'rusage.cjs')

/** Counted runs of each command (`BENCH_RUNS`, default 5; at least 5 is what the figures need). */
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5))

/** A temp folder, removed by the returned function (and at exit). */
export function tempDir(label) {
  const dir = mkdtempSync(path.join(tmpdir(), `detlint-bench-${label}-`))
  const remove = () => rmSync(dir, { recursive: true, force: true })
  process.on('exit', remove)
  return { dir, remove }
}

/** `node -r bench/rusage.cjs ARGS...`: a Node process that reports its resource usage. */
export function node(...args) {
  return { cmd: process.execPath, args: ['-r', RUSAGE, ...args] }
}

/**
 * Runs `cmd args` once as a new process; standard output is thrown away, standard error kept
 * (and printed when the exit code is not one of `codes`). Resolves to
 * { wall, user, sys, cpu } in seconds and { rssMB } from the process's own report.
 */
export function runOnce({ cmd, args }, { cwd = ROOT, codes = [0], env = {} } = {}) {
  const usage = path.join(
    tmpdir(),
    `detlint-bench-rusage-${process.pid}-${Math.random().toString(36).slice(2)}.json`
  )
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env, DETLINT_BENCH_RUSAGE: usage },
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', d => (stderr += d))
    child.on('error', reject)
    child.on('close', code => {
      const wall = Number(process.hrtime.bigint() - start) / 1e9
      if (!codes.includes(code)) {
        rmSync(usage, { force: true })
        reject(new Error(`${[cmd, ...args].join(' ')}: exit ${code}\n${stderr.slice(-2000)}`))
        return
      }
      let r = { user: NaN, sys: NaN, maxRssKB: NaN }
      if (existsSync(usage)) {
        r = JSON.parse(readFileSync(usage, 'utf8'))
        rmSync(usage, { force: true })
      }
      resolve({ wall, user: r.user, sys: r.sys, cpu: r.user + r.sys, rssMB: r.maxRssKB / 1024, stderr })
    })
  })
}

export function median(xs) {
  const s = xs.filter(x => !Number.isNaN(x)).sort((a, b) => a - b)
  if (s.length === 0) return NaN
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Medians of a list of runs. */
export function medians(runs) {
  const pick = k => median(runs.map(r => r[k]))
  return { wall: pick('wall'), cpu: pick('cpu'), rssMB: pick('rssMB'), runs: runs.length }
}

/**
 * Several commands in turn (A B C A B C …), one warm-up each first (unless `warmup` is false),
 * then `runs` counted rounds. Resolves to one list of runs per command.
 */
export async function alternate(commands, runs = RUNS, { warmup = true } = {}) {
  if (warmup) for (const c of commands) await runOnce(c.command, c.options)
  const out = commands.map(() => [])
  for (let i = 0; i < runs; i++)
    for (const [k, c] of commands.entries()) out[k].push(await runOnce(c.command, c.options))
  return out
}

/** A/B pair by pair (the same round), and their median. */
export function pairRatios(a, b, key = 'wall') {
  const ratios = a.map((r, i) => r[key] / b[i][key])
  return { ratios, median: median(ratios) }
}

export const fmt = (x, digits = 2) => (Number.isNaN(x) ? '-' : x.toFixed(digits))

/** A table of rows (arrays of cells), the first column left-aligned, the others right-aligned. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map(r => String(r[i]).length)))
  return rows
    .map(r =>
      r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')
    )
    .map(l => `  ${l.trimEnd()}`)
    .join('\n')
}

/** The CLI bundle must exist: the figures are of what users run. */
export function requireCli() {
  if (!existsSync(CLI)) {
    console.error('bench: dist/cli.cjs is missing; run `npm run bundle` first')
    process.exit(2)
  }
}
