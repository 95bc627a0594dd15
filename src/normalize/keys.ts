/**
 * Canonical keys: an indicator or exclusion is identified by `field|op|value`, with the
 * value case-folded unless the rule asks for case, so equivalent predicates of different
 * rules meet in one catalog row.
 */
import type { Logsource, Op, Predicate } from '../ir.js'

/** Transforms that change what is matched (an encoding); others (windash, expand) do not. */
const ENCODING_TRANSFORMS = new Set(['base64', 'base64offset', 'wide', 'utf16', 'utf16le', 'utf16be'])

export interface KeyParts {
  field: string | null
  /** The operator, with encodings appended (`wildcard+base64offset`). */
  op: string
  value: string | null
}

export function keyParts(pred: Predicate): KeyParts {
  return { field: pred.field, op: keyOp(pred), value: keyValue(pred) }
}

function keyOp(pred: Predicate): string {
  const t = pred.transforms
  if (t === undefined || t.length === 0) return pred.op
  const encodings = t.filter(x => ENCODING_TRANSFORMS.has(x))
  return encodings.length > 0 ? `${pred.op}+${encodings.join('+')}` : pred.op
}

function keyValue(pred: Predicate): string | null {
  const value = pred.value
  return value !== null && !pred.caseSensitive && foldsCase(pred.op) ? value.toLowerCase() : value
}

function foldsCase(op: Op): boolean {
  return op !== 'gt' && op !== 'gte' && op !== 'lt' && op !== 'lte' && op !== 'cidr'
}

export function formatKey(parts: KeyParts): string {
  return `${parts.field ?? '*'}|${parts.op}|${parts.value ?? ''}`
}

export function predicateKey(pred: Predicate): string {
  // The same string as formatKey(keyParts(pred)), without the intermediate object.
  return `${pred.field ?? '*'}|${keyOp(pred)}|${keyValue(pred) ?? ''}`
}

/** The kind of event a rule reads, for grouping peers: `product/category/service`. */
export function eventKind(logsource: Logsource): string {
  return `${logsource.product ?? ''}/${logsource.category ?? ''}/${logsource.service ?? ''}`.toLowerCase()
}
