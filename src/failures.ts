/** Internal failures on single files, told on stderr: one line each, the stack with `--debug`. */
import type { InternalFailure } from './engine.js'

/**
 * One line per failure (path, what was being done, the message); with `debug`, the stack
 * under it. The report itself carries each as an `internal-error` finding or diagnostic.
 */
export function reportFailures(
  failures: readonly InternalFailure[],
  io: { stderr: (text: string) => void; debug?: boolean }
): void {
  for (const f of failures) {
    const err = f.error
    const msg = err instanceof Error ? err.message : String(err)
    io.stderr(`detlint: internal error on ${f.path} while ${f.stage}: ${msg}\n`)
    if (io.debug === true && err instanceof Error && err.stack !== undefined) io.stderr(`${err.stack}\n`)
  }
}
