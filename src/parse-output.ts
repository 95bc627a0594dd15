/** `detlint parse`: rules in their vendor-neutral form, as JSON or terminal text. */
import type { Diagnostic, LabelledPredicate, Logsource, ReadContext, Rule } from './ir.js'
import { exclusions, indicators } from './ir.js'
import { resolveSources } from './files.js'
import { allDiagnostics, readOne } from './engine.js'
import { describePredicate } from './describe.js'
import { cleanText as printable } from './report/common.js'

export interface ParsedFiles {
  rules: Rule[]
  diagnostics: Diagnostic[]
  /** Paths given that do not exist. */
  missing: string[]
}

export function parsePaths(inputs: string[], cwd: string, context: ReadContext = {}): ParsedFiles {
  const { files, missing } = resolveSources(inputs, cwd)
  const rules: Rule[] = []
  const diagnostics: Diagnostic[] = []
  for (const f of files) {
    const { result } = readOne(f, cwd, context)
    rules.push(...result.rules)
    diagnostics.push(...allDiagnostics(result))
  }
  for (const m of missing)
    diagnostics.push({
      path: m,
      line: 1,
      column: 1,
      severity: 'error',
      code: 'io-error',
      message: 'no such file or folder'
    })
  return { rules, diagnostics, missing }
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

export function renderParseJson(parsed: ParsedFiles): string {
  const doc = {
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
    }))
  }
  return JSON.stringify(doc, null, 2) + '\n'
}

function predText(prefix: string, { pred, label }: LabelledPredicate): string {
  const step = label ? ` [${label}]` : ''
  const cs = pred.caseSensitive ? ' (case-sensitive)' : ''
  const tr = pred.transforms && pred.transforms.length > 0 ? ` (${pred.transforms.join(', ')})` : ''
  return `    ${prefix} ${printable(describePredicate(pred.sourceField, pred.op, pred.value))}${cs}${tr}${step}  line ${pred.pos.line}`
}

export function renderParseText(parsed: ParsedFiles): string {
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
  lines.push(`${parsed.rules.length} rules, ${parsed.diagnostics.length} diagnostics (${errors} errors)`)
  return lines.join('\n') + '\n'
}
