/**
 * Where things are in a TOML file. smol-toml gives values without positions, so this scanner
 * walks the raw text once and records, for every table header and every `key = value` of
 * the file, the offset where it starts, under its full key path (array-of-tables elements
 * by index: `rule.threat[1].technique[0].id`). It runs only on text smol-toml has accepted,
 * but never throws and always moves forward whatever the input.
 *
 * Values inside inline tables and arrays are not indexed: a lookup falls back to the
 * nearest indexed ancestor.
 */

/** How a string value is written: `'''`, `'`, `"""`, `"`, or not a string. */
export type ValueStyle = 'literal-ml' | 'literal' | 'basic-ml' | 'basic' | 'other'

export interface ValueLocation {
  /** Offset of the value's first character (its opening quote for a string). */
  offset: number
  style: ValueStyle
}

export type PathSegment = string | number

export interface TomlLayout {
  /** Key path → where its value starts. */
  values: Map<string, ValueLocation>
  /** Table path → offset of its header (`[rule]`, `[[rule.threat]]`). */
  tables: Map<string, number>
}

/** The map key of a path: segments joined by NUL, array indices as `#n`. */
export function pathKey(path: readonly PathSegment[]): string {
  let out = ''
  for (let i = 0; i < path.length; i++) {
    const s = path[i]
    if (i > 0) out += '\u0000'
    out += typeof s === 'number' ? `#${s}` : s
  }
  return out
}

/** The offset of a key path, or of its nearest indexed ancestor (value or table); null if none. */
export function locate(layout: TomlLayout, path: readonly PathSegment[]): number | null {
  for (let n = path.length; n > 0; n--) {
    const key = pathKey(path.slice(0, n))
    const v = layout.values.get(key)
    if (v !== undefined) return v.offset
    const t = layout.tables.get(key)
    if (t !== undefined) return t
  }
  return null
}

/** A-Z a-z 0-9 _ - */
function isBareKeyChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45
}

export function scanToml(text: string): TomlLayout {
  const values = new Map<string, ValueLocation>()
  const tables = new Map<string, number>()
  /** Array-of-tables path (resolved, as a key) → number of elements so far. */
  const arrays = new Map<string, number>()
  const n = text.length
  let i = 0
  /** The current table's key (`pathKey` of its resolved path). */
  let tableKey = ''

  const skipSpaces = (): void => {
    let c = text.charCodeAt(i)
    while (c === 32 || c === 9) c = text.charCodeAt(++i)
  }
  const skipToLineEnd = (): void => {
    const e = text.indexOf('\n', i)
    i = e === -1 ? n : e + 1
  }

  /** A dotted key: bare, `"basic"` or `'literal'` parts. Stops at `=` or `]`. */
  const readKey = (): string[] => {
    const parts: string[] = []
    for (;;) {
      skipSpaces()
      const c = text.charCodeAt(i)
      if (c === 34) {
        const end = basicEnd(text, i + 1)
        parts.push(decodeBasicKey(text.slice(i + 1, end)))
        i = Math.min(n, end + 1)
      } else if (c === 39) {
        const e = text.indexOf("'", i + 1)
        const end = e === -1 ? n : e
        parts.push(text.slice(i + 1, end))
        i = Math.min(n, end + 1)
      } else {
        const start = i
        while (i < n && isBareKeyChar(text.charCodeAt(i))) i++
        if (i === start) return parts
        parts.push(text.slice(start, i))
      }
      skipSpaces()
      if (text.charCodeAt(i) !== 46) return parts
      i++
    }
  }

  /** A header's key: each prefix that is an array of tables gets its last index. */
  const resolve = (parts: string[], newElement: boolean): string => {
    let key = ''
    for (let k = 0; k < parts.length; k++) {
      key = k === 0 ? parts[k] : `${key}\u0000${parts[k]}`
      const count = arrays.get(key)
      if (k === parts.length - 1 && newElement) {
        arrays.set(key, (count ?? 0) + 1)
        key += `\u0000#${count ?? 0}`
      } else if (count !== undefined) key += `\u0000#${count - 1}`
    }
    return key
  }

  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 32 || c === 9 || c === 13 || c === 10 || c === 0xfeff) {
      i++
      continue
    }
    if (c === 35) {
      skipToLineEnd()
      continue
    }
    if (c === 91) {
      const start = i
      const double = text.charCodeAt(i + 1) === 91
      i += double ? 2 : 1
      tableKey = resolve(readKey(), double)
      tables.set(tableKey, start)
      skipToLineEnd()
      continue
    }
    const keyStart = i
    const parts = readKey()
    skipSpaces()
    if (parts.length === 0 || text.charCodeAt(i) !== 61) {
      // Not a key/value line (cannot happen in valid TOML): move on.
      if (i === keyStart) i++
      skipToLineEnd()
      continue
    }
    i++
    skipSpaces()
    const style = styleAt(text, i)
    const own = parts.length === 1 ? parts[0] : parts.join('\u0000')
    values.set(tableKey === '' ? own : `${tableKey}\u0000${own}`, { offset: i, style })
    i = valueEnd(text, i, style)
    skipToLineEnd()
  }
  return { values, tables }
}

/** The style of the value starting at `i`. */
export function styleAt(text: string, i: number): ValueStyle {
  if (text.startsWith("'''", i)) return 'literal-ml'
  if (text[i] === "'") return 'literal'
  if (text.startsWith('"""', i)) return 'basic-ml'
  if (text[i] === '"') return 'basic'
  return 'other'
}

/** Offset of the closing `"` of a basic string whose content starts at `from` (or the line end). */
function basicEnd(text: string, from: number): number {
  let j = from
  while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1
  return Math.min(j, text.length)
}

/** End of a multi-line string opened at `i` by `delim`: after the closing delimiter (up to 2 quotes may precede it). */
function multilineEnd(text: string, i: number, delim: string, escapes: boolean): number {
  const e = escapes ? nextUnescaped(text, i + 3, delim) : text.indexOf(delim, i + 3)
  if (e === -1) return text.length
  let close = e
  while (close < e + 2 && text[close + 3] === delim[0]) close++
  return close + 3
}

/** The next `delim` not preceded by an odd run of backslashes (an escaped quote). */
function nextUnescaped(text: string, from: number, delim: string): number {
  let j = from
  for (;;) {
    const e = text.indexOf(delim, j)
    if (e === -1) return -1
    let k = e - 1
    while (k >= from && text.charCodeAt(k) === 92) k--
    if ((e - 1 - k) % 2 === 0) return e
    j = e + 1
  }
}

/** Offset just after the value starting at `i`. */
function valueEnd(text: string, i: number, style: ValueStyle): number {
  switch (style) {
    case 'literal-ml':
      return multilineEnd(text, i, "'''", false)
    case 'basic-ml':
      return multilineEnd(text, i, '"""', true)
    case 'literal': {
      const e = text.indexOf("'", i + 1)
      return e === -1 ? text.length : e + 1
    }
    case 'basic':
      return basicEnd(text, i + 1) + 1
    case 'other':
      return text[i] === '[' || text[i] === '{' ? bracketEnd(text, i) : i
  }
}

/** End of an inline array or table: brackets balanced, strings and comments skipped. */
function bracketEnd(text: string, i: number): number {
  let depth = 0
  let j = i
  while (j < text.length) {
    const c = text.charCodeAt(j)
    if (c === 91 || c === 123) {
      depth++
      j++
    } else if (c === 93 || c === 125) {
      depth--
      j++
      if (depth <= 0) return j
    } else if (c === 35) {
      const e = text.indexOf('\n', j)
      j = e === -1 ? text.length : e + 1
    } else if (c === 34 || c === 39) {
      j = Math.max(j + 1, valueEnd(text, j, styleAt(text, j)))
    } else j++
  }
  return text.length
}

/** A quoted key's escapes (rare in keys; enough to match smol-toml's key). */
function decodeBasicKey(raw: string): string {
  return raw.includes('\\') ? decodeBasic(raw, 0, raw.length).value : raw
}

/**
 * Decodes a TOML basic string's content `text[from, to)` and maps every decoded offset back
 * to the raw text: `offsets[k]` is the raw offset of decoded character `k`
 * (`offsets[value.length]` = `to`). Handles `\b \t \n \f \r \e \" \\ \uXXXX \UXXXXXXXX`
 * and, in multi-line strings, the line-ending backslash that trims the following whitespace.
 */
export function decodeBasic(text: string, from: number, to: number): { value: string; offsets: number[] } {
  let value = ''
  const offsets: number[] = []
  let j = from
  const push = (s: string, at: number): void => {
    value += s
    for (let k = 0; k < s.length; k++) offsets.push(at)
  }
  while (j < to) {
    const c = text[j]
    if (c !== '\\') {
      push(c, j)
      j++
      continue
    }
    const e = text[j + 1]
    const simple = BASIC_ESCAPES[e]
    if (simple !== undefined) {
      push(simple, j)
      j += 2
    } else if (e === 'u' || e === 'U') {
      const len = e === 'u' ? 4 : 8
      const hex = text.slice(j + 2, j + 2 + len)
      const cp = /^[0-9a-fA-F]+$/.test(hex) && hex.length === len ? parseInt(hex, 16) : NaN
      if (!Number.isNaN(cp) && cp <= 0x10ffff) {
        push(String.fromCodePoint(cp), j)
        j += 2 + len
      } else {
        push(c, j)
        j++
      }
    } else if (e === ' ' || e === '\t' || e === '\n' || e === '\r') {
      // Line-ending backslash: skip whitespace and newlines up to the next content.
      let k = j + 1
      while (k < to && (text[k] === ' ' || text[k] === '\t' || text[k] === '\n' || text[k] === '\r')) k++
      j = k
    } else {
      push(c, j)
      j++
    }
  }
  offsets.push(to)
  return { value, offsets }
}

const BASIC_ESCAPES: Record<string, string> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  e: '\u001b',
  '"': '"',
  '\\': '\\'
}
