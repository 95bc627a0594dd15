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
}).then(code => {
  process.exitCode = code
})
