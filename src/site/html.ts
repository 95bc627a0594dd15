/**
 * HTML building blocks for the site: escaping, and a few element helpers. Every piece of rule
 * text goes through `text` (or an attribute through `attr`); markup is only ever built here
 * from our own strings.
 */
import { cleanText, formatCount, plural } from '../report/common.js'

export { plural }

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/** Anything `text` changes: markup characters, controls, line breaks, bidi overrides. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[&<>"'\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

/** Text safe as element content or a quoted attribute value: no markup, no control characters. */
export function text(value: string): string {
  if (!UNSAFE.test(value)) return value
  return cleanText(value).replace(/[&<>"']/g, c => ENTITIES[c])
}

/** Alias of `text` for attribute values (always double-quoted by the helpers). */
export const attr = text

/** Pre-escaped HTML: what the helpers return and accept as children. */
export type Html = string

/** `<name attrs>children</name>`; attribute values are escaped, `false`/`null` attributes dropped. */
export function el(
  name: string,
  attrs: Record<string, string | number | boolean | null> = {},
  ...children: Html[]
): Html {
  let open = `<${name}`
  for (const k in attrs) {
    const v = attrs[k]
    if (v === true) open += ` ${k}`
    else if (v !== false && v !== null) open += ` ${k}="${attr(String(v))}"`
  }
  return `${open}>${children.join('')}</${name}>`
}

/** A link; `href` is ours (relative page paths) or a source URL, escaped either way. */
export function link(href: string, label: Html, attrs: Record<string, string> = {}): Html {
  return el('a', { href, ...attrs }, label)
}

/** `1,234`: counts as the text reports print them. */
export const count = formatCount

/** An id fit for an HTML id or a file name: letters, digits, `-`, `_` and `.`. */
export function slug(value: string, max = 60): string {
  const s = value
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return (s === '' ? 'x' : s).slice(0, max)
}

/** A table row: its cells (pre-escaped), and a class for the row when it needs one. */
export type Row = Html[] | { cells: Html[]; class: string }

/** A table: header cells and rows of pre-escaped cells; `num` marks right-aligned columns. */
export function table(headers: ReadonlyArray<{ label: string; num?: boolean }>, rows: readonly Row[]): Html {
  const head = headers.map(h => el('th', { class: h.num ? 'num' : null }, text(h.label))).join('')
  const body = rows
    .map(r => {
      const cells = Array.isArray(r) ? r : r.cells
      const tds = cells.map((c, i) => el('td', { class: headers[i]?.num ? 'num' : null }, c))
      return el('tr', { class: Array.isArray(r) ? null : r.class }, ...tds)
    })
    .join('\n')
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`
}
