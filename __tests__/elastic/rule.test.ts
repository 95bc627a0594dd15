import { describe, expect, it } from '@jest/globals'
import { elasticFormat } from '../../src/formats/elastic/index.js'
import { readRuleFile } from '../../src/formats/index.js'
import { exclusions, indicators } from '../../src/ir.js'
import type { Expr, Rule } from '../../src/ir.js'
import { QUERY_LINE, elasticRule, read, threat } from './fixtures.js'
import {
  all,
  allDiagnostics,
  any,
  brief,
  eqI,
  eqS,
  not,
  opaque,
  p,
  stripPos,
  stripQueries,
  wcI
} from './helpers.js'

/** The one rule of a text, which must have no diagnostics. */
function oneRule(text: string): Rule {
  const r = read(text)
  expect(allDiagnostics(r)).toEqual([])
  expect(r.rules).toHaveLength(1)
  return r.rules[0]
}

const KQL = { type: '"query"', language: '"kuery"' }

describe('detect', () => {
  const rule = elasticRule()
  const cases: Array<[string, string, string, boolean]> = [
    ['an Elastic rule', 'rules/x.toml', rule, true],
    ['an upper-case extension', 'rules/X.TOML', rule, true],
    ['not a .toml file', 'rules/x.yml', rule, false],
    ['a TOML file with no [rule] table', 'pyproject.toml', '[project]\nname = "x"\nrule_id = "y"\n', false],
    // Read, then reported (`elastic/unknown-layout`) rather than skipped.
    ['a [rule] table with no rule_id', 'x.toml', '[rule]\nname = "x"\n', true],
    ['a rule_id outside a [rule] table', 'x.toml', '[metadata]\nrule_id = "x"\n[rule.x]\n', false]
  ]
  it.each(cases)('%s', (_name, path, text, expected) => {
    expect(elasticFormat.detect(path, text)).toBe(expected)
  })

  it('leaves a TOML file that is not a rule unread, without an error', () => {
    expect(readRuleFile('Cargo.toml', '[package]\nname = "x"\n')).toEqual({ rules: [], diagnostics: [] })
  })

  it('reads an Elastic rule through readRuleFile', () => {
    const r = readRuleFile('rules/x.toml', rule)
    expect(r.diagnostics).toEqual([])
    expect(r.rules.map(x => x.vendor)).toEqual(['elastic'])
  })
})

describe('rule types', () => {
  it('reads an EQL rule: metadata, query, logsource and properties', () => {
    const rule = oneRule(
      elasticRule({
        query:
          'process where host.os.type == "windows" and process.name : "cmd.exe" and\n  not process.parent.name == "explorer.exe"',
        after: threat('TA0002', [['T1059', ['T1059.003']]])
      })
    )
    expect({ ...rule, queries: stripQueries(rule.queries) }).toEqual({
      vendor: 'elastic',
      path: 'rules/windows/test_rule.toml',
      line: 1,
      id: '00000000-0000-4000-8000-000000000001',
      title: 'Test rule',
      techniques: ['T1059', 'T1059.003'],
      tags: ['OS: Windows', 'Tactic: Execution'],
      logsource: {
        index: ['logs-endpoint.events.process-*'],
        product: 'windows',
        category: 'process_creation'
      },
      queries: [
        {
          label: '',
          expr: all(
            eqS('host.os.type', 'windows'),
            eqI('process.name', 'cmd.exe'),
            not(eqS('process.parent.name', 'explorer.exe'))
          )
        }
      ],
      logicPos: { line: QUERY_LINE, column: 1 },
      level: 'medium',
      status: 'production',
      diagnostics: [],
      properties: { type: 'eql', language: 'eql', eventCategories: ['process'] }
    })
  })

  it('reads an EQL sequence: one query per step, keys in properties', () => {
    const rule = oneRule(
      elasticRule({
        query:
          'sequence by host.id with maxspan=1m\n  [process where process.name == "a"] by process.entity_id\n  [network where destination.port == 443] by process.entity_id'
      })
    )
    expect(stripQueries(rule.queries)).toEqual([
      { label: 'step 1', expr: eqS('process.name', 'a') },
      { label: 'step 2', expr: eqS('destination.port', '443') }
    ])
    expect(rule.properties).toEqual({
      type: 'eql',
      language: 'eql',
      sequence: {
        by: ['host.id'],
        maxspan: '1m',
        steps: [
          { category: 'process', by: ['process.entity_id'] },
          { category: 'network', by: ['process.entity_id'] }
        ]
      },
      eventCategories: ['process', 'network']
    })
    expect(rule.logsource.category).toBe('process_creation')
  })

  it('reads a KQL query rule', () => {
    const rule = oneRule(
      elasticRule({
        ...KQL,
        query: 'event.category:process and process.name:(cmd.exe or pwsh.exe) and not user.name:SYSTEM'
      })
    )
    expect(stripQueries(rule.queries)).toEqual([
      {
        label: '',
        expr: all(
          eqS('event.category', 'process'),
          any(eqS('process.name', 'cmd.exe'), eqS('process.name', 'pwsh.exe')),
          not(eqS('user.name', 'SYSTEM'))
        )
      }
    ])
    expect(rule.properties).toEqual({ type: 'query', language: 'kuery' })
    expect(rule.logsource).toEqual({
      index: ['logs-endpoint.events.process-*'],
      product: 'windows',
      category: 'process_creation'
    })
  })

  it('reads an ES|QL rule: FROM patterns as the index, stages in properties', () => {
    const rule = oneRule(
      elasticRule({
        type: '"esql"',
        language: '"esql"',
        index: null,
        query:
          'from logs-aws.cloudtrail-* metadata _id\n| where event.action == "GetSecretValue"\n| stats n = count() by user.name\n| where n > 5'
      })
    )
    expect(stripQueries(rule.queries)).toEqual([{ label: '', expr: eqS('event.action', 'GetSecretValue') }])
    expect(rule.properties).toEqual({
      type: 'esql',
      language: 'esql',
      stages: ['FROM', 'WHERE', 'STATS', 'WHERE']
    })
    // OS tags say windows here; without them the dataset of the FROM pattern would decide.
    expect(rule.logsource).toEqual({ index: ['logs-aws.cloudtrail-*'], product: 'windows' })
  })

  it('reads a new_terms rule: the tree plus the new_terms block', () => {
    const rule = oneRule(
      elasticRule({
        type: '"new_terms"',
        language: '"kuery"',
        query: 'event.category:process and process.name:curl',
        after: [
          '[rule.new_terms]',
          'field = "new_terms_fields"',
          'value = ["host.id", "process.command_line"]',
          '[[rule.new_terms.history_window_start]]',
          'field = "history_window_start"',
          'value = "now-14d"'
        ].join('\n')
      })
    )
    expect(stripQueries(rule.queries)).toEqual([
      { label: '', expr: all(eqS('event.category', 'process'), eqS('process.name', 'curl')) }
    ])
    expect(rule.properties).toEqual({
      type: 'new_terms',
      language: 'kuery',
      new_terms: {
        field: 'new_terms_fields',
        value: ['host.id', 'process.command_line'],
        history_window_start: [{ field: 'history_window_start', value: 'now-14d' }]
      }
    })
  })

  it('reads a threshold rule with alert suppression', () => {
    const rule = oneRule(
      elasticRule({
        type: '"threshold"',
        language: '"kuery"',
        query: 'event.action:logon-failed',
        after: [
          '[rule.threshold]',
          'field = ["source.ip"]',
          'value = 25',
          '[[rule.threshold.cardinality]]',
          'field = "user.name"',
          'value = 5',
          '[rule.alert_suppression]',
          'group_by = ["source.ip"]',
          'missing_fields_strategy = "suppress"'
        ].join('\n')
      })
    )
    expect(stripQueries(rule.queries)).toEqual([{ label: '', expr: eqS('event.action', 'logon-failed') }])
    expect(rule.properties).toEqual({
      type: 'threshold',
      language: 'kuery',
      threshold: { field: ['source.ip'], value: 25, cardinality: [{ field: 'user.name', value: 5 }] },
      alert_suppression: { group_by: ['source.ip'], missing_fields_strategy: 'suppress' }
    })
  })

  it('reads a threat_match rule: the tree plus the indicator settings', () => {
    const rule = oneRule(
      elasticRule({
        type: '"threat_match"',
        language: '"kuery"',
        query: 'file.hash.sha256:*',
        after: [
          'threat_index = ["filebeat-*", "logs-ti_*"]',
          'threat_indicator_path = "threat.indicator"',
          'threat_language = "kuery"',
          "threat_query = '''",
          '@timestamp >= "now-30d/d" and event.category:threat',
          "'''",
          '[[rule.threat_mapping]]',
          '[[rule.threat_mapping.entries]]',
          'field = "file.hash.sha256"',
          'type = "mapping"',
          'value = "threat.indicator.file.hash.sha256"'
        ].join('\n')
      })
    )
    expect(stripQueries(rule.queries)).toEqual([
      { label: '', expr: p('file.hash.sha256', 'exists', null, false) }
    ])
    expect(rule.properties).toEqual({
      type: 'threat_match',
      language: 'kuery',
      threat_index: ['filebeat-*', 'logs-ti_*'],
      threat_query: '@timestamp >= "now-30d/d" and event.category:threat\n',
      threat_language: 'kuery',
      threat_mapping: [
        {
          entries: [
            { field: 'file.hash.sha256', type: 'mapping', value: 'threat.indicator.file.hash.sha256' }
          ]
        }
      ],
      threat_indicator_path: 'threat.indicator'
    })
  })

  it('reads a machine_learning rule: no query, techniques kept, no diagnostic', () => {
    const text = [
      '[metadata]',
      'maturity = "production"',
      '',
      '[rule]',
      'anomaly_threshold = 75',
      'machine_learning_job_id = ["v3_windows_rare_process"]',
      'name = "Unusual process"',
      'rule_id = "00000000-0000-4000-8000-000000000002"',
      'severity = "low"',
      'tags = ["OS: Windows"]',
      'type = "machine_learning"',
      '',
      threat('TA0002', [['T1204', ['T1204.002']]])
    ].join('\n')
    const rule = oneRule(text)
    expect(rule.queries).toEqual([])
    expect(rule.techniques).toEqual(['T1204', 'T1204.002'])
    expect(rule.logicPos).toEqual({ line: 4, column: 1 })
    expect(rule.logsource).toEqual({ product: 'windows' })
    expect(rule.properties).toEqual({
      type: 'machine_learning',
      machine_learning_job_id: ['v3_windows_rare_process'],
      anomaly_threshold: 75
    })
  })

  it('reads a lucene query', () => {
    const rule = oneRule(
      elasticRule({ type: '"query"', language: '"lucene"', query: 'process.name:cmd.exe' })
    )
    expect(rule.properties).toEqual({ type: 'query', language: 'lucene' })
    expect(rule.queries).toHaveLength(1)
  })
})

describe('techniques', () => {
  it('collects techniques and sub-techniques of every MITRE ATT&CK entry: uppercase, sorted, unique', () => {
    const after = [
      threat('TA0005', [
        ['T1562', ['t1562.001', 'T1562.006']],
        ['T1070', []]
      ]),
      threat('TA0002', [
        ['T1059', ['T1059.001']],
        ['t1070', []]
      ]),
      '[[rule.threat]]',
      'framework = "Another framework"',
      '[[rule.threat.technique]]',
      'id = "T9999"',
      '[rule.threat.tactic]',
      'id = "X"'
    ].join('\n')
    expect(oneRule(elasticRule({ after })).techniques).toEqual([
      'T1059',
      'T1059.001',
      'T1070',
      'T1562',
      'T1562.001',
      'T1562.006'
    ])
  })

  it('reports a malformed technique ID at its line and keeps the others', () => {
    const after = threat('TA0005', [['T1562', ['1562.001']]])
    const r = read(elasticRule({ after }))
    expect(r.rules[0].techniques).toEqual(['T1562'])
    // The block starts on line 23; the sub-technique's `id =` is its 8th line.
    expect(brief(allDiagnostics(r))).toEqual([
      { severity: 'warning', code: 'elastic/invalid-threat', line: 30, column: 6 }
    ])
  })

  it('accepts a rule without threat entries', () => {
    expect(oneRule(elasticRule()).techniques).toEqual([])
  })
})

describe('filters and exception lists', () => {
  const filters = [
    '[[rule.filters]]',
    '[rule.filters.meta]',
    'negate = true',
    '[rule.filters.query.wildcard."file.path"]',
    'case_insensitive = true',
    'value = "?:\\\\\\\\ProgramData\\\\\\\\Vendor\\\\\\\\*"',
    '',
    '[[rule.filters]]',
    '[rule.filters.meta]',
    'negate = true',
    '[rule.filters.query.match_phrase]',
    '"process.name" = "agent.exe"',
    '',
    '[[rule.filters]]',
    '[rule.filters."$state"]',
    'store = "appState"',
    '[rule.filters.meta]',
    'disabled = false',
    'negate = true',
    '[rule.filters.query.exists]',
    'field = "rapid7.tc.vulnerability.id"',
    '',
    '[[rule.filters]]',
    '[rule.filters.meta]',
    'negate = true',
    '[rule.filters.query.bool]',
    'should = [{ term = { "user.name" = "svc" } }, { terms = { "user.id" = ["S-1-5-18", "S-1-5-19"] } }]',
    '',
    '[[rule.filters]]',
    '[rule.filters.meta]',
    'negate = false',
    '[rule.filters.query.range."process.pid"]',
    'gte = 4',
    '',
    '[[rule.filters]]',
    '[rule.filters.meta]',
    'disabled = true',
    'negate = true',
    '[rule.filters.query.match_phrase]',
    '"process.name" = "disabled.exe"',
    '',
    '[[rule.exceptions_list]]',
    'id = "endpoint_list"',
    'list_id = "endpoint_list"',
    'namespace_type = "agnostic"',
    'type = "endpoint"'
  ].join('\n')

  it('AND-s negated filters as exclusions and keeps exception-list references', () => {
    const rule = oneRule(
      elasticRule({ ...KQL, query: 'event.category:file and file.extension:ps1', after: filters })
    )
    expect(stripQueries(rule.queries)).toEqual([
      {
        label: '',
        expr: all(
          eqS('event.category', 'file'),
          eqS('file.extension', 'ps1'),
          not(wcI('file.path', String.raw`?:\ProgramData\Vendor\\*`)),
          not(eqS('process.name', 'agent.exe')),
          not(p('rapid7.tc.vulnerability.id', 'exists', null, false)),
          not(any(eqS('user.name', 'svc'), any(eqS('user.id', 'S-1-5-18'), eqS('user.id', 'S-1-5-19')))),
          p('process.pid', 'gte', '4', true)
        )
      }
    ])
    expect(exclusions(rule).map(e => e.pred.sourceField)).toEqual([
      'file.path',
      'process.name',
      'rapid7.tc.vulnerability.id',
      'user.name',
      'user.id',
      'user.id'
    ])
    expect(rule.properties?.exceptionLists).toEqual([
      { id: 'endpoint_list', list_id: 'endpoint_list', namespace_type: 'agnostic', type: 'endpoint' }
    ])
  })

  it('positions filter predicates on their values in the file', () => {
    const rule = oneRule(elasticRule({ ...KQL, query: 'event.category:file', after: filters }))
    const [file, name, exists] = exclusions(rule).map(e => e.pred.pos)
    const base = QUERY_LINE + 3 // the filters start after the query, its closing ''' and a blank line
    expect(file).toEqual({ line: base + 5, column: 9 })
    expect(name).toEqual({ line: base + 11, column: 18 })
    expect(exists).toEqual({ line: base + 20, column: 9 })
  })

  it('keeps a filter shape it does not know as opaque, with a notice', () => {
    const after = [
      '[[rule.filters]]',
      '[rule.filters.meta]',
      'negate = true',
      '[rule.filters.query.geo_shape]',
      'x = 1'
    ].join('\n')
    const r = read(elasticRule({ ...KQL, query: 'a:b', after }))
    expect(stripPos(r.rules[0].queries[0].expr)).toEqual(
      all(eqS('a', 'b'), not(opaque('{"x":1}', 'filter `geo_shape` not interpreted')))
    )
    expect(brief(allDiagnostics(r))).toEqual([
      { severity: 'notice', code: 'elastic/unsupported-filter', line: QUERY_LINE + 6, column: 1 }
    ])
  })

  it('applies filters to every step of a sequence, and stands alone without a query tree', () => {
    const after = [
      '[[rule.filters]]',
      '[rule.filters.meta]',
      'negate = true',
      '[rule.filters.query.term]',
      '"user.name" = "svc"'
    ].join('\n')
    const seq = oneRule(
      elasticRule({ query: 'sequence [process where a == "1"] [file where b == "2"]', after })
    )
    expect(stripQueries(seq.queries)).toEqual([
      { label: 'step 1', expr: all(eqS('a', '1'), not(eqS('user.name', 'svc'))) },
      { label: 'step 2', expr: all(eqS('b', '2'), not(eqS('user.name', 'svc'))) }
    ])
    const missing = oneRule(
      elasticRule({ query: 'sequence [process where a == "1"] ![file where b == "2"]', after })
    )
    expect(stripQueries(missing.queries)).toEqual([
      { label: 'step 1', expr: all(eqS('a', '1'), not(eqS('user.name', 'svc'))) },
      { label: 'step 2', expr: not(all(eqS('b', '2'), not(eqS('user.name', 'svc')))) }
    ])
    const empty = oneRule(elasticRule({ ...KQL, query: '*', after }))
    expect(stripQueries(empty.queries)).toEqual([{ label: '', expr: not(eqS('user.name', 'svc')) }])
  })
})

describe('osquery transforms', () => {
  it('reads rule.query, never the [[transform.osquery]] queries before or after it', () => {
    const osquery = [
      '[transform]',
      '[[transform.osquery]]',
      'label = "Osquery - Retrieve DNS Cache"',
      'query = "SELECT * FROM dns_cache"',
      '',
      '[[transform.osquery]]',
      'label = "Osquery - Services"',
      "query = '''",
      'SELECT name FROM services WHERE',
      "  user_account LIKE '%LocalSystem'",
      "'''",
      ''
    ].join('\n')
    const before = oneRule(elasticRule({ before: osquery }))
    expect(stripQueries(before.queries)).toEqual([{ label: '', expr: eqS('process.name', 'cmd.exe') }])
    expect(before.queries[0].expr).toMatchObject({ pos: { line: QUERY_LINE + 12, column: 31 } })
    const after = oneRule(elasticRule({ after: osquery }))
    expect(stripQueries(after.queries)).toEqual([{ label: '', expr: eqS('process.name', 'cmd.exe') }])
    expect(after.queries[0].expr).toMatchObject({ pos: { line: QUERY_LINE, column: 31 } })
  })

  it('tells the rule query from an osquery query of the very same text', () => {
    // Both `query = '''...'''` strings hold the same text: the layout decides which is rule.query.
    const osquery = [
      '[[transform.osquery]]',
      'label = "Same text"',
      "query = '''",
      'process where process.name == "cmd.exe"',
      "'''",
      ''
    ].join('\n')
    for (const [options, line] of [
      [{ before: osquery }, QUERY_LINE + 6],
      [{ after: osquery }, QUERY_LINE]
    ] as const) {
      const rule = oneRule(elasticRule(options))
      expect(rule.queries[0].expr).toMatchObject({ pos: { line, column: 31 } })
      expect(rule.logicPos).toEqual({ line, column: 1 })
    }
  })
})

describe('positions: every predicate on its own line of the file', () => {
  const lines = ['process where', '  process.name : "a.exe" and', '  process.args : ("-x", "-y")']
  const positions = (e: Expr): Array<[string | null, number, number]> => {
    if (e.kind === 'pred') return [[e.value, e.pos.line, e.pos.column]]
    if (e.kind === 'not') return positions(e.child)
    if (e.kind === 'and' || e.kind === 'or') return e.children.flatMap(positions)
    return []
  }

  it("maps a ''' query (the newline after ''' is trimmed)", () => {
    const rule = oneRule(elasticRule({ query: lines.join('\n') }))
    expect(positions(rule.queries[0].expr)).toEqual([
      ['a.exe', QUERY_LINE + 1, 18],
      ['-x', QUERY_LINE + 2, 19],
      ['-y', QUERY_LINE + 2, 25]
    ])
    expect(rule.logicPos).toEqual({ line: QUERY_LINE, column: 1 })
  })

  it("maps a ''' query whose text starts on the opening line", () => {
    const text = elasticRule({ query: lines.join('\n') }).replace("query = '''\n", "query = '''")
    const rule = oneRule(text)
    expect(positions(rule.queries[0].expr)).toEqual([
      ['a.exe', QUERY_LINE, 18],
      ['-x', QUERY_LINE + 1, 19],
      ['-y', QUERY_LINE + 1, 25]
    ])
    expect(rule.logicPos).toEqual({ line: QUERY_LINE - 1, column: 12 })
  })

  it('maps a """ query through its escapes', () => {
    // In TOML, \\ is one backslash and \" a quote: EQL then reads "C:\\Temp" as C:\Temp.
    const query = [
      'process where',
      '  process.executable : "C:\\\\\\\\Temp\\\\\\\\*" and \\',
      '  process.name == \\"a.exe\\" and',
      '  user.name == "\\u0041dmin"'
    ].join('\n')
    const rule = oneRule(elasticRule({ query, style: '"""' }))
    expect(stripPos(rule.queries[0].expr)).toEqual(
      all(wcI('process.executable', 'C:\\Temp\\\\*'), eqS('process.name', 'a.exe'), eqS('user.name', 'Admin'))
    )
    expect(positions(rule.queries[0].expr)).toEqual([
      ['C:\\Temp\\\\*', QUERY_LINE + 1, 24],
      ['a.exe', QUERY_LINE + 2, 19],
      ['Admin', QUERY_LINE + 3, 16]
    ])
  })

  it('maps single-line \' and " queries', () => {
    const literal = oneRule(elasticRule({ query: 'process where a == "x"', style: "'" }))
    expect(positions(literal.queries[0].expr)).toEqual([['x', QUERY_LINE - 1, 29]])
    const basic = oneRule(
      elasticRule({ query: 'process where a == \\"x\\" and b == \\"\\ty\\"', style: '"' })
    )
    expect(positions(basic.queries[0].expr)).toEqual([
      ['x', QUERY_LINE - 1, 29],
      ['\ty', QUERY_LINE - 1, 44]
    ])
  })

  it('maps a file with CRLF line ends', () => {
    const rule = oneRule(elasticRule({ query: lines.join('\n') }).replace(/\n/g, '\r\n'))
    expect(positions(rule.queries[0].expr)).toEqual([
      ['a.exe', QUERY_LINE + 1, 18],
      ['-x', QUERY_LINE + 2, 19],
      ['-y', QUERY_LINE + 2, 25]
    ])
  })

  it('positions query parser diagnostics in the file', () => {
    const r = read(elasticRule({ query: 'process where\n  process.name == "a" and $' }))
    expect(brief(allDiagnostics(r))).toEqual([
      { severity: 'error', code: 'eql/unexpected-character', line: QUERY_LINE + 1, column: 27 },
      // The value is missing at the end of the query: the line of the closing '''.
      { severity: 'error', code: 'eql/syntax', line: QUERY_LINE + 2, column: 1 }
    ])
  })
})

describe('logsource', () => {
  const cases: Array<[string, Parameters<typeof elasticRule>[0], Rule['logsource']]> = [
    [
      'host.os.type in the query wins over the tags',
      { query: 'file where host.os.type == "linux" and file.name : "x"' },
      { index: ['logs-endpoint.events.process-*'], product: 'linux', category: 'file_event' }
    ],
    [
      'several OS tags and no host.os.type: no product',
      { tags: '["OS: Windows", "OS: Linux"]', query: 'library where dll.name : "x.dll"' },
      { index: ['logs-endpoint.events.process-*'], category: 'image_load' }
    ],
    [
      'the first step that names a category',
      { query: 'sequence [any where a == "1"] [registry where b == "2"]' },
      { index: ['logs-endpoint.events.process-*'], product: 'windows', category: 'registry_set' }
    ],
    [
      'network with dns fields is dns_query',
      { query: 'network where dns.question.name : "*.xyz"' },
      { index: ['logs-endpoint.events.process-*'], product: 'windows', category: 'dns_query' }
    ],
    [
      'a category Sigma does not have is kept',
      { query: 'authentication where event.outcome == "failure"' },
      { index: ['logs-endpoint.events.process-*'], product: 'windows', category: 'authentication' }
    ],
    [
      'PowerShell script blocks are ps_script',
      { ...KQL, query: 'event.category:process and powershell.file.script_block_text:(Invoke-Mimikatz)' },
      { index: ['logs-endpoint.events.process-*'], product: 'windows', category: 'ps_script' }
    ],
    [
      'a cloud rule: product and service from the dataset',
      {
        ...KQL,
        tags: '["Domain: Cloud"]',
        index: '["filebeat-*", "logs-aws.cloudtrail-*"]',
        query: 'event.dataset:aws.cloudtrail and event.action:StopLogging'
      },
      { index: ['filebeat-*', 'logs-aws.cloudtrail-*'], product: 'aws', service: 'cloudtrail' }
    ],
    [
      'a cloud rule: the dataset from the index pattern',
      {
        ...KQL,
        tags: '["Domain: Cloud"]',
        index: '["logs-o365.audit-*"]',
        query: 'event.action:New-InboxRule'
      },
      { index: ['logs-o365.audit-*'], product: 'm365', service: 'audit' }
    ],
    [
      'another dataset: product and service from its two parts',
      {
        ...KQL,
        tags: '["Domain: Network"]',
        index: null,
        query: 'data_stream.dataset:fortinet_fortigate.log and event.category:authentication'
      },
      { product: 'fortinet_fortigate', service: 'log', category: 'authentication' }
    ],
    [
      'event_category_override: the EQL category is not an event category',
      {
        query: 'info where event.provider == "rds.amazonaws.com"',
        after: 'event_category_override = "event.type"',
        tags: '["Domain: Cloud"]'
      },
      { index: ['logs-endpoint.events.process-*'] }
    ]
  ]
  it.each(cases)('%s', (_name, options, expected) => {
    expect(oneRule(elasticRule(options)).logsource).toEqual(expected)
  })
})

describe('diagnostics', () => {
  const cases: Array<[string, string, Array<ReturnType<typeof brief>[number]>, number]> = [
    [
      'a TOML syntax error: one error at smol-toml position, no rule',
      elasticRule().replace('risk_score = 47', 'risk_score = = 47'),
      [{ severity: 'error', code: 'elastic/toml-error', line: 13, column: 14 }],
      0
    ],
    [
      'an unterminated query string',
      elasticRule().replace(/'''\n*$/, ''),
      [{ severity: 'error', code: 'elastic/toml-error', line: 19, column: 9 }],
      0
    ],
    [
      'no [rule] table',
      '[metadata]\nmaturity = "x"\n',
      [{ severity: 'error', code: 'elastic/missing-rule', line: 1, column: 1 }],
      0
    ],
    [
      'a query rule without a query',
      elasticRule({ query: null }),
      [{ severity: 'error', code: 'elastic/missing-query', line: 6, column: 1 }],
      1
    ],
    [
      'no language: inferred from the type',
      elasticRule({ language: null }),
      [{ severity: 'warning', code: 'elastic/missing-language', line: 19, column: 9 }],
      1
    ],
    [
      'an unknown language: opaque query',
      elasticRule({ language: '"sql"' }),
      [{ severity: 'error', code: 'elastic/unknown-language', line: 10, column: 12 }],
      1
    ],
    [
      'an unknown type',
      elasticRule({ type: '"magic"' }),
      [{ severity: 'warning', code: 'elastic/unknown-type', line: 17, column: 8 }],
      1
    ],
    [
      'metadata of the wrong type',
      elasticRule({ name: '42', tags: '"OS: Windows"', ruleId: '42' }),
      [
        { severity: 'warning', code: 'elastic/invalid-metadata', line: 14, column: 11 },
        { severity: 'warning', code: 'elastic/invalid-metadata', line: 12, column: 8 },
        { severity: 'warning', code: 'elastic/invalid-metadata', line: 16, column: 8 }
      ],
      1
    ],
    [
      'a [rule] table with neither rule_id nor id: reported on its line, not read',
      elasticRule({ ruleId: null }),
      [{ severity: 'error', code: 'elastic/unknown-layout', line: 6, column: 1 }],
      0
    ],
    [
      'query diagnostics pass through',
      elasticRule({ ...KQL, query: 'process.name:(a or' }),
      [
        { severity: 'error', code: 'kql/syntax', line: QUERY_LINE + 1, column: 1 },
        { severity: 'error', code: 'kql/unbalanced-parens', line: QUERY_LINE, column: 14 }
      ],
      1
    ]
  ]
  it.each(cases)('%s', (_name, text, expected, rules) => {
    const r = read(text)
    expect(brief(allDiagnostics(r))).toEqual(expected)
    expect(r.rules).toHaveLength(rules)
  })

  it('says what the TOML error is', () => {
    const r = read(elasticRule().replace('risk_score = 47', 'risk_score = = 47'))
    expect(r.diagnostics[0].message).toMatch(/^TOML: /)
    expect(r.diagnostics[0].message).not.toContain('\n')
  })

  it('keeps an unknown-language query as opaque text', () => {
    const r = read(elasticRule({ language: '"sql"', query: 'SELECT 1' }))
    expect(stripQueries(r.rules[0].queries)).toEqual([
      { label: '', expr: opaque('SELECT 1\n', 'language `sql` not supported') }
    ])
  })
})

describe('indicators and exclusions', () => {
  it('treats top-level not clauses of an Elastic rule as exclusions', () => {
    const rule = oneRule(
      elasticRule({
        query:
          'process where process.name : "rundll32.exe" and\n  not process.parent.name : ("msiexec.exe", "svchost.exe")'
      })
    )
    expect(indicators(rule).map(i => i.pred.value)).toEqual(['rundll32.exe'])
    expect(exclusions(rule).map(i => i.pred.value)).toEqual(['msiexec.exe', 'svchost.exe'])
  })
})
