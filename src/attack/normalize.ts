/**
 * Technique IDs across ATT&CK versions: revoked → replacement (followed to the end of the
 * chain), the explicit moves of a version change (`v18_to_v19`), sub-technique → parent for
 * grouping, and whether an ID the table does not know is simply newer than the table.
 */
import { TECHNIQUE_ID, type AttackTable } from './table.js'

/** `T1059.001` / `t1059.001` → `T1059.001`; null when it is not a technique ID. */
export function techniqueId(text: string): string | null {
  const id = text.trim().toUpperCase()
  return TECHNIQUE_ID.test(id) ? id : null
}

/** `T1059.001` → `T1059`; a technique is its own parent. */
export function parentOf(id: string): string {
  const dot = id.indexOf('.')
  return dot < 0 ? id : id.slice(0, dot)
}

/** Most revocations to follow: a guard against a cycle in hand-written tables. */
const MAX_CHAIN = 16

/**
 * The revocation chain from `id`: `[id, replacement, its replacement, ...]`. The last entry
 * is the one to use (it may be deprecated, or revoked without a replacement).
 */
export function replacementChain(table: AttackTable, id: string): string[] {
  const chain = [id]
  let current = id
  for (let i = 0; i < MAX_CHAIN; i++) {
    const next = table.techniques.get(current)?.replaced_by
    if (next === undefined || chain.includes(next)) break
    chain.push(next)
    current = next
  }
  return chain
}

/**
 * The ID to compare and group by: through revoked → replacement, then through the table's
 * moves (`v18_to_v19`), so a v18 tag and its v19 successor meet. With `moves: false`, only
 * the table's own version is followed.
 */
export function currentId(table: AttackTable, id: string, options: { moves?: boolean } = {}): string {
  const chain = replacementChain(table, id)
  let current = chain[chain.length - 1]
  if (options.moves !== false) {
    const moved = table.moves.get(current)
    if (moved !== undefined) current = moved.id
  }
  return current
}

/** The parent of the current ID: the key to group rules by technique across vendors and versions. */
export function groupId(table: AttackTable, id: string): string {
  return parentOf(currentId(table, id))
}

/**
 * Is `id` (well-formed, not in the table) from a later ATT&CK version than the table? Yes
 * when a move of the table points to it (or to one of its sub-techniques), when its number
 * is above the highest the table knows, or when it is a sub-technique numbered above the
 * highest the table knows for its parent.
 */
export function isNewerThanTable(table: AttackTable, id: string): boolean {
  if (table.techniques.has(id)) return false
  const parent = parentOf(id)
  if (table.movedTo.has(id) || table.movedTo.has(parent)) return true
  for (const to of table.movedTo) if (parentOf(to) === parent) return true
  if (Number(parent.slice(1)) > table.maxTechnique) return true
  if (parent === id) return false
  return (
    table.techniques.has(parent) &&
    Number(id.slice(parent.length + 1)) > (table.maxSubtechnique.get(parent) ?? 0)
  )
}

export type TechniqueStatus =
  | { kind: 'current' }
  /** `chain`: id → ... → the technique to use; `replacement` is its last entry, or null. */
  | { kind: 'revoked'; chain: string[]; replacement: string | null }
  | { kind: 'deprecated' }
  | { kind: 'newer' }
  | { kind: 'unknown' }

/** What the table says about a well-formed ID. */
export function techniqueStatus(table: AttackTable, id: string): TechniqueStatus {
  const t = table.techniques.get(id)
  if (t === undefined) return { kind: isNewerThanTable(table, id) ? 'newer' : 'unknown' }
  if (t.revoked) {
    const chain = replacementChain(table, id)
    return { kind: 'revoked', chain, replacement: chain.length > 1 ? chain[chain.length - 1] : null }
  }
  if (t.deprecated) return { kind: 'deprecated' }
  return { kind: 'current' }
}
