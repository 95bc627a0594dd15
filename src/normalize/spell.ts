/**
 * A canonical key spelled the way a rule's own vendor writes it, for messages a rule author
 * can act on: `process.parent.name` equals `msiexec.exe` is `ParentImage|endswith:
 * '\msiexec.exe'` in a Sigma process_creation rule and `Processes.parent_process_name=msiexec.exe`
 * in a Splunk detection on `Endpoint.Processes`.
 *
 * The field is found by asking the forward tables (`canonicalField`) which name of the
 * vendor's vocabulary maps to the canonical field in the rule's logsource, in table order,
 * so a spelling always reads back to the same key. Sigma has no basename fields: a name is
 * spelled as an endswith on the path field (`Image|endswith: '\x.exe'`). Elastic rules are
 * written in the canonical (ECS) names already, so they get no spelling. Only `eq` and
 * `wildcard` keys are spelled; anything else, or a field no table can spell, gives null.
 */
import type { Logsource, Vendor } from '../ir.js'
import { buildPattern, escapeLiteral, parsePattern, type PatternPart } from '../wildcard.js'
import { canonicalField } from './fields.js'
import {
  CIM_CATEGORY_DATASETS,
  CIM_DATASET_FIELDS,
  CIM_FIELDS,
  CIM_ROOT_DATASETS,
  EVENT_DATA_PREFIX,
  LOG_FIELDS,
  SPLUNK_RAW_FIELDS,
  WINDOWS_EVENT_FIELDS
} from './field-map.js'
import type { KeyParts } from './keys.js'
import { pathFieldOf } from './values.js'

/** Windows and log field names, in table order (the first that maps is the one shown). */
const EVENT_NAMES: readonly string[] = [
  ...new Set([...WINDOWS_EVENT_FIELDS, ...LOG_FIELDS].flatMap(t => Object.keys(t.fields)))
]

function datasetOf(logsource: Logsource): string | undefined {
  const dm = logsource.dataModel
  if (dm === undefined) return undefined
  const dot = dm.lastIndexOf('.')
  return dot >= 0 ? dm.slice(dot + 1) : (CIM_ROOT_DATASETS[dm] ?? dm)
}

/** The field as `vendor` writes it in a rule on `logsource`, or null. */
export function vendorField(vendor: Vendor, logsource: Logsource, canonical: string): string | null {
  if (vendor === 'elastic') return null
  // A field no table maps is its own name (`FooBar` stays `FooBar`); dotted canonical names
  // are ECS, which Sigma and CIM spell otherwise.
  const own = (): string | null =>
    !canonical.includes('.') && canonicalField(vendor, logsource, canonical) === canonical ? canonical : null
  if (vendor === 'splunk') {
    const dataset = datasetOf(logsource)
    if (dataset !== undefined) {
      const names = [...Object.keys(CIM_DATASET_FIELDS[dataset] ?? {}), ...Object.keys(CIM_FIELDS)]
      const found = names.find(n => canonicalField('splunk', logsource, n) === canonical) ?? own()
      return found === null ? null : `${dataset}.${found}`
    }
    const rawDataset =
      logsource.category === undefined ? undefined : CIM_CATEGORY_DATASETS[logsource.category]
    const names = [
      ...EVENT_NAMES,
      ...Object.keys(SPLUNK_RAW_FIELDS),
      ...(rawDataset ? Object.keys(CIM_DATASET_FIELDS[rawDataset] ?? {}) : []),
      ...Object.keys(CIM_FIELDS)
    ]
    return (
      names.find(n => canonicalField('splunk', logsource, n) === canonical) ?? eventData(canonical) ?? own()
    )
  }
  return (
    EVENT_NAMES.find(n => canonicalField('sigma', logsource, n) === canonical) ??
    eventData(canonical) ??
    own()
  )
}

/** `winlog.event_data.GrantedAccess` → `GrantedAccess`. */
function eventData(canonical: string): string | null {
  return canonical.startsWith(EVENT_DATA_PREFIX) ? canonical.slice(EVENT_DATA_PREFIX.length) : null
}

/** `'x'` as YAML writes a single-quoted scalar. */
function yamlQuote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`
}

/** A Sigma value and its modifiers for a key: a plain value, contains, startswith, endswith. */
function sigmaMatch(field: string, op: string, value: string): string {
  // IR patterns use Sigma's wildcard and escape conventions: a literal is spelled as Sigma spells it.
  if (op === 'eq') return `${field}: ${yamlQuote(escapeLiteral(value))}`
  const parts = parsePattern(value)
  const lit = (p: PatternPart | undefined): string | null =>
    p !== undefined && typeof p !== 'string' ? escapeLiteral(p.lit) : null
  const [a, b, c] = parts
  if (parts.length === 3 && a === '*' && c === '*' && lit(b) !== null)
    return `${field}|contains: ${yamlQuote(lit(b) as string)}`
  if (parts.length === 2 && b === '*' && lit(a) !== null)
    return `${field}|startswith: ${yamlQuote(lit(a) as string)}`
  if (parts.length === 2 && a === '*' && lit(b) !== null)
    return `${field}|endswith: ${yamlQuote(lit(b) as string)}`
  return `${field}: ${yamlQuote(value)}`
}

/**
 * `field=value` as an SPL search writes it: `*` is SPL's only wildcard, so a literal `*` or
 * a `?` wildcard cannot be spelled (null); a value with anything but word characters is
 * double-quoted, backslashes and quotes escaped.
 */
function splMatch(field: string, op: string, value: string): string | null {
  let text = ''
  if (op === 'eq') {
    if (value.includes('*')) return null
    text = value
  } else {
    for (const p of parsePattern(value)) {
      if (p === '?') return null
      if (p === '*') text += '*'
      else if (p.lit.includes('*')) return null
      else text += p.lit
    }
  }
  return /^[\w.:/*-]+$/.test(text) ? `${field}=${text}` : `${field}="${text.replace(/(["\\])/g, '\\$1')}"`
}

/**
 * `parts` as `vendor` would write the comparison in a rule on `logsource`
 * (`ParentImage|endswith: '\msiexec.exe'`, `Processes.parent_process_name=msiexec.exe`), or null.
 */
export function spellKey(vendor: Vendor, logsource: Logsource, parts: KeyParts): string | null {
  if (parts.field === null || parts.value === null) return null
  if (parts.op !== 'eq' && parts.op !== 'wildcard') return null
  if (vendor === 'elastic') return null
  const field = vendorField(vendor, logsource, parts.field)
  if (field !== null)
    return vendor === 'sigma'
      ? sigmaMatch(field, parts.op, parts.value)
      : splMatch(field, parts.op, parts.value)
  // A basename with no field of its own: an endswith on the path field.
  const pathField = pathFieldOf(parts.field)
  if (pathField === undefined || parts.op !== 'eq') return null
  const onPath = vendorField(vendor, logsource, pathField)
  if (onPath === null) return null
  const pattern = buildPattern(['*', { lit: `\\${parts.value}` }])
  return vendor === 'sigma' ? sigmaMatch(onPath, 'wildcard', pattern) : splMatch(onPath, 'wildcard', pattern)
}
