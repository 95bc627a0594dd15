/**
 * File positions of offsets into the `search` scalar's decoded text.
 *
 * `scalarOffsetAt` (yaml/positioned.ts) is the mapping; it recounts the scalar on every
 * call, which costs a quarter of a corpus read when a search has dozens of predicates. Here
 * the same mapping is precomputed once per scalar for the scalars whose source characters
 * are each one decoded character (plain, literal and folded scalars, single-quoted ones
 * without `''`, double-quoted ones without escapes: every non-space source character is
 * then one unit of `scalarOffsetAt`), and `scalarOffsetAt` itself is used for the others.
 * A test holds the two to the same answer for every index of every corpus search.
 */
import type { SourcePos } from '../../ir.js'
import { scalarOffsetAt, type LineIndex, type YamlScalar } from '../../yaml/positioned.js'

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13
}

/** Offset in the text of each index of the scalar's value: `scalarOffsetAt`'s answer. */
export function scalarOffsets(text: string, node: YamlScalar): (index: number) => number {
  if (node.contentStart < 0 || !oneCharacterUnits(text, node))
    return index => scalarOffsetAt(text, node, index)
  // The units: the non-space characters of the source, one character each.
  const end = Math.min(node.contentEnd, text.length)
  const units: number[] = []
  for (let i = node.contentStart; i < end; i++) if (!isSpace(text.charCodeAt(i))) units.push(i)
  // nonSpaceBefore[i]: non-space characters of the value before index i.
  const value = node.value
  const nonSpaceBefore = new Int32Array(value.length + 1)
  for (let i = 0; i < value.length; i++)
    nonSpaceBefore[i + 1] = nonSpaceBefore[i] + (isSpace(value.charCodeAt(i)) ? 0 : 1)
  return (index: number): number => {
    const k = nonSpaceBefore[Math.min(Math.max(index, 0), value.length)]
    if (index >= value.length) {
      if (units.length === 0) return node.contentStart
      const last = units[Math.min(k, units.length) - 1] ?? units[units.length - 1]
      return last + 1
    }
    if (k < units.length) return units[k]
    return units.length > 0 ? units[units.length - 1] + 1 : node.contentStart
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
