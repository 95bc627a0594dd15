import { describe, expect, it } from '@jest/globals'
import {
  CatalogError,
  buildCatalog,
  combineCatalogs,
  mergeCatalogs,
  parseCatalog,
  serializeCatalog
} from '../src/catalog/index.js'
import { all, any, mkRule, not, p } from './helpers/rules.js'

const rules = () => [
  mkRule(
    'b',
    all(p('Image', 'wildcard', '*\\Rundll32.exe'), not(p('ParentImage', 'eq', 'C:\\Windows\\msiexec.exe')))
  ),
  mkRule('a', all(p('Image', 'wildcard', '*\\rundll32.exe'), p('CommandLine', 'wildcard', '*JavaScript:*'))),
  mkRule('c', any(p('Image', 'wildcard', '*\\powershell.exe'), p('Image', 'wildcard', '*\\pwsh.exe')), [
    'T1059.001'
  ]),
  mkRule('d', null, ['T1059.001'], { product: 'windows', service: 'security' })
]

describe('catalog', () => {
  it('indexes indicators, exclusions, techniques and event kinds with case-folded keys', () => {
    const cat = buildCatalog(rules())
    expect(cat.rules.map(r => r.title)).toEqual(['Rule a', 'Rule b', 'Rule c', 'Rule d'])
    expect(cat.indicatorRules.get('Image|wildcard|*\\rundll32.exe')).toEqual([0, 1])
    expect(cat.exclusionRules.get('ParentImage|eq|c:\\windows\\msiexec.exe')).toEqual([1])
    expect(cat.techniqueRules.get('T1059.001')).toEqual([2, 3])
    expect(cat.eventKindRules.get('windows//security')).toEqual([3])
    expect(cat.rules[3].indicators).toEqual([])
  })

  it('serialises to deterministic bytes whatever the input order, and loads back', () => {
    const one = serializeCatalog(buildCatalog(rules()))
    const two = serializeCatalog(buildCatalog([...rules()].reverse()))
    expect(two).toBe(one)
    const loaded = parseCatalog(one, 'c.json')
    expect(serializeCatalog(loaded)).toBe(one)
    expect(loaded.indicatorRules.get('Image|wildcard|*\\rundll32.exe')).toEqual([0, 1])
    const doc = JSON.parse(one)
    expect(doc).toMatchObject({ format: 'detlint-catalog', version: 5 })
  })

  it('merges parts in catalog order: interleaved runs, and a part whose rules are out of order', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      mkRule(`r${String(i).padStart(2, '0')}`, p('Image', 'eq', `x${i}.exe`))
    )
    const paths = (c: ReturnType<typeof buildCatalog>): string[] => c.rules.map(r => r.path)
    const sorted = paths(buildCatalog(many))
    expect(sorted).toEqual([...sorted].sort())
    const parts = [0, 1, 2].map(k => buildCatalog(many.filter((_, i) => i % 3 === k)))
    expect(paths(mergeCatalogs(parts))).toEqual(sorted)
    expect(paths(mergeCatalogs([...parts].reverse()))).toEqual(sorted)
    // A rule in two parts is taken from the first; the order is the same.
    expect(paths(mergeCatalogs([parts[0], buildCatalog(many.slice(0, 5)), parts[1], parts[2]]))).toEqual(
      sorted
    )
    const unsorted = { ...parts[0], rules: [...parts[0].rules].reverse() }
    expect(paths(mergeCatalogs([parts[1], unsorted, parts[2]]))).toEqual(sorted)
  })

  it('merges catalogs, keeping a rule present in both once', () => {
    const a = buildCatalog(rules().slice(0, 2))
    const b = buildCatalog(rules().slice(1))
    const m = mergeCatalogs([a, b])
    expect(m.rules).toHaveLength(4)
    expect(serializeCatalog(m)).toBe(serializeCatalog(buildCatalog(rules())))
  })

  it.each([
    ['not json', /c\.json: not valid JSON/],
    ['{"format":"other"}', /c\.json: not a detlint catalog/],
    ['{"format":"detlint-catalog","version":99,"keys":[],"rules":[]}', /catalog version 99 is not supported/],
    [
      '{"format":"detlint-catalog","version":3,"keys":[],"rules":[]}',
      /catalog version 3 is not supported \(expected 5\); rebuild it/
    ],
    // A file of the last format (its header line and sections), from an earlier detlint.
    [
      serializeCatalog(buildCatalog(rules())).replace('"version":5,', '"version":4,'),
      /catalog version 4 is not supported \(expected 5\); rebuild it with `detlint catalog build`/
    ],
    [
      serializeCatalog(buildCatalog(rules())).replace('["sigma",', '["qrada",'),
      /rules\[0\]\[0\]: unknown vendor "qrada"/
    ]
  ])('rejects a bad catalog file %#', (text, message) => {
    expect(() => parseCatalog(text, 'c.json')).toThrow(CatalogError)
    expect(() => parseCatalog(text, 'c.json')).toThrow(message)
  })
})

describe('catalogs read on demand', () => {
  /** Four kinds of event, keys shared across kinds and parts, a rule in two parts, exclusions. */
  const partA = () => [
    ...rules(),
    mkRule('lx', all(p('Image', 'wildcard', '*/curl'), not(p('User', 'eq', 'root'))), ['T1105'], {
      product: 'linux',
      category: 'process_creation'
    })
  ]
  const partB = () => [
    rules()[0],
    mkRule('e', all(p('Image', 'wildcard', '*\\rundll32.exe'), not(p('User', 'eq', 'root'))), ['T1218.011']),
    mkRule('f', p('CommandLine', 'wildcard', '*-enc*'), ['T1059.001'], {
      product: 'windows',
      service: 'security'
    })
  ]
  /** Each answer a key at a time, then the whole maps: the same, as a catalog built in memory. */
  const sameAnswers = (lazy: ReturnType<typeof mergeCatalogs>, eager: ReturnType<typeof buildCatalog>) => {
    expect(lazy.rules.map(r => [r.vendor, r.path, r.line, r.title])).toEqual(
      eager.rules.map(r => [r.vendor, r.path, r.line, r.title])
    )
    const keys = [...eager.keys.keys(), 'Image|eq|absent.exe', 'NoSuchField|eq|x']
    for (const k of keys) {
      expect(lazy.keys.get(k)).toEqual(eager.keys.get(k))
      expect(lazy.indicatorRules.get(k)).toEqual(eager.indicatorRules.get(k))
      expect(lazy.exclusionRules.get(k)).toEqual(eager.exclusionRules.get(k))
    }
    for (const f of [...eager.fields.keys(), 'NoSuchField'])
      expect(lazy.fields.get(f)).toEqual(eager.fields.get(f))
    expect(new Map(lazy.techniqueRules)).toEqual(new Map(eager.techniqueRules))
    const sorted = <V>(m: ReadonlyMap<string, V>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))
    expect(sorted(lazy.indicatorRules)).toEqual(sorted(eager.indicatorRules))
    expect(sorted(lazy.exclusionRules)).toEqual(sorted(eager.exclusionRules))
    expect(sorted(lazy.keys)).toEqual(sorted(eager.keys))
    expect(serializeCatalog(lazy)).toBe(serializeCatalog(eager))
  }

  it('a catalog file answers key by key as the catalog it was saved from', () => {
    const eager = buildCatalog(partA())
    sameAnswers(parseCatalog(serializeCatalog(eager), 'a.json'), eager)
  })

  it('a merge of files and a catalog in memory answers as one catalog of all their rules', () => {
    const file = parseCatalog(serializeCatalog(buildCatalog(partA())), 'a.json')
    sameAnswers(mergeCatalogs([buildCatalog(partB()), file]), buildCatalog([...partB(), ...partA().slice(1)]))
    const again = parseCatalog(serializeCatalog(buildCatalog(partA())), 'a.json')
    sameAnswers(
      mergeCatalogs([again, buildCatalog(partB())]),
      buildCatalog([...partA(), ...partB().slice(1)])
    )
  })

  it('a part with rules left out answers as if they were never there', () => {
    const file = parseCatalog(serializeCatalog(buildCatalog(partA())), 'a.json')
    const kept = combineCatalogs([
      { catalog: file, keep: r => r.title !== 'Rule lx' && r.title !== 'Rule b' }
    ])
    sameAnswers(kept, buildCatalog(partA().filter(r => r.title !== 'Rule lx' && r.title !== 'Rule b')))
  })
})
