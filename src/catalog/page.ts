/**
 * The technique page: what the catalog knows about one ATT&CK technique, across vendors, on
 * one page (`detlint catalog show T1567.001`). `techniquePage` computes the page as plain,
 * JSON-able data; `renderPageMarkdown` and `renderPageText` print it with the shared tables
 * of `report/tables.ts`, which the pull-request comment uses for its evidence too.
 *
 * Counting: every count is of distinct rules, so a rule counts at most once per row, however
 * many of its predicates land there. Rows are ordered by count (descending), then key.
 */
import { VENDORS, type Vendor } from '../ir.js'
import { currentId, parentOf } from '../attack/normalize.js'
import type { AttackTable } from '../attack/table.js'
import { compareEvents, eventInfo } from '../normalize/events.js'
import { isScopeField } from '../normalize/fields.js'
import { cleanText, formatCount } from '../report/common.js'
import {
  displayValue,
  escapeMarkdown,
  exclusionTable,
  indicatorTable,
  renderMarkdownTable,
  renderTextTable,
  type Cell,
  type ExclusionRow,
  type IndicatorRow,
  type Table
} from '../report/tables.js'
import type { Catalog, CatalogRule } from './index.js'

/** Rows shown per table unless told otherwise. */
export const DEFAULT_PAGE_LIMIT = 15

/** Sample values shown per field. */
const SAMPLES = 3

/** A table's shown rows and how many there are in all. */
export interface PageSection<T> {
  rows: T[]
  total: number
}

export interface PageRule {
  vendor: Vendor
  title: string
  path: string
  line: number
  id: string | null
}

export interface PageEvent {
  /** Canonical event id, e.g. `sysmon:1`. */
  id: string
  provider: string
  event: string
  title: string
  rules: number
  /** Rules per vendor. */
  vendors: Record<Vendor, number>
}

export interface PageField {
  /** Canonical field. */
  field: string
  /** Rules that test the field, in an indicator or an exclusion. */
  rules: number
  /** Rules per operator (as in the keys: `eq`, `wildcard`, `wildcard+base64`). */
  ops: Array<{ op: string; rules: number }>
  /** The values most rules test the field with (wildcard patterns unescaped), at most three. */
  samples: string[]
}

export interface PageIndicator extends IndicatorRow {
  key: string
  /** Rules of this page that use the key as an indicator. */
  here: number
  /** Catalog rules (every technique) that use the key as an indicator. */
  reach: number
  vendors: Vendor[]
}

export interface PageExclusion extends ExclusionRow {
  key: string
  vendors: Vendor[]
}

export interface TechniquePage {
  /** The technique shown: the ID asked for, normalised through the ATT&CK table (uppercase). */
  technique: string
  /** The ID as asked for (uppercase); differs from `technique` when the table revoked or moved it. */
  requested: string
  /** ATT&CK name, or null (no table, or the table does not know the ID). */
  name: string | null
  /** Tactic names, in the table's order. */
  tactics: string[]
  /** The ATT&CK table's version, or null when none was given. */
  attackVersion: string | null
  /** Rows per table at most (0: no limit). */
  limit: number
  /** Rules on the page: tagged with the technique or (for a parent) one of its sub-techniques. */
  rules: number
  /** Rules per vendor, vendors with none left out, in vendor order. */
  vendors: Array<{ vendor: Vendor; rules: number }>
  /**
   * On a parent technique's page, the techniques its rules are tagged with (sub-techniques
   * and the parent itself), with their rules; empty on a sub-technique's page.
   */
  subtechniques: Array<{ technique: string; name: string | null; rules: number }>
  events: PageSection<PageEvent>
  /** Rules that read no event detlint knows. */
  rulesWithoutEvents: number
  fields: PageSection<PageField>
  indicators: PageSection<PageIndicator>
  exclusions: PageSection<PageExclusion>
  /** The rules, by vendor (vendor order), each in catalog order (path, line). */
  ruleGroups: Array<{ vendor: Vendor } & PageSection<PageRule>>
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Distinct rules per row key: a rule is added to a row once. */
class Counter {
  readonly rows = new Map<string, Set<number>>()

  add(key: string, rule: number): void {
    const s = this.rows.get(key)
    if (s) s.add(rule)
    else this.rows.set(key, new Set([rule]))
  }

  /** Keys by rules (descending), then by `tie` (default: the key). */
  sorted(tie: (a: string, b: string) => number = cmp): Array<[string, Set<number>]> {
    return [...this.rows].sort((a, b) => b[1].size - a[1].size || tie(a[0], b[0]))
  }
}

function take<T>(all: T[], limit: number): PageSection<T> {
  return { rows: limit > 0 ? all.slice(0, limit) : all, total: all.length }
}

function vendorsOf(catalog: Catalog, rules: Iterable<number>): Vendor[] {
  const present = new Set<Vendor>()
  for (const i of rules) present.add(catalog.rules[i].vendor)
  return VENDORS.filter(v => present.has(v))
}

function techniqueName(attack: AttackTable | undefined, id: string): string | null {
  return attack?.techniques.get(id)?.name ?? attack?.moves.get(id)?.name ?? null
}

function tacticNames(attack: AttackTable | undefined, id: string): string[] {
  const slugs = attack?.techniques.get(id)?.tactics ?? []
  if (!attack || slugs.length === 0) return []
  const names = new Map<string, string>()
  for (const t of attack.tactics.values()) names.set(t.shortname, t.name)
  return slugs.map(s => names.get(s) ?? s)
}

/** The rule's tags under `technique` (a parent), normalised as the catalog files them. */
function familyTags(rule: CatalogRule, technique: string, attack: AttackTable | undefined): string[] {
  const out = new Set<string>()
  for (const t of rule.techniques) {
    const id = attack ? currentId(attack, t) : t
    if (parentOf(id) === technique) out.add(id)
  }
  return [...out]
}

/**
 * The page of `technique` (`T1218` or `T1218.011`, any case): the rules the catalog files
 * under it (a parent holds its sub-techniques' rules), and what they check. `limit` caps the
 * rows of each table (0: no cap); totals are kept.
 */
export function techniquePage(
  catalog: Catalog,
  technique: string,
  limit: number = DEFAULT_PAGE_LIMIT
): TechniquePage {
  const attack = catalog.attack
  const requested = technique.trim().toUpperCase()
  const id = attack ? currentId(attack, requested) : requested
  const indices = catalog.techniqueRules.get(id) ?? []

  const vendorRules = new Counter()
  const subs = new Counter()
  const events = new Counter()
  const eventVendors = new Counter()
  let rulesWithoutEvents = 0
  const fields = new Counter()
  const fieldOps = new Map<string, Counter>()
  const fieldValues = new Map<string, Counter>()
  const indicators = new Counter()
  const exclusions = new Counter()

  // Scope fields (the OS, the event's category, type or code, the channel) say which events a
  // rule reads, which "Events covered" shows; in the field and indicator tables they would
  // crowd out what the rules look for.
  const isScope = (key: string): boolean => isScopeField(catalog.keys.get(key)?.field ?? null)
  const noteField = (key: string, i: number): void => {
    const p = catalog.keys.get(key)
    if (!p || p.field === null || isScopeField(p.field)) return
    fields.add(p.field, i)
    let ops = fieldOps.get(p.field)
    if (!ops) fieldOps.set(p.field, (ops = new Counter()))
    ops.add(p.op, i)
    if (p.value !== null) {
      let values = fieldValues.get(p.field)
      if (!values) fieldValues.set(p.field, (values = new Counter()))
      values.add(displayValue(p.op, p.value), i)
    }
  }

  for (const i of indices) {
    const r = catalog.rules[i]
    vendorRules.add(r.vendor, i)
    if (parentOf(id) === id) for (const t of familyTags(r, id, attack)) subs.add(t, i)
    if (r.events.length === 0) rulesWithoutEvents++
    for (const e of r.events) {
      events.add(e, i)
      eventVendors.add(`${e}\u0000${r.vendor}`, i)
    }
    for (const k of r.indicators) {
      if (isScope(k)) continue
      indicators.add(k, i)
      noteField(k, i)
    }
    for (const k of r.exclusions) {
      exclusions.add(k, i)
      noteField(k, i)
    }
  }

  const keyParts = (key: string): { field: string | null; op: string; value: string | null } => {
    const p = catalog.keys.get(key)
    return { field: p?.field ?? null, op: p?.op ?? '', value: p?.value ?? null }
  }

  const subtechniques = [...subs.rows.keys()]
  return {
    technique: id,
    requested,
    name: techniqueName(attack, id),
    tactics: tacticNames(attack, id),
    attackVersion: attack?.version ?? null,
    limit,
    rules: indices.length,
    vendors: VENDORS.filter(v => vendorRules.rows.has(v)).map(v => ({
      vendor: v,
      rules: vendorRules.rows.get(v)?.size ?? 0
    })),
    // A parent page lists its family only when a sub-technique is in it.
    subtechniques: subtechniques.some(t => t !== id)
      ? subs.sorted().map(([t, s]) => ({ technique: t, name: techniqueName(attack, t), rules: s.size }))
      : [],
    events: take(
      events.sorted(compareEvents).map(([e, s]) => {
        const info = eventInfo(e)
        const vendors = {} as Record<Vendor, number>
        for (const v of VENDORS) vendors[v] = eventVendors.rows.get(`${e}\u0000${v}`)?.size ?? 0
        return {
          id: e,
          provider: info.provider,
          event: info.event,
          title: info.title,
          rules: s.size,
          vendors
        }
      }),
      limit
    ),
    rulesWithoutEvents,
    fields: take(
      fields.sorted().map(([field, s]) => ({
        field,
        rules: s.size,
        ops: (fieldOps.get(field) as Counter).sorted().map(([op, o]) => ({ op, rules: o.size })),
        samples: (fieldValues.get(field)?.sorted() ?? []).slice(0, SAMPLES).map(([v]) => v)
      })),
      limit
    ),
    indicators: take(
      indicators.sorted().map(([key, s]) => ({
        key,
        ...keyParts(key),
        here: s.size,
        reach: catalog.indicatorRules.get(key)?.length ?? 0,
        vendors: vendorsOf(catalog, s)
      })),
      limit
    ),
    exclusions: take(
      exclusions.sorted().map(([key, s]) => ({
        key,
        ...keyParts(key),
        rules: s.size,
        vendors: vendorsOf(catalog, s)
      })),
      limit
    ),
    ruleGroups: VENDORS.filter(v => vendorRules.rows.has(v)).map(vendor => {
      const list = indices
        .filter(i => catalog.rules[i].vendor === vendor)
        .map(i => {
          const r = catalog.rules[i]
          return { vendor: r.vendor, title: r.title, path: r.path, line: r.line, id: r.id }
        })
      return { vendor, ...take(list, limit) }
    })
  }
}

// ---------------------------------------------------------------------------------------
// Rendering: the same blocks for markdown and text

/** A block of the page: a line of prose (our words around rule text) or a table. */
type Block = { kind: 'heading'; level: 1 | 2 | 3; text: string } | { kind: 'line'; text: string } | Table

/** Rule text in a line of prose: escaped in markdown, cleaned in text. */
interface Prose {
  text: (s: string) => string
}

const MARKDOWN: Prose = { text: escapeMarkdown }
const TEXT: Prose = { text: cleanText }

function namedId(p: Prose, id: string, name: string | null): string {
  return name === null ? p.text(id) : `${p.text(id)} ${p.text(name)}`
}

function vendorCounts(list: ReadonlyArray<{ vendor: Vendor; rules: number }>): string {
  return list.map(v => `${v.vendor} ${formatCount(v.rules)}`).join(', ')
}

function ruleCount(n: number): string {
  return `${formatCount(n)} rule${n === 1 ? '' : 's'}`
}

function eventsTable(page: TechniquePage): Table {
  // Per-vendor columns only where they add something: more than one vendor on the page.
  const vendors = page.vendors.length > 1 ? page.vendors.map(v => v.vendor) : []
  return {
    columns: [
      { header: 'provider' },
      { header: 'event id' },
      { header: 'title' },
      { header: 'rules', numeric: true },
      ...vendors.map(v => ({ header: v, numeric: true }))
    ],
    rows: page.events.rows.map(e => [
      e.provider,
      e.event,
      e.title,
      e.rules,
      ...vendors.map(v => e.vendors[v])
    ]),
    more: page.events.total - page.events.rows.length,
    noun: 'event'
  }
}

function fieldsTable(page: TechniquePage): Table {
  return {
    columns: [
      { header: 'field' },
      { header: 'rules', numeric: true },
      { header: 'operators' },
      { header: 'sample values' }
    ],
    rows: page.fields.rows.map(f => [
      { code: f.field },
      f.rules,
      f.ops.map(o => `${o.op} ${formatCount(o.rules)}`).join(', '),
      samplesCell(f.samples)
    ]),
    more: page.fields.total - page.fields.rows.length,
    noun: 'field'
  }
}

function samplesCell(samples: readonly string[]): Cell {
  return samples.length === 0 ? null : { codes: [...samples] }
}

function rulesTable(group: TechniquePage['ruleGroups'][number]): Table {
  return {
    columns: [{ header: 'title', max: 200 }, { header: 'path', keepEnd: true }, { header: 'id' }],
    rows: group.rows.map(r => [
      r.title,
      { code: r.line > 1 ? `${r.path}:${r.line}` : r.path },
      r.id === null ? null : { code: r.id }
    ]),
    more: group.total - group.rows.length,
    noun: 'rule'
  }
}

function pageBlocks(page: TechniquePage, p: Prose): Block[] {
  const out: Block[] = [{ kind: 'heading', level: 1, text: namedId(p, page.technique, page.name) }]
  const line = (text: string): void => void out.push({ kind: 'line', text })
  const heading = (level: 2 | 3, text: string): void => void out.push({ kind: 'heading', level, text })
  const table = (t: Table, empty: string): void =>
    void out.push(t.rows.length > 0 ? t : { kind: 'line', text: empty })

  const id = p.text(page.technique)
  if (page.requested !== page.technique)
    line(`${p.text(page.requested)} is revoked or moved in the ATT&CK table; this is the page of ${id}.`)
  if (page.attackVersion === null)
    line('No ATT&CK table given (--attack FILE): the technique name and tactics are unknown.')
  else if (page.name === null) line(`ATT&CK v${p.text(page.attackVersion)} does not know ${id}.`)
  else
    line(
      `Tactics: ${page.tactics.length > 0 ? page.tactics.map(p.text).join(', ') : '(none)'} · ATT&CK v${p.text(page.attackVersion)}`
    )

  const family = parentOf(page.technique) === page.technique ? ' or its sub-techniques' : ''
  if (page.rules === 0) {
    line(`No rule in the catalog is tagged with ${id}${family}.`)
    return out
  }
  line(`${ruleCount(page.rules)}: ${vendorCounts(page.vendors)}`)
  if (page.subtechniques.length > 0)
    line(
      `Tagged with: ${page.subtechniques
        .map(s => `${namedId(p, s.technique, s.name)} (${formatCount(s.rules)})`)
        .join(', ')}`
    )

  heading(2, 'Events covered')
  table(eventsTable(page), 'No rule reads an event detlint knows.')
  if (page.rulesWithoutEvents > 0 && page.events.total > 0)
    line(`${ruleCount(page.rulesWithoutEvents)} read no event detlint knows.`)

  heading(2, 'Fields filtered most')
  line(
    'rules: rules that test the field, in an indicator or an exclusion. Scope fields (OS, event category, type or code, channel) are left out of this table and the next.'
  )
  table(fieldsTable(page), 'No rule tests a field.')

  heading(2, 'Top indicator values')
  line('rules here: rules of this page with the indicator; corpus reach: catalog rules with it.')
  table(
    indicatorTable(page.indicators.rows, {
      here: true,
      vendors: true,
      more: page.indicators.total - page.indicators.rows.length
    }),
    'No indicators.'
  )

  heading(2, 'Exclusions')
  table(
    exclusionTable(page.exclusions.rows, { more: page.exclusions.total - page.exclusions.rows.length }),
    'No exclusions.'
  )

  heading(2, 'Rules')
  for (const g of page.ruleGroups) {
    heading(3, `${g.vendor} (${formatCount(g.total)})`)
    table(rulesTable(g), 'None.')
  }
  return out
}

/** The page as GitHub markdown; rule text is escaped. */
export function renderPageMarkdown(page: TechniquePage): string {
  const parts = pageBlocks(page, MARKDOWN).map(b => {
    if ('columns' in b) return renderMarkdownTable(b).join('\n')
    if (b.kind === 'heading') return `${'#'.repeat(b.level)} ${b.text}`
    return b.text
  })
  return parts.join('\n\n') + '\n'
}

/** The page as terminal text: aligned tables, rule text cleaned of control characters. */
export function renderPageText(page: TechniquePage): string {
  const lines: string[] = []
  for (const b of pageBlocks(page, TEXT)) {
    if ('columns' in b) lines.push(...renderTextTable(b), '')
    else if (b.kind === 'heading' && b.level === 1) lines.push(b.text, '='.repeat(b.text.length), '')
    else if (b.kind === 'heading' && b.level === 2) lines.push(b.text, '-'.repeat(b.text.length))
    else if (b.kind === 'heading') lines.push(`${b.text}:`)
    else lines.push(b.text, '')
  }
  while (lines[lines.length - 1] === '') lines.pop()
  return lines.join('\n') + '\n'
}
