/**
 * The technique page (`detlint catalog show`): its data (counting, ordering, limits), its
 * markdown and text renderings (golden files), the shared tables, and the PR comment's
 * evidence tables that reuse them.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { attackTable, validateAttackTable, type AttackTable } from '../src/attack/table.js'
import { buildCatalog, serializeCatalog, withAttack } from '../src/catalog/index.js'
import { renderPageMarkdown, renderPageText, techniquePage } from '../src/catalog/page.js'
import { main } from '../src/commands.js'
import { describeMatch } from '../src/describe.js'
import { readRuleFile } from '../src/formats/index.js'
import type { Rule } from '../src/ir.js'
import { renderComment } from '../src/report/markdown.js'
import {
  displayValue,
  exclusionTable,
  indicatorTable,
  matchParts,
  renderMarkdownTable,
  renderTextTable,
  type Table
} from '../src/report/tables.js'
import { fixtureReport } from './fixtures/report.js'
import { all, any, mkRule, not, p } from './helpers/rules.js'
import { cells, expectGolden } from './helpers/markdown.js'

// ---------------------------------------------------------------------------------------
// Fixtures: rules of the three vendors, written for these tests, read by the real readers.

/** A small ATT&CK table written for the tests (real IDs, a revoked one). */
function attack(): AttackTable {
  const file = validateAttackTable(
    {
      attack_version: '18.1',
      tactics: {
        TA0005: { name: 'Defense Evasion', shortname: 'defense-evasion' },
        TA0006: { name: 'Credential Access', shortname: 'credential-access' }
      },
      techniques: {
        T1218: { name: 'System Binary Proxy Execution', tactics: ['defense-evasion'] },
        'T1218.005': { name: 'Mshta', tactics: ['defense-evasion'] },
        'T1218.011': { name: 'Rundll32', tactics: ['defense-evasion'] },
        T1085: { name: 'Rundll32', tactics: ['defense-evasion'], revoked: true, replaced_by: 'T1218.011' },
        T1003: { name: 'OS Credential Dumping', tactics: ['credential-access'] },
        'T1003.001': { name: 'LSASS Memory', tactics: ['credential-access'] }
      }
    },
    'page-test.json'
  )
  return attackTable(file, 'page-test.json')
}

function sigma(name: string, tags: string[], detection: string, title = name): [string, string] {
  return [
    `rules/sigma/${name.toLowerCase().replace(/\W+/g, '_')}.yml`,
    [
      `title: ${JSON.stringify(title)}`,
      `id: 7a0e0000-0000-4000-8000-${String(name.length).padStart(12, '0')}`,
      'status: test',
      'tags:',
      ...tags.map(t => `  - attack.${t.toLowerCase()}`),
      'logsource:',
      '  category: process_creation',
      '  product: windows',
      'detection:',
      ...detection.split('\n').map(l => `  ${l}`),
      'level: medium',
      ''
    ].join('\n')
  ]
}

function elastic(
  file: string,
  id: string,
  name: string,
  query: string,
  subtechniques: string[]
): [string, string] {
  return [
    `rules/elastic/${file}.toml`,
    [
      '[metadata]',
      'creation_date = "2025/01/01"',
      'maturity = "production"',
      'updated_date = "2025/01/01"',
      '',
      '[rule]',
      'author = ["detlint tests"]',
      'description = "Written for the technique page tests."',
      'index = ["logs-endpoint.events.process-*", "logs-windows.sysmon_operational-*"]',
      'language = "eql"',
      'license = "MIT"',
      `name = ${JSON.stringify(name)}`,
      'risk_score = 47',
      `rule_id = "${id}"`,
      'severity = "medium"',
      'type = "eql"',
      '',
      "query = '''",
      query,
      "'''",
      '',
      '[[rule.threat]]',
      'framework = "MITRE ATT&CK"',
      '',
      '[[rule.threat.technique]]',
      'id = "T1218"',
      'name = "System Binary Proxy Execution"',
      'reference = "https://attack.mitre.org/techniques/T1218/"',
      ...subtechniques.flatMap(s => [
        '',
        '[[rule.threat.technique.subtechnique]]',
        `id = "${s}"`,
        'name = "Sub-technique"',
        `reference = "https://attack.mitre.org/techniques/${s.replace('.', '/')}/"`
      ]),
      '',
      '[rule.threat.tactic]',
      'id = "TA0005"',
      'name = "Defense Evasion"',
      'reference = "https://attack.mitre.org/tactics/TA0005/"',
      ''
    ].join('\n')
  ]
}

function splunk(file: string, id: string, name: string, where: string, technique: string): [string, string] {
  return [
    `rules/splunk/detections/${file}.yml`,
    [
      `name: ${name}`,
      `id: ${id}`,
      'version: 1',
      "date: '2025-01-01'",
      'author: detlint tests',
      'status: production',
      'type: TTP',
      'description: Written for the technique page tests.',
      'data_source:',
      '- Sysmon EventID 1',
      `search: '| tstats count from datamodel=Endpoint.Processes where ${where} by Processes.dest Processes.process'`,
      'how_to_implement: Process events in the Endpoint data model.',
      'known_false_positives: Installers.',
      'references: []',
      'tags:',
      '  analytic_story:',
      '  - Page Tests',
      '  asset_type: Endpoint',
      '  mitre_attack_id:',
      `  - ${technique}`,
      '  product:',
      '  - Splunk Enterprise',
      '  security_domain: endpoint',
      ''
    ].join('\n')
  ]
}

const FILES: Array<[string, string]> = [
  sigma(
    'Rundll32 Executing JavaScript',
    ['t1218.011'],
    [
      'selection:',
      "  Image|endswith: '\\rundll32.exe'",
      "  CommandLine|contains: 'javascript:'",
      'filter_main_msiexec:',
      "  ParentImage|endswith: '\\msiexec.exe'",
      'condition: selection and not filter_main_msiexec'
    ].join('\n')
  ),
  sigma(
    'Rundll32 Without Arguments',
    ['t1218.011'],
    [
      'selection:',
      "  Image|endswith: '\\rundll32.exe'",
      "  CommandLine|endswith: 'rundll32.exe'",
      'condition: selection'
    ].join('\n')
  ),
  sigma(
    'Mshta Running a Script',
    ['t1218.005'],
    [
      'selection:',
      "  Image|endswith: '\\mshta.exe'",
      '  CommandLine|contains:',
      "    - 'javascript:'",
      "    - 'vbscript:'",
      'condition: selection'
    ].join('\n')
  ),
  // Two sub-techniques of T1218: one rule on the parent's page; hostile title text.
  sigma(
    'Proxy Binary Script',
    ['t1218.011', 't1218.005'],
    [
      'selection:',
      '  Image|endswith:',
      "    - '\\rundll32.exe'",
      "    - '\\mshta.exe'",
      "  CommandLine|contains: 'a|b `x`'",
      'filter_main_msiexec:',
      "  ParentImage|endswith: '\\msiexec.exe'",
      'condition: selection and not filter_main_msiexec'
    ].join('\n'),
    'Proxy | script by @octocat <img src=x> **now**'
  ),
  // Another technique with the same indicator: corpus reach, not rules here.
  sigma(
    'LSASS Dump Through Comsvcs',
    ['t1003.001'],
    [
      'selection:',
      "  Image|endswith: '\\rundll32.exe'",
      "  CommandLine|contains: 'minidump'",
      'condition: selection'
    ].join('\n')
  ),
  elastic(
    'rundll32_script_protocol',
    '9d1c0000-0000-4000-8000-000000000001',
    'Rundll32 With a Script Protocol',
    [
      'process where event.type == "start" and',
      '  process.name : "rundll32.exe" and process.command_line : "*javascript:*" and',
      '  not process.parent.name : "msiexec.exe"'
    ].join('\n'),
    ['T1218.011']
  ),
  elastic(
    'rundll32_unusual_parent',
    '9d1c0000-0000-4000-8000-000000000002',
    'Rundll32 With an Unusual Parent',
    [
      'process where event.type == "start" and process.name : "rundll32.exe" and',
      '  process.parent.name : ("winword.exe", "excel.exe")'
    ].join('\n'),
    ['T1218.011']
  ),
  splunk(
    'rundll32_javascript',
    '5b1d0000-0000-4000-8000-000000000001',
    'Rundll32 JavaScript Execution',
    'Processes.process_name=rundll32.exe Processes.process="*javascript:*" AND NOT Processes.parent_process_name=msiexec.exe',
    'T1218.011'
  ),
  splunk(
    'rundll32_user_folder',
    '5b1d0000-0000-4000-8000-000000000002',
    'Rundll32 From a User Folder',
    'Processes.process_name=rundll32.exe Processes.process="*\\\\Users\\\\Public\\\\*"',
    'T1218.011'
  )
]

function readRules(): Rule[] {
  return FILES.flatMap(([path, text]) => {
    const result = readRuleFile(path, text)
    const errors = [...result.diagnostics, ...result.rules.flatMap(r => r.diagnostics)].filter(
      d => d.severity === 'error'
    )
    expect(errors).toEqual([])
    expect(result.rules).toHaveLength(1)
    return result.rules
  })
}

/** The fixture catalog, with the test ATT&CK table unless given `null`. */
const catalog = (table: AttackTable | null = attack()) => buildCatalog(readRules(), table ?? undefined)

/** Every markdown table (indented or not) has as many cells per row as its header. */
function expectWellFormedTables(markdown: string): number {
  let width = 0
  let rows = 0
  for (const line of markdown.split('\n')) {
    if (!line.trimStart().startsWith('|')) {
      width = 0
      continue
    }
    if (width === 0) width = cells(line).length
    else {
      expect(cells(line)).toHaveLength(width)
      rows++
    }
  }
  return rows
}

// ---------------------------------------------------------------------------------------

describe('the fixture rules meet across vendors', () => {
  it('reads the rundll32 indicator of all three vendors as one key', () => {
    const cat = catalog()
    const key = 'process.name|eq|rundll32.exe'
    const vendors = (cat.indicatorRules.get(key) ?? []).map(i => cat.rules[i].vendor)
    expect(new Set(vendors)).toEqual(new Set(['sigma', 'elastic', 'splunk']))
  })
})

describe('techniquePage', () => {
  it('names the technique and its tactics from the ATT&CK table', () => {
    const page = techniquePage(catalog(), 't1218.011')
    expect(page).toMatchObject({
      technique: 'T1218.011',
      requested: 'T1218.011',
      name: 'Rundll32',
      tactics: ['Defense Evasion'],
      attackVersion: '18.1'
    })
  })

  it('says the name is unknown without an ATT&CK table', () => {
    const page = techniquePage(catalog(null), 'T1218.011')
    expect(page).toMatchObject({ name: null, tactics: [], attackVersion: null })
    expect(renderPageText(page)).toContain(
      'No ATT&CK table given (--attack FILE): the technique name and tactics are unknown.'
    )
    expect(renderPageMarkdown(page).split('\n')[0]).toBe('# T1218.011')
  })

  it('files a revoked ID under its replacement', () => {
    const page = techniquePage(catalog(), 'T1085')
    expect(page.technique).toBe('T1218.011')
    expect(page.requested).toBe('T1085')
    expect(page.rules).toBe(7)
    expect(renderPageText(page)).toContain(
      'T1085 is revoked or moved in the ATT&CK table; this is the page of T1218.011.'
    )
  })

  it('lists the rules tagged with a sub-technique, by vendor', () => {
    const page = techniquePage(catalog(), 'T1218.011')
    expect(page.rules).toBe(7)
    expect(page.vendors).toEqual([
      { vendor: 'sigma', rules: 3 },
      { vendor: 'elastic', rules: 2 },
      { vendor: 'splunk', rules: 2 }
    ])
    expect(page.subtechniques).toEqual([])
    expect(page.ruleGroups.map(g => [g.vendor, g.total, g.rows.map(r => r.title)])).toEqual([
      [
        'sigma',
        3,
        [
          'Proxy | script by @octocat <img src=x> **now**',
          'Rundll32 Executing JavaScript',
          'Rundll32 Without Arguments'
        ]
      ],
      ['elastic', 2, ['Rundll32 With a Script Protocol', 'Rundll32 With an Unusual Parent']],
      ['splunk', 2, ['Rundll32 JavaScript Execution', 'Rundll32 From a User Folder']]
    ])
  })

  it('counts a rule of two sub-techniques once on the parent page, and names the sub-techniques', () => {
    const page = techniquePage(catalog(), 'T1218')
    expect(page.rules).toBe(8)
    expect(page.vendors.reduce((n, v) => n + v.rules, 0)).toBe(8)
    expect(page.subtechniques).toEqual([
      { technique: 'T1218.011', name: 'Rundll32', rules: 7 },
      { technique: 'T1218', name: 'System Binary Proxy Execution', rules: 2 },
      { technique: 'T1218.005', name: 'Mshta', rules: 2 }
    ])
    const js = page.indicators.rows.find(r => r.key === 'process.command_line|wildcard|*javascript:*')
    // Rundll32 JavaScript (sigma, elastic, splunk) and Mshta: four rules, each once.
    expect(js).toMatchObject({ here: 4, reach: 4, vendors: ['sigma', 'elastic', 'splunk'] })
    expect(page.ruleGroups[0].rows.filter(r => r.title.startsWith('Proxy'))).toHaveLength(1)
  })

  it('tells rules here from corpus reach', () => {
    const page = techniquePage(catalog(), 'T1218.011')
    const row = page.indicators.rows.find(r => r.key === 'process.name|eq|rundll32.exe')
    // The LSASS rule (T1003.001) checks it too: reach 8, here 7.
    expect(row).toMatchObject({
      field: 'process.name',
      op: 'eq',
      value: 'rundll32.exe',
      here: 7,
      reach: 8,
      vendors: ['sigma', 'elastic', 'splunk']
    })
    expect(page.indicators.rows[0]).toBe(row)
  })

  it('counts each rule once per row, however many of its predicates land there', () => {
    const rules = [
      // Two keys on one field, the field in an indicator and an exclusion, the same key twice.
      mkRule(
        'a',
        all(
          any(
            all(p('Image', 'eq', 'x.exe'), p('CommandLine', 'wildcard', '*-a*')),
            p('Image', 'eq', 'X.EXE')
          ),
          p('CommandLine', 'wildcard', '*-b*'),
          not(p('CommandLine', 'wildcard', '*-c*'))
        )
      ),
      mkRule('b', all(p('CommandLine', 'wildcard', '*-a*'), not(p('CommandLine', 'wildcard', '*-c*'))))
    ]
    const page = techniquePage(buildCatalog(rules), 'T1218.011')
    const field = page.fields.rows.find(f => f.field === 'CommandLine')
    expect(field).toEqual({
      field: 'CommandLine',
      rules: 2,
      ops: [{ op: 'wildcard', rules: 2 }],
      samples: ['*-a*', '*-c*', '*-b*']
    })
    expect(page.indicators.rows.map(r => [r.key, r.here])).toEqual([
      ['CommandLine|wildcard|*-a*', 2],
      ['CommandLine|wildcard|*-b*', 1],
      ['Image|eq|x.exe', 1]
    ])
    expect(page.exclusions.rows.map(r => [r.key, r.rules])).toEqual([['CommandLine|wildcard|*-c*', 2]])
  })

  it('orders rows by count, then key', () => {
    const page = techniquePage(catalog(), 'T1218')
    for (const section of [page.indicators.rows.map(r => [r.here, r.key] as const)]) {
      const sorted = [...section].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
      expect(section).toEqual(sorted)
    }
    expect(page.fields.rows.map(f => f.rules)).toEqual(
      [...page.fields.rows.map(f => f.rules)].sort((a, b) => b - a)
    )
  })

  it('counts events per rule and per vendor', () => {
    const page = techniquePage(catalog(), 'T1218.011')
    const sysmon = page.events.rows.find(e => e.id === 'sysmon:1')
    expect(sysmon).toMatchObject({ provider: 'Sysmon', event: '1', title: 'Process creation' })
    expect(sysmon?.rules).toBe(7)
    expect(sysmon?.vendors).toEqual({ sigma: 3, elastic: 2, splunk: 2 })
    const counts = page.events.rows.map(e => e.rules)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  })

  it('caps each table at the limit and keeps the totals', () => {
    const full = techniquePage(catalog(), 'T1218', 0)
    const capped = techniquePage(catalog(), 'T1218', 2)
    expect(full.indicators.rows.length).toBe(full.indicators.total)
    expect(capped.indicators.total).toBe(full.indicators.total)
    expect(capped.indicators.rows).toEqual(full.indicators.rows.slice(0, 2))
    expect(capped.ruleGroups[0]).toMatchObject({ total: 4 })
    expect(capped.ruleGroups[0].rows).toHaveLength(2)
    const more = full.indicators.total - 2
    expect(renderPageText(capped)).toContain(`… and ${more} more indicators`)
    expect(renderPageMarkdown(capped)).toContain('… and 2 more rules')
  })

  it('gives a clear page, not an error, for a technique without rules', () => {
    const page = techniquePage(catalog(), 'T1003')
    expect(page.rules).toBe(1)
    const empty = techniquePage(catalog(), 'T1059')
    expect(empty.rules).toBe(0)
    expect(renderPageText(empty)).toBe(
      [
        'T1059',
        '=====',
        '',
        'ATT&CK v18.1 does not know T1059.',
        '',
        'No rule in the catalog is tagged with T1059 or its sub-techniques.',
        ''
      ].join('\n')
    )
    expect(renderPageMarkdown(techniquePage(catalog(null), 'T1059.001'))).toBe(
      [
        '# T1059.001',
        '',
        'No ATT&CK table given (--attack FILE): the technique name and tactics are unknown.',
        '',
        'No rule in the catalog is tagged with T1059.001.',
        ''
      ].join('\n')
    )
  })

  it('is JSON-able and deterministic whatever the rule order', () => {
    const page = techniquePage(catalog(), 'T1218')
    expect(JSON.parse(JSON.stringify(page))).toEqual(page)
    const reversed = techniquePage(buildCatalog([...readRules()].reverse(), attack()), 'T1218')
    expect(reversed).toEqual(page)
  })
})

describe('page renderings (golden files)', () => {
  it('T1218.011 as markdown and text', () => {
    const page = techniquePage(catalog(), 'T1218.011')
    expectGolden('page-t1218-011.md', renderPageMarkdown(page))
    expectGolden('page-t1218-011.txt', renderPageText(page))
  })

  it('T1218 (a parent, capped at 5 rows) as markdown and text', () => {
    const page = techniquePage(catalog(), 'T1218', 5)
    expectGolden('page-t1218.md', renderPageMarkdown(page))
    expectGolden('page-t1218.txt', renderPageText(page))
  })

  it('escapes rule text in markdown and keeps every table row whole', () => {
    const md = renderPageMarkdown(techniquePage(catalog(), 'T1218'))
    const prose = md.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '')
    expect(prose).not.toMatch(/@[A-Za-z0-9]/)
    expect(prose).not.toContain('<')
    expect(md).toContain('Proxy \\| script by @\u200doctocat &lt;img src=x&gt; \\*\\*now\\*\\*')
    expect(md).toContain('| `process.command_line` | contains | `` a\\|b `x` `` | 1 | 1 | sigma |')
    expect(expectWellFormedTables(md)).toBeGreaterThan(10)
  })

  it('cleans control characters from the text page', () => {
    const rule = mkRule('evil', p('Image', 'eq', 'a\u001b[31mb.exe'))
    rule.title = 'Evil\u001b[2J title\nnext line'
    const text = renderPageText(techniquePage(buildCatalog([rule]), 'T1218.011'))
    expect(text).not.toContain('\u001b')
    expect(text).toContain('Evil\uFFFD[2J title next line')
  })
})

describe('shared tables', () => {
  const table: Table = {
    columns: [{ header: 'name' }, { header: 'count', numeric: true }, { header: 'value' }],
    rows: [
      ['short', 1234, { code: 'a|b' }],
      ['a longer name', 5, null]
    ],
    more: 3,
    noun: 'thing'
  }

  it('renders markdown with escaped cells and a "more" line', () => {
    expect(renderMarkdownTable(table, '  ')).toEqual([
      '  | name | count | value |',
      '  | :-- | ---: | :-- |',
      '  | short | 1,234 | `a\\|b` |',
      '  | a longer name | 5 |  |',
      '',
      '  … and 3 more things'
    ])
  })

  it('renders aligned text, counts on the right, without trailing spaces', () => {
    expect(renderTextTable(table)).toEqual([
      'name           count  value',
      '-------------  -----  -----',
      'short          1,234  a|b',
      'a longer name      5',
      '… and 3 more things'
    ])
  })

  it.each([
    ['eq', 'cmd.exe', 'equals', 'cmd.exe'],
    ['wildcard', '*\\cmd.exe', 'ends with', '\\cmd.exe'],
    ['wildcard', 'c:\\windows\\\\*', 'starts with', 'c:\\windows\\'],
    ['wildcard', 'a\\*b*', 'starts with', 'a*b'],
    ['wildcard', '*-enc *', 'contains', '-enc '],
    ['wildcard', '*a*b*', 'matches', '*a*b*'],
    ['wildcard+base64offset', '*iex*', 'contains (base64offset)', 'iex'],
    ['keyword', '*curl*', 'contains', 'curl'],
    ['regex', '^a.*b$', 'regex', '^a.*b$'],
    ['cidr', '10.0.0.0/8', 'is in', '10.0.0.0/8'],
    ['gte', '5', '>=', '5'],
    ['fieldref', 'user.name', 'equals the field', 'user.name'],
    ['exists', null, 'exists', null]
  ])('reads %s %j as %j %j', (op, value, words, shown) => {
    expect(matchParts(op, value)).toEqual({ op: words, value: shown })
  })

  it('uses the words of describeMatch', () => {
    for (const [op, value] of [
      ['eq', 'cmd.exe'],
      ['wildcard', '*\\cmd.exe'],
      ['wildcard', 'c:\\windows\\\\*'],
      ['wildcard', '*-enc *'],
      ['wildcard', '*a*b*']
    ]) {
      const m = matchParts(op, value)
      expect(`${m.op} "${m.value}"`).toBe(describeMatch(op, value))
    }
  })

  it('cuts long cells, paths at their start', () => {
    const long: Table = {
      columns: [{ header: 'title' }, { header: 'path', keepEnd: true }],
      rows: [['t'.repeat(100), `${'d/'.repeat(50)}rule.yml`]]
    }
    const [, , row] = renderTextTable(long)
    expect(row).toBe(`${'t'.repeat(79)}…  …${'d/'.repeat(50).slice(-71)}rule.yml`)
    expect(renderMarkdownTable(long)[2]).toBe(`| ${'t'.repeat(100)} | ${'d/'.repeat(50)}rule.yml |`)
  })

  it('shows a wildcard value without its escapes', () => {
    expect(displayValue('wildcard', '*\\windows\\installer\\\\*')).toBe('*\\windows\\installer\\*')
    expect(displayValue('eq', 'a\\\\b')).toBe('a\\\\b')
  })

  it('builds the page and evidence columns from the same definitions', () => {
    const row = { field: 'process.name', op: 'eq', value: 'cmd.exe', here: 3, reach: 40, vendors: [] }
    const page = indicatorTable([row], { here: true, vendors: true })
    const evidence = indicatorTable([row])
    expect(page.columns.map(c => c.header)).toEqual([
      'field',
      'operator',
      'value',
      'rules here',
      'corpus reach',
      'vendors'
    ])
    expect(evidence.columns.map(c => c.header)).toEqual(['field', 'operator', 'value', 'corpus reach'])
    expect(exclusionTable([{ ...row, rules: 2 }]).columns.map(c => c.header)).toEqual([
      'field',
      'operator',
      'value',
      'rules'
    ])
    expect(indicatorTable([{ field: null, op: 'keyword', value: '*curl*', reach: 2 }]).rows).toEqual([
      ['(keyword)', 'contains', { code: 'curl' }, 2]
    ])
  })
})

describe('the PR comment reuses the page tables as evidence', () => {
  const comment = renderComment(fixtureReport())

  it('shows a noisy indicator as an indicator row with its corpus reach', () => {
    expect(comment).toContain(
      [
        '  | field | operator | value | corpus reach |',
        '  | :-- | :-- | :-- | ---: |',
        '  | `process.name` | equals | `cmd.exe` | 412 |'
      ].join('\n')
    )
    expect(comment).toContain('  | \\(keyword\\) | contains | `curl` | 57 |')
    expect(comment).toContain('  - Query: step 1')
  })

  it('shows a missing exclusion as an exclusion row with its support', () => {
    expect(comment).toContain(
      [
        '  | field | operator | value | rules |',
        '  | :-- | :-- | :-- | ---: |',
        '  | `process.parent.name` | equals | `msiexec.exe` | 18 |'
      ].join('\n')
    )
  })

  it('keeps hostile values in one cell', () => {
    expect(comment).toContain('  | `process.command_line` | contains | ``a\\|b `x` $y$`` | 25 |')
    expectWellFormedTables(comment)
  })
})

describe('detlint catalog show', () => {
  function cli(args: string[], cwd: string): { code: number; out: string; err: string } {
    let out = ''
    let err = ''
    const code = main(args, { stdout: t => void (out += t), stderr: t => void (err += t), cwd })
    return { code, out, err }
  }

  it('reads --attack and --limit, and prints the same page as the library', () => {
    const dir = mkdtempSync(join(tmpdir(), 'detlint-page-'))
    try {
      const cat = catalog(null)
      // --catalog is read from the process's directory (io.cwd is only used for folders).
      const catalogFile = join(dir, 'catalog.json')
      writeFileSync(catalogFile, serializeCatalog(cat))
      const table = attack()
      writeFileSync(
        join(dir, 'attack.json'),
        JSON.stringify({
          attack_version: table.version,
          tactics: Object.fromEntries(table.tactics),
          techniques: Object.fromEntries(table.techniques)
        })
      )
      const shown = cli(
        ['catalog', 'show', 't1218', '--catalog', catalogFile, '--attack', 'attack.json', '--limit', '3'],
        dir
      )
      expect(shown.err).toBe('')
      expect(shown.code).toBe(0)
      const expected = renderPageText(techniquePage(withAttack(cat, attack()), 'T1218', 3))
      expect(shown.out).toBe(expected.replace(/page-test\.json/g, 'attack.json'))
      expect(shown.out.split('\n')[0]).toBe('T1218 System Binary Proxy Execution')

      writeFileSync(join(dir, 'detlint.yml'), 'attack: attack.json\n')
      const viaConfig = cli(
        ['catalog', 'show', 'T1218', '--catalog', catalogFile, '--config', 'detlint.yml', '--limit', '3'],
        dir
      )
      expect(viaConfig.out).toBe(shown.out)

      const bad = cli(['catalog', 'show', 'T1218', '--catalog', catalogFile, '--limit', 'many'], dir)
      expect(bad.code).toBe(2)
      expect(bad.err).toContain('--limit: expected a whole number (0 for no limit), got "many"')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('scope fields on the page', () => {
  it('leaves the OS and event category/type/code out of the field and indicator tables', () => {
    const rule = (name: string) =>
      mkRule(
        name,
        all(
          p('host.os.type', 'eq', 'windows'),
          p('event.type', 'eq', 'start'),
          p('process.name', 'eq', 'x.exe')
        ),
        ['T1218.011']
      )
    const page = techniquePage(buildCatalog([rule('a'), rule('b')]), 'T1218.011')
    expect(page.fields.rows.map(f => f.field)).toEqual(['process.name'])
    expect(page.indicators.rows.map(r => r.key)).toEqual(['process.name|eq|x.exe'])
  })
})
