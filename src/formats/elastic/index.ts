/**
 * The Elastic reader: one TOML file with a `[rule]` table → one `Rule`. Two layouts:
 * detection-rules (`[rule]` with `rule_id`, below) and Elastic Defend's endpoint behavior
 * rules (`[rule]` with `id`, top-level `[[threat]]`: `endpoint.ts`). A `[rule]` table with
 * neither `rule_id` nor `id` is reported (`elastic/unknown-layout`), never skipped.
 *
 * Detection-rules (`[metadata]`, `[rule]`, ...):
 *
 * - id `rule.rule_id`, title `rule.name`, level `rule.severity`, status `metadata.maturity`,
 *   tags `rule.tags`; techniques from `[[rule.threat]]` (`techniques.ts`);
 * - queries: `rule.query` parsed by `rule.language` (kuery → KQL, eql → EQL, esql → ES|QL,
 *   lucene → Lucene), positioned in the file (`query.ts`); `machine_learning` rules have none;
 * - exclusions outside the query: `rule.filters` (`filters.ts`) AND-ed at the top of every
 *   tree; `[[rule.exceptions_list]]` kept as references in `properties.exceptionLists`
 *   (their contents are not in the repository);
 * - logsource: derived from the index patterns, the query and the tags (`logsource.ts`);
 * - `properties`: `type`, `language`, and what shapes the alerts without being a predicate:
 *   `threshold`, `new_terms`, `alert_suppression`, `threat_index` / `threat_query` /
 *   `threat_mapping` / `threat_language` / `threat_indicator_path` (indicator match),
 *   `machine_learning_job_id` / `anomaly_threshold`, `eventCategoryOverride`, the EQL
 *   sequence / sample / pipes and event categories, the ES|QL `stages`.
 * - `[[transform.osquery]]` and other `query` keys outside `[rule]` are ignored.
 *
 * Diagnostic codes (stable). "Where": `file` is `ParseResult.diagnostics` (the file yields no
 * rule), `rule` is `Rule.diagnostics`. The query parsers' diagnostics (`kql/…`, `eql/…`,
 * `esql/…`, `lucene/…`) are passed through in `Rule.diagnostics`.
 *
 * | code                         | severity | where | meaning                                                        |
 * |------------------------------|----------|-------|----------------------------------------------------------------|
 * | `elastic/toml-error`         | error    | file  | the TOML does not parse; at the line and column smol-toml gives |
 * | `elastic/missing-rule`       | error    | file  | the file has no `[rule]` table                                 |
 * | `elastic/unknown-layout`     | error    | file  | `[rule]` has no `rule_id` (detection-rules) and is no endpoint rule (`id`, no `type`); at the `[rule]` line |
 * | `elastic/invalid-metadata`   | warning  | rule  | rule_id/name/severity/type/tags/index/... (endpoint: name/os_list/...) missing or of the wrong type, a filter or exceptions_list entry that is not a table |
 * | `elastic/invalid-threat`     | warning  | rule  | a `[[rule.threat]]` (endpoint: `[[threat]]`) entry of the wrong shape, or a technique ID that is not `T1234[.001]` |
 * | `elastic/unknown-type`       | warning  | rule  | `rule.type` is none of query, eql, esql, threshold, new_terms, threat_match, machine_learning, saved_query |
 * | `elastic/missing-query`      | error    | rule  | a rule type that needs `rule.query` has none (or not a string)  |
 * | `elastic/missing-language`   | warning  | rule  | `rule.language` is missing; inferred from the type (eql, esql, else kuery) |
 * | `elastic/unknown-language`   | error    | rule  | `rule.language` is not kuery, eql, esql or lucene; the query is kept as opaque text |
 * | `elastic/unsupported-filter` | notice   | rule  | a `rule.filters` query shape not interpreted (kept as opaque), or regexp flags not kept |
 * | `elastic/query-position`     | warning  | rule  | the query's text was not found in the file; positions are approximate |
 * | `elastic/internal-error`     | error    | file  | a bug in this reader; the file is skipped                       |
 */
import { andFlat } from '../../expr.js'
import { parse, TomlError } from 'smol-toml'
import type {
  Diagnostic,
  Expr,
  JsonValue,
  ParseResult,
  Query,
  Rule,
  RuleFormat,
  SourcePos
} from '../../ir.js'
import { Diagnostics } from './diagnostics.js'
import { isEndpointRule, readEndpointRule } from './endpoint.js'
import { canonicaliseFields } from './fields.js'
import { filterConjuncts } from './filters.js'
import { elasticLogsource } from './logsource.js'
import { isLanguage, parseQuery, positionedQuery, sequenceSteps } from './query.js'
import type { QueryReading } from './query.js'
import { readTechniques } from './techniques.js'
import { LinePattern } from '../lines.js'
import { RuleFile, isTable, toJson, typeName } from './toml.js'
import type { TomlTable } from './toml.js'

const TOML_PATH = /\.toml$/i
/** A `[rule]` table header: cheap, content-based (the layout is told apart after the parse). */
const RULE_TABLE = new LinePattern(/[ \t]*\[[ \t]*rule[ \t]*\][ \t]*(?:#[^\n]*)?\r?$/, '[', true)

const RULE_TYPES = new Set([
  'query',
  'eql',
  'esql',
  'threshold',
  'new_terms',
  'threat_match',
  'machine_learning',
  'saved_query'
])

/** `rule` keys copied into `properties` as they are (when present). */
const COPIED_KEYS = [
  'threshold',
  'new_terms',
  'alert_suppression',
  'threat_index',
  'threat_query',
  'threat_language',
  'threat_mapping',
  'threat_indicator_path',
  'machine_learning_job_id',
  'anomaly_threshold',
  'saved_id'
]

export const elasticFormat: RuleFormat = {
  vendor: 'elastic',
  detect(path: string, text: string): boolean {
    return TOML_PATH.test(path) && RULE_TABLE.test(text)
  },
  parse(path: string, text: string): ParseResult {
    try {
      return parseElastic(path, text)
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      const d: Diagnostic = {
        path,
        line: 1,
        column: 1,
        severity: 'error',
        code: 'elastic/internal-error',
        message: `the Elastic reader failed on this file: ${message}`
      }
      return { rules: [], diagnostics: [d] }
    }
  }
}

function parseElastic(path: string, text: string): ParseResult {
  const fileDiags = new Diagnostics(path)
  let doc: TomlTable
  try {
    doc = parse(text, { unsafeKeyBehaviour: 'drop', maxDepth: 200 })
  } catch (err) {
    if (!(err instanceof TomlError)) throw err
    const message = err.message.split('\n')[0].replace(/^Invalid TOML document: /, '')
    fileDiags.error('elastic/toml-error', `TOML: ${message}`, { line: err.line, column: err.column })
    return { rules: [], diagnostics: fileDiags.items }
  }
  const rule = doc.rule
  if (!isTable(rule)) {
    fileDiags.error(
      'elastic/missing-rule',
      rule === undefined
        ? 'the file has no `[rule]` table'
        : `\`rule\` should be a table, not ${typeName(rule)}`,
      { line: 1, column: 1 }
    )
    return { rules: [], diagnostics: fileDiags.items }
  }
  const file = new RuleFile(path, text, new Diagnostics(path))
  if (isEndpointRule(rule))
    return { rules: [readEndpointRule(doc, rule, file)], diagnostics: fileDiags.items }
  if (rule.rule_id === undefined) {
    fileDiags.error(
      'elastic/unknown-layout',
      rule.id === undefined
        ? 'the `[rule]` table has neither `rule_id` (an Elastic detection-rules rule) nor `id` (an Elastic Defend endpoint behavior rule); the file is not read as a rule'
        : 'the `[rule]` table has an `id` and a `type`, but no `rule_id`: a detection-rules rule is named by `rule_id`, and an Elastic Defend endpoint behavior rule has no `type`; the file is not read as a rule',
      file.pos(['rule'])
    )
    return { rules: [], diagnostics: fileDiags.items }
  }
  return { rules: [readRule(doc, rule, file)], diagnostics: fileDiags.items }
}

function readRule(doc: TomlTable, rule: TomlTable, file: RuleFile): Rule {
  const where = ['rule']
  const rulePos = (): SourcePos => file.pos(where)
  const id = file.string(rule, 'rule_id', where)
  const name = file.string(rule, 'name', where)
  if (rule.name === undefined)
    file.diags.warning('elastic/invalid-metadata', 'the rule has no `name`', rulePos())
  const severity = file.string(rule, 'severity', where)
  const tags = file.strings(rule, 'tags', where) ?? []
  const index = file.strings(rule, 'index', where)
  const metadata = isTable(doc.metadata) ? doc.metadata : {}
  const maturity = file.string(metadata, 'maturity', ['metadata'])
  const techniques = readTechniques(rule.threat, ['rule', 'threat'], file)

  const properties: Record<string, JsonValue> = {}
  const type = file.string(rule, 'type', where)
  if (type === null) {
    if (rule.type === undefined)
      file.diags.warning('elastic/invalid-metadata', 'the rule has no `type`', rulePos())
  } else {
    properties.type = type
    if (!RULE_TYPES.has(type))
      file.diags.warning(
        'elastic/unknown-type',
        `unknown rule type \`${type}\` (expected one of ${[...RULE_TYPES].join(', ')}); its query is read as ${languageFor(type)}`,
        file.pos([...where, 'type'])
      )
  }

  const reading = type === 'machine_learning' ? null : readQuery(rule, type, file, properties)
  const queries = reading?.queries ?? []
  for (const d of reading?.diagnostics ?? []) file.diags.items.push(d)
  if (reading !== null) Object.assign(properties, reading.properties)

  applyFilters(queries, filterConjuncts(rule.filters, file), properties)
  const exceptions = exceptionLists(rule.exceptions_list, file)
  if (exceptions !== null) properties.exceptionLists = exceptions
  for (const key of COPIED_KEYS) if (rule[key] !== undefined) properties[key] = toJson(rule[key])

  const override = file.string(rule, 'event_category_override', where)
  if (override !== null) properties.eventCategoryOverride = override
  const logsource = elasticLogsource({
    index: index ?? reading?.indices ?? null,
    queries,
    eqlCategories:
      override === null || override === 'event.category' ? (reading?.eqlCategories ?? null) : null,
    tags
  })
  canonicaliseFields(queries, logsource, properties)

  return {
    vendor: 'elastic',
    path: file.path,
    line: 1,
    id,
    title: name ?? '',
    techniques,
    tags,
    logsource,
    queries,
    logicPos: reading?.logicPos ?? rulePos(),
    level: severity,
    status: maturity,
    diagnostics: file.diags.items,
    properties
  }
}

/** The query rules of every type but machine_learning: `rule.query` in `rule.language`. */
function readQuery(
  rule: TomlTable,
  type: string | null,
  file: RuleFile,
  properties: Record<string, JsonValue>
): (QueryReading & { logicPos: SourcePos }) | null {
  const where = ['rule']
  const value = rule.query
  if (typeof value !== 'string') {
    if (value === undefined && type === 'saved_query') return null
    file.diags.error(
      'elastic/missing-query',
      value === undefined
        ? `a \`${type ?? 'query'}\` rule needs a \`query\``
        : `\`rule.query\` should be a string, not ${typeName(value)}`,
      file.pos(value === undefined ? where : [...where, 'query'])
    )
    return null
  }
  let language = file.string(rule, 'language', where)
  if (language === null) {
    language = languageFor(type)
    if (rule.language === undefined)
      file.diags.warning(
        'elastic/missing-language',
        `the rule has no \`language\`; its query is read as ${language}`,
        file.pos([...where, 'query'])
      )
  }
  properties.language = language
  const source = positionedQuery(file, value)
  const logicPos = source.pos(0)
  if (!isLanguage(language)) {
    file.diags.error(
      'elastic/unknown-language',
      `unknown query language \`${language}\` (expected kuery, eql, esql or lucene); the query is kept as text`,
      file.pos([...where, 'language'])
    )
    const expr: Expr = {
      kind: 'opaque',
      text: value,
      reason: `language \`${language}\` not supported`,
      pos: logicPos
    }
    return {
      queries: [{ label: '', expr }],
      diagnostics: [],
      properties: {},
      indices: null,
      eqlCategories: null,
      logicPos
    }
  }
  return { ...parseQuery(language, source), logicPos }
}

function languageFor(type: string | null): string {
  return type === 'eql' ? 'eql' : type === 'esql' ? 'esql' : 'kuery'
}

/**
 * AND-s the filters into every tree: they restrict the events each query (or sequence step)
 * reads. A missing-event step, `not(step)`, becomes `not(step and filters)`: the filters
 * narrow the events that must be missing. With no tree, the filters stand alone.
 */
function applyFilters(queries: Query[], conjuncts: Expr[], properties: Record<string, JsonValue>): void {
  if (conjuncts.length === 0) return
  if (queries.length === 0) {
    queries.push({ label: '', expr: andFlat(conjuncts) })
    return
  }
  const missing = missingSteps(properties)
  for (const q of queries) {
    if (missing.has(q.label) && q.expr.kind === 'not')
      q.expr = { kind: 'not', child: andFlat([q.expr.child, ...conjuncts]) }
    else q.expr = andFlat([q.expr, ...conjuncts])
  }
}

/** Labels of the EQL missing-event steps (`![...]`). */
function missingSteps(properties: Record<string, JsonValue>): Set<string> {
  const out = new Set<string>()
  sequenceSteps(properties).forEach((step, i) => {
    if (step?.missing === true) out.add(`step ${i + 1}`)
  })
  return out
}

/** `[[rule.exceptions_list]]`: references (`id`, `list_id`, `namespace_type`, `type`). */
function exceptionLists(v: unknown, file: RuleFile): JsonValue | null {
  if (v === undefined) return null
  if (!Array.isArray(v)) {
    file.diags.warning(
      'elastic/invalid-metadata',
      `\`rule.exceptions_list\` should be a list of tables, not ${typeName(v)}`,
      file.pos(['rule', 'exceptions_list'])
    )
    return null
  }
  const out: JsonValue[] = []
  v.forEach((entry, i) => {
    if (isTable(entry)) out.push(toJson(entry))
    else
      file.diags.warning(
        'elastic/invalid-metadata',
        `an exceptions_list entry should be a table, not ${typeName(entry)}`,
        file.pos(['rule', 'exceptions_list', i])
      )
  })
  return out
}
