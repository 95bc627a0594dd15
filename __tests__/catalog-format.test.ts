/**
 * The catalog file, version 5: its JSON schema, the events it records, the sections read on
 * demand, and technique grouping through the ATT&CK table (revoked → replacement, version
 * moves, sub-technique → parent).
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Ajv } from 'ajv'
import {
  CATALOG_VERSION,
  CatalogError,
  buildCatalog,
  loadCatalogFile,
  mergeCatalogs,
  parseCatalog,
  peerGroups,
  serializeCatalog,
  standalonePatternCounts,
  storedFeatures,
  techniqueGroups,
  withAttack
} from '../src/catalog/index.js'
import { all, any, mkRule, not, p } from './helpers/rules.js'
import { ruleQuery, similarities, similarityIndex } from '../src/similarity/index.js'
import { commonPatterns } from '../src/checks/exclusion-support.js'
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

describe('catalog file version 5', () => {
  it('validates against schema/detlint-catalog.schema.json', () => {
    const doc = JSON.parse(serializeCatalog(buildCatalog(rules())))
    expect(doc.version).toBe(CATALOG_VERSION)
    expect(validate(doc)).toBe(true)
    expect(validate.errors ?? []).toEqual([])
  })

  it('writes the rule directory in ASCII, and reads its other characters back as they were', () => {
    const odd = { ...mkRule('odd', p('process.name', 'eq', 'café.exe')), title: 'Détection — 😀 \u2028 ok' }
    const text = serializeCatalog(buildCatalog([...rules(), odd]))
    const header = JSON.parse(text.slice(0, text.indexOf('\n')) + '}') as {
      sections: { rules: [number, number] }
    }
    const body = Buffer.from(text.slice(text.indexOf('\n') + 1), 'utf8')
    const directory = body.subarray(...header.sections.rules).toString('latin1')
    expect(directory).toMatch(/^[\x20-\x7e]+$/)
    expect(directory).toContain('D\\u00e9tection \\u2014 \\ud83d\\ude00 \\u2028 ok')
    const loaded = parseCatalog(text, 'odd.json')
    expect(loaded.rules.find(r => r.id === 'id-odd')?.title).toBe(odd.title)
    // The keys keep their characters (only the directory is escaped): same bytes once more.
    expect(loaded.keys.has('process.name|eq|café.exe')).toBe(true)
    expect(serializeCatalog(loaded)).toBe(text)
  })

  it('the schema rejects what the loader rejects: a missing events list, a bad op, another version', () => {
    const text = serializeCatalog(buildCatalog(rules()))
    const doc = JSON.parse(text)
    const broken = structuredClone(doc)
    broken.rules[0].pop()
    expect(validate(broken)).toBe(false)
    // The same change in the file, its length kept: the loader names the row.
    const row = JSON.stringify(doc.rules[0])
    const cut = `${JSON.stringify(doc.rules[0].slice(0, 8))}`
    const edited = text.replace(row, cut.padEnd(row.length, ' '))
    expect(() => parseCatalog(edited, 'c.json')).toThrow('c.json: rules[0]: expected a list of 9 fields')
    const badOp = structuredClone(doc)
    badOp.keys[0][0][1] = 'equals'
    expect(validate(badOp)).toBe(false)
    const v1 = { ...doc, version: 1 }
    expect(validate(v1)).toBe(false)
    expect(() => parseCatalog(JSON.stringify(v1), 'c.json')).toThrow(
      'catalog version 1 is not supported (expected 5)'
    )
  })

  it('reads a kind only when asked, and answers as the catalog it was saved from', () => {
    const built = buildCatalog([
      ...rules(),
      mkRule('linux', p('process.name', 'eq', 'curl'), ['T1105'], {
        product: 'linux',
        category: 'process_creation'
      })
    ])
    const text = serializeCatalog(built)
    const loaded = parseCatalog(text, 'c.json')
    expect(loaded.rules.map(r => r.title)).toEqual(built.rules.map(r => r.title))
    expect(loaded.indicatorRules.get('process.name|eq|powershell.exe')).toEqual(
      built.indicatorRules.get('process.name|eq|powershell.exe')
    )
    expect(loaded.keys.get('process.parent.name|eq|ccmexec.exe')).toEqual({
      field: 'process.parent.name',
      op: 'eq',
      value: 'ccmexec.exe'
    })
    expect(loaded.fields.get('process.name')).toEqual(built.fields.get('process.name'))
    expect(loaded.fields.get('process.name')?.kinds).toEqual([
      'linux/process_creation/',
      'windows/process_creation/'
    ])
    expect([...loaded.exclusionRules]).toEqual([...built.exclusionRules])
    expect(new Map(loaded.keys)).toEqual(new Map([...built.keys].sort((a, b) => (a[0] < b[0] ? -1 : 1))))
    // Each rule's features are stored: the similarity index reads them instead of computing.
    const ps = loaded.rules.findIndex(r => r.title === 'Rule ps')
    const stored = storedFeatures(loaded.rules[ps])
    const run = (starts: number[], ids: number[], table: string[], local: number): string[] =>
      ids.slice(starts[local], starts[local + 1]).map(i => table[i])
    const s = stored?.section
    expect(s && run(s.featureStarts, s.featureIds, s.features, stored.local)).toEqual([
      'F:process.name',
      'V:powershell.exe',
      'FV:process.name=powershell.exe'
    ])
    expect(s && run(s.fieldStarts, s.fieldIds, s.fields, stored.local)).toEqual([
      'process.name',
      'process.parent.name'
    ])
    expect(storedFeatures(built.rules[0])).toBeUndefined()
    // The index counted from stored features and fields is the one computed from the keys.
    const kind = 'windows/process_creation/'
    const fromFile = similarityIndex(loaded).kind(kind)
    const computed = similarityIndex(built).kind(kind)
    const sorted = (m: ReadonlyMap<string, readonly number[]>) =>
      [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))
    expect(sorted(fromFile.fieldRules)).toEqual(sorted(computed.fieldRules))
    expect([...fromFile.weight]).toEqual([...computed.weight])
    expect(serializeCatalog(loaded)).toBe(text)
  })

  it('stores sorted feature tables; unsorted ones (an edited file) and merged rules give the same similarities', () => {
    const extra = mkRule(
      'extra',
      all(p('process.command_line', 'wildcard', '*-nop*'), p('process.name', 'eq', 'x.exe'))
    )
    const text = serializeCatalog(buildCatalog(rules()))
    const doc = JSON.parse(text) as {
      kinds: string[]
      similarity: Array<{ features: string[]; featureIds: number[] }>
    }
    const kind = 'windows/process_creation/'
    const sim = doc.similarity[doc.kinds.indexOf(kind)]
    expect(sim.features.length).toBeGreaterThan(2)
    expect(sim.features).toEqual([...sim.features].sort())
    // A file whose table is not sorted (edited by hand): here, its first two features swapped (the
    // file keeps its length, so its header still holds).
    const swap = (i: number): number => (i === 0 ? 1 : i === 1 ? 0 : i)
    const older = text.replace(
      JSON.stringify(sim),
      JSON.stringify({
        ...sim,
        features: [sim.features[1], sim.features[0], ...sim.features.slice(2)],
        featureIds: sim.featureIds.map(swap)
      })
    )
    expect(older).not.toBe(text)
    expect(older.length).toBe(text.length)
    // A query with features the table lacks, against the kind with and without a rule of
    // the pull request's own (features after the table's).
    const query = mkRule(
      'query',
      all(p('process.name', 'eq', 'powershell.exe'), p('process.command_line', 'wildcard', '*-nop*'))
    )
    const byPath = (catalog: ReturnType<typeof buildCatalog>): Array<[string, number]> =>
      similarities(catalog, ruleQuery(catalog, query, new Set()), { techniqueWeight: 1 })
        .map((n): [string, number] => [catalog.rules[n.index].path, n.similarity])
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    const inMemory = byPath(buildCatalog(rules()))
    expect(inMemory.length).toBeGreaterThan(1)
    expect(byPath(parseCatalog(text, 'c.json'))).toEqual(inMemory)
    expect(byPath(parseCatalog(older, 'c.json'))).toEqual(inMemory)
    const withExtra = byPath(buildCatalog([...rules(), extra]))
    expect(withExtra).not.toEqual(inMemory)
    expect(byPath(mergeCatalogs([buildCatalog([extra]), parseCatalog(text, 'c.json')]))).toEqual(withExtra)
    expect(byPath(mergeCatalogs([buildCatalog([extra]), parseCatalog(older, 'c.json')]))).toEqual(withExtra)
    // The pull request changes a rule of the catalog: its new version replaces the stored
    // one, whose features stay in the table but belong to no rule of the kind any more.
    const changed = mkRule('ps', p('process.name', 'eq', 'other.exe'), ['T1059.001'])
    expect(changed.path).toBe(rules()[0].path)
    const replaced = byPath(buildCatalog([changed, ...rules().slice(1)]))
    expect(replaced).not.toEqual(inMemory)
    expect(byPath(mergeCatalogs([buildCatalog([changed]), parseCatalog(text, 'c.json')]))).toEqual(replaced)
    expect(byPath(mergeCatalogs([buildCatalog([changed]), parseCatalog(older, 'c.json')]))).toEqual(replaced)
  })

  it('refuses a file cut short, and names a broken section when it is read', () => {
    const text = serializeCatalog(buildCatalog(rules()))
    expect(() => parseCatalog(text.slice(0, -20), 'c.json')).toThrow('c.json: the file is cut short')
    // An index out of range in a kind's section, the length kept: found when the kind is read.
    const section = JSON.stringify(JSON.parse(text).kind[0])
    expect(section).toContain('"rules":[[[1')
    const edited = text.replace(section, section.replace('"rules":[[[1', '"rules":[[[9'))
    const loaded = parseCatalog(edited, 'c.json')
    expect(loaded.rules[0].title).toBe('Rule fw')
    expect(() => loaded.rules[0].indicators).toThrow(CatalogError)
    expect(() => loaded.rules[0].indicators).toThrow(
      'c.json: kind[0] (windows/process_creation/).rules[0][0][0]: expected an index below 6, got 9'
    )
  })

  it("reads a rule's keys alone: a broken key is found by the rule that uses it, not by the others", () => {
    const text = serializeCatalog(buildCatalog(rules()))
    const doc = JSON.parse(text) as { keys: Array<Array<[string | null, string, string | null]>> }
    // The kind's first key (`process.command_line|wildcard|*-enc*`, of rule "parent" only),
    // made no key at all, its length kept.
    const first = JSON.stringify(doc.keys[0][0])
    expect(first).toBe('["process.command_line","wildcard","*-enc*"]')
    const edited = text.replace(first, `{${'"x":1'.padEnd(first.length - 2, ' ')}}`)
    expect(edited.length).toBe(text.length)
    const loaded = parseCatalog(edited, 'c.json')
    const byTitle = (t: string) => loaded.rules.find(r => r.title === `Rule ${t}`) as (typeof loaded.rules)[0]
    expect(byTitle('ps').indicators).toEqual(['process.name|eq|powershell.exe'])
    expect(byTitle('fw').indicators).toEqual(['process.command_line|wildcard|*advfirewall*'])
    expect(() => byTitle('parent').indicators).toThrow(
      'c.json: keys[0] (windows/process_creation/)[0]: expected [field, op, value]'
    )
    // Every key at once (all the keys of a field): the same error.
    expect(() => [...parseCatalog(edited, 'c.json').keys]).toThrow('keys[0] (windows/process_creation/)[0]')
    // Where a key ends must lie in its section, after the key before it.
    const kind = JSON.stringify(JSON.parse(text).kind[0])
    const ends = /"keyEnds":\[(\d+),(\d+)/.exec(kind) as RegExpExecArray
    const swapped = kind.replace(`"keyEnds":[${ends[1]},${ends[2]}`, `"keyEnds":[${ends[2]},${ends[1]}`)
    const reordered = parseCatalog(text.replace(kind, swapped), 'c.json')
    expect(() => reordered.rules[0].indicators).toThrow(
      `c.json: kind[0] (windows/process_creation/).keyEnds[1]: expected a position in the keys section, got ${ends[1]}`
    )
  })

  it('counts the wildcard patterns of standalone exclusions as the rules do, merged or not', () => {
    const filter = (name: string, ...patterns: string[]) =>
      mkRule(
        name,
        all(
          p('process.name', 'eq', `${name}.exe`),
          not(any(...patterns.map(v => p('process.parent.name', 'wildcard', v)))),
          not(all(p('user.name', 'wildcard', '*svc*'), p('host.name', 'eq', 'h')))
        )
      )
    const corpus = [
      filter('a', '*\\x\\*', '*\\y\\*'),
      filter('b', '*\\x\\*'),
      filter('c', '*\\y\\*', '*\\z\\*')
    ]
    const kind = 'windows/process_creation/'
    const counts = (c: ReturnType<typeof buildCatalog>) =>
      [...standalonePatternCounts(c, c.eventKindRules.get(kind) ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : 1))
    const text = serializeCatalog(buildCatalog(corpus))
    const sections = JSON.parse(text) as {
      kinds: string[]
      kind: Array<{ patterns: number[][] }>
      keys: string[][][]
    }
    const ki = sections.kinds.indexOf(kind)
    expect(sections.kind[ki].patterns.map(([x, n]) => [sections.keys[ki][x].join('|'), n])).toEqual([
      ['process.parent.name|wildcard|*\\x\\*', 2],
      ['process.parent.name|wildcard|*\\y\\*', 2],
      ['process.parent.name|wildcard|*\\z\\*', 1]
    ])
    const expected = [
      ['process.parent.name|wildcard|*\\x\\*', 2],
      ['process.parent.name|wildcard|*\\y\\*', 2],
      ['process.parent.name|wildcard|*\\z\\*', 1]
    ]
    expect(counts(buildCatalog(corpus))).toEqual(expected)
    expect(counts(parseCatalog(text, 'c.json'))).toEqual(expected)
    // A rule of the pull request's own adds its patterns to the file's counts ...
    const added = filter('d', '*\\z\\*')
    const withAdded = counts(buildCatalog([...corpus, added]))
    expect(withAdded.find(([k]) => k.endsWith('*\\z\\*'))?.[1]).toBe(2)
    expect(counts(mergeCatalogs([buildCatalog([added]), parseCatalog(text, 'c.json')]))).toEqual(withAdded)
    // ... and a changed rule of the file replaces the stored one's.
    const changed = filter('b', '*\\z\\*')
    const withChanged = counts(buildCatalog([corpus[0], changed, corpus[2]]))
    expect(withChanged).not.toEqual(expected)
    expect(counts(mergeCatalogs([buildCatalog([changed]), parseCatalog(text, 'c.json')]))).toEqual(
      withChanged
    )
    const merged = mergeCatalogs([buildCatalog([changed]), parseCatalog(text, 'c.json')])
    expect(commonPatterns(merged, kind)).toEqual(
      commonPatterns(buildCatalog([corpus[0], changed, corpus[2]]), kind)
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
    doc.kind[0].rules[0].pop()
    expect(validate(doc)).toBe(false)
  })

  // A catalog file is read by position: the header and the directory when loaded, a kind's
  // sections when asked for (not on Windows, where it is read whole).
  ;(process.platform === 'win32' ? it.skip : it)(
    'reads sections from the file it opened: a file renamed over it is not read, one rewritten in place is an error',
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'detlint-catalog-'))
      try {
        const file = path.join(dir, 'catalog.json')
        const built = buildCatalog(rules())
        writeFileSync(file, serializeCatalog(built))
        const loaded = loadCatalogFile(file)
        // Another catalog renamed into place (as a cache is written back): the first still answers.
        const other = path.join(dir, 'other.json')
        writeFileSync(other, serializeCatalog(buildCatalog([mkRule('x', p('process.name', 'eq', 'x.exe'))])))
        renameSync(other, file)
        expect(loaded.rules.map(r => r.indicators)).toEqual(built.rules.map(r => r.indicators))
        // Rewritten in place, another length: a section read since is refused, not misread.
        const again = loadCatalogFile(file)
        writeFileSync(file, `${readFileSync(file, 'utf8')} `)
        expect(() => again.rules[0].indicators).toThrow(CatalogError)
        expect(() => again.rules[0].indicators).toThrow(
          'cannot read: the file was changed while it was being read'
        )
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  )

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
    expect(new Map(parseCatalog(text, 'c.json', table).techniqueRules)).toEqual(new Map(cat.techniqueRules))
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
