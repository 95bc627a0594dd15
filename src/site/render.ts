/**
 * The site's pages as HTML: the index, a technique page, a rule page. Every page is the same
 * frame (header with the search box, main, footer) around its content; all links are
 * relative, so the site works from file:// and from any URL prefix.
 */
import type { CatalogRule } from '../catalog/index.js'
import { parentOf } from '../attack/normalize.js'
import { eventInfo } from '../normalize/events.js'
import { displayValue, matchParts } from '../report/tables.js'
import { VENDORS, type Expr, type Query, type Vendor } from '../ir.js'
import { VERSION } from '../version.js'
import { histogram, reachBuckets, stackedBars } from './charts.js'
import { count, el, link, plural, table, text, type Html, type Row } from './html.js'
import { ruleTechniques, type SiteModel, type SiteTechnique } from './model.js'
import { techniquePagePath } from './paths.js'

/** Rows shown per section of a technique page; the rest are counted. */
export const SITE_LIMITS = {
  fields: 20,
  indicators: 40,
  exclusions: 40,
  /** Rules listed under an opened indicator or exclusion row. */
  ruleList: 50,
  similar: 10,
  /** Rows of a rule page's indicator and exclusion tables. */
  ruleKeys: 100,
  /** Children shown per and/or node of a rule's logic tree. */
  treeChildren: 50
}

/** Indicators a rule needs before its page charts their reach. */
const MIN_CHART = 5

/** Where a page is: its path from the root (for relative links). */
interface Here {
  /** `''` at the root, `'../'` one folder down. */
  root: string
}

const HERE_SUB: Here = { root: '../' }

export interface PageFrame {
  title: string
  here: Here
  model: SiteModel
  body: Html
}

export function frame({ title, here, model, body }: PageFrame): Html {
  const attack = model.catalog.attack?.version
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:">`,
    '<meta name="referrer" content="no-referrer">',
    el('title', {}, text(title)),
    `<link rel="stylesheet" href="${here.root}assets/site.css">`,
    `<script src="${here.root}assets/site.js" defer></script>`,
    '</head>',
    `<body data-root="${here.root}">`,
    '<header>' +
      link(`${here.root}index.html`, text(model.title), { class: 'home' }) +
      '<div class="search"><input id="q" type="search" placeholder="Search techniques, rules, fields, values" aria-label="Search" autocomplete="off"><ol id="results" hidden></ol></div>' +
      '</header>',
    '<main>',
    body,
    '</main>',
    el(
      'footer',
      {},
      text(
        `Built by detlint ${VERSION} from ${plural(model.catalog.rules.length, 'rule')}` +
          (attack ? ` · ATT&CK v${attack}` : '') +
          '. ATT&CK® is a registered trademark of The MITRE Corporation.'
      )
    ),
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

function vendorBadge(v: Vendor, n?: number): Html {
  return el('span', { class: `vendor ${v}` }, text(n === undefined ? v : `${v} ${count(n)}`))
}

function vendorCounts(list: ReadonlyArray<{ vendor: Vendor; rules: number }>): Html {
  return list.map(v => vendorBadge(v.vendor, v.rules)).join(' ')
}

function code(s: string): Html {
  return el('code', {}, text(s))
}

function attackUrl(technique: string): string {
  return `https://attack.mitre.org/techniques/${technique.replace('.', '/')}/`
}

function techniqueLink(model: SiteModel, here: Here, id: string, label?: string): Html {
  return model.catalog.techniqueRules.has(id)
    ? link(here.root + techniquePagePath(id), text(label ?? id))
    : text(label ?? id)
}

function ruleItem(model: SiteModel, here: Here, i: number): Html {
  const r = model.catalog.rules[i]
  return el(
    'li',
    {},
    link(here.root + model.rulePaths[i], text(r.title)),
    ' ',
    vendorBadge(r.vendor),
    ' ',
    el('span', { class: 'path' }, text(r.path))
  )
}

/** A rule as a short list item: its title, linked, and vendor. */
function shortRuleItem(model: SiteModel, here: Here, i: number): Html {
  const r = model.catalog.rules[i]
  return el('li', {}, link(here.root + model.rulePaths[i], text(r.title)), ' ', vendorBadge(r.vendor))
}

function ruleList(model: SiteModel, here: Here, rules: readonly number[], max: number): Html {
  const shown = rules.slice(0, max).map(i => shortRuleItem(model, here, i))
  if (rules.length > max)
    shown.push(el('li', { class: 'note' }, text(`and ${plural(rules.length - max, 'more rule')}`)))
  return el('ul', { class: 'rules' }, ...shown)
}

function more(total: number, shown: number, noun: string): Html {
  return total > shown
    ? el('p', { class: 'note' }, text(`${plural(total - shown, `more ${noun}`)} not shown.`))
    : ''
}

/** The id of an indicator or exclusion row, for links from the search. */
export function keyAnchor(kind: 'i' | 'x', key: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0
  return `${kind}-${h.toString(16).padStart(8, '0')}`
}

/** Field, operator and value of a key, as a rule author reads them. */
function keyCells(field: string | null, op: string, value: string | null): Html[] {
  const m = matchParts(op, value)
  return [field === null ? text('(keyword)') : code(field), text(m.op), m.value === null ? '' : code(m.value)]
}

function spans(cells: readonly Html[]): Html[] {
  return cells.map(c => el('span', {}, c))
}

// ---------------------------------------------------------------------------------------
// Index

export interface TechniqueSummary {
  name: string | null
  rules: number
  vendors: ReadonlyArray<{ vendor: Vendor; rules: number }>
}

export function renderIndex(model: SiteModel, summaries: ReadonlyMap<string, TechniqueSummary>): Html {
  const here: Here = { root: '' }
  const { catalog } = model
  const totals = VENDORS.map(v => ({
    vendor: v,
    rules: catalog.rules.filter(r => r.vendor === v).length
  })).filter(v => v.rules > 0)
  const vendorCols = VENDORS.filter(v => totals.some(t => t.vendor === v))
  const parts: Html[] = [
    el('h1', {}, text(model.title)),
    el(
      'p',
      { class: 'meta' },
      text(`${plural(catalog.rules.length, 'rule')}: `),
      vendorCounts(totals),
      text(` · ${plural(model.techniques.length, 'technique')} with rules`)
    )
  ]
  if (catalog.attack === undefined)
    parts.push(
      el('p', { class: 'note' }, text('No ATT&CK table given: technique names and tactics are unknown.'))
    )
  parts.push(
    el('h2', { id: 'chart' }, text('Rules per tactic')),
    stackedBars(
      'Rules per vendor per tactic',
      model.tactics.map(t => ({ label: t.name, values: t.vendors }))
    ),
    el(
      'p',
      { class: 'note' },
      text('A rule counts once per tactic, under every tactic of the techniques it is tagged with.')
    ),
    el('nav', {}, model.tactics.map(t => link(`#${tacticId(t.name)}`, text(t.name))).join(' · '))
  )
  for (const t of model.tactics) {
    const rows: Row[] = []
    for (const family of t.families) {
      const members = [family, ...model.techniques.filter(x => x !== family && parentOf(x) === family)]
      for (const id of members) {
        const s = summaries.get(id)
        if (!s) continue
        const cells = [
          techniqueLink(model, here, id),
          text(s.name ?? ''),
          ...vendorCols.map(v => count(s.vendors.find(x => x.vendor === v)?.rules ?? 0)),
          count(s.rules)
        ]
        rows.push(id === family ? cells : { cells, class: 'sub' })
      }
    }
    parts.push(
      el('h2', { id: tacticId(t.name) }, text(t.name)),
      table(
        [
          { label: 'technique' },
          { label: 'name' },
          ...vendorCols.map(v => ({ label: v, num: true })),
          { label: 'rules', num: true }
        ],
        rows
      )
    )
  }
  return frame({ title: model.title, here, model, body: parts.join('\n') })
}

function tacticId(name: string): string {
  return `tactic-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
}

// ---------------------------------------------------------------------------------------
// Technique page

function paragraphs(description: string): Html {
  return description
    .split(/\n\s*\n/)
    .map(p => p.trim())
    .filter(p => p !== '')
    .map(p => el('p', {}, text(p)))
    .join('\n')
}

function eventsSection(st: SiteTechnique): Html {
  const { page } = st
  if (page.events.total === 0)
    return el('p', { class: 'note' }, text('No rule reads an event detlint knows.'))
  const vendors = page.vendors.map(v => v.vendor)
  const rows = page.events.rows.map(e => [
    text(e.provider),
    text(e.event),
    text(e.title),
    count(e.rules),
    ...vendors.map(v => count(e.vendors[v]))
  ])
  const note =
    page.rulesWithoutEvents > 0
      ? el(
          'p',
          { class: 'note' },
          text(`${plural(page.rulesWithoutEvents, 'rule')} read no event detlint knows.`)
        )
      : ''
  return (
    table(
      [
        { label: 'provider' },
        { label: 'event id' },
        { label: 'title' },
        { label: 'rules', num: true },
        ...vendors.map(v => ({ label: v, num: true }))
      ],
      rows
    ) + note
  )
}

function fieldsSection(st: SiteTechnique): Html {
  const { fields } = st.page
  if (fields.total === 0) return el('p', { class: 'note' }, text('No rule tests a field.'))
  const shown = fields.rows.slice(0, SITE_LIMITS.fields)
  return (
    table(
      [{ label: 'field' }, { label: 'rules', num: true }, { label: 'operators' }, { label: 'sample values' }],
      shown.map(f => [
        code(f.field),
        count(f.rules),
        text(f.ops.map(o => `${o.op} ${count(o.rules)}`).join(', ')),
        f.samples.map(code).join(' ')
      ])
    ) + more(fields.total, shown.length, 'field')
  )
}

function indicatorsSection(model: SiteModel, here: Here, st: SiteTechnique): Html {
  const { indicators } = st.page
  if (indicators.total === 0) return el('p', { class: 'note' }, text('No indicators.'))
  const n = Math.min(indicators.rows.length, SITE_LIMITS.indicators)
  const head = el(
    'div',
    { class: 'keyrow keyhead' },
    el('span', {}),
    ...['field', 'operator', 'value'].map(h => el('span', {}, h)),
    el('span', { class: 'num' }, 'rules here'),
    el('span', { class: 'num' }, 'corpus reach'),
    el('span', {}, 'vendors')
  )
  const rows = indicators.rows
    .slice(0, n)
    .map((r, i) =>
      el(
        'details',
        { class: 'key', id: keyAnchor('i', r.key) },
        el(
          'summary',
          { class: 'keyrow' },
          ...spans(keyCells(r.field, r.op, r.value)),
          el('span', { class: 'num' }, count(r.here)),
          el('span', { class: 'num' }, count(r.reach)),
          el('span', {}, r.vendors.map(v => vendorBadge(v)).join(' '))
        ),
        ruleList(model, here, st.indicatorRules[i], SITE_LIMITS.ruleList)
      )
    )
  const chart = histogram(
    'Corpus reach of this page’s indicators',
    reachBuckets(indicators.rows.map(r => r.reach))
  )
  return [
    el(
      'p',
      { class: 'note' },
      text(
        'rules here: rules of this page with the indicator; corpus reach: catalog rules (any technique) with it. Open a row for its rules.'
      )
    ),
    el('div', { class: 'keys' }, ['', head, ...rows, ''].join('\n')),
    more(indicators.total, n, 'indicator'),
    el('h3', {}, text(`Corpus reach of all ${plural(indicators.total, 'indicator')}`)),
    chart
  ].join('\n')
}

function exclusionsSection(model: SiteModel, here: Here, st: SiteTechnique): Html {
  const { exclusions } = st.page
  if (exclusions.total === 0) return el('p', { class: 'note' }, text('No exclusions.'))
  const n = Math.min(exclusions.rows.length, SITE_LIMITS.exclusions)
  const head = el(
    'div',
    { class: 'keyrow keyhead' },
    el('span', {}),
    ...['field', 'operator', 'value'].map(h => el('span', {}, h)),
    el('span', { class: 'num' }, 'rules'),
    el('span', {}, 'vendors')
  )
  const rows = exclusions.rows
    .slice(0, n)
    .map((r, i) =>
      el(
        'details',
        { class: 'key', id: keyAnchor('x', r.key) },
        el(
          'summary',
          { class: 'keyrow' },
          ...spans(keyCells(r.field, r.op, r.value)),
          el('span', { class: 'num' }, count(r.rules)),
          el('span', {}, r.vendors.map(v => vendorBadge(v)).join(' '))
        ),
        ruleList(model, here, st.exclusionRules[i], SITE_LIMITS.ruleList)
      )
    )
  return (
    el('div', { class: 'keys excl' }, ['', head, ...rows, ''].join('\n')) +
    more(exclusions.total, n, 'exclusion')
  )
}

export function renderTechnique(model: SiteModel, st: SiteTechnique): Html {
  const here = HERE_SUB
  const { page } = st
  const id = page.technique
  const parent = parentOf(id)
  const crumbs = [link('../index.html', 'Index')]
  if (parent !== id) crumbs.push(techniqueLink(model, here, parent))
  const meta: Html[] = []
  if (page.attackVersion === null) meta.push(text('No ATT&CK table given: the name and tactics are unknown'))
  else if (page.name === null) meta.push(text(`ATT&CK v${page.attackVersion} does not know ${id}`))
  else
    meta.push(
      text(`Tactics: ${page.tactics.length > 0 ? page.tactics.join(', ') : '(none)'}`),
      text(`ATT&CK v${page.attackVersion}`)
    )
  meta.push(link(attackUrl(id), text(`${id} on attack.mitre.org`), { rel: 'noopener' }))
  const parts: Html[] = [
    el('nav', { class: 'crumbs' }, crumbs.join(' › ')),
    el('h1', {}, el('span', { class: 'tid' }, text(id)), text(page.name ?? '')),
    el('p', { class: 'meta' }, meta.join(' · ')),
    st.description === null ? '' : el('div', { class: 'description' }, paragraphs(st.description)),
    el('p', {}, text(`${plural(page.rules, 'rule')}: `), vendorCounts(page.vendors))
  ]
  if (page.subtechniques.length > 0)
    parts.push(
      el(
        'p',
        {},
        text('Tagged with: '),
        page.subtechniques
          .map(
            s =>
              `${techniqueLink(model, here, s.technique, s.name === null ? s.technique : `${s.technique} ${s.name}`)} (${count(s.rules)})`
          )
          .join(', ')
      )
    )
  parts.push(
    el('h2', { id: 'events' }, 'Events covered'),
    eventsSection(st),
    el('h2', { id: 'fields' }, 'Fields filtered most'),
    el(
      'p',
      { class: 'note' },
      text('Scope fields (OS, event category, type or code, channel) are left out here and below.')
    ),
    fieldsSection(st),
    el('h2', { id: 'indicators' }, 'Top indicator values'),
    indicatorsSection(model, here, st),
    el('h2', { id: 'exclusions' }, 'Exclusions'),
    exclusionsSection(model, here, st),
    el('h2', { id: 'rules' }, 'Rules')
  )
  const pageRules = model.catalog.techniqueRules.get(id) ?? []
  for (const g of page.ruleGroups) {
    parts.push(
      el('h3', {}, vendorBadge(g.vendor), text(` ${plural(g.total, 'rule')}`)),
      el(
        'ul',
        { class: 'rules' },
        ...pageRules
          .filter(i => model.catalog.rules[i].vendor === g.vendor)
          .map(i => ruleItem(model, here, i))
      )
    )
  }
  const title = `${id}${page.name === null ? '' : ` ${page.name}`} · ${model.title}`
  return frame({ title, here, model, body: parts.join('\n') })
}

// ---------------------------------------------------------------------------------------
// Rule page

/** Deep enough for any rule we have seen; deeper trees are cut with a note, never a stack overflow. */
const MAX_DEPTH = 40

function treeItem(e: Expr, depth: number): Html {
  if (depth > MAX_DEPTH) return el('li', { class: 'note' }, text('… (deeper levels not shown)'))
  switch (e.kind) {
    case 'and':
    case 'or':
      return el(
        'li',
        {},
        el('span', { class: 'op' }, e.kind === 'and' ? 'all of' : 'any of'),
        el(
          'ul',
          {},
          ...e.children.slice(0, SITE_LIMITS.treeChildren).map(c => treeItem(c, depth + 1)),
          e.children.length > SITE_LIMITS.treeChildren
            ? el(
                'li',
                { class: 'note' },
                text(`and ${plural(e.children.length - SITE_LIMITS.treeChildren, 'more')}`)
              )
            : ''
        )
      )
    case 'not':
      return el('li', {}, el('span', { class: 'op' }, 'not'), el('ul', {}, treeItem(e.child, depth + 1)))
    case 'pred': {
      const m = matchParts(e.op, e.value === null ? null : displayValue(e.op, e.value))
      const field = e.sourceField ?? e.field
      const canonical =
        e.field !== null && e.field !== e.sourceField ? el('span', { class: 'm' }, text(` (${e.field})`)) : ''
      return el(
        'li',
        {},
        field === null ? el('span', { class: 'm' }, 'any field') : code(field),
        canonical,
        ' ',
        el('span', { class: 'm' }, text(m.op + (e.caseSensitive ? ' (case-sensitive)' : ''))),
        m.value === null ? '' : ' ' + code(m.value)
      )
    }
    case 'opaque':
      return el('li', { class: 'opaque' }, text('not interpreted: '), code(e.text), text(` (${e.reason})`))
  }
}

function treeSection(queries: readonly Query[] | null): Html {
  if (queries === null)
    return el(
      'p',
      { class: 'note' },
      text(
        'The logic tree is shown when the site is built from the rules themselves (--baseline), not from a catalog file.'
      )
    )
  return queries
    .map(
      q =>
        (q.label === '' ? '' : el('h3', {}, text(q.label))) + el('ul', { class: 'tree' }, treeItem(q.expr, 0))
    )
    .join('\n')
}

function keyTable(
  model: SiteModel,
  keys: readonly string[],
  users: ReadonlyMap<string, number[]>,
  label: string
): Html {
  const rows = keys.slice(0, SITE_LIMITS.ruleKeys).map(k => {
    const p = model.catalog.keys.get(k)
    return [...keyCells(p?.field ?? null, p?.op ?? '', p?.value ?? null), count(users.get(k)?.length ?? 0)]
  })
  return (
    table([{ label: 'field' }, { label: 'operator' }, { label: 'value' }, { label, num: true }], rows) +
    more(keys.length, rows.length, 'key')
  )
}

export function renderRule(model: SiteModel, index: number): Html {
  const here = HERE_SUB
  const { catalog } = model
  const r: CatalogRule = catalog.rules[index]
  const source = model.sources.sourceUrl?.(r) ?? null
  const where = r.line > 1 ? `${r.path}:${r.line}` : r.path
  const techniques = ruleTechniques(catalog, r)
  const facts: Array<[string, Html]> = [
    ['Vendor', vendorBadge(r.vendor)],
    ['Path', source === null ? code(where) : link(source, code(where), { rel: 'noopener' })],
    ['ID', r.id === null ? text('(none)') : code(r.id)],
    ['Level', text(r.level ?? '(none)')],
    [
      'Techniques',
      techniques.length === 0
        ? text('(none)')
        : techniques.map(t => techniqueLink(model, here, t, `${t}${nameOf(model, t)}`)).join(', ')
    ],
    [
      'Events',
      r.events.length === 0 ? text('(none detlint knows)') : r.events.map(e => eventLabel(e)).join(', ')
    ],
    ['Log source', code(r.eventKind)]
  ]
  const reaches = r.indicators.map(k => catalog.indicatorRules.get(k)?.length ?? 0)
  const similar = model.similar(index, SITE_LIMITS.similar)
  const parts: Html[] = [
    el(
      'nav',
      { class: 'crumbs' },
      [link('../index.html', 'Index'), ...techniques.map(t => techniqueLink(model, here, t))].join(' › ')
    ),
    el('h1', {}, text(r.title)),
    el('dl', { class: 'facts' }, ...facts.map(([k, v]) => el('dt', {}, text(k)) + el('dd', {}, v))),
    el('h2', { id: 'logic' }, 'Logic'),
    treeSection(model.sources.trees?.(r) ?? null),
    el('h2', { id: 'indicators' }, 'Indicators'),
    r.indicators.length === 0
      ? el('p', { class: 'note' }, text('No indicators.'))
      : el(
          'p',
          { class: 'note' },
          text('corpus reach: catalog rules (any technique) with the indicator, this one included.')
        ) +
        keyTable(model, r.indicators, catalog.indicatorRules, 'corpus reach') +
        // A chart of a handful of numbers says less than the table above it.
        (reaches.length >= MIN_CHART
          ? histogram('Corpus reach of this rule’s indicators', reachBuckets(reaches))
          : ''),
    el('h2', { id: 'exclusions' }, 'Exclusions'),
    r.exclusions.length === 0
      ? el('p', { class: 'note' }, text('No exclusions.'))
      : keyTable(model, r.exclusions, catalog.exclusionRules, 'rules with it'),
    el('h2', { id: 'similar' }, 'Rules most like it'),
    similar.length === 0
      ? el('p', { class: 'note' }, text('No rule shares an indicator with this one.'))
      : el(
          'ol',
          { class: 'similar' },
          ...similar.map(s =>
            el(
              'li',
              {},
              link(here.root + model.rulePaths[s.rule], text(catalog.rules[s.rule].title)),
              ' ',
              vendorBadge(catalog.rules[s.rule].vendor),
              ' ',
              el(
                'span',
                { class: 'path' },
                text(`${plural(s.shared, 'shared indicator')} · similarity ${s.score.toFixed(2)}`)
              )
            )
          )
        )
  ]
  return frame({ title: `${r.title} · ${model.title}`, here, model, body: parts.join('\n') })
}

function nameOf(model: SiteModel, t: string): string {
  const name = model.catalog.attack?.techniques.get(t)?.name
  return name === undefined ? '' : ` ${name}`
}

function eventLabel(id: string): Html {
  const e = eventInfo(id)
  return text(`${e.provider} ${e.event} (${e.title})`)
}
