/** The `detlint` executable: runs the CLI on the process's arguments. */
import { runCli } from './commands.js'

void runCli(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  cwd: process.cwd()
}).then(code => {
  process.exitCode = code
})
