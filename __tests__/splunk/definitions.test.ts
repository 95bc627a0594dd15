/**
 * Splunk definitions are parsed lazily: a file only when a search asks for a name it may
 * define, with the same answers as parsing every file (the first file, in name order, wins).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import {
  definitionFolders,
  definitionsFingerprint,
  loadDefinition,
  loadDefinitions,
  nameAtAGlance,
  parseDefinition,
  parsedDefinitionFiles,
  plainDefinition,
  readDataSource,
  readMacro,
  refreshSplunkDefinitions
} from '../../src/formats/splunk/definitions.js'
import { Workspace, dataSource, macro } from './helpers.js'

let ws: Workspace | undefined
afterEach(() => ws?.cleanup())

function defsOf(files: Record<string, string>) {
  ws = new Workspace(files)
  refreshSplunkDefinitions()
  return loadDefinitions(definitionFolders({ file: ws.path('detections/x.yml') }))
}

describe('nameAtAGlance', () => {
  it.each([
    ['name: sysmon\ndefinition: a\n', 'sysmon'],
    ['definition: a\nname: security_content_ctime(1)\n', 'security_content_ctime'],
    ["name: 'quoted'\n", 'quoted'],
    ['name: "dq"\r\ndefinition: a\r\n', 'dq'],
    ['name: last', 'last']
  ])('macros: %j → %s', (text, name) => expect(nameAtAGlance(text, 'macros')).toBe(name))

  it.each([
    ['no name line', 'definition: a\n'],
    ['two name lines', 'name: a\ndefinition: "x\nname: b"\n'],
    ['a quoted key', 'name: a\n"name": b\n'],
    ['a complex key', '? name\n: b\nname: a\n'],
    ['continued on the next line', 'name: a\n  b\ndefinition: x\n'],
    ['a blank line after', 'name: a\n\ndefinition: x\n'],
    ['a comment', 'name: a # b\n'],
    ['an anchor', 'name: &x a\n'],
    ['a tag', 'name: !!str a\n'],
    ['a number', 'name: 0x1F\n'],
    ['a boolean', 'name: true\n'],
    ['null', 'name: null\n'],
    ['empty', 'name:\n  a\n']
  ])('macros: null for %s', (_why, text) => expect(nameAtAGlance(text, 'macros')).toBeNull())

  it('data sources: words with spaces, not quoted or odd ones', () => {
    expect(nameAtAGlance('name: Sysmon EventID 1\nid: x\n', 'data_sources')).toBe('Sysmon EventID 1')
    expect(nameAtAGlance('name: A: b\n', 'data_sources')).toBeNull()
    expect(nameAtAGlance("name: 'A b'\n", 'data_sources')).toBeNull()
    expect(nameAtAGlance('name: Null\n', 'data_sources')).toBeNull()
  })
})

describe('lazy definitions', () => {
  it('parses only the file of the macro a search asks for', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 20; i++) files[`macros/m${i}.yml`] = macro(`m${i}`, `a=${i}`)
    for (let i = 0; i < 20; i++) files[`data_sources/d${i}.yml`] = dataSource(`D ${i}`, `s${i}`, 't')
    const defs = defsOf(files)
    const before = parsedDefinitionFiles()
    expect(defs.macro('m7', 0)?.definition).toBe('a=7')
    expect(defs.macro('m7', 0)?.definition).toBe('a=7')
    expect(defs.dataSource('d 3')?.source).toBe('s3')
    expect(defs.macro('nowhere', 0)).toBeUndefined()
    expect(parsedDefinitionFiles() - before).toBe(2)
  })

  it('answers as parsing every file: first in name order, arity, files it cannot glance at', () => {
    const defs = defsOf({
      // Its name cannot be told at a glance (a comment): parsed when a lookup needs it.
      'macros/a.yml': 'name: dup # first in name order\ndefinition: from-a\n',
      'macros/b.yml': macro('dup', 'from-b'),
      'macros/c.yml': macro('dup(1)', 'from-c-$x$', ['x']),
      'macros/d.yml': 'definition: no name\n',
      'macros/g.yml': macro('early', 'from-g'),
      'macros/h.yml': 'name: early # after a file named at a glance\ndefinition: from-h\n',
      'data_sources/a.yml': dataSource('Windows Security', 'first', 't'),
      'data_sources/b.yml': dataSource('windows security', 'folded-exact', 't')
    })
    expect(defs.macro('dup', 0)?.definition).toBe('from-a')
    expect(defs.macro('dup', 1)?.definition).toBe('from-c-$x$')
    expect(defs.macro('dup', 2)).toBeUndefined()
    expect(defs.macro('early', 0)?.definition).toBe('from-g')
    expect(defs.dataSource('Windows Security')?.source).toBe('first')
    expect(defs.dataSource('windows security')?.source).toBe('folded-exact')
    expect(defs.dataSource('WINDOWS SECURITY')?.source).toBe('first')
    expect(defs.hasDataSources).toBe(true)
  })

  it('fingerprints the files without parsing them, and changes with their bytes', () => {
    ws = new Workspace({ 'macros/m.yml': macro('m', 'a=1'), 'data_sources/d.yml': dataSource('D', 's', 't') })
    const context = { file: ws.path('detections/x.yml') }
    refreshSplunkDefinitions()
    const before = parsedDefinitionFiles()
    const first = definitionsFingerprint(context)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(parsedDefinitionFiles()).toBe(before)
    ws.write({ 'macros/m.yml': macro('m', 'a=2') })
    refreshSplunkDefinitions()
    expect(definitionsFingerprint(context)).not.toBe(first)
    expect(parsedDefinitionFiles()).toBe(before)
  })
})

describe('parseDefinition', () => {
  /** What the readers take from a file, both ways. */
  const both = (text: string) => {
    const read = (doc: ReturnType<typeof parseDefinition>) =>
      doc === null ? null : { macro: readMacro(doc), dataSource: readDataSource(doc) }
    return [read(parseDefinition(text)), read(loadDefinition(text))]
  }

  it.each([
    ['a macro', macro('m', 'a=1 | eval x="y"', ['f', 'g'])],
    ['a data source', dataSource('Sysmon EventID 1', 'XmlWinEventLog:Sysmon', 'xmlwineventlog', 'EventID')],
    ['numbers and booleans', 'name: 1.5e3\ndefinition: 0x1F\nsource: true\nsourcetype: ~\nseparator: 010\n'],
    ['number arguments', 'name: m\ndefinition: x\narguments:\n  - 1\n  - "2"\n  - [a]\n'],
    ['a map of arguments', 'name: m\ndefinition: x\narguments: {a: 1}\n'],
    ['an empty name', 'name:\ndefinition: x\n'],
    ['a tag', 'name: !!str 12\ndefinition: x\n'],
    ['an unknown tag', 'name: m\ndefinition: !foo x\n'],
    ['an alias', 'name: &n m\ndefinition: *n\n'],
    ['a duplicate key', 'name: a\nname: b\ndefinition: x\n'],
    ['a nested duplicate key', 'name: a\ndefinition: x\nfields:\n  - {k: 1, k: 2}\n'],
    ['a number key', 'name: a\ndefinition: x\n1: y\n'],
    ['two documents', 'name: a\ndefinition: x\n---\nname: b\n'],
    ['a list', '- name: a\n'],
    ['empty', ''],
    ['deficient indentation', "name: pyyaml_style\ndefinition: 'process_name=a.exe\n| search b=1'\n"],
    ['a syntax error', 'name: [a\n']
  ])('reads %s as js-yaml does', (_what, text) => {
    const [fast, slow] = both(text)
    expect(fast).toEqual(slow)
  })

  const corpus = path.resolve('../shared/corpus/splunk')
  const folders = ['macros', 'data_sources'].map(f => path.join(corpus, f)).filter(f => existsSync(f))
  ;(folders.length > 0 ? it : it.skip)('reads every corpus definition as js-yaml does', () => {
    let n = 0
    let plain = 0
    for (const folder of folders)
      for (const name of readdirSync(folder).filter(f => /\.ya?ml$/.test(f))) {
        const text = readFileSync(path.join(folder, name), 'utf8')
        const [fast, slow] = both(text)
        expect([name, fast]).toEqual([name, slow])
        if (plainDefinition(text) !== undefined) plain++
        n++
      }
    expect(n).toBeGreaterThan(300)
    expect(plain).toBeGreaterThan(n / 2) // most take the positioned parser
  })
})
