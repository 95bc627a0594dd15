/** Expr builders shared by every reader and query parser. */
import { and, or } from './ir.js'
import type { Expr } from './ir.js'

/**
 * Above this many grandchildren a nested node is kept rather than spliced: a condition
 * such as `a or a or a ...` over a large `a` must not copy `a`'s children each time.
 */
const SPLICE_LIMIT = 10_000

function flat(kind: 'and' | 'or', children: Expr[]): Expr[] {
  let total = 0
  let nested = false
  for (const c of children) {
    if (c.kind === kind) {
      nested = true
      total += c.children.length
    } else total++
  }
  if (!nested || total > SPLICE_LIMIT) return children
  const out: Expr[] = []
  for (const c of children) {
    if (c.kind === kind) out.push(...c.children)
    else out.push(c)
  }
  return out
}

/** `and()` that splices nested ANDs, so `a and (b and c)` reads as one conjunction. */
export function andFlat(children: Expr[]): Expr {
  return and(flat('and', children))
}

/** `or()` that splices nested ORs. */
export function orFlat(children: Expr[]): Expr {
  return or(flat('or', children))
}
