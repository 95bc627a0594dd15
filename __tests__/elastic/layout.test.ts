import { describe, expect, it } from '@jest/globals'
import { parse } from 'smol-toml'
import { decodeBasic, locate, pathKey, scanToml } from '../../src/formats/elastic/layout.js'
import type { PathSegment } from '../../src/formats/elastic/layout.js'

/** 1-based line:column of a located path. */
function where(text: string, path: PathSegment[]): string | null {
  const offset = locate(scanToml(text), path)
  if (offset === null) return null
  const before = text.slice(0, offset).split('\n')
  return `${before.length}:${before[before.length - 1].length + 1}`
}

describe('TOML layout scanner', () => {
  const text = [
    '# query = "a comment"', // 1
    '[metadata]', // 2
    'note = """', // 3
    "query = '''not a key'''", // 4
    '"""', // 5
    "other = '''", // 6
    '[rule]', // 7
    "'''", // 8
    '', // 9
    '[transform]', // 10
    '[[transform.osquery]]', // 11
    'query = "SELECT 1" # trailing', // 12
    '[[transform.osquery]]', // 13
    "query = '''SELECT 2'''", // 14
    '', // 15
    '[ rule ]', // 16
    'tags = [', // 17
    '  "a ] b", # comment with ]', // 18
    "  'c'", // 19
    ']', // 20
    'inline = { query = "x", nested = [1, 2] }', // 21
    'dotted.key = 1', // 22
    '"quoted.key" = 2', // 23
    "query = '''", // 24
    'process where true', // 25
    "'''", // 26
    '', // 27
    '[[rule.threat]]', // 28
    '[[rule.threat.technique]]', // 29
    'id = "T1"', // 30
    '[[rule.threat.technique]]', // 31
    'id = "T2"', // 32
    '[[rule.threat]]', // 33
    '[[rule.threat.technique]]', // 34
    'id = "T3"', // 35
    '[[rule.threat.technique.subtechnique]]', // 36
    'id = "T3.001"', // 37
    '[rule.threat.tactic]', // 38
    'id = "TA1"' // 39
  ].join('\n')

  it('is valid TOML (the scanner only ever sees what smol-toml accepted)', () => {
    expect(() => parse(text)).not.toThrow()
  })

  const cases: Array<[PathSegment[], string | null]> = [
    [['rule', 'query'], '24:9'],
    [['metadata', 'note'], '3:8'],
    [['metadata', 'other'], '6:9'],
    [['transform', 'osquery', 0, 'query'], '12:9'],
    [['transform', 'osquery', 1, 'query'], '14:9'],
    [['rule'], '16:1'],
    [['rule', 'tags'], '17:8'],
    [['rule', 'inline'], '21:10'],
    [['rule', 'inline', 'query'], '21:10'],
    [['rule', 'dotted', 'key'], '22:14'],
    [['rule', 'quoted.key'], '23:16'],
    [['rule', 'threat', 0, 'technique', 0, 'id'], '30:6'],
    [['rule', 'threat', 0, 'technique', 1, 'id'], '32:6'],
    [['rule', 'threat', 1, 'technique', 0, 'id'], '35:6'],
    [['rule', 'threat', 1, 'technique', 0, 'subtechnique', 0, 'id'], '37:6'],
    [['rule', 'threat', 1, 'tactic', 'id'], '39:6'],
    [['rule', 'threat', 1, 'technique', 5], '33:1'],
    [['nothing'], null]
  ]
  it.each(cases)('%j', (path, expected) => {
    expect(where(text, path)).toBe(expected)
  })

  it('records the style of each string', () => {
    const layout = scanToml(text)
    expect(layout.values.get(pathKey(['rule', 'query']))?.style).toBe('literal-ml')
    expect(layout.values.get(pathKey(['metadata', 'note']))?.style).toBe('basic-ml')
    expect(layout.values.get(pathKey(['transform', 'osquery', 0, 'query']))?.style).toBe('basic')
    expect(layout.values.get(pathKey(['rule', 'tags']))?.style).toBe('other')
  })

  it('never throws on text that is not TOML, and always ends', () => {
    for (const t of [
      '[',
      '[[a',
      'a = """',
      "a = '''",
      'a = "x',
      'a = [1, [2',
      'a = {',
      '=',
      '"',
      "'",
      '\\',
      'a.',
      '[a."b'
    ])
      expect(() => scanToml(t)).not.toThrow()
  })
})

describe('TOML basic strings decoded with an offset map', () => {
  const cases: Array<[string, string, number[]]> = [
    ['abc', 'abc', [0, 1, 2, 3]],
    ['a\\\\b', 'a\\b', [0, 1, 3, 4]],
    ['a\\"b', 'a"b', [0, 1, 3, 4]],
    ['\\tx', '\tx', [0, 2, 3]],
    ['\\u0041b', 'Ab', [0, 6, 7]],
    ['\\U0001F600', '\u{1F600}', [0, 0, 10]],
    ['a \\\n   b', 'a b', [0, 1, 7, 8]],
    ['\\q', '\\q', [0, 1, 2]]
  ]
  it.each(cases)('%j', (raw, value, offsets) => {
    expect(decodeBasic(raw, 0, raw.length)).toEqual({ value, offsets })
    if (!raw.includes('\\q')) expect(parse(`x = """${raw}"""`).x).toBe(value)
  })
})
