/**
 * Small inline SVG charts, drawn at build time (no chart runtime): stacked horizontal bars
 * (rules per vendor per tactic on the index) and a histogram (the corpus reach of a page's
 * indicators). Colours come from the stylesheet's vendor classes; every chart has a title
 * and text labels, so it reads without colour too.
 */
import { VENDORS, type Vendor } from '../ir.js'
import { count, el, text, type Html } from './html.js'

export interface BarRow {
  label: string
  values: Record<Vendor, number>
}

const ROW = 22
const LABEL = 170
const BAR = 420

function round(n: number): string {
  return String(Math.round(n * 10) / 10)
}

/** One bar per row, split by vendor; the row's total at its end. */
export function stackedBars(title: string, rows: readonly BarRow[]): Html {
  const totals = rows.map(r => VENDORS.reduce((s, v) => s + r.values[v], 0))
  const max = Math.max(1, ...totals)
  const legendY = rows.length * ROW + 16
  const height = legendY + 12
  const width = LABEL + BAR + 60
  const parts: Html[] = [el('title', {}, text(title))]
  rows.forEach((r, i) => {
    const y = i * ROW
    parts.push(el('text', { x: LABEL - 6, y: y + 15, 'text-anchor': 'end' }, text(r.label)))
    let x = LABEL
    for (const v of VENDORS) {
      const n = r.values[v]
      if (n === 0) continue
      const w = (n / max) * BAR
      parts.push(
        el(
          'rect',
          { x: round(x), y: y + 4, width: round(Math.max(w, 1)), height: ROW - 8, class: `v-${v}` },
          el('title', {}, text(`${r.label}: ${v} ${count(n)}`))
        )
      )
      x += w
    }
    parts.push(el('text', { x: round(x + 6), y: y + 15 }, count(totals[i])))
  })
  VENDORS.forEach((v, i) => {
    const x = LABEL + i * 110
    parts.push(el('rect', { x, y: legendY - 9, width: 10, height: 10, class: `v-${v}` }))
    parts.push(el('text', { x: x + 14, y: legendY }, v))
  })
  return el(
    'svg',
    { class: 'chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': title },
    ...parts
  )
}

export interface Bucket {
  label: string
  count: number
}

/** Vertical bars, one per bucket, each labelled below and counted above. */
export function histogram(title: string, buckets: readonly Bucket[]): Html {
  const w = 64
  const h = 90
  const max = Math.max(1, ...buckets.map(b => b.count))
  const parts: Html[] = [el('title', {}, text(title))]
  buckets.forEach((b, i) => {
    const bh = (b.count / max) * h
    const x = i * w + 8
    parts.push(el('rect', { x, y: round(18 + h - bh), width: w - 16, height: round(bh), class: 'bar' }))
    parts.push(
      el('text', { x: x + (w - 16) / 2, y: round(14 + h - bh), 'text-anchor': 'middle' }, count(b.count))
    )
    parts.push(el('text', { x: x + (w - 16) / 2, y: 18 + h + 16, 'text-anchor': 'middle' }, text(b.label)))
  })
  const width = buckets.length * w + 8
  const height = h + 40
  return el(
    'svg',
    { class: 'chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': title },
    ...parts
  )
}

/** Corpus reach buckets: how widely a page's indicators are used across the catalog. */
export const REACH_BUCKETS: ReadonlyArray<{ label: string; min: number; max: number }> = [
  { label: '1', min: 1, max: 1 },
  { label: '2–4', min: 2, max: 4 },
  { label: '5–9', min: 5, max: 9 },
  { label: '10–24', min: 10, max: 24 },
  { label: '25–99', min: 25, max: 99 },
  { label: '100+', min: 100, max: Infinity }
]

export function reachBuckets(reaches: readonly number[]): Bucket[] {
  return REACH_BUCKETS.map(b => ({
    label: b.label,
    count: reaches.filter(r => r >= b.min && r <= b.max).length
  }))
}
