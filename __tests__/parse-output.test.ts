/**
 * `detlint parse --format json` is written piecewise, without building the document: the
 * bytes are those of `JSON.stringify(doc, null, 2)` for every kind of value a rule holds.
 */
import { describe, expect, it } from '@jest/globals'
import { renderParseJson, renderParseText, writeParseJson, type ParsedFiles } from '../src/parse-output.js'
import { cleanText } from '../src/report/common.js'
import type { Predicate, Rule } from '../src/ir.js'

const pos = { line: 3, column: 7 }
const pred = (over: Partial<Predicate>): Predicate => ({
  kind: 'pred',
  field: 'process.name',
  sourceField: 'Image',
  op: 'eq',
  value: 'a.exe',
  caseSensitive: false,
  pos,
  ...over
})

const rule: Rule = {
  vendor: 'sigma',
  path: 'r/ü "quoted" \\ path.yml',
  line: 1,
  id: null,
  title: 'Tabs\tnew\nlines \u2028 and \u0001 control',
  techniques: [],
  tags: [],
  logsource: { product: 'windows', eventCodes: ['1', '4688'] },
  queries: [
    {
      label: '',
      expr: {
        kind: 'and',
        children: [
          pred({ op: 'regex', value: '^a\\d+$', flags: 'i', transforms: [] }),
          pred({ field: null, sourceField: null, value: null, transforms: ['base64', 'wide'], array: 'x' }),
          { kind: 'not', child: pred({ value: '' }) }
        ]
      }
    }
  ],
  logicPos: pos,
  level: null,
  status: 'test',
  diagnostics: []
}

const parsed: ParsedFiles = {
  rules: [rule, { ...rule, queries: [], logsource: {}, id: '0' }],
  diagnostics: [{ path: 'p', line: 1, column: 2, severity: 'warning', code: 'c', message: 'm "x"' }],
  missing: [],
  skipped: [{ path: 'b.yml', reason: 'empty' }],
  noRules: []
}

describe('writeParseJson', () => {
  it('writes the bytes of JSON.stringify(doc, null, 2)', () => {
    const text = renderParseJson(parsed)
    const doc = JSON.parse(text) as { rules: Array<Record<string, unknown>> }
    expect(text).toBe(JSON.stringify(doc, null, 2) + '\n')
    expect(doc.rules[0].title).toBe(rule.title)
    expect(doc.rules[0].indicators).toEqual([
      {
        field: 'process.name',
        sourceField: 'Image',
        op: 'regex',
        value: '^a\\d+$',
        line: 3,
        column: 7,
        caseSensitive: false,
        flags: 'i'
      },
      {
        field: null,
        sourceField: null,
        op: 'eq',
        value: null,
        line: 3,
        column: 7,
        caseSensitive: false,
        transforms: ['base64', 'wide'],
        array: 'x'
      }
    ])
    expect(doc.rules[1]).toMatchObject({ id: '0', logsource: {}, indicators: [], exclusions: [] })
  })

  it('writes rules in batches and a rule of many predicates piecewise, with the same bytes', () => {
    const children = Array.from({ length: 6000 }, (_, i) => pred({ value: `v${i}` }))
    const big: Rule = { ...rule, queries: [{ label: '', expr: { kind: 'or', children } }] }
    const chunks: string[] = []
    const many = Array.from({ length: 300 }, (_, i) => ({ ...rule, line: i }))
    writeParseJson({ ...parsed, rules: [big, ...many, big, ...many] }, c => chunks.push(c))
    const text = chunks.join('')
    expect(chunks.length).toBeGreaterThan(1)
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n')
    expect(
      (JSON.parse(text) as { rules: Array<{ indicators: unknown[] }> }).rules[0].indicators
    ).toHaveLength(6000)
  })

  it('gives the same text in small pieces', () => {
    const chunks: string[] = []
    writeParseJson(parsed, c => chunks.push(c))
    expect(chunks.join('')).toBe(renderParseJson(parsed))
  })
})

describe('renderParseText', () => {
  it('cleans what needs cleaning and keeps the rest as written', () => {
    const text = renderParseText(parsed)
    expect(text).toContain(`  ${cleanText(rule.title)}`)
    expect(text).not.toContain('\t')
    const plain = renderParseText({ ...parsed, rules: [{ ...rule, title: 'A plain title: ü 🦊', id: 'x' }] })
    expect(plain.split('\n')[0]).toBe('r/ü "quoted" \\ path.yml:1  A plain title: ü 🦊  [x]')
  })
})
