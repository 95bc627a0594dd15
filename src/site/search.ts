/**
 * The prebuilt search index: techniques (ID and name), rules (title), fields and indicator or
 * exclusion values, each with where it leads. Written as a script that assigns a global, so
 * the page can load it with a <script> element from file:// (where fetch is refused).
 */
import { matchParts } from '../report/tables.js'
import type { SiteModel, SiteTechnique } from './model.js'
import { keyAnchor, SITE_LIMITS } from './render.js'
import { techniquePagePath } from './paths.js'

/** `[kind, text, detail, url]`; kind is `t` technique, `r` rule, `f` field, `v` value. */
export type SearchEntry = [string, string, string, string]

/** Pages a field or value leads to, most rules first. */
const PLACES = 3

interface Place {
  technique: string
  rules: number
  anchor: string
  detail: string
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Collects entries page by page, then writes them in a fixed order. */
export class SearchIndex {
  private readonly techniques: SearchEntry[] = []
  private readonly fields = new Map<string, Place[]>()
  private readonly values = new Map<string, { label: string; places: Place[] }>()

  constructor(private readonly model: SiteModel) {}

  addTechnique(st: SiteTechnique): void {
    const { page } = st
    const id = page.technique
    const name = page.name ?? ''
    const detail = [`${page.rules} rules`, ...page.tactics].join(' · ')
    this.techniques.push(['t', name === '' ? id : `${id} ${name}`, detail, techniquePagePath(id)])
    const where = name === '' ? id : `${id} ${name}`
    for (const f of page.fields.rows) {
      const list = this.fields.get(f.field) ?? []
      list.push({ technique: id, rules: f.rules, anchor: 'fields', detail: `${f.rules} rules on ${where}` })
      this.fields.set(f.field, list)
    }
    // Only rows the page shows: a value leads to its row there.
    const rows = [
      ...page.indicators.rows
        .slice(0, SITE_LIMITS.indicators)
        .map(r => ({ r, n: r.here, kind: 'i' as const, what: 'with it' })),
      ...page.exclusions.rows
        .slice(0, SITE_LIMITS.exclusions)
        .map(r => ({ r, n: r.rules, kind: 'x' as const, what: 'excluding it' }))
    ]
    for (const { r, n, kind, what } of rows) {
      const m = matchParts(r.op, r.value)
      const label = `${r.field ?? '(keyword)'} ${m.op}${m.value === null ? '' : ` ${m.value}`}`
      const v = this.values.get(`${kind}${r.key}`) ?? { label, places: [] }
      v.places.push({
        technique: id,
        rules: n,
        anchor: keyAnchor(kind, r.key),
        detail: `${n} rules ${what} on ${where}`
      })
      this.values.set(`${kind}${r.key}`, v)
    }
  }

  entries(): SearchEntry[] {
    const top = (places: Place[]): Place[] =>
      [...places].sort((a, b) => b.rules - a.rules || cmp(a.technique, b.technique)).slice(0, PLACES)
    const out: SearchEntry[] = [...this.techniques].sort((a, b) => cmp(a[3], b[3]))
    this.model.catalog.rules.forEach((r, i) =>
      out.push(['r', r.title, `${r.vendor} · ${r.path}`, this.model.rulePaths[i]])
    )
    for (const field of [...this.fields.keys()].sort(cmp))
      for (const p of top(this.fields.get(field) ?? []))
        out.push(['f', field, p.detail, `${techniquePagePath(p.technique)}#${p.anchor}`])
    for (const key of [...this.values.keys()].sort(cmp)) {
      const v = this.values.get(key)
      if (v)
        for (const p of top(v.places))
          out.push(['v', v.label, p.detail, `${techniquePagePath(p.technique)}#${p.anchor}`])
    }
    return out
  }

  /** The index as a script: one entry per line. `<` is escaped so no entry can close a tag. */
  script(): string {
    const lines = this.entries().map(e =>
      JSON.stringify(e)
        .replace(/</g, '\\u003c')
        .replace(/\u2028|\u2029/g, c => (c === '\u2028' ? '\\u2028' : '\\u2029'))
    )
    return `window.DETLINT_SEARCH = [\n${lines.join(',\n')}\n];\n`
  }
}
