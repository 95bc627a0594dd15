/**
 * The catalog file, version 3: its JSON schema, the events it records, and technique
 * grouping through the ATT&CK table (revoked → replacement, version moves, sub-technique →
 * parent).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import {
  CATALOG_VERSION,
  buildCatalog,
  mergeCatalogs,
  parseCatalog,
  peerGroups,
  serializeCatalog,
  techniqueGroups,
  withAttack
} from '../src/catalog/index.js'
import { all, any, mkRule, not, p } from './helpers/rules.js'
import { smallTable } from './attack/tables.js'

const SCHEMA = JSON.parse(
  readFileSync(new URL('../schema/detlint-catalog.schema.json', import.meta.url), 'utf8')
)
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(SCHEMA)

const rules = () => [
  mkRule(
    'ps',
    all(p('process.name', 'eq', 'powershell.exe'), not(p('process.parent.name', 'eq', 'ccmexec.exe'))),
    ['T1059.001']
  ),
  mkRule('old', p('process.name', 'eq', 'pwsh.exe'), ['T1086']),
  mkRule('parent', p('process.command_line', 'wildcard', '*-enc*'), ['T1059']),
  mkRule('fw', p('process.command_line', 'wildcard', '*advfirewall*'), ['T1562.004']),
  mkRule('none', p('process.name', 'eq', 'x.exe'), [])
]

describe('catalog file version 3', () => {
  it('validates against schema/detlint-catalog.schema.json', () => {
    const doc = JSON.parse(serializeCatalog(buildCatalog(rules())))
    expect(doc.version).toBe(CATALOG_VERSION)
    expect(validate(doc)).toBe(true)
    expect(validate.errors ?? []).toEqual([])
  })

  it('the schema rejects what the loader rejects: a missing events list, a bad op, another version', () => {
    const doc = JSON.parse(serializeCatalog(buildCatalog(rules())))
    const broken = structuredClone(doc)
    delete broken.rules[0].events
    expect(validate(broken)).toBe(false)
    expect(() => parseCatalog(JSON.stringify(broken), 'c.json')).toThrow(
      'c.json: rules[0].events: expected a list'
    )
    const badOp = structuredClone(doc)
    badOp.keys[0].op = 'equals'
    expect(validate(badOp)).toBe(false)
    const v1 = { ...doc, version: 1 }
    expect(validate(v1)).toBe(false)
    expect(() => parseCatalog(JSON.stringify(v1), 'c.json')).toThrow(
      'catalog version 1 is not supported (expected 3)'
    )
  })

  it('records the standalone exclusions: reached from a top-level not through or only', () => {
    const rule = mkRule(
      'filters',
      all(
        p('process.name', 'eq', 'rundll32.exe'),
        not(any(p('process.parent.name', 'eq', 'a.exe'), p('process.parent.name', 'eq', 'b.exe'))),
        not(all(p('process.parent.name', 'eq', 'c.exe'), p('process.command_line', 'wildcard', '*x*'))),
        not(any(p('user.name', 'eq', 'system'), all(p('host.name', 'eq', 'h'), p('user.id', 'eq', 'u'))))
      )
    )
    const cat = buildCatalog([rule])
    const [entry] = cat.rules
    expect(entry.exclusions).toHaveLength(7)
    expect(entry.standalone).toEqual([
      'process.parent.name|eq|a.exe',
      'process.parent.name|eq|b.exe',
      'user.name|eq|system'
    ])
    const again = parseCatalog(serializeCatalog(cat), 'c.json')
    expect(again.rules[0].standalone).toEqual(entry.standalone)
    const doc = JSON.parse(serializeCatalog(cat))
    expect(validate(doc)).toBe(true)
    delete doc.rules[0].standalone
    expect(validate(doc)).toBe(false)
  })

  it('records the events each rule reads, and keeps them through save and load', () => {
    const cat = buildCatalog(rules())
    const ps = cat.rules.find(r => r.title === 'Rule ps')
    expect(ps?.events).toEqual(expect.arrayContaining(['security:4688', 'sysmon:1']))
    const again = parseCatalog(serializeCatalog(cat), 'c.json')
    expect(again.rules.map(r => r.events)).toEqual(cat.rules.map(r => r.events))
  })
})

describe('technique grouping', () => {
  it('files a rule under each tag and its parent, as tagged without a table', () => {
    expect(techniqueGroups(['T1059.001', 'T1218.011', 'T1218'])).toEqual([
      'T1059',
      'T1059.001',
      'T1218',
      'T1218.011'
    ])
    expect(peerGroups(['T1059.001', 'T1059.003', 'T1218.011'])).toEqual(['T1059', 'T1218'])
    const cat = buildCatalog(rules())
    const titles = (t: string) => (cat.techniqueRules.get(t) ?? []).map(i => cat.rules[i].title)
    expect(titles('T1059')).toEqual(['Rule parent', 'Rule ps'])
    expect(titles('T1059.001')).toEqual(['Rule ps'])
    expect(titles('T1086')).toEqual(['Rule old'])
  })

  it('normalises through the ATT&CK table: revoked → replacement, version moves', () => {
    const table = smallTable()
    expect(techniqueGroups(['T1086'], table)).toEqual(['T1059', 'T1059.001'])
    expect(techniqueGroups(['T1562.004'], table)).toEqual(['T1686'])
    expect(peerGroups(['T1086', 'T1059.001'], table)).toEqual(['T1059'])
    const cat = withAttack(buildCatalog(rules()), table)
    const titles = (t: string) => (cat.techniqueRules.get(t) ?? []).map(i => cat.rules[i].title)
    expect(titles('T1059.001')).toEqual(['Rule old', 'Rule ps'])
    expect(titles('T1059')).toEqual(['Rule old', 'Rule parent', 'Rule ps'])
    expect(titles('T1086')).toEqual([])
    expect(titles('T1686')).toEqual(['Rule fw'])
    // The file keeps the tags as written: the table applies when loading.
    const text = serializeCatalog(cat)
    expect(text).toBe(serializeCatalog(buildCatalog(rules())))
    expect(parseCatalog(text, 'c.json', table).techniqueRules).toEqual(cat.techniqueRules)
    expect(withAttack(cat, undefined).techniqueRules.get('T1086')).toHaveLength(1)
  })

  it('a merged catalog keeps the table of its parts unless given another', () => {
    const table = smallTable()
    const merged = mergeCatalogs([
      withAttack(buildCatalog(rules().slice(0, 2)), table),
      buildCatalog(rules().slice(2))
    ])
    expect(merged.attack).toBe(table)
    expect(merged.techniqueRules.get('T1059.001')).toHaveLength(2)
  })
})
