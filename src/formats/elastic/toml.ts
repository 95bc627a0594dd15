/**
 * The parsed TOML, typed before it travels further: a file context that knows where every
 * key is (`layout.ts`), and readers for the shapes the Elastic schema expects.
 */
import { TomlDate } from 'smol-toml'
import type { JsonValue, SourcePos } from '../../ir.js'
import { LineIndex } from '../../yaml/positioned.js'
import type { Diagnostics } from './diagnostics.js'
import { locate, scanToml } from './layout.js'
import type { PathSegment, TomlLayout } from './layout.js'

export type TomlTable = { [key: string]: unknown }

export function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
}

/**
 * One rule file: its text, line index and key layout, each built on first use (the line
 * index on the line starts format detection found: `lineStarts`).
 */
export class RuleFile {
  private scanned: TomlLayout | null = null
  private indexed: LineIndex | null = null

  constructor(
    readonly path: string,
    readonly text: string,
    readonly diags: Diagnostics
  ) {}

  get layout(): TomlLayout {
    if (this.scanned === null) this.scanned = scanToml(this.text)
    return this.scanned
  }

  get lines(): LineIndex {
    if (this.indexed === null) this.indexed = new LineIndex(this.text)
    return this.indexed
  }

  /** 1-based line and column of an offset, as `LineIndex#position` gives them. */
  position(offset: number): SourcePos {
    return this.lines.position(offset)
  }

  /** File position of a key path's value (or of its nearest located ancestor, else line 1). */
  pos(path: readonly PathSegment[]): SourcePos {
    const offset = locate(this.layout, path)
    return offset === null ? { line: 1, column: 1 } : this.lines.position(offset)
  }

  /** An optional string under `table`; another type is reported and ignored. */
  string(table: TomlTable, key: string, where: readonly PathSegment[]): string | null {
    const v = table[key]
    if (v === undefined) return null
    if (typeof v === 'string') return v
    this.diags.warning(
      'elastic/invalid-metadata',
      `\`${dotted([...where, key])}\` should be a string, not ${typeName(v)}`,
      this.pos([...where, key])
    )
    return null
  }

  /** An optional list of strings; a single string is accepted (and reported), other items dropped. */
  strings(table: TomlTable, key: string, where: readonly PathSegment[]): string[] | null {
    const v = table[key]
    if (v === undefined) return null
    // The key's name and position are only worked out for a warning: most lists have none.
    const warn = (message: (name: string) => string): void =>
      this.diags.warning(
        'elastic/invalid-metadata',
        message(dotted([...where, key])),
        this.pos([...where, key])
      )
    if (typeof v === 'string') {
      warn(name => `\`${name}\` should be a list of strings; read as one`)
      return [v]
    }
    if (!Array.isArray(v)) {
      warn(name => `\`${name}\` should be a list of strings, not ${typeName(v)}`)
      return null
    }
    const out: string[] = []
    for (const item of v) {
      if (typeof item === 'string') out.push(item)
      else warn(name => `an item of \`${name}\` is ${typeName(item)}, not a string; ignored`)
    }
    return out
  }
}

/** `rule.threat[0].technique` for messages. */
export function dotted(path: readonly PathSegment[]): string {
  let out = ''
  for (const s of path) {
    if (typeof s === 'number') out += `[${s}]`
    else out += (out ? '.' : '') + (/^[A-Za-z0-9_-]+$/.test(s) ? s : JSON.stringify(s))
  }
  return out
}

export function typeName(v: unknown): string {
  if (Array.isArray(v)) return 'a list'
  if (v instanceof Date) return 'a date'
  if (isTable(v)) return 'a table'
  if (typeof v === 'string') return 'a string'
  if (typeof v === 'boolean') return 'a boolean'
  if (typeof v === 'number' || typeof v === 'bigint') return 'a number'
  return typeof v
}

/** A TOML value as JSON: dates as their TOML text, non-finite numbers as strings. */
export function toJson(v: unknown): JsonValue {
  if (v === null || v === undefined) return null
  if (typeof v === 'string' || typeof v === 'boolean') return v
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v)
  if (typeof v === 'bigint') return v.toString()
  if (v instanceof TomlDate) return v.toISOString()
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString()
  if (Array.isArray(v)) return v.map(toJson)
  if (isTable(v)) {
    const out: { [key: string]: JsonValue } = {}
    for (const [k, x] of Object.entries(v)) out[k] = toJson(x)
    return out
  }
  return String(v)
}
