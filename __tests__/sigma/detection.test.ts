import { describe, expect, it } from '@jest/globals'
import type { Expr } from '../../src/ir.js'
import { all, any, brief, eq, kw, not, opaque, p, read, sigmaRule, stripPos, treeOf, wc } from './helpers.js'
import type { Brief } from './helpers.js'

const r = String.raw

describe('detection shapes', () => {
  const cases: [string, string, Expr][] = [
    ['map with one field', 'sel:\n    Image: x.exe\ncondition: sel', eq('Image', 'x.exe')],
    [
      'map with several fields is an AND',
      'sel:\n    Image: x.exe\n    User: bob\ncondition: sel',
      all(eq('Image', 'x.exe'), eq('User', 'bob'))
    ],
    [
      'field with a list is an OR',
      'sel:\n    Image:\n        - a.exe\n        - b.exe\ncondition: sel',
      any(eq('Image', 'a.exe'), eq('Image', 'b.exe'))
    ],
    [
      'list of maps is an OR of ANDs',
      'sel:\n    - Image: a.exe\n      User: bob\n    - Image: b.exe\ncondition: sel',
      any(all(eq('Image', 'a.exe'), eq('User', 'bob')), eq('Image', 'b.exe'))
    ],
    [
      'list of plain strings: keywords',
      "sel:\n    - 'evil'\n    - '*bad*'\ncondition: sel",
      any(kw('evil'), kw('*bad*'))
    ],
    ['a plain string identifier: one keyword', 'sel: evil\ncondition: sel', kw('evil')],
    [
      "'|all' without a field: keywords AND-linked",
      "sel:\n    '|all':\n        - a\n        - b\ncondition: sel",
      all(kw('a'), kw('b'))
    ],
    ["'|contains' without a field", "sel:\n    '|contains': x\ncondition: sel", kw('*x*')],
    ['null: field absent or null', 'sel:\n    Field: null\ncondition: sel', p('Field', 'null', null)],
    ['~ is null too', 'sel:\n    Field: ~\ncondition: sel', p('Field', 'null', null)],
    [
      'an empty value is null',
      'sel:\n    Field:\n    Other: x\ncondition: sel',
      all(p('Field', 'null', null), eq('Other', 'x'))
    ],
    ["'' is an empty string", "sel:\n    Field: ''\ncondition: sel", eq('Field', '')],
    ['an int is compared as a string', 'sel:\n    EventID: 4688\ncondition: sel', eq('EventID', '4688')],
    ['a bool is compared as a string', 'sel:\n    Initiated: true\ncondition: sel', eq('Initiated', 'true')],
    [
      "a quoted 'true' is the same string",
      "sel:\n    Initiated: 'true'\ncondition: sel",
      eq('Initiated', 'true')
    ],
    ['a date stays text', 'sel:\n    Day: 2021-10-12\ncondition: sel', eq('Day', '2021-10-12')],
    [
      'a list mixing null and values',
      "sel:\n    Field:\n        - null\n        - ''\n        - x\ncondition: sel",
      any(p('Field', 'null', null), eq('Field', ''), eq('Field', 'x'))
    ],
    [
      'a flow list',
      'sel:\n    EventID: [4624, 4625]\ncondition: sel',
      any(eq('EventID', '4624'), eq('EventID', '4625'))
    ],
    [
      'a list mixing maps and keywords',
      'sel:\n    - Image: a.exe\n    - evil\ncondition: sel',
      any(eq('Image', 'a.exe'), kw('evil'))
    ],
    [
      'nested lists flatten into one OR',
      'sel:\n    - - Image: a\n      - Image: b\n    - Image: c\ncondition: sel',
      any(eq('Image', 'a'), eq('Image', 'b'), eq('Image', 'c'))
    ],
    [
      'an alias reuses a definition',
      'sel: &s\n    Image: a.exe\nsel2: *s\ncondition: sel and sel2',
      all(eq('Image', 'a.exe'), eq('Image', 'a.exe'))
    ],
    [
      'a YAML merge key (PyYAML applies them)',
      '_base: &b\n    Image: a.exe\n    User: x\nsel:\n    <<: *b\n    User: bob\ncondition: sel',
      all(eq('Image', 'a.exe'), eq('User', 'bob'))
    ],
    [
      'timeframe is not a search identifier',
      'sel:\n    Image: a\ntimeframe: 5m\ncondition: 1 of them',
      eq('Image', 'a')
    ],
    [
      'a field name with spaces and dots is kept as written',
      "sel:\n    'Event Data.Some Field': x\ncondition: sel",
      eq('Event Data.Some Field', 'x')
    ]
  ]
  it.each(cases)('%s', (_name, detection, expected) => {
    expect(treeOf(detection)).toEqual(expected)
  })
})

describe('modifiers', () => {
  const cases: [string, string, Expr][] = [
    ['contains', 'F|contains: x', wc('F', '*x*')],
    ['startswith', 'F|startswith: x', wc('F', 'x*')],
    ['endswith', 'F|endswith: x', wc('F', '*x')],
    ['contains keeps existing edge wildcards', "F|contains: '*x'", wc('F', '*x*')],
    ['contains of an empty string matches anything', "F|contains: ''", wc('F', '*')],
    ['contains|all', 'F|contains|all:\n    - a\n    - b', all(wc('F', '*a*'), wc('F', '*b*'))],
    ['all with a single value', 'F|contains|all: a', wc('F', '*a*')],
    ['all before contains', 'F|all|contains:\n    - a\n    - b', all(wc('F', '*a*'), wc('F', '*b*'))],
    [
      're: case-sensitive, written as is',
      r`F|re: '^a\\b\*.*$'`,
      p('F', 'regex', r`^a\\b\*.*$`, { caseSensitive: true })
    ],
    ['re|i', "F|re|i: '^ab'", p('F', 'regex', '^ab', { flags: 'i' })],
    ['re|ignorecase', "F|re|ignorecase: '^ab'", p('F', 'regex', '^ab', { flags: 'i' })],
    ['re|m', "F|re|m: '^ab'", p('F', 'regex', '^ab', { caseSensitive: true, flags: 'm' })],
    ['re|s', "F|re|s: '^ab'", p('F', 'regex', '^ab', { caseSensitive: true, flags: 's' })],
    [
      're|multiline|dotall|i (flags sorted)',
      "F|re|s|multiline|i: '^ab'",
      p('F', 'regex', '^ab', { flags: 'ims' })
    ],
    ['re on a keyword', "'|re': 'a.b'", p(null, 'regex', 'a.b', { caseSensitive: true })],
    ['windash', "F|windash: ' -exec '", eq('F', ' -exec ', { transforms: ['windash'] })],
    ['contains|windash', "F|contains|windash: ' -exec '", wc('F', '* -exec *', { transforms: ['windash'] })],
    ['endswith|windash', "F|endswith|windash: '-x'", wc('F', '*-x', { transforms: ['windash'] })],
    ['base64', 'F|base64: abc', eq('F', 'abc', { transforms: ['base64'] })],
    ['base64|contains', 'F|base64|contains: abc', wc('F', '*abc*', { transforms: ['base64'] })],
    [
      'base64offset|contains',
      'F|base64offset|contains: abc',
      wc('F', '*abc*', { transforms: ['base64offset'] })
    ],
    [
      'wide|base64offset|contains',
      'F|wide|base64offset|contains: abc',
      wc('F', '*abc*', { transforms: ['wide', 'base64offset'] })
    ],
    [
      'utf16le|base64offset|contains',
      'F|utf16le|base64offset|contains: abc',
      wc('F', '*abc*', { transforms: ['utf16le', 'base64offset'] })
    ],
    ['utf16be|base64', 'F|utf16be|base64: abc', eq('F', 'abc', { transforms: ['utf16be', 'base64'] })],
    ['utf16|base64', 'F|utf16|base64: abc', eq('F', 'abc', { transforms: ['utf16', 'base64'] })],
    ['expand', "F|expand: '%admins%'", eq('F', '%admins%', { transforms: ['expand'] })],
    ['contains|expand', "F|contains|expand: '%x%'", wc('F', '*%x%*', { transforms: ['expand'] })],
    ['cidr', "F|cidr: '10.0.0.0/8'", p('F', 'cidr', '10.0.0.0/8')],
    ['cidr ipv6', "F|cidr: 'fe80::/10'", p('F', 'cidr', 'fe80::/10')],
    [
      'cidr list',
      "F|cidr:\n    - '10.0.0.0/8'\n    - '192.168.0.0/16'",
      any(p('F', 'cidr', '10.0.0.0/8'), p('F', 'cidr', '192.168.0.0/16'))
    ],
    ['exists: true', 'F|exists: true', p('F', 'exists', null)],
    ['exists: false', 'F|exists: false', not(p('F', 'exists', null))],
    ['fieldref', 'User|fieldref: ParentUser', p('User', 'fieldref', 'ParentUser')],
    ['gt', 'F|gt: 10', p('F', 'gt', '10')],
    ['gte', 'F|gte: 10', p('F', 'gte', '10')],
    ['lt', 'F|lt: -1.5', p('F', 'lt', '-1.5')],
    ['lte', 'F|lte: 10', p('F', 'lte', '10')],
    ['cased', 'F|cased: AbC', eq('F', 'AbC', { caseSensitive: true })],
    ['contains|cased', 'F|contains|cased: AbC', wc('F', '*AbC*', { caseSensitive: true })],
    ['neq', 'F|neq: x', not(eq('F', 'x'))],
    ['neq over a list', 'F|neq:\n    - a\n    - b', not(any(eq('F', 'a'), eq('F', 'b')))],
    ['contains|neq', 'F|contains|neq: a', not(wc('F', '*a*'))],
    ['minute (a timestamp part)', 'F|minute: 30', eq('F', '30', { transforms: ['minute'] })],
    ['year', 'F|year: 2024', eq('F', '2024', { transforms: ['year'] })]
  ]
  it.each(cases)('%s', (_name, item, expected) => {
    const detection = 'sel:\n' + item.replace(/^/gm, '    ') + '\ncondition: sel'
    expect(treeOf(detection)).toEqual(expected)
  })
})

describe('wildcards and escaping (pySigma SigmaString)', () => {
  const cases: [string, string, Expr][] = [
    ['plain text is eq', r`'C:\Windows\System32\x.exe'`, eq('F', r`C:\Windows\System32\x.exe`)],
    [r`\* is a literal star`, r`'C:\Windows\*'`, eq('F', 'C:\\Windows*')],
    [r`\\* is a backslash then a wildcard`, r`'C:\Windows\\*'`, wc('F', r`C:\Windows\\*`)],
    [r`\\ is one backslash`, r`'a\\b'`, eq('F', r`a\b`)],
    [r`\. stays \.`, r`'a\.b'`, eq('F', r`a\.b`)],
    [r`\? is a literal question mark`, r`'what\?'`, eq('F', 'what?')],
    [
      'a trailing ? is a one-character wildcard',
      "'http://ad.foxitsoftware.com/adlog.php?'",
      wc('F', 'http://ad.foxitsoftware.com/adlog.php?')
    ],
    ['? as a drive letter', r`'?:\Program Files'`, wc('F', r`?:\Program Files`)],
    [r`\\\* is a backslash and a literal star`, r`'a\\\*'`, eq('F', r`a\*`)],
    ['a trailing backslash stays literal', r`'C:\Windows\'`, eq('F', 'C:\\Windows\\')],
    ['** collapses', "'a**b'", wc('F', 'a*b')],
    [r`escaped star in a wildcard value`, r`'*\*x'`, wc('F', r`*\*x`)],
    [
      'YAML double-quoted escapes come first',
      r`"C:\\Windows\\*"`, // YAML gives C:\Windows\* → a literal star
      eq('F', 'C:\\Windows*')
    ]
  ]
  it.each(cases)('%s', (_name, value, expected) => {
    expect(treeOf(`sel:\n    F: ${value}\ncondition: sel`)).toEqual(expected)
  })

  const affixed: [string, string, Expr][] = [
    [
      r`endswith keeps a literal \. (file_event_win_powershell_module_susp_creation trap)`,
      r`F|endswith: '\\WindowsPowerShell\\Modules\\*\.ps'`,
      wc('F', r`*\WindowsPowerShell\Modules\\*\.ps`)
    ],
    ['endswith a lone backslash', r`F|endswith: '\'`, wc('F', r`*\\`)],
    ['contains an escaped star', r`F|contains: '\*'`, wc('F', r`*\**`)],
    ['startswith an escaped question mark', r`F|startswith: 'a\?'`, wc('F', r`a\?*`)],
    ['re is not unescaped', r`F|re: '\\\*\?'`, p('F', 'regex', r`\\\*\?`, { caseSensitive: true })],
    ['keyword escapes are canonical', r`'|all': 'a\*b\\'`, kw(r`a\*b\\`)]
  ]
  it.each(affixed)('%s', (_name, item, expected) => {
    expect(treeOf(`sel:\n    ${item}\ncondition: sel`)).toEqual(expected)
  })
})

describe('detection diagnostics', () => {
  /** Items go under `sel:` on line 7 (the body starts on line 6). */
  const cases: [string, string, Brief[], Expr | null][] = [
    [
      'unknown modifier: opaque item, error on the modifier',
      'F|endwith: x',
      [{ severity: 'error', code: 'sigma/unknown-modifier', line: 7, column: 11 }],
      opaque('F|endwith', 'unknown modifier: endwith')
    ],
    [
      'empty modifier',
      'F||contains: x',
      [{ severity: 'error', code: 'sigma/unknown-modifier', line: 7, column: 11 }],
      opaque('F||contains', 'unknown modifier: ')
    ],
    [
      're|contains: regex read as written',
      "F|re|contains: 'a.b'",
      [{ severity: 'warning', code: 'sigma/modifier-conflict', line: 7, column: 14 }],
      p('F', 'regex', 'a.b', { caseSensitive: true })
    ],
    [
      'contains|re',
      "F|contains|re: 'a.b'",
      [{ severity: 'error', code: 'sigma/modifier-conflict', line: 7, column: 20 }],
      p('F', 'regex', 'a.b', { caseSensitive: true })
    ],
    [
      'cidr|contains',
      "F|cidr|contains: '10.0.0.0/8'",
      [{ severity: 'error', code: 'sigma/modifier-conflict', line: 7, column: 16 }],
      p('F', 'cidr', '10.0.0.0/8')
    ],
    [
      'contains|cidr',
      "F|contains|cidr: '10.0.0.0/8'",
      [{ severity: 'error', code: 'sigma/modifier-conflict', line: 7, column: 20 }],
      wc('F', '*10.0.0.0/8*')
    ],
    [
      'a regex flag without re',
      'F|i: x',
      [{ severity: 'error', code: 'sigma/modifier-conflict', line: 7, column: 11 }],
      eq('F', 'x')
    ],
    [
      'contains|endswith',
      'F|contains|endswith: x',
      [{ severity: 'warning', code: 'sigma/modifier-conflict', line: 7, column: 20 }],
      wc('F', '*x*')
    ],
    [
      'a repeated modifier',
      'F|contains|contains: x',
      [{ severity: 'warning', code: 'sigma/modifier-conflict', line: 7, column: 20 }],
      wc('F', '*x*')
    ],
    [
      'contains|base64 would encode wildcards',
      'F|contains|base64: x',
      [{ severity: 'error', code: 'sigma/modifier-conflict', line: 7, column: 20 }],
      wc('F', '*x*', { transforms: ['base64'] })
    ],
    [
      'a wildcard under base64',
      "F|base64: 'a*'",
      [{ severity: 'error', code: 'sigma/invalid-value', line: 7, column: 19 }],
      wc('F', 'a*', { transforms: ['base64'] })
    ],
    [
      'exists takes a boolean',
      'F|exists: maybe',
      [{ severity: 'error', code: 'sigma/invalid-value', line: 7, column: 19 }],
      null
    ],
    [
      'exists needs a field',
      "'|exists': true",
      [{ severity: 'error', code: 'sigma/modifier-conflict', line: 7, column: 11 }],
      kw('true')
    ],
    [
      'exists after another modifier',
      'F|contains|exists: true',
      [{ severity: 'error', code: 'sigma/modifier-conflict', line: 7, column: 20 }],
      wc('F', '*true*')
    ],
    [
      'gt with a non-number',
      'F|gt: abc',
      [{ severity: 'warning', code: 'sigma/invalid-value', line: 7, column: 15 }],
      p('F', 'gt', 'abc')
    ],
    [
      'cidr with a non-address',
      'F|cidr: nope',
      [{ severity: 'warning', code: 'sigma/invalid-value', line: 7, column: 17 }],
      p('F', 'cidr', 'nope')
    ],
    [
      'fieldref with a wildcard',
      "F|fieldref: 'a*'",
      [{ severity: 'error', code: 'sigma/invalid-value', line: 7, column: 21 }],
      p('F', 'fieldref', 'a*')
    ],
    [
      'contains|fieldref',
      'F|contains|fieldref: Other',
      [{ severity: 'error', code: 'sigma/modifier-conflict', line: 7, column: 20 }],
      wc('F', '*Other*')
    ],
    [
      'cased on a regex',
      "F|re|cased: 'a'",
      [{ severity: 'warning', code: 'sigma/modifier-conflict', line: 7, column: 14 }],
      p('F', 'regex', 'a', { caseSensitive: true })
    ],
    [
      'modifiers on null',
      'F|contains: null',
      [{ severity: 'warning', code: 'sigma/invalid-value', line: 7, column: 21 }],
      p('F', 'null', null)
    ],
    [
      'an empty list',
      'F: []',
      [{ severity: 'warning', code: 'sigma/invalid-value', line: 7, column: 12 }],
      p('F', 'null', null)
    ],
    [
      'a map as a value',
      'F: {a: b}',
      [{ severity: 'error', code: 'sigma/invalid-value', line: 7, column: 12 }],
      opaque('F', 'a map as a field value')
    ],
    [
      'a list inside a value list',
      'F: [a, [b]]',
      [{ severity: 'error', code: 'sigma/invalid-value', line: 7, column: 16 }],
      eq('F', 'a')
    ],
    [
      'a repeated key: the last one counts',
      'F: a\n    F: b',
      [{ severity: 'warning', code: 'sigma/duplicate-key', line: 7, column: 9 }],
      eq('F', 'b')
    ]
  ]
  it.each(cases)('%s', (_name, item, diagnostics, tree) => {
    const res = read(sigmaRule(`sel:\n    ${item}\ncondition: sel`))
    expect(brief(res)).toEqual(diagnostics)
    const expr = res.rules[0].queries[0].expr
    expect(stripPos(expr)).toEqual(tree ?? opaque('sel', 'search identifier could not be read'))
  })

  const identifiers: [string, string, Brief[]][] = [
    [
      'a null search identifier',
      'sel: ~\ncondition: sel',
      [{ severity: 'error', code: 'sigma/invalid-detection', line: 6, column: 10 }]
    ],
    [
      'an empty list',
      'sel: []\ncondition: sel',
      [{ severity: 'error', code: 'sigma/invalid-detection', line: 6, column: 10 }]
    ],
    [
      'an empty map',
      'sel: {}\ncondition: sel',
      [{ severity: 'error', code: 'sigma/invalid-detection', line: 6, column: 10 }]
    ],
    [
      'a null keyword',
      'sel:\n    - a\n    - null\ncondition: sel',
      [{ severity: 'error', code: 'sigma/invalid-value', line: 8, column: 11 }]
    ]
  ]
  it.each(identifiers)('%s', (_name, detection, diagnostics) => {
    expect(brief(read(sigmaRule(detection)))).toEqual(diagnostics)
  })

  it('names the unknown modifier in the message', () => {
    const res = read(sigmaRule('sel:\n    CommandLine|contains|alll: x\ncondition: sel'))
    expect(res.rules[0].diagnostics.map(d => d.message)).toEqual([
      'unknown modifier `alll` in `CommandLine|contains|alll`'
    ])
  })
})

describe('predicate positions', () => {
  const text = [
    'title: Positions', // 1
    'logsource:', // 2
    '    category: process_creation', // 3
    'detection:', // 4
    '    selection:', // 5
    "        Image|endswith: '\\x.exe'", // 6
    '        CommandLine|contains:', // 7
    '            - plain', // 8
    '            - "double"', // 9
    '            - |', // 10
    '                block text', // 11
    '        EventID: 4688', // 12
    '        Parent:', // 13
    '    keywords:', // 14
    '        - evil', // 15
    '        - ~', // 16
    '    condition: selection or keywords' // 17
  ].join('\n')

  it('every predicate carries the line and column of its value', () => {
    const res = read(text)
    const preds: [string | null, string | null, number, number][] = []
    const walk = (e: Expr): void => {
      if (e.kind === 'pred') preds.push([e.sourceField, e.value, e.pos.line, e.pos.column])
      else if (e.kind === 'and' || e.kind === 'or') e.children.forEach(walk)
      else if (e.kind === 'not') walk(e.child)
    }
    walk(res.rules[0].queries[0].expr)
    expect(preds).toEqual([
      ['Image', '*\\x.exe', 6, 25],
      ['CommandLine', '*plain*', 8, 15],
      ['CommandLine', '*double*', 9, 15],
      ['CommandLine', '*block text\n*', 11, 17],
      ['EventID', '4688', 12, 18],
      ['Parent', null, 13, 9],
      [null, 'evil', 15, 11]
    ])
    expect(brief(res)).toEqual([{ severity: 'error', code: 'sigma/invalid-value', line: 16, column: 11 }])
    expect(res.rules[0].logicPos).toEqual({ line: 17, column: 16 })
  })
})
