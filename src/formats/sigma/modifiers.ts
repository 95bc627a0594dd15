/**
 * Sigma value modifiers (`field|m1|m2`), read left to right as pySigma applies them
 * (`sigma/modifiers.py`): each modifier turns the value into a type (string, regular
 * expression, CIDR range, comparison, existence test, field reference) and only some
 * modifiers fit each type. A modifier that does not fit is reported, not fatal: the rest of
 * the chain still yields a predicate.
 */
import type { Severity } from '../../ir.js'
import type { SigmaCode } from './diagnostics.js'

export type ValueType = 'string' | 'regex' | 'cidr' | 'compare' | 'exists' | 'fieldref'

export type CompareOp = 'gt' | 'gte' | 'lt' | 'lte'

/** What a modifier chain asks of each value. */
export interface ModifierSpec {
  type: ValueType
  compare: CompareOp | null
  /** A leading `*` (contains, endswith). */
  prefix: boolean
  /** A trailing `*` (contains, startswith). */
  suffix: boolean
  cased: boolean
  /** Regular-expression flags, a sorted subset of `ims`. */
  flags: string
  /** Value transformations a backend expands, in the order written. */
  transforms: string[]
  /** Values are AND-linked. */
  all: boolean
  /** The whole item is negated. */
  neq: boolean
  /** A base64 modifier is present: values must be plain strings. */
  base64: boolean
}

export interface ModifierToken {
  name: string
  /** Index of the name in the key text. */
  index: number
}

export interface ModifierProblem {
  severity: Severity
  code: SigmaCode
  message: string
  /** Index in the key text. */
  index: number
}

export interface ModifierReading {
  spec: ModifierSpec
  /** Names no Sigma version defines; the item cannot be read. */
  unknown: ModifierToken[]
  problems: ModifierProblem[]
}

type ModifierKind =
  | { kind: 'affix'; prefix: boolean; suffix: boolean }
  | { kind: 'all' }
  | { kind: 'neq' }
  | { kind: 're' }
  | { kind: 'flag'; flag: 'i' | 'm' | 's' }
  | { kind: 'cased' }
  | { kind: 'cidr' }
  | { kind: 'compare'; op: CompareOp }
  | { kind: 'exists' }
  | { kind: 'fieldref' }
  | { kind: 'encode'; base64: boolean }
  | { kind: 'expand' }
  | { kind: 'timepart' }

/** Every modifier of the Sigma specification v2.1.0 and pySigma's `modifier_mapping`. */
const MODIFIERS: ReadonlyMap<string, ModifierKind> = new Map<string, ModifierKind>([
  ['contains', { kind: 'affix', prefix: true, suffix: true }],
  ['startswith', { kind: 'affix', prefix: false, suffix: true }],
  ['endswith', { kind: 'affix', prefix: true, suffix: false }],
  ['all', { kind: 'all' }],
  ['neq', { kind: 'neq' }],
  ['re', { kind: 're' }],
  ['i', { kind: 'flag', flag: 'i' }],
  ['ignorecase', { kind: 'flag', flag: 'i' }],
  ['m', { kind: 'flag', flag: 'm' }],
  ['multiline', { kind: 'flag', flag: 'm' }],
  ['s', { kind: 'flag', flag: 's' }],
  ['dotall', { kind: 'flag', flag: 's' }],
  ['cased', { kind: 'cased' }],
  ['cidr', { kind: 'cidr' }],
  ['gt', { kind: 'compare', op: 'gt' }],
  ['gte', { kind: 'compare', op: 'gte' }],
  ['lt', { kind: 'compare', op: 'lt' }],
  ['lte', { kind: 'compare', op: 'lte' }],
  ['exists', { kind: 'exists' }],
  ['fieldref', { kind: 'fieldref' }],
  ['windash', { kind: 'encode', base64: false }],
  ['base64', { kind: 'encode', base64: true }],
  ['base64offset', { kind: 'encode', base64: true }],
  ['wide', { kind: 'encode', base64: false }],
  ['utf16le', { kind: 'encode', base64: false }],
  ['utf16be', { kind: 'encode', base64: false }],
  ['utf16', { kind: 'encode', base64: false }],
  ['expand', { kind: 'expand' }],
  ['minute', { kind: 'timepart' }],
  ['hour', { kind: 'timepart' }],
  ['day', { kind: 'timepart' }],
  ['week', { kind: 'timepart' }],
  ['month', { kind: 'timepart' }],
  ['year', { kind: 'timepart' }]
])

const TYPE_NAMES: Record<ValueType, string> = {
  string: 'a string',
  regex: 'a regular expression',
  cidr: 'a CIDR range',
  compare: 'a numeric comparison',
  exists: 'an existence test',
  fieldref: 'a field reference'
}

/** Splits a detection key `field|m1|m2` into the field and its modifier tokens. */
export function splitKey(key: string): { field: string; modifiers: ModifierToken[] } {
  const bar = key.indexOf('|')
  if (bar === -1) return { field: key, modifiers: [] }
  const modifiers: ModifierToken[] = []
  let start = bar + 1
  for (;;) {
    const next = key.indexOf('|', start)
    const end = next === -1 ? key.length : next
    modifiers.push({ name: key.slice(start, end), index: start })
    if (next === -1) break
    start = next + 1
  }
  return { field: key.slice(0, bar), modifiers }
}

const NO_MODIFIERS: ModifierReading = Object.freeze({
  spec: Object.freeze({
    type: 'string',
    compare: null,
    prefix: false,
    suffix: false,
    cased: false,
    flags: '',
    transforms: [],
    all: false,
    neq: false,
    base64: false
  }) as ModifierSpec,
  unknown: [],
  problems: []
}) as ModifierReading

/** Reads a modifier chain. `hasField` is false for keyword items (`'|all':`). */
export function readModifiers(tokens: readonly ModifierToken[], hasField: boolean): ModifierReading {
  if (tokens.length === 0) return NO_MODIFIERS
  const spec: ModifierSpec = {
    type: 'string',
    compare: null,
    prefix: false,
    suffix: false,
    cased: false,
    flags: '',
    transforms: [],
    all: false,
    neq: false,
    base64: false
  }
  const unknown: ModifierToken[] = []
  const problems: ModifierProblem[] = []
  const conflict = (severity: Severity, message: string, t: ModifierToken): void => {
    problems.push({ severity, code: 'sigma/modifier-conflict', message, index: t.index })
  }
  /** A value modifier (not `all`/`neq`) came before. */
  let modified = false
  let lastAffix: string | null = null
  const seen = new Set<string>()

  for (const t of tokens) {
    const m = MODIFIERS.get(t.name)
    if (!m) {
      unknown.push(t)
      continue
    }
    if (seen.has(t.name) && m.kind !== 'flag')
      problems.push({
        severity: 'warning',
        code: 'sigma/modifier-conflict',
        message: `modifier \`${t.name}\` is repeated`,
        index: t.index
      })
    seen.add(t.name)
    const onType = (): string => `\`${t.name}\` cannot apply to ${TYPE_NAMES[spec.type]}`
    switch (m.kind) {
      case 'affix':
        if (spec.type === 'regex') {
          conflict(
            'warning',
            `\`re|${t.name}\`: a wildcard modifier on a regular expression; the expression is read as written (add \`.*\` to it instead)`,
            t
          )
          break
        }
        if (spec.type === 'fieldref') {
          conflict('warning', `\`fieldref|${t.name}\` is read as a plain field reference`, t)
          break
        }
        if (spec.type !== 'string') {
          conflict('error', `${onType()}; it is ignored`, t)
          break
        }
        if (lastAffix !== null && lastAffix !== t.name)
          conflict('warning', `\`${lastAffix}\` and \`${t.name}\` together: both wildcards apply`, t)
        lastAffix = t.name
        spec.prefix ||= m.prefix
        spec.suffix ||= m.suffix
        modified = true
        break
      case 'all':
        spec.all = true
        break
      case 'neq':
        spec.neq = true
        break
      case 're':
        if (modified || spec.type !== 'string') {
          conflict(
            'error',
            '`re` must be the first value modifier; the value is read as a regular expression',
            t
          )
        }
        spec.type = 'regex'
        spec.prefix = spec.suffix = false
        modified = true
        break
      case 'flag':
        if (spec.type !== 'regex') {
          conflict(
            'error',
            `\`${t.name}\` is a regular-expression flag and needs \`re\` before it; it is ignored`,
            t
          )
          break
        }
        if (!spec.flags.includes(m.flag)) spec.flags = [...spec.flags, m.flag].sort().join('')
        break
      case 'cased':
        if (spec.type === 'regex') {
          conflict(
            'warning',
            '`cased` has no effect on a regular expression, which is case-sensitive already',
            t
          )
          break
        }
        if (spec.type !== 'string') {
          conflict('error', `${onType()}; it is ignored`, t)
          break
        }
        spec.cased = true
        break
      case 'cidr':
      case 'compare':
      case 'exists':
        if (m.kind === 'exists' && !hasField) {
          conflict('error', '`exists` needs a field; it is ignored', t)
          break
        }
        if (modified || spec.type !== 'string') {
          conflict('error', `\`${t.name}\` only applies to an unmodified value; it is ignored`, t)
          break
        }
        spec.type = m.kind
        if (m.kind === 'compare') spec.compare = m.op
        modified = true
        break
      case 'fieldref':
        if (spec.type !== 'string' || spec.prefix || spec.suffix) {
          conflict('error', `\`fieldref\` only applies to a plain field name; it is ignored`, t)
          break
        }
        spec.type = 'fieldref'
        modified = true
        break
      case 'encode':
        if (spec.type !== 'string') {
          conflict('error', `${onType()}; it is ignored`, t)
          break
        }
        if (m.base64 && (spec.prefix || spec.suffix))
          conflict(
            'error',
            `\`${t.name}\` after \`${lastAffix}\` would encode wildcards; write \`${t.name}|${lastAffix}\``,
            t
          )
        spec.base64 ||= m.base64
        spec.transforms.push(t.name)
        modified = true
        break
      case 'expand':
        if (spec.type !== 'string' && spec.type !== 'regex') {
          conflict('error', `${onType()}; it is ignored`, t)
          break
        }
        spec.transforms.push(t.name)
        modified = true
        break
      case 'timepart':
        if (spec.type !== 'string' || modified) {
          conflict('error', `\`${t.name}\` only applies to an unmodified value; it is ignored`, t)
          break
        }
        spec.transforms.push(t.name)
        modified = true
        break
    }
  }
  return { spec, unknown, problems }
}
