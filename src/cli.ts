#!/usr/bin/env node
/** The `detlint` executable: runs the CLI on the process's arguments. */
import { runCli } from './commands.js'

/**
 * A reader that went away (`detlint check … | head -1`) is not an error: stop writing and
 * end quietly with the exit code the run had, as `cat` and ESLint do.
 */
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw err
  })

void runCli(process.argv.slice(2), {
  stdout: text => void process.stdout.write(text),
  stderr: text => void process.stderr.write(text),
  cwd: process.cwd(),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env
}).then(async code => {
  process.exitCode = code
  // Everything the run does is done: end now, once what was written to the two streams has
  // been handed on. Left to itself, Node.js first waits for V8's background work (code still
  // being optimised, for a process about to end): 20-60 ms of a 0.4 s check.
  await Promise.all([process.stdout, process.stderr].map(drained))
  process.exit(code)
})

/** Resolves once what was written to `stream` before has been handed to the system. */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise(resolve => {
    if (stream.writableLength === 0 || stream.destroyed) resolve()
    else stream.write('', () => resolve())
  })
}
