/**
 * EQL's endpoint dialect (Elastic Defend behavior rules): `_arraysearch` with `$` variables,
 * `as` aliases on sequence steps, relationships, blanks after a field name's dot. Queries
 * written for these tests.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse as parseToml } from 'smol-toml'
import { parseEql } from '../../src/query/eql/index.js'
import type { EqlDialect } from '../../src/query/eql/index.js'
import { verbatimSource } from '../../src/query/source.js'
import { predicates } from '../../src/ir.js'
import type { Expr } from '../../src/ir.js'
import { all, any, brief, eqI, eqS, not, opaque, p, stripPos, wcI, wcS } from '../elastic/helpers.js'
import type { Brief } from '../elastic/helpers.js'
import { mutate, prng } from './helpers.js'

function eql(text: string, dialect: EqlDialect = 'endpoint') {
  return parseEql(verbatimSource('rule.toml', text, { line: 1, column: 1 }), { dialect })
}

/** The tree of `process where <condition>` in the endpoint dialect, with no diagnostics. */
function where(condition: string): Expr {
  const r = eql(`process where ${condition}`)
  expect(r.diagnostics).toEqual([])
  expect(r.queries).toHaveLength(1)
  return stripPos(r.queries[0].expr)
}

/** `pred` as a test of one element of `array`. */
function el(pred: Expr, array: string): Expr {
  return { ...pred, array } as Expr
}

const STACK = 'process.thread.Ext.call_stack'
const SIGNATURE = 'process.thread.Ext.call_stack_final_user_module.code_signature'

describe('_arraysearch: the variable reads as the array field', () => {
  const cases: Array<[string, string, Expr]> = [
    [
      'one predicate on an element field',
      `_arraysearch(${STACK}, $entry, $entry.symbol_info : "*kernel32*")`,
      el(wcI(`${STACK}.symbol_info`, '*kernel32*'), STACK)
    ],
    [
      'several predicates: one element must match them all',
      `_arraysearch(${SIGNATURE}, $caller, $caller.trusted == true and $caller.subject_name in ("A", "B"))`,
      all(
        el(eqS(`${SIGNATURE}.trusted`, 'true'), SIGNATURE),
        any(
          el(eqS(`${SIGNATURE}.subject_name`, 'A'), SIGNATURE),
          el(eqS(`${SIGNATURE}.subject_name`, 'B'), SIGNATURE)
        )
      )
    ],
    [
      'negated: an exclusion',
      `process.name == "a.exe" and not _arraysearch(${SIGNATURE}, $entry, $entry.status : "trusted")`,
      all(eqS('process.name', 'a.exe'), not(el(eqI(`${SIGNATURE}.status`, 'trusted'), SIGNATURE)))
    ],
    [
      'a function of the variable',
      `_arraysearch(${STACK}, $entry, stringcontains~($entry.symbol_info, "LoadLibrary"))`,
      el(wcI(`${STACK}.symbol_info`, '*LoadLibrary*'), STACK)
    ],
    [
      'the bare variable: an array of values',
      '_arraysearch(process.args, $arg, $arg like~ "-enc*")',
      el(wcI('process.args', '-enc*'), 'process.args')
    ],
    [
      'nested searches: the inner array is a field of the outer element',
      '_arraysearch(a.list, $x, $x.kind == "k" and _arraysearch($x.items, $y, $y.name == "n"))',
      all(el(eqS('a.list.kind', 'k'), 'a.list'), el(eqS('a.list.items.name', 'n'), 'a.list.items'))
    ],
    [
      'an inner variable shadows an outer one of the same name',
      '_arraysearch(a, $e, _arraysearch(b, $e, $e.x == "1"))',
      el(eqS('b.x', '1'), 'b')
    ],
    [
      'compared with false',
      `_arraysearch(${STACK}, $entry, $entry.allocation_private_bytes >= 100000) == false`,
      not(el(p(`${STACK}.allocation_private_bytes`, 'gte', '100000', true), STACK))
    ],
    [
      'the variable against another field: a fieldref',
      `_arraysearch(${STACK}, $entry, $entry.symbol_info == process.executable)`,
      el(p(`${STACK}.symbol_info`, 'fieldref', 'process.executable', true), STACK)
    ]
  ]
  it.each(cases)('%s', (_name, condition, expected) => {
    expect(where(condition)).toEqual(expected)
  })

  it('positions an element predicate at its value', () => {
    const r = eql(`process where\n  _arraysearch(${STACK}, $entry,\n    $entry.symbol_info : "*x*")`)
    expect(r.diagnostics).toEqual([])
    expect(r.queries[0].expr).toMatchObject({ pos: { line: 3, column: 26 } })
  })

  it('reports a variable used outside its search, and keeps the term as text', () => {
    const r = eql('process where process.name == "a" and $entry.name == "b"')
    expect(brief(r.diagnostics)).toEqual([
      { severity: 'error', code: 'eql/unknown-variable', line: 1, column: 39 }
    ])
    expect(r.diagnostics[0].message).toContain('`$entry`')
    expect(stripPos(r.queries[0].expr)).toEqual(
      all(eqS('process.name', 'a'), opaque('$entry.name == "b"', 'syntax error'))
    )
  })

  it('reports a variable of another search after it closes', () => {
    const r = eql('process where _arraysearch(a, $e, $e.x == "1") and $e.y == "2"')
    expect(brief(r.diagnostics)).toEqual([
      { severity: 'error', code: 'eql/unknown-variable', line: 1, column: 52 }
    ])
  })

  const bad: Array<[string, string, Brief[]]> = [
    [
      'a second argument that is no variable',
      'process where _arraysearch(a, entry, entry.x == "1")',
      [{ severity: 'error', code: 'eql/syntax', line: 1, column: 31 }]
    ],
    [
      'a first argument that is no field',
      'process where _arraysearch("a", $e, $e.x == "1")',
      [{ severity: 'error', code: 'eql/syntax', line: 1, column: 31 }]
    ],
    [
      'a missing closing parenthesis',
      'process where _arraysearch(a, $e, $e.x == "1" and process.name == "b"',
      [{ severity: 'error', code: 'eql/syntax', line: 1, column: 70 }]
    ]
  ]
  it.each(bad)('reports %s', (_name, text, expected) => {
    expect(brief(eql(text).diagnostics)).toEqual(expected)
  })

  it('reads _arraysearch in the Elasticsearch dialect too, with a warning', () => {
    const r = eql(`process where _arraysearch(${STACK}, $entry, $entry.symbol_info : "x")`, 'elasticsearch')
    expect(brief(r.diagnostics)).toEqual([
      { severity: 'warning', code: 'eql/unsupported', line: 1, column: 15 }
    ])
    expect(stripPos(r.queries[0].expr)).toEqual(el(eqI(`${STACK}.symbol_info`, 'x'), STACK))
  })
})

describe('sequence step aliases', () => {
  const SEQUENCE = [
    'sequence with maxspan=1m',
    '  [file where event.action == "creation"] as event0',
    '  [process where process.executable == event0.file.path] by process.entity_id as event1',
    '  [network where process.entity_id == event1.process.entity_id]'
  ].join('\n')

  it('keeps each alias in its step, and a later step names its fields as written', () => {
    const r = eql(SEQUENCE)
    expect(r.diagnostics).toEqual([])
    expect(r.properties.sequence).toEqual({
      by: [],
      maxspan: '1m',
      steps: [
        { category: 'file', alias: 'event0' },
        { category: 'process', alias: 'event1', by: ['process.entity_id'] },
        { category: 'network' }
      ]
    })
    expect(r.queries.map(q => [q.label, stripPos(q.expr)])).toEqual([
      ['step 1', eqS('event.action', 'creation')],
      ['step 2', p('process.executable', 'fieldref', 'event0.file.path', true)],
      ['step 3', p('process.entity_id', 'fieldref', 'event1.process.entity_id', true)]
    ])
  })

  it('warns about an alias in the Elasticsearch dialect', () => {
    const r = eql(SEQUENCE, 'elasticsearch')
    expect(brief(r.diagnostics)).toEqual([
      { severity: 'warning', code: 'eql/unsupported', line: 2, column: 43 },
      { severity: 'warning', code: 'eql/unsupported', line: 3, column: 79 }
    ])
    expect((r.properties.sequence as { steps: unknown[] }).steps[0]).toEqual({
      category: 'file',
      alias: 'event0'
    })
  })

  it('reports `as` without a name', () => {
    const r = eql('sequence [file where true] as [process where true]')
    expect(brief(r.diagnostics)).toEqual([{ severity: 'error', code: 'eql/syntax', line: 1, column: 31 }])
    expect(r.queries).toHaveLength(2)
  })
})

describe('other endpoint dialect features', () => {
  it('reads a relationship as text, checking its inner query', () => {
    const r = eql(
      'process where process.name == "sh" and descendant of [process where process.name == "node"]'
    )
    expect(r.diagnostics).toEqual([])
    expect(stripPos(r.queries[0].expr)).toEqual(
      all(
        eqS('process.name', 'sh'),
        opaque(
          'descendant of [process where process.name == "node"]',
          '`descendant of [...]`: a condition on a `process` event, not this one'
        )
      )
    )
    const bad = eql('process where child of [process where process.name == ]')
    expect(brief(bad.diagnostics)).toEqual([{ severity: 'error', code: 'eql/syntax', line: 1, column: 55 }])
  })

  it('keeps the Elasticsearch dialect warning for relationships', () => {
    const r = eql('process where descendant of [process where true]', 'elasticsearch')
    expect(brief(r.diagnostics)).toEqual([
      { severity: 'warning', code: 'eql/unsupported', line: 1, column: 15 }
    ])
  })

  it('reads blanks after a field name dot, in the endpoint dialect only', () => {
    expect(where('process. command_line : "*x*" and process.\n  name == "a"')).toEqual(
      all(wcI('process.command_line', '*x*'), eqS('process.name', 'a'))
    )
    const r = eql('process where process. command_line : "*x*"', 'elasticsearch')
    expect(r.diagnostics.filter(d => d.severity === 'error').length).toBeGreaterThan(0)
  })

  it('reads `=` as `==` in the endpoint dialect', () => {
    expect(where('process.name = "a.exe"')).toEqual(eqS('process.name', 'a.exe'))
    expect(where('process.name like "a*"')).toEqual(wcS('process.name', 'a*'))
  })
})

describe('endpoint dialect fuzzing', () => {
  const CORPUS = path.resolve(process.cwd(), '../shared/corpus/elastic-endpoint/behavior/rules/windows')
  const PIECES = [
    '$entry',
    '$',
    '$entry.',
    '_arraysearch(',
    ', $e, ',
    ' as ',
    ' as event0 ',
    'event0.',
    'descendant of [',
    '. ',
    ']',
    '(',
    ')',
    '"',
    ' and ',
    ' not ',
    '=',
    '\n'
  ]
  const written = [
    `sequence by process.entity_id with maxspan=1m [api where _arraysearch(${STACK}, $entry, $entry.symbol_info : "*x*" and not $entry.size >= 10)] as event0 [process where startswith~(process.executable, event0.file.path)]`,
    'process where process. name == "a" and descendant of [process where _arraysearch(process.args, $a, $a = "-c")]'
  ]

  it('never throws on mutated endpoint queries, and positions stay inside', () => {
    const queries = [...written]
    if (fs.existsSync(CORPUS))
      for (const f of fs.readdirSync(CORPUS).sort().slice(0, 60)) {
        const query = parseToml(fs.readFileSync(path.join(CORPUS, f), 'utf8')).rule
        if (
          typeof query === 'object' &&
          query !== null &&
          'query' in query &&
          typeof query.query === 'string'
        )
          queries.push(query.query)
      }
    else console.log(`Elastic endpoint corpus not found at ${CORPUS}: fuzzing the written queries only`)
    const rand = prng(2026)
    const problems: string[] = []
    for (const q of queries)
      for (let k = 0; k < 40; k++) {
        const text = mutate(q, rand, PIECES)
        const r = eql(text)
        const lines = text.split('\n').length
        for (const d of r.diagnostics)
          if (d.code === 'eql/internal-error' || d.line > lines)
            problems.push(`${JSON.stringify(text)}: ${d.message}`)
        for (const query of r.queries)
          for (const p of predicates(query.expr))
            if (p.pos.line > lines || (p.sourceField ?? '').includes('$'))
              problems.push(`${JSON.stringify(text)}: ${p.sourceField}`)
      }
    expect(problems).toEqual([])
    expect(queries.length).toBeGreaterThan(1)
  })
})
