/** Helpers for the EQL and Elastic reader tests: expected trees without positions, briefs of diagnostics. */
import fs from 'node:fs'
import path from 'node:path'
import type { Diagnostic, Expr, Op, ParseResult, Query } from '../../src/ir.js'

/** Removes `pos` from every node, to compare shapes. */
export function stripPos(e: Expr): Expr {
  switch (e.kind) {
    case 'pred':
    case 'opaque': {
      const rest: Record<string, unknown> = { ...e }
      delete rest.pos
      return rest as unknown as Expr
    }
    case 'not':
      return { kind: 'not', child: stripPos(e.child) }
    case 'and':
    case 'or':
      return { kind: e.kind, children: e.children.map(stripPos) }
  }
}

export function stripQueries(queries: Query[]): Query[] {
  return queries.map(q => ({ label: q.label, expr: stripPos(q.expr) }))
}

/** An expected predicate: `cs` is caseSensitive (field = sourceField: canonicalField is the identity). */
export function p(field: string | null, op: Op, value: string | null, cs: boolean, flags?: string): Expr {
  const out: Record<string, unknown> = {
    kind: 'pred',
    field,
    sourceField: field,
    op,
    value,
    caseSensitive: cs
  }
  if (flags !== undefined) out.flags = flags
  return out as unknown as Expr
}

/** Case-sensitive `eq` (EQL `==`, `in`). */
export const eqS = (field: string, value: string): Expr => p(field, 'eq', value, true)
/** Case-insensitive `eq` (EQL `:`, `in~`, KQL). */
export const eqI = (field: string, value: string): Expr => p(field, 'eq', value, false)
export const wcS = (field: string, value: string): Expr => p(field, 'wildcard', value, true)
export const wcI = (field: string, value: string): Expr => p(field, 'wildcard', value, false)
export const all = (...children: Expr[]): Expr => ({ kind: 'and', children })
export const any = (...children: Expr[]): Expr => ({ kind: 'or', children })
export const not = (child: Expr): Expr => ({ kind: 'not', child })
export const opaque = (text: string, reason: string): Expr =>
  ({ kind: 'opaque', text, reason }) as unknown as Expr

export type Brief = Pick<Diagnostic, 'severity' | 'code' | 'line' | 'column'>

export function brief(diagnostics: Diagnostic[]): Brief[] {
  return diagnostics.map(({ severity, code, line, column }) => ({ severity, code, line, column }))
}

/** Every diagnostic of a result: the file's, then each rule's. */
export function allDiagnostics(r: ParseResult): Diagnostic[] {
  return [...r.diagnostics, ...r.rules.flatMap(x => x.diagnostics)]
}

/** The `.toml` files under `dir`, sorted. */
export function tomlFiles(dir: string): string[] {
  const out: string[] = []
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile() && e.name.endsWith('.toml')) out.push(path.join(e.parentPath, e.name))
  return out.sort()
}

/** mulberry32: a small, seeded PRNG for the fuzz tests. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
