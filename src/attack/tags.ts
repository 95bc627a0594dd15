/**
 * Sigma's `attack.*` tags: a technique (`attack.t1059.001`), a tactic by shortname
 * (`attack.execution`, `attack.defense-evasion`, Sigma's older `attack.defense_evasion`) or
 * ID (`attack.ta0002`), a group (`attack.g0016`), software (`attack.s0002`) or a campaign
 * (`attack.c0010`). Anything else is malformed; the reading says what was probably meant.
 */
import { parentOf, replacementChain } from './normalize.js'
import type { AttackTable } from './table.js'

export type AttackTag =
  | { kind: 'technique'; id: string }
  | { kind: 'tactic'; shortname: string }
  | { kind: 'reference'; what: 'group' | 'software' | 'campaign' | 'tactic' }
  | { kind: 'malformed'; body: string; suggestion: string | null; expected: string }

const PREFIX = /^attack\./i
const TECHNIQUE = /^t(\d{4})(?:\.(\d{3}))?$/i
/** `t1059.01`, `t1059_001`, `t1059-1`, `t1059001`: a technique ID with a broken sub-technique part. */
const NEAR_TECHNIQUE = /^t(\d{4})(?:[._-](\d{1,3})|(\d{3}))$/i
const REFERENCE: ReadonlyArray<[RegExp, 'group' | 'software' | 'campaign' | 'tactic']> = [
  [/^g\d{4}$/i, 'group'],
  [/^s\d{4}$/i, 'software'],
  [/^c\d{4}$/i, 'campaign'],
  [/^ta\d{4}$/i, 'tactic']
]
const EXPECTED_TECHNIQUE = 'a technique ID is attack.t1234 or attack.t1234.001'

/** Tactic shortnames the table knows, with the next version's tactics it was split into. */
export function knownTactics(table: AttackTable): Map<string, string> {
  const out = new Map<string, string>()
  for (const t of table.tactics.values()) out.set(t.shortname, t.name)
  for (const list of table.tacticSplits.values()) for (const t of list) out.set(t.shortname, t.name)
  return out
}

/** `Defense_Evasion` → `defense-evasion`. */
function slug(text: string): string {
  return text.toLowerCase().replace(/_/g, '-')
}

/** The reading of `tag`, or null when it is not an `attack.` tag. Without a table, any slug passes as a tactic. */
export function readAttackTag(tag: string, table?: AttackTable): AttackTag | null {
  const text = tag.trim()
  if (!PREFIX.test(text)) return null
  const body = text.slice('attack.'.length)
  const t = TECHNIQUE.exec(body)
  if (t) return { kind: 'technique', id: t[2] === undefined ? `T${t[1]}` : `T${t[1]}.${t[2]}` }
  for (const [re, what] of REFERENCE) if (re.test(body)) return { kind: 'reference', what }
  const near = NEAR_TECHNIQUE.exec(body)
  if (near) {
    const suggestion = `attack.t${near[1]}.${(near[2] ?? near[3]).padStart(3, '0')}`
    return { kind: 'malformed', body, suggestion, expected: EXPECTED_TECHNIQUE }
  }
  if (/^t\d/i.test(body)) return { kind: 'malformed', body, suggestion: null, expected: EXPECTED_TECHNIQUE }
  const shortname = slug(body)
  const tactics = table ? knownTactics(table) : null
  if (/^[a-z]+(?:-[a-z]+)*$/.test(shortname) && (tactics === null || tactics.has(shortname)))
    return { kind: 'tactic', shortname }
  const names = tactics ? [...tactics.keys()].sort() : []
  return {
    kind: 'malformed',
    body,
    suggestion: closest(shortname, names).map(n => `attack.${n}`)[0] ?? null,
    expected:
      'a tactic (attack.execution), a technique (attack.t1059.001), a group (attack.g0016), software (attack.s0002) or a campaign (attack.c0010)'
  }
}

/** The tactics of the table's version that `id` belongs to (through revocations), or null when unknown. */
export function tacticsOf(table: AttackTable, id: string): string[] | null {
  const chain = replacementChain(table, id)
  const last = chain[chain.length - 1]
  const t = table.techniques.get(last) ?? table.techniques.get(parentOf(last))
  return t === undefined ? null : t.tactics
}

/** The names within edit distance 3 of `word` (at most a third of its length), closest first. */
function closest(word: string, names: readonly string[]): string[] {
  const max = Math.min(3, Math.max(1, Math.floor(word.length / 3)))
  return names
    .map(n => [n, distance(word, n)] as const)
    .filter(([, d]) => d <= max)
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .map(([n]) => n)
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = row
  }
  return prev[b.length]
}
