/**
 * The Splunk reader: one security_content detection YAML file (`detections/**.yml`) → one
 * `Rule`. The `search` is read by the SPL reader (`query/spl/`) with the macros of the
 * `macros/` folders (see `definitions.ts`); `data_source` names resolve through the
 * `data_sources/` folders to source, sourcetype and event code; `tags.mitre_attack_id`
 * gives the techniques; the logsource comes from the data model, the event codes and the
 * data sources (see `logsource.ts`).
 *
 * Built-in macros (used when no folder defines them): `drop_dm_object_name(x)` is the CIM
 * app's `rename x.* AS *`; `<name>_filter` is what contentctl generates, `search *`. A
 * `*_filter` macro is the detection's exclusion hook: recorded (`properties.filterMacro`),
 * never reported as undefined, and when a macros folder defines it, its conditions are
 * the rule's exclusions.
 *
 * Logsource: `dataModel` (`Endpoint.Processes`), `category`/`product`/`service` (see
 * `logsource.ts`), `eventCodes` (`4688`, `sysmon:1`) from the data sources and the
 * `EventCode=`/`EventID=` conditions, `index`: the search's data-source selectors as
 * `field=value` (`sourcetype=...`, `source=...`, `index=...`), which are not conditions.
 * `level` is null: Splunk detections have none.
 *
 * Properties: `language` (`spl`), `type` (TTP, Anomaly, Hunting...), `firstCommand`,
 * `stages` (commands in order, macros expanded), `macros` (expanded), `undefinedMacros`,
 * `filterMacro` and `filterMacroDefined`, `dataSources`, `knownFalsePositives`. `tags` are
 * the analytic stories.
 *
 * Diagnostic codes (stable). "Where" says which list holds it: `file` is
 * `ParseResult.diagnostics`, `rule` is `Rule.diagnostics`.
 *
 * | code                          | severity | where | meaning                                                        |
 * |-------------------------------|----------|-------|----------------------------------------------------------------|
 * | `splunk/yaml-error`           | error    | file  | the YAML does not parse                                        |
 * | `splunk/yaml-warning`         | warning  | file  | YAML read with a loss (a non-scalar key skipped)               |
 * | `splunk/not-a-map`            | error    | file  | the document is not a map of detection fields                  |
 * | `splunk/duplicate-key`        | warning  | rule  | a key is repeated; the last one counts                          |
 * | `splunk/invalid-metadata`     | warning  | rule  | name/id/status/type/data_source/tags of the wrong shape, no `name`, `data_sources` for `data_source` |
 * | `splunk/invalid-technique`    | warning  | rule  | a `mitre_attack_id` that is not `T1234`/`T1234.001`             |
 * | `splunk/missing-search`       | error    | rule  | no `search`, or not a string, or empty                          |
 * | `splunk/unknown-data-source`  | notice   | rule  | a `data_source` name no `data_sources/` definition has (only when a folder is found) |
 * | `splunk/missing-filter-macro` | notice   | rule  | the search has no `<name>_filter` macro, the hook for local exclusions |
 * | `splunk/internal-error`       | error    | file  | a bug in this reader; the file is skipped                       |
 * | `spl/empty-search`            | error    | rule  | the search is only whitespace                                   |
 * | `spl/syntax`                  | error    | rule  | a search, `tstats where` or `where` expression does not parse; the unreadable part is kept opaque and reading goes on |
 * | `spl/unterminated-macro`      | error    | rule  | a backtick with no closing backtick                             |
 * | `spl/unterminated-comment`    | warning  | rule  | a ```` ``` ```` comment with no end                             |
 * | `spl/undefined-macro`         | notice   | rule  | a macro no folder defines (not the `_filter` hook): kept unexpanded, opaque in a condition |
 * | `spl/macro-cycle`             | warning  | rule  | a macro expands into itself: the inner call is kept unexpanded   |
 * | `spl/macro-limit`             | warning  | rule  | macro calls nested deeper than 32, or macros add more than 1,000,000 characters |
 * | `spl/lowercase-operator`      | warning  | rule  | `and`/`or`/`not`/`in` in a search: Splunk reads them as words    |
 * | `spl/empty-stage`             | warning  | rule  | `| |`: a stage with nothing in it                                |
 * | `spl/unknown-command`         | notice   | rule  | a stage whose command SPL does not define                       |
 *
 * Severity `error` is kept for a detection whose logic cannot be read.
 */
import { canonicalField } from '../../normalize/fields.js'
import type {
  Diagnostic,
  Expr,
  JsonValue,
  Logsource,
  ParseResult,
  Predicate,
  ReadContext,
  Rule,
  RuleFormat,
  SourcePos
} from '../../ir.js'
import type { QuerySource } from '../../query/source.js'
import { parseSpl, type MacroDefinition, type SplResult } from '../../query/spl/index.js'
import {
  parseYaml,
  type LineIndex,
  type YamlMap,
  type YamlNode,
  type YamlScalar
} from '../../yaml/positioned.js'
import {
  definitionFolders,
  definitionsFingerprint,
  loadDefinitions,
  type DataSourceDefinition,
  type Definitions
} from './definitions.js'
import { Diagnostics } from './diagnostics.js'
import { quote } from '../../text.js'
import { LinePattern } from '../lines.js'
import { logsourceOf } from './logsource.js'
import { scalarPositions } from './positions.js'
import { entriesOf, kindName, readList, readString, readTechniques } from './metadata.js'

export { refreshSplunkDefinitions } from './definitions.js'

const YAML_PATH = /\.ya?ml$/i
// Top-level keys, tested line by line (`^...` of a multiline regex; see `lines.ts`).
const SEARCH_KEY = new LinePattern(/\ufeff?["']?search["']?[ \t]*:/, '\ufeff"\'s')
const NAME_KEY = new LinePattern(/\ufeff?["']?name["']?[ \t]*:/, '\ufeff"\'n')
/** Sigma's keys: such a file is Sigma's. */
const SIGMA_KEY = new LinePattern(/\ufeff?["']?(?:detection|logsource)["']?[ \t]*:/, '\ufeff"\'dl')
/** security_content objects with a search that are not detections. */
const NOT_A_DETECTION = new LinePattern(
  /["']?type["']?[ \t]*:[ \t]*["']?(?:baseline|investigation)\b/i,
  '"\'tT'
)

/** A `.yml`/`.yaml` file with top-level `search` and `name`, and no Sigma `detection`. */
export function isSplunkDetection(path: string, text: string): boolean {
  return (
    YAML_PATH.test(path) &&
    SEARCH_KEY.test(text) &&
    NAME_KEY.test(text) &&
    !SIGMA_KEY.test(text) &&
    !NOT_A_DETECTION.test(text)
  )
}

/**
 * What else reading `file` depends on, as a fingerprint for a cache key: for a Splunk
 * detection, the contents of its macro and data-source folders ('' when it has none); null
 * for any other file, which depends on nothing else.
 */
export function splunkDependencies(file: string, bytes: Buffer, context: ReadContext): string | null {
  if (!bytes.includes('search')) return null // cheap: most files are not detections
  return isSplunkDetection(file, bytes.toString('utf8')) ? splunkDefinitionsFingerprint(file, context) : null
}

/** What `splunkDependencies` gives `file` when it is a detection, without its bytes. */
export function splunkDefinitionsFingerprint(file: string, context: ReadContext): string {
  return definitionsFingerprint({ ...context, file })
}

export const splunkFormat: RuleFormat = {
  vendor: 'splunk',
  detect: isSplunkDetection,
  parse(path: string, text: string, context?: ReadContext): ParseResult {
    try {
      return parseSplunk(path, text, context)
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      const d: Diagnostic = {
        path,
        line: 1,
        column: 1,
        severity: 'error',
        code: 'splunk/internal-error',
        message: `the Splunk reader failed on this file: ${message}`
      }
      return { rules: [], diagnostics: [d] }
    }
  }
}

function parseSplunk(path: string, text: string, context: ReadContext | undefined): ParseResult {
  const fileDiags = new Diagnostics(path)
  const yaml = parseYaml(text)
  if (yaml.error) {
    fileDiags.error('splunk/yaml-error', `YAML: ${yaml.error.message}`, yaml.error)
    return { rules: [], diagnostics: fileDiags.items }
  }
  for (const w of yaml.warnings) fileDiags.warning('splunk/yaml-warning', `YAML: ${w.message}`, w)
  const doc = yaml.documents.find(d => d.root !== null && !(d.root.kind === 'scalar' && d.root.isNull))
  const root = doc?.root
  if (!doc || !root || root.kind !== 'map') {
    fileDiags.error(
      'splunk/not-a-map',
      root ? `the document is a ${kindName(root)}, not a map of detection fields` : 'the file is empty',
      root ?? { line: 1, column: 1 }
    )
    return { rules: [], diagnostics: fileDiags.items }
  }
  const defs = loadDefinitions(definitionFolders(context))
  const diags = new Diagnostics(path)
  const rule = readDetection(root, { path, text, lines: yaml.lines, line: doc.line, defs, diags })
  return { rules: [rule], diagnostics: fileDiags.items }
}

interface DetectionContext {
  path: string
  text: string
  lines: LineIndex
  line: number
  defs: Definitions
  diags: Diagnostics
}

function readDetection(root: YamlMap, ctx: DetectionContext): Rule {
  const { diags } = ctx
  const top = entriesOf(root, diags)
  const start: SourcePos = { line: ctx.line, column: 1 }

  const name = readString(top.get('name'), 'name', diags)
  if (name === null)
    diags.warning('splunk/invalid-metadata', 'the detection has no `name`', top.get('name') ?? start)
  const tags = tagsOf(top.get('tags'), diags)
  const dataSources = readDataSources(top, ctx)

  const searchNode = top.get('search')
  const search = readSearch(searchNode, start, ctx)
  const logsource = buildLogsource(search?.result ?? null, dataSources)
  const expr = search?.result.expr ?? null
  if (expr) canonicalize(expr, logsource)

  const properties: Record<string, JsonValue> = { language: 'spl' }
  const type = readString(top.get('type'), 'type', diags)
  if (type !== null) properties.type = type
  if (search) {
    const r = search.result
    properties.firstCommand = r.firstCommand
    properties.stages = r.stages.map(s => s.command)
    properties.macros = r.macros
    if (r.undefinedMacros.length > 0) properties.undefinedMacros = r.undefinedMacros
    const hook = r.exclusionHooks[0]
    properties.filterMacro = hook?.name ?? null
    properties.filterMacroDefined = hook?.defined ?? false
  }
  properties.dataSources = dataSources.map(d => d.name)
  const fp = readString(top.get('known_false_positives'), 'known_false_positives', diags)
  if (fp !== null) properties.knownFalsePositives = fp

  return {
    vendor: 'splunk',
    path: ctx.path,
    line: ctx.line,
    id: readString(top.get('id'), 'id', diags),
    title: name ?? '',
    techniques: tags.techniques,
    tags: tags.stories,
    logsource,
    queries: expr === null && !search ? [] : [{ label: '', expr: expr ?? { kind: 'and', children: [] } }],
    logicPos: search?.pos ?? start,
    level: null,
    status: readString(top.get('status'), 'status', diags),
    diagnostics: [...diags.items, ...(search?.result.diagnostics ?? [])],
    properties
  }
}

function tagsOf(node: YamlNode | undefined, diags: Diagnostics): { techniques: string[]; stories: string[] } {
  if (node === undefined || (node.kind === 'scalar' && node.isNull)) return { techniques: [], stories: [] }
  if (node.kind !== 'map') {
    diags.warning('splunk/invalid-metadata', `\`tags\` should be a map, not a ${kindName(node)}`, node)
    return { techniques: [], stories: [] }
  }
  const tags = entriesOf(node, diags, 'tags.')
  return {
    techniques: readTechniques(tags.get('mitre_attack_id'), diags),
    stories: readList(tags.get('analytic_story'), 'tags.analytic_story', diags).map(s => s.value)
  }
}

interface ResolvedDataSource {
  name: string
  definitions: DataSourceDefinition[]
}

function readDataSources(top: Map<string, YamlNode>, ctx: DetectionContext): ResolvedDataSource[] {
  let node = top.get('data_source')
  if (node === undefined && top.has('data_sources')) {
    node = top.get('data_sources') as YamlNode
    ctx.diags.warning(
      'splunk/invalid-metadata',
      '`data_sources` is read as `data_source`, the key detections use',
      node
    )
  }
  const out: ResolvedDataSource[] = []
  for (const { value, node: item } of readList(node, 'data_source', ctx.diags)) {
    const name = value.trim()
    const one = ctx.defs.dataSource(name)
    // A compound name: `Sysmon EventID 1 AND Sysmon EventID 11`.
    const parts = one ? [one] : name.split(/\s+(?:AND|OR)\s+/).map(p => ctx.defs.dataSource(p))
    const found = parts.every(p => p !== undefined) ? (parts as DataSourceDefinition[]) : []
    if (found.length === 0 && ctx.defs.hasDataSources)
      ctx.diags.notice(
        'splunk/unknown-data-source',
        `no data source definition is named ${quote(name)}`,
        item
      )
    out.push({ name, definitions: found })
  }
  return out
}

interface SearchReading {
  result: SplResult
  pos: SourcePos
}

function readSearch(
  node: YamlNode | undefined,
  start: SourcePos,
  ctx: DetectionContext
): SearchReading | null {
  if (node === undefined || node.kind !== 'scalar' || node.isNull || node.value.trim() === '') {
    const why =
      node === undefined
        ? 'the detection has no `search`'
        : node.kind !== 'scalar'
          ? `\`search\` should be a string, not a ${kindName(node)}`
          : '`search` is empty'
    ctx.diags.error('splunk/missing-search', why, node ?? start)
    return null
  }
  const source = searchSource(ctx, node)
  const result = parseSpl(source, {
    lookup: (name, arity) => ctx.defs.macro(name, arity) ?? builtinMacro(name, arity),
    isExclusionHook: name => name.endsWith('_filter')
  })
  const pos = { line: node.line, column: node.column }
  if (result.exclusionHooks.length === 0)
    ctx.diags.notice(
      'splunk/missing-filter-macro',
      'the search has no `<name>_filter` macro, the hook Splunk content uses for local exclusions',
      pos
    )
  return { result, pos }
}

/** The query text with the way back to the file, through the YAML scalar. */
function searchSource(ctx: DetectionContext, node: YamlScalar): QuerySource {
  return { path: ctx.path, text: node.value, pos: scalarPositions(ctx.text, node, ctx.lines) }
}

const DROP_DM_OBJECT_NAME: MacroDefinition & { builtin: true } = {
  name: 'drop_dm_object_name',
  args: ['object'],
  definition: 'rename $object$.* AS *',
  builtin: true
}

const NO_ARGS: readonly string[] = []

function builtinMacro(name: string, arity: number): (MacroDefinition & { builtin: true }) | undefined {
  if (name === 'drop_dm_object_name' && arity === 1) return DROP_DM_OBJECT_NAME
  if (name.endsWith('_filter') && arity === 0)
    return { name, args: NO_ARGS, definition: 'search *', builtin: true }
  return undefined
}

// ---------------------------------------------------------------------------------------
// Logsource

const EVENT_CODE_FIELD = /^event_?(code|id)$/i

function buildLogsource(result: SplResult | null, dataSources: readonly ResolvedDataSource[]): Logsource {
  const selectors = result?.selectors ?? []
  const selectorSources = selectors
    .filter(s => SOURCE_SELECTOR.test(s.sourceField ?? '') && s.value !== null)
    .map(s => s.value as string)
  let sysmon = selectorSources.some(s => SYSMON.test(s))
  const codes = new Map<string, string>() // number → normalised form
  for (const d of dataSources)
    for (const def of d.definitions) {
      const fromSysmon = SYSMON.test(`${def.source} ${def.sourcetype}`)
      if (fromSysmon) sysmon = true
      if (def.eventCode !== null)
        codes.set(def.eventCode, fromSysmon ? `sysmon:${def.eventCode}` : def.eventCode)
    }
  if (result?.expr)
    for (const p of positivePredicates(result.expr))
      if (
        p.op === 'eq' &&
        !p.derived &&
        EVENT_CODE_FIELD.test(p.sourceField ?? '') &&
        /^\d+$/.test(p.value ?? '')
      )
        if (!codes.has(p.value as string))
          codes.set(
            p.value as string,
            sysmon && isSysmonEventId(p.value as string) ? `sysmon:${p.value}` : (p.value as string)
          )
  const eventCodes = [...new Set(codes.values())].sort(compareCodes)
  return logsourceOf({
    dataModel: result?.dataModel ?? null,
    // A data source no definition resolves still names its product (`Sysmon EventID 1`,
    // `Windows Event Log Security 4688`): read the name as its source.
    sources: dataSources.map(d => (d.definitions.length > 0 ? definitionSources(d.definitions) : [d.name])),
    selectors: selectorSources,
    eventCodes,
    index: [...new Set(selectors.map(selectorText))].sort()
  })
}

const SOURCE_SELECTOR = /^(source|sourcetype)$/i
const SYSMON = /sysmon/i

/** The sources and sourcetypes of data-source definitions, in order. */
function definitionSources(defs: readonly DataSourceDefinition[]): string[] {
  const out: string[] = []
  for (const x of defs) {
    if (x.source !== null) out.push(x.source)
    if (x.sourcetype !== null) out.push(x.sourcetype)
  }
  return out
}

/**
 * Sysmon's event IDs run from 1 to 29 (255 its error event), Windows' own from 1100 up: a
 * search over Sysmon and Windows Security together (`EventCode=4688 OR EventCode=1`) has
 * codes of both.
 */
function isSysmonEventId(code: string): boolean {
  const n = Number(code)
  return n >= 1 && n <= 255
}

function selectorText(p: Predicate): string {
  return `${p.sourceField}=${p.op === 'exists' ? '*' : (p.value ?? '')}`
}

function compareCodes(a: string, b: string): number {
  const [pa, na] = splitCode(a)
  const [pb, nb] = splitCode(b)
  return pa !== pb ? (pa < pb ? -1 : 1) : na - nb
}

function splitCode(code: string): [string, number] {
  const colon = code.lastIndexOf(':')
  return [colon === -1 ? '' : code.slice(0, colon), Number(code.slice(colon + 1))]
}

/** Predicates outside any `not`. */
function positivePredicates(expr: Expr, out: Predicate[] = []): Predicate[] {
  if (expr.kind === 'pred') out.push(expr)
  else if (expr.kind === 'and' || expr.kind === 'or')
    for (const c of expr.children) positivePredicates(c, out)
  return out
}

/** Sets each predicate's canonical field name (the SPL reader gives the CIM name). */
function canonicalize(expr: Expr, logsource: Logsource): void {
  switch (expr.kind) {
    case 'pred':
      if (expr.field !== null) expr.field = canonicalField('splunk', logsource, expr.field)
      break
    case 'and':
    case 'or':
      for (const c of expr.children) canonicalize(c, logsource)
      break
    case 'not':
      canonicalize(expr.child, logsource)
      break
    case 'opaque':
      break
  }
}
