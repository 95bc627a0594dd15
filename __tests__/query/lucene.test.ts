import { describe, expect, it } from '@jest/globals'
import type { Expr } from '../../src/ir.js'
import { predicates } from '../../src/ir.js'
import { parseLucene } from '../../src/query/lucene/index.js'
import { MATCH_ALL } from '../../src/query/kql/index.js'
import {
  all,
  any,
  brief,
  corpusQueries,
  eq,
  error,
  ex,
  fuzzCheck,
  hasCorpus,
  kw,
  mutate,
  not,
  opaque,
  p,
  prng,
  src,
  stripPos,
  warning,
  wc
} from './helpers.js'
import type { Brief } from './helpers.js'

function tree(query: string): Expr | null {
  const r = parseLucene(src(query))
  expect(brief(r.diagnostics)).toEqual([])
  return r.expr && stripPos(r.expr)
}

describe('Lucene: constructs', () => {
  const cases: [string, Expr | null][] = [
    ['process.name:cmd.exe', eq('process.name', 'cmd.exe')],
    ['a:"x y"', eq('a', 'x y')],
    ['a:"x\\"y"', eq('a', 'x"y')],
    ['a:"*"', eq('a', '*')],
    // wildcards: `*` and `?` in unquoted terms
    ['a:*x*', wc('a', '*x*')],
    ['a:x?y', wc('a', 'x?y')],
    ['a:C\\:\\\\Win*', wc('a', 'C:\\Win*')],
    ['a:x\\*y', eq('a', 'x*y')],
    ['a:x\\ y', eq('a', 'x y')],
    ['a:g+s', eq('a', 'g+s')],
    ['a:foo-bar', eq('a', 'foo-bar')],
    ['a:*', ex('a')],
    ['_exists_:a', ex('a')],
    // regex
    ['a:/2[0-9]{3}/', p('a', 'regex', '2[0-9]{3}')],
    ['a:/x\\/y\\d/', p('a', 'regex', 'x/y\\d')],
    // ranges and comparisons
    ['a:[1 TO 5]', all(p('a', 'gte', '1'), p('a', 'lte', '5'))],
    ['a:{1 TO 5}', all(p('a', 'gt', '1'), p('a', 'lt', '5'))],
    ['a:[1 TO 5}', all(p('a', 'gte', '1'), p('a', 'lt', '5'))],
    ['a:[2020-01-01 TO *]', p('a', 'gte', '2020-01-01')],
    ['a:[* TO "z"]', p('a', 'lte', 'z')],
    ['a:[* TO *]', ex('a')],
    ['a:>5', p('a', 'gt', '5')],
    ['a:>=5', p('a', 'gte', '5')],
    ['a:<5', p('a', 'lt', '5')],
    ['a:<=5', p('a', 'lte', '5')],
    // operators
    ['a:b AND c:d', all(eq('a', 'b'), eq('c', 'd'))],
    ['a:b && c:d || e:f', any(all(eq('a', 'b'), eq('c', 'd')), eq('e', 'f'))],
    ['a:b OR c:d AND e:f', any(eq('a', 'b'), all(eq('c', 'd'), eq('e', 'f')))],
    ['NOT a:b', not(eq('a', 'b'))],
    ['!a:b', not(eq('a', 'b'))],
    ['-a:b', not(eq('a', 'b'))],
    ['a:b AND NOT c:d', all(eq('a', 'b'), not(eq('c', 'd')))],
    ['(a:b OR c:d) AND e:f', all(any(eq('a', 'b'), eq('c', 'd')), eq('e', 'f'))],
    // clauses side by side: OR by default, `+` required, `-` excluded
    ['a:b c:d', any(eq('a', 'b'), eq('c', 'd'))],
    ['a:b c:d -e:f', all(any(eq('a', 'b'), eq('c', 'd')), not(eq('e', 'f')))],
    ['+a:b +c:d -e:f', all(eq('a', 'b'), eq('c', 'd'), not(eq('e', 'f')))],
    ['a:b NOT c:d', all(eq('a', 'b'), not(eq('c', 'd')))],
    // field groups
    ['a:(b OR c)', any(eq('a', 'b'), eq('a', 'c'))],
    ['a:(b c)', any(eq('a', 'b'), eq('a', 'c'))],
    ['a:(+b -c)', all(eq('a', 'b'), not(eq('a', 'c')))],
    [
      'a:(b OR /c.*/ OR "d e" OR f*)',
      any(eq('a', 'b'), p('a', 'regex', 'c.*'), eq('a', 'd e'), wc('a', 'f*'))
    ],
    // field names
    ['x\\:y:z', eq('x:y', 'z')],
    ['process.*:x', eq('process.*', 'x')],
    // field-less terms
    ['foo', kw('foo')],
    ['fo?o*', kw('fo?o*')],
    ['"x*y"', kw('x\\*y')],
    // boosts are ignored; fuzzy and proximity are opaque
    ['a:b^2', eq('a', 'b')],
    ['a:(b OR c)^2', any(eq('a', 'b'), eq('a', 'c'))],
    ['a:b~2', opaque('a:b~2', 'fuzzy match')],
    ['a:"b c"~3', opaque('a:"b c"~3', 'proximity match')],
    ['[1 TO 2]', opaque('[1 TO 2]', 'range without a field')],
    // match all / empty
    ['*', null],
    ['*:*', null],
    ['', null],
    ['a:b AND *', all(eq('a', 'b'), opaque('*', MATCH_ALL))]
  ]
  it.each(cases)('%j', (query, expected) => {
    expect(tree(query)).toEqual(expected)
  })

  it('reads the deprecated corpus query', () => {
    const q =
      'event.category:process AND event.type:(start or process_started) AND process.name:chmod AND process.args:(g+s OR /2[0-9]{3}/) AND NOT user.name:root'
    const r = parseLucene(src(q))
    expect(brief(r.diagnostics)).toEqual([warning('lucene/lowercase-operator', 1, 46)])
    expect(r.expr && stripPos(r.expr)).toEqual(
      all(
        eq('event.category', 'process'),
        any(eq('event.type', 'start'), eq('event.type', 'or'), eq('event.type', 'process_started')),
        eq('process.name', 'chmod'),
        any(eq('process.args', 'g+s'), p('process.args', 'regex', '2[0-9]{3}')),
        not(eq('user.name', 'root'))
      )
    )
  })
})

describe('Lucene: diagnostics', () => {
  const cases: [string, Brief[], Expr | null][] = [
    ['(a:b', [error('lucene/unbalanced-parens', 1, 1)], eq('a', 'b')],
    ['a:b)', [error('lucene/unbalanced-parens', 1, 4)], eq('a', 'b')],
    ['a:"x', [error('lucene/unterminated-string', 1, 3)], eq('a', 'x')],
    ['a:/x', [error('lucene/unterminated-regex', 1, 3)], p('a', 'regex', 'x')],
    ['a:[1 TO 2', [error('lucene/syntax', 1, 10)], null],
    ['a:[1 2] AND b:c', [error('lucene/syntax', 1, 6)], eq('b', 'c')],
    ['a:b]', [error('lucene/syntax', 1, 4)], eq('a', 'b')],
    ['a:b &&', [error('lucene/syntax', 1, 7)], eq('a', 'b')],
    ['OR a:b', [error('lucene/syntax', 1, 1)], eq('a', 'b')],
    ['a:b OR OR c:d', [error('lucene/syntax', 1, 8)], any(eq('a', 'b'), eq('c', 'd'))],
    ['a:(b OR)', [error('lucene/syntax', 1, 8)], eq('a', 'b')],
    ['a:', [error('lucene/syntax', 1, 3)], null],
    ['a:b\\', [error('lucene/syntax', 1, 4)], eq('a', 'b\\')],
    [
      'a:(b or c)',
      [warning('lucene/lowercase-operator', 1, 6)],
      any(eq('a', 'b'), eq('a', 'or'), eq('a', 'c'))
    ],
    ['+a:b c:d', [{ severity: 'notice', code: 'lucene/optional-clause', line: 1, column: 6 }], eq('a', 'b')],
    ['('.repeat(300) + 'a:b', [error('lucene/too-deep', 1, 101)], null]
  ]
  it.each(cases)('%j', (query, diagnostics, expected) => {
    const r = parseLucene(src(query))
    expect(brief(r.diagnostics)).toEqual(diagnostics)
    expect(r.expr && stripPos(r.expr)).toEqual(expected)
  })
})

describe('Lucene: positions', () => {
  it('puts each predicate on its value, in file coordinates', () => {
    const query = 'a:b AND\n  c:[1 TO 5]\n  AND NOT d:"x"'
    const e = parseLucene(src(query, { line: 10, column: 10 })).expr as Expr
    expect(predicates(e).map(x => [x.value, x.pos.line, x.pos.column])).toEqual([
      ['b', 10, 12],
      ['1', 11, 6],
      ['5', 11, 11],
      ['x', 12, 13]
    ])
  })
})

describe('Lucene: robustness', () => {
  const queries = [
    'event.category:process AND event.type:(start OR process_started) AND process.args:(g+s OR /2[0-9]{3}/) AND NOT user.name:root',
    'a:[1 TO 5} +b:"x \\" y"~2 -c:d* _exists_:e f:>=5 (g:h || !i:j) k:l^2',
    ...corpusQueries('lucene').map(q => q.text)
  ]

  it('survives truncations and mutations', () => {
    const rand = prng(0xbeef)
    let runs = 0
    for (const text of queries) {
      for (let end = 0; end <= text.length; end++, runs++) fuzzCheck(text.slice(0, end), parseLucene)
      for (let k = 0; k < 300; k++, runs++) fuzzCheck(mutate(text, rand), parseLucene)
    }
    expect(runs).toBeGreaterThan(600)
  })

  it('survives deep nesting', () => {
    fuzzCheck('NOT '.repeat(5000) + 'a:b', parseLucene)
    fuzzCheck('a:('.repeat(5000), parseLucene)
    fuzzCheck('-'.repeat(5000) + 'a', parseLucene)
  })
})

;(hasCorpus ? describe : describe.skip)('Lucene: the Elastic corpus', () => {
  it('reads every lucene query without an error', () => {
    for (const q of corpusQueries('lucene')) {
      const r = parseLucene(src(q.text, q.start))
      expect(r.diagnostics.filter(d => d.severity === 'error')).toEqual([])
      expect(r.expr).not.toBeNull()
    }
  })
})
