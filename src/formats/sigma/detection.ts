/**
 * Search identifiers → Expr.
 *
 * Shapes (pySigma `SigmaDetection.from_definition`):
 * - a map is an AND over its items (`field|modifiers: value`);
 * - a list of plain values is one keyword item (OR over the values);
 * - any other list is an OR over its elements, each read as a search identifier;
 * - a plain value is a one-value keyword item.
 * An item's values are OR-linked, AND-linked under `all`; `neq` negates the item.
 */
import type { Expr, Logsource, Op, Predicate, SourcePos } from '../../ir.js'
import { canonicalField } from '../../normalize/fields.js'
import { buildPattern, hasWildcard, literalText, normalizeParts, parsePattern } from '../../wildcard.js'
import { scalarOffsetMapper } from '../../yaml/positioned.js'
import type { LineIndex, YamlEntry, YamlMap, YamlNode, YamlScalar } from '../../yaml/positioned.js'
import { quote } from '../../text.js'
import { andFlat, orFlat } from '../../expr.js'
import type { Diagnostics } from './diagnostics.js'
import { readModifiers, splitKey } from './modifiers.js'
import type { ModifierSpec } from './modifiers.js'

export interface DetectionContext {
  text: string
  lines: LineIndex
  logsource: Logsource
  diags: Diagnostics
}

/** Reads one search identifier's definition. Null when nothing usable is left. */
export function searchIdentifierExpr(node: YamlNode, ctx: DetectionContext): Expr | null {
  switch (node.kind) {
    case 'scalar':
      if (node.isNull) {
        ctx.diags.error(
          'sigma/invalid-detection',
          'a search identifier cannot be empty or null; give it a field map or keyword values',
          node
        )
        return null
      }
      return keywordPredicate(node, ctx)
    case 'seq':
      return listExpr(node.items, node, ctx)
    case 'map':
      return mapExpr(node, ctx)
  }
}

function listExpr(items: YamlNode[], at: SourcePos, ctx: DetectionContext): Expr | null {
  if (items.length === 0) {
    ctx.diags.error('sigma/invalid-detection', 'a search identifier cannot be an empty list', at)
    return null
  }
  const children: Expr[] = []
  if (items.every(i => i.kind === 'scalar')) {
    for (const item of items as YamlScalar[]) {
      if (item.isNull) {
        ctx.diags.error('sigma/invalid-value', 'a keyword cannot be null (null needs a field)', item)
        continue
      }
      children.push(keywordPredicate(item, ctx))
    }
  } else {
    for (const item of items) {
      const e = searchIdentifierExpr(item, ctx)
      if (e) children.push(e)
    }
  }
  return children.length === 0 ? null : orFlat(children)
}

function mapExpr(node: YamlMap, ctx: DetectionContext): Expr | null {
  if (node.entries.length === 0) {
    ctx.diags.error('sigma/invalid-detection', 'a search identifier cannot be an empty map', node)
    return null
  }
  const children: Expr[] = []
  const last = lastOccurrences(node, ctx)
  node.entries.forEach((entry, i) => {
    if (last && last.get(entry.key.value) !== i) return
    const e = itemExpr(entry.key, entry.value, ctx)
    if (e) children.push(e)
  })
  return children.length === 0 ? null : andFlat(children)
}

/**
 * For maps with repeated keys: the index of each key's last entry (YAML loaders keep the
 * last value), after a warning on each earlier one. Null when every key is unique.
 */
export function lastOccurrences(node: YamlMap, ctx: { diags: Diagnostics }): Map<string, number> | null {
  const entries = node.entries
  if (entries.length < 2 || (entries.length <= SMALL_MAP && uniqueKeys(entries))) return null
  const last = new Map<string, number>()
  for (let i = 0; i < entries.length; i++) last.set(entries[i].key.value, i)
  if (last.size === entries.length) return null
  entries.forEach((e, i) => {
    const j = last.get(e.key.value)
    if (j !== undefined && j !== i) {
      const later = entries[j].key
      ctx.diags.warning(
        'sigma/duplicate-key',
        `key ${quote(e.key.value)} is repeated on line ${later.line}; only the last one counts`,
        e.key
      )
    }
  })
  return last
}

/** Up to this many entries, keys are compared pairwise rather than through a Map. */
const SMALL_MAP = 16

function uniqueKeys(entries: readonly YamlEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) {
    const key = entries[i].key.value
    for (let j = 0; j < i; j++) if (entries[j].key.value === key) return false
  }
  return true
}

/** One `field|modifiers: value(s)` item. */
function itemExpr(key: YamlScalar, value: YamlNode, ctx: DetectionContext): Expr | null {
  const { field: rawField, modifiers } = splitKey(key.value)
  const sourceField = rawField === '' ? null : rawField
  const reading = readModifiers(modifiers, sourceField !== null)
  // Read once for all the key's problems: a key of 100,000 `|`s has as many (each then costs
  // two array reads, not a count over the whole key).
  let offsetOf: ((index: number) => number) | undefined
  const keyPos = (index: number): SourcePos =>
    ctx.lines.position((offsetOf ??= scalarOffsetMapper(ctx.text, key))(index))
  for (const p of reading.problems) ctx.diags.add(p.severity, p.code, p.message, keyPos(p.index))
  if (reading.unknown.length > 0) {
    for (const u of reading.unknown)
      ctx.diags.error(
        'sigma/unknown-modifier',
        u.name === ''
          ? `empty modifier in ${quote(key.value)}`
          : `unknown modifier ${quote(u.name)} in ${quote(key.value)}`,
        keyPos(u.index)
      )
    const names = reading.unknown.map(u => u.name).join(', ')
    return opaque(key.value, `unknown modifier: ${names}`, key)
  }

  let values: YamlScalar[]
  if (value.kind === 'scalar') values = [value]
  else if (value.kind === 'seq') {
    values = []
    for (const item of value.items) {
      if (item.kind === 'scalar') values.push(item)
      else
        ctx.diags.error(
          'sigma/invalid-value',
          `a value of ${quote(key.value)} must be a scalar, not a ${item.kind === 'map' ? 'map' : 'list'}`,
          item
        )
    }
    if (value.items.length === 0) {
      if (sourceField === null) {
        ctx.diags.error('sigma/invalid-value', 'a keyword item needs at least one value', value)
        return null
      }
      ctx.diags.warning(
        'sigma/invalid-value',
        `${quote(key.value)} has an empty list, which only matches a missing or null field`,
        value
      )
      return predicate(sourceField, 'null', null, false, value, ctx)
    }
  } else {
    ctx.diags.error('sigma/invalid-value', `the value of ${quote(key.value)} cannot be a map`, value)
    return opaque(key.value, 'a map as a field value', key)
  }

  const spec = reading.spec
  const children: Expr[] = []
  for (const v of values) {
    const e = valueExpr(sourceField, v, spec, ctx)
    if (e) children.push(e)
  }
  if (children.length === 0) return null
  const linked = spec.all ? andFlat(children) : orFlat(children)
  return spec.neq ? { kind: 'not', child: linked } : linked
}

const SPECIAL = /[*?\\]/
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/
const IPV4_CIDR = /^(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?$/
const IPV6_CIDR = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?:\/\d{1,3})?$/

/** One value of an item, read through the modifier chain. */
function valueExpr(
  sourceField: string | null,
  v: YamlScalar,
  spec: ModifierSpec,
  ctx: DetectionContext
): Expr | null {
  const text = v.value
  if (v.isNull && spec.type !== 'exists') {
    if (sourceField === null) {
      ctx.diags.error('sigma/invalid-value', 'a keyword cannot be null (null needs a field)', v)
      return null
    }
    if (spec.type !== 'string' || spec.prefix || spec.suffix || spec.transforms.length > 0 || spec.cased)
      ctx.diags.warning('sigma/invalid-value', 'modifiers have no effect on a null value', v)
    return predicate(sourceField, 'null', null, false, v, ctx)
  }
  switch (spec.type) {
    case 'string':
      return stringPredicate(sourceField, v, spec, ctx)
    case 'regex': {
      const p = predicate(sourceField, 'regex', text, !spec.flags.includes('i'), v, ctx)
      if (spec.flags) p.flags = spec.flags
      if (spec.transforms.length > 0) p.transforms = spec.transforms.slice()
      return p
    }
    case 'cidr':
      if (!IPV4_CIDR.test(text) && !IPV6_CIDR.test(text))
        ctx.diags.warning('sigma/invalid-value', `${quote(text)} is not an IP address or CIDR range`, v)
      return predicate(sourceField, 'cidr', text, false, v, ctx)
    case 'compare':
      if (!NUMBER.test(text))
        ctx.diags.warning('sigma/invalid-value', `${quote(text)} is not a number to compare with`, v)
      return predicate(sourceField, spec.compare ?? 'gt', text, false, v, ctx)
    case 'exists': {
      const flag = text.toLowerCase()
      if (sourceField === null || (flag !== 'true' && flag !== 'false') || v.isNull) {
        ctx.diags.error('sigma/invalid-value', `\`exists\` takes true or false, not ${quote(text)}`, v)
        return null
      }
      const p = predicate(sourceField, 'exists', null, false, v, ctx)
      return flag === 'true' ? p : { kind: 'not', child: p }
    }
    case 'fieldref':
      if (SPECIAL.test(text) && hasWildcard(parsePattern(text)))
        ctx.diags.error(
          'sigma/invalid-value',
          `a field reference cannot contain wildcards: ${quote(text)}`,
          v
        )
      return predicate(sourceField, 'fieldref', text, false, v, ctx)
  }
}

/** A Sigma string: wildcards and escapes per pySigma's `SigmaString`, plus the affixes. */
function stringPredicate(
  sourceField: string | null,
  v: YamlScalar,
  spec: ModifierSpec,
  ctx: DetectionContext
): Predicate {
  const text = v.value
  if (!SPECIAL.test(text)) return plainStringPredicate(sourceField, v, spec, ctx)
  let parts = parsePattern(text)
  if (spec.base64 && hasWildcard(parts))
    ctx.diags.error(
      'sigma/invalid-value',
      `a base64-encoded value cannot contain wildcards: ${quote(text)} (escape \`*\` and \`?\` with \`\\\`)`,
      v
    )
  if (spec.prefix && parts[0] !== '*') parts.unshift('*')
  if (spec.suffix && parts[parts.length - 1] !== '*') parts.push('*')
  parts = normalizeParts(parts)
  let op: Op
  let value: string
  if (sourceField === null) {
    op = 'keyword'
    value = buildPattern(parts)
  } else if (hasWildcard(parts)) {
    op = 'wildcard'
    value = buildPattern(parts)
  } else {
    op = 'eq'
    value = literalText(parts)
  }
  const p = predicate(sourceField, op, value, spec.cased, v, ctx)
  if (spec.transforms.length > 0) p.transforms = spec.transforms.slice()
  return p
}

/**
 * `stringPredicate` for a value without `*`, `?` or `\\` (most values): its only parts are
 * the literal and the affixes' `*`, so the pattern is written directly.
 */
function plainStringPredicate(
  sourceField: string | null,
  v: YamlScalar,
  spec: ModifierSpec,
  ctx: DetectionContext
): Predicate {
  const text = v.value
  const wild = spec.prefix || spec.suffix
  const value = !wild ? text : text === '' ? '*' : (spec.prefix ? '*' : '') + text + (spec.suffix ? '*' : '')
  const op: Op = sourceField === null ? 'keyword' : wild ? 'wildcard' : 'eq'
  const p = predicate(sourceField, op, value, spec.cased, v, ctx)
  if (spec.transforms.length > 0) p.transforms = spec.transforms.slice()
  return p
}

function keywordPredicate(v: YamlScalar, ctx: DetectionContext): Predicate {
  const text = v.value
  const parts = SPECIAL.test(text) ? normalizeParts(parsePattern(text)) : text === '' ? [] : [{ lit: text }]
  return predicate(null, 'keyword', buildPattern(parts), false, v, ctx)
}

function predicate(
  sourceField: string | null,
  op: Op,
  value: string | null,
  caseSensitive: boolean,
  at: SourcePos,
  ctx: DetectionContext
): Predicate {
  return {
    kind: 'pred',
    field: sourceField === null ? null : canonicalField('sigma', ctx.logsource, sourceField),
    sourceField,
    op,
    value,
    caseSensitive,
    pos: { line: at.line, column: at.column }
  }
}

function opaque(text: string, reason: string, at: SourcePos): Expr {
  return { kind: 'opaque', text, reason, pos: { line: at.line, column: at.column } }
}
