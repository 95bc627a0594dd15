/**
 * Reading one rule file's bytes and text, safely: only regular files are read (a FIFO, a
 * device or a socket is refused before anything is read from it), at most the size limit
 * plus one byte is read, and a broken or looping symbolic link is named as such. Text in
 * UTF-16 or UTF-32 with a byte order mark is decoded; invalid UTF-8 is reported with its
 * line.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readlinkSync,
  readSync,
  statSync
} from 'node:fs'
import type { Stats } from 'node:fs'

/** The default size limit per file: 5 MB. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024

/** Why a file was not read: a stable code and a sentence. */
export interface FileProblem {
  code: string
  message: string
}

/**
 * A file's bytes (with its stat fingerprint, `<size>:<mtimeMs>`, taken on the open file
 * before they were read: see `statFingerprint`), or why it was not read.
 */
export type SourceBytes = { ok: true; bytes: Buffer; stat?: string } | ({ ok: false } & FileProblem)

function problem(code: string, message: string): SourceBytes {
  return { ok: false, code, message }
}

/** The `code` of a Node.js system error (`ENOENT`, `ELOOP`, ...), or ''. */
export function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException | null)?.code ?? ''
}

/** The message of anything thrown. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

/** `5 MB`, `512 kB`, `120 bytes`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} kB`
  return `${n} bytes`
}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)'
  if (st.isCharacterDevice()) return 'a character device'
  if (st.isBlockDevice()) return 'a block device'
  if (st.isSocket()) return 'a socket'
  if (st.isDirectory()) return 'a folder'
  return 'not a regular file'
}

function notRegular(st: Stats): SourceBytes {
  return problem('io/not-regular', `${kindOf(st)}, not a regular file: not read`)
}

function tooLarge(size: string, max: number): SourceBytes {
  return problem(
    'io/too-large',
    `${size}, more than the size limit of ${formatBytes(max)} (max-file-size): not read`
  )
}

/** Follows a link: the target's stats, or the problem of a broken or looping link. */
function statLink(file: string): Stats | SourceBytes {
  try {
    return statSync(file)
  } catch (err) {
    if (errorCode(err) === 'ELOOP')
      return problem(
        'io/symlink-loop',
        'a symbolic link loop: the link resolves to itself through other links'
      )
    if (errorCode(err) === 'ENOENT' || errorCode(err) === 'ENOTDIR') {
      let target = ''
      try {
        target = ` (to ${JSON.stringify(readlinkSync(file))})`
      } catch {
        // the target name is only for the message
      }
      return problem('io/broken-symlink', `a broken symbolic link${target}: its target does not exist`)
    }
    return problem('io/unreadable', `cannot read the file: ${errorText(err)}`)
  }
}

/** The file's stats before opening it, following a link; or why it is not read. */
function inspect(file: string): Stats | SourceBytes {
  let st: Stats
  try {
    st = lstatSync(file)
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return problem('io/missing', 'no such file')
    return problem('io/unreadable', `cannot read the file: ${errorText(err)}`)
  }
  return st.isSymbolicLink() ? statLink(file) : st
}

function isStats(v: Stats | SourceBytes): v is Stats {
  return !('ok' in v)
}

/**
 * The stat fingerprint of a file as `readSourceBytes` would read it (a link followed):
 * `<size>:<mtimeMs>`, with the modification time as Node.js gives it, in full. Null when
 * the file cannot be looked at, is not a regular file, or is over `maxBytes` (it would not
 * be read). One system call; never throws.
 */
export function statFingerprint(file: string, maxBytes: number = DEFAULT_MAX_FILE_SIZE): string | null {
  let st: Stats | undefined
  try {
    st = statSync(file, { throwIfNoEntry: false })
  } catch {
    return null
  }
  if (st === undefined || !st.isFile() || st.size > maxBytes) return null
  return fingerprintOf(st)
}

/** `<size>:<mtimeMs>` of a file's stats. */
function fingerprintOf(st: Stats): string {
  return `${st.size}:${st.mtimeMs}`
}

/**
 * Reads a regular file of at most `maxBytes` bytes. Anything else (not a regular file, too
 * large, a broken or looping link, no permission) is a problem, and nothing is read from
 * a file that is not regular. Never throws.
 *
 * The common case takes four system calls: a file that is not a link is opened at once
 * (`O_NOFOLLOW`, and `O_NONBLOCK` so a FIFO does not wait for a writer) and checked on the
 * open descriptor. A link, or anything that cannot be opened so, takes the careful path:
 * looked at first (`lstat`), so a link is named when broken or looping and a socket or a
 * FIFO behind a link is refused before it is opened.
 */
export function readSourceBytes(file: string, maxBytes: number = DEFAULT_MAX_FILE_SIZE): SourceBytes {
  let fd: number
  try {
    fd = openSync(file, OPEN_FLAGS | NO_FOLLOW)
  } catch {
    return readCarefully(file, maxBytes)
  }
  return readOpen(fd, maxBytes, true)
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)
/** Where the platform has it (not on Windows, where `readCarefully` sees links first anyway). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0

function readCarefully(file: string, maxBytes: number): SourceBytes {
  const before = inspect(file)
  if (!isStats(before)) return before
  if (!before.isFile()) return notRegular(before)
  if (before.size > maxBytes) return tooLarge(`${before.size} bytes`, maxBytes)
  let fd: number
  try {
    // O_NONBLOCK: a file swapped for a FIFO since the check opens without waiting for a writer.
    fd = openSync(file, OPEN_FLAGS)
  } catch (err) {
    const code = errorCode(err)
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : errorText(err)
    return problem('io/unreadable', `cannot read the file: ${why}`)
  }
  return readOpen(fd, maxBytes, false)
}

/**
 * Reads an open file (and closes it), when it is a regular file. `checkSize`: its size was
 * not looked at before opening it, so a file over the limit is refused here, unread.
 */
function readOpen(fd: number, maxBytes: number, checkSize: boolean): SourceBytes {
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) return notRegular(st)
    if (checkSize && st.size > maxBytes) return tooLarge(`${st.size} bytes`, maxBytes)
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1)
    let got = 0
    for (;;) {
      if (got === buf.length) break
      const n = readSync(fd, buf, got, buf.length - got, null)
      if (n === 0) break
      got += n
    }
    if (got > maxBytes) return tooLarge('the file grew while it was read', maxBytes)
    return { ok: true, bytes: buf.subarray(0, got), stat: fingerprintOf(st) }
  } catch (err) {
    return problem('io/unreadable', `cannot read the file: ${errorText(err)}`)
  } finally {
    closeSync(fd)
  }
}

// ---------------------------------------------------------------------------------------
// Text

/** A problem met while decoding, with its place. */
export interface TextProblem extends FileProblem {
  line: number
  column: number
  severity: 'error' | 'warning'
}

export interface SourceText {
  text: string
  /** `utf-8`, or the encoding its byte order mark names. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'
  problems: TextProblem[]
}

function decodeUtf32(bytes: Buffer, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length - (bytes.length % 4))
  let out = ''
  const chunk: number[] = []
  for (let i = 0; i + 4 <= view.byteLength; i += 4) {
    const cp = view.getUint32(i, littleEndian)
    chunk.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp)
    if (chunk.length >= 4096) out += String.fromCodePoint(...chunk.splice(0))
  }
  return out + String.fromCodePoint(...chunk)
}

function decodeUtf16be(bytes: Buffer): string {
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2))
  const swapped = Buffer.from(even)
  swapped.swap16()
  return swapped.toString('utf16le')
}

/** The offset of the first byte that is not valid UTF-8, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0
  const n = bytes.length
  while (i < n) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    // Lead byte → continuation bytes and the least code point (no overlong forms).
    const [need, min] =
      b >= 0xc2 && b <= 0xdf
        ? [1, 0x80]
        : b >= 0xe0 && b <= 0xef
          ? [2, 0x800]
          : b >= 0xf0 && b <= 0xf4
            ? [3, 0x10000]
            : [0, 0]
    if (need === 0) return i
    let cp = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

/** 1-based line and column (in characters) of a byte offset of UTF-8 bytes. */
function placeOf(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: bytes.subarray(lineStart, offset).toString('utf8').length + 1 }
}

/**
 * The file's text: UTF-8 (a UTF-8 byte order mark is kept, as readers expect it), or
 * UTF-16/UTF-32 when a byte order mark says so (the mark dropped). Invalid UTF-8 is read
 * with U+FFFD in place of the bad bytes, and reported once, at the first of them.
 */
export function decodeSource(bytes: Buffer): SourceText {
  const [b0, b1, b2, b3] = bytes
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
    return { text: decodeUtf32(bytes.subarray(4), true), encoding: 'utf-32le', problems: [] }
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
    return { text: decodeUtf32(bytes.subarray(4), false), encoding: 'utf-32be', problems: [] }
  if (b0 === 0xff && b1 === 0xfe)
    return { text: bytes.subarray(2).toString('utf16le'), encoding: 'utf-16le', problems: [] }
  if (b0 === 0xfe && b1 === 0xff)
    return { text: decodeUtf16be(bytes.subarray(2)), encoding: 'utf-16be', problems: [] }
  const text = bytes.toString('utf8')
  const bad = text.includes('\ufffd') ? invalidUtf8Offset(bytes) : -1
  if (bad === -1) return { text, encoding: 'utf-8', problems: [] }
  const shown = [...bytes.subarray(bad, bad + 4)].map(b => `0x${b.toString(16).padStart(2, '0')}`).join(' ')
  return {
    text,
    encoding: 'utf-8',
    problems: [
      {
        ...placeOf(bytes, bad),
        severity: 'error',
        code: 'file/invalid-utf8',
        message:
          `invalid UTF-8 at byte ${bad} (${shown}): the file is read with U+FFFD in place of the bad bytes; ` +
          'save it as UTF-8'
      }
    ]
  }
}
