/**
 * The fast paths of a corpus read hold to the plain definitions they replace: line-anchored
 * detection patterns, shared line starts, the line index's forward lookups, wildcard
 * parsing and escaping by runs, scalar offset maps, macro argument substitution, and the
 * catalog's key interner.
 */
import { describe, expect, it } from '@jest/globals'
import { LinePattern } from '../src/formats/lines.js'
import {
  LineIndex,
  lineStarts,
  parseYaml,
  scalarOffsetAt,
  scalarOffsetMapper
} from '../src/yaml/positioned.js'
import type { YamlScalar } from '../src/yaml/positioned.js'
import { scalarOffsets } from '../src/formats/splunk/positions.js'
import { escapeLiteral, parsePattern, type PatternPart } from '../src/wildcard.js'
import { expandMacros, type MacroDefinition } from '../src/query/spl/macros.js'
import { KeyInterner, predicateKey, type KeyParts } from '../src/normalize/keys.js'
import { p } from './helpers/rules.js'

/** Every string of up to `max` characters over `alphabet`. */
function strings(alphabet: readonly string[], max: number): string[] {
  const out = ['']
  let level = ['']
  for (let n = 1; n <= max; n++) {
    level = level.flatMap(s => alphabet.map(c => s + c))
    out.push(...level)
  }
  return out
}

/** A small deterministic pseudo-random generator. */
function random(seed: number): (n: number) => number {
  let s = seed
  return n => {
    s = (s * 1103515245 + 12345) & 0x7fffffff
    return s % n
  }
}

describe('LinePattern', () => {
  const cases: Array<[RegExp, LinePattern]> = [
    [
      /^\ufeff?["']?(?:detection|logsource)["']?[ \t]*:/m,
      new LinePattern(/\ufeff?["']?(?:detection|logsource)["']?[ \t]*:/, '\ufeff"\'dl')
    ],
    [
      /^["']?type["']?[ \t]*:[ \t]*["']?(?:baseline|investigation)\b/im,
      new LinePattern(/["']?type["']?[ \t]*:[ \t]*["']?(?:baseline|investigation)\b/i, '"\'tT')
    ],
    [
      /^[ \t]*\[[ \t]*rule[ \t]*\][ \t]*(?:#[^\n]*)?\r?$/m,
      new LinePattern(/[ \t]*\[[ \t]*rule[ \t]*\][ \t]*(?:#[^\n]*)?\r?$/, '[', true)
    ],
    [/^[ \t]*rule_id[ \t]*=/m, new LinePattern(/[ \t]*rule_id[ \t]*=/, 'r', true)]
  ]
  const fragments = [
    'detection:',
    '"logsource" :',
    '\ufeffdetection:',
    'x detection:',
    ' detection:',
    'Type: Baseline',
    "TYPE: 'investigation'",
    'type: baselines',
    '[rule]',
    ' \t[ rule ] # c\r',
    '[rule] x',
    '\trule_id =',
    'rule_ids =',
    ''
  ]
  const separators = ['\n', '\r', '\r\n', '\u2028', '\u2029', ' ', '\u0085']

  it('answers as the multiline regex does, whatever ends the lines', () => {
    const next = random(7)
    let matches = 0
    for (let t = 0; t < 20_000; t++) {
      let text = ''
      for (let k = next(4) + 1; k > 0; k--) {
        const f = fragments[next(fragments.length)]
        text += f.slice(next(3) === 0 ? next(4) : 0) + separators[next(separators.length)]
      }
      for (const [regex, lines] of cases) {
        const expected = regex.test(text)
        if (expected) matches++
        expect([text, lines.test(text)]).toEqual([text, expected])
      }
    }
    expect(matches).toBeGreaterThan(10_000)
  })
})

describe('lineStarts and LineIndex', () => {
  it('finds the start of every line ended by a newline', () => {
    expect(lineStarts('a\nbc\n\nd')).toEqual([0, 2, 5, 6])
    expect(lineStarts('')).toEqual([0])
    expect(lineStarts('x\r\ny\n')).toEqual([0, 3, 5])
    // Asked again, or about another text: the same answers.
    expect(lineStarts('a\nbc\n\nd')).toEqual([0, 2, 5, 6])
  })

  it('places offsets as a binary search over the line starts does, in any order', () => {
    const next = random(11)
    for (let t = 0; t < 300; t++) {
      let text = next(2) === 0 ? '\ufeff' : ''
      for (let n = next(200); n > 0; n--) text += next(5) === 0 ? '\n' : 'a'
      const starts = [0]
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
      const lineOf = (o: number): number => (o <= 0 ? 1 : starts.filter(s => s <= o).length)
      const index = new LineIndex(text)
      for (let q = 0; q < 100; q++) {
        // Mostly forward, as a parse asks, sometimes anywhere.
        const o = next(4) === 0 ? next(text.length + 10) - 5 : q * 2 + next(3)
        const line = lineOf(o)
        const column =
          Math.max(0, o) - starts[line - 1] + 1 - (line === 1 && text[0] === '\ufeff' && o > 0 ? 1 : 0)
        expect([o, index.lineOf(o), index.position(o)]).toEqual([o, line, { line, column }])
      }
    }
  })
})

/** The wildcard parser and escaper as first written, a character at a time. */
function referenceParse(text: string): PatternPart[] {
  const parts: PatternPart[] = []
  let lit = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\\' && (text[i + 1] === '*' || text[i + 1] === '?' || text[i + 1] === '\\')) lit += text[++i]
    else if (c === '*' || c === '?') {
      if (lit) parts.push({ lit })
      lit = ''
      parts.push(c)
    } else lit += c
  }
  if (lit) parts.push({ lit })
  return parts
}

function referenceEscape(lit: string): string {
  let out = ''
  for (let i = 0; i < lit.length; i++) {
    const c = lit[i]
    const n = lit[i + 1]
    if (c === '*' || c === '?') out += '\\' + c
    else if (c === '\\') out += n === undefined || n === '*' || n === '?' || n === '\\' ? '\\\\' : '\\'
    else out += c
  }
  return out
}

describe('wildcard parts by runs', () => {
  it('parse and escape every short string as the character-by-character versions do', () => {
    for (const s of strings(['a', '*', '?', '\\', 'é'], 6)) {
      expect([s, parsePattern(s)]).toEqual([s, referenceParse(s)])
      expect([s, escapeLiteral(s)]).toEqual([s, referenceEscape(s)])
    }
  })
})

describe('scalar offset maps', () => {
  const scalars = [
    "v: 'a=''1''\n  b=2'\n",
    'v: "a=1\n  b=2 \\"q\\" \\t c=\\\\d\\\n  d=4 \\x41 \\u00e9"\n',
    'v: |-\n  a=1\n    b="x y"\n  | where c="z"\n',
    'v: >\n  a\n\n  b c\n',
    'v: plain\n  words   here\n',
    "v: '  a=1   b=2  '\n",
    'v: "  one line  "\n',
    'v: x\n',
    "v: ''\n",
    'v:\n'
  ]
  it.each(scalars)('give scalarOffsetAt answers for every index: %j', text => {
    const root = parseYaml(text).documents[0].root
    const node = root?.kind === 'map' ? (root.entries[0].value as YamlScalar) : undefined
    if (node?.kind !== 'scalar') throw new Error('no scalar')
    const mapper = scalarOffsetMapper(text, node)
    const splunk = scalarOffsets(text, node)
    for (let i = -2; i <= node.value.length + 2; i++) {
      const expected = scalarOffsetAt(text, node, i)
      expect([i, mapper(i), splunk(i)]).toEqual([i, expected, expected])
    }
  })
})

describe('macro arguments', () => {
  /** What `$name$` substitution means: the regex replacement it replaced. */
  const reference = (body: string, names: string[], values: string[]): string =>
    body.replace(/\$([^$\s]+)\$/g, (whole, n: string) => {
      const i = names.lastIndexOf(n)
      return i === -1 ? whole : (values[i] ?? '')
    })

  it('replace each `$name$` as the regex did, for every short body', () => {
    const names = ['a', 'b']
    const values = ['1', '']
    for (const body of strings(['$', 'a', 'b', ' ', '\u00a0', 'x'], 6)) {
      const def: MacroDefinition = { name: 'm', args: names, definition: body }
      const expanded = expandMacros('`m(1,)`', (name, arity) =>
        name === 'm' && arity === 2 ? def : undefined
      )
      expect([body, expanded.text]).toEqual([body, reference(body, names, values)])
    }
  })
})

describe('catalog keys', () => {
  it('give predicateKey strings, and keep the parts of keys already known', () => {
    const known: KeyParts = { field: 'Image', op: 'eq', value: 'x.exe' }
    const keys = new Map<string, KeyParts>([['Image|eq|x.exe', known]])
    const interner = new KeyInterner(keys)
    const preds = [
      p('Image', 'eq', 'X.EXE'),
      p('Image', 'eq', 'x.exe'),
      p('process.executable', 'wildcard', '*\\A.exe'),
      p(null, 'keyword', 'Abc'),
      p('CommandLine', 'wildcard', '*enc*'),
      p('process.name', 'eq', 'a.exe')
    ]
    preds[4].transforms = ['base64offset', 'windash']
    expect(preds.map(q => interner.key(q))).toEqual(preds.map(predicateKey))
    expect(keys.get('Image|eq|x.exe')).toBe(known)
    expect([...keys]).toEqual([
      ['Image|eq|x.exe', known],
      ['process.name|eq|a.exe', { field: 'process.name', op: 'eq', value: 'a.exe' }],
      ['*|keyword|abc', { field: null, op: 'keyword', value: 'abc' }],
      [
        'CommandLine|wildcard+base64offset|*enc*',
        { field: 'CommandLine', op: 'wildcard+base64offset', value: '*enc*' }
      ]
    ])
  })
})
