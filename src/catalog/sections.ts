/**
 * The layout the catalog file and the catalog cache share: one JSON document whose first
 * line is a header which, with a closing `}`, is JSON of its own. The header gives the
 * length of the body (everything after the header line, in bytes) and where each section's
 * value lies in it, so a reader parses the header and then only the sections it needs.
 */

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

  /** The document as text: the header (a JSON object, its closing brace left to the body) and the body. */
  text(header: object): string {
    return this.bytes(header).toString('utf8')
  }

  /** The document as bytes. */
  bytes(header: object): Buffer {
    return Buffer.concat([Buffer.from(headerLine(header), 'utf8'), ...this.pieces])
  }
}

function headerLine(header: object): string {
  return `${JSON.stringify(header).slice(0, -1)}\n`
}

/**
 * The header of a document in this layout, and where its body starts. Null when the first
 * line is not such a header: an older document written as one JSON value, or not JSON.
 */
export function readHeaderLine(bytes: Buffer): { header: unknown; bodyStart: number } | null {
  const newline = bytes.indexOf(10)
  if (newline < 0) return null
  try {
    return { header: JSON.parse(`${bytes.toString('utf8', 0, newline)}}`), bodyStart: newline + 1 }
  } catch {
    return null
  }
}

/** Is the body as long as the header says (a file cut short, or changed after, is not)? */
export function bodyIsWhole(header: Record<string, unknown>, bytes: Buffer, bodyStart: number): boolean {
  return typeof header.body === 'number' && bytes.length - bodyStart === header.body
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
export function sectionText(bytes: Buffer, bodyStart: number, span: Span): string {
  return bytes.toString('utf8', bodyStart + span[0], bodyStart + span[1])
}
