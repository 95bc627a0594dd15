import { describe, expect, it } from '@jest/globals'
import { parseEql } from '../../src/query/eql/index.js'
import { verbatimSource } from '../../src/query/source.js'
import type { Expr, JsonValue, Query } from '../../src/ir.js'
import {
  all,
  any,
  brief,
  eqI,
  eqS,
  not,
  opaque,
  p,
  stripPos,
  stripQueries,
  wcI,
  wcS
} from '../elastic/helpers.js'
import type { Brief } from '../elastic/helpers.js'

/** Parses `text` as if it started at line 1, column 1 of a file. */
function eql(text: string) {
  return parseEql(verbatimSource('rule.toml', text, { line: 1, column: 1 }))
}

/** The one tree of a `process where <condition>` query, which must parse without diagnostics. */
function where(condition: string): Expr {
  const r = eql(`process where ${condition}`)
  expect(r.diagnostics).toEqual([])
  expect(r.queries).toHaveLength(1)
  expect(r.queries[0].label).toBe('')
  return stripPos(r.queries[0].expr)
}

const err = (line: number, column: number, code = 'eql/syntax'): Brief => ({
  severity: 'error',
  code,
  line,
  column
})

describe('EQL operators and their case semantics', () => {
  const cases: Array<[string, Expr]> = [
    // == is case-sensitive, with no wildcards
    ['process.name == "cmd.exe"', eqS('process.name', 'cmd.exe')],
    ['process.name == "cmd*.exe"', eqS('process.name', 'cmd*.exe')],
    ['process.name != "cmd.exe"', not(eqS('process.name', 'cmd.exe'))],
    // : is case-insensitive; * and ? are wildcards
    ['process.name : "cmd.exe"', eqI('process.name', 'cmd.exe')],
    ['process.name : "cmd*.exe"', wcI('process.name', 'cmd*.exe')],
    ['process.name : "cmd?.exe"', wcI('process.name', 'cmd?.exe')],
    [String.raw`process.executable : "?:\\Windows\\*"`, wcI('process.executable', String.raw`?:\Windows\\*`)],
    [
      String.raw`process.executable : "C:\\Temp\\a.exe"`,
      eqI('process.executable', String.raw`C:\Temp\a.exe`)
    ],
    ['process.name !: "cmd.exe"', not(eqI('process.name', 'cmd.exe'))],
    ['process.name : ("a.exe", "b*")', any(eqI('process.name', 'a.exe'), wcI('process.name', 'b*'))],
    ['process.name : ("a.exe",)', eqI('process.name', 'a.exe')],
    // like: case-sensitive wildcards; like~: insensitive
    ['process.name like "cmd*"', wcS('process.name', 'cmd*')],
    ['process.name like "cmd.exe"', eqS('process.name', 'cmd.exe')],
    ['process.name like~ "cmd*"', wcI('process.name', 'cmd*')],
    ['process.name like~ ("a*", "b")', any(wcI('process.name', 'a*'), eqI('process.name', 'b'))],
    // regex / regex~
    ['process.name regex "cmd\\\\.exe"', p('process.name', 'regex', String.raw`cmd\.exe`, true)],
    ['process.name regex~ "cmd.*"', p('process.name', 'regex', 'cmd.*', false, 'i')],
    [
      'process.name regex~ ("a.*", "b")',
      any(p('process.name', 'regex', 'a.*', false, 'i'), p('process.name', 'regex', 'b', false, 'i'))
    ],
    // in: sensitive; in~: insensitive; values are literal
    ['process.name in ("a.exe", "b*")', any(eqS('process.name', 'a.exe'), eqS('process.name', 'b*'))],
    ['process.name in~ ("a.exe", "B.exe")', any(eqI('process.name', 'a.exe'), eqI('process.name', 'B.exe'))],
    [
      'process.name not in ("a.exe", "b.exe")',
      not(any(eqS('process.name', 'a.exe'), eqS('process.name', 'b.exe')))
    ],
    ['process.name not in~ ("a.exe")', not(eqI('process.name', 'a.exe'))],
    ['process.name in ("a.exe")', eqS('process.name', 'a.exe')],
    ['destination.port in (445, 139)', any(eqS('destination.port', '445'), eqS('destination.port', '139'))],
    [
      'process.name in (process.parent.name, null)',
      any(p('process.name', 'fieldref', 'process.parent.name', true), p('process.name', 'null', null, false))
    ],
    // null, numbers, booleans, ranges
    ['process.parent.name == null', p('process.parent.name', 'null', null, false)],
    ['process.parent.name != null', p('process.parent.name', 'exists', null, false)],
    ['process.pid == 4', eqS('process.pid', '4')],
    ['process.pid > 4', p('process.pid', 'gt', '4', true)],
    ['process.pid >= 4', p('process.pid', 'gte', '4', true)],
    ['process.pid < 4', p('process.pid', 'lt', '4', true)],
    ['process.pid <= -1', p('process.pid', 'lte', '-1', true)],
    ['process.pid > 1.5', p('process.pid', 'gt', '1.5', true)],
    ['4 < process.pid', p('process.pid', 'gt', '4', true)],
    ['"cmd.exe" == process.name', eqS('process.name', 'cmd.exe')],
    ['dll.code_signature.trusted == false', eqS('dll.code_signature.trusted', 'false')],
    // field against field
    ['process.name == process.parent.name', p('process.name', 'fieldref', 'process.parent.name', true)],
    ['process.name : process.parent.name', p('process.name', 'fieldref', 'process.parent.name', false)],
    ['process.name != process.parent.name', not(p('process.name', 'fieldref', 'process.parent.name', true))],
    // optional and escaped field names
    ['?process.name : "a"', eqI('process.name', 'a')],
    [
      '?process.Ext.token.integrity_level_name == "high"',
      eqS('process.Ext.token.integrity_level_name', 'high')
    ],
    [
      '`kubernetes.audit.annotations.authorization_k8s_io/decision` == "forbid"',
      eqS('kubernetes.audit.annotations.authorization_k8s_io/decision', 'forbid')
    ],
    ['?`a b`.c == "x"', eqS('a b.c', 'x')],
    ['winlog.event_data.0 == "x"', eqS('winlog.event_data.0', 'x')],
    ['@timestamp > 5', p('@timestamp', 'gt', '5', true)]
  ]
  it.each(cases)('%s', (condition, expected) => {
    expect(where(condition)).toEqual(expected)
  })
})

describe('EQL functions', () => {
  const cases: Array<[string, Expr]> = [
    ['stringContains(process.command_line, "-enc")', wcS('process.command_line', '*-enc*')],
    ['stringContains~(process.command_line, "-enc")', wcI('process.command_line', '*-enc*')],
    ['stringcontains(process.command_line, "a*b")', wcS('process.command_line', String.raw`*a\*b*`)],
    ['startsWith(process.name, "cmd")', wcS('process.name', 'cmd*')],
    ['startswith~(process.name, "cmd")', wcI('process.name', 'cmd*')],
    ['STARTSWITH(process.name, "cmd")', wcS('process.name', 'cmd*')],
    ['endsWith~(user.name, "$")', wcI('user.name', '*$')],
    [String.raw`endswith(file.path, "\\")`, wcS('file.path', String.raw`*\\`)],
    ['endsWith(?file.name, "a", "b")', any(wcS('file.name', '*a'), wcS('file.name', '*b'))],
    ['cidrmatch(source.ip, "10.0.0.0/8")', p('source.ip', 'cidr', '10.0.0.0/8', false)],
    [
      'cidrMatch(destination.ip, "10.0.0.0/8", "192.168.0.0/16")',
      any(
        p('destination.ip', 'cidr', '10.0.0.0/8', false),
        p('destination.ip', 'cidr', '192.168.0.0/16', false)
      )
    ],
    ['not startsWith(process.name, "a")', not(wcS('process.name', 'a*'))],
    ['stringContains(process.name, "a") == false', not(wcS('process.name', '*a*'))],
    ['stringContains(process.name, "a") == true', wcS('process.name', '*a*')],
    ['length(process.args) > 3', opaque('length(process.args) > 3', 'function `length` not interpreted')],
    [
      'substring(user.name, 0, -1) : "adm"',
      opaque('substring(user.name, 0, -1) : "adm"', 'function `substring` not interpreted')
    ],
    [
      'startswith~(host.name, substring(user.name, 0, -1))',
      opaque('startswith~(host.name, substring(user.name, 0, -1))', 'function `startswith` not interpreted')
    ],
    [
      'stringContains(process.executable, process.name)',
      opaque('stringContains(process.executable, process.name)', 'function `stringContains` not interpreted')
    ],
    [
      'indexOf(process.name, "a") == 0',
      opaque('indexOf(process.name, "a") == 0', 'function `indexOf` not interpreted')
    ],
    [
      'process.name : concat("a", string(process.pid))',
      opaque('process.name : concat("a", string(process.pid))', 'function `concat` not interpreted')
    ],
    ['process.pid + 1 > 2', opaque('process.pid + 1 > 2', 'computed comparison not interpreted')],
    ['true', opaque('true', 'constant condition')],
    ['?process.is_signed', opaque('?process.is_signed', 'a field used as a condition')]
  ]
  it.each(cases)('%s', (condition, expected) => {
    expect(where(condition)).toEqual(expected)
  })

  it('does not mistake built-in object keys for functions', () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      const r = eql(`process where ${name}(process.name, "a")`)
      expect(stripQueries(r.queries)).toEqual([
        { label: '', expr: opaque(`${name}(process.name, "a")`, `function \`${name}\` not interpreted`) }
      ])
      expect(brief(r.diagnostics)).toEqual([
        { severity: 'notice', code: 'eql/unknown-function', line: 1, column: 15 }
      ])
    }
    expect(where('process.name in~ ("constructor", "__proto__")')).toEqual(
      any(eqI('process.name', 'constructor'), eqI('process.name', '__proto__'))
    )
  })

  it('keeps an unknown function as opaque text, with a notice', () => {
    const r = eql('process where myFunc(process.name, "a") and process.pid == 1')
    expect(stripQueries(r.queries)).toEqual([
      {
        label: '',
        expr: all(
          opaque('myFunc(process.name, "a")', 'function `myFunc` not interpreted'),
          eqS('process.pid', '1')
        )
      }
    ])
    expect(brief(r.diagnostics)).toEqual([
      { severity: 'notice', code: 'eql/unknown-function', line: 1, column: 15 }
    ])
  })
})

describe('EQL boolean structure', () => {
  const [A, B, C] = ['a', 'b', 'c'].map(f => eqS(f, '1'))
  const cases: Array<[string, Expr]> = [
    ['a == 1 and b == 1', all(A, B)],
    ['a == 1 or b == 1 and c == 1', any(A, all(B, C))],
    ['a == 1 and b == 1 or c == 1', any(all(A, B), C)],
    ['not a == 1 and b == 1', all(not(A), B)],
    ['not (a == 1 or b == 1)', not(any(A, B))],
    ['not not a == 1', not(not(A))],
    ['(a == 1 or b == 1) and c == 1', all(any(A, B), C)],
    ['a == 1 and (b == 1 and c == 1)', all(A, B, C)],
    ['((a == 1))', A],
    ['a == 1 and not (b == 1 or c == 1)', all(A, not(any(B, C)))],
    ['a == 1 /* inline */ and // to the end of the line\n b == 1', all(A, B)],
    ['a == 1 and\n/* multi\nline */\nb == 1', all(A, B)]
  ]
  it.each(cases)('%j', (condition, expected) => {
    expect(where(condition)).toEqual(expected)
  })
})

describe('EQL strings', () => {
  const cases: Array<[string, string]> = [
    [String.raw`"C:\\Windows"`, String.raw`C:\Windows`],
    [String.raw`"say \"hi\""`, 'say "hi"'],
    [String.raw`"a\nb\tc\rd"`, 'a\nb\tc\rd'],
    [String.raw`"it\'s"`, "it's"],
    [String.raw`"\u{41}\u{1F600}"`, 'A\u{1F600}'],
    [`'single'`, 'single'],
    [String.raw`"""C:\Windows\"quoted" """`, String.raw`C:\Windows\"quoted" `],
    [String.raw`"""a""""`, 'a"'],
    [String.raw`?"C:\raw"`, String.raw`C:\raw`]
  ]
  it.each(cases)('%s', (literal, value) => {
    expect(where(`file.path == ${literal}`)).toEqual(eqS('file.path', value))
  })

  it('reads raw strings verbatim, wildcards included', () => {
    expect(where(String.raw`file.path : """C:\Windows\*.dll"""`)).toEqual(
      wcI('file.path', String.raw`C:\Windows\\*.dll`)
    )
    expect(where(String.raw`dns.question.name regex """.*\.(top|xyz)"""`)).toEqual(
      p('dns.question.name', 'regex', String.raw`.*\.(top|xyz)`, true)
    )
  })
})

describe('EQL queries, sequences and samples', () => {
  it('keeps the event category out of the tree, in properties', () => {
    const r = eql('any where event.action == "x"')
    expect(r.diagnostics).toEqual([])
    expect(stripQueries(r.queries)).toEqual([{ label: '', expr: eqS('event.action', 'x') }])
    expect(r.properties).toEqual({ eventCategories: ['any'] })
    expect(eql('"my-category" where a == 1').properties).toEqual({ eventCategories: ['my-category'] })
  })

  it('reads a sequence into one tree per step, with keys, maxspan, runs and until', () => {
    const r = eql(
      [
        'sequence by host.id, ?user.id with maxspan=5m',
        '  [process where process.name == "a"] by process.entity_id',
        '  [network where destination.port == 22] with runs=3',
        '  [file where file.name : "x*"] by process.entity_id with runs=2',
        'until [process where event.type == "end"] by process.entity_id'
      ].join('\n')
    )
    expect(r.diagnostics).toEqual([])
    expect(stripQueries(r.queries)).toEqual([
      { label: 'step 1', expr: eqS('process.name', 'a') },
      { label: 'step 2', expr: eqS('destination.port', '22') },
      { label: 'step 3', expr: wcI('file.name', 'x*') },
      { label: 'until', expr: eqS('event.type', 'end') }
    ])
    const expected: Record<string, JsonValue> = {
      sequence: {
        by: ['host.id', 'user.id'],
        maxspan: '5m',
        steps: [
          { category: 'process', by: ['process.entity_id'] },
          { category: 'network', runs: 3 },
          { category: 'file', by: ['process.entity_id'], runs: 2 }
        ],
        until: { category: 'process', by: ['process.entity_id'] }
      },
      eventCategories: ['process', 'network', 'file', 'process']
    }
    expect(r.properties).toEqual(expected)
  })

  it('accepts `with maxspan` before `by`, and a unit written apart', () => {
    expect(
      eql('sequence with maxspan=2 h [process where a == 1] [file where b == 1]').properties.sequence
    ).toEqual({
      by: [],
      maxspan: '2h',
      steps: [{ category: 'process' }, { category: 'file' }]
    })
    const r = eql('sequence with maxspan=30 s by host.id [process where a == 1] [file where b == 1]')
    expect(r.diagnostics).toEqual([])
    expect(r.properties.sequence).toEqual({
      by: ['host.id'],
      maxspan: '30s',
      steps: [{ category: 'process' }, { category: 'file' }]
    })
  })

  it('reads a missing-event step as a negated tree', () => {
    const r = eql('sequence by host.id with maxspan=5m\n [any where a == 1]\n ![any where b == 1]')
    expect(r.diagnostics).toEqual([])
    expect(stripQueries(r.queries)).toEqual([
      { label: 'step 1', expr: eqS('a', '1') },
      { label: 'step 2', expr: not(eqS('b', '1')) }
    ])
    expect(r.properties.sequence).toEqual({
      by: ['host.id'],
      maxspan: '5m',
      steps: [{ category: 'any' }, { category: 'any', missing: true }]
    })
  })

  it('reads a sample', () => {
    const r = eql('sample by host.id, process.pid\n [file where a == 1]\n [network where b == 1] by c')
    expect(r.diagnostics).toEqual([])
    expect(stripQueries(r.queries)).toEqual([
      { label: 'step 1', expr: eqS('a', '1') },
      { label: 'step 2', expr: eqS('b', '1') }
    ])
    expect(r.properties).toEqual({
      sample: {
        by: ['host.id', 'process.pid'],
        steps: [{ category: 'file' }, { category: 'network', by: ['c'] }]
      },
      eventCategories: ['file', 'network']
    })
  })

  it('keeps pipes as text', () => {
    const r = eql('sequence [process where a == 1] [process where b == 1] | tail 1 | head 5')
    expect(r.diagnostics).toEqual([])
    expect(r.properties.pipes).toEqual(['tail 1', 'head 5'])
  })

  it('gives every predicate the file position of its value', () => {
    // The query starts at line 12, column 1 of the file (a TOML ''' string's first line).
    const text = 'process where\n  process.name : ("a", "b") and\n  not user.name == "root"'
    const r = parseEql(verbatimSource('rule.toml', text, { line: 12, column: 1 }))
    const positions = (e: Expr): Array<[string | null, number, number]> => {
      if (e.kind === 'pred') return [[e.value, e.pos.line, e.pos.column]]
      if (e.kind === 'not') return positions(e.child)
      if (e.kind === 'and' || e.kind === 'or') return e.children.flatMap(positions)
      return []
    }
    expect(positions(r.queries[0].expr)).toEqual([
      ['a', 13, 19],
      ['b', 13, 24],
      ['root', 14, 20]
    ])
  })
})

describe('EQL syntax errors: exact positions and recovery', () => {
  const cases: Array<[string, string, Brief[], Query[]]> = [
    [
      'a value is missing',
      'process where a == ',
      [err(1, 20)],
      [{ label: '', expr: opaque('a ==', 'syntax error') }]
    ],
    [
      'the parser resumes at the next `and`',
      'process where a == and b == "x"',
      [err(1, 20)],
      [{ label: '', expr: all(opaque('a ==', 'syntax error'), eqS('b', 'x')) }]
    ],
    [
      'a missing `)` keeps the group',
      'process where (a == 1 and b == 2',
      [err(1, 33)],
      [{ label: '', expr: all(eqS('a', '1'), eqS('b', '2')) }]
    ],
    [
      'an error inside a call skips to the end of the term',
      'process where length(a, == 3) > 1 or b == 2',
      [err(1, 25)],
      [{ label: '', expr: any(opaque('length(a, == 3) > 1', 'syntax error'), eqS('b', '2')) }]
    ],
    [
      'an unterminated string',
      'process where a == "x',
      [err(1, 20, 'eql/unterminated-string')],
      [{ label: '', expr: eqS('a', 'x') }]
    ],
    [
      'an invalid escape is kept as written',
      String.raw`process where a == "a\qb"`,
      [err(1, 22, 'eql/invalid-escape')],
      [{ label: '', expr: eqS('a', String.raw`a\qb`) }]
    ],
    [
      'a stray character is skipped',
      'process where a == 1 $ and b == 2',
      [err(1, 22, 'eql/unexpected-character')],
      [{ label: '', expr: all(eqS('a', '1'), eqS('b', '2')) }]
    ],
    [
      '`where` is missing',
      'process a == 1',
      [err(1, 9)],
      [{ label: '', expr: opaque('process a == 1', 'syntax error') }]
    ],
    [
      'the event category is missing',
      'process.name == "a"',
      [err(1, 1)],
      [{ label: '', expr: eqS('process.name', 'a') }]
    ],
    ['an empty query', '  // nothing\n', [err(1, 1, 'eql/empty-query')], []],
    [
      'an unterminated comment',
      'process where a == 1 /* no end',
      [err(1, 22, 'eql/unterminated-comment')],
      [{ label: '', expr: eqS('a', '1') }]
    ],
    [
      'an empty list',
      'process where a in () and b == 1',
      [err(1, 21)],
      [{ label: '', expr: all(opaque('a in ()', 'syntax error'), eqS('b', '1')) }]
    ],
    ['text after the query', 'process where a == 1 )', [err(1, 22)], [{ label: '', expr: eqS('a', '1') }]],
    [
      'a step that does not close',
      'sequence [process where a == 1] [file where b == 2',
      [err(1, 51)],
      [
        { label: 'step 1', expr: eqS('a', '1') },
        { label: 'step 2', expr: eqS('b', '2') }
      ]
    ],
    [
      'a step closed late skips the junk',
      'sequence [process where a == 1 b c] [file where b == 2]',
      [err(1, 32)],
      [
        { label: 'step 1', expr: eqS('a', '1') },
        { label: 'step 2', expr: eqS('b', '2') }
      ]
    ],
    [
      'a bad maxspan',
      'sequence with maxspan= [process where a == 1] [file where b == 2]',
      [err(1, 24)],
      [
        { label: 'step 1', expr: eqS('a', '1') },
        { label: 'step 2', expr: eqS('b', '2') }
      ]
    ],
    [
      'an unknown sequence parameter',
      'sequence with runs=2 [process where a == 1]',
      [err(1, 15)],
      [{ label: 'step 1', expr: eqS('a', '1') }]
    ],
    ['a sequence without steps', 'sequence by host.id', [err(1, 20)], []]
  ]
  it.each(cases)('%s', (_name, text, diagnostics, queries) => {
    const r = eql(text)
    expect(brief(r.diagnostics)).toEqual(diagnostics)
    expect(stripQueries(r.queries)).toEqual(queries)
  })

  it('reports nesting too deep without overflowing the stack', () => {
    for (const text of [
      'process where ' + '('.repeat(5000) + 'a == 1',
      'process where ' + 'not '.repeat(5000) + 'a == 1',
      'process where a == ' + '-'.repeat(5000) + '1',
      'process where a == ' + 'f('.repeat(5000)
    ]) {
      const r = eql(text)
      expect(r.diagnostics.map(d => d.code)).toContain('eql/too-deep')
    }
  })

  it('gives messages that say what was expected and what was found', () => {
    expect(eql('process where a == ').diagnostics[0].message).toBe(
      'expected a field, a value or a function call, found the end of the query'
    )
    expect(eql('process a == 1').diagnostics[0].message).toBe(
      'expected `where` after the event category `process`, found `a`'
    )
  })
})
