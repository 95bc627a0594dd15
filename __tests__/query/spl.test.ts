/**
 * The SPL reader, construct by construct: the exact tree (positions stripped) and the exact
 * diagnostics of each input.
 */
import { describe, expect, it } from '@jest/globals'
import type { Diagnostic, Expr, Op, Predicate } from '../../src/ir.js'
import { parseSpl, type MacroDefinition, type SplResult } from '../../src/query/spl/index.js'
import { verbatimSource } from '../../src/query/source.js'
import { expandMacros } from '../../src/query/spl/macros.js'

/** Definitions by name (`name/2` to give a second arity its own key). */
type Macros = Record<string, string | { args: string[]; definition: string }>

function spl(text: string, macros: Macros = {}): SplResult {
  const defs = new Map<string, MacroDefinition>()
  for (const [key, d] of Object.entries(macros)) {
    const name = key.split('/')[0]
    const def = typeof d === 'string' ? { name, args: [], definition: d } : { name, ...d }
    defs.set(`${name}/${def.args.length}`, def)
  }
  return parseSpl(verbatimSource('q.yml', text, { line: 1, column: 1 }), {
    lookup: (name, arity) => defs.get(`${name}/${arity}`),
    isExclusionHook: name => name.endsWith('_filter')
  })
}

/** Removes `pos` from every node. */
function strip(e: Expr | null): unknown {
  if (e === null) return null
  switch (e.kind) {
    case 'pred':
    case 'opaque': {
      const rest: Record<string, unknown> = { ...e }
      delete rest.pos
      return rest
    }
    case 'not':
      return { kind: 'not', child: strip(e.child) }
    case 'and':
    case 'or':
      return { kind: e.kind, children: e.children.map(strip) }
  }
}

interface Extra {
  field?: string
  cs?: boolean
  derived?: boolean
  flags?: string
}

function pr(sourceField: string | null, op: Op, value: string | null, x: Extra = {}): Predicate {
  const p: Record<string, unknown> = {
    kind: 'pred',
    field: x.field ?? sourceField,
    sourceField,
    op,
    value,
    caseSensitive: x.cs ?? false
  }
  if (x.flags) p.flags = x.flags
  if (x.derived) p.derived = true
  return p as unknown as Predicate
}

const eq = (f: string, v: string, x?: Extra): Predicate => pr(f, 'eq', v, x)
const wc = (f: string, v: string, x?: Extra): Predicate => pr(f, 'wildcard', v, x)
const kw = (v: string, x?: Extra): Predicate => pr(null, 'keyword', v, x)
const all = (...children: unknown[]): unknown => ({ kind: 'and', children })
const any = (...children: unknown[]): unknown => ({ kind: 'or', children })
const not = (child: unknown): unknown => ({ kind: 'not', child })
const opaque = (text: string, reason: string): unknown => ({ kind: 'opaque', text, reason })
const w = (f: string, v: string, x: Extra = {}): Predicate => eq(f, v, { cs: true, ...x })

type Brief = Pick<Diagnostic, 'severity' | 'code' | 'line' | 'column'>

function brief(r: SplResult): Brief[] {
  return r.diagnostics.map(({ severity, code, line, column }) => ({ severity, code, line, column }))
}

/** The tree of a search that must read without diagnostics. */
function tree(text: string, macros?: Macros): unknown {
  const r = spl(text, macros)
  expect(r.diagnostics).toEqual([])
  return strip(r.expr)
}

describe('SPL search expressions', () => {
  const cases: Array<[string, unknown]> = [
    ['a=b', eq('a', 'b')],
    ['a="x y"', eq('a', 'x y')],
    ['a=b c=d', all(eq('a', 'b'), eq('c', 'd'))],
    ['a=b AND c=d', all(eq('a', 'b'), eq('c', 'd'))],
    ['a=b OR c=d', any(eq('a', 'b'), eq('c', 'd'))],
    // OR binds tighter than AND in the search command.
    ['a=b c=d OR e=f', all(eq('a', 'b'), any(eq('c', 'd'), eq('e', 'f')))],
    ['a=b OR c=d e=f', all(any(eq('a', 'b'), eq('c', 'd')), eq('e', 'f'))],
    ['NOT a=b', not(eq('a', 'b'))],
    ['NOT a=b OR c=d', any(not(eq('a', 'b')), eq('c', 'd'))],
    ['NOT (a=b c=d)', not(all(eq('a', 'b'), eq('c', 'd')))],
    ['a!=b', not(eq('a', 'b'))],
    ['(a=b OR c=d) e=f', all(any(eq('a', 'b'), eq('c', 'd')), eq('e', 'f'))],
    ['((a=b))', eq('a', 'b')],
    ['a IN (x, "y z", w*)', any(eq('a', 'x'), eq('a', 'y z'), wc('a', 'w*'))],
    ['a IN ("x","y")', any(eq('a', 'x'), eq('a', 'y'))],
    ['a IN (x)', eq('a', 'x')],
    ['"a b" IN (x, y)', any(eq('a b', 'x'), eq('a b', 'y'))],
    ['NOT a IN (x, y)', not(any(eq('a', 'x'), eq('a', 'y')))],
    ['a=*', pr('a', 'exists', null)],
    ['a=x*', wc('a', 'x*')],
    ['a=**x', wc('a', '*x')],
    // Backslashes: `\\` is one, `\"` a quote, any other stays; `*` stays a wildcard.
    ['path="C:\\\\Users\\\\*"', wc('path', 'C:\\Users\\\\*')],
    ['path=C:\\\\Windows\\\\*.exe', wc('path', 'C:\\Windows\\\\*.exe')],
    ['path="C:\\Windows\\x"', eq('path', 'C:\\Windows\\x')],
    ['cmd="say \\"hi\\""', eq('cmd', 'say "hi"')],
    ['a="*\\\\"', wc('a', '*\\\\')],
    // `?` is not a wildcard in SPL.
    ['url=*x?y*', wc('url', '*x\\?y*')],
    ['count>5', pr('count', 'gt', '5')],
    ['count>=5 n<2 m<=3', all(pr('count', 'gte', '5'), pr('n', 'lt', '2'), pr('m', 'lte', '3'))],
    ['ip=10.0.0.0/8', pr('ip', 'cidr', '10.0.0.0/8')],
    ['foo', kw('foo')],
    ['"web error"', kw('web error')],
    ['foo*bar', kw('foo*bar')],
    ['TERM(10.0.0.1)', kw('10.0.0.1')],
    ['CASE(Foo)', kw('Foo', { cs: true })],
    ['*', null],
    ['* a=b', eq('a', 'b')],
    ['a=b OR *', null],
    ['process=*--type=renderer*', wc('process', '*--type=renderer*')],
    ['name=foo(1).exe', eq('name', 'foo(1).exe')],
    ['(name=foo(1).exe)', eq('name', 'foo(1).exe')],
    ['f=x, g=y', all(eq('f', 'x,'), eq('g', 'y'))],
    ['a= b', eq('a', 'b')],
    ['a = "b"', eq('a', 'b')],
    ['"DNS.query"="*.arpa"', wc('DNS.query', '*.arpa')],
    [
      'a=b NOT [| inputlookup x | fields a]',
      all(eq('a', 'b'), not(opaque('[| inputlookup x | fields a]', 'a subsearch is not read')))
    ],
    ['_time>=relative_time(now(), "-1d")', pr('_time', 'gte', 'relative_time(now(), -1d)')]
  ]
  it.each(cases)('%s', (text, expected) => {
    expect(tree(text)).toEqual(expected)
  })

  it('keeps data-source selectors out of the tree and returns them', () => {
    const r = spl('index=main (sourcetype=a OR source="b c") NOT eventtype=x EventCode=1 Channel=security')
    expect(r.diagnostics).toEqual([])
    expect(strip(r.expr)).toEqual(eq('EventCode', '1'))
    expect(r.selectors.map(s => `${s.sourceField}=${s.value}`)).toEqual([
      'index=main',
      'sourcetype=a',
      'source=b c',
      'Channel=security'
    ])
  })

  it('drops time modifiers', () => {
    const r = spl('earliest=-24h latest=now a=b starthoursago=168')
    expect(r.diagnostics).toEqual([])
    expect(strip(r.expr)).toEqual(eq('a', 'b'))
    expect(r.selectors).toEqual([])
  })

  it('warns about a lowercase IN, read as words as Splunk does', () => {
    const r = spl('a in (x)')
    expect(strip(r.expr)).toEqual(all(kw('a'), kw('in'), kw('x')))
    expect(brief(r)).toEqual([{ severity: 'warning', code: 'spl/lowercase-operator', line: 1, column: 3 }])
  })

  it('keeps a selector that shares an OR with a real condition', () => {
    expect(tree('sourcetype=a OR process=x')).toEqual(any(eq('sourcetype', 'a'), eq('process', 'x')))
  })

  it('reads lowercase boolean operators as words, with a warning', () => {
    const r = spl('a=b and c=d')
    expect(strip(r.expr)).toEqual(all(eq('a', 'b'), kw('and'), eq('c', 'd')))
    expect(brief(r)).toEqual([{ severity: 'warning', code: 'spl/lowercase-operator', line: 1, column: 5 }])
  })

  // Any case other than all-uppercase is a word to Splunk: `Or`, `Not`, `In` warn like `or`.
  const mixedCase: Array<[string, unknown, number]> = [
    ['a=b Or c=d', all(eq('a', 'b'), kw('Or'), eq('c', 'd')), 5],
    ['Not a=b', all(kw('Not'), eq('a', 'b')), 1],
    ['a=b aNd c=d', all(eq('a', 'b'), kw('aNd'), eq('c', 'd')), 5],
    ['a In (x)', all(kw('a'), kw('In'), kw('x')), 3]
  ]
  it.each(mixedCase)('warns about the mixed-case operator in %j', (text, expected, column) => {
    const r = spl(text)
    expect(strip(r.expr)).toEqual(expected)
    expect(brief(r)).toEqual([{ severity: 'warning', code: 'spl/lowercase-operator', line: 1, column }])
  })

  const errors: Array<[string, unknown, Brief[]]> = [
    ['a=b)', eq('a', 'b'), [{ severity: 'error', code: 'spl/syntax', line: 1, column: 4 }]],
    ['(a=b', eq('a', 'b'), [{ severity: 'error', code: 'spl/syntax', line: 1, column: 1 }]],
    [
      'a= OR b=c',
      any(opaque('a=', 'a comparison without a value'), eq('b', 'c')),
      [{ severity: 'error', code: 'spl/syntax', line: 1, column: 2 }]
    ],
    ['a="abc', eq('a', 'abc'), [{ severity: 'error', code: 'spl/syntax', line: 1, column: 3 }]],
    ['a=b OR', eq('a', 'b'), [{ severity: 'error', code: 'spl/syntax', line: 1, column: 5 }]],
    ['AND a=b', eq('a', 'b'), [{ severity: 'error', code: 'spl/syntax', line: 1, column: 1 }]],
    ['NOT', null, [{ severity: 'error', code: 'spl/syntax', line: 1, column: 1 }]],
    [
      '=b c=d',
      all(opaque('=b', 'a comparison without a field'), eq('c', 'd')),
      [{ severity: 'error', code: 'spl/syntax', line: 1, column: 1 }]
    ],
    [
      'a IN () b=c',
      all(opaque('a IN (', 'an empty IN list'), eq('b', 'c')),
      [{ severity: 'error', code: 'spl/syntax', line: 1, column: 1 }]
    ],
    [
      'a IN (x, y',
      any(eq('a', 'x'), eq('a', 'y')),
      [{ severity: 'error', code: 'spl/syntax', line: 1, column: 6 }]
    ],
    ['()', null, [{ severity: 'error', code: 'spl/syntax', line: 1, column: 1 }]],
    ['', null, [{ severity: 'error', code: 'spl/empty-search', line: 1, column: 1 }]]
  ]
  it.each(errors)('recovers from %j', (text, expected, diags) => {
    const r = spl(text)
    expect(strip(r.expr)).toEqual(expected)
    expect(brief(r)).toEqual(diags)
  })
})

describe('SPL first stages', () => {
  it('reads tstats: data model, CIM fields, the where clause, by fields', () => {
    const r = spl(
      '| tstats count min(_time) as firstTime from datamodel=Endpoint.Processes where Processes.process_name=cmd.exe Processes.process="*/c*" by Processes.dest Processes.user'
    )
    expect(r.diagnostics).toEqual([])
    expect(r.firstCommand).toBe('tstats')
    expect(r.dataModel).toBe('Endpoint.Processes')
    expect(strip(r.expr)).toEqual(
      all(
        eq('Processes.process_name', 'cmd.exe', { field: 'process_name' }),
        wc('Processes.process', '*/c*', { field: 'process' })
      )
    )
  })

  it('reads WHERE and BY in any case, nested datasets, nodename', () => {
    const r = spl(
      '| tstats count FROM datamodel=Network_Resolution WHERE nodename=DNS "DNS.reply_code"!="NoError" DNS.query=*.* BY "DNS.src"'
    )
    expect(r.diagnostics).toEqual([])
    expect(r.dataModel).toBe('Network_Resolution')
    expect(strip(r.expr)).toEqual(
      all(
        not(eq('DNS.reply_code', 'NoError', { field: 'reply_code' })),
        wc('DNS.query', '*.*', { field: 'query' })
      )
    )
  })

  it('strips the root dataset of a data model named alone', () => {
    expect(
      tree(
        '| tstats count from datamodel=Network_Traffic where All_Traffic.dest_port=3389 by All_Traffic.src'
      )
    ).toEqual(eq('All_Traffic.dest_port', '3389', { field: 'dest_port' }))
  })

  it('reads tstats without a where clause', () => {
    const r = spl('| tstats count from datamodel=Web by Web.url | where count > 5')
    expect(r.dataModel).toBe('Web')
    expect(strip(r.expr)).toEqual(pr('count', 'gt', '5', { cs: true, derived: true }))
  })

  it('reads | from datamodel and its later search', () => {
    const r = spl('| from datamodel Web.Web | search Web.url="*jndi*"')
    expect(r.diagnostics).toEqual([])
    expect([r.firstCommand, r.dataModel]).toEqual(['from', 'Web.Web'])
    expect(strip(r.expr)).toEqual(wc('Web.url', '*jndi*', { field: 'url' }))
    expect(spl('| from datamodel:"Risk.All_Risk" | search All_Risk.risk_score>80').dataModel).toBe(
      'Risk.All_Risk'
    )
  })

  it('reads mstats', () => {
    const r = spl(
      '| mstats count(x) as c where index=metrics AND process.name IN ("sh","bash") by host span=10s'
    )
    expect(r.firstCommand).toBe('mstats')
    expect(strip(r.expr)).toEqual(any(eq('process.name', 'sh'), eq('process.name', 'bash')))
    expect(r.selectors.map(s => s.value)).toEqual(['metrics'])
  })

  it('marks every field of a search over a lookup as derived', () => {
    expect(tree('| inputlookup users.csv | search user=bob')).toEqual(eq('user', 'bob', { derived: true }))
  })

  it('reads an explicit first search', () => {
    expect(tree('search a=b | search c=d')).toEqual(all(eq('a', 'b'), eq('c', 'd')))
    expect(tree('| search a=b')).toEqual(eq('a', 'b'))
  })
})

describe('SPL where expressions', () => {
  const cases: Array<[string, unknown]> = [
    ['a="x"', w('a', 'x')],
    ['a=="x*"', w('a', 'x*')],
    ['"x"=a', w('a', 'x')],
    ['a!="x"', not(w('a', 'x'))],
    ['a<>"x"', not(w('a', 'x'))],
    ['n > 5', pr('n', 'gt', '5', { cs: true })],
    ['5 < n', pr('n', 'gt', '5', { cs: true })],
    ['n <= -1.5', pr('n', 'lte', '-1.5', { cs: true })],
    ['a=b', pr('a', 'fieldref', 'b', { cs: true })],
    ["a='b c'", pr('a', 'fieldref', 'b c', { cs: true })],
    ['a!=b', not(pr('a', 'fieldref', 'b', { cs: true }))],
    ['like(a, "%x_")', wc('a', '*x?', { cs: true })],
    ['a LIKE "abc"', w('a', 'abc')],
    ['LIKE (a, "%*%")', wc('a', '*\\**', { cs: true })],
    // A run of `%` is one `*`, as the search language's `**` is.
    ['like(a, "%%x%%%")', wc('a', '*x*', { cs: true })],
    ['like(a, "C:\\\\%%\\\\_%")', wc('a', 'C:\\\\*\\\\?*', { cs: true })],
    ['match(a, "^foo\\\\d")', pr('a', 'regex', '^foo\\d', { cs: true })],
    ['match(a, "(?i)^foo")', pr('a', 'regex', '^foo', { flags: 'i' })],
    [
      'isnull(a) OR isnotnull(b)',
      any(pr('a', 'null', null, { cs: true }), pr('b', 'exists', null, { cs: true }))
    ],
    ['cidrmatch("10.0.0.0/8", ip)', pr('ip', 'cidr', '10.0.0.0/8', { cs: true })],
    ['a IN ("x", "y")', any(w('a', 'x'), w('a', 'y'))],
    ['in(a, "x", 1)', any(w('a', 'x'), w('a', '1'))],
    ['NOT a="x"', not(w('a', 'x'))],
    ['NOT match(a, "x")', not(pr('a', 'regex', 'x', { cs: true }))],
    // AND binds tighter than OR in `where`.
    ['a="x" OR b="y" AND c="z"', any(w('a', 'x'), all(w('b', 'y'), w('c', 'z')))],
    ['a="x" and (b="y" or c="z")', all(w('a', 'x'), any(w('b', 'y'), w('c', 'z')))],
    ['len(a) > 10', opaque('len(a) > 10', 'a comparison that is not between a field and a value')],
    [
      'a > relative_time(now(), "-1d")',
      opaque('a > relative_time(now(), "-1d")', 'a comparison that is not between a field and a value')
    ],
    ['a XOR b', opaque('a XOR b', 'an eval expression that is not a condition on a field')],
    ['searchmatch("x")', opaque('searchmatch("x")', 'searchmatch() is not read as a condition')],
    ['x', opaque('x', 'an eval expression that is not a condition on a field')]
  ]
  it.each(cases)('| where %s', (text, expected) => {
    // The stages' conditions are one conjunction: a top-level AND is spliced into it.
    const tail =
      (expected as { kind: string }).kind === 'and'
        ? (expected as { children: unknown[] }).children
        : [expected]
    expect(tree(`a=1 | where ${text}`)).toEqual(all(eq('a', '1'), ...tail))
  })

  const errors: Array<[string, string, Brief[]]> = [
    ['(a="x"', '(a="x"', [{ severity: 'error', code: 'spl/syntax', line: 1, column: 13 }]],
    ['a="x" AND', 'a="x" AND', [{ severity: 'error', code: 'spl/syntax', line: 1, column: 22 }]],
    ['a ; b', 'a ; b', [{ severity: 'error', code: 'spl/syntax', line: 1, column: 15 }]],
    ['', '', [{ severity: 'error', code: 'spl/syntax', line: 1, column: 13 }]]
  ]
  it.each(errors)('reports `| where %s` and keeps it opaque', (text, kept, diags) => {
    const r = spl(`a=1 | where ${text}`)
    expect(brief(r)).toEqual(diags)
    const tail = (strip(r.expr) as { children: Array<{ kind: string; text: string }> }).children[1]
    expect([tail.kind, tail.text]).toEqual(['opaque', kept])
  })
})

describe('SPL later stages', () => {
  it('marks fields an eval computes as derived', () => {
    expect(tree('a=1 | eval y=lower(x), "z"=1 | where y="a" AND z=1 AND x="b"')).toEqual(
      all(eq('a', '1'), w('y', 'a', { derived: true }), w('z', '1', { derived: true }), w('x', 'b'))
    )
  })

  it('keeps only the by fields after stats; aggregations are derived', () => {
    expect(
      tree(
        'a=1 | stats count dc(x) as n by user, host | where count > 5 AND n>1 AND user="bob" AND other="c"'
      )
    ).toEqual(
      all(
        eq('a', '1'),
        pr('count', 'gt', '5', { cs: true, derived: true }),
        pr('n', 'gt', '1', { cs: true, derived: true }),
        w('user', 'bob'),
        w('other', 'c', { derived: true })
      )
    )
  })

  // Without OUTPUT a lookup adds every column of its table: a field first named after it may
  // be one of them (derived); the fields named before it, its inputs included, stay the events'.
  const lookupAll: Array<[string, unknown]> = [
    [
      'EventCode=7045 | lookup ut_shannon_lookup word as Service_Name | where ut_shannon > 3',
      all(eq('EventCode', '7045'), pr('ut_shannon', 'gt', '3', { cs: true, derived: true }))
    ],
    [
      'a=1 | lookup update=true t k AS user, host | search user=bob host=h EventCode=1 score>5',
      all(
        eq('a', '1'),
        eq('user', 'bob'),
        eq('host', 'h'),
        eq('EventCode', '1', { derived: true }),
        pr('score', 'gt', '5', { derived: true })
      )
    ],
    [
      'a=1 | lookup t k AS user OUTPUT v | search v=1 b=2',
      all(eq('a', '1'), eq('v', '1', { derived: true }), eq('b', '2'))
    ]
  ]
  it.each(lookupAll)('reads the fields after %j', (text, expected) => {
    expect(tree(text)).toEqual(expected)
  })

  it('follows rename, rex, lookup, iplocation and eventstats', () => {
    expect(
      tree(
        'a=1 | stats count by user | rename user as u | rex field=u "(?<dom>\\w+)" | lookup t k OUTPUT v AS w, z | iplocation src | eventstats avg(count) as m | search u=bob dom=x w=1 z=2 Country=FR m>1'
      )
    ).toEqual(
      all(
        eq('a', '1'),
        eq('u', 'bob', { field: 'user' }),
        eq('dom', 'x', { derived: true }),
        eq('w', '1', { derived: true }),
        eq('z', '2', { derived: true }),
        eq('Country', 'FR', { derived: true }),
        pr('m', 'gt', '1', { derived: true })
      )
    )
  })

  it('strips data model prefixes in later stages too, with drop_dm_object_name expanded', () => {
    expect(
      tree(
        '| tstats count from datamodel=Endpoint.Processes by Processes.process_name Processes.dest | `drop_dm_object_name(Processes)` | search process_name!=x Processes.dest=y',
        { drop_dm_object_name: { args: ['object'], definition: 'rename $object$.* AS *' } }
      )
    ).toEqual(all(not(eq('process_name', 'x')), eq('Processes.dest', 'y', { field: 'dest' })))
  })

  it('reads | regex as a case-sensitive regex (without (?i)), != as its negation', () => {
    expect(tree('a=1 | regex process="net\\s+use" | regex user!="^svc"')).toEqual(
      all(
        eq('a', '1'),
        pr('process', 'regex', 'net\\s+use', { cs: true }),
        not(pr('user', 'regex', '^svc', { cs: true }))
      )
    )
  })

  // A leading inline flag group is read as `match()` reads it: `(?i)` makes it case-insensitive.
  const regexFlags: Array<[string, unknown]> = [
    ['| regex process="(?i)net\\s+use"', pr('process', 'regex', 'net\\s+use', { flags: 'i' })],
    ['| regex user!="(?si)^svc"', not(pr('user', 'regex', '^svc', { flags: 'is' }))],
    ['| regex process="(?m)^a"', pr('process', 'regex', '^a', { cs: true, flags: 'm' })],
    ['| regex "(?i)mimikatz"', pr('_raw', 'regex', 'mimikatz', { flags: 'i' })],
    ['| regex process="a(?i)b"', pr('process', 'regex', 'a(?i)b', { cs: true })]
  ]
  it.each(regexFlags)('reads the inline flags of %j', (text, expected) => {
    expect(tree(`a=1 ${text}`)).toEqual(all(eq('a', '1'), expected))
  })

  it('keeps an inner join as opaque; an outer one adds nothing', () => {
    expect(tree('a=1 | join user [search b=2]')).toEqual(
      all(eq('a', '1'), opaque('join user [search b=2]', 'an inner join with a subsearch'))
    )
    expect(tree('a=1 | join type=outer user [search b=2]')).toEqual(eq('a', '1'))
  })

  it('records the stages, pipes in quotes and subsearches aside', () => {
    const r = spl('a="x|y" | eval b=if(c, "|", "") | join d [search e=1 | stats count] | table a b')
    expect(r.stages.map(s => s.command)).toEqual(['search', 'eval', 'join', 'table'])
    expect(r.diagnostics).toEqual([])
  })

  it('reports unknown commands and empty stages', () => {
    const r = spl('a=1 | frobnicate x | | stats count')
    expect(r.stages.map(s => s.command)).toEqual(['search', 'frobnicate', '', 'stats'])
    expect(brief(r)).toEqual([
      { severity: 'notice', code: 'spl/unknown-command', line: 1, column: 7 },
      { severity: 'warning', code: 'spl/empty-stage', line: 1, column: 20 }
    ])
  })
})

describe('SPL macros', () => {
  it('expands a macro; its predicates sit on the call', () => {
    const r = spl('x=1\n  `m` y=2', { m: 'a=1 OR b=2' })
    expect(r.diagnostics).toEqual([])
    expect(strip(r.expr)).toEqual(all(eq('x', '1'), any(eq('a', '1'), eq('b', '2')), eq('y', '2')))
    const p = (r.expr as { children: Array<Expr> }).children
    expect((p[1] as { children: Predicate[] }).children.map(c => c.pos)).toEqual([
      { line: 2, column: 3 },
      { line: 2, column: 3 }
    ])
    expect((p[2] as Predicate).pos).toEqual({ line: 2, column: 9 })
    expect(r.macros).toEqual(['m'])
  })

  it('substitutes arguments, quotes included', () => {
    expect(tree('`m(process, "a b")`', { m: { args: ['f', 'v'], definition: '$f$=$v$ $f$!=$f$' } })).toEqual(
      all(eq('process', 'a b'), not(eq('process', 'process')))
    )
  })

  it('tells macros apart by their number of arguments', () => {
    expect(tree('`m` `m(x)`', { m: 'a=1', 'm/1': { args: ['f'], definition: '$f$=2' } })).toEqual(
      all(eq('a', '1'), eq('x', '2'))
    )
  })

  it('expands nested macros', () => {
    const r = spl('`outer`', { outer: '`inner(c)` d=4', inner: { args: ['f'], definition: '$f$=3' } })
    expect(strip(r.expr)).toEqual(all(eq('c', '3'), eq('d', '4')))
    expect(r.macros).toEqual(['outer', 'inner'])
  })

  it('guards against a cycle', () => {
    const r = spl('a=1 `m`', { m: 'b=2 `n`', n: '`m`' })
    expect(brief(r)).toEqual([{ severity: 'warning', code: 'spl/macro-cycle', line: 1, column: 5 }])
    expect(strip(r.expr)).toEqual(
      all(eq('a', '1'), eq('b', '2'), opaque('`m`', 'a macro that could not be expanded'))
    )
    expect(r.diagnostics[0].message).toBe(
      'macro `m` expands into itself (m → n → m); the inner call is kept unexpanded'
    )
  })

  it('keeps an undefined macro, with a notice', () => {
    const r = spl('a=1 `nope(x)`')
    expect(brief(r)).toEqual([{ severity: 'notice', code: 'spl/undefined-macro', line: 1, column: 5 }])
    expect(strip(r.expr)).toEqual(
      all(eq('a', '1'), opaque('`nope(x)`', 'a macro that could not be expanded'))
    )
    expect(r.undefinedMacros).toEqual(['nope'])
  })

  it('expands no macro inside a quoted string, and drops ``` comments ```', () => {
    expect(tree('a="`m`" ```note: `m` here``` b=2', { m: 'x=1' })).toEqual(all(eq('a', '`m`'), eq('b', '2')))
  })

  it('reports an unclosed macro call', () => {
    expect(brief(spl('a=1 `m'))).toEqual([
      { severity: 'error', code: 'spl/unterminated-macro', line: 1, column: 5 },
      { severity: 'error', code: 'spl/syntax', line: 1, column: 5 }
    ])
  })

  it('stops at the depth limit', () => {
    const macros: Macros = {}
    for (let i = 0; i < 40; i++) macros[`m${i}`] = `\`m${i + 1}\``
    macros.m40 = 'a=1'
    const r = spl('`m0`', macros)
    expect(brief(r)).toEqual([{ severity: 'warning', code: 'spl/macro-limit', line: 1, column: 1 }])
    expect(r.diagnostics[0].message).toBe('macro calls nest deeper than 32; `m32` is kept unexpanded')
  })

  it('stops a macro bomb', () => {
    const macros: Macros = { m20: '' }
    for (let i = 0; i < 20; i++) macros[`m${i}`] = `\`m${i + 1}\``.repeat(10)
    const r = spl('a=1 `m0`', macros)
    expect(brief(r)).toEqual([{ severity: 'warning', code: 'spl/macro-limit', line: 1, column: 1 }])
    expect(r.diagnostics[0].message).toBe(
      "the search's macros expand into more than 100000 macro calls; later calls are kept unexpanded"
    )
    expect(strip(r.expr)).toEqual(eq('a', '1'))
  })

  it("turns an exclusion hook's conditions into exclusions", () => {
    const r = spl('a=1 | `r_filter`', { r_filter: 'search NOT b=2 c!=3 d=4' })
    expect(r.diagnostics).toEqual([])
    expect(strip(r.expr)).toEqual(
      all(eq('a', '1'), not(eq('b', '2')), not(eq('c', '3')), not(not(eq('d', '4'))))
    )
    expect(r.exclusionHooks).toEqual([{ name: 'r_filter', defined: true, pos: { line: 1, column: 7 } }])
  })

  it('records an exclusion hook without a definition, with no notice', () => {
    const r = spl('a=1 | `r_filter`')
    expect(r.diagnostics).toEqual([])
    expect(r.exclusionHooks).toEqual([{ name: 'r_filter', defined: false, pos: { line: 1, column: 7 } }])
  })

  it('maps every expanded character to its origin', () => {
    const e = expandMacros('ab `m(x)` c', (name, arity) =>
      name === 'm' && arity === 1 ? { name, args: ['v'], definition: '[$v$]' } : undefined
    )
    expect(e.text).toBe('ab [x] c')
    expect([...e.origin]).toEqual([0, 1, 2, 3, 3, 3, 9, 10, 11])
    expect(e.expansions).toEqual([
      { name: 'm', args: ['x'], callStart: 3, callEnd: 9, start: 3, end: 6, depth: 0, builtin: false }
    ])
  })
})

describe('SPL positions', () => {
  it('puts each predicate on the line and column of its value', () => {
    const r = spl('a=1\n  b="x"\n    | where c="y"')
    const ps = (r.expr as { children: Predicate[] }).children.map(p => p.pos)
    expect(ps).toEqual([
      { line: 1, column: 3 },
      { line: 2, column: 5 },
      { line: 3, column: 15 }
    ])
  })
})
