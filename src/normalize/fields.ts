/**
 * Vendor field names → canonical field names. The canonical vocabulary follows ECS where one
 * exists (see `field-map.ts` for the tables and the choices behind them), so Sigma's `Image`,
 * Elastic's `process.executable`, Splunk's `Processes.process_path` and a Security 4688
 * `NewProcessName` are one field. A field no table knows keeps the name its rule wrote.
 */
import type { Logsource, Vendor } from '../ir.js'
import {
  CIM_CATEGORY_DATASETS,
  CIM_DATASET_FIELDS,
  CIM_FIELDS,
  CIM_ROOT_DATASETS,
  ELASTIC_FIELDS,
  EVENT_CATEGORIES,
  EVENT_DATA_PREFIX,
  LOG_FIELDS,
  NON_EVENT_LOG_SERVICES,
  SPLUNK_RAW_FIELDS,
  WINDOWS_EVENT_FIELDS,
  type FieldTable
} from './field-map.js'

type Table = ReadonlyMap<string, string>

// ---------------------------------------------------------------------------------------
// The tables, compiled once at load: one map per scope, category rows layered over the
// unscoped ones, so a lookup is one or two Map.get calls.

/** Unscoped rows, and for each category the unscoped rows overlaid with that category's. */
function compileScoped(tables: readonly FieldTable[]): { all: Table; byCategory: Map<string, Table> } {
  const all = new Map<string, string>()
  for (const t of tables)
    if (!t.categories && !t.services) for (const [k, v] of Object.entries(t.fields)) all.set(k, v)
  const byCategory = new Map<string, Table>()
  for (const t of tables)
    for (const c of t.categories ?? []) {
      const m = new Map(byCategory.get(c) ?? all)
      for (const [k, v] of Object.entries(t.fields)) m.set(k, v)
      byCategory.set(c, m)
    }
  return { all, byCategory }
}

const EVENT = compileScoped(WINDOWS_EVENT_FIELDS)
const EVENT_CATEGORY_SET = new Set(EVENT_CATEGORIES)
const NON_EVENT_LOG = new Set(NON_EVENT_LOG_SERVICES)

const LOG_BY_CATEGORY = new Map<string, Table>()
const LOG_BY_SERVICE = new Map<string, Table>()
for (const t of LOG_FIELDS) {
  const m = new Map(Object.entries(t.fields))
  for (const c of t.categories ?? []) LOG_BY_CATEGORY.set(c, m)
  for (const s of t.services ?? []) LOG_BY_SERVICE.set(s, m)
}

const lowerKeys = (r: Readonly<Record<string, string>>): Table =>
  new Map(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v]))
const CIM_ANY = lowerKeys(CIM_FIELDS)
const CIM_BY_DATASET = new Map(Object.entries(CIM_DATASET_FIELDS).map(([d, r]) => [d, lowerKeys(r)]))
const CIM_BY_CATEGORY = new Map(Object.entries(CIM_CATEGORY_DATASETS))
const CIM_ROOTS = new Map(Object.entries(CIM_ROOT_DATASETS))
const SPLUNK_RAW = new Map(Object.entries(SPLUNK_RAW_FIELDS))
const ELASTIC = new Map(Object.entries(ELASTIC_FIELDS))

/** A Sigma Windows field that pySigma would prefix: one word, no dot or dash. */
const SIGMA_EVENT_DATA_NAME = /^[A-Za-z][A-Za-z0-9_]*$/
/**
 * A raw Splunk field that is a Windows event field rather than an add-on alias or a
 * computed one: event data names are PascalCase (`TargetUserName`), aliases snake_case
 * (`process_name`, `Logon_Type`), computed fields camelCase (`isOutlier`); plus `paramN`.
 */
const SPLUNK_EVENT_DATA_NAME = /^(?:[A-Z][A-Za-z0-9]*|param[0-9]+)$/

const eventDataNames = new Map<string, string>()
function eventData(field: string): string {
  let name = eventDataNames.get(field)
  if (name === undefined) {
    name = EVENT_DATA_PREFIX + field
    eventDataNames.set(field, name)
  }
  return name
}

const datasets = new Map<string, string | null>()
/** The CIM dataset a Splunk rule reads: from its data model, else from its event category. */
function splunkDataset(logsource: Logsource): string | null {
  const model = logsource.dataModel
  if (model === undefined)
    return logsource.category === undefined ? null : (CIM_BY_CATEGORY.get(logsource.category) ?? null)
  let dataset = datasets.get(model)
  if (dataset === undefined) {
    const dot = model.lastIndexOf('.')
    dataset = dot === -1 ? (CIM_ROOTS.get(model) ?? null) : model.slice(dot + 1)
    datasets.set(model, dataset)
  }
  return dataset
}

function eventTable(logsource: Logsource): Table {
  return (logsource.category !== undefined && EVENT.byCategory.get(logsource.category)) || EVENT.all
}

function logTable(logsource: Logsource): Table | undefined {
  return (
    (logsource.category !== undefined ? LOG_BY_CATEGORY.get(logsource.category) : undefined) ??
    (logsource.service !== undefined ? LOG_BY_SERVICE.get(logsource.service) : undefined)
  )
}

function usesEventNames(logsource: Logsource): boolean {
  return (
    logsource.product === 'windows' ||
    (logsource.category !== undefined && EVENT_CATEGORY_SET.has(logsource.category))
  )
}

// ---------------------------------------------------------------------------------------

/**
 * The canonical name of `sourceField` as `vendor` writes it in a rule reading `logsource`.
 *
 * - Sigma: names are case-sensitive, as in pySigma. Windows logsources (and the Sysmon-named
 *   categories on Linux and macOS) use the Windows event tables; on Windows, a one-word field
 *   no table maps becomes `winlog.event_data.<Field>`. Proxy, webserver, DNS and CloudTrail
 *   logs have their own tables.
 * - Elastic: names are ECS already; a few spellings are folded (`process.name.caseless`), and
 *   `winlog.event_data.<Field>` goes through the Windows event tables like a Sigma field.
 * - Splunk: `sourceField` is the CIM name without its dataset prefix (or a raw field). CIM
 *   names match case-insensitively, in the rule's dataset (from `logsource.dataModel`, or
 *   from its category for raw searches); raw Windows event fields match exactly, and on a
 *   raw Windows search a PascalCase field no table maps becomes `winlog.event_data.<Field>`.
 *
 * Anything else is returned as written: never null, never dropped.
 */
export function canonicalField(vendor: Vendor, logsource: Logsource, sourceField: string): string {
  switch (vendor) {
    case 'sigma':
      return sigmaField(logsource, sourceField)
    case 'elastic':
      return elasticField(logsource, sourceField)
    case 'splunk':
      return splunkField(logsource, sourceField)
  }
}

function sigmaField(logsource: Logsource, field: string): string {
  const log = logTable(logsource)?.get(field)
  if (log !== undefined) return log
  if (!usesEventNames(logsource)) return field
  const mapped = eventTable(logsource).get(field)
  if (mapped !== undefined) return mapped
  return logsource.product === 'windows' &&
    !(logsource.service !== undefined && NON_EVENT_LOG.has(logsource.service)) &&
    SIGMA_EVENT_DATA_NAME.test(field)
    ? eventData(field)
    : field
}

function elasticField(logsource: Logsource, field: string): string {
  const alias = ELASTIC.get(field)
  if (alias !== undefined) return alias
  if (field.startsWith(EVENT_DATA_PREFIX)) {
    const mapped = eventTable(logsource).get(field.slice(EVENT_DATA_PREFIX.length))
    if (mapped !== undefined) return mapped
  }
  return field
}

function splunkField(logsource: Logsource, field: string): string {
  const lower = field.toLowerCase()
  const dataset = splunkDataset(logsource)
  const cim = (dataset !== null ? CIM_BY_DATASET.get(dataset)?.get(lower) : undefined) ?? CIM_ANY.get(lower)
  if (cim !== undefined) return cim
  const raw = SPLUNK_RAW.get(field) ?? logTable(logsource)?.get(field)
  if (raw !== undefined) return raw
  if (!usesEventNames(logsource)) return field
  const mapped = eventTable(logsource).get(field)
  if (mapped !== undefined) return mapped
  return logsource.product === 'windows' &&
    logsource.dataModel === undefined &&
    SPLUNK_EVENT_DATA_NAME.test(field)
    ? eventData(field)
    : field
}

/**
 * Fields that say which events a rule reads rather than what in them is suspicious: the
 * operating system, the event's category, type, code or dataset, the log's channel or
 * sourcetype. Nearly every rule of a kind checks them, so they are scope, not indicators,
 * for the noisy-indicator check (unless a path has nothing else).
 */
const SCOPE_FIELDS = new Set(
  [
    'host.os.type',
    'host.os.family',
    'host.os.platform',
    'os.type',
    'event.category',
    'event.type',
    'event.kind',
    'event.module',
    'event.dataset',
    'event.provider',
    'event.code',
    'data_stream.dataset',
    'winlog.channel',
    'winlog.provider_name',
    'EventID',
    'EventCode',
    'Channel',
    'Provider_Name',
    'index',
    'source',
    'sourcetype',
    'eventtype'
  ].map(f => f.toLowerCase())
)

export function isScopeField(field: string | null): boolean {
  return field !== null && SCOPE_FIELDS.has(field.toLowerCase())
}
