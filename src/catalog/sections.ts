/**
 * The layout the catalog file and the catalog cache share: one JSON document whose first
 * line is a header which, with a closing `}`, is JSON of its own. The header gives the
 * length of the body (everything after the header line, in bytes) and where each section's
 * value lies in it, so a reader parses the header and then only the sections it needs, and
 * reads from the file only those bytes (`fileSource`).
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, type Stats } from 'node:fs'

/** Where a section's value lies in the body: `[start, end)` in bytes. */
export type Span = [number, number]

/**
 * Builds a body piece by piece, keeping the span of each piece put. Each piece is kept as
 * its UTF-8 bytes, encoded once when put (its length is then known without a second pass),
 * so the document is written as bytes without first joining an 11 MB string.
 */
export class BodyWriter {
  private readonly pieces: Buffer[] = []
  /** Bytes put so far. */
  length = 0

  put(data: string | Buffer): Span {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    const start = this.length
    this.pieces.push(bytes)
    this.length += bytes.length
    return [start, this.length]
  }

  /** `,"name":[` and one value per line; the spans of the values. */
  list(name: string, values: readonly string[]): Span[] {
    this.put(`,${JSON.stringify(name)}:[\n`)
    const spans = values.map((v, i) => {
      if (i > 0) this.put('\n,')
      return this.put(v)
    })
    this.put('\n]\n')
    return spans
  }

  /** The document as bytes: the header (a JSON object, its closing brace left to the body) and the body. */
  bytes(header: object): Buffer {
    return Buffer.concat([Buffer.from(headerLine(header), 'utf8'), ...this.pieces])
  }
}

function headerLine(header: object): string {
  return `${JSON.stringify(header).slice(0, -1)}\n`
}

/** Bytes read by position: a buffer in memory, or a file read as asked. */
export interface ByteSource {
  readonly size: number
  /** Bytes `[start, end)`, within `size`. Throws when they cannot be read. */
  bytes(start: number, end: number): Buffer
}

export function bufferSource(buffer: Buffer): ByteSource {
  return { size: buffer.length, bytes: (start, end) => buffer.subarray(start, end) }
}

/** Bytes `[start, end)` of another source, as a source of their own. */
export function subSource(source: ByteSource, start: number, end: number): ByteSource {
  return { size: end - start, bytes: (s, e) => source.bytes(start + s, start + e) }
}

const openFiles = new FinalizationRegistry<number>(fd => {
  try {
    closeSync(fd)
  } catch {
    // already closed
  }
})

/**
 * A file read by position: a check of a few rules reads the header and the few sections its
 * rules need (about a third of a catalog of the public corpora), not the whole file. The file
 * stays open while the source is in use (it is closed when the source is collected, or at
 * exit), so a file renamed over it meanwhile (a cache written back) does not change what is
 * read; a file rewritten in place is noticed (its size or modification time changed) and
 * is an error, never a misread. On Windows, where an open file cannot always be replaced,
 * the file is read whole at once. Throws the system's error when the file cannot be opened.
 */
export function fileSource(file: string): ByteSource {
  if (process.platform === 'win32') return bufferSource(readFileSync(file))
  const fd = openSync(file, 'r')
  let st: Stats
  try {
    st = fstatSync(fd)
  } catch (err) {
    closeSync(fd)
    throw err
  }
  const { size, mtimeMs: mtime } = st
  // Not a regular file (a folder, a device): read as before, and fail as that fails.
  if (!st.isFile()) {
    closeSync(fd)
    return bufferSource(readFileSync(file))
  }
  const source: ByteSource = {
    size,
    bytes(start, end) {
      const now = fstatSync(fd)
      if (now.size !== size || now.mtimeMs !== mtime)
        throw new Error('the file was changed while it was being read')
      const out = Buffer.allocUnsafe(end - start)
      for (let got = 0; got < out.length;) {
        const n = readSync(fd, out, got, out.length - got, start + got)
        if (n === 0) throw new Error('the file ended before its last section')
        got += n
      }
      return out
    }
  }
  openFiles.register(source, fd)
  return source
}

/** The first line's length at most: a header longer than this is not one. */
const MAX_HEADER = 16 * 1024 * 1024

/**
 * The header of a document in this layout, and where its body starts. Null when the first
 * line is not such a header: an older document written as one JSON value, or not JSON.
 */
export function readHeaderLine(source: ByteSource): { header: unknown; bodyStart: number } | null {
  let chunk = 64 * 1024
  let head = source.bytes(0, Math.min(source.size, chunk))
  let newline = head.indexOf(10)
  while (newline < 0 && head.length < source.size && head.length < MAX_HEADER) {
    chunk *= 4
    head = source.bytes(0, Math.min(source.size, chunk))
    newline = head.indexOf(10)
  }
  if (newline < 0) return null
  try {
    return { header: JSON.parse(`${head.toString('utf8', 0, newline)}}`), bodyStart: newline + 1 }
  } catch {
    return null
  }
}

/** Is the body as long as the header says (a file cut short, or changed after, is not)? */
export function bodyIsWhole(header: Record<string, unknown>, size: number, bodyStart: number): boolean {
  return typeof header.body === 'number' && size - bodyStart === header.body
}

/** Is `v` a span within a body of `body` bytes? */
export function isSpan(v: unknown, body: number): v is Span {
  return (
    Array.isArray(v) &&
    v.length === 2 &&
    Number.isInteger(v[0]) &&
    Number.isInteger(v[1]) &&
    v[0] >= 0 &&
    v[0] <= v[1] &&
    v[1] <= body
  )
}

/** The text of a section. */
export function sectionText(source: ByteSource, bodyStart: number, span: Span): string {
  return source.bytes(bodyStart + span[0], bodyStart + span[1]).toString('utf8')
}
