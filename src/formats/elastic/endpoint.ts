/**
 * The Elastic Defend endpoint behavior rule layout (elastic/protections-artifacts,
 * `behavior/rules/<os>/*.toml`), the third Elastic layout beside detection-rules' `[rule]`
 * with `rule_id` (`index.ts`):
 *
 * - `[rule]` holds `id` (the identity; no `rule_id`), `name`, `description`, `os_list`,
 *   `version`, `min_endpoint_version` and `query`, always EQL in the endpoint dialect
 *   (`query/eql/`: `_arraysearch` with `$` variables, `as` aliases on sequence steps,
 *   `descendant of [...]`), with no `language` key;
 * - ATT&CK techniques in top-level `[[threat]]` entries (the shape of `[[rule.threat]]`);
 * - what the endpoint does on a match in top-level `[[actions]]` (`kill_process`, ...).
 *
 * The rule reads the endpoint's own events, the documents Elastic Defend ships to the
 * `logs-endpoint.events.*` data streams (ECS fields, with `Ext` extensions): that pattern is
 * its `logsource.index`, so its events are `endpoint:<category>` from the EQL event
 * category. The product comes from `os_list` when it names one OS (`logsource.ts`).
 *
 * `properties`: `layout` (`endpoint`), `language` (`eql`), `osList`, `version`,
 * `minEndpointVersion`, `actions` (the action names), and the EQL ones (`sequence`,
 * `eventCategories`, `pipes`).
 */
import type { JsonValue, Rule, SourcePos } from '../../ir.js'
import { canonicaliseFields } from './fields.js'
import { elasticLogsource } from './logsource.js'
import { parseQuery, positionedQuery } from './query.js'
import type { QueryReading } from './query.js'
import { readTechniques } from './techniques.js'
import { isTable, typeName } from './toml.js'
import type { RuleFile, TomlTable } from './toml.js'

/** The data streams Elastic Defend writes its events to. */
export const ENDPOINT_EVENTS_INDEX = 'logs-endpoint.events.*'

/**
 * Is `rule` (the `[rule]` table) an endpoint behavior rule's? `id`, and neither `rule_id` nor
 * `type` (a detection-rules rule has both).
 */
export function isEndpointRule(rule: TomlTable): boolean {
  return rule.rule_id === undefined && rule.id !== undefined && rule.type === undefined
}

export function readEndpointRule(doc: TomlTable, rule: TomlTable, file: RuleFile): Rule {
  const where = ['rule']
  const rulePos = (): SourcePos => file.pos(where)
  const id = file.string(rule, 'id', where)
  const name = file.string(rule, 'name', where)
  if (rule.name === undefined)
    file.diags.warning('elastic/invalid-metadata', 'the rule has no `name`', rulePos())
  const osList = file.strings(rule, 'os_list', where)
  if (rule.os_list === undefined)
    file.diags.warning('elastic/invalid-metadata', 'the endpoint rule has no `os_list`', rulePos())
  const techniques = readTechniques(doc.threat, ['threat'], file)

  const properties: Record<string, JsonValue> = { layout: 'endpoint', language: 'eql' }
  if (osList !== null) properties.osList = osList
  const version = file.string(rule, 'version', where)
  if (version !== null) properties.version = version
  const minVersion = file.string(rule, 'min_endpoint_version', where)
  if (minVersion !== null) properties.minEndpointVersion = minVersion
  const actions = actionNames(doc.actions)
  if (actions.length > 0) properties.actions = actions

  const reading = readEndpointQuery(rule, file)
  const queries = reading?.queries ?? []
  if (reading !== null) {
    for (const d of reading.diagnostics) file.diags.items.push(d)
    Object.assign(properties, reading.properties)
  }
  const logsource = elasticLogsource({
    index: [ENDPOINT_EVENTS_INDEX],
    queries,
    eqlCategories: reading?.eqlCategories ?? null,
    tags: [],
    osList
  })
  canonicaliseFields(queries, logsource, properties)

  return {
    vendor: 'elastic',
    path: file.path,
    line: 1,
    id,
    title: name ?? '',
    techniques,
    tags: [],
    logsource,
    queries,
    logicPos: reading?.logicPos ?? rulePos(),
    level: null,
    status: null,
    diagnostics: file.diags.items,
    properties
  }
}

/** `rule.query` in the endpoint EQL dialect, positioned in the file. */
function readEndpointQuery(rule: TomlTable, file: RuleFile): (QueryReading & { logicPos: SourcePos }) | null {
  const value = rule.query
  if (typeof value !== 'string') {
    file.diags.error(
      'elastic/missing-query',
      value === undefined
        ? 'an endpoint rule needs a `query` (EQL)'
        : `\`rule.query\` should be a string, not ${typeName(value)}`,
      file.pos(value === undefined ? ['rule'] : ['rule', 'query'])
    )
    return null
  }
  const source = positionedQuery(file, value)
  return { ...parseQuery('eql', source, 'endpoint'), logicPos: source.pos(0) }
}

/** The `action` names of the top-level `[[actions]]`, in order, without repeats. */
function actionNames(v: unknown): string[] {
  if (!Array.isArray(v)) return []
  const out: string[] = []
  for (const entry of v)
    if (isTable(entry) && typeof entry.action === 'string' && !out.includes(entry.action))
      out.push(entry.action)
  return out
}
