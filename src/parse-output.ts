/** `detlint parse`: rules in their vendor-neutral form, as JSON or terminal text. */
import type { Diagnostic, LabelledPredicate, Logsource, ReadContext, Rule } from './ir.js'
import { exclusions, indicators } from './ir.js'
import { displayPath } from './files.js'
import {
  allDiagnostics,
  problemDiagnostics,
  readOne,
  repositorySources,
  type InternalFailure
} from './engine.js'
import { defaultSettings, type Settings } from './config.js'
import type { SkippedFile } from './findings.js'
import { skippedLine, sortedSkipped } from './report/common.js'
import { describePredicate } from './describe.js'
import { cleanText } from './report/common.js'

/**
 * Any character `cleanText` changes (line breaks, tabs, C0/C1 controls, DEL, bidi controls):
 * most lines have none and are kept as they are, after one scan instead of three.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNCLEAN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

function printable(text: string): string {
  return UNCLEAN.test(text) ? cleanText(text) : text
}

export interface ParsedFiles {
  rules: Rule[]
  diagnostics: Diagnostic[]
  /** Paths given that do not exist. */
  missing: string[]
  /** Files under the paths that are not rules, with the reason. */
  skipped: SkippedFile[]
  /** Paths given (not missing) that yield no rule file. */
  noRules: string[]
}

export function parsePaths(
  inputs: string[],
  cwd: string,
  context: ReadContext = {},
  settings: Settings = defaultSettings(),
  failures?: InternalFailure[]
): ParsedFiles {
  const sources = repositorySources(inputs, cwd, settings)
  const rules: Rule[] = []
  const diagnostics: Diagnostic[] = problemDiagnostics(sources.problems, cwd)
  const skipped: SkippedFile[] = []
  for (const f of sources.files) {
    const read = readOne(f, cwd, context, settings.maxFileSize, failures)
    rules.push(...read.result.rules)
    diagnostics.push(...allDiagnostics(read.result))
    if (read.skipped !== undefined) skipped.push({ path: read.path, reason: read.skipped })
  }
  for (const m of sources.missing)
    diagnostics.push({
      path: m,
      line: 1,
      column: 1,
      severity: 'error',
      code: 'io-error',
      message: 'no such file or folder'
    })
  const notRules = new Set(skipped.map(s => s.path))
  const noRules = sources.entries
    .filter(e => !sources.missing.includes(e.entry) && e.problems === 0)
    .filter(e => e.files.every(f => notRules.has(displayPath(f, cwd))))
    .map(e => e.entry)
  return { rules, diagnostics, missing: sources.missing, skipped, noRules }
}

interface PredicateJson {
  field: string | null
  sourceField: string | null
  op: string
  value: string | null
  line: number
  column: number
  caseSensitive: boolean
  flags?: string
  transforms?: string[]
  /** The array field whose one element the predicate tests (EQL `_arraysearch`). */
  array?: string
  step?: string
}

function predJson({ pred, label }: LabelledPredicate): PredicateJson {
  const out: PredicateJson = {
    field: pred.field,
    sourceField: pred.sourceField,
    op: pred.op,
    value: pred.value,
    line: pred.pos.line,
    column: pred.pos.column,
    caseSensitive: pred.caseSensitive
  }
  if (pred.flags) out.flags = pred.flags
  if (pred.transforms && pred.transforms.length > 0) out.transforms = pred.transforms
  if (pred.array !== undefined) out.array = pred.array
  if (label) out.step = label
  return out
}

function logsourceJson(l: Logsource): Logsource {
  // Fixed key order for deterministic output.
  const out: Logsource = {}
  for (const k of [
    'product',
    'category',
    'service',
    'definition',
    'index',
    'dataModel',
    'eventCodes'
  ] as const) {
    if (l[k] !== undefined) (out as Record<string, unknown>)[k] = l[k]
  }
  return out
}

function ruleJson(r: Rule): unknown {
  return {
    path: r.path,
    line: r.line,
    vendor: r.vendor,
    id: r.id,
    title: r.title,
    level: r.level,
    status: r.status,
    techniques: r.techniques,
    logsource: logsourceJson(r.logsource),
    indicators: indicators(r).map(predJson),
    exclusions: exclusions(r).map(predJson)
  }
}

function diagnosticJson(d: Diagnostic): unknown {
  return {
    path: d.path,
    line: d.line,
    column: d.column,
    severity: d.severity,
    code: d.code,
    message: d.message
  }
}

export function renderParseJson(parsed: ParsedFiles): string {
  const chunks: string[] = []
  writeParseJson(parsed, c => chunks.push(c))
  return chunks.join('')
}

/**
 * Writes the JSON of `detlint parse` in pieces of about `CHUNK` characters: the same bytes
 * as `JSON.stringify(doc, null, 2) + '\n'` of the document `{rules, diagnostics, skipped}`,
 * without ever holding them in one string (a 50 MB query has more predicates than a
 * JavaScript string can hold as JSON), and without building the document: each rule's
 * JSON object is made when it is written, and dropped.
 */
export function writeParseJson(parsed: ParsedFiles, write: (chunk: string) => void): void {
  let buffer = ''
  const out = (s: string): void => {
    buffer += s
    if (buffer.length >= CHUNK) {
      write(buffer)
      buffer = ''
    }
  }
  const section = <T>(name: string, items: readonly T[], json: (item: T) => unknown, first = false): void => {
    const key = JSON.stringify(name)
    out(`${first ? '{\n' : ',\n'}  ${key}: `)
    if (items.length === 0) {
      out('[]')
      return
    }
    // Items are written in batches by one native JSON.stringify of `{name: batch}`, whose
    // text between `{\n  "name": [\n    ` and `\n  ]\n}` is the batch as the document has
    // it; an item of more than WHOLE_RULE predicates is written piecewise on its own.
    const prefix = `{\n  ${key}: [\n    `.length
    let batch: unknown[] = []
    let size = 0
    let started = false
    const next = (): void => {
      out(started ? ',\n    ' : '[\n    ')
      started = true
    }
    const flush = (): void => {
      if (batch.length === 0) return
      const text = JSON.stringify({ [name]: batch }, null, 2)
      next()
      out(text.slice(prefix, text.length - '\n  ]\n}'.length))
      batch = []
      size = 0
    }
    for (const item of items) {
      const value = json(item)
      const n = predicateCount(value)
      if (n > WHOLE_RULE) {
        flush()
        next()
        streamJson(value, '    ', 2, out)
        continue
      }
      if (size + n > WHOLE_RULE || batch.length === BATCH) flush()
      batch.push(value)
      size += n
    }
    flush()
    out('\n  ]')
  }
  section('rules', parsed.rules, ruleJson, true)
  section('diagnostics', parsed.diagnostics, diagnosticJson)
  section('skipped', sortedSkipped(parsed.skipped), f => ({ path: f.path, reason: f.reason }))
  write(buffer + '\n}\n')
}

const CHUNK = 1 << 16

/** Predicates written by one JSON.stringify at most (about 200 bytes of JSON each). */
const WHOLE_RULE = 5000
/** Rules (or diagnostics, skipped files) written by one JSON.stringify at most. */
const BATCH = 256

/** Indicators plus exclusions of a rule's JSON object (0 for anything else). */
function predicateCount(value: unknown): number {
  const v = value as { indicators?: unknown; exclusions?: unknown }
  const n = (a: unknown): number => (Array.isArray(a) ? a.length : 0)
  return n(v.indicators) + n(v.exclusions)
}

/** Containers this deep (the document, rules, a rule, its predicates) are written piecewise. */
const STREAM_DEPTH = 3

/** `JSON.stringify(value, null, 2)` at indentation `indent`, written in pieces. */
function streamJson(value: unknown, indent: string, depth: number, out: (s: string) => void): void {
  if (depth > STREAM_DEPTH || !isPlainContainer(value)) {
    out((JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, '\n' + indent))
    return
  }
  const inner = indent + '  '
  if (Array.isArray(value)) {
    if (value.length === 0) return out('[]')
    for (let i = 0; i < value.length; i++) {
      out((i === 0 ? '[\n' : ',\n') + inner)
      const v: unknown = value[i]
      if (isSkipped(v)) out('null')
      else streamJson(v, inner, depth + 1, out)
    }
    return out('\n' + indent + ']')
  }
  const obj = value as Record<string, unknown>
  let first = true
  for (const key of Object.keys(obj)) {
    const v = obj[key]
    if (isSkipped(v)) continue
    out((first ? '{\n' : ',\n') + inner + JSON.stringify(key) + ': ')
    first = false
    streamJson(v, inner, depth + 1, out)
  }
  out(first ? '{}' : '\n' + indent + '}')
}

/** What JSON leaves out of an object (and writes as null in an array). */
function isSkipped(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol'
}

/** An array, or an object of its own (no `toJSON`, no class): what `prettyJson` writes itself. */
function isPlainContainer(v: unknown): v is object {
  if (typeof v !== 'object' || v === null) return false
  if (Array.isArray(v)) return true
  const proto: unknown = Object.getPrototypeOf(v)
  return (
    (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function'
  )
}

function predText(prefix: string, { pred, label }: LabelledPredicate): string {
  const step = label ? ` [${label}]` : ''
  const cs = pred.caseSensitive ? ' (case-sensitive)' : ''
  const tr = pred.transforms && pred.transforms.length > 0 ? ` (${pred.transforms.join(', ')})` : ''
  return `    ${prefix} ${printable(describePredicate(pred.sourceField, pred.op, pred.value))}${cs}${tr}${step}  line ${pred.pos.line}`
}

/** Rules, diagnostics and a count line; with `verbose`, each file that is not a rule and why. */
export function renderParseText(parsed: ParsedFiles, verbose = false): string {
  const lines: string[] = []
  for (const r of parsed.rules) {
    lines.push(`${r.path}:${r.line}  ${printable(r.title)}${r.id ? `  [${printable(r.id)}]` : ''}`)
    const ls = logsourceJson(r.logsource)
    const lsText = Object.entries(ls)
      .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`)
      .join(' ')
    lines.push(
      `  techniques: ${r.techniques.join(', ') || '(none)'}   logsource: ${printable(lsText) || '(none)'}`
    )
    for (const i of indicators(r)) lines.push(predText('+', i))
    for (const e of exclusions(r)) lines.push(predText('-', e))
  }
  for (const d of parsed.diagnostics)
    lines.push(`${d.path}:${d.line}:${d.column}  ${d.severity}  ${d.code}  ${printable(d.message)}`)
  const errors = parsed.diagnostics.filter(d => d.severity === 'error').length
  if (verbose)
    for (const f of sortedSkipped(parsed.skipped)) lines.push(`${printable(f.path)}  skipped  ${f.reason}`)
  const skipped = skippedLine(parsed.skipped)
  lines.push(
    `${parsed.rules.length} rules, ${parsed.diagnostics.length} diagnostics (${errors} errors)` +
      (skipped === '' ? '' : `; ${skipped}`)
  )
  return lines.join('\n') + '\n'
}
