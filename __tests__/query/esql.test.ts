import { describe, expect, it } from '@jest/globals'
import type { Expr } from '../../src/ir.js'
import { predicates } from '../../src/ir.js'
import { parseEsql } from '../../src/query/esql/index.js'
import type { EsqlResult } from '../../src/query/esql/index.js'
import { dissectKeys, grokKeys } from '../../src/query/esql/commands.js'
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

function read(query: string): EsqlResult {
  return parseEsql(src(query))
}

/** The tree of `FROM a | WHERE <clause>`, which must parse without any diagnostic. */
function where(clause: string): Expr | null {
  const r = read(`FROM a | WHERE ${clause}`)
  expect(brief(r.diagnostics)).toEqual([])
  return r.expr && stripPos(r.expr)
}

describe('ES|QL: sources and stages', () => {
  const cases: [string, string[], string[]][] = [
    ['FROM a', ['a'], ['FROM']],
    [
      'FROM logs-*, b-* METADATA _id, _version | WHERE x == 1 | KEEP y',
      ['logs-*', 'b-*'],
      ['FROM', 'WHERE', 'KEEP']
    ],
    [
      'from "quoted-*", cluster:logs-*, logs::failures,x metadata _id',
      ['quoted-*', 'cluster:logs-*', 'logs::failures', 'x'],
      ['FROM']
    ],
    ['FROM logs-<idx-{now/d}>', ['logs-<idx-{now/d}>'], ['FROM']],
    ['FROM a // comment | not a pipe\n| WHERE b == "p|q" /* | */ | KEEP c', ['a'], ['FROM', 'WHERE', 'KEEP']],
    ['FROM a | WHERE b == """raw | "q" """ | KEEP `c|d`', ['a'], ['FROM', 'WHERE', 'KEEP']],
    [
      'from a | eval x = 1 | stats n = count(*) by x | inline stats m = max(n) | lookup join l on x | sort n desc | limit 5 | mv_expand y',
      ['a'],
      ['FROM', 'EVAL', 'STATS', 'INLINE STATS', 'LOOKUP JOIN', 'SORT', 'LIMIT', 'MV_EXPAND']
    ],
    ['FROM a | FORK (WHERE x == 1 | LIMIT 2) (WHERE y == 2) | KEEP z', ['a'], ['FROM', 'FORK', 'KEEP']],
    ['TS metrics-* | WHERE x == 1', ['metrics-*'], ['TS', 'WHERE']]
  ]
  it.each(cases)('%j', (query, indices, stages) => {
    const r = read(query)
    expect(brief(r.diagnostics)).toEqual([])
    expect(r.indices).toEqual(indices)
    expect(r.stages).toEqual(stages)
  })

  it('reads the WHERE clauses before the first aggregation only', () => {
    const r = read(
      'FROM a | WHERE x == 1 | EVAL y = 2 | WHERE z == 3 | STATS n = COUNT(*) BY h | WHERE n > 5'
    )
    expect(r.expr && stripPos(r.expr)).toEqual(all(eq('x', '1'), eq('z', '3')))
    expect(r.stages).toEqual(['FROM', 'WHERE', 'EVAL', 'WHERE', 'STATS', 'WHERE'])
    const inline = read('FROM a | WHERE x == 1 | INLINE STATS n = COUNT(*) BY h | WHERE n > 5')
    expect(inline.expr && stripPos(inline.expr)).toEqual(eq('x', '1'))
  })

  it('has no expression without WHERE, and nothing for an empty query', () => {
    expect(read('FROM a | KEEP b').expr).toBeNull()
    expect(read('  // only a comment\n')).toEqual({ expr: null, indices: [], stages: [], diagnostics: [] })
  })
})

describe('ES|QL: WHERE predicates', () => {
  const cases: [string, Expr | null][] = [
    ['x == "v"', eq('x', 'v')],
    ['x == 5', eq('x', '5')],
    ['x == -5', eq('x', '-5')],
    ['x == 1.5e3', eq('x', '1.5e3')],
    ['x == true', eq('x', 'true')],
    ['x != "v"', not(eq('x', 'v'))],
    ['x =~ "AbC"', eq('x', 'AbC', { caseSensitive: false })],
    ['x < 5', p('x', 'lt', '5')],
    ['x <= 5', p('x', 'lte', '5')],
    ['x > 5', p('x', 'gt', '5')],
    ['x >= 5', p('x', 'gte', '5')],
    ['5 > x', p('x', 'lt', '5')],
    ['"v" == x', eq('x', 'v')],
    ['x.y.`z.w` == "v"', eq('x.y.z.w', 'v')],
    ['`source.as.organization.name` != "AMAZON-02"', not(eq('source.as.organization.name', 'AMAZON-02'))],
    ['@timestamp >= "2024-01-01"', p('@timestamp', 'gte', '2024-01-01')],
    ['x == "a\\"b\\\\c\\td"', eq('x', 'a"b\\c\td')],
    ['x == """C:\\Windows\\"""', eq('x', 'C:\\Windows\\')],
    // IN
    ['x IN ("a", "b", 3)', any(eq('x', 'a'), eq('x', 'b'), eq('x', '3'))],
    ['x NOT IN ("a", "b")', not(any(eq('x', 'a'), eq('x', 'b')))],
    ['NOT x IN ("a")', not(eq('x', 'a'))],
    ['x IN ("a", y, null)', any(eq('x', 'a'), opaque('y', 'IN item'), opaque('null', 'IN item'))],
    ['true IN (STARTS_WITH(a, "x"), b == "y")', any(wc('a', 'x*'), eq('b', 'y'))],
    // LIKE, RLIKE
    ['x LIKE "*.exe"', wc('x', '*.exe')],
    ['x LIKE "a?c"', wc('x', 'a?c')],
    ['x LIKE "cmd.exe"', eq('x', 'cmd.exe')],
    ['x LIKE "*...\\\\*"', wc('x', '*...\\*')],
    [
      'x LIKE """\\\\device\\\\harddiskvolume*\\\\svchost.exe"""',
      wc('x', '\\device\\harddiskvolume*\\svchost.exe')
    ],
    ['x LIKE """c:\\\\*"""', wc('x', 'c:\\\\*')],
    ['x NOT LIKE "a*"', not(wc('x', 'a*'))],
    ['x LIKE ("a*", "b")', any(wc('x', 'a*'), eq('x', 'b'))],
    ['x RLIKE "a.*\\\\d"', p('x', 'regex', 'a.*\\d')],
    ['x NOT RLIKE """[0-9]{1,3}(\\.[0-9]{1,3}){3}"""', not(p('x', 'regex', '[0-9]{1,3}(\\.[0-9]{1,3}){3}'))],
    // IS [NOT] NULL
    ['x IS NULL', p('x', 'null', null)],
    ['x is not null', ex('x')],
    // boolean structure, case-insensitive keywords
    ['x == "a" and (y == "b" or not z == "c")', all(eq('x', 'a'), any(eq('y', 'b'), not(eq('z', 'c'))))],
    ['x == "a" AnD y == "b" Or z == "c"', any(all(eq('x', 'a'), eq('y', 'b')), eq('z', 'c'))],
    ['x == "a" and (y == "b" and not (z == "c"))', all(eq('x', 'a'), eq('y', 'b'), not(eq('z', 'c')))],
    ['NOT NOT x == 1', not(not(eq('x', '1')))],
    ['flag', eq('flag', 'true')],
    ['NOT flag', not(eq('flag', 'true'))],
    // case folding
    ['TO_LOWER(x) == "abc"', eq('x', 'abc', { caseSensitive: false })],
    [
      'to_upper(x) IN ("A", "B")',
      any(eq('x', 'A', { caseSensitive: false }), eq('x', 'B', { caseSensitive: false }))
    ],
    ['TO_LOWER(x) LIKE "*abc?*"', wc('x', '*abc?*', { caseSensitive: false })],
    ['TO_LOWER(x) RLIKE ".*\\\\Sabc.*"', p('x', 'regex', '.*\\Sabc.*', { caseSensitive: false })],
    ['STARTS_WITH(TO_LOWER(x), "ab")', wc('x', 'ab*', { caseSensitive: false })],
    // functions with a known meaning
    ['STARTS_WITH(x, "ab")', wc('x', 'ab*')],
    ['ENDS_WITH(x, "a*")', wc('x', '*a\\*')],
    ['CONTAINS(x, "a")', wc('x', '*a*')],
    ['CIDR_MATCH(ip, "10.0.0.0/8", "::1")', any(p('ip', 'cidr', '10.0.0.0/8'), p('ip', 'cidr', '::1'))],
    ['MV_CONTAINS(x, "a")', eq('x', 'a')],
    // casts and conversions keep the field
    ['x::string == "1"', eq('x', '1')],
    ['TO_STRING(ip) IN ("::1")', eq('ip', '::1')],
    ['TO_IP(ip) IS NOT NULL', ex('ip')],
    ['not cidr_match(to_ip(ip), "10.0.0.0/8")', not(p('ip', 'cidr', '10.0.0.0/8'))],
    // two fields
    ['x == y', p('x', 'fieldref', 'y')],
    ['x != y', not(p('x', 'fieldref', 'y'))],
    // kept as text
    ['LENGTH(x) > 5', opaque('LENGTH(x) > 5', 'comparison')],
    ['x == null', opaque('x == null', 'comparison')],
    ['@timestamp > NOW() - 1 hour', opaque('@timestamp > NOW() - 1 hour', 'comparison')],
    ['x + 1 == 2', opaque('x + 1 == 2', 'comparison')],
    ['x < y', opaque('x < y', 'comparison')],
    ['TO_LOWER(x) > "a"', opaque('TO_LOWER(x) > "a"', 'comparison')],
    [
      'MV_COUNT(x) == 1 or x == [1, 2]',
      any(opaque('MV_COUNT(x) == 1', 'comparison'), opaque('x == [1, 2]', 'comparison'))
    ],
    ['is_foo(x)', opaque('is_foo(x)', 'function IS_FOO()')],
    [
      'x IS NULL OR length(y) IS NULL',
      any(p('x', 'null', null), opaque('length(y) IS NULL', 'IS NULL test'))
    ],
    // full text search
    ['match(x, "v")', opaque('match(x, "v")', 'full-text match')],
    ['match(x, "v", { "fuzziness": 1 })', opaque('match(x, "v", { "fuzziness": 1 })', 'full-text match')],
    ['x : "v"', opaque('x : "v"', 'full-text match')],
    ['x::keyword : "v"', opaque('x::keyword : "v"', 'full-text match')],
    // embedded KQL and query strings
    [
      'KQL("process.name:(a or b) and not c:*")',
      all(any(eq('process.name', 'a'), eq('process.name', 'b')), not(ex('c')))
    ],
    ['kql("""a:"x y" and b:C\\:\\\\*""")', all(eq('a', 'x y'), wc('b', 'C:\\\\*'))],
    ['kql("a:\\"x y\\" and foo")', all(eq('a', 'x y'), kw('foo'))],
    ['kql("*")', opaque('kql("*")', 'matches every document')],
    ['QSTR("a:b AND c:d*")', all(eq('a', 'b'), wc('c', 'd*'))]
  ]
  it.each(cases)('%j', (clause, expected) => {
    expect(where(clause)).toEqual(expected)
  })
})

describe('ES|QL: derived fields', () => {
  it('marks predicates on fields made by EVAL, DISSECT, GROK, RENAME, ENRICH, COMPLETION and Esql.*', () => {
    const r = read(
      [
        'FROM a',
        '| WHERE y == "before the EVAL"',
        '| EVAL y = TO_LOWER(x), z = 1, x + 1',
        '| DISSECT m "%{d} %{?skip} %{+app->} %{&ref}"',
        '| GROK g "%{IP:ip} %{NUMBER:num:int} (?<named>x)"',
        '| RENAME r AS s, t = u',
        '| ENRICH policy ON k WITH e1 = f1, e2',
        '| COMPLETION c = prompt WITH { "inference_id": "x" }',
        '| WHERE y == "a" and x == "b" and Esql.k == 1 and d == "1" and ip == "1" and num > 1 and named == "1"',
        '    and s == "1" and t == "1" and u == "1" and e1 == "1" and e2 == "1" and c == "1" and skip == "1"',
        '    and app == "1" and kql("y:1 and w:2") and w == y'
      ].join('\n')
    )
    expect(brief(r.diagnostics)).toEqual([])
    const derived = (f: string): Expr => eq(f, '1', { derived: true })
    expect(r.expr && stripPos(r.expr)).toEqual(
      all(
        eq('y', 'before the EVAL'),
        eq('y', 'a', { derived: true }),
        eq('x', 'b'),
        derived('Esql.k'),
        derived('d'),
        derived('ip'),
        p('num', 'gt', '1', { derived: true }),
        derived('named'),
        derived('s'),
        derived('t'),
        eq('u', '1'),
        derived('e1'),
        derived('e2'),
        derived('c'),
        eq('skip', '1'),
        derived('app'),
        derived('y'),
        eq('w', '2'),
        p('w', 'fieldref', 'y', { derived: true })
      )
    )
  })

  it('reads DISSECT and GROK keys', () => {
    expect(dissectKeys('%{a} %{?b} %{+c} %{d->} %{*e} %{&e} %{} %{+f/2}')).toEqual(['a', 'c', 'd', 'f'])
    expect(grokKeys('%{IP:ip} %{WORD} %{NUMBER:n:int} (?<g>x) (?<=y)')).toEqual(['ip', 'n', 'g'])
  })
})

describe('ES|QL: diagnostics', () => {
  const cases: [string, Brief[], Expr | null][] = [
    // one bad AND operand: the others are kept
    [
      'FROM a | WHERE x == 1 AND y === 2 AND z == 3',
      [error('esql/syntax', 1, 31)],
      all(eq('x', '1'), opaque('y === 2', 'condition that does not parse'), eq('z', '3'))
    ],
    [
      'FROM a | WHERE x == 1 AND (y = 2) AND z LIKE "*"',
      [error('esql/syntax', 1, 30)],
      all(eq('x', '1'), opaque('(y = 2)', 'condition that does not parse'), wc('z', '*'))
    ],
    // with an OR at the top, the whole clause
    [
      'FROM a | WHERE x == 1 OR y ==',
      [error('esql/syntax', 1, 30)],
      opaque('x == 1 OR y ==', 'WHERE clause that does not parse')
    ],
    [
      'FROM a | WHERE ((x == 1',
      [error('esql/syntax', 1, 24)],
      opaque('((x == 1', 'WHERE clause that does not parse')
    ],
    [
      'FROM a | WHERE x IN ("a"',
      [error('esql/syntax', 1, 25)],
      opaque('x IN ("a"', 'WHERE clause that does not parse')
    ],
    [
      'FROM a | WHERE x LIKE y',
      [error('esql/syntax', 1, 23)],
      opaque('x LIKE y', 'WHERE clause that does not parse')
    ],
    [
      'FROM a | WHERE x IS NOT 1',
      [error('esql/syntax', 1, 25)],
      opaque('x IS NOT 1', 'WHERE clause that does not parse')
    ],
    [
      'FROM a | WHERE x == 1 # 2',
      [error('esql/syntax', 1, 23)],
      opaque('x == 1 # 2', 'WHERE clause that does not parse')
    ],
    ['FROM a | WHERE', [error('esql/syntax', 1, 10)], null],
    // strings and comments
    ['FROM a | WHERE x == "open\n| KEEP y', [error('esql/unterminated-string', 1, 21)], eq('x', 'open')],
    ['FROM a | WHERE x == """open', [error('esql/unterminated-string', 1, 21)], eq('x', 'open')],
    ['FROM a /* open | WHERE x == 1', [error('esql/unterminated-comment', 1, 8)], null],
    ['FROM a | WHERE x == "\\q"', [warning('esql/invalid-escape', 1, 22)], eq('x', '\\q')],
    ['FROM a | WHERE x LIKE "a\\\\b*"', [warning('esql/invalid-pattern', 1, 23)], wc('x', 'a\\b*')],
    // commands
    ['FROM a | | WHERE x == 1', [error('esql/syntax', 1, 8)], eq('x', '1')],
    ['FROM a | WHERE x == 1 |', [error('esql/syntax', 1, 23)], eq('x', '1')],
    ['FROM a | 5', [error('esql/syntax', 1, 10)], null],
    ['FROM | WHERE x == 1', [error('esql/syntax', 1, 1)], eq('x', '1')],
    ['FROM a, (b)', [error('esql/syntax', 1, 9), error('esql/syntax', 1, 11)], null],
    ['FROM a | FROM b', [error('esql/syntax', 1, 10)], null],
    ['WHERE x == 1', [warning('esql/no-from', 1, 1)], eq('x', '1')],
    ['ROW a = 1 | WHERE a == 1', [warning('esql/no-from', 1, 1)], eq('a', '1', { derived: true })],
    ['FROM a | FOO bar | WHERE x == 1', [warning('esql/unknown-command', 1, 10)], eq('x', '1')],
    // case folding that can never match
    [
      'FROM a | WHERE TO_LOWER(x) == "Ab" AND TO_LOWER(y) LIKE "*X*"',
      [warning('esql/case-mismatch', 1, 31), warning('esql/case-mismatch', 1, 57)],
      all(opaque('TO_LOWER(x) == "Ab"', 'never matches'), opaque('"*X*"', 'never matches'))
    ],
    // diagnostics of an embedded query, in file coordinates
    ['FROM a | WHERE kql("a:b c:d")', [error('kql/syntax', 1, 25)], all(eq('a', 'b'), eq('c', 'd'))],
    ['FROM a | WHERE qstr("a:(b")', [error('lucene/unbalanced-parens', 1, 24)], eq('a', 'b')],
    [
      'FROM a | WHERE ' + '('.repeat(500) + 'x == 1',
      [error('esql/too-deep', 1, 116)],
      opaque('('.repeat(500) + 'x == 1', 'WHERE clause that does not parse')
    ]
  ]
  it.each(cases)('%j', (query, diagnostics, expected) => {
    const r = read(query)
    expect(brief(r.diagnostics)).toEqual(diagnostics)
    expect(r.expr && stripPos(r.expr)).toEqual(expected)
  })
})

describe('ES|QL: positions', () => {
  // The query starts at line 10, column 10 of the file.
  const query = [
    'FROM logs-* METADATA _id',
    '| WHERE process.name == "cmd.exe"',
    '    AND process.args IN ("-enc", "-e") AND user.name IS NOT NULL',
    '    AND KQL("""event.action:start and',
    '      host.os.type:windows""") AND kql("a:\\"b\\" and c:d\\\\:e")'
  ].join('\n')
  const r = parseEsql(src(query, { line: 10, column: 10 }))

  it('puts each predicate on its value, in file coordinates', () => {
    expect(brief(r.diagnostics)).toEqual([])
    expect(predicates(r.expr as Expr).map(x => [x.field, x.value, x.pos.line, x.pos.column])).toEqual([
      ['process.name', 'cmd.exe', 11, 25],
      ['process.args', '-enc', 12, 26],
      ['process.args', '-e', 12, 34],
      ['user.name', null, 12, 44],
      ['event.action', 'start', 13, 29],
      ['host.os.type', 'windows', 14, 20],
      // inside a "..." string: escapes are counted as written
      ['a', 'b', 14, 43],
      ['c', 'd:e', 14, 55]
    ])
  })

  it('positions diagnostics in file coordinates', () => {
    const bad = parseEsql(src('FROM a\n| WHERE x == 1 AND y ==', { line: 10, column: 10 }))
    expect(brief(bad.diagnostics)).toEqual([error('esql/syntax', 11, 24)])
    const kql = parseEsql(src('FROM a\n| WHERE kql("a:(b")', { line: 10, column: 10 }))
    expect(brief(kql.diagnostics)).toEqual([error('kql/unbalanced-parens', 11, 16)])
  })
})

const FIXTURES = [
  [
    'from logs-endpoint.events.process-* metadata _id, _version, _index',
    '| where host.os.type == "windows" and event.type == "start"',
    '  and process.name in ("cmd.exe", "powershell.exe") and not process.args like "*-enc*"',
    '  and KQL("""process.parent.name:(a or b)""") and to_lower(user.name) rlike ".*adm.*"',
    '// a comment | with a pipe',
    '| eval Esql.x = concat(a, "|", b) /* and | another */',
    '| dissect msg "%{a} %{b}"',
    '| where Esql.x is not null and a == "1"',
    '| stats n = count(*) by host.id',
    '| where n > 5',
    '| keep n'
  ].join('\n'),
  'FROM a | WHERE x == """raw "q" \\ |""" AND y IN (1, 2.5, -3) AND z =~ "x" AND cidr_match(ip, "10.0.0.0/8") | LIMIT 10'
]

describe('ES|QL: robustness', () => {
  const queries = [...FIXTURES, ...sample(corpusQueries('esql'), 30).map(q => q.text)]

  it('survives truncation at many offsets', () => {
    const runs = fuzzTruncations(queries, parseEsql)
    expect(runs).toBeGreaterThan(100)
  })

  it('survives deterministic mutations', () => {
    const runs = fuzzMutations(queries, parseEsql, 0xe5c1, 100)
    expect(runs).toBeGreaterThan(150)
  })

  it('survives deep nesting and long inputs', () => {
    fuzzCheck('FROM a | WHERE ' + 'NOT '.repeat(5000) + 'x == 1', parseEsql)
    fuzzCheck('FROM a | WHERE ' + 'f('.repeat(5000), parseEsql)
    fuzzCheck('FROM a | WHERE x IN (' + '['.repeat(5000), parseEsql)
    fuzzCheck('|'.repeat(5000), parseEsql)
    const long = 'FROM a | WHERE ' + Array.from({ length: 20000 }, (_, i) => `f${i} == "v${i}"`).join(' OR ')
    const t0 = performance.now()
    expect(predicates(parseEsql(src(long)).expr as Expr)).toHaveLength(20000)
    expect(performance.now() - t0).toBeLessThan(2000)
  })
})

;(hasCorpus ? describe : describe.skip)('ES|QL: the Elastic corpus', () => {
  const queries = corpusQueries('esql')

  it('reads at least 99.5% of the esql queries without an error', () => {
    expect(queries.length).toBeGreaterThan(150)
    const failures: string[] = []
    const t0 = performance.now()
    for (const q of queries) {
      const r = parseEsql(src(q.text, q.start))
      const errors = r.diagnostics.filter(d => d.severity === 'error')
      if (errors.length > 0 || r.indices.length === 0 || r.stages[0] !== 'FROM')
        failures.push(
          `${q.file}: ${errors.map(d => `${d.line}:${d.column} ${d.code} ${d.message}`).join('; ')}`
        )
    }
    const ms = performance.now() - t0
    if (failures.length > 0) console.log(`ES|QL failures (${failures.length}):\n${failures.join('\n')}`)
    console.log(
      `ES|QL: ${queries.length - failures.length}/${queries.length} queries read in ${ms.toFixed(0)} ms`
    )
    expect(failures.length).toBeLessThanOrEqual(Math.floor(queries.length * 0.005))
  })

  it('gives every query with a WHERE before STATS an expression', () => {
    for (const q of queries) {
      const r = parseEsql(src(q.text, q.start))
      const firstAgg = r.stages.findIndex(s => s === 'STATS' || s === 'INLINE STATS')
      const wheres = r.stages.slice(0, firstAgg === -1 ? undefined : firstAgg).includes('WHERE')
      expect([q.file, r.expr !== null]).toEqual([q.file, wheres])
    }
  })
})
