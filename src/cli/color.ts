/**
 * Colour on the terminal, as most CLIs decide it: `--no-color` and `--color` first, then
 * `NO_COLOR` (any non-empty value) and `FORCE_COLOR` (`0` or `false` turns it off), then
 * whether standard output is a terminal. The styles are
 * `node:util`'s `styleText` (see report/text.ts).
 */
import type { CliIO, FlagValue } from './spec.js'

export function colorEnabled(values: Record<string, FlagValue>, io: CliIO): boolean {
  if (values['no-color'] === true) return false
  if (values.color === true) return true
  const env = io.env ?? {}
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false'
  return io.stdoutIsTTY === true
}
