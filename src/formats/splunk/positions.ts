/**
 * File positions of offsets into the `search` scalar's decoded text.
 *
 * `scalarOffsetAt` (yaml/positioned.ts) is the mapping; it recounts the scalar on every
 * call, which costs a quarter of a corpus read when a search has dozens of predicates. Here
 * the same mapping is precomputed once per scalar for the scalars whose source characters
 * are each one decoded character (plain, literal and folded scalars, single-quoted ones
 * without `''`, double-quoted ones without escapes: every non-space source character is
 * then one unit of `scalarOffsetAt`), and `scalarOffsetMapper` (the general mapping, with the
 * scalar's source read once) for the others.
 * A test holds the two to the same answer for every index of every corpus search.
 */
import type { SourcePos } from '../../ir.js'
import { scalarOffsetMapper, type LineIndex, type YamlScalar } from '../../yaml/positioned.js'

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13
}

/** Offset in the text of each index of the scalar's value: `scalarOffsetAt`'s answer. */
export function scalarOffsets(text: string, node: YamlScalar): (index: number) => number {
  if (node.contentStart < 0 || !oneCharacterUnits(text, node)) return scalarOffsetMapper(text, node)
  const end = Math.min(node.contentEnd, text.length)
  if (end - node.contentStart === node.value.length && text.startsWith(node.value, node.contentStart))
    return verbatimOffsets(node)
  // The units: the non-space characters of the source, one character each (`unitMapper`'s
  // answer for units of width 1, with their offsets in a typed array, not an object each).
  const offsets = new Int32Array(Math.max(end - node.contentStart, 0))
  let n = 0
  for (let i = node.contentStart; i < end; i++) if (!isSpace(text.charCodeAt(i))) offsets[n++] = i
  const value = node.value
  const nonSpaceBefore = new Int32Array(value.length + 1)
  for (let i = 0; i < value.length; i++)
    nonSpaceBefore[i + 1] = nonSpaceBefore[i] + (isSpace(value.charCodeAt(i)) ? 0 : 1)
  const afterLast = n === 0 ? node.contentStart : offsets[n - 1] + 1
  return (index: number): number => {
    const k = nonSpaceBefore[Math.min(Math.max(index, 0), value.length)]
    if (index >= value.length) {
      if (n === 0) return node.contentStart
      const last = Math.min(k, n) - 1
      return last < 0 ? afterLast : offsets[last] + 1
    }
    return k < n ? offsets[k] : afterLast
  }
}

/**
 * `scalarOffsets` for a scalar whose source is its value, character for character (a
 * one-line search in single quotes, most of them): the k-th non-space character of the value
 * is the k-th unit, so an index maps to the first non-space character at or after it, with
 * nothing counted in advance.
 */
function verbatimOffsets(node: YamlScalar): (index: number) => number {
  const value = node.value
  const start = node.contentStart
  // Just after the last non-space character (0 when there is none).
  let end = value.length
  while (end > 0 && isSpace(value.charCodeAt(end - 1))) end--
  return (index: number): number => {
    let i = Math.max(index, 0)
    if (i < value.length) while (i < end && isSpace(value.charCodeAt(i))) i++
    return i < end ? start + i : start + end
  }
}

function oneCharacterUnits(text: string, node: YamlScalar): boolean {
  if (node.style === 'single') return text.slice(node.contentStart, node.contentEnd).indexOf("''") === -1
  if (node.style === 'double') return text.slice(node.contentStart, node.contentEnd).indexOf('\\') === -1
  return true
}

/** `scalarOffsets` as file positions, memoised per offset. */
export function scalarPositions(
  text: string,
  node: YamlScalar,
  lines: LineIndex
): (index: number) => SourcePos {
  const offsetOf = scalarOffsets(text, node)
  const memo = new Map<number, SourcePos>()
  return (index: number): SourcePos => {
    let p = memo.get(index)
    if (p === undefined) {
      p = lines.position(offsetOf(index))
      memo.set(index, p)
    }
    return { line: p.line, column: p.column }
  }
}
