/**
 * Writing what a command produces (`--output`, `-o`): missing folders are created, and a
 * path that cannot be written (a folder, no permission, a file where a folder should be)
 * is a usage error that names the option and the path, never a stack trace.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** A path given to an output option that cannot be written: exit code 2. */
export class OutputPathError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'OutputPathError'
  }
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied'
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder'
  if (code === 'EISDIR') return 'it is a folder'
  return err instanceof Error ? err.message : String(err)
}

/** Writes `text` (or bytes) to `file` (relative to `cwd`), creating its folder; `option` names the flag. */
export function writeOutputFile(
  file: string,
  text: string | Uint8Array,
  option: string,
  cwd: string = process.cwd()
): void {
  const abs = path.resolve(cwd, file)
  let isDir = false
  try {
    isDir = statSync(abs).isDirectory()
  } catch {
    // absent: written below
  }
  if (isDir) throw new OutputPathError(`${option}: ${JSON.stringify(file)} is a folder; give a file name`)
  try {
    mkdirSync(path.dirname(abs), { recursive: true })
  } catch (err) {
    throw new OutputPathError(
      `${option}: cannot create the folder of ${JSON.stringify(file)}: ${reason(err)}`
    )
  }
  try {
    writeFileSync(abs, text)
  } catch (err) {
    throw new OutputPathError(`${option}: cannot write ${JSON.stringify(file)}: ${reason(err)}`)
  }
}
