/**
 * The Splunk reader: detections read with macro and data source folders written by the tests
 * (never copied from the corpus).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readRuleFile } from '../../src/formats/index.js'
import { isSplunkDetection, refreshSplunkDefinitions, splunkFormat } from '../../src/formats/splunk/index.js'
import { scalarOffsets } from '../../src/formats/splunk/positions.js'
import { exclusions, indicators, predicates, type Predicate } from '../../src/ir.js'
import { parseYaml, scalarOffsetAt } from '../../src/yaml/positioned.js'
import { SEARCH_LINE, Workspace, brief, dataSource, detection, macro, oneRule, strip } from './helpers.js'

const SYSMON_SOURCE = 'XmlWinEventLog:Microsoft-Windows-Sysmon/Operational'

/** A security_content-like checkout: detections/, macros/, data_sources/. */
const CHECKOUT: Record<string, string> = {
  'macros/security_content_summariesonly.yml': macro('security_content_summariesonly', 'summariesonly=false'),
  'macros/sysmon.yml': macro('sysmon', `source=${SYSMON_SOURCE} OR sourcetype=xmlwineventlog`),
  'macros/wineventlog_security.yml': macro('wineventlog_security', 'source=XmlWinEventLog:Security'),
  'macros/process_rundll32.yml': macro(
    'process_rundll32',
    '(Processes.process_name=rundll32.exe OR Processes.original_file_name=RUNDLL32.EXE)'
  ),
  'macros/process_is.yml': macro('process_is', 'Processes.process_name=$name$', ['name']),
  'macros/outer.yml': macro('outer', '`process_is(cmd.exe)` Processes.process="*/c*"'),
  'macros/loop_a.yml': macro('loop_a', 'a=1 `loop_b`'),
  'macros/loop_b.yml': macro('loop_b', '`loop_a`'),
  'macros/security_content_ctime.yml': macro(
    'security_content_ctime',
    'convert timeformat="%Y-%m-%dT%H:%M:%S" ctime($field$)',
    ['field']
  ),
  'macros/story.yml': 'name: not a macro\ndescription: no definition\n',
  'data_sources/sysmon_eventid_1.yml': dataSource(
    'Sysmon EventID 1',
    SYSMON_SOURCE,
    'xmlwineventlog',
    'EventID'
  ),
  'data_sources/sysmon_eventid_11.yml': dataSource(
    'Sysmon EventID 11',
    SYSMON_SOURCE,
    'xmlwineventlog',
    'EventID'
  ),
  'data_sources/security_4688.yml': dataSource(
    'Windows Event Log Security 4688',
    'XmlWinEventLog:Security',
    'xmlwineventlog',
    'EventCode'
  ),
  'data_sources/cloudtrail.yml': dataSource('AWS CloudTrail', 'aws_cloudtrail', 'aws:cloudtrail', 'eventName')
}

const TSTATS = [
  '| tstats `security_content_summariesonly` count min(_time) as firstTime',
  '  from datamodel=Endpoint.Processes',
  '  where `process_rundll32` AND Processes.process="*shell32.dll,Control_RunDLL*"',
  '  by Processes.dest Processes.user Processes.process',
  '| `drop_dm_object_name(Processes)`',
  '| `security_content_ctime(firstTime)`',
  '| `test_detection_filter`'
].join('\n')

let ws: Workspace
beforeAll(() => {
  ws = new Workspace(CHECKOUT)
})
afterAll(() => ws.cleanup())

const read = (search: string, o?: Parameters<typeof detection>[1], rel = 'detections/endpoint/test.yml') =>
  ws.read(rel, detection(search, o))

describe('Splunk detect', () => {
  const yes = detection('`sysmon` EventID=1')
  it.each([
    ['a detection', 'd/x.yml', yes, true],
    ['a .yaml detection', 'd/x.yaml', yes, true],
    ['not YAML', 'd/x.txt', yes, false],
    ['a macro', 'macros/m.yml', macro('m', 'a=1'), false],
    ['a data source', 'data_sources/d.yml', dataSource('D', 's', 't'), false],
    ['a story', 'stories/s.yml', 'name: A story\nnarrative: text\n', false],
    ['a baseline', 'baselines/b.yml', 'name: B\ntype: Baseline\nsearch: x=1\n', false],
    [
      'a Sigma rule',
      'r.yml',
      'title: t\nname: n\nsearch: x\ndetection:\n  sel: {a: 1}\n  condition: sel\n',
      false
    ]
  ])('%s', (_name, file, text, expected) => {
    expect(isSplunkDetection(file, text)).toBe(expected)
    expect(splunkFormat.detect(file, text)).toBe(expected)
  })
})

describe('Splunk detections', () => {
  it('reads metadata, techniques, the data model and CIM fields of a tstats search', () => {
    const r = read(TSTATS, { dataSources: ['Sysmon EventID 1', 'Windows Event Log Security 4688'] })
    expect(brief(r)).toEqual([])
    const rule = oneRule(r)
    expect([rule.vendor, rule.id, rule.title, rule.status, rule.level, rule.line]).toEqual([
      'splunk',
      '0e0c0e0c-1111-2222-3333-444455556666',
      'Test Detection',
      'production',
      null,
      1
    ])
    expect(rule.techniques).toEqual(['T1218', 'T1218.011'])
    expect(rule.tags).toEqual(['Story A'])
    expect(rule.logsource).toEqual({
      product: 'windows',
      category: 'process_creation',
      dataModel: 'Endpoint.Processes',
      eventCodes: ['4688', 'sysmon:1']
    })
    expect(rule.logicPos).toEqual({ line: SEARCH_LINE, column: 3 })
    expect(strip(rule.queries[0].expr)).toEqual({
      kind: 'and',
      children: [
        {
          kind: 'or',
          children: [
            {
              kind: 'pred',
              field: 'process.name',
              sourceField: 'Processes.process_name',
              op: 'eq',
              value: 'rundll32.exe',
              caseSensitive: false
            },
            {
              kind: 'pred',
              field: 'process.pe.original_file_name',
              sourceField: 'Processes.original_file_name',
              op: 'eq',
              value: 'RUNDLL32.EXE',
              caseSensitive: false
            }
          ]
        },
        {
          kind: 'pred',
          field: 'process.command_line',
          sourceField: 'Processes.process',
          op: 'wildcard',
          value: '*shell32.dll,Control_RunDLL*',
          caseSensitive: false
        }
      ]
    })
    expect(rule.properties).toEqual({
      language: 'spl',
      type: 'TTP',
      firstCommand: 'tstats',
      stages: ['tstats', 'rename', 'convert', 'search'],
      macros: [
        'security_content_summariesonly',
        'process_rundll32',
        'drop_dm_object_name',
        'security_content_ctime',
        'test_detection_filter'
      ],
      filterMacro: 'test_detection_filter',
      filterMacroDefined: false,
      dataSources: ['Sysmon EventID 1', 'Windows Event Log Security 4688'],
      knownFalsePositives: 'Administrators.'
    })
  })

  it('puts each predicate on its line in the file; a macro’s on the line of its call', () => {
    const rule = oneRule(read(TSTATS))
    const lines = predicates(rule.queries[0].expr).map(p => [p.sourceField, p.pos.line, p.pos.column])
    expect(lines).toEqual([
      ['Processes.process_name', SEARCH_LINE + 2, 11],
      ['Processes.original_file_name', SEARCH_LINE + 2, 11],
      ['Processes.process', SEARCH_LINE + 2, 52]
    ])
  })

  it('maps the 4th line of a block scalar to its file line', () => {
    const search = [
      '`sysmon`',
      '  EventID=1',
      '  process_name=cmd.exe',
      '  parent_process_name=winword.exe',
      '| `x_filter`'
    ].join('\n')
    for (const style of ['|-', '>-'] as const) {
      const rule = oneRule(read(search, { style }))
      const p = predicates(rule.queries[0].expr).find(
        x => x.sourceField === 'parent_process_name'
      ) as Predicate
      expect([style, p.pos]).toEqual([style, { line: SEARCH_LINE + 3, column: 25 }])
    }
    const quoted = oneRule(read(search, { style: "'" }))
    const q = predicates(quoted.queries[0].expr).find(
      x => x.sourceField === 'parent_process_name'
    ) as Predicate
    expect(q.pos).toEqual({ line: SEARCH_LINE + 2, column: 25 })
  })

  it('reads a raw search: selectors in the logsource, event codes, product and category', () => {
    const rule = oneRule(
      read(
        '`sysmon` EventID=11 TargetFilename="*\\\\lsass*.dmp" | stats count by dest | `test_detection_filter`',
        {
          dataSources: ['Sysmon EventID 11']
        }
      )
    )
    expect(rule.logsource).toEqual({
      product: 'windows',
      category: 'file_event',
      index: [`source=${SYSMON_SOURCE}`, 'sourcetype=xmlwineventlog'],
      eventCodes: ['sysmon:11']
    })
    expect(indicators(rule).map(i => `${i.pred.field} ${i.pred.op} ${i.pred.value}`)).toEqual([
      'event.code eq 11',
      'file.path wildcard *\\lsass*.dmp'
    ])
  })

  it('expands a macro with arguments and a nested macro', () => {
    const rule = oneRule(
      read('| tstats count from datamodel=Endpoint.Processes where `outer` by Processes.dest | `x_filter`')
    )
    expect(indicators(rule).map(i => [i.pred.field, i.pred.op, i.pred.value, i.pred.pos.line])).toEqual([
      ['process.name', 'eq', 'cmd.exe', SEARCH_LINE],
      ['process.command_line', 'wildcard', '*/c*', SEARCH_LINE]
    ])
    expect(rule.properties?.macros).toEqual(['outer', 'process_is', 'x_filter'])
  })

  it('guards against a cyclic macro with a warning', () => {
    const r = read('`loop_a` b=2 | `x_filter`')
    expect(brief(r)).toEqual([{ severity: 'warning', code: 'spl/macro-cycle', line: SEARCH_LINE, column: 3 }])
    expect(strip(oneRule(r).queries[0].expr)).toEqual({
      kind: 'and',
      children: [
        { kind: 'pred', field: 'a', sourceField: 'a', op: 'eq', value: '1', caseSensitive: false },
        { kind: 'opaque', text: '`loop_a`', reason: 'a macro that could not be expanded' },
        { kind: 'pred', field: 'b', sourceField: 'b', op: 'eq', value: '2', caseSensitive: false }
      ]
    })
  })

  it('gives a notice for an undefined macro, none for the filter macro', () => {
    const r = read('`sysmon` EventID=1 `unknown_thing(a, b)` | `x_filter`')
    expect(brief(r)).toEqual([
      { severity: 'notice', code: 'spl/undefined-macro', line: SEARCH_LINE, column: 22 }
    ])
    expect(oneRule(r).properties?.undefinedMacros).toEqual(['unknown_thing'])
  })

  it("reads a user-defined filter macro's conditions as exclusions", () => {
    ws.write({
      'macros/test_detection_filter.yml': macro(
        'test_detection_filter',
        'search NOT (process="*-x *" user=admin) dest!=lab-* | where parent_process_name!="explorer.exe"'
      )
    })
    try {
      const rule = oneRule(read(TSTATS))
      expect(
        exclusions(rule).map(e => `${e.pred.field} ${e.pred.op} ${e.pred.value} @${e.pred.pos.line}`)
      ).toEqual([
        'process.command_line wildcard *-x * @' + (SEARCH_LINE + 6),
        'user.name eq admin @' + (SEARCH_LINE + 6),
        'host.name wildcard lab-* @' + (SEARCH_LINE + 6)
      ])
      // After tstats only its `by` fields are the events' own: the rest is derived.
      const derived = predicates(rule.queries[0].expr).filter(p => p.derived)
      expect(derived.map(p => [p.sourceField, p.caseSensitive])).toEqual([['parent_process_name', true]])
      expect(indicators(rule)).toHaveLength(3)
      expect([rule.properties?.filterMacro, rule.properties?.filterMacroDefined]).toEqual([
        'test_detection_filter',
        true
      ])
    } finally {
      ws.write({ 'macros/test_detection_filter.yml': '' })
    }
  })

  it('marks a where on a field an eval computed as derived, kept but not an indicator', () => {
    const rule = oneRule(
      read(
        '`sysmon` EventID=1 | eval cmdlen=len(CommandLine), lower_img=lower(Image) | where cmdlen > 100 AND lower_img="x" AND User="bob" | `x_filter`'
      )
    )
    const derived = predicates(rule.queries[0].expr)
      .filter(p => p.derived)
      .map(p => p.sourceField)
    expect(derived).toEqual(['cmdlen', 'lower_img'])
    expect(
      indicators(rule).map(i => `${i.pred.field} ${i.pred.op} ${i.pred.value} ${i.pred.caseSensitive}`)
    ).toEqual(['event.code eq 1 false', 'user.name eq bob true'])
  })

  it('resolves data sources: compound names, unknown names with a notice', () => {
    const r = read('`wineventlog_security` EventCode=4688 | `x_filter`', {
      dataSources: ['Sysmon EventID 1 AND Sysmon EventID 11', 'Windows Event Log Security 4688', 'Nowhere 1']
    })
    expect(brief(r)).toEqual([
      { severity: 'notice', code: 'splunk/unknown-data-source', line: SEARCH_LINE + 4, column: 3 }
    ])
    const rule = oneRule(r)
    expect(rule.logsource).toEqual({
      product: 'windows',
      index: ['source=XmlWinEventLog:Security'],
      eventCodes: ['4688', 'sysmon:1', 'sysmon:11']
    })
  })

  // Sysmon's event IDs run from 1 to 29 (255 an error), Windows' from 1100: with both
  // searched, a Security code such as 4688 is not a Sysmon one.
  it.each([
    ['(`wineventlog_security` OR `sysmon`) (EventCode=4688 OR EventCode=1)', ['4688', 'sysmon:1']],
    ['`sysmon` (EventID=1 OR EventCode=4624)', ['4624', 'sysmon:1']],
    ['`sysmon` EventCode IN (11, 23, 255)', ['sysmon:11', 'sysmon:23', 'sysmon:255']]
  ])('tells Sysmon codes from Windows ones in %s', (search, codes) => {
    const rule = oneRule(read(`${search} | \`x_filter\``, { dataSources: [] }))
    expect(rule.logsource.eventCodes).toEqual(codes)
  })

  it('gives a cloud detection its product and service', () => {
    const rule = oneRule(
      read('`cloudtrail` eventName=CreateUser | `x_filter`', { dataSources: ['AWS CloudTrail'] })
    )
    expect(rule.logsource).toEqual({ product: 'aws', service: 'cloudtrail' })
  })

  it('searches configured macro folders first, then the one beside the detections', () => {
    ws.write({
      'local/macros/process_rundll32.yml': macro('process_rundll32', 'Processes.process_name=local.exe')
    })
    const text = detection(TSTATS)
    ws.write({ 'detections/endpoint/test.yml': text })
    refreshSplunkDefinitions()
    const r = splunkFormat.parse('test.yml', text, {
      file: ws.path('detections/endpoint/test.yml'),
      splunkMacros: [ws.path('local/macros')]
    })
    expect(indicators(oneRule(r)).map(i => i.pred.value)).toEqual([
      'local.exe',
      '*shell32.dll,Control_RunDLL*'
    ])
  })

  it('sees a macro changed on disk after a refresh', () => {
    const before = oneRule(read('`sysmon` `changing` | `x_filter`'))
    expect(before.properties?.undefinedMacros).toEqual(['changing'])
    ws.write({ 'macros/changing.yml': macro('changing', 'process_name=one.exe') })
    expect(indicators(oneRule(read('`sysmon` `changing` | `x_filter`'))).map(i => i.pred.value)).toEqual([
      'one.exe'
    ])
    ws.write({ 'macros/changing.yml': macro('changing', 'process_name=two.exe') })
    expect(indicators(oneRule(read('`sysmon` `changing` | `x_filter`'))).map(i => i.pred.value)).toEqual([
      'two.exe'
    ])
  })

  it('reads a macro file written the way PyYAML accepts (continuation lines in column 1)', () => {
    ws.write({ 'macros/pyyaml.yml': "name: pyyaml_style\ndefinition: 'process_name=a.exe\n| search b=1'\n" })
    expect(indicators(oneRule(read('`sysmon` `pyyaml_style` | `x_filter`'))).map(i => i.pred.value)).toEqual([
      'a.exe',
      '1'
    ])
  })

  it('reads a detection without any definition folder', () => {
    const r = splunkFormat.parse(
      'test.yml',
      detection('`sysmon` EventID=1 process_name=cmd.exe | `x_filter`')
    )
    expect(brief(r)).toEqual([
      { severity: 'notice', code: 'spl/undefined-macro', line: SEARCH_LINE, column: 3 }
    ])
    expect(indicators(oneRule(r)).map(i => i.pred.value)).toEqual(['1', 'cmd.exe'])
  })

  it.each([
    [['Sysmon EventID 1'], { product: 'windows', category: 'process_creation' }],
    [['Windows Event Log Security 4688'], { product: 'windows', category: 'process_creation' }],
    [['Sysmon for Linux EventID 1'], { product: 'linux', category: 'process_creation' }],
    [['CrowdStrike ProcessRollup2'], { category: 'process_creation' }]
  ])(
    'without definition folders, the data source name %j still names the product',
    (dataSources, expected) => {
      const search =
        '| tstats count from datamodel=Endpoint.Processes where Processes.process_name=cmd.exe by Processes.dest'
      const r = splunkFormat.parse('test.yml', detection(search, { dataSources }))
      expect(oneRule(r).logsource).toEqual({ ...expected, dataModel: 'Endpoint.Processes' })
    }
  )

  it('is picked by the format registry', () => {
    const r = readRuleFile('d.yml', detection('`sysmon` EventID=1 | `x_filter`'))
    expect(r.rules.map(x => x.vendor)).toEqual(['splunk'])
  })
})

describe('Splunk reader diagnostics', () => {
  const at = (line: number, column: number) => ({ line, column })
  it.each([
    [
      'a YAML error',
      'name: x\nsearch: "a=1\n',
      [{ severity: 'error', code: 'splunk/yaml-error', ...at(3, 1) }]
    ],
    ['no search', 'name: x\nsearch:\n', [{ severity: 'error', code: 'splunk/missing-search', ...at(2, 1) }]],
    [
      'a search that is a list',
      'name: x\nsearch: [a]\n',
      [{ severity: 'error', code: 'splunk/missing-search', ...at(2, 9) }]
    ],
    [
      'a bad technique and a repeated key',
      'name: x\nname: y\nsearch: a=1 | `x_filter`\ntags:\n  mitre_attack_id: [T1, T1059]\n',
      [
        { severity: 'warning', code: 'splunk/duplicate-key', ...at(2, 1) },
        { severity: 'warning', code: 'splunk/invalid-technique', ...at(5, 21) }
      ]
    ],
    [
      'no filter macro, data_sources for data_source',
      'name: x\nsearch: a=1\ndata_sources: [X]\n',
      [
        { severity: 'warning', code: 'splunk/invalid-metadata', ...at(3, 15) },
        { severity: 'notice', code: 'splunk/missing-filter-macro', ...at(2, 9) }
      ]
    ],
    [
      'a search that does not parse',
      'name: x\nsearch: a=1 | where (b="c" | `x_filter`\n',
      [{ severity: 'error', code: 'spl/syntax', ...at(2, 21) }]
    ]
  ])('%s', (_name, text, expected) => {
    const r = splunkFormat.parse('t.yml', text)
    expect(brief(r)).toEqual(expected)
  })

  it('reports a document that is not a map', () => {
    expect(brief(splunkFormat.parse('t.yml', '- search: a\n- name: b\n'))).toEqual([
      { severity: 'error', code: 'splunk/not-a-map', line: 1, column: 1 }
    ])
  })
})

describe('Splunk search positions', () => {
  it.each([
    ['literal', 'search: |-\n  a=1\n    b="x y"\n  | where c="z"\n'],
    ['folded', 'search: >-\n  a=1\n    b="x y"\n\n  | where c="z"\n'],
    ['plain', 'search: a=1\n  b=2   | where c=3\n'],
    ['single-quoted', 'search: \'a=1\n  b="x"\n\n  | c=3 \'\n'],
    ['single-quoted with a quote', "search: 'a=''1''\n  b=2'\n"],
    ['double-quoted', 'search: "a=1\n  b=2 \\"q\\" \\t c=\\\\d\\\n  d=4"\n'],
    ['double-quoted without escapes', 'search: "a=1\n  b=2"\n'],
    ['empty', "search: ''\n"]
  ])('match scalarOffsetAt for every index: %s', (_name, text) => {
    const root = parseYaml(text).documents[0].root
    const node = root?.kind === 'map' ? root.entries[0].value : undefined
    if (node?.kind !== 'scalar') throw new Error('no scalar')
    const fast = scalarOffsets(text, node)
    for (let i = -2; i <= node.value.length + 2; i++)
      expect([i, fast(i)]).toEqual([i, scalarOffsetAt(text, node, i)])
  })
})
