import { describe, expect, it } from '@jest/globals'
import { innerSource, queryDiagnostic, verbatimSource } from '../../src/query/source.js'

describe('verbatimSource', () => {
  // "ab\ncd\n\nef" starting at line 10, column 10
  const source = verbatimSource('rules/x.toml', 'ab\ncd\n\nef', { line: 10, column: 10 })

  it('keeps the path and the text', () => {
    expect(source.path).toBe('rules/x.toml')
    expect(source.text).toBe('ab\ncd\n\nef')
  })

  it.each([
    [0, 10, 10], // `a`: the first line starts at the given column
    [1, 10, 11],
    [2, 10, 12], // the newline itself
    [3, 11, 1], // `c`: later lines start at column 1
    [4, 11, 2],
    [6, 12, 1], // the empty line
    [7, 13, 1],
    [8, 13, 2],
    [9, 13, 3] // the end of the text
  ])('offset %i is at %i:%i', (offset, line, column) => {
    expect(source.pos(offset)).toEqual({ line, column })
  })

  it('clamps offsets outside the text', () => {
    expect(source.pos(-5)).toEqual({ line: 10, column: 10 })
    expect(source.pos(1000)).toEqual({ line: 13, column: 3 })
  })

  it('maps an empty text and a text of newlines', () => {
    expect(verbatimSource('p', '', { line: 3, column: 4 }).pos(0)).toEqual({ line: 3, column: 4 })
    const newlines = verbatimSource('p', '\n\n\n', { line: 1, column: 1 })
    expect([0, 1, 2, 3].map(o => newlines.pos(o))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 }
    ])
  })

  it('counts a carriage return as a character of its line', () => {
    const crlf = verbatimSource('p', 'a\r\nb', { line: 1, column: 1 })
    expect(crlf.pos(1)).toEqual({ line: 1, column: 2 })
    expect(crlf.pos(3)).toEqual({ line: 2, column: 1 })
  })

  it('maps offsets of a long text by binary search', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `line ${i}`).join('\n')
    const big = verbatimSource('p', text, { line: 1, column: 1 })
    const offset = text.indexOf('line 43210')
    expect(big.pos(offset + 5)).toEqual({ line: 43211, column: 6 })
  })
})

describe('innerSource', () => {
  // An ES|QL-like outer query with an inner one from offset 5: `kql("a:\"b\"")`
  const outer = verbatimSource('rules/x.toml', 'one\nkql("a:\\"b\\"")', { line: 20, column: 5 })
  // Inner text `a:"b"`: characters at outer offsets 9, 10, 11 (`\"`), 13, 14 (`\"`); end 16.
  const offsets = [9, 10, 11, 13, 14, 16]
  const inner = innerSource(outer, 'a:"b"', i => offsets[i])

  it('keeps the outer path and its own text', () => {
    expect(inner.path).toBe('rules/x.toml')
    expect(inner.text).toBe('a:"b"')
  })

  it('maps inner offsets through the outer source', () => {
    expect(inner.pos(0)).toEqual({ line: 21, column: 6 })
    expect(inner.pos(3)).toEqual({ line: 21, column: 10 })
    expect(inner.pos(5)).toEqual({ line: 21, column: 13 })
  })

  it('nests', () => {
    const innermost = innerSource(inner, 'b', i => i + 3)
    expect(innermost.pos(0)).toEqual({ line: 21, column: 10 })
  })
})

describe('queryDiagnostic', () => {
  it('positions a diagnostic at an offset of the query', () => {
    const source = verbatimSource('rules/x.toml', 'a:b\n  c:d', { line: 7, column: 9 })
    expect(queryDiagnostic(source, 6, 'error', 'kql/syntax', 'bad')).toEqual({
      path: 'rules/x.toml',
      line: 8,
      column: 3,
      severity: 'error',
      code: 'kql/syntax',
      message: 'bad'
    })
    expect(queryDiagnostic(source, 0, 'notice', 'x/y', 'm')).toMatchObject({
      line: 7,
      column: 9,
      severity: 'notice'
    })
  })
})
