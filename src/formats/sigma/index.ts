/**
 * The Sigma reader: one YAML file → one `Rule` per rule document.
 *
 * Diagnostic codes (stable). "Where" says which list holds the diagnostic: `file` is
 * `ParseResult.diagnostics` (problems of the file or of a document that yields no rule),
 * `rule` is `Rule.diagnostics`. A diagnostic is in exactly one of them.
 *
 * | code                        | severity              | where | meaning                                                        |
 * |-----------------------------|-----------------------|-------|----------------------------------------------------------------|
 * | `sigma/yaml-error`          | error                 | file  | the YAML does not parse (syntax, unknown alias, alias bomb)     |
 * | `sigma/yaml-warning`        | warning               | file  | YAML read with a loss (a non-scalar key, a bad `<<` merge skipped) |
 * | `sigma/not-a-map`           | error                 | file  | a document is a list or a scalar, not a rule map                |
 * | `sigma/not-a-rule`          | notice                | file  | a correlation or filter document, skipped                       |
 * | `sigma/collection-action`   | error                 | file  | unknown `action`, or `action: repeat` with no rule before it    |
 * | `sigma/collection-conflict` | warning               | rule  | the `action: global` template overrides a value of the rule     |
 * | `sigma/duplicate-key`       | warning               | rule  | a key is repeated in a map; the last one counts                 |
 * | `sigma/invalid-metadata`    | warning               | rule  | title/id/status/level/tags/logsource of the wrong shape         |
 * | `sigma/missing-logsource`   | warning               | rule  | no `logsource`                                                  |
 * | `sigma/missing-detection`   | error                 | rule  | no `detection`                                                  |
 * | `sigma/missing-condition`   | error                 | rule  | no `condition`, or an empty one                                 |
 * | `sigma/invalid-detection`   | error                 | rule  | `detection` or a search identifier of an unusable shape         |
 * | `sigma/invalid-value`       | error / warning       | rule  | a value that does not fit its modifiers (null keyword, `exists: maybe`, wildcard under base64, not a number/CIDR, ...) |
 * | `sigma/unknown-modifier`    | error                 | rule  | a modifier no Sigma version defines; the item becomes opaque    |
 * | `sigma/modifier-conflict`   | error / warning       | rule  | modifiers that do not combine (`re|contains`, `cidr|contains`, a flag without `re`, ...) |
 * | `sigma/unknown-identifier`  | error                 | rule  | the condition names an undefined search identifier, or a pattern matches none |
 * | `sigma/condition-syntax`    | error                 | rule  | the condition does not parse; positioned on the offending token |
 * | `sigma/too-deep`          | error                 | rule  | the condition nests deeper than 100 levels (`MAX_QUERY_DEPTH`); it is not read |
 * | `sigma/aggregation`         | notice                | rule  | a legacy `| count() ...` aggregation; the condition is read up to the `|` |
 * | `sigma/internal-error`      | error                 | file  | a bug in this reader; the file is skipped                       |
 */
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
import { parseYaml, scalarOffsetAt } from '../../yaml/positioned.js'
import type { LineIndex, YamlMap, YamlNode, YamlScalar } from '../../yaml/positioned.js'
import { expandCollection } from './collection.js'
import type { CollectionDocument, TemplateConflict } from './collection.js'
import { parseCondition, resolveCondition } from './condition.js'
import { Diagnostics } from './diagnostics.js'
import { quote } from '../../text.js'
import { lastOccurrences, searchIdentifierExpr } from './detection.js'
import type { DetectionContext } from './detection.js'
import { orFlat } from '../../expr.js'
import { LinePattern } from '../lines.js'
import { kindName, readLogsource, readString, readTags, techniquesFromTags } from './metadata.js'

/** A `.yml`/`.yaml` file with a top-level `detection`, `logsource` or `correlation` key. */
const SIGMA_KEY = new LinePattern(
  /\ufeff?["']?(?:detection|logsource|correlation)["']?[ \t]*:/,
  '\ufeff"\'dlc'
)
const YAML_PATH = /\.ya?ml$/i

/** Detection keys that are not search identifiers. */
const NOT_IDENTIFIERS = new Set(['condition', 'timeframe'])

interface FileContext {
  path: string
  text: string
  lines: LineIndex
}

export const sigmaFormat: RuleFormat = {
  vendor: 'sigma',
  detect(path: string, text: string): boolean {
    return YAML_PATH.test(path) && SIGMA_KEY.test(text)
  },
  parse(path: string, text: string): ParseResult {
    try {
      return parseSigma(path, text)
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      const d: Diagnostic = {
        path,
        line: 1,
        column: 1,
        severity: 'error',
        code: 'sigma/internal-error',
        message: `the Sigma reader failed on this file: ${message}`
      }
      return { rules: [], diagnostics: [d] }
    }
  }
}

function parseSigma(path: string, text: string): ParseResult {
  const fileDiags = new Diagnostics(path)
  // Merge keys: pySigma loads rules with PyYAML, which applies them.
  const yaml = parseYaml(text, { mergeKeys: true })
  if (yaml.error) {
    fileDiags.error('sigma/yaml-error', `YAML: ${yaml.error.message}`, yaml.error)
    return { rules: [], diagnostics: fileDiags.items }
  }
  for (const w of yaml.warnings) fileDiags.warning('sigma/yaml-warning', `YAML: ${w.message}`, w)
  const file: FileContext = { path, text, lines: yaml.lines }

  const documents: CollectionDocument[] = []
  yaml.documents.forEach((doc, i) => {
    const root = doc.root
    if (root === null || (root.kind === 'scalar' && root.isNull)) return // empty document
    if (root.kind !== 'map') {
      fileDiags.error(
        'sigma/not-a-map',
        `${documentName(i, yaml.documents.length)} is a ${kindName(root)}, not a map of rule fields`,
        root
      )
      return
    }
    const action = root.entries.find(e => e.key.value === 'action')?.value
    documents.push({ map: root, line: doc.line, action })
  })

  const rules: Rule[] = []
  for (const step of expandCollection(documents)) {
    if (step.kind === 'problem') {
      fileDiags.error('sigma/collection-action', step.message, step.pos)
      continue
    }
    const skipped = notARule(step.map)
    if (skipped) {
      fileDiags.notice('sigma/not-a-rule', skipped, step.map)
      continue
    }
    rules.push(readRule(step.map, step.documentLine, step.conflicts, file))
  }
  return { rules, diagnostics: fileDiags.items }
}

function documentName(index: number, count: number): string {
  return count === 1 ? 'the document' : `document ${index + 1}`
}

/** Correlation and filter documents are Sigma, but not rules. */
function notARule(map: YamlMap): string | null {
  let detection = false
  let filter = false
  for (const e of map.entries) {
    const k = e.key.value
    if (k === 'correlation')
      return 'a Sigma correlation document is not a detection rule; it is skipped (correlations are not supported)'
    if (k === 'detection') detection = true
    else if (k === 'filter') filter = true
  }
  return filter && !detection
    ? 'a Sigma filter document is not a detection rule; it is skipped (filters are not supported)'
    : null
}

/** Reads one rule document (already merged with a collection template). */
function readRule(map: YamlMap, line: number, conflicts: TemplateConflict[], file: FileContext): Rule {
  const diags = new Diagnostics(file.path)
  for (const c of conflicts)
    diags.warning(
      'sigma/collection-conflict',
      `\`${c.path}\` is also set by the \`action: global\` document (line ${c.kept.line}), whose value wins`,
      c.dropped
    )
  const top = fieldsOf(map, diags)
  const start: SourcePos = { line, column: 1 }

  const titleNode = top.get('title')
  const title = readString(titleNode, 'title', diags)
  if (title === null && (titleNode === undefined || titleNode.kind === 'scalar'))
    diags.warning('sigma/invalid-metadata', 'the rule has no `title`', titleNode ?? start)
  const tags = readTags(top.get('tags'), diags)
  const logsource = readLogsource(top.get('logsource'), start, diags)

  const detection = readDetection(top.get('detection'), start, { ...file, logsource, diags })
  return {
    vendor: 'sigma',
    path: file.path,
    line,
    id: readString(top.get('id'), 'id', diags),
    title: title ?? '',
    techniques: techniquesFromTags(tags),
    tags,
    logsource,
    queries: detection.queries,
    logicPos: detection.logicPos,
    level: readString(top.get('level'), 'level', diags),
    status: readString(top.get('status'), 'status', diags),
    diagnostics: diags.items,
    ...relatedProperty(top.get('related'))
  }
}

/** `related: [{id, type}]`: the rules this one derives from, obsoletes or is similar to. */
function relatedProperty(node: YamlNode | undefined): { properties?: Record<string, JsonValue> } {
  if (node?.kind !== 'seq') return {}
  const related: JsonValue[] = []
  for (const item of node.items) {
    if (item.kind !== 'map') continue
    const id = item.entries.find(e => e.key.value === 'id')?.value
    const type = item.entries.find(e => e.key.value === 'type')?.value
    if (id?.kind === 'scalar' && id.value !== '')
      related.push({ id: id.value, type: type?.kind === 'scalar' ? type.value : '' })
  }
  return related.length > 0 ? { properties: { related } } : {}
}

/** Top-level keys → values, the last of repeated keys winning (after a warning). */
function fieldsOf(map: YamlMap, diags: Diagnostics): Map<string, YamlNode> {
  lastOccurrences(map, { diags })
  const out = new Map<string, YamlNode>()
  for (const e of map.entries) out.set(e.key.value, e.value)
  return out
}

type RuleContext = DetectionContext & FileContext

interface DetectionReading {
  queries: Query[]
  /** The condition's value, else `detection`, else the rule's start. */
  logicPos: SourcePos
}

function readDetection(node: YamlNode | undefined, start: SourcePos, ctx: RuleContext): DetectionReading {
  const diags = ctx.diags
  if (node === undefined || (node.kind === 'scalar' && node.isNull)) {
    diags.error(
      'sigma/missing-detection',
      node === undefined ? 'the rule has no `detection`' : '`detection` is empty',
      node ?? start
    )
    return { queries: [], logicPos: node ? posOf(node) : start }
  }
  if (node.kind !== 'map') {
    diags.error(
      'sigma/invalid-detection',
      `\`detection\` should be a map of search identifiers and a condition, not a ${kindName(node)}`,
      node
    )
    return { queries: [], logicPos: posOf(node) }
  }
  const identifiers = new Map<string, Expr | null>()
  const last = lastOccurrences(node, ctx)
  let condition: YamlNode | undefined
  node.entries.forEach((e, i) => {
    if (last && last.get(e.key.value) !== i) return
    const name = e.key.value
    if (name === 'condition') condition = e.value
    else if (!NOT_IDENTIFIERS.has(name)) identifiers.set(name, searchIdentifierExpr(e.value, ctx))
  })
  if (condition === undefined) {
    diags.error('sigma/missing-condition', '`detection` has no `condition`', node)
    return { queries: [], logicPos: posOf(node) }
  }
  const expr = readCondition(condition, identifiers, ctx)
  const first = condition.kind === 'seq' && condition.items.length > 0 ? condition.items[0] : condition
  return { queries: expr ? [{ label: '', expr }] : [], logicPos: posOf(first) }
}

function posOf(node: SourcePos): SourcePos {
  return { line: node.line, column: node.column }
}

/** A condition: a string, or a list of strings (OR of the entries). */
function readCondition(node: YamlNode, identifiers: Map<string, Expr | null>, ctx: RuleContext): Expr | null {
  if (node.kind === 'map') {
    ctx.diags.error('sigma/missing-condition', '`condition` should be a string, not a map', node)
    return null
  }
  const items: YamlNode[] = node.kind === 'seq' ? node.items : [node]
  const exprs: Expr[] = []
  for (const item of items) {
    if (item.kind !== 'scalar') {
      ctx.diags.error(
        'sigma/missing-condition',
        `a condition should be a string, not a ${kindName(item)}`,
        item
      )
      continue
    }
    if (item.isNull || item.value.trim() === '') {
      ctx.diags.error('sigma/missing-condition', '`condition` is empty', item)
      continue
    }
    exprs.push(conditionExpr(item, identifiers, ctx))
  }
  if (exprs.length === 0) {
    if (items.length === 0) ctx.diags.error('sigma/missing-condition', '`condition` is an empty list', node)
    return null
  }
  return orFlat(exprs)
}

function conditionExpr(node: YamlScalar, identifiers: Map<string, Expr | null>, ctx: RuleContext): Expr {
  const text = node.value
  const posAt = (index: number): SourcePos => ctx.lines.position(scalarOffsetAt(ctx.text, node, index))
  const parsed = parseCondition(text)
  if (parsed.pipe !== -1)
    ctx.diags.notice(
      'sigma/aggregation',
      `legacy aggregation ${quote(text.slice(parsed.pipe).trim())} is not supported (Sigma correlations replace it); the condition is read up to the \`|\``,
      posAt(parsed.pipe)
    )
  if (!parsed.ast) {
    const error = parsed.error ?? { message: 'invalid condition', start: 0 }
    const pos = posAt(error.start)
    ctx.diags.error(
      error.tooDeep === true ? 'sigma/too-deep' : 'sigma/condition-syntax',
      `condition ${quote(text.trim())}: ${error.message}`,
      pos
    )
    return {
      kind: 'opaque',
      text,
      reason: `condition syntax error: ${error.message}`,
      pos: { line: node.line, column: node.column }
    }
  }
  return resolveCondition(parsed.ast, {
    identifiers,
    posAt,
    unknown: (message, pos) => ctx.diags.error('sigma/unknown-identifier', message, pos)
  })
}
