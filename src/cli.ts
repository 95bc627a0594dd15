/** The `detlint` executable: runs the CLI on the process's arguments. */
import { main } from './commands.js'

process.exitCode = main(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  cwd: process.cwd(),
  stderrIsTTY: process.stderr.isTTY === true
})
