import { describe, expect, it } from '@jest/globals'
import { matchesPattern, parseCondition } from '../../src/formats/sigma/condition.js'
import type { Expr } from '../../src/ir.js'
import { all, any, brief, eq, not, opaque, read, sigmaRule, stripPos, treeOf } from './helpers.js'
import type { Brief } from './helpers.js'

const IDENTIFIERS = ['a', 'b', 'c', 'sel_1', 'sel_2', 'filter_1', '_priv']
/** One identifier per name, each `F: <name>`; the condition is on line 20, its value at column 16. */
const detection = (condition: string): string =>
  IDENTIFIERS.map(n => `${n}:\n    F: ${n}`).join('\n') + `\ncondition: ${condition}`

const [A, B, C, S1, S2, F1, P] = IDENTIFIERS.map(n => eq('F', n))

describe('condition grammar', () => {
  const cases: [string, Expr][] = [
    ['a', A],
    ['a and b', all(A, B)],
    ['a or b', any(A, B)],
    ['a or b and c', any(A, all(B, C))],
    ['a and b or c', any(all(A, B), C)],
    ['a and b and c', all(A, B, C)],
    ['not a', not(A)],
    ['not a and b', all(not(A), B)],
    ['not a or b', any(not(A), B)],
    ['not not a', not(not(A))],
    ['not (a or b)', not(any(A, B))],
    ['(a or b) and c', all(any(A, B), C)],
    ['a and (b and c)', all(A, B, C)],
    ['((a))', A],
    ['not (not a or not (b and c))', not(any(not(A), not(all(B, C))))],
    ['1 of sel_*', any(S1, S2)],
    ['any of sel_*', any(S1, S2)],
    ['all of sel_*', all(S1, S2)],
    ['1 of sel_1', S1],
    ['1 of *_1', any(S1, F1)],
    ['1 of s*l*', any(S1, S2)],
    ['1 of them', any(A, B, C, S1, S2, F1)],
    ['all of them', all(A, B, C, S1, S2, F1)],
    ['not 1 of filter_*', not(F1)],
    ['not all of sel_*', not(all(S1, S2))],
    ['a and not 1 of filter_*', all(A, not(F1))],
    ['1 of sel_* and not 1 of filter_* or c', any(all(any(S1, S2), not(F1)), C)],
    ['_priv and a', all(P, A)],
    ['a AND b OR NOT c', any(all(A, B), not(C))],
    ['ALL OF sel_* And Not a', all(S1, S2, not(A))],
    ['1 OF THEM', any(A, B, C, S1, S2, F1)],
    ['a\tand\tb', all(A, B)],
    ['a | count() by F > 5', A],
    ['[a, b and c]', any(A, all(B, C))],
    ['\n    - a\n    - not b', any(A, not(B))]
  ]
  it.each(cases)('%j', (condition, expected) => {
    const rule = read(sigmaRule(detection(condition))).rules[0]
    expect(stripPos(rule.queries[0].expr)).toEqual(expected)
  })

  it('a multi-line plain condition', () => {
    expect(
      treeOf(detection('a and\n    (\n        1 of sel_*\n        or\n        (b and not c)\n    )'))
    ).toEqual(all(A, any(S1, S2, all(B, not(C)))))
  })

  it('a legacy aggregation is read up to the pipe, with a notice on the pipe', () => {
    const res = read(sigmaRule(detection('a | count() by F > 5')))
    expect(brief(res)).toEqual([{ severity: 'notice', code: 'sigma/aggregation', line: 20, column: 18 }])
    expect(res.rules[0].diagnostics[0].message).toBe(
      'legacy aggregation `| count() by F > 5` is not supported (Sigma correlations replace it); the condition is read up to the `|`'
    )
  })
})

describe('parseCondition', () => {
  it.each([
    [
      'a or b and not c',
      {
        kind: 'or',
        children: [
          { kind: 'ident', name: 'a', start: 0 },
          {
            kind: 'and',
            children: [
              { kind: 'ident', name: 'b', start: 5 },
              { kind: 'not', child: { kind: 'ident', name: 'c', start: 15 } }
            ]
          }
        ]
      }
    ],
    ['all of them', { kind: 'of', quantifier: 'all', pattern: 'them', start: 0 }],
    ['any of x*', { kind: 'of', quantifier: 'one', pattern: 'x*', start: 0 }],
    ['not not x-y', { kind: 'not', child: { kind: 'not', child: { kind: 'ident', name: 'x-y', start: 8 } } }],
    ['all', { kind: 'ident', name: 'all', start: 0 }],
    ['of', { kind: 'ident', name: 'of', start: 0 }]
  ])('%j', (text, ast) => {
    expect(parseCondition(text)).toEqual({ ast, error: null, pipe: -1 })
  })

  it.each([
    ['', 'the condition ends too early: expected a search identifier', 0],
    ['a and', 'the condition ends too early: expected a search identifier', 5],
    ['a and   ', 'the condition ends too early: expected a search identifier', 5],
    ['a b', 'expected `and`, `or` or the end of the condition, found `b`', 2],
    ['(a or b', 'expected `)` to close the `(` at offset 1, found the end of the condition', 7],
    ['a)', 'unbalanced `)`: no `(` is open', 1],
    ['()', 'expected a search identifier, found `)`', 1],
    ['a and or b', 'expected a search identifier before `or`', 6],
    ['a = b', 'unexpected character `=`', 2],
    ['a and é', 'unexpected character `é`', 6],
    ['2 of sel_*', 'only `1 of`, `any of` and `all of` exist, not `2 of`', 0],
    ['sel*', 'a wildcard is only allowed in a pattern after `1 of` or `all of`: `sel*`', 3],
    [
      '1 of',
      'expected a search-identifier pattern or `them` after `1 of`, found the end of the condition',
      4
    ],
    ['1 of (a)', 'expected a search-identifier pattern or `them` after `1 of`, found `(`', 5],
    ['1 of and', 'expected a search-identifier pattern or `them` after `1 of`, found `and`', 5],
    ['a | count()', null, -1],
    ['| count()', 'the condition ends too early: expected a search identifier', 0],
    ['('.repeat(500) + 'a' + ')'.repeat(500), 'the condition nests deeper than 100 levels', 100],
    ['not '.repeat(500) + 'a', 'the condition nests deeper than 100 levels', 400]
  ])('%j', (text, message, start) => {
    const res = parseCondition(text)
    if (message === null) expect(res.error).toBeNull()
    else expect(res).toMatchObject({ ast: null, error: { message, start } })
  })

  it('records the pipe of an aggregation', () => {
    expect(parseCondition('sel | near x').pipe).toBe(4)
  })
})

describe('matchesPattern', () => {
  it.each([
    ['sel_*', 'sel_1', true],
    ['sel_*', 'sel_', true],
    ['sel_*', 'xsel_1', false],
    ['sel', 'selection', false],
    ['*', 'anything', true],
    ['*_1', 'filter_1', true],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'aXbY', false],
    ['a**', 'a', true]
  ])('%s ~ %s = %s', (pattern, name, expected) => {
    expect(matchesPattern(pattern, name)).toBe(expected)
  })
})

describe('condition diagnostics', () => {
  const cases: [string, string, Brief[], Expr | null][] = [
    [
      'an unknown identifier becomes opaque',
      'a and nope',
      [{ severity: 'error', code: 'sigma/unknown-identifier', line: 20, column: 22 }],
      all(A, opaque('nope', 'unknown search identifier'))
    ],
    [
      'identifiers are case-sensitive',
      'A',
      [{ severity: 'error', code: 'sigma/unknown-identifier', line: 20, column: 16 }],
      opaque('A', 'unknown search identifier')
    ],
    [
      'a pattern matching nothing',
      'a or 1 of nothing_*',
      [{ severity: 'error', code: 'sigma/unknown-identifier', line: 20, column: 21 }],
      any(A, opaque('1 of nothing_*', 'pattern matches no search identifier'))
    ],
    [
      'patterns skip _-identifiers',
      '1 of _pr*',
      [{ severity: 'error', code: 'sigma/unknown-identifier', line: 20, column: 16 }],
      opaque('1 of _pr*', 'pattern matches no search identifier')
    ],
    [
      'a syntax error: at the offending token',
      'a and or b',
      [{ severity: 'error', code: 'sigma/condition-syntax', line: 20, column: 22 }],
      opaque('a and or b', 'condition syntax error: expected a search identifier before `or`')
    ],
    [
      'a syntax error at the end',
      'a and   # comment',
      [{ severity: 'error', code: 'sigma/condition-syntax', line: 20, column: 21 }],
      opaque('a and', 'condition syntax error: the condition ends too early: expected a search identifier')
    ],
    [
      'in a single-quoted condition',
      "'a and )'",
      [{ severity: 'error', code: 'sigma/condition-syntax', line: 20, column: 23 }],
      null
    ],
    [
      'in a double-quoted condition with an escape',
      '"a\\tand )"',
      [{ severity: 'error', code: 'sigma/condition-syntax', line: 20, column: 24 }],
      null
    ],
    [
      'in a literal block condition',
      '|\n    a and\n    b or',
      [{ severity: 'error', code: 'sigma/condition-syntax', line: 22, column: 13 }],
      null
    ],
    [
      'in a folded block condition',
      '>\n    a and\n    ) b',
      [{ severity: 'error', code: 'sigma/condition-syntax', line: 22, column: 9 }],
      null
    ],
    [
      'in a multi-line plain condition',
      'a and\n    b and = c',
      [{ severity: 'error', code: 'sigma/condition-syntax', line: 21, column: 15 }],
      null
    ],
    [
      'in a list-valued condition',
      '\n    - a\n    - b c',
      [{ severity: 'error', code: 'sigma/condition-syntax', line: 22, column: 13 }],
      null
    ],
    [
      'an empty condition',
      "''",
      [{ severity: 'error', code: 'sigma/missing-condition', line: 20, column: 16 }],
      null
    ],
    [
      'a null condition',
      '',
      [{ severity: 'error', code: 'sigma/missing-condition', line: 20, column: 5 }],
      null
    ],
    [
      'a map condition',
      '{a: b}',
      [{ severity: 'error', code: 'sigma/missing-condition', line: 20, column: 16 }],
      null
    ]
  ]
  it.each(cases)('%s', (_name, condition, diagnostics, tree) => {
    const res = read(sigmaRule(detection(condition)))
    expect(brief(res)).toEqual(diagnostics)
    if (tree) expect(stripPos(res.rules[0].queries[0].expr)).toEqual(tree)
  })

  it('an unknown identifier is positioned where the condition names it, and named', () => {
    const res = read(sigmaRule(detection('a and\n    nope')))
    expect(res.rules[0].diagnostics).toEqual([
      {
        path: 'rules/test.yml',
        line: 21,
        column: 9,
        severity: 'error',
        code: 'sigma/unknown-identifier',
        message: 'the condition names `nope`, which is not a search identifier'
      }
    ])
  })

  it('a condition without identifiers', () => {
    const res = read(sigmaRule('_only:\n    F: x\ncondition: all of them'))
    expect(brief(res)).toEqual([{ severity: 'error', code: 'sigma/unknown-identifier', line: 8, column: 16 }])
  })

  it('an identifier whose definition is broken is opaque, reported once', () => {
    const res = read(sigmaRule('sel: ~\ncondition: sel'))
    expect(brief(res)).toEqual([{ severity: 'error', code: 'sigma/invalid-detection', line: 6, column: 10 }])
    expect(stripPos(res.rules[0].queries[0].expr)).toEqual(
      opaque('sel', 'search identifier could not be read')
    )
  })
})

describe('expansion limits', () => {
  it('does not copy a large identifier for every reference', () => {
    const values = Array.from({ length: 2000 }, (_, i) => `        - v${i}`).join('\n')
    const condition = Array.from({ length: 2000 }, () => 'big').join(' or ')
    const res = read(sigmaRule(`big:\n    F:\n${values}\ncondition: ${condition}`))
    const expr = res.rules[0].queries[0].expr
    expect(expr.kind === 'or' && expr.children.length).toBe(2000)
  })
})
