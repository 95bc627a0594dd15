/** Helpers shared by the benchmarks. */
import { readdirSync } from 'node:fs'
import path from 'node:path'

/** Files below `dir` whose name matches `pattern`, in no particular order. */
export function walk(dir: string, pattern: RegExp, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) walk(p, pattern, out)
    else if (pattern.test(e.name)) out.push(p)
  }
  return out
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** Milliseconds `fn` takes. */
export function time(fn: () => void): number {
  const t = performance.now()
  fn()
  return performance.now() - t
}
