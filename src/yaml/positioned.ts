/**
 * A positioned YAML tree built on js-yaml's event stream (`parseEvents`).
 *
 * Every node knows where it starts in the file (0-based `offset`, 1-based `line` and
 * `column`), so readers can point a diagnostic or a predicate at the exact spot. Scalars
 * stay strings: only null is resolved (plain `''`, `~`, `null`, `Null`, `NULL`), because
 * rule formats compare `4688`, `true` and `'true'` as text.
 *
 * Aliases resolve to the anchored node itself (shared, never copied), so the tree is a DAG;
 * the total size aliases add is capped so an alias bomb becomes an error, not a hang.
 * Anchors are registered when their node is complete, which rules out cycles.
 *
 * Problems never escape as exceptions: a syntax error (or an unknown alias, or an alias
 * bomb) is returned as `error`, with the documents that were built dropped.
 */
import { EVENT_ID, SCALAR_STYLE, YAMLException, getScalarValue, parseEvents } from 'js-yaml'
import type { Event, ScalarEvent } from 'js-yaml'

export type ScalarStyleName = 'plain' | 'single' | 'double' | 'literal' | 'folded'

interface NodeBase {
  /** 1-based line of the node's first character. */
  line: number
  /** 1-based column of the node's first character. */
  column: number
  /** 0-based offset of the node's first character in the text. */
  offset: number
}

export interface YamlScalar extends NodeBase {
  kind: 'scalar'
  /** The decoded text. */
  value: string
  style: ScalarStyleName
  /** A plain `''`/`~`/`null`/`Null`/`NULL` without a `!!str` tag, or a `!!null` tag. */
  isNull: boolean
  /**
   * Where the scalar's source text lies, 0-based and end-exclusive (inside the quotes for
   * quoted scalars; the whole indented block for block scalars). `-1` when the scalar has no
   * source text (an empty value such as `key:`).
   */
  contentStart: number
  contentEnd: number
  /** The explicit tag as written (`!!str`), or null. */
  tag: string | null
}

export interface YamlSeq extends NodeBase {
  kind: 'seq'
  items: YamlNode[]
  flow: boolean
}

export interface YamlEntry {
  key: YamlScalar
  value: YamlNode
}

export interface YamlMap extends NodeBase {
  kind: 'map'
  entries: YamlEntry[]
  flow: boolean
}

export type YamlNode = YamlScalar | YamlSeq | YamlMap

export interface YamlDocument {
  /** The document's content; null for an empty document. */
  root: YamlNode | null
  /** 1 for the first document; else the line of its `---` marker (or of its content). */
  line: number
  /** True when the document begins with `---`. */
  explicitStart: boolean
}

/** A problem with the YAML itself, 1-based. */
export interface YamlProblem {
  message: string
  line: number
  column: number
}

export interface YamlParseResult {
  documents: YamlDocument[]
  /** A fatal problem: the documents are empty when it is set. */
  error: YamlProblem | null
  /** Problems that did not stop the build (for instance a non-scalar mapping key, skipped). */
  warnings: YamlProblem[]
  lines: LineIndex
}

export interface ParseYamlOptions {
  /** Maximum collection nesting (js-yaml's `maxDepth`). Default 100. */
  maxDepth?: number
  /** Maximum number of nodes that aliases may add to the expanded tree. Default 100,000. */
  maxAliasExpansion?: number
  /**
   * Apply YAML 1.1 merge keys (`<<: *base`, `<<: [*a, *b]`) as PyYAML does: the merged
   * entries come first, the map's own keys win, earlier maps of a list win over later ones.
   * Default false (the YAML 1.2 core schema has no merge keys).
   */
  mergeKeys?: boolean
}

const BOM = 0xfeff

/** The text `lineStarts` was last asked about, and its answer. */
let lastText: string | null = null
let lastStarts: readonly number[] = [0]

/**
 * The offsets where the lines of `text` start: 0, and just after each `\n`. The answer for
 * the last text asked about is kept, so that the steps reading one file (detecting its
 * format, the YAML parse, positions) share one scan of it.
 */
export function lineStarts(text: string): readonly number[] {
  if (text !== lastText) {
    const starts = [0]
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    lastText = text
    lastStarts = starts
  }
  return lastStarts
}

/** Offsets → 1-based line and column, by binary search over precomputed line starts. */
export class LineIndex {
  private readonly starts: readonly number[]
  private readonly bom: boolean

  constructor(text: string) {
    this.starts = lineStarts(text)
    this.bom = text.charCodeAt(0) === BOM
  }

  /** The index in `starts` of the line found last: lookups mostly move forward a little. */
  private hint = 0

  /** The 1-based line of a 0-based offset (clamped to the text). */
  lineOf(offset: number): number {
    const starts = this.starts
    if (offset <= 0) return 1
    let lo: number
    let hi: number
    let i = this.hint
    if (starts[i] <= offset) {
      // The line of the last lookup or one of the next few, else a search after them.
      for (let step = 0; step < 4; step++) {
        if (i + 1 === starts.length || starts[i + 1] > offset) {
          this.hint = i
          return i + 1
        }
        i++
      }
      lo = i
      hi = starts.length - 1
    } else {
      lo = 0
      hi = i - 1
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= offset) lo = mid
      else hi = mid - 1
    }
    this.hint = lo
    return lo + 1
  }

  /** The 0-based offset where a 1-based line starts. */
  lineStart(line: number): number {
    const i = Math.min(Math.max(line, 1), this.starts.length) - 1
    return this.starts[i]
  }

  get lineCount(): number {
    return this.starts.length
  }

  /** 1-based line and column. A byte-order mark does not count as a column. */
  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset)
    return { line, column: this.columnOf(offset, line) }
  }

  /** The 1-based column of an offset on its line (`lineOf(offset)`), as `position` gives it. */
  columnOf(offset: number, line: number): number {
    const o = Math.max(0, offset)
    let column = o - this.starts[line - 1] + 1
    if (line === 1 && this.bom && o > 0) column--
    return column
  }
}

const NULL_WORDS = new Set(['', '~', 'null', 'Null', 'NULL'])

/** A null word? The length comes first: hashing every long plain scalar would cost more. */
function isNullWord(value: string): boolean {
  return value.length <= 4 && NULL_WORDS.has(value)
}

/*
 * js-yaml's event kinds and scalar decoder, read once: the bundles carry js-yaml's CommonJS
 * build, whose named exports are getters, so reading `EVENT_ID.SCALAR` per event would cost a
 * call per event.
 */
const { DOCUMENT, MAPPING, SEQUENCE, SCALAR, ALIAS, POP } = EVENT_ID
const scalarValue = getScalarValue

const STYLE_NAMES: Record<number, ScalarStyleName> = {
  [SCALAR_STYLE.PLAIN]: 'plain',
  [SCALAR_STYLE.SINGLE_QUOTED]: 'single',
  [SCALAR_STYLE.DOUBLE_QUOTED]: 'double',
  [SCALAR_STYLE.LITERAL_BLOCK]: 'literal',
  [SCALAR_STYLE.FOLDED_BLOCK]: 'folded'
}

interface Frame {
  node: YamlMap | YamlSeq | null
  anchor: string | null
  /** The key waiting for its value (maps only). */
  key: YamlScalar | null
  /** A non-scalar key was met: its value is dropped. */
  skipValue: boolean
  hasKey: boolean
  /** A plain `<<` key was met (merge keys enabled). */
  hasMerge: boolean
}

class Builder {
  readonly documents: YamlDocument[] = []
  readonly warnings: YamlProblem[] = []
  private readonly anchors = new Map<string, YamlNode>()
  private readonly sizes = new Map<YamlNode, number>()
  private aliasBudget: number
  private stack: Frame[] = []
  private doc: YamlDocument | null = null
  /** End of the last thing with a source position, to place empty scalars. */
  private lastEnd = 0

  constructor(
    private readonly text: string,
    readonly lines: LineIndex,
    maxAliasExpansion: number,
    private readonly mergeKeys: boolean
  ) {
    this.aliasBudget = maxAliasExpansion
  }

  build(events: Event[]): YamlProblem | null {
    for (const ev of events) {
      switch (ev.type) {
        case DOCUMENT:
          this.doc = { root: null, line: 0, explicitStart: ev.explicitStart }
          this.documents.push(this.doc)
          this.anchors.clear() // anchors are per document
          this.stack = [
            { node: null, anchor: null, key: null, skipValue: false, hasKey: false, hasMerge: false }
          ]
          break
        case MAPPING:
        case SEQUENCE: {
          const line = this.lines.lineOf(ev.start)
          const column = this.lines.columnOf(ev.start, line)
          const flow = ev.style === 2
          const node: YamlMap | YamlSeq =
            ev.type === MAPPING
              ? { kind: 'map', entries: [], flow, line, column, offset: ev.start }
              : { kind: 'seq', items: [], flow, line, column, offset: ev.start }
          if (ev.start > this.lastEnd) this.lastEnd = ev.start
          this.stack.push({
            node,
            anchor: ev.anchorStart >= 0 ? this.text.slice(ev.anchorStart, ev.anchorEnd) : null,
            key: null,
            skipValue: false,
            hasKey: false,
            hasMerge: false
          })
          break
        }
        case SCALAR: {
          const node = this.scalar(ev)
          if (ev.anchorStart >= 0) this.anchors.set(this.text.slice(ev.anchorStart, ev.anchorEnd), node)
          this.attach(node)
          break
        }
        case ALIAS: {
          const name = this.text.slice(ev.anchorStart, ev.anchorEnd)
          const target = this.anchors.get(name)
          const pos = this.lines.position(ev.anchorStart - 1)
          if (!target) return { message: `unknown alias *${name}`, ...pos }
          this.aliasBudget -= this.expandedSize(target)
          if (this.aliasBudget < 0)
            return { message: `aliases expand to too many nodes (alias *${name})`, ...pos }
          if (ev.anchorEnd > this.lastEnd) this.lastEnd = ev.anchorEnd
          this.attach(target)
          break
        }
        case POP: {
          const frame = this.stack.pop()
          if (!frame || !frame.node) break // the document itself
          if (frame.hasMerge && frame.node.kind === 'map') frame.node.entries = this.merge(frame.node.entries)
          if (frame.anchor !== null) this.anchors.set(frame.anchor, frame.node)
          this.attach(frame.node)
          break
        }
      }
    }
    this.documents.forEach((d, i) => (d.line = this.documentLine(d, i)))
    return null
  }

  private scalar(ev: ScalarEvent): YamlScalar {
    const text = this.text
    const style = STYLE_NAMES[ev.style] ?? 'plain'
    const tag = ev.tagStart >= 0 ? text.slice(ev.tagStart, ev.tagEnd) : null
    const value = ev.valueStart >= 0 ? scalarValue(text, ev) : ''
    let offset: number
    if (ev.valueStart < 0) offset = this.emptyScalarOffset(ev)
    else if (style === 'single' || style === 'double') offset = ev.valueStart - 1
    else if (style === 'literal' || style === 'folded')
      offset = this.blockScalarOffset(ev.valueStart, ev.valueEnd)
    else offset = ev.valueStart
    if (ev.valueEnd > this.lastEnd) this.lastEnd = ev.valueEnd
    const isNull =
      tag === null ? style === 'plain' && isNullWord(value) : tag === '!!null' || tag.endsWith(':null')
    const line = this.lines.lineOf(offset)
    return {
      kind: 'scalar',
      value,
      style,
      isNull,
      contentStart: ev.valueStart,
      contentEnd: ev.valueEnd,
      tag,
      line,
      column: this.lines.columnOf(offset, line),
      offset
    }
  }

  /** An empty value sits where its key is; an empty list item where its `-` is. */
  private emptyScalarOffset(ev: ScalarEvent): number {
    if (ev.tagStart >= 0) return ev.tagStart
    if (ev.anchorStart >= 0) return ev.anchorStart - 1
    const top = this.stack[this.stack.length - 1]
    if (top?.node?.kind === 'map' && top.hasKey && top.key) return top.key.offset
    const text = this.text
    if (top?.node?.kind === 'seq') {
      const dash = text.indexOf('-', this.lastEnd)
      if (dash !== -1) {
        this.lastEnd = dash + 1
        return dash
      }
    }
    let i = this.lastEnd
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t'))
      i++
    return Math.min(i, text.length)
  }

  /** A block scalar starts at its first content character, else at its `|`/`>` indicator. */
  private blockScalarOffset(start: number, end: number): number {
    const text = this.text
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i)
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return i
    }
    for (let i = Math.min(start, text.length) - 1; i >= 0; i--) {
      const c = text[i]
      if (c === '|' || c === '>') return i
    }
    return start
  }

  private attach(node: YamlNode): void {
    const top = this.stack[this.stack.length - 1]
    if (!top) return
    const parent = top.node
    if (parent === null) {
      if (this.doc) this.doc.root = node
      return
    }
    if (parent.kind === 'seq') {
      parent.items.push(node)
      return
    }
    if (!top.hasKey) {
      top.hasKey = true
      if (node.kind === 'scalar') {
        top.key = node
        if (this.mergeKeys && node.style === 'plain' && node.value === '<<' && node.tag === null)
          top.hasMerge = true
        top.skipValue = false
      } else {
        top.key = null
        top.skipValue = true
        this.warnings.push({
          message: `a ${node.kind === 'map' ? 'mapping' : 'sequence'} used as a mapping key is not supported; the entry is ignored`,
          line: node.line,
          column: node.column
        })
      }
      return
    }
    if (!top.skipValue && top.key) parent.entries.push({ key: top.key, value: node })
    top.hasKey = false
    top.key = null
    top.skipValue = false
  }

  /** Resolves `<<` entries (PyYAML's `flatten_mapping`). */
  private merge(entries: YamlEntry[]): YamlEntry[] {
    const merged: YamlEntry[] = []
    const own: YamlEntry[] = []
    for (const e of entries) {
      const k = e.key
      if (!(k.value === '<<' && k.style === 'plain' && k.tag === null)) {
        own.push(e)
        continue
      }
      const sources = e.value.kind === 'seq' ? e.value.items : [e.value]
      const maps: YamlMap[] = []
      for (const src of sources) {
        if (src.kind === 'map') maps.push(src)
        else
          this.warnings.push({
            message: 'a merge key (`<<`) takes a map or a list of maps; this value is ignored',
            line: src.line,
            column: src.column
          })
      }
      for (let i = maps.length - 1; i >= 0; i--) merged.push(...maps[i].entries)
    }
    // Later entries win: keep the last entry of each key, in order of first appearance.
    const all = [...merged, ...own]
    const last = new Map<string, YamlEntry>()
    for (const e of merged) last.set(e.key.value, e)
    const ownEntries = new Set(own)
    const ownKeys = new Set(own.map(e => e.key.value))
    const out: YamlEntry[] = []
    const seen = new Set<string>()
    for (const e of all) {
      const key = e.key.value
      if (ownKeys.has(key)) {
        if (ownEntries.has(e)) out.push(e)
        continue
      }
      if (seen.has(key)) continue
      seen.add(key)
      out.push(last.get(key) ?? e)
    }
    return out
  }

  /** Number of nodes in the fully expanded tree under `node`, memoised. */
  private expandedSize(node: YamlNode): number {
    const known = this.sizes.get(node)
    if (known !== undefined) return known
    let size = 1
    if (node.kind === 'seq') for (const item of node.items) size += this.expandedSize(item)
    else if (node.kind === 'map') for (const e of node.entries) size += 1 + this.expandedSize(e.value)
    this.sizes.set(node, size)
    return size
  }

  /**
   * A document's line: 1 for the first document, else the line of the `---` before its
   * content (searched backwards over blank and comment lines), else the content's line.
   */
  private documentLine(doc: YamlDocument, index: number): number {
    const root = doc.root
    if (index === 0 || !root) return index === 0 ? 1 : this.lines.lineCount
    const text = this.text
    for (let line = root.line; line >= 1; line--) {
      const start = this.lines.lineStart(line)
      if (text.startsWith('---', start)) return line
      if (start < root.offset && line < root.line && !/^\s*(#.*)?$/.test(lineText(text, start))) break
    }
    return root.line
  }
}

function lineText(text: string, start: number): string {
  const end = text.indexOf('\n', start)
  return text.slice(start, end === -1 ? text.length : end)
}

/** Parses every document of `text` into positioned trees. Never throws. */
export function parseYaml(text: string, options: ParseYamlOptions = {}): YamlParseResult {
  const lines = new LineIndex(text)
  let events: Event[]
  try {
    events = parseEvents(text, { maxDepth: options.maxDepth ?? 100 })
  } catch (err) {
    return { documents: [], error: yamlProblem(err, lines), warnings: [], lines }
  }
  const builder = new Builder(text, lines, options.maxAliasExpansion ?? 100_000, options.mergeKeys ?? false)
  let error: YamlProblem | null
  try {
    error = builder.build(events)
  } catch (err) {
    error = yamlProblem(err, lines)
  }
  if (error) return { documents: [], error, warnings: builder.warnings, lines }
  return { documents: builder.documents, error: null, warnings: builder.warnings, lines }
}

function yamlProblem(err: unknown, lines: LineIndex): YamlProblem {
  if (err instanceof YAMLException) {
    const mark = err.mark
    const message = err.reason || err.message
    if (mark) {
      const pos =
        typeof mark.position === 'number' && mark.position >= 0
          ? lines.position(mark.position)
          : { line: mark.line + 1, column: mark.column + 1 }
      return { message, line: Math.max(1, pos.line), column: Math.max(1, pos.column) }
    }
    return { message, line: 1, column: 1 }
  }
  const message = err instanceof Error ? err.message : String(err)
  return { message, line: 1, column: 1 }
}

/**
 * Maps an index into a scalar's decoded `value` back to an offset in the text. Exact for
 * plain, literal and folded scalars and for quoted scalars without escapes; best effort for
 * escapes (an escaped character maps to its backslash). An index at or past the end maps
 * just after the last character. Decoded whitespace (which folding may have created) maps
 * to the next non-space character.
 */
export function scalarOffsetAt(text: string, node: YamlScalar, index: number): number {
  if (node.contentStart < 0) return node.offset
  const units = sourceUnits(text, node)
  const value = node.value
  // Count non-whitespace characters before `index` in the decoded value.
  let k = 0
  const stop = Math.min(Math.max(index, 0), value.length)
  for (let i = 0; i < stop; i++) if (!isSpace(value.charCodeAt(i))) k++
  return unitOffset(units, k, index >= value.length, node)
}

/** The source units of each scalar read so far (a scalar belongs to one text). */
const UNITS = new WeakMap<YamlScalar, SourceUnit[]>()

/**
 * `scalarOffsetAt` for many indices of one scalar: the scalar's source is read once, then
 * each index costs two array reads. Same answers as `scalarOffsetAt(text, node, index)`.
 */
export function scalarOffsetMapper(text: string, node: YamlScalar): (index: number) => number {
  if (node.contentStart < 0) return () => node.offset
  return unitMapper(sourceUnits(text, node), node)
}

/**
 * The mapping from value indices to text offsets, given the scalar's source units (its
 * non-whitespace source characters with their widths): an index is the unit of the k-th
 * non-whitespace character of the value, or just past the last unit.
 */
export function unitMapper(units: readonly SourceUnit[], node: YamlScalar): (index: number) => number {
  const value = node.value
  // nonSpaceBefore[i]: non-whitespace characters of the value before index i.
  const nonSpaceBefore = new Int32Array(value.length + 1)
  for (let i = 0; i < value.length; i++)
    nonSpaceBefore[i + 1] = nonSpaceBefore[i] + (isSpace(value.charCodeAt(i)) ? 0 : 1)
  return (index: number): number =>
    unitOffset(units, nonSpaceBefore[Math.min(Math.max(index, 0), value.length)], index >= value.length, node)
}

/** The offset of unit `k`; `past`: the index is at or after the value's end. */
function unitOffset(units: readonly SourceUnit[], k: number, past: boolean, node: YamlScalar): number {
  if (past) {
    if (units.length === 0) return node.contentStart
    const last = units[Math.min(k, units.length) - 1] ?? units[units.length - 1]
    return last.offset + last.width
  }
  if (k < units.length) return units[k].offset
  const last = units[units.length - 1]
  return last ? last.offset + last.width : node.contentStart
}

export interface SourceUnit {
  offset: number
  width: number
}

/** The non-whitespace characters of a scalar's source, each with its width in the text. */
function sourceUnits(text: string, node: YamlScalar): SourceUnit[] {
  // Read once per scalar: a key with thousands of modifiers asks for a position per modifier.
  const known = UNITS.get(node)
  if (known !== undefined) return known
  const out: SourceUnit[] = []
  UNITS.set(node, out)
  const end = Math.min(node.contentEnd, text.length)
  let i = node.contentStart
  while (i < end) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      i++
      continue
    }
    if (node.style === 'single' && c === 39 && text.charCodeAt(i + 1) === 39) {
      out.push({ offset: i, width: 2 })
      i += 2
      continue
    }
    if (node.style === 'double' && c === 92) {
      const width = escapeWidth(text, i)
      if (DECODES_TO_SPACE.has(text[i + 1])) {
        i += width
        continue
      }
      out.push({ offset: i, width })
      i += width
      continue
    }
    out.push({ offset: i, width: 1 })
    i++
  }
  return out
}

/** Escapes whose decoded character is whitespace (or nothing: an escaped line break). */
const DECODES_TO_SPACE = new Set(['\n', '\r', 't', 'n', 'r', ' ', '\t'])

function escapeWidth(text: string, i: number): number {
  const n = text[i + 1]
  if (n === 'x') return 4
  if (n === 'u') return 6
  if (n === 'U') return 10
  if (n === '\r' && text[i + 2] === '\n') return 3
  return 2
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13
}
