/**
 * A progress line on standard error for long runs on a terminal: `detlint: reading files
 * 1,200 of 3,400`, rewritten in place, shown only once a run has taken a moment, and erased
 * when the run ends so the report starts on a clean line. Nothing at all when standard error
 * is not a terminal (CI logs, pipes) or when turned off.
 */
import type { CliIO } from './spec.js'

export interface Progress {
  /** `done` of `total` steps so far. */
  update(done: number, total: number): void
  /** Erases the line, if one was shown. */
  end(): void
}

export interface ProgressOptions {
  /** What is counted: `reading files`. */
  label: string
  /** No line before this many milliseconds have passed (default 500). */
  delayMs?: number
  /** At most one redraw per this many milliseconds (default 100). */
  intervalMs?: number
  /** The clock, in milliseconds (tests give their own). */
  now?: () => number
  /** Off even on a terminal (e.g. `--quiet`). */
  disabled?: boolean
}

const CLEAR_LINE = '\r\u001b[2K'

const NOTHING: Progress = { update: () => {}, end: () => {} }

export function progressReporter(io: CliIO, options: ProgressOptions): Progress {
  if (options.disabled === true || io.stderrIsTTY !== true) return NOTHING
  const now = options.now ?? Date.now
  const delay = options.delayMs ?? 500
  const interval = options.intervalMs ?? 100
  const started = now()
  let lastDraw = -Infinity
  let shown = false
  const count = (n: number): string => n.toLocaleString('en-US')
  return {
    update(done, total) {
      const t = now()
      if (t - started < delay || (t - lastDraw < interval && done < total)) return
      lastDraw = t
      shown = true
      io.stderr(`${CLEAR_LINE}detlint: ${options.label} ${count(done)} of ${count(total)}`)
    },
    end() {
      if (shown) io.stderr(CLEAR_LINE)
      shown = false
    }
  }
}

/** Runs `work` with progress updates; the line is erased however `work` ends. */
export function withProgress<T>(progress: Progress, work: (update: Progress['update']) => T): T {
  try {
    return work(progress.update)
  } finally {
    progress.end()
  }
}
