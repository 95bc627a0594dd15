/**
 * Canonical keys: an indicator or exclusion is identified by `field|op|value`, in the
 * canonical form of `values.ts` (case folded unless the rule asks for case, canonical
 * wildcard spelling, registry hives in short form, `*\x.exe` on a path field as the
 * basename), so equivalent predicates of different rules and vendors meet in one catalog
 * row. Encoding transforms (base64, base64offset, wide, utf16*) are appended to the op;
 * expansions (windash, expand) are not part of the key: the predicate stands for the one
 * value the author wrote.
 */
import type { Logsource, Predicate } from '../ir.js'
import { ownCopy } from '../text.js'
import { canonicalValue, type CanonicalValue } from './values.js'

/**
 * The version of the key rules: bump it whenever a change to `values.ts` or this module
 * gives some predicate another key, so that stored keys (a catalog cache) are not reused.
 */
export const KEY_VERSION = 2

/** Transforms that change what is matched (an encoding); others (windash, expand) do not. */
const ENCODING_TRANSFORMS = new Set(['base64', 'base64offset', 'wide', 'utf16', 'utf16le', 'utf16be'])

export interface KeyParts {
  field: string | null
  /** The operator, with encodings appended (`wildcard+base64offset`). */
  op: string
  value: string | null
}

/** `+enc1+enc2` for the predicate's encoding transforms, or the empty string. */
function encodingSuffix(pred: Predicate): string {
  const t = pred.transforms
  if (t === undefined || t.length === 0) return ''
  let out = ''
  for (const x of t) if (ENCODING_TRANSFORMS.has(x)) out += '+' + x
  return out
}

export function keyParts(pred: Predicate): KeyParts {
  const enc = encodingSuffix(pred)
  const c = canonicalValue(pred.field, pred.op, pred.value, pred.caseSensitive, enc !== '')
  return { field: c.field, op: c.op + enc, value: c.value }
}

export function formatKey(parts: KeyParts): string {
  return `${parts.field ?? '*'}|${parts.op}|${parts.value ?? ''}`
}

/** Reused by `predicateKey`, which returns only a string (single-threaded, not re-entrant). */
const scratch: CanonicalValue = { field: null, op: 'eq', value: null }

export function predicateKey(pred: Predicate): string {
  // The same string as formatKey(keyParts(pred)), without the intermediate objects.
  const enc = encodingSuffix(pred)
  const c = canonicalValue(pred.field, pred.op, pred.value, pred.caseSensitive, enc !== '', scratch)
  return `${c.field ?? '*'}|${c.op}${enc}|${c.value ?? ''}`
}

/**
 * Keys of many predicates, each key string built once: a catalog build looks a predicate's
 * canonical field, op and value up in nested maps (whose string hashes the engine caches)
 * instead of hashing a freshly joined key string, and records each new key's parts in
 * `keys`. Returns the same strings as `predicateKey`.
 *
 * The keys already in `keys` are entered in the nested maps first (keeping their parts), so
 * a key the nested maps do not know is new to `keys` too: it is added without a lookup.
 */
export class KeyInterner {
  private readonly root = new Map<string, Map<string, KeyGroup>>()

  constructor(readonly keys: Map<string, KeyParts>) {
    for (const [key, parts] of keys)
      this.groupOf(parts.field ?? '*', parts.op).byValue.set(parts.value ?? '', key)
  }

  key(pred: Predicate): string {
    const enc = encodingSuffix(pred)
    const c = canonicalValue(pred.field, pred.op, pred.value, pred.caseSensitive, enc !== '', scratch)
    const group = this.groupOf(c.field ?? '*', enc === '' ? c.op : c.op + enc)
    const value = c.value ?? ''
    let key = group.byValue.get(value)
    if (key === undefined) {
      const own = ownCopy(value)
      key = group.prefix + own
      this.keys.set(key, {
        field: c.field === null ? null : group.field,
        op: group.op,
        value: c.value === null ? null : own
      })
      group.byValue.set(own, key)
    }
    return key
  }

  /** The keys of a field (`*` for none) and an op. */
  private groupOf(field: string, op: string): KeyGroup {
    let ops = this.root.get(field)
    // Kept for the whole run: own copies, not views of the rule file's text.
    if (ops === undefined) this.root.set(ownCopy(field), (ops = new Map()))
    let group = ops.get(op)
    if (group === undefined) {
      const own = ownCopy(field)
      ops.set(op, (group = { field: own, op, prefix: `${own}|${op}|`, byValue: new Map() }))
    }
    return group
  }
}

/** The keys of one field and op: their common start, and each by its value. */
interface KeyGroup {
  /** The canonical field (`*` for none), an own copy. */
  field: string
  op: string
  /** `field|op|`, built once for all the group's keys. */
  prefix: string
  byValue: Map<string, string>
}

/** The kind of event a rule reads, for grouping peers: `product/category/service`. */
export function eventKind(logsource: Logsource): string {
  return `${logsource.product ?? ''}/${logsource.category ?? ''}/${logsource.service ?? ''}`.toLowerCase()
}
