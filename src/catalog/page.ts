/**
 * The technique page: what the catalog knows about one ATT&CK technique, as a detection
 * engineer would want it on one page. Each rule counts at most once per row.
 */
import type { Catalog } from './index.js'
import { describeMatch } from '../describe.js'
import { escapeMarkdown } from '../report/markdown.js'
import { cleanText } from '../report/common.js'

export interface TechniquePage {
  technique: string
  /** Rules whose technique is this one or one of its sub-techniques. */
  rules: Array<{ vendor: string; title: string; path: string; id: string | null; eventKind: string }>
  byVendor: Array<{ vendor: string; rules: number }>
  eventKinds: Array<{ eventKind: string; rules: number }>
  fields: Array<{
    field: string
    rules: number
    ops: Array<{ op: string; rules: number }>
    samples: string[]
  }>
  indicators: Array<{ field: string | null; op: string; value: string | null; rules: number; reach: number }>
  exclusions: Array<{ field: string | null; op: string; value: string | null; rules: number }>
}

function countTop<T>(map: Map<string, Set<T>>, limit: number): Array<[string, number]> {
  return [...map.entries()]
    .map(([k, s]): [string, number] => [k, s.size])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
}

function add<T>(map: Map<string, Set<T>>, key: string, v: T): void {
  const s = map.get(key)
  if (s) s.add(v)
  else map.set(key, new Set([v]))
}

export function techniquePage(catalog: Catalog, technique: string, limit = 15): TechniquePage {
  const t = technique.toUpperCase()
  const indices = new Set<number>()
  for (const [tech, list] of catalog.techniqueRules)
    if (tech === t || tech.startsWith(t + '.')) for (const i of list) indices.add(i)
  const sorted = [...indices].sort((a, b) => a - b)

  const vendors = new Map<string, Set<number>>()
  const kinds = new Map<string, Set<number>>()
  const fields = new Map<string, Set<number>>()
  const fieldOps = new Map<string, Set<number>>()
  const fieldSamples = new Map<string, Set<string>>()
  const inds = new Map<string, Set<number>>()
  const excl = new Map<string, Set<number>>()
  for (const i of sorted) {
    const r = catalog.rules[i]
    add(vendors, r.vendor, i)
    add(kinds, r.eventKind, i)
    for (const k of r.indicators) {
      add(inds, k, i)
      const p = catalog.keys.get(k)
      if (p?.field) {
        add(fields, p.field, i)
        add(fieldOps, `${p.field}\u0000${p.op}`, i)
        if (p.value !== null) add(fieldSamples, p.field, p.value)
      }
    }
    for (const k of r.exclusions) add(excl, k, i)
  }

  return {
    technique: t,
    rules: sorted.map(i => {
      const r = catalog.rules[i]
      return { vendor: r.vendor, title: r.title, path: r.path, id: r.id, eventKind: r.eventKind }
    }),
    byVendor: countTop(vendors, 10).map(([vendor, rules]) => ({ vendor, rules })),
    eventKinds: countTop(kinds, limit).map(([eventKind, rules]) => ({ eventKind, rules })),
    fields: countTop(fields, limit).map(([field, rules]) => ({
      field,
      rules,
      ops: countTop(new Map([...fieldOps].filter(([k]) => k.startsWith(field + '\u0000'))), 10).map(
        ([k, n]) => ({ op: k.slice(field.length + 1), rules: n })
      ),
      samples: [...(fieldSamples.get(field) ?? [])].sort().slice(0, 3)
    })),
    indicators: countTop(inds, limit).map(([k, rules]) => {
      const p = catalog.keys.get(k)
      return {
        field: p?.field ?? null,
        op: p?.op ?? '',
        value: p?.value ?? null,
        rules,
        reach: catalog.indicatorRules.get(k)?.length ?? 0
      }
    }),
    exclusions: countTop(excl, limit).map(([k, rules]) => {
      const p = catalog.keys.get(k)
      return { field: p?.field ?? null, op: p?.op ?? '', value: p?.value ?? null, rules }
    })
  }
}

const md = escapeMarkdown

export function renderPageMarkdown(page: TechniquePage): string {
  const lines: string[] = [`# ${page.technique}`, '']
  if (page.rules.length === 0) {
    lines.push('No rule in the catalog is tagged with this technique.', '')
    return lines.join('\n')
  }
  lines.push(`${page.rules.length} rules: ${page.byVendor.map(v => `${v.vendor} ${v.rules}`).join(', ')}`, '')
  lines.push('## Events covered', '', '| event (product/category/service) | rules |', '|---|---:|')
  for (const e of page.eventKinds) lines.push(`| ${md(e.eventKind)} | ${e.rules} |`)
  lines.push(
    '',
    '## Fields filtered most',
    '',
    '| field | rules | operators | sample values |',
    '|---|---:|---|---|'
  )
  for (const f of page.fields)
    lines.push(
      `| ${md(f.field)} | ${f.rules} | ${f.ops.map(o => `${md(o.op)} ${o.rules}`).join(', ')} | ${f.samples.map(md).join(', ')} |`
    )
  lines.push(
    '',
    '## Top indicator values',
    '',
    '| field | match | rules here | corpus reach |',
    '|---|---|---:|---:|'
  )
  for (const i of page.indicators)
    lines.push(
      `| ${md(i.field ?? '(keyword)')} | ${md(describeMatch(i.op, i.value))} | ${i.rules} | ${i.reach} |`
    )
  lines.push('', '## Exclusions', '', '| field | match | rules |', '|---|---|---:|')
  for (const e of page.exclusions)
    lines.push(`| ${md(e.field ?? '(keyword)')} | ${md(describeMatch(e.op, e.value))} | ${e.rules} |`)
  lines.push('', '## Rules', '')
  for (const v of page.byVendor) {
    lines.push(`### ${v.vendor}`, '')
    for (const r of page.rules.filter(x => x.vendor === v.vendor))
      lines.push(`- ${md(r.title)} (${md(r.path)})`)
    lines.push('')
  }
  return lines.join('\n')
}

function table(header: string[], raw: string[][]): string[] {
  const rows = raw.map(r => r.map(cleanText))
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map(r => r[c].length)))
  const fmt = (r: string[]): string =>
    r
      .map((x, c) => x.padEnd(widths[c]))
      .join('  ')
      .trimEnd()
  return [fmt(header), fmt(widths.map(w => '-'.repeat(w))), ...rows.map(fmt)]
}

export function renderPageText(page: TechniquePage): string {
  const lines: string[] = [page.technique, '']
  if (page.rules.length === 0)
    return `${page.technique}: no rule in the catalog is tagged with this technique.\n`
  lines.push(`${page.rules.length} rules: ${page.byVendor.map(v => `${v.vendor} ${v.rules}`).join(', ')}`, '')
  lines.push(
    'Events covered',
    ...table(
      ['event', 'rules'],
      page.eventKinds.map(e => [e.eventKind, String(e.rules)])
    ),
    ''
  )
  lines.push(
    'Fields filtered most',
    ...table(
      ['field', 'rules', 'operators', 'samples'],
      page.fields.map(f => [
        f.field,
        String(f.rules),
        f.ops.map(o => `${o.op} ${o.rules}`).join(', '),
        f.samples.join(', ')
      ])
    ),
    ''
  )
  lines.push(
    'Top indicator values',
    ...table(
      ['field', 'match', 'rules here', 'corpus reach'],
      page.indicators.map(i => [
        i.field ?? '(keyword)',
        describeMatch(i.op, i.value),
        String(i.rules),
        String(i.reach)
      ])
    ),
    ''
  )
  lines.push(
    'Exclusions',
    ...table(
      ['field', 'match', 'rules'],
      page.exclusions.map(e => [e.field ?? '(keyword)', describeMatch(e.op, e.value), String(e.rules)])
    ),
    ''
  )
  lines.push('Rules')
  for (const r of page.rules) lines.push(cleanText(`  [${r.vendor}] ${r.title}  (${r.path})`))
  return lines.join('\n') + '\n'
}
