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
import { cleanText as printable } from './report/common.js'

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

/** The document `detlint parse --format json` prints. */
function parseDoc(parsed: ParsedFiles): unknown {
  return {
    rules: parsed.rules.map(r => ({
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
    })),
    diagnostics: parsed.diagnostics.map(d => ({
      path: d.path,
      line: d.line,
      column: d.column,
      severity: d.severity,
      code: d.code,
      message: d.message
    })),
    skipped: sortedSkipped(parsed.skipped).map(f => ({ path: f.path, reason: f.reason }))
  }
}

export function renderParseJson(parsed: ParsedFiles): string {
  const chunks: string[] = []
  writeParseJson(parsed, c => chunks.push(c))
  return chunks.join('')
}

/**
 * Writes the JSON of `detlint parse` in pieces of about `CHUNK` characters: the same bytes
 * as `JSON.stringify(doc, null, 2) + '\n'`, without ever holding them in one string (a
 * 50 MB query has more predicates than a JavaScript string can hold as JSON).
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
  streamJson(parseDoc(parsed), '', 0, out)
  write(buffer + '\n')
}

const CHUNK = 1 << 16

/** Containers this deep (the document, rules, a rule, its predicates) are written piecewise. */
const STREAM_DEPTH = 3

/** `JSON.stringify(value, null, 2)` at indentation `indent`, written in pieces. */
function streamJson(value: unknown, indent: string, depth: number, out: (s: string) => void): void {
  if (depth > STREAM_DEPTH || value === null || typeof value !== 'object') {
    out((JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, '\n' + indent))
    return
  }
  const inner = indent + '  '
  const entries: Array<[string | null, unknown]> = Array.isArray(value)
    ? value.map(v => [null, v])
    : Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function')
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}']
  if (entries.length === 0) {
    out(open + close)
    return
  }
  out(open)
  entries.forEach(([key, v], i) => {
    out((i === 0 ? '\n' : ',\n') + inner + (key === null ? '' : JSON.stringify(key) + ': '))
    streamJson(v, inner, depth + 1, out)
  })
  out('\n' + indent + close)
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
