import { describe, expect, it } from '@jest/globals'
import {
  CatalogError,
  buildCatalog,
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
    expect(doc).toMatchObject({ format: 'detlint-catalog', version: 4 })
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
      /catalog version 3 is not supported \(expected 4\); rebuild it/
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
