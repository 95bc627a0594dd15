/**
 * Tables shared by the technique page (`detlint catalog show`) and the pull-request comment:
 * one table description, two renderers (GitHub markdown and aligned terminal text), and the
 * column sets of the key tables (indicators, exclusions), so a finding's evidence in the
 * comment reads like the rows of the page it comes from.
 *
 * Markdown escaping lives here too (`escapeMarkdown`, `codeSpan`; `markdown.ts` re-exports
 * them): table cells are where rule text meets markdown most.
 */
import type { Vendor } from '../ir.js'
import { parsePattern } from '../wildcard.js'
import { cleanText, clip, formatCount } from './common.js'

// ---------------------------------------------------------------------------------------
// Escaping

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // A zero-width joiner after `@` keeps `@user` and `@org/team` from notifying anyone;
  // a backslash would not, GitHub finds mentions after rendering.
  '@': '@\u200d'
}

/**
 * Makes text safe as inline markdown, in a paragraph, a list item or a table cell: no
 * mentions, no HTML, no line breaks, no `|` that splits a cell, no formatting (emphasis,
 * links, code, strikethrough, math, headings, lists, quotes).
 */
export function escapeMarkdown(text: string): string {
  return (
    cleanText(text)
      .replace(/[\\`*_[\]()#~|$&<>@]/g, c => ESCAPES[c] ?? `\\${c}`)
      // `#123` would still link (and cross-reference) an issue: break it like a mention.
      .replace(/\\#(?=[0-9])/g, '\\#\u200d')
      // GFM autolinks read the raw text, escapes included, and would link a mangled URL:
      // an entity for the `:` or `.` shows the same text without a link.
      .replace(/\b(https?|ftp):(?=\/\/)/gi, '$1&#58;')
      .replace(/\bwww\./gi, 'www&#46;')
      // Block syntax only counts at the start of a line, which is where a caller may put this.
      .replace(/^(\s*)([-+=])/, '$1\\$2')
      .replace(/^(\s*\d+)\./, '$1\\.')
  )
}

export interface CodeSpanOptions {
  /**
   * Escape `|` for a table cell (the default): GFM splits cells on `|` even inside code
   * spans and removes the backslash again. Set false outside tables, where `\|` would show.
   */
  table?: boolean
}

/**
 * An inline code span that shows `text` literally, whatever it holds: the backtick fence is
 * longer than any run of backticks inside, padded with spaces where the content needs it.
 */
export function codeSpan(text: string, options: CodeSpanOptions = {}): string {
  let content = cleanText(text)
  if (options.table !== false) content = content.replace(/\|/g, '\\|')
  let longest = 0
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(longest + 1)
  // CommonMark strips one space from each side when both are spaces; a backtick at an
  // edge would merge with the fence.
  if (content === '') return '` `'
  const pad =
    content.startsWith('`') ||
    content.endsWith('`') ||
    (content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '')
  return pad ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`
}

// ---------------------------------------------------------------------------------------
// Tables

/**
 * A cell: a number (a count: `1,234`, right-aligned), text (escaped in markdown), literal
 * text shown as code in markdown (values, fields, paths, ids), a list of such (comma
 * separated), or empty.
 */
export type Cell = number | string | { code: string } | { codes: string[] } | null

export interface Column {
  header: string
  /** Right-aligned (counts). */
  numeric?: boolean
  /** Longest text a cell shows (UTF-16 units, `…` when cut); default 300. */
  max?: number
  /** Cut long text at its start, keeping the end (paths: the file name is what tells them apart). */
  keepEnd?: boolean
}

export interface Table {
  columns: Column[]
  rows: Cell[][]
  /** Rows left out (past a limit): rendered as `… and N more <noun>s`. */
  more?: number
  /** What a row is, singular, for the `… and N more` line (default `row`). */
  noun?: string
}

const DEFAULT_MAX = 300
/** Widest cell the terminal renderer shows, so one long value cannot push every row off screen. */
const TEXT_MAX = 80

function moreLine(table: Table): string | null {
  const more = table.more ?? 0
  const noun = table.noun ?? 'row'
  return more > 0 ? `… and ${formatCount(more)} more ${noun}${more === 1 ? '' : 's'}` : null
}

/** `text` cut to `max` UTF-16 units with `…`, at the end or (keepEnd) at the start. */
function cut(text: string, max: number, keepEnd: boolean | undefined): string {
  if (!keepEnd || text.length <= max) return clip(text, max)
  let start = text.length - (max - 1)
  const code = text.charCodeAt(start)
  if (code >= 0xdc00 && code <= 0xdfff) start++
  return `…${text.slice(start)}`
}

function markdownCell(cell: Cell, column: Column): string {
  const max = column.max ?? DEFAULT_MAX
  const fit = (text: string): string => cut(text, max, column.keepEnd)
  if (cell === null) return ''
  if (typeof cell === 'number') return formatCount(cell)
  if (typeof cell === 'string') return escapeMarkdown(fit(cell))
  if ('codes' in cell) return cell.codes.map(c => codeSpan(fit(c))).join(', ')
  return codeSpan(fit(cell.code))
}

/**
 * A GitHub markdown table, one line per entry (no trailing newline). `indent` prefixes every
 * line, to nest the table in a list item (GFM wants a blank line before it there).
 */
export function renderMarkdownTable(table: Table, indent = ''): string[] {
  const cols = table.columns
  const lines = [
    `| ${cols.map(c => escapeMarkdown(c.header)).join(' | ')} |`,
    `| ${cols.map(c => (c.numeric ? '---:' : ':--')).join(' | ')} |`,
    ...table.rows.map(r => `| ${cols.map((c, i) => markdownCell(r[i] ?? null, c)).join(' | ')} |`)
  ]
  const more = moreLine(table)
  if (more !== null) lines.push('', more)
  return lines.map(l => (l === '' ? l : indent + l))
}

function textCell(cell: Cell, column: Column): string {
  const max = Math.min(column.max ?? DEFAULT_MAX, TEXT_MAX)
  const fit = (text: string): string => cut(cleanText(text), max, column.keepEnd)
  if (cell === null) return ''
  if (typeof cell === 'number') return formatCount(cell)
  if (typeof cell === 'string') return fit(cell)
  if ('codes' in cell) return fit(cell.codes.join(', '))
  return fit(cell.code)
}

/** Columns measured in code points, so a surrogate pair counts once. */
function width(text: string): number {
  return Array.from(text).length
}

function pad(text: string, to: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)))
  return right ? fill + text : text + fill
}

/**
 * An aligned plain-text table: header, a rule of dashes, the rows, columns two spaces apart,
 * counts right-aligned, no trailing spaces. Rule text is cleaned of control characters.
 */
export function renderTextTable(table: Table, indent = ''): string[] {
  const cols = table.columns
  const rows = table.rows.map(r => cols.map((c, i) => textCell(r[i] ?? null, c)))
  const widths = cols.map((c, i) => Math.max(width(c.header), ...rows.map(r => width(r[i]))))
  const line = (cells: string[]): string =>
    indent +
    cells
      .map((x, i) => pad(x, widths[i], cols[i].numeric === true))
      .join('  ')
      .trimEnd()
  const lines = [line(cols.map(c => c.header)), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)]
  const more = moreLine(table)
  if (more !== null) lines.push(indent + more)
  return lines
}

// ---------------------------------------------------------------------------------------
// Key tables: the columns the page and the comment share

/** A catalog key as a row: canonical field (null for a keyword match), operator, value. */
export interface KeyRow {
  field: string | null
  /** Operator as in the key: an IR `Op`, with encodings appended (`wildcard+base64offset`). */
  op: string
  value: string | null
}

/**
 * A key's operator and value as a rule author reads them in two columns: `ends with` and
 * `\rundll32.exe` for `wildcard` `*\rundll32.exe`; the same wording as `describeMatch`.
 * The value is null where the operator takes none (`exists`).
 */
export function matchParts(op: string, value: string | null): { op: string; value: string | null } {
  const [base, ...encodings] = op.split('+')
  const enc = encodings.length > 0 ? ` (${encodings.join(', ')})` : ''
  const v = value ?? ''
  switch (base) {
    case 'eq':
      return { op: `equals${enc}`, value: v }
    case 'wildcard':
    case 'keyword': {
      const parts = parsePattern(v)
      const lit = (i: number): string | null => {
        const p = parts[i]
        return typeof p === 'object' ? p.lit : null
      }
      if (parts.length === 3 && parts[0] === '*' && parts[2] === '*' && lit(1) !== null)
        return { op: `contains${enc}`, value: lit(1) }
      if (parts.length === 2 && parts[0] === '*' && lit(1) !== null)
        return { op: `ends with${enc}`, value: lit(1) }
      if (parts.length === 2 && parts[1] === '*' && lit(0) !== null)
        return { op: `starts with${enc}`, value: lit(0) }
      return { op: `matches${enc}`, value: v }
    }
    case 'regex':
      return { op: `regex${enc}`, value: v }
    case 'cidr':
      return { op: 'is in', value: v }
    case 'gt':
      return { op: '>', value: v }
    case 'gte':
      return { op: '>=', value: v }
    case 'lt':
      return { op: '<', value: v }
    case 'lte':
      return { op: '<=', value: v }
    case 'exists':
      return { op: 'exists', value: null }
    case 'null':
      return { op: 'is empty or absent', value: null }
    case 'fieldref':
      return { op: 'equals the field', value: v }
    default:
      return { op: `${base}${enc}`, value: v }
  }
}

/**
 * A key's value as an author writes it: wildcard patterns without their escapes
 * (`*\windows\installer\*` for the canonical `*\windows\installer\\*`); other values as
 * they are.
 */
export function displayValue(op: string, value: string): string {
  const base = op.split('+')[0]
  if (base !== 'wildcard' && base !== 'keyword') return value
  return parsePattern(value)
    .map(p => (typeof p === 'object' ? p.lit : p))
    .join('')
}

/** The field as a cell: code, or `(keyword)` for a match on any field. */
export function fieldCell(field: string | null): Cell {
  return field === null ? '(keyword)' : { code: field }
}

/** The three cells of a key: field, operator, value. */
export function keyCells(key: KeyRow): Cell[] {
  const m = matchParts(key.op, key.value)
  return [fieldCell(key.field), m.op, m.value === null ? null : { code: m.value }]
}

export const KEY_COLUMNS: readonly Column[] = [
  { header: 'field' },
  { header: 'operator' },
  { header: 'value' }
]

/** `sigma, elastic`: the vendors of a row, in the fixed vendor order. */
export function vendorList(vendors: readonly Vendor[]): string {
  return vendors.join(', ')
}

/** An indicator row; `here` and `vendors` are left out where unknown (a finding's evidence). */
export interface IndicatorRow extends KeyRow {
  /** Rules of the technique (the page's) that use the key as an indicator. */
  here?: number
  /** Catalog rules that use the key as an indicator. */
  reach: number
  /** Vendors of the rules counted in `here`. */
  vendors?: Vendor[]
}

/**
 * Indicators: field, operator, value, [rules here], corpus reach, [vendors]. The optional
 * columns are shown when `options` asks for them (the page does, a finding cannot).
 */
export function indicatorTable(
  rows: readonly IndicatorRow[],
  options: { here?: boolean; vendors?: boolean; more?: number } = {}
): Table {
  const columns: Column[] = [...KEY_COLUMNS]
  if (options.here) columns.push({ header: 'rules here', numeric: true })
  columns.push({ header: 'corpus reach', numeric: true })
  if (options.vendors) columns.push({ header: 'vendors' })
  return {
    columns,
    rows: rows.map(r => {
      const cells = keyCells(r)
      if (options.here) cells.push(r.here ?? null)
      cells.push(r.reach)
      if (options.vendors) cells.push(vendorList(r.vendors ?? []))
      return cells
    }),
    more: options.more ?? 0,
    noun: 'indicator'
  }
}

/** An exclusion row: the rules that exclude the key (the page's rules, or a finding's peers). */
export interface ExclusionRow extends KeyRow {
  rules: number
}

/** Exclusions: field, operator, value, rules. */
export function exclusionTable(rows: readonly ExclusionRow[], options: { more?: number } = {}): Table {
  return {
    columns: [...KEY_COLUMNS, { header: 'rules', numeric: true }],
    rows: rows.map(r => [...keyCells(r), r.rules]),
    more: options.more ?? 0,
    noun: 'exclusion'
  }
}
