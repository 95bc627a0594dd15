import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { LineIndex, parseYaml, scalarOffsetAt } from '../../src/yaml/positioned.js'
import type { YamlMap, YamlNode, YamlScalar, YamlSeq } from '../../src/yaml/positioned.js'

function root(text: string): YamlNode {
  const r = parseYaml(text)
  expect(r.error).toBeNull()
  const node = r.documents[0]?.root
  if (!node) throw new Error('no root')
  return node
}

function get(node: YamlNode, ...keys: (string | number)[]): YamlNode {
  let n = node
  for (const k of keys) {
    if (typeof k === 'number') n = (n as YamlSeq).items[k]
    else {
      const e = (n as YamlMap).entries.find(x => x.key.value === k)
      if (!e) throw new Error(`no key ${k}`)
      n = e.value
    }
  }
  return n
}

/** The 0-based offset of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1
  return offset + column - 1
}

function scalar(
  node: YamlNode
): Pick<YamlScalar, 'value' | 'style' | 'isNull' | 'line' | 'column' | 'offset'> {
  if (node.kind !== 'scalar') throw new Error(`not a scalar: ${node.kind}`)
  const { value, style, isNull, line, column, offset } = node
  return { value, style, isNull, line, column, offset }
}

describe('parseYaml: scalars', () => {
  const doc = [
    'plain: hello world', // 1
    "single: 'it''s'", // 2
    'double: "a\\tb"', // 3
    'int: 4688', // 4
    'bool: true', // 5
    'literal: |', // 6
    '  line one', // 7
    '  line two', // 8
    'folded: >-', // 9
    '    folded', // 10
    '    text', // 11
    'multi: first', // 12
    '  second', // 13
    'empty:', // 14
    "quoted_empty: ''", // 15
    'tilde: ~', // 16
    'word_null: Null', // 17
    'str_null: !!str null', // 18
    'tagged_null: !!null x', // 19
    'date: 2021-10-12' // 20
  ].join('\n')
  const r = root(doc)

  it.each([
    ['plain', { value: 'hello world', style: 'plain', isNull: false, line: 1, column: 8 }],
    ['single', { value: "it's", style: 'single', isNull: false, line: 2, column: 9 }],
    ['double', { value: 'a\tb', style: 'double', isNull: false, line: 3, column: 9 }],
    ['int', { value: '4688', style: 'plain', isNull: false, line: 4, column: 6 }],
    ['bool', { value: 'true', style: 'plain', isNull: false, line: 5, column: 7 }],
    ['literal', { value: 'line one\nline two\n', style: 'literal', isNull: false, line: 7, column: 3 }],
    ['folded', { value: 'folded text', style: 'folded', isNull: false, line: 10, column: 5 }],
    ['multi', { value: 'first second', style: 'plain', isNull: false, line: 12, column: 8 }],
    // `key:` with nothing: a null scalar placed on its key
    ['empty', { value: '', style: 'plain', isNull: true, line: 14, column: 1 }],
    ['quoted_empty', { value: '', style: 'single', isNull: false, line: 15, column: 15 }],
    ['tilde', { value: '~', style: 'plain', isNull: true, line: 16, column: 8 }],
    ['word_null', { value: 'Null', style: 'plain', isNull: true, line: 17, column: 12 }],
    ['str_null', { value: 'null', style: 'plain', isNull: false, line: 18, column: 17 }],
    ['tagged_null', { value: 'x', style: 'plain', isNull: true, line: 19, column: 21 }],
    ['date', { value: '2021-10-12', style: 'plain', isNull: false, line: 20, column: 7 }]
  ])('%s', (key, expected) => {
    const got = scalar(get(r, key))
    expect(got).toEqual({ ...expected, offset: offsetOf(doc, expected.line, expected.column) })
  })

  it('keys are positioned scalars too', () => {
    const keys = (r as YamlMap).entries.map(e => [e.key.value, e.key.line, e.key.column])
    expect(keys.slice(0, 3)).toEqual([
      ['plain', 1, 1],
      ['single', 2, 1],
      ['double', 3, 1]
    ])
  })
})

describe('parseYaml: collections', () => {
  it('positions maps, sequences and their items, block and flow', () => {
    const text = ['a:', '  - x', '  -', '  - k: v', '    k2: w', 'b: [1, {c: d}]', 'c: {}'].join('\n')
    const r = root(text)
    expect(r).toMatchObject({ kind: 'map', line: 1, column: 1, flow: false })
    const a = get(r, 'a')
    expect(a).toMatchObject({ kind: 'seq', line: 2, column: 3, flow: false })
    expect(scalar(get(a, 0))).toMatchObject({ value: 'x', line: 2, column: 5 })
    // an empty list item sits on its dash
    expect(scalar(get(a, 1))).toMatchObject({ value: '', isNull: true, line: 3, column: 3 })
    expect(get(a, 2)).toMatchObject({ kind: 'map', line: 4, column: 5 })
    expect(scalar(get(a, 2, 'k2'))).toMatchObject({ value: 'w', line: 5, column: 9 })
    const b = get(r, 'b')
    expect(b).toMatchObject({ kind: 'seq', flow: true, line: 6, column: 4 })
    expect(get(b, 1)).toMatchObject({ kind: 'map', flow: true, line: 6, column: 8 })
    expect(scalar(get(b, 1, 'c'))).toMatchObject({ value: 'd', line: 6, column: 12 })
    expect(get(r, 'c')).toMatchObject({ kind: 'map', entries: [], flow: true })
  })

  it('keeps repeated keys (readers decide)', () => {
    const r = root('a: 1\na: 2\n') as YamlMap
    expect(r.entries.map(e => [e.key.value, (e.value as YamlScalar).value])).toEqual([
      ['a', '1'],
      ['a', '2']
    ])
  })

  it('skips a non-scalar key with a warning', () => {
    const r = parseYaml('? [x]\n: y\nz: 1\n')
    expect(r.error).toBeNull()
    expect((r.documents[0].root as YamlMap).entries.map(e => e.key.value)).toEqual(['z'])
    expect(r.warnings).toEqual([
      {
        message: 'a sequence used as a mapping key is not supported; the entry is ignored',
        line: 1,
        column: 3
      }
    ])
  })
})

describe('parseYaml: aliases', () => {
  it('resolves an alias to the anchored node itself', () => {
    const r = root('a: &x {k: v}\nb: *x\nc: &s str\nd: *s\n')
    expect(get(r, 'b')).toBe(get(r, 'a'))
    expect(get(r, 'd')).toBe(get(r, 'c'))
  })

  it.each([
    ['an unknown alias', 'a: 1\nb: *nope\n', { message: 'unknown alias *nope', line: 2, column: 4 }],
    [
      'an anchor of another document',
      'a: &x 1\n---\nb: *x\n',
      { message: 'unknown alias *x', line: 3, column: 4 }
    ],
    [
      'a self-reference (anchors count once complete)',
      'a: &x [1, *x]\n',
      { message: 'unknown alias *x', line: 1, column: 11 }
    ]
  ])('%s is an error', (_name, text, error) => {
    expect(parseYaml(text)).toMatchObject({ documents: [], error })
  })

  it('stops an alias bomb', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 0; i < 8; i++) {
      const p = String.fromCharCode(97 + i)
      const n = String.fromCharCode(98 + i)
      lines.push(`${n}: &${n} [*${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}, *${p}]`)
    }
    const r = parseYaml(lines.join('\n'))
    expect(r.documents).toEqual([])
    expect(r.error?.message).toMatch(/^aliases expand to too many nodes/)
    expect(r.error?.line).toBeGreaterThan(1)
  })
})

describe('parseYaml: documents', () => {
  it('reads every document with its line', () => {
    const text = ['# header', 'a: 1', '---', 'b: 2', '', '--- # two', '# comment', 'c: 3', '---', '...'].join(
      '\n'
    )
    const r = parseYaml(text)
    expect(r.error).toBeNull()
    expect(r.documents.map(d => [d.line, d.explicitStart, d.root?.kind])).toEqual([
      [1, false, 'map'],
      [3, true, 'map'],
      [6, true, 'map'],
      [9, true, 'scalar']
    ])
  })

  it('an empty text has no document', () => {
    expect(parseYaml('')).toMatchObject({ documents: [], error: null })
    expect(parseYaml('# only a comment\n')).toMatchObject({ documents: [], error: null })
  })
})

describe('parseYaml: errors are values, 1-based', () => {
  it.each([
    ["a: 'x", { message: 'unexpected end of the stream within a single quoted scalar', line: 1, column: 6 }],
    ['a: 1\n b: 2', { message: 'bad indentation of a mapping entry', line: 2, column: 3 }],
    ['a: [1, 2', { message: 'unexpected end of the stream within a flow collection', line: 1, column: 9 }],
    ['- a\nb: 1', { message: 'end of the stream or a document separator is expected', line: 2, column: 1 }],
    ['a: b: c', { message: 'bad indentation of a mapping entry', line: 1, column: 5 }]
  ])('%j', (text, error) => {
    expect(parseYaml(text)).toMatchObject({ documents: [], error })
  })

  it('too deep nesting is an error, not a stack overflow', () => {
    const r = parseYaml('['.repeat(5000) + ']'.repeat(5000))
    expect(r.documents).toEqual([])
    expect(r.error).not.toBeNull()
  })
})

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns, CRLF included', () => {
    const idx = new LineIndex('ab\r\ncd\n\nx')
    expect([0, 1, 2, 4, 5, 7, 8, 100].map(o => idx.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 93 }
    ])
  })

  it('does not count a byte-order mark as a column', () => {
    const r = parseYaml('\ufeffa: 1\nb: 2')
    expect(scalar(get(r.documents[0].root as YamlNode, 'a'))).toMatchObject({ line: 1, column: 4, offset: 4 })
    expect((r.documents[0].root as YamlMap).entries[0].key).toMatchObject({ line: 1, column: 1 })
  })
})

describe('scalarOffsetAt', () => {
  const cases: [string, string, number, string][] = [
    // [yaml, key, index into the decoded value, expected text at the mapped offset]
    ['c: sel and not filter', 'c', 8, 'not filter'],
    ['c: sel and\n  not filter\n', 'c', 8, 'not filter\n'],
    ['c: sel and\n  not filter\n', 'c', 7, 'not filter\n'],
    ["c: 'it''s and x'", 'c', 9, "x'"],
    ["c: 'it''s and x'", 'c', 2, "''s and x'"],
    ['c: "a\\tb and x"', 'c', 8, 'x"'],
    ['c: |\n  sel and\n  not x\n', 'c', 8, 'not x\n'],
    ['c: >\n  sel and\n  not x\n', 'c', 8, 'not x\n']
  ]
  it.each(cases)('%j at %s[%d]', (text, key, index, rest) => {
    const node = get(root(text), key) as YamlScalar
    expect(text.slice(scalarOffsetAt(text, node, index))).toBe(rest)
  })

  it('maps the end of the value just past its last character', () => {
    const text = 'c: sel and   # comment'
    const node = get(root(text), 'c') as YamlScalar
    expect(scalarOffsetAt(text, node, node.value.length)).toBe(10)
  })
})

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/sigma')
const hasCorpus = fs.existsSync(CORPUS)
if (!hasCorpus) console.log(`corpus not found at ${CORPUS}: skipping the YAML corpus test`)

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) walk(p, out)
    else if (/\.ya?ml$/.test(e.name)) out.push(p)
  }
  return out
}

;(hasCorpus ? describe : describe.skip)('parseYaml over the Sigma corpus', () => {
  it('parses every file without an error', () => {
    const texts = walk(CORPUS).map(f => fs.readFileSync(f, 'utf8'))
    expect(texts.length).toBeGreaterThan(1000)
    for (const t of texts) expect(parseYaml(t).error).toBeNull()
  })
})
