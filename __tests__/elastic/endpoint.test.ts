/**
 * The Elastic Defend endpoint behavior rule layout: `[rule]` with `id`, `os_list` and an
 * endpoint-dialect EQL `query`, ATT&CK in top-level `[[threat]]`. Rules written for these tests.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { main } from '../../src/commands.js'
import { readRuleFile } from '../../src/formats/index.js'
import { elasticFormat } from '../../src/formats/elastic/index.js'
import { exclusions, indicators } from '../../src/ir.js'
import type { Rule } from '../../src/ir.js'
import { eventsCovered } from '../../src/normalize/events.js'
import { allDiagnostics, brief } from './helpers.js'

interface EndpointOptions {
  id?: string | null
  name?: string | null
  osList?: string | null
  /** The query (null: no `query` key). */
  query?: string | null
  /** TOML after the `[rule]` table (threat, actions). */
  after?: string
}

/** The query's first line in `endpointRule()`. */
const QUERY_LINE = 9

const THREAT = [
  '[[threat]]',
  'framework = "MITRE ATT&CK"',
  '[[threat.technique]]',
  'id = "T1055"',
  'name = "Process Injection"',
  '[[threat.technique.subtechnique]]',
  'id = "T1055.001"',
  'name = "Dynamic-link Library Injection"',
  '',
  '[threat.tactic]',
  'id = "TA0005"',
  'name = "Defense Evasion"',
  '',
  '[[threat]]',
  'framework = "Another Framework"',
  '[[threat.technique]]',
  'id = "X1"',
  ''
].join('\n')

const ACTIONS = [
  '[[actions]]',
  'action = "kill_process"',
  'field = "process.entity_id"',
  '',
  '[[actions]]',
  'action = "kill_process"',
  'field = "process.parent.entity_id"',
  '',
  '[[actions]]',
  'action = "rollback"',
  ''
].join('\n')

const line = (key: string, value: string | null | undefined, fallback: string): string =>
  value === null ? `# no ${key}` : `${key} = ${value ?? fallback}`

/** An endpoint rule laid out on fixed lines (a key set to null becomes a comment line). */
function endpointRule(o: EndpointOptions = {}): string {
  return [
    '[rule]',
    'description = "A rule written for the tests."',
    line('id', o.id, '"00000000-0000-4000-8000-0000000000e1"'),
    'license = "Elastic License v2"',
    line('name', o.name, '"Unsigned module writes into another process"'),
    line('os_list', o.osList, '["windows"]'),
    'version = "1.0.3"',
    o.query === null ? '# no query' : "query = '''",
    ...(o.query === null
      ? ['']
      : [
          o.query ??
            [
              'api where process.Ext.api.name == "WriteProcessMemory" and',
              '  not _arraysearch(process.thread.Ext.call_stack_final_user_module.code_signature, $entry,',
              '                   $entry.trusted == true and $entry.subject_name : "Microsoft*")'
            ].join('\n'),
          "'''"
        ]),
    '',
    'min_endpoint_version = "8.10.0"',
    o.after ?? `${ACTIONS}\n${THREAT}`,
    '[internal]',
    'min_endpoint_version = "8.10.0"',
    ''
  ].join('\n')
}

function readOne(text: string, path = 'behavior/rules/windows/test_rule.toml'): Rule {
  const r = elasticFormat.parse(path, text)
  expect(allDiagnostics(r)).toEqual([])
  expect(r.rules).toHaveLength(1)
  return r.rules[0]
}

const SIGNATURE = 'process.thread.Ext.call_stack_final_user_module.code_signature'

describe('Elastic Defend endpoint behavior rules', () => {
  it('are detected and read through the format registry', () => {
    const text = endpointRule()
    expect(elasticFormat.detect('rules/x.toml', text)).toBe(true)
    const r = readRuleFile('behavior/rules/windows/test_rule.toml', text)
    expect(r.diagnostics).toEqual([])
    expect(r.rules.map(x => [x.vendor, x.id, x.title])).toEqual([
      ['elastic', '00000000-0000-4000-8000-0000000000e1', 'Unsigned module writes into another process']
    ])
  })

  it('read identity, techniques, logsource and settings', () => {
    const rule = readOne(endpointRule())
    expect(rule).toMatchObject({
      id: '00000000-0000-4000-8000-0000000000e1',
      title: 'Unsigned module writes into another process',
      techniques: ['T1055', 'T1055.001'],
      tags: [],
      level: null,
      status: null,
      logsource: { product: 'windows', category: 'api', index: ['logs-endpoint.events.*'] },
      logicPos: { line: QUERY_LINE, column: 1 }
    })
    expect(rule.properties).toEqual({
      layout: 'endpoint',
      language: 'eql',
      osList: ['windows'],
      version: '1.0.3',
      minEndpointVersion: '8.10.0',
      actions: ['kill_process', 'rollback'],
      eventCategories: ['api']
    })
  })

  it('keep _arraysearch predicates as fields of the array, an exclusion when negated', () => {
    const rule = readOne(endpointRule())
    expect(indicators(rule).map(i => [i.pred.field, i.pred.value, i.pred.pos.line])).toEqual([
      ['process.Ext.api.name', 'WriteProcessMemory', QUERY_LINE]
    ])
    expect(
      exclusions(rule).map(e => [e.pred.field, e.pred.op, e.pred.value, e.pred.array, e.pred.pos.line])
    ).toEqual([
      [`${SIGNATURE}.trusted`, 'eq', 'true', SIGNATURE, QUERY_LINE + 2],
      [`${SIGNATURE}.subject_name`, 'wildcard', 'Microsoft*', SIGNATURE, QUERY_LINE + 2]
    ])
  })

  it('cover the Elastic Defend event of their EQL category', () => {
    expect(eventsCovered(readOne(endpointRule()))).toEqual(['endpoint:api'])
    const process = readOne(
      endpointRule({ query: 'process where event.type == "start" and process.name : "a.exe"' })
    )
    expect(process.logsource).toMatchObject({ product: 'windows', category: 'process_creation' })
    expect(eventsCovered(process)).toEqual(['endpoint:process'])
  })

  it('take the product from a one-OS os_list, or from host.os.type in the query', () => {
    const cross = readOne(endpointRule({ osList: '["linux", "macos"]', query: 'file where true' }))
    expect(cross.logsource).toEqual({ category: 'file_event', index: ['logs-endpoint.events.*'] })
    const os = readOne(
      endpointRule({ osList: '["linux", "macos"]', query: 'file where host.os.type == "macos"' })
    )
    expect(os.logsource.product).toBe('macos')
  })

  it('read sequences with aliases: a later step reads an aliased field under its own name', () => {
    const rule = readOne(
      endpointRule({
        query: [
          'sequence by process.entity_id with maxspan=30s',
          ' [file where event.type == "creation"] as event0',
          ' [process where event0.file.extension : "js" and process.executable == event0.file.path]'
        ].join('\n')
      })
    )
    expect(rule.properties?.sequence).toEqual({
      by: ['process.entity_id'],
      maxspan: '30s',
      steps: [{ category: 'file', alias: 'event0' }, { category: 'process' }]
    })
    expect(rule.logsource.category).toBe('file_event')
    const step2 = indicators(rule).filter(i => i.label === 'step 2')
    expect(step2.map(i => [i.pred.sourceField, i.pred.field, i.pred.op, i.pred.value])).toEqual([
      ['event0.file.extension', 'file.extension', 'eq', 'js'],
      ['process.executable', 'process.executable', 'fieldref', 'event0.file.path']
    ])
  })

  it('report what is missing or of the wrong shape', () => {
    const noQuery = elasticFormat.parse('x.toml', endpointRule({ query: null, name: null, osList: null }))
    expect(brief(allDiagnostics(noQuery))).toEqual([
      { severity: 'warning', code: 'elastic/invalid-metadata', line: 1, column: 1 },
      { severity: 'warning', code: 'elastic/invalid-metadata', line: 1, column: 1 },
      { severity: 'error', code: 'elastic/missing-query', line: 1, column: 1 }
    ])
    expect(noQuery.rules[0].queries).toEqual([])

    // Top-level keys come before the first table.
    const badThreat = elasticFormat.parse('x.toml', `threat = "T1055"\n${endpointRule({ after: ACTIONS })}`)
    expect(brief(allDiagnostics(badThreat))).toEqual([
      { severity: 'warning', code: 'elastic/invalid-threat', line: 1, column: 10 }
    ])
    expect(allDiagnostics(badThreat)[0].message).toBe(
      '`threat` should be a list of tables ([[threat]]), not a string'
    )
  })

  it('pass endpoint EQL diagnostics through at their file position', () => {
    const r = elasticFormat.parse('x.toml', endpointRule({ query: 'process where $entry.name == "a"' }))
    expect(brief(allDiagnostics(r))).toEqual([
      { severity: 'error', code: 'eql/unknown-variable', line: QUERY_LINE, column: 15 }
    ])
  })

  it('are told apart from detection-rules: `rule_id` wins over `id`', () => {
    const both = endpointRule().replace(
      '[rule]\n',
      '[rule]\nrule_id = "r-1"\ntype = "eql"\nlanguage = "eql"\n'
    )
    const rule = elasticFormat.parse('x.toml', both).rules[0]
    expect(rule.id).toBe('r-1')
    expect(rule.properties?.layout).toBeUndefined()
    // detection-rules read ATT&CK from [[rule.threat]] only.
    expect(rule.techniques).toEqual([])
  })
})

describe('a [rule] table of no known layout', () => {
  it('is reported on the [rule] line, not skipped', () => {
    const text =
      '# a comment\n[metadata]\nmaturity = "production"\n\n[rule]\nname = "No identity"\nquery = "x"\n'
    const r = readRuleFile('rules/orphan.toml', text)
    expect(r.rules).toEqual([])
    expect(r.diagnostics).toEqual([
      {
        path: 'rules/orphan.toml',
        line: 5,
        column: 1,
        severity: 'error',
        code: 'elastic/unknown-layout',
        message:
          'the `[rule]` table has neither `rule_id` (an Elastic detection-rules rule) nor `id` (an Elastic Defend endpoint behavior rule); the file is not read as a rule'
      }
    ])
  })

  it('says so when an `id` stands for a detection-rules `rule_id`', () => {
    const r = readRuleFile('rules/x.toml', '[rule]\nid = "r-1"\ntype = "eql"\nquery = "x"\n')
    expect(r.rules).toEqual([])
    expect(brief(r.diagnostics)).toEqual([
      { severity: 'error', code: 'elastic/unknown-layout', line: 1, column: 1 }
    ])
    expect(r.diagnostics[0].message).toContain('an `id` and a `type`, but no `rule_id`')
  })

  it('leaves a TOML file without a [rule] table unread, without a diagnostic', () => {
    expect(readRuleFile('pyproject.toml', '[project]\nname = "x"\nid = "y"\n')).toEqual({
      rules: [],
      diagnostics: []
    })
  })
})

describe('detlint parse on an endpoint rule', () => {
  it('prints its rule, element predicates marked with their array', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'detlint-endpoint-'))
    try {
      mkdirSync(path.join(dir, 'windows'))
      writeFileSync(path.join(dir, 'windows', 'rule.toml'), endpointRule())
      let out = ''
      const code = main(['parse', 'windows', '--format', 'json'], {
        stdout: t => void (out += t),
        stderr: () => undefined,
        cwd: dir
      })
      expect(code).toBe(0)
      const doc = JSON.parse(out)
      expect(doc.diagnostics).toEqual([])
      expect(doc.rules).toHaveLength(1)
      expect(doc.rules[0]).toMatchObject({
        vendor: 'elastic',
        id: '00000000-0000-4000-8000-0000000000e1',
        techniques: ['T1055', 'T1055.001']
      })
      expect(doc.rules[0].exclusions[0]).toEqual({
        field: `${SIGNATURE}.trusted`,
        sourceField: `${SIGNATURE}.trusted`,
        op: 'eq',
        value: 'true',
        line: QUERY_LINE + 2,
        column: 38,
        caseSensitive: true,
        array: SIGNATURE
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
