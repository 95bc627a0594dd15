import { describe, expect, it } from '@jest/globals'
import { readRuleFile } from '../../src/formats/index.js'
import { sigmaFormat } from '../../src/formats/sigma/index.js'
import { techniquesFromTags } from '../../src/formats/sigma/metadata.js'
import type { Rule } from '../../src/ir.js'
import { FIXTURES } from './fixtures.js'
import { all, brief, eq, oneRule, read, stripPos, wc } from './helpers.js'
import type { Brief } from './helpers.js'

const r = String.raw

const MINIMAL = ['detection:', '    sel:', '        F: x', '    condition: sel'].join('\n')

describe('tags → ATT&CK techniques', () => {
  it.each([
    [['attack.t1059.001'], ['T1059.001']],
    [
      ['attack.t1566', 'attack.t1059'],
      ['T1059', 'T1566']
    ],
    [
      ['attack.t1059.001', 'attack.t1059', 'attack.T1059.001', 'attack.t1059.001'],
      ['T1059', 'T1059.001']
    ],
    [['attack.execution', 'attack.defense-impairment', 'attack.stealth'], []],
    [['attack.g0016', 'attack.s0002', 'attack.ds0005'], []],
    [['cve.2021-1234', 'car.2016-04-005', 'detection.emerging-threats', 'stp.1u'], []],
    [
      [
        'attack.t105',
        'attack.t10591',
        'attack.t1059.1',
        'attack.t1059.0011',
        'xattack.t1059',
        'attack.t1059.'
      ],
      []
    ],
    [[' attack.t1003 '], ['T1003']]
  ])('%j → %j', (tags, techniques) => {
    expect(techniquesFromTags(tags)).toEqual(techniques)
  })

  it('a rule keeps its tags as written and its techniques sorted', () => {
    const rule = oneRule(
      [
        'title: t',
        'logsource: {product: windows}',
        'tags:',
        '    - attack.persistence',
        '    - attack.t1547.001',
        '    - attack.t1112',
        '    - cve.2024-0001',
        MINIMAL
      ].join('\n')
    )
    expect(rule.tags).toEqual(['attack.persistence', 'attack.t1547.001', 'attack.t1112', 'cve.2024-0001'])
    expect(rule.techniques).toEqual(['T1112', 'T1547.001'])
  })
})

describe('metadata and logsource', () => {
  const text = [
    'title: Suspicious Thing', // 1
    'id: 5f1c7e3a-0000-4000-8000-000000000001', // 2
    'status: test', // 3
    'date: 2021-10-12', // 4
    'logsource:', // 5
    '    product: windows', // 6
    '    category: process_creation', // 7
    '    service: sysmon', // 8
    '    definition: Requires Sysmon', // 9
    '    custom: ignored', // 10
    MINIMAL, // 11-14
    'level: high' // 15
  ].join('\n')

  it('reads id, title, status, level and logsource', () => {
    const rule = oneRule(text)
    const meta: Partial<Rule> = { ...rule }
    delete meta.queries
    expect(meta).toEqual({
      vendor: 'sigma',
      path: 'rules/test.yml',
      line: 1,
      id: '5f1c7e3a-0000-4000-8000-000000000001',
      title: 'Suspicious Thing',
      techniques: [],
      tags: [],
      logsource: {
        product: 'windows',
        category: 'process_creation',
        service: 'sysmon',
        definition: 'Requires Sysmon'
      },
      logicPos: { line: 14, column: 16 },
      level: 'high',
      status: 'test',
      diagnostics: []
    } satisfies Omit<Rule, 'queries'>)
  })

  const problems: [string, string, Brief[], Partial<Rule>][] = [
    [
      'no logsource',
      ['title: t', MINIMAL].join('\n'),
      [{ severity: 'warning', code: 'sigma/missing-logsource', line: 1, column: 1 }],
      { logsource: {} }
    ],
    [
      'logsource as a list',
      ['title: t', 'logsource: [windows]', MINIMAL].join('\n'),
      [{ severity: 'warning', code: 'sigma/invalid-metadata', line: 2, column: 12 }],
      { logsource: {} }
    ],
    [
      'no title',
      ['logsource: {product: x}', MINIMAL].join('\n'),
      [{ severity: 'warning', code: 'sigma/invalid-metadata', line: 1, column: 1 }],
      { title: '' }
    ],
    [
      'an id that is a map',
      ['title: t', 'id: {a: b}', 'logsource: {product: x}', MINIMAL].join('\n'),
      [{ severity: 'warning', code: 'sigma/invalid-metadata', line: 2, column: 5 }],
      { id: null }
    ],
    [
      'tags as a string',
      ['title: t', 'tags: attack.t1059', 'logsource: {product: x}', MINIMAL].join('\n'),
      [{ severity: 'warning', code: 'sigma/invalid-metadata', line: 2, column: 7 }],
      { tags: ['attack.t1059'], techniques: ['T1059'] }
    ],
    [
      'a repeated top-level key',
      ['title: a', 'title: b', 'logsource: {product: x}', MINIMAL].join('\n'),
      [{ severity: 'warning', code: 'sigma/duplicate-key', line: 1, column: 1 }],
      { title: 'b' }
    ],
    [
      'no detection',
      ['title: t', 'logsource: {product: x}'].join('\n'),
      [{ severity: 'error', code: 'sigma/missing-detection', line: 1, column: 1 }],
      { queries: [], logicPos: { line: 1, column: 1 } }
    ],
    [
      'detection as a list',
      ['title: t', 'logsource: {product: x}', 'detection: [a]'].join('\n'),
      [{ severity: 'error', code: 'sigma/invalid-detection', line: 3, column: 12 }],
      { queries: [] }
    ],
    [
      'no condition',
      ['title: t', 'logsource: {product: x}', 'detection:', '    sel:', '        F: x'].join('\n'),
      [{ severity: 'error', code: 'sigma/missing-condition', line: 4, column: 5 }],
      { queries: [], logicPos: { line: 4, column: 5 } }
    ]
  ]
  it.each(problems)('%s', (_name, text, diagnostics, fields) => {
    const res = read(text)
    expect(brief(res)).toEqual(diagnostics)
    expect(res.rules).toHaveLength(1)
    expect(res.rules[0]).toMatchObject(fields)
  })
})

describe('multiple documents and collections', () => {
  it('reads each document of a multi-document file as a rule, with its line', () => {
    const text = [
      'title: one',
      'logsource: {product: a}',
      MINIMAL,
      '---',
      'title: two',
      'logsource: {product: b}',
      MINIMAL
    ].join('\n')
    const res = read(text)
    expect(brief(res)).toEqual([])
    expect(res.rules.map(x => [x.title, x.line, x.logsource.product])).toEqual([
      ['one', 1, 'a'],
      ['two', 7, 'b']
    ])
  })

  const globalText = [
    'action: global', // 1
    'title: Shared', // 2
    'tags: [attack.t1059]', // 3
    'logsource:', // 4
    '    product: windows', // 5
    'detection:', // 6
    '    selection:', // 7
    r`        Image|endswith: '\x.exe'`, // 8
    '    condition: selection and not filter', // 9
    '---', // 10
    'logsource:', // 11
    '    category: process_creation', // 12
    'detection:', // 13
    '    filter:', // 14
    '        User: bob', // 15
    '---', // 16
    'logsource:', // 17
    '    category: image_load', // 18
    'detection:', // 19
    '    filter:', // 20
    '        User: alice' // 21
  ].join('\n')

  it('merges `action: global` into every following document', () => {
    const res = read(globalText)
    expect(brief(res)).toEqual([])
    expect(
      res.rules.map(x => ({
        title: x.title,
        line: x.line,
        techniques: x.techniques,
        logsource: x.logsource,
        expr: stripPos(x.queries[0].expr),
        logicPos: x.logicPos
      }))
    ).toEqual([
      {
        title: 'Shared',
        line: 10,
        techniques: ['T1059'],
        logsource: { category: 'process_creation', product: 'windows' },
        expr: all(wc('Image', r`*\x.exe`), { kind: 'not', child: eq('User', 'bob') }),
        logicPos: { line: 9, column: 16 }
      },
      {
        title: 'Shared',
        line: 16,
        techniques: ['T1059'],
        logsource: { category: 'image_load', product: 'windows' },
        expr: all(wc('Image', r`*\x.exe`), { kind: 'not', child: eq('User', 'alice') }),
        logicPos: { line: 9, column: 16 }
      }
    ])
    // merged predicates keep their own positions
    const expr = res.rules[1].queries[0].expr
    expect(expr.kind === 'and' && expr.children.map(c => (c.kind === 'pred' ? c.pos : null))).toEqual([
      { line: 8, column: 25 },
      null
    ])
  })

  it('the global value wins a clash, with a warning on the overridden value', () => {
    const text = [
      'action: global',
      'title: Shared',
      'logsource: {product: windows}',
      '---',
      'title: Own',
      MINIMAL
    ].join('\n')
    const res = read(text)
    expect(brief(res)).toEqual([
      { severity: 'warning', code: 'sigma/collection-conflict', line: 5, column: 8 }
    ])
    expect(res.rules[0].diagnostics[0].message).toBe(
      '`title` is also set by the `action: global` document (line 2), whose value wins'
    )
    expect(res.rules[0].title).toBe('Shared')
  })

  it('`action: reset` forgets the template; several globals accumulate', () => {
    const text = [
      'action: global',
      'title: G1',
      '---',
      'action: global',
      'logsource: {product: windows}',
      '---',
      MINIMAL,
      '---',
      'action: reset',
      '---',
      'title: alone',
      'logsource: {product: linux}',
      MINIMAL
    ].join('\n')
    const res = read(text)
    expect(brief(res)).toEqual([])
    expect(res.rules.map(x => [x.title, x.logsource])).toEqual([
      ['G1', { product: 'windows' }],
      ['alone', { product: 'linux' }]
    ])
  })

  it('`action: repeat` reads the previous rule again with the new keys over it', () => {
    const text = [
      'title: First',
      'logsource: {product: windows}',
      'detection:',
      '    sel:',
      '        A: 1',
      '    condition: sel',
      '---',
      'action: repeat',
      'title: Second',
      'detection:',
      '    sel:',
      '        A: 2'
    ].join('\n')
    const res = read(text)
    expect(brief(res)).toEqual([])
    expect(res.rules.map(x => [x.title, x.line, stripPos(x.queries[0].expr)])).toEqual([
      ['First', 1, eq('A', '1')],
      ['Second', 7, eq('A', '2')]
    ])
  })

  it.each([
    [
      'repeat without a rule before it',
      ['action: repeat', 'title: x', MINIMAL].join('\n'),
      [{ severity: 'error', code: 'sigma/collection-action', line: 1, column: 9 }] as Brief[]
    ],
    [
      'an unknown action',
      ['title: a', 'logsource: {product: x}', MINIMAL, '---', 'action: merge', 'title: b'].join('\n'),
      [{ severity: 'error', code: 'sigma/collection-action', line: 8, column: 9 }] as Brief[]
    ],
    [
      'a document that is not a map',
      ['title: a', 'logsource: {product: x}', MINIMAL, '---', '- a', '- b'].join('\n'),
      [{ severity: 'error', code: 'sigma/not-a-map', line: 8, column: 1 }] as Brief[]
    ]
  ])('%s is a file diagnostic', (_name, text, diagnostics) => {
    const res = read(text)
    expect(brief(res)).toEqual(diagnostics)
    expect(res.diagnostics).toHaveLength(diagnostics.length)
  })

  it('correlation and filter documents are skipped with a notice', () => {
    const text = [
      'title: base', // 1
      'name: base_rule',
      'logsource: {product: windows}',
      MINIMAL, // 4-7
      '---', // 8
      'title: many failures', // 9
      'correlation:',
      '    type: event_count',
      '    rules: [base_rule]',
      '    group-by: [User]',
      '    timespan: 5m',
      '    condition: {gte: 10}',
      '---', // 16
      'title: tuning', // 17
      'logsource: {product: windows}',
      'filter:',
      '    rules: [base_rule]',
      '    selection:',
      '        User: admin',
      '    condition: not selection'
    ].join('\n')
    const res = read(text)
    expect(res.rules.map(x => x.title)).toEqual(['base'])
    expect(brief(res)).toEqual([
      { severity: 'notice', code: 'sigma/not-a-rule', line: 9, column: 1 },
      { severity: 'notice', code: 'sigma/not-a-rule', line: 17, column: 1 }
    ])
    expect(res.diagnostics.map(d => d.message)).toEqual([
      'a Sigma correlation document is not a detection rule; it is skipped (correlations are not supported)',
      'a Sigma filter document is not a detection rule; it is skipped (filters are not supported)'
    ])
  })

  it('an empty trailing document is ignored', () => {
    const res = read(['title: a', 'logsource: {product: x}', MINIMAL, '---', ''].join('\n'))
    expect(brief(res)).toEqual([])
    expect(res.rules).toHaveLength(1)
  })
})

describe('detect', () => {
  it.each([
    ['rules/a.yml', 'title: x\ndetection:\n    sel: x\n', true],
    ['rules/a.yaml', 'title: x\nlogsource:\n    product: y\n', true],
    ['rules/A.YML', 'detection: {}\n', true],
    ['rules/c.yml', 'title: c\ncorrelation:\n    type: temporal\n', true],
    ['rules/q.yml', '"detection":\n    a: b\n', true],
    ['rules/a.json', '{"detection": {}}', false],
    ['rules/a.toml', 'detection = 1', false],
    ['.github/workflows/ci.yml', 'name: ci\non: push\njobs:\n    detection:\n        runs-on: x\n', false],
    ['config.yml', 'logsources:\n    a: b\n', false],
    ['rules/splunk.yml', 'name: x\nsearch: "| tstats"\n', false]
  ])('%s', (path, text, expected) => {
    expect(sigmaFormat.detect(path, text)).toBe(expected)
  })

  it('a YAML file that is not a Sigma rule is not read, and not reported', () => {
    expect(readRuleFile('.github/workflows/ci.yml', 'name: ci\non: [push]\n')).toEqual({
      rules: [],
      diagnostics: []
    })
  })
})

describe('file diagnostics', () => {
  it('a YAML syntax error is one file diagnostic with its position', () => {
    const res = read(['title: t', 'detection:', "    sel: 'unterminated", '    condition: sel'].join('\n'))
    expect(res).toEqual({
      rules: [],
      diagnostics: [
        {
          path: 'rules/test.yml',
          line: 4,
          column: 5,
          severity: 'error',
          code: 'sigma/yaml-error',
          message: 'YAML: deficient indentation'
        }
      ]
    })
  })

  it('rule problems are rule diagnostics, never duplicated in the file list', () => {
    const res = read(
      [
        'title: t',
        'logsource: {product: x}',
        'detection:',
        '    sel:',
        '        F|bad: x',
        '    condition: sel'
      ].join('\n')
    )
    expect(res.diagnostics).toEqual([])
    expect(res.rules[0].diagnostics.map(d => d.code)).toEqual(['sigma/unknown-modifier'])
  })

  it.each([
    ['binary noise', '\u0000\u0001\u0002\ufffd\u0007detection:'],
    ['a bare scalar', 'just text'],
    ['a list', '- detection\n- logsource\n'],
    ['tabs', 'detection:\n\tsel: x\n'],
    [
      'an alias bomb',
      'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ndetection: {}'
    ],
    ['deep nesting', 'detection:\n    sel: ' + '['.repeat(300) + ']'.repeat(300)]
  ])('%s: no exception, positioned diagnostics', (_name, text) => {
    const res = read(text)
    for (const d of [...res.diagnostics, ...res.rules.flatMap(x => x.diagnostics)]) {
      expect(d.line).toBeGreaterThanOrEqual(1)
      expect(d.column).toBeGreaterThanOrEqual(1)
    }
  })
})

describe('fixtures', () => {
  it('read with no problem but the legacy aggregation notice', () => {
    const results = FIXTURES.map(text => read(text))
    expect(results.map(brief)).toEqual([
      [],
      [{ severity: 'notice', code: 'sigma/aggregation', line: 24, column: 20 }],
      [],
      []
    ])
    expect(results.map(res => res.rules.map(x => [x.title, x.line, x.techniques]))).toEqual([
      [['Encoded PowerShell From An Office Parent', 1, ['T1059.001', 'T1204.002']]],
      [['Odd Outbound Port', 1, []]],
      [
        ['Shared Template', 10, ['T1003.001']],
        ['Shared Template', 16, ['T1003.001']],
        ['Standalone', 23, []]
      ],
      [['Keywords: quoted title', 1, []]]
    ])
  })
})
