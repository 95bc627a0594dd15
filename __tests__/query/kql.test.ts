import { describe, expect, it } from '@jest/globals'
import type { Expr } from '../../src/ir.js'
import { predicates } from '../../src/ir.js'
import { MATCH_ALL, parseKql } from '../../src/query/kql/index.js'
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
  fuzzMutations,
  fuzzTruncations,
  not,
  opaque,
  p,
  sample,
  src,
  stripPos,
  warning,
  wc
} from './helpers.js'
import type { Brief } from './helpers.js'

/** The tree of a query that must parse without any diagnostic. */
function tree(query: string): Expr | null {
  const r = parseKql(src(query))
  expect(brief(r.diagnostics)).toEqual([])
  return r.expr && stripPos(r.expr)
}

describe('KQL: constructs', () => {
  const cases: [string, Expr | null][] = [
    // field:value, quoted and unquoted
    ['process.name:cmd.exe', eq('process.name', 'cmd.exe')],
    ['process.name : "cmd.exe"', eq('process.name', 'cmd.exe')],
    ['event.code:4688', eq('event.code', '4688')],
    ['process.pe.signed:true', eq('process.pe.signed', 'true')],
    // wildcards: only an unescaped `*` in an unquoted value
    ['a:*x*', wc('a', '*x*')],
    ['a:"*x*"', eq('a', '*x*')],
    ['a:*S3 Browser*', wc('a', '*S3 Browser*')],
    ['a:S3 Browser*', wc('a', 'S3 Browser*')],
    ['a:cdn??.space', eq('a', 'cdn??.space')],
    ['a:cdn??.sp*', wc('a', 'cdn\\?\\?.sp*')],
    ['a:x**y', wc('a', 'x*y')],
    // escapes
    ['a:C\\:\\\\Windows\\\\*', wc('a', 'C:\\Windows\\\\*')],
    ['a:system\\:node\\:*', wc('a', 'system:node:*')],
    ['a:\\(x\\)', eq('a', '(x)')],
    ['a:\\<\\>\\{\\}\\"', eq('a', '<>{}"')],
    ['a:x\\ y', eq('a', 'x y')],
    ['a:x\\ty', eq('a', 'x\ty')],
    ['a:\\and', eq('a', 'and')],
    ['a:\\*', eq('a', '*')],
    ['a:x\\*y*', wc('a', 'x\\*y*')],
    ['a:"say \\"hi\\" \\\\ C:\\Windows \\t"', eq('a', 'say "hi" \\ C:\\Windows \t')],
    ['a:"\\u0041"', eq('a', 'A')],
    ['a:\\u0041b*', wc('a', 'Ab*')],
    // exists
    ['a:*', ex('a')],
    ['a:**', ex('a')],
    // value lists
    ['a:(b or c)', any(eq('a', 'b'), eq('a', 'c'))],
    ['a:(b or c and not d)', any(eq('a', 'b'), all(eq('a', 'c'), not(eq('a', 'd'))))],
    ['a:((b or c) and d)', all(any(eq('a', 'b'), eq('a', 'c')), eq('a', 'd'))],
    ['a:("x y" or *z*)', any(eq('a', 'x y'), wc('a', '*z*'))],
    ['a:(* and not (*kubernetes/$Format))', all(ex('a'), not(wc('a', '*kubernetes/$Format')))],
    ['a:(*S3 Browser* or *Cyberduck*)', any(wc('a', '*S3 Browser*'), wc('a', '*Cyberduck*'))],
    ['a:not b', not(eq('a', 'b'))],
    ['a:(\n  b or\n  c\n)', any(eq('a', 'b'), eq('a', 'c'))],
    // boolean structure and precedence: not > and > or
    ['not a:b', not(eq('a', 'b'))],
    ['a:b and c:d or e:f', any(all(eq('a', 'b'), eq('c', 'd')), eq('e', 'f'))],
    ['a:b or c:d and e:f', any(eq('a', 'b'), all(eq('c', 'd'), eq('e', 'f')))],
    ['not a:b and c:d', all(not(eq('a', 'b')), eq('c', 'd'))],
    ['(a:b or c:d) and e:f', all(any(eq('a', 'b'), eq('c', 'd')), eq('e', 'f'))],
    ['a:b and (c:d and not e:f)', all(eq('a', 'b'), eq('c', 'd'), not(eq('e', 'f')))],
    ['a:b AND c:d OR NOT e:f', any(all(eq('a', 'b'), eq('c', 'd')), not(eq('e', 'f')))],
    ['a:b And Not c:d', all(eq('a', 'b'), not(eq('c', 'd')))],
    ['not not a:b', not(not(eq('a', 'b')))],
    ['((a:b))', eq('a', 'b')],
    // ranges
    ['a < 5', p('a', 'lt', '5')],
    ['a<=5', p('a', 'lte', '5')],
    ['a > "x"', p('a', 'gt', 'x')],
    ['a >= 1.5', p('a', 'gte', '1.5')],
    // field names
    ['a.*.b: x', eq('a.*.b', 'x')],
    ['a\\:b:c', eq('a:b', 'c')],
    ['"quoted field":x', eq('quoted field', 'x')],
    // nested
    ['a:{ b:1 and c:(x or y) }', all(eq('a.b', '1'), any(eq('a.c', 'x'), eq('a.c', 'y')))],
    ['a:{ b:{ c:1 } or d < 2 }', any(eq('a.b.c', '1'), p('a.d', 'lt', '2'))],
    // keyword terms (no field)
    ['foo', kw('foo')],
    ['"foo bar*"', kw('foo bar\\*')],
    ['foo*', kw('foo*')],
    ['*foo bar* and x:y', all(kw('*foo bar*'), eq('x', 'y'))],
    ['f?o', kw('f\\?o')],
    // match all / empty
    ['*', null],
    ['  ', null],
    ['', null],
    ['(*)', null],
    ['a:b and *', all(eq('a', 'b'), opaque('*', MATCH_ALL))]
  ]
  it.each(cases)('%j', (query, expected) => {
    expect(tree(query)).toEqual(expected)
  })

  it('is case-sensitive on fields, not on keyword terms', () => {
    const e = parseKql(src('a:X and a:*X* and a < 5 and a:* and X')).expr
    expect(e && predicates(e).map(x => [x.op, x.caseSensitive])).toEqual([
      ['eq', true],
      ['wildcard', true],
      ['lt', true],
      ['exists', false],
      ['keyword', false]
    ])
  })
})

describe('KQL: diagnostics', () => {
  const cases: [string, Brief[], Expr | null][] = [
    ['a:b c:d', [error('kql/syntax', 1, 5)], all(eq('a', 'b'), eq('c', 'd'))],
    ['a:"x', [error('kql/unterminated-string', 1, 3)], eq('a', 'x')],
    ['a:"x\nand b:c', [error('kql/unterminated-string', 1, 3)], all(eq('a', 'x'), eq('b', 'c'))],
    ['(a:b', [error('kql/unbalanced-parens', 1, 1)], eq('a', 'b')],
    ['a:b)', [error('kql/unbalanced-parens', 1, 4)], eq('a', 'b')],
    ['a:b ) and c:d', [error('kql/unbalanced-parens', 1, 5)], all(eq('a', 'b'), eq('c', 'd'))],
    ['}', [error('kql/unbalanced-parens', 1, 1)], null],
    ['a:(b or c', [error('kql/unbalanced-parens', 1, 3)], any(eq('a', 'b'), eq('a', 'c'))],
    ['a:{b:c', [error('kql/unbalanced-parens', 1, 3)], eq('a.b', 'c')],
    ['a:', [error('kql/syntax', 1, 3)], null],
    ['a: and b:c', [error('kql/syntax', 1, 4)], eq('b', 'c')],
    ['and a:b', [error('kql/syntax', 1, 1)], eq('a', 'b')],
    ['a:b and', [error('kql/syntax', 1, 8)], eq('a', 'b')],
    ['not', [error('kql/syntax', 1, 4)], null],
    ['a:b:c', [error('kql/syntax', 1, 4)], all(eq('a', 'b'), kw('c'))],
    [': a', [error('kql/syntax', 1, 1)], kw('a')],
    ['a:(b or or c)', [error('kql/syntax', 1, 9)], any(eq('a', 'b'), eq('a', 'c'))],
    ['a:(b:c)', [error('kql/syntax', 1, 5)], all(eq('a', 'b'), eq('a', 'c'))],
    ['a < ', [error('kql/syntax', 1, 5)], null],
    [
      'x:1 and (y:2 or z:(3 and ))',
      [error('kql/syntax', 1, 26)],
      all(eq('x', '1'), any(eq('y', '2'), eq('z', '3')))
    ],
    ['a:C\\d', [warning('kql/invalid-escape', 1, 4)], eq('a', 'C\\d')],
    ['a:x\\', [warning('kql/invalid-escape', 1, 4)], eq('a', 'x\\')],
    [
      'a:(*x* or\n  *y*\n  *z* or w)',
      [warning('kql/multiline-value', 3, 3)],
      any(wc('a', '*x*'), wc('a', '*y*\n  *z*'), eq('a', 'w'))
    ],
    ['('.repeat(400) + 'a:b', [error('kql/too-deep', 1, 101)], null]
  ]
  it.each(cases)('%j', (query, diagnostics, expected) => {
    const r = parseKql(src(query))
    expect(brief(r.diagnostics)).toEqual(diagnostics)
    expect(r.expr && stripPos(r.expr)).toEqual(expected)
  })

  it('says what is wrong', () => {
    expect(parseKql(src('a:b c:d')).diagnostics[0]).toEqual({
      path: 'rules/test.toml',
      line: 1,
      column: 5,
      severity: 'error',
      code: 'kql/syntax',
      message: 'expected `and`, `or` or the end of the query before `c`; read as `and`'
    })
    expect(parseKql(src('(a:b')).diagnostics[0].message).toBe('this `(` is never closed: add the `)`')
  })
})

describe('KQL: positions', () => {
  // The query starts at line 10, column 10 of the file.
  const query = [
    'process.name:cmd.exe and',
    '  not process.args:(',
    '    "-enc" or *bypass*) and x < 5'
  ].join('\n')
  const preds = predicates(parseKql(src(query, { line: 10, column: 10 })).expr as Expr)

  it('puts each predicate on its value, in file coordinates', () => {
    expect(preds.map(x => [x.value, x.pos.line, x.pos.column])).toEqual([
      ['cmd.exe', 10, 23],
      ['-enc', 12, 5],
      ['*bypass*', 12, 15],
      ['5', 12, 33]
    ])
  })

  it('positions diagnostics in file coordinates', () => {
    const r = parseKql(src('a:b and\n  (c:d', { line: 10, column: 10 }))
    expect(brief(r.diagnostics)).toEqual([error('kql/unbalanced-parens', 11, 3)])
    const first = parseKql(src('a:b c:d', { line: 10, column: 10 }))
    expect(brief(first.diagnostics)).toEqual([error('kql/syntax', 10, 14)])
  })

  it('positions a keyword term and an exists test on their value', () => {
    const e = parseKql(src('  foo and a:*', { line: 10, column: 10 })).expr as Expr
    expect(predicates(e).map(x => x.pos)).toEqual([
      { line: 10, column: 12 },
      { line: 10, column: 22 }
    ])
  })
})

const FIXTURES = [
  'event.category:process and host.os.type:windows and\n  process.name:(cmd.exe or "powershell.exe") and\n  not process.args:(*-enc* or "x y")',
  'a:{ b:1 and c:(x or y) } or d >= 5 and not e:* and f:C\\:\\\\Windows\\\\*',
  '*S3 Browser* and user_agent.original:(* and not (*kubernetes/$Format)) and "q \\" s"'
]

describe('KQL: robustness', () => {
  const queries = [...FIXTURES, ...sample(corpusQueries('kuery'), 60).map(q => q.text)]

  it('survives truncation at many offsets', () => {
    const runs = fuzzTruncations(queries, parseKql)
    expect(runs).toBeGreaterThan(150)
  })

  it('survives deterministic mutations', () => {
    const runs = fuzzMutations(queries, parseKql, 0xc0ffee, 120)
    expect(runs).toBeGreaterThan(300)
  })

  it('survives deep nesting and long inputs in linear time', () => {
    fuzzCheck('not '.repeat(5000) + 'a:b', parseKql)
    fuzzCheck('a:'.repeat(5000), parseKql)
    fuzzCheck('a:{'.repeat(5000), parseKql)
    const long = Array.from({ length: 20000 }, (_, i) => `f${i}:v${i}`).join(' or ')
    const t0 = performance.now()
    const r = parseKql(src(long))
    expect(predicates(r.expr as Expr)).toHaveLength(20000)
    expect(performance.now() - t0).toBeLessThan(2000)
  })
})

;(hasCorpus ? describe : describe.skip)('KQL: the Elastic corpus', () => {
  const queries = corpusQueries('kuery')

  it('reads at least 99.5% of the kuery queries without an error', () => {
    expect(queries.length).toBeGreaterThan(500)
    const failures: string[] = []
    const t0 = performance.now()
    for (const q of queries) {
      const r = parseKql(src(q.text, q.start))
      const errors = r.diagnostics.filter(d => d.severity === 'error')
      if (errors.length > 0 || r.expr === null)
        failures.push(
          `${q.file}: ${errors.map(d => `${d.line}:${d.column} ${d.code} ${d.message}`).join('; ')}`
        )
    }
    const ms = performance.now() - t0
    if (failures.length > 0) console.log(`KQL failures (${failures.length}):\n${failures.join('\n')}`)
    console.log(
      `KQL: ${queries.length - failures.length}/${queries.length} queries read in ${ms.toFixed(0)} ms`
    )
    expect(failures.length).toBeLessThanOrEqual(Math.floor(queries.length * 0.005))
  })

  it('flags the value that runs over a line break (a missing `or`)', () => {
    const q = queries.find(x =>
      x.file.endsWith('credential_access_kubernetes_and_cloud_credential_paths_via_process_args.toml')
    )
    if (!q) return
    const r = parseKql(src(q.text, q.start))
    expect(r.diagnostics.map(d => d.code)).toEqual(['kql/multiline-value'])
  })

  it('reads a nested query and a literal star in quotes', () => {
    const nested = queries.find(x =>
      x.file.endsWith('persistence_gcp_service_account_impersonation_role_grant.toml')
    )
    if (nested) {
      const fields = predicates(parseKql(src(nested.text, nested.start)).expr as Expr).map(x => x.field)
      expect(fields.some(f => f?.endsWith('binding_deltas.action'))).toBe(true)
    }
  })
})
