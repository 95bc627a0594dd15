/**
 * An Elastic rule's logsource. Elastic rules name no Sigma-style logsource, but the catalog
 * groups peers by `product/category/service`, so the reader derives one that puts Elastic
 * rules beside the Sigma rules that read the same events:
 *
 * **index**: `rule.index`, else the ES|QL `FROM` patterns.
 *
 * **product**, first that gives exactly one value:
 * 1. `host.os.type` in the query (positive `eq`/`wildcard` predicates, outside `not`):
 *    `windows` / `linux` / `macos`;
 * 2. the `OS: Windows` / `OS: Linux` / `OS: macOS` tags (a cross-platform rule has several:
 *    no product), or an endpoint rule's `os_list` (`["windows"]`), alike;
 * 3. for rules without an OS (cloud, SaaS, network), the dataset they read:
 *    `event.dataset` / `data_stream.dataset` in the query, else a `logs-<dataset>-*` index
 *    pattern. DATASETS below gives Sigma's product and service for the common ones
 *    (`aws.cloudtrail` → aws / cloudtrail, `o365.audit` → m365 / audit, ...); another
 *    dataset `x.y` gives product `x`, service `y`. Endpoint datasets (`endpoint.*`,
 *    `windows.*`, `system.*`, ...) say nothing about the product and are skipped.
 *
 * **service**: only from a dataset (step 3), never for OS rules, so that Windows rules
 * group by event category as Sigma's do.
 *
 * **category**: the EQL event category of the first step that names one (not `any`;
 * not when `event_category_override` points at another field), else the `event.category`
 * values in the first query's positive predicates when they map to one category. ECS
 * categories map to Sigma's where Sigma has one (CATEGORIES below): `process` →
 * `process_creation` (460 of 679 EQL process queries test `event.type == "start"`, and it
 * is Sigma's process category with peers), `file` → `file_event`, `network` →
 * `network_connection` (`dns_query` when the query reads `dns.*` fields), `registry` →
 * `registry_set` (Elastic's registry rules test values set; Sigma's largest registry
 * category), `library` → `image_load`, `driver` → `driver_load`; PowerShell script block
 * rules (`powershell.file.script_block_text`) → `ps_script`. Other ECS categories
 * (`authentication`, `iam`, `configuration`, `api`, ...) are kept as they are.
 */
import type { Expr, Logsource, Predicate, Query } from '../../ir.js'

export const CATEGORIES: ReadonlyMap<string, string> = new Map([
  ['process', 'process_creation'],
  ['file', 'file_event'],
  ['network', 'network_connection'],
  ['registry', 'registry_set'],
  ['library', 'image_load'],
  ['driver', 'driver_load']
])

/** Datasets → Sigma product and service. */
export const DATASETS: ReadonlyMap<string, { product: string; service: string }> = new Map([
  ['aws.cloudtrail', { product: 'aws', service: 'cloudtrail' }],
  ['azure.activitylogs', { product: 'azure', service: 'activitylogs' }],
  ['azure.auditlogs', { product: 'azure', service: 'auditlogs' }],
  ['azure.signinlogs', { product: 'azure', service: 'signinlogs' }],
  ['gcp.audit', { product: 'gcp', service: 'gcp.audit' }],
  ['googlecloud.audit', { product: 'gcp', service: 'gcp.audit' }],
  ['o365.audit', { product: 'm365', service: 'audit' }],
  ['okta.system', { product: 'okta', service: 'okta' }],
  ['github.audit', { product: 'github', service: 'audit' }],
  ['kubernetes.audit_logs', { product: 'kubernetes', service: 'audit' }],
  ['google_workspace.admin', { product: 'google_workspace', service: 'google_workspace.admin' }]
])

/** Dataset prefixes of endpoint data: the OS, not the dataset, is the product. */
const ENDPOINT_DATASETS = new Set([
  'endpoint',
  'windows',
  'system',
  'auditd',
  'auditd_manager',
  'sysmon_linux',
  'winlog'
])

const OS_VALUES: ReadonlyMap<string, string> = new Map([
  ['windows', 'windows'],
  ['linux', 'linux'],
  ['macos', 'macos']
])
const OS_TAGS: ReadonlyMap<string, string> = new Map([
  ['os: windows', 'windows'],
  ['os: linux', 'linux'],
  ['os: macos', 'macos']
])
const INDEX_DATASET = /^logs-([A-Za-z0-9_]+\.[A-Za-z0-9_.]+?)(?:-|\*|$)/

export interface LogsourceInputs {
  index: string[] | null
  queries: Query[]
  /** EQL event categories, one per query (null when missing), or null for other languages. */
  eqlCategories: Array<string | null> | null
  tags: string[]
  /** Elastic Defend endpoint rules: `rule.os_list` (`windows`, `linux`, `macos`). */
  osList?: string[] | null
}

export function elasticLogsource(inputs: LogsourceInputs): Logsource {
  const out: Logsource = {}
  if (inputs.index !== null && inputs.index.length > 0) out.index = inputs.index
  const signals: Signals = { os: [], datasets: [], categories: [], dns: false, scriptBlock: false }
  inputs.queries.forEach((q, i) => collect(q.expr, signals, i === 0))

  const product =
    single(signals.os) ??
    single(inputs.tags.map(t => OS_TAGS.get(t.trim().toLowerCase()))) ??
    single((inputs.osList ?? []).map(os => OS_VALUES.get(os.trim().toLowerCase())))
  if (product !== null) out.product = product
  else {
    const dataset =
      single(signals.datasets) ?? single((inputs.index ?? []).map(i => INDEX_DATASET.exec(i)?.[1]))
    const known = dataset === null ? null : datasetSource(dataset)
    if (known !== null) {
      out.product = known.product
      out.service = known.service
    }
  }

  const category = eqlCategory(inputs.eqlCategories) ?? single(signals.categories)
  if (category !== null) {
    const mapped = CATEGORIES.get(category) ?? category
    out.category =
      mapped === 'network_connection' && signals.dns
        ? 'dns_query'
        : signals.scriptBlock
          ? 'ps_script'
          : mapped
  } else if (signals.scriptBlock) out.category = 'ps_script'
  return out
}

/** What the query says about the events it reads. */
interface Signals {
  /** `host.os.type` values (known OS names only). */
  os: Array<string | undefined>
  /** `event.dataset` / `data_stream.dataset` values without wildcards. */
  datasets: Array<string | undefined>
  /** `event.category` values of the first query. */
  categories: Array<string | undefined>
  /** A `dns.*` field is read. */
  dns: boolean
  /** `powershell.file.script_block_text` is read. */
  scriptBlock: boolean
}

/** Walks the predicates outside any `not` (derived ones aside). */
function collect(expr: Expr, signals: Signals, first: boolean): void {
  switch (expr.kind) {
    case 'pred': {
      const field = expr.sourceField
      if (expr.derived === true || field === null) return
      if (field === 'powershell.file.script_block_text') signals.scriptBlock = true
      else if (field.startsWith('dns.')) signals.dns = true
      if (expr.op !== 'eq' && expr.op !== 'wildcard') return
      if (field === 'host.os.type') signals.os.push(OS_VALUES.get(lowerValue(expr)))
      else if (field === 'event.dataset' || field === 'data_stream.dataset') {
        const v = lowerValue(expr)
        signals.datasets.push(v === '' || /[*?]/.test(v) ? undefined : v)
      } else if (first && field === 'event.category') signals.categories.push(lowerValue(expr) || undefined)
      return
    }
    case 'and':
    case 'or':
      for (const c of expr.children) collect(c, signals, first)
      return
    case 'not':
    case 'opaque':
      return
  }
}

/** A predicate's value in lower case ('' for none). */
function lowerValue(p: Predicate): string {
  return p.value === null ? '' : p.value.toLowerCase()
}

function eqlCategory(categories: Array<string | null> | null): string | null {
  if (categories === null) return null
  for (const c of categories) if (c !== null && c.toLowerCase() !== 'any') return c.toLowerCase()
  return null
}

function datasetSource(dataset: string): { product: string; service: string } | null {
  const known = DATASETS.get(dataset)
  if (known !== undefined) return known
  const dot = dataset.indexOf('.')
  if (dot <= 0 || dot === dataset.length - 1) return null
  const product = dataset.slice(0, dot)
  if (ENDPOINT_DATASETS.has(product)) return null
  return { product, service: dataset.slice(dot + 1) }
}

/** The one distinct defined value, else null. */
function single(values: Array<string | undefined>): string | null {
  let found: string | null = null
  for (const v of values) {
    if (v === undefined) continue
    if (found !== null && found !== v) return null
    found = v
  }
  return found
}
