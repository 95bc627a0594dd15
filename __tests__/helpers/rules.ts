/** Builders for IR rules in tests that must not depend on a reader. */
import type { Expr, Logsource, Op, Predicate, Rule } from '../../src/ir.js'

let nextLine = 10

export function p(
  field: string | null,
  op: Op,
  value: string | null,
  line?: number,
  caseSensitive = false
): Predicate {
  return {
    kind: 'pred',
    field,
    sourceField: field,
    op,
    value,
    caseSensitive,
    pos: { line: line ?? nextLine++, column: 5 }
  }
}

export const all = (...children: Expr[]): Expr => ({ kind: 'and', children })
export const any = (...children: Expr[]): Expr => ({ kind: 'or', children })
export const not = (child: Expr): Expr => ({ kind: 'not', child })

export const PROC: Logsource = { product: 'windows', category: 'process_creation' }

export function mkRule(
  name: string,
  expr: Expr | null,
  techniques: string[] = ['T1218.011'],
  logsource: Logsource = PROC
): Rule {
  return {
    vendor: 'sigma',
    path: `rules/${name}.yml`,
    line: 1,
    id: `id-${name}`,
    title: `Rule ${name}`,
    techniques,
    tags: [],
    logsource,
    queries: expr ? [{ label: '', expr }] : [],
    logicPos: { line: 30, column: 16 },
    level: 'medium',
    status: 'test',
    diagnostics: []
  }
}
