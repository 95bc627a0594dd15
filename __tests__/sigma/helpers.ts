/** Helpers for the Sigma reader tests: rule texts, reading, and expected trees. */
import { expect } from '@jest/globals'
import type { Diagnostic, Expr, Op, ParseResult, Predicate, Rule } from '../../src/ir.js'
import { sigmaFormat } from '../../src/formats/sigma/index.js'
import { canonicalField } from '../../src/normalize/fields.js'

/**
 * A rule whose `detection:` body is `detection` (written without indentation; it is
 * indented by 4). The body starts on line 6.
 */
export function sigmaRule(detection: string): string {
  const body = detection
    .split('\n')
    .map(l => (l ? '    ' + l : l))
    .join('\n')
  return [
    'title: Test rule',
    'id: 1',
    'logsource:',
    '    product: windows',
    'detection:',
    body,
    'level: high',
    ''
  ].join('\n')
}

export function read(text: string, path = 'rules/test.yml'): ParseResult {
  return sigmaFormat.parse(path, text)
}

/** Every diagnostic of a result: the file's, then each rule's. */
export function allDiagnostics(r: ParseResult): Diagnostic[] {
  return [...r.diagnostics, ...r.rules.flatMap(x => x.diagnostics)]
}

export type Brief = Pick<Diagnostic, 'severity' | 'code' | 'line' | 'column'>

export function brief(r: ParseResult): Brief[] {
  return allDiagnostics(r).map(({ severity, code, line, column }) => ({ severity, code, line, column }))
}

/** The one rule of a text, which must have no diagnostics. */
export function oneRule(text: string): Rule {
  const r = read(text)
  expect(allDiagnostics(r)).toEqual([])
  expect(r.rules).toHaveLength(1)
  return r.rules[0]
}

/** The detection tree of a rule built by `sigmaRule`, without positions. */
export function treeOf(detection: string): Expr {
  const rule = oneRule(sigmaRule(detection))
  expect(rule.queries).toHaveLength(1)
  return stripPos(rule.queries[0].expr)
}

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

type Extra = Partial<Pick<Predicate, 'caseSensitive' | 'flags' | 'transforms'>>

/**
 * An expected predicate without position: `field` as written, with its canonical name as
 * the reader gives it for the `product: windows` logsource of `sigmaRule` (the tables have
 * their own tests in normalize-fields.test.ts).
 */
export function p(field: string | null, op: Op, value: string | null, extra: Extra = {}): Expr {
  const out: Record<string, unknown> = {
    kind: 'pred',
    field: field === null ? null : canonicalField('sigma', { product: 'windows' }, field),
    sourceField: field,
    op,
    value,
    caseSensitive: extra.caseSensitive ?? false
  }
  if (extra.flags !== undefined) out.flags = extra.flags
  if (extra.transforms !== undefined) out.transforms = extra.transforms
  return out as unknown as Expr
}

export const eq = (field: string, value: string, extra?: Extra): Expr => p(field, 'eq', value, extra)
export const wc = (field: string, value: string, extra?: Extra): Expr => p(field, 'wildcard', value, extra)
export const kw = (value: string, extra?: Extra): Expr => p(null, 'keyword', value, extra)
export const all = (...children: Expr[]): Expr => ({ kind: 'and', children })
export const any = (...children: Expr[]): Expr => ({ kind: 'or', children })
export const not = (child: Expr): Expr => ({ kind: 'not', child })
export const opaque = (text: string, reason: string): Expr =>
  ({ kind: 'opaque', text, reason }) as unknown as Expr
