/**
 * What a rule detects, as features for likeness: from each indicator key (scope fields
 * included) its field family and the tokens of its value. Two rules that look at the same
 * fields for the same words share features, whatever their vendor or the shape of their
 * predicates (`Image|endswith: '\certutil.exe'` and `process.name: certutil.exe` share
 * `F:process.name`, `V:certutil.exe` and `FV:process.name=certutil.exe`).
 */
import type { KeyParts } from '../normalize/keys.js'

/** Path fields folded onto their name field: a path and a name of one process are alike. */
const FAMILY: ReadonlyMap<string, string> = new Map([
  ['process.executable', 'process.name'],
  ['process.parent.executable', 'process.parent.name'],
  ['file.path', 'file.name'],
  ['dll.path', 'dll.name']
])

/** The family of a canonical field: path fields folded onto name fields, `*` for keywords. */
export function familyOf(field: string | null): string {
  if (field === null) return '*'
  return FAMILY.get(field) ?? field
}

/**
 * A token: a word of letters, digits, `_`, `$`, with inner `.` and `-` (`rundll32.exe`,
 * `-enc`→`enc`): what `/[a-z0-9_$][a-z0-9_.$-]*[a-z0-9_$]|[a-z0-9]/g` matches, read by a
 * scan rather than the regular expression (every key of a catalog is tokenised).
 */
function isEdge(c: number): boolean {
  // a-z, 0-9, _, $
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 36
}

function isInner(c: number): boolean {
  // an edge character, `.` or `-`
  return isEdge(c) || c === 46 || c === 45
}

/** The tokens (length ≥ 2) of a value, lower-cased, unique, in order. */
export function valueTokens(value: string | null): string[] {
  if (value === null || value === '') return []
  const text = value.toLowerCase()
  const out = new Set<string>()
  const n = text.length
  let i = 0
  while (i < n) {
    if (!isEdge(text.charCodeAt(i))) {
      i++
      continue
    }
    // The longest run of inner characters from i, then back to its last edge character:
    // the regular expression's greedy match with its backtracking.
    let end = i + 1
    while (end < n && isInner(text.charCodeAt(end))) end++
    let last = end - 1
    while (last > i && !isEdge(text.charCodeAt(last))) last--
    if (last > i) {
      out.add(text.slice(i, last + 1))
      i = last + 1
    } else i++ // a single character: shorter than a token
  }
  return [...out]
}

/** The features of one key: `F:fam`, and for each value token `t`, `V:t` and `FV:fam=t`. */
export function keyFeatures(parts: KeyParts): string[] {
  const fam = familyOf(parts.field)
  const out = [`F:${fam}`]
  for (const t of valueTokens(parts.value)) out.push(`V:${t}`, `FV:${fam}=${t}`)
  return out
}

/**
 * The features of a set of keys, unique. `lookup` gives a key's parts; a memo (key → its
 * features) saves re-tokenising the keys many rules share.
 */
export function featuresOf(
  keys: Iterable<string>,
  lookup: (key: string) => KeyParts | undefined,
  memo?: Map<string, readonly string[]>
): Set<string> {
  const out = new Set<string>()
  for (const k of keys) {
    let fs = memo?.get(k)
    if (fs === undefined) {
      const parts = lookup(k)
      if (parts === undefined) continue
      fs = keyFeatures(parts)
      memo?.set(k, fs)
    }
    for (const f of fs) out.add(f)
  }
  return out
}
