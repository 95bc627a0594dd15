/**
 * Does one key cover another: is every event the narrower key matches also matched by the
 * broader one? Used to ask whether a rule already excludes what its peers exclude, whether a
 * peer's narrower exclusion supports a broader one, and whether a suggestion matches one
 * removed in an evaluation.
 */
import type { KeyParts } from './keys.js'
import { parsePattern, wildcardMatches } from '../wildcard.js'
import { pathFieldOf } from './values.js'

/** Is `candidate` covered by `own` (same key, or a broader pattern on the field, a name for its path, a wider CIDR)? */
export function covers(own: KeyParts, candidate: KeyParts): boolean {
  if (own.value === null || candidate.value === null) return false
  if (own.field !== candidate.field) return coversByName(own, candidate)
  if (own.op === candidate.op && own.value === candidate.value) return true
  if (own.op === 'cidr') return coversCidr(own.value, candidate)
  if (!matchable(own.op) || !matchable(candidate.op)) return false
  if (own.op === 'eq') return candidate.op === 'eq' && own.value === candidate.value
  // Keys are case-folded unless case-sensitive; compare case-insensitively either way. A
  // plain matcher, not a RegExp: rule text never builds a regular expression.
  return wildcardMatches(own.value, candidate.value, false)
}

function matchable(op: string): boolean {
  return op === 'eq' || op === 'wildcard'
}

/**
 * A basename exclusion (`process.name` is `x.exe`) covers a path one whose last segment is
 * that name (`process.executable` ends with `\Tools\x.exe`): every such path has the name.
 */
function coversByName(own: KeyParts, candidate: KeyParts): boolean {
  if (own.field === null || candidate.field === null || pathFieldOf(own.field) !== candidate.field)
    return false
  if (!matchable(own.op) || !matchable(candidate.op)) return false
  const parts = parsePattern(candidate.value as string)
  const last = parts[parts.length - 1]
  if (last === undefined || typeof last === 'string') return false
  const cut = Math.max(last.lit.lastIndexOf('\\'), last.lit.lastIndexOf('/'))
  if (cut < 0) return false
  const base = last.lit.slice(cut + 1)
  return base !== '' && covers(own, { field: own.field, op: 'eq', value: base })
}

/** An IPv4 range as [first, last], or null. */
function ipv4Range(text: string): [number, number] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(text.trim())
  if (!m) return null
  const octets = m.slice(1, 5).map(Number)
  if (octets.some(o => o > 255)) return null
  const bits = m[5] === undefined ? 32 : Number(m[5])
  if (bits > 32) return null
  const ip = octets.reduce((a, o) => a * 256 + o, 0)
  const size = 2 ** (32 - bits)
  const first = Math.floor(ip / size) * size
  return [first, first + size - 1]
}

/** A CIDR range covers an address or a narrower range inside it. */
function coversCidr(range: string, candidate: KeyParts): boolean {
  if (candidate.op !== 'cidr' && candidate.op !== 'eq') return false
  const outer = ipv4Range(range)
  const inner = ipv4Range(candidate.value as string)
  return outer !== null && inner !== null && outer[0] <= inner[0] && inner[1] <= outer[1]
}
