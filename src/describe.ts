/** Human wording for predicates and keys, shared by check messages and reports. */
import { parsePattern } from './wildcard.js'

/** Reads a catalog/IR operator and value as a rule author would say it. */
export function describeMatch(op: string, value: string | null): string {
  const [base, ...encodings] = op.split('+')
  const enc = encodings.length > 0 ? ` (${encodings.join(', ')})` : ''
  const v = value ?? ''
  switch (base) {
    case 'eq':
      return `equals "${v}"${enc}`
    case 'wildcard':
    case 'keyword': {
      const parts = parsePattern(v)
      const first = parts[0]
      const last = parts[parts.length - 1]
      const inner = parts.slice(1, -1)
      const literal = (ps: typeof parts): string | null =>
        ps.length === 1 && typeof ps[0] === 'object' ? ps[0].lit : null
      const prefix = base === 'keyword' ? 'keyword ' : ''
      if (parts.length === 3 && first === '*' && last === '*' && literal(inner) !== null)
        return `${prefix}contains "${literal(inner)}"${enc}`
      if (parts.length === 2 && first === '*' && literal([last]) !== null)
        return `${prefix}ends with "${literal([last])}"${enc}`
      if (parts.length === 2 && last === '*' && literal([first]) !== null)
        return `${prefix}starts with "${literal([first])}"${enc}`
      return `${prefix}matches "${v}"${enc}`
    }
    case 'regex':
      return `matches the regex "${v}"${enc}`
    case 'cidr':
      return `is in ${v}`
    case 'gt':
      return `> ${v}`
    case 'gte':
      return `>= ${v}`
    case 'lt':
      return `< ${v}`
    case 'lte':
      return `<= ${v}`
    case 'exists':
      return 'exists'
    case 'null':
      return 'is empty or absent'
    case 'fieldref':
      return `equals the field ${v}`
    default:
      return `${base} "${v}"${enc}`
  }
}

export function describePredicate(field: string | null, op: string, value: string | null): string {
  const what = describeMatch(op, value)
  return field === null ? what : `${field} ${what}`
}

/**
 * An event kind (`product/category/service`) as people write it: the parts that are set,
 * e.g. `windows/process_creation` or `windows/security`; `any log source` when none is.
 */
export function describeEventKind(eventKind: string): string {
  const parts = eventKind.split('/').filter(p => p !== '')
  return parts.length > 0 ? parts.join('/') : 'any log source'
}
