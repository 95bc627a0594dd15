/**
 * Events covered: rules of the three vendors, read from small rule texts written for these
 * tests, mapped to canonical event ids; then the public corpora (skipped when absent).
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readRuleFile } from '../src/formats/index.js'
import { refreshSplunkDefinitions } from '../src/formats/splunk/index.js'
import { sigmaFormat } from '../src/formats/sigma/index.js'
import { predicates, type Rule, type Vendor } from '../src/ir.js'
import { compareEvents, eventInfo, eventsCovered } from '../src/normalize/events.js'
import { elasticRule, read as readElastic } from './elastic/fixtures.js'
import { Workspace, dataSource, detection, macro } from './splunk/helpers.js'

// ---------------------------------------------------------------------------------------
// Rule builders.

interface SigmaOptions {
  product?: string
  category?: string
  service?: string
  /** Detection lines under `detection:` (indented by 4). */
  detection?: string[]
}

function sigmaRule(o: SigmaOptions): Rule {
  const logsource = [
    o.product ? `    product: ${o.product}` : null,
    o.category ? `    category: ${o.category}` : null,
    o.service ? `    service: ${o.service}` : null
  ].filter((l): l is string => l !== null)
  const text = [
    'title: Test rule',
    'id: 5f0c0e0c-1111-4222-8333-444455556666',
    'status: test',
    'tags:',
    '    - attack.t1059',
    'logsource:',
    ...logsource,
    'detection:',
    ...(o.detection ?? [
      '    selection:',
      "        CommandLine|contains: ' -x '",
      '    condition: selection'
    ]),
    'level: medium',
    ''
  ].join('\n')
  const r = sigmaFormat.parse('rules/test.yml', text)
  expect(r.diagnostics).toEqual([])
  expect(r.rules).toHaveLength(1)
  return r.rules[0]
}

function elastic(
  query: string,
  index: string[] | null,
  o: { language?: string; tags?: string[] } = {}
): Rule {
  const text = elasticRule({
    query,
    index: index === null ? null : JSON.stringify(index),
    language: `"${o.language ?? 'eql'}"`,
    type: `"${o.language === 'kuery' ? 'query' : (o.language ?? 'eql')}"`,
    tags: JSON.stringify(o.tags ?? ['OS: Windows'])
  })
  const r = readElastic(text)
  expect(r.rules).toHaveLength(1)
  return r.rules[0]
}

const SYSMON_SOURCE = 'XmlWinEventLog:Microsoft-Windows-Sysmon/Operational'

/** A security_content-like checkout written by the tests. */
const CHECKOUT: Record<string, string> = {
  'macros/security_content_summariesonly.yml': macro('security_content_summariesonly', 'summariesonly=false'),
  'macros/sysmon.yml': macro('sysmon', `source=${SYSMON_SOURCE}`),
  'macros/linux_sysmon.yml': macro('linux_sysmon', 'source=Syslog:Linux-Sysmon/Operational'),
  'macros/wineventlog_security.yml': macro('wineventlog_security', 'source=XmlWinEventLog:Security'),
  'macros/wineventlog_system.yml': macro('wineventlog_system', 'eventtype=wineventlog_system'),
  'macros/cloudtrail.yml': macro('cloudtrail', 'sourcetype=aws:cloudtrail'),
  'data_sources/sysmon_eventid_1.yml': dataSource(
    'Sysmon EventID 1',
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
  'data_sources/linux_sysmon_1.yml': dataSource(
    'Sysmon for Linux EventID 1',
    'Syslog:Linux-Sysmon/Operational',
    'sysmon:linux',
    'EventID'
  ),
  'data_sources/crowdstrike.yml': dataSource(
    'CrowdStrike ProcessRollup2',
    'crowdstrike',
    'crowdstrike:events:sensor',
    'event_simpleName'
  )
}

const PROCESS_TSTATS = [
  '| tstats `security_content_summariesonly` count from datamodel=Endpoint.Processes',
  '  where Processes.process_name=mshta.exe by Processes.dest Processes.process',
  '| `drop_dm_object_name(Processes)`',
  '| `test_detection_filter`'
].join('\n')

let ws: Workspace
beforeAll(() => {
  ws = new Workspace(CHECKOUT)
})
afterAll(() => ws.cleanup())

function splunk(search: string, dataSources: string[] = []): Rule {
  const r = ws.read('detections/endpoint/test.yml', detection(search, { dataSources }))
  expect(r.rules).toHaveLength(1)
  return r.rules[0]
}

// ---------------------------------------------------------------------------------------

describe('events covered across vendors', () => {
  it('rules of all three vendors reading process creation meet on Sysmon 1 and Security 4688', () => {
    const sigma = sigmaRule({ product: 'windows', category: 'process_creation' })
    const eql = elastic(
      'process where host.os.type == "windows" and event.type == "start" and process.name == "mshta.exe"',
      [
        'winlogbeat-*',
        'logs-windows.sysmon_operational-*',
        'logs-system.security*',
        'logs-windows.forwarded*'
      ]
    )
    const spl = splunk(PROCESS_TSTATS, ['Sysmon EventID 1', 'Windows Event Log Security 4688'])
    expect(eventsCovered(sigma)).toEqual(['sysmon:1', 'security:4688'])
    expect(eventsCovered(eql)).toEqual(['sysmon:1', 'security:4688'])
    expect(eventsCovered(spl)).toEqual(['sysmon:1', 'security:4688'])
  })

  it('adds the Elastic Defend stream and CrowdStrike events the rule also reads', () => {
    const eql = elastic('process where event.type == "start" and process.name == "mshta.exe"', [
      'winlogbeat-*',
      'logs-endpoint.events.process-*',
      'logs-crowdstrike.fdr*',
      'endgame-*'
    ])
    expect(eventsCovered(eql)).toEqual([
      'sysmon:1',
      'security:4688',
      'endpoint:process',
      'crowdstrike:ProcessRollup2'
    ])
    const spl = splunk(PROCESS_TSTATS, [
      'Sysmon EventID 1',
      'Windows Event Log Security 4688',
      'CrowdStrike ProcessRollup2'
    ])
    expect(eventsCovered(spl)).toEqual(['sysmon:1', 'security:4688', 'crowdstrike:ProcessRollup2'])
  })
})

describe('Sigma', () => {
  it.each([
    ['process_creation', ['sysmon:1', 'security:4688']],
    ['file_change', ['sysmon:2']],
    ['network_connection', ['sysmon:3']],
    ['process_termination', ['sysmon:5']],
    ['driver_load', ['sysmon:6']],
    ['image_load', ['sysmon:7']],
    ['create_remote_thread', ['sysmon:8']],
    ['raw_access_thread', ['sysmon:9']],
    ['process_access', ['sysmon:10']],
    ['file_event', ['sysmon:11']],
    ['registry_add', ['sysmon:12', 'security:4657']],
    ['registry_delete', ['sysmon:12', 'security:4657']],
    ['registry_set', ['sysmon:13', 'security:4657']],
    ['registry_event', ['sysmon:12', 'sysmon:13', 'sysmon:14', 'security:4657']],
    ['registry_rename', ['sysmon:14']],
    ['create_stream_hash', ['sysmon:15']],
    ['pipe_created', ['sysmon:17', 'sysmon:18']],
    ['wmi_event', ['sysmon:19', 'sysmon:20', 'sysmon:21']],
    ['dns_query', ['sysmon:22', 'dns-client:3008']],
    ['file_delete', ['sysmon:23']],
    ['clipboard_capture', ['sysmon:24']],
    ['process_tampering', ['sysmon:25']],
    ['file_delete_detected', ['sysmon:26']],
    ['file_block_executable', ['sysmon:27']],
    ['sysmon_error', ['sysmon:255']],
    ['ps_module', ['powershell:4103']],
    ['ps_script', ['powershell:4104']],
    ['ps_classic_start', ['windows-powershell:400']],
    ['ps_classic_provider_start', ['windows-powershell:600']],
    ['ps_classic_script', ['windows-powershell:800']],
    ['file_access', []]
  ])('windows/%s', (category, expected) => {
    expect(eventsCovered(sigmaRule({ product: 'windows', category }))).toEqual(expected)
  })

  it.each([
    ['linux', 'process_creation', ['sysmon-linux:1']],
    ['linux', 'network_connection', ['sysmon-linux:3']],
    ['linux', 'file_event', ['sysmon-linux:11']],
    ['macos', 'process_creation', []],
    [undefined, 'proxy', []]
  ])('%s/%s', (product, category, expected) => {
    expect(eventsCovered(sigmaRule({ product, category }))).toEqual(expected)
  })

  const eventIds = (ids: string[], extra: string[] = []): string[] => [
    '    selection:',
    '        EventID:',
    ...ids.map(id => `            - ${id}`),
    ...extra,
    '    condition: selection'
  ]

  it.each([
    ['security', ['4624', '4625'], ['security:4624', 'security:4625']],
    ['system', ['7045'], ['system:7045']],
    ['sysmon', ['8'], ['sysmon:8']],
    ['powershell', ['4104'], ['powershell:4104']],
    ['powershell-classic', ['400'], ['windows-powershell:400']],
    ['taskscheduler', ['129'], ['taskscheduler:129']],
    ['ldap_debug', ['30'], ['ldap:30']],
    ['smbserver-connectivity', ['1009'], ['smbserver-connectivity:1009']]
  ])('service %s with EventID %j', (service, ids, expected) => {
    expect(eventsCovered(sigmaRule({ product: 'windows', service, detection: eventIds(ids) }))).toEqual(
      expected
    )
  })

  it('needs an EventID to name the events of a service', () => {
    const rule = sigmaRule({
      product: 'windows',
      service: 'msexchange-management',
      detection: ['    keywords:', "        - 'Set-Mailbox'", '    condition: keywords']
    })
    expect(eventsCovered(rule)).toEqual([])
  })

  it('ignores EventIDs under a not', () => {
    const rule = sigmaRule({
      product: 'windows',
      service: 'security',
      detection: [
        '    selection:',
        '        EventID: 4624',
        '    filter:',
        '        EventID: 4634',
        '    condition: selection and not filter'
      ]
    })
    expect(eventsCovered(rule)).toEqual(['security:4624'])
  })

  it('reads an explicit EventID of a category rule on that category’s channel', () => {
    const rule = sigmaRule({ product: 'windows', category: 'wmi_event', detection: eventIds(['19']) })
    expect(eventsCovered(rule)).toEqual(['sysmon:19'])
  })

  it('reads EventID once its field is canonicalised to event.code', () => {
    const rule = sigmaRule({ product: 'windows', service: 'system', detection: eventIds(['7045']) })
    for (const q of rule.queries) for (const p of predicates(q.expr)) p.field = 'event.code'
    expect(eventsCovered(rule)).toEqual(['system:7045'])
  })

  it('takes SaaS and auditd event names from their event field', () => {
    const trail = sigmaRule({
      product: 'aws',
      service: 'cloudtrail',
      detection: [
        '    selection:',
        '        eventSource: iam.amazonaws.com',
        '        eventName:',
        '            - CreateAccessKey',
        '            - CreateLoginProfile',
        '    condition: selection'
      ]
    })
    expect(eventsCovered(trail)).toEqual(['cloudtrail:CreateAccessKey', 'cloudtrail:CreateLoginProfile'])
    const audit = sigmaRule({
      product: 'linux',
      service: 'auditd',
      detection: ['    selection:', '        type: EXECVE', '        a0: wget', '    condition: selection']
    })
    expect(eventsCovered(audit)).toEqual(['auditd:EXECVE'])
  })
})

describe('Elastic', () => {
  const START = 'process where event.type == "start" and process.name == "x.exe"'

  it.each([
    [['logs-windows.sysmon_operational-*'], ['sysmon:1']],
    [['logs-system.security*'], ['security:4688']],
    [['remote:logs-windows.sysmon_operational-*'], ['sysmon:1']],
    [['logs-windows.*'], ['sysmon:1', 'security:4688']],
    [['logs-system.*'], ['security:4688']],
    [['logs-endpoint.events.process-*'], ['endpoint:process']],
    [['logs-endpoint.events.*'], ['endpoint:process']],
    [
      ['logs-endpoint.events.process*', 'logs-endpoint.events.network*'],
      ['endpoint:network', 'endpoint:process']
    ],
    [['logs-crowdstrike.fdr*'], ['crowdstrike:ProcessRollup2']],
    [['endgame-*', 'logs-sentinel_one_cloud_funnel.*'], []]
  ])('a process rule over %j', (index, expected) => {
    expect(eventsCovered(elastic(START, index))).toEqual(expected)
  })

  it('reads any Windows channel when a Windows rule names no index', () => {
    expect(eventsCovered(elastic(START, null))).toEqual(['sysmon:1', 'security:4688'])
    expect(eventsCovered(elastic(START, null, { tags: ['OS: Linux'] }))).toEqual([])
  })

  it('refines the category by event.type', () => {
    const end = elastic('process where event.type == "end" and process.name == "x.exe"', [
      'logs-windows.sysmon_operational-*',
      'logs-endpoint.events.process-*'
    ])
    expect(eventsCovered(end)).toEqual(['sysmon:5', 'endpoint:process'])
    const deletion = elastic('file where event.type == "deletion" and file.extension == "vbs"', [
      'winlogbeat-*',
      'logs-endpoint.events.*'
    ])
    expect(eventsCovered(deletion)).toEqual(['sysmon:23', 'endpoint:file'])
  })

  it('lets explicit event codes replace the category’s Windows events', () => {
    // `process where event.code == "10"` on Sysmon reads process access, not creation.
    const access = elastic(
      'process where event.code == "10" and winlog.event_data.GrantedAccess == "0x1010"',
      ['winlogbeat-*', 'logs-windows.sysmon_operational-*']
    )
    expect(eventsCovered(access)).toEqual(['sysmon:10'])
    const kerberos = elastic('any where event.code in ("4768", "4769") and source.ip != "::1"', [
      'winlogbeat-*',
      'logs-system.security*',
      'logs-windows.forwarded*'
    ])
    expect(eventsCovered(kerberos)).toEqual(['security:4768', 'security:4769'])
    const service = elastic(
      'any where event.code : ("4697", "7045") and winlog.event_data.ServiceFileName : "*cmd*"',
      ['logs-system.security*', 'winlogbeat-*']
    )
    expect(eventsCovered(service)).toEqual(['security:4697', 'system:7045'])
  })

  it('places a code by the channel, provider or dataset of its own and group', () => {
    const rule = elastic(
      [
        'any where host.os.type == "windows" and (',
        '  (data_stream.dataset == "windows.sysmon_operational" and event.code == "21") or',
        '  (winlog.channel == "System" and event.code == "1") or',
        '  (event.provider == "Microsoft-Windows-WMI-Activity" and event.code == "5861"))'
      ].join('\n'),
      ['winlogbeat-*', 'logs-windows.sysmon_operational-*', 'logs-system.system*']
    )
    expect(eventsCovered(rule)).toEqual(['sysmon:21', 'system:1', 'wmi:5861'])
  })

  it('gives unknown codes of an unpinned Windows channel as windows:<id>', () => {
    const rule = elastic('any where event.code == "33205"', ['winlogbeat-*'])
    expect(eventsCovered(rule)).toEqual(['windows:33205'])
    // A numeric code of a non-Windows source says nothing.
    expect(
      eventsCovered(elastic('any where event.code == "0100044547"', ['logs-fortinet_fortigate.*']))
    ).toEqual([])
  })

  it('reads Security events named by event.action', () => {
    const rule = elastic('iam where event.action == "scheduled-task-created" and user.name != "SYSTEM"', [
      'logs-system.security*',
      'winlogbeat-*'
    ])
    expect(eventsCovered(rule)).toEqual(['security:4698'])
  })

  it('reads PowerShell script blocks and CloudTrail event names', () => {
    const posh = elastic(
      'powershell.file.script_block_text : "Invoke-Mimikatz"',
      ['logs-windows.powershell*'],
      {
        language: 'kuery'
      }
    )
    expect(eventsCovered(posh)).toEqual(['powershell:4104'])
    const trail = elastic(
      'event.dataset:aws.cloudtrail and event.action:(CreateAccessKey or DeleteTrail) and event.outcome:success',
      ['logs-aws.cloudtrail-*'],
      { language: 'kuery', tags: ['Domain: Cloud'] }
    )
    expect(eventsCovered(trail)).toEqual(['cloudtrail:CreateAccessKey', 'cloudtrail:DeleteTrail'])
  })
})

describe('Splunk', () => {
  it('reads data source names without their definitions, compound names split', () => {
    const rule = splunk('`sysmon` EventCode=1 | `x_filter`', [
      'Sysmon EventID 1 AND Sysmon EventID 11',
      'Windows Event Log System 7045',
      'Powershell Script Block Logging 4104',
      'NTLM Operational 8004,8005',
      'Linux Auditd Service Stop',
      'AWS CloudTrail ConsoleLogin',
      'Windows Security 5136',
      'Windows IIS 29',
      'Nowhere 42'
    ])
    expect(eventsCovered(rule)).toEqual([
      'sysmon:1',
      'sysmon:11',
      'security:5136',
      'system:7045',
      'powershell:4104',
      'iis-configuration:29',
      'ntlm:8004',
      'ntlm:8005',
      'auditd:SERVICE_STOP',
      'cloudtrail:ConsoleLogin'
    ])
  })

  it('places search event codes by the search’s source', () => {
    expect(eventsCovered(splunk('`sysmon` EventCode=10 | `x_filter`'))).toEqual(['sysmon:10'])
    expect(eventsCovered(splunk('`wineventlog_security` EventCode=4769 | `x_filter`'))).toEqual([
      'security:4769'
    ])
    expect(eventsCovered(splunk('`wineventlog_system` EventCode=7045 | `x_filter`'))).toEqual(['system:7045'])
  })

  it('reads Sysmon for Linux codes as sysmon-linux', () => {
    const rule = splunk('`linux_sysmon` EventID=1 | `x_filter`', ['Sysmon for Linux EventID 1'])
    expect(rule.logsource.eventCodes).toEqual(['sysmon:1'])
    expect(eventsCovered(rule)).toEqual(['sysmon-linux:1'])
  })

  it('falls back on the data model’s category when nothing names an event', () => {
    expect(eventsCovered(splunk(PROCESS_TSTATS))).toEqual(['sysmon:1', 'security:4688'])
  })

  it('reads CloudTrail event names from the search', () => {
    const rule = splunk('`cloudtrail` eventName=DeleteTrail | `x_filter`', ['AWS CloudTrail'])
    expect(eventsCovered(rule)).toEqual(['cloudtrail:DeleteTrail'])
  })
})

describe('eventInfo and compareEvents', () => {
  it.each([
    ['sysmon:1', 'Sysmon', '1', 'Process creation'],
    ['security:4688', 'Security', '4688', 'Process creation'],
    ['system:7045', 'System', '7045', 'Service installed'],
    ['powershell:4104', 'PowerShell/Operational', '4104', 'Script block logging'],
    ['windows-powershell:400', 'Windows PowerShell', '400', 'Engine started'],
    ['taskscheduler:106', 'Microsoft-Windows-TaskScheduler/Operational', '106', 'Scheduled task registered'],
    ['endpoint:process', 'Elastic Defend', 'process', 'Process events'],
    ['crowdstrike:ProcessRollup2', 'CrowdStrike Falcon', 'ProcessRollup2', 'Process creation'],
    ['sysmon-linux:1', 'Sysmon for Linux', '1', 'Process creation'],
    ['cloudtrail:ConsoleLogin', 'AWS CloudTrail', 'ConsoleLogin', 'ConsoleLogin'],
    ['security:9999', 'Security', '9999', 'Event 9999'],
    ['windows:33205', 'Windows', '33205', 'Event 33205'],
    ['smbserver-connectivity:1009', 'Microsoft-Windows-SMBServer/Connectivity', '1009', 'Event 1009'],
    ['acme-edr:proc_start', 'acme-edr', 'proc_start', 'Event proc_start'],
    ['acme-edr:42', 'acme-edr', '42', 'Event 42'],
    ['bare', 'bare', '', 'bare']
  ])('%s', (id, provider, event, title) => {
    expect(eventInfo(id)).toEqual({ id, provider, event, title })
  })

  it('orders by provider (table order, unknown ones after by name), then numeric event id', () => {
    const ids = [
      'zeta:1',
      'security:4688',
      'endpoint:process',
      'sysmon:22',
      'alpha:b',
      'sysmon:3',
      'alpha:a',
      'sysmon:11',
      'security:1102',
      'system:7045',
      'alpha:10',
      'alpha:9'
    ]
    expect([...ids].sort(compareEvents)).toEqual([
      'sysmon:3',
      'sysmon:11',
      'sysmon:22',
      'security:1102',
      'security:4688',
      'system:7045',
      'endpoint:process',
      'alpha:9',
      'alpha:10',
      'alpha:a',
      'alpha:b',
      'zeta:1'
    ])
    expect(compareEvents('sysmon:1', 'sysmon:1')).toBe(0)
  })
})

// ---------------------------------------------------------------------------------------
// The public corpora.

const CORPUS = path.resolve(process.cwd(), '../shared/corpus')
const hasCorpus = fs.existsSync(CORPUS)
if (!hasCorpus) console.log(`Corpus not found at ${CORPUS}: skipping the events-covered corpus test`)

function walk(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) walk(p, out)
    else if (/\.(ya?ml|toml)$/.test(e.name)) out.push(p)
  }
  return out
}

;(hasCorpus ? describe : describe.skip)('events covered over the corpora', () => {
  const FOLDERS: Record<Vendor, string[]> = {
    sigma: ['sigma/rules', 'sigma/rules-emerging-threats', 'sigma/rules-threat-hunting'],
    elastic: ['elastic/rules'],
    splunk: ['splunk/detections']
  }
  // Shares measured on the corpora of this workspace: Sigma 83.5%, Elastic 65.1%, Splunk 78.8%.
  const FLOORS: Record<Vendor, number> = { sigma: 0.8, elastic: 0.6, splunk: 0.75 }
  const rules = new Map<Vendor, Rule[]>()

  beforeAll(() => {
    refreshSplunkDefinitions()
    const context = {
      splunkMacros: [path.join(CORPUS, 'splunk/macros')],
      splunkDataSources: [path.join(CORPUS, 'splunk/data_sources')]
    }
    for (const vendor of Object.keys(FOLDERS) as Vendor[]) {
      const list: Rule[] = []
      for (const folder of FOLDERS[vendor])
        for (const f of walk(path.join(CORPUS, folder)))
          for (const r of readRuleFile(f, fs.readFileSync(f, 'utf8'), { ...context, file: f }).rules)
            if (r.vendor === vendor) list.push(r)
      rules.set(vendor, list)
    }
  })

  it.each(Object.keys(FOLDERS) as Vendor[])('%s: share of rules with an event, top 10 events', vendor => {
    const list = rules.get(vendor) ?? []
    expect(list.length).toBeGreaterThan(500)
    const counts = new Map<string, number>()
    let covered = 0
    for (const r of list) {
      const events = eventsCovered(r)
      expect(events).toEqual([...new Set(events)].sort(compareEvents))
      if (events.length > 0) covered++
      for (const e of events) counts.set(e, (counts.get(e) ?? 0) + 1)
    }
    const top = [...counts].sort((a, b) => b[1] - a[1] || compareEvents(a[0], b[0])).slice(0, 10)
    const share = covered / list.length
    console.log(
      `${vendor}: ${covered}/${list.length} rules (${(100 * share).toFixed(1)}%) cover an event; top 10: ` +
        top.map(([e, n]) => `${e} ${n}`).join(', ')
    )
    expect(share).toBeGreaterThanOrEqual(FLOORS[vendor])
    // Process creation is every vendor's largest Windows kind: all meet on it.
    const names = top.map(([e]) => e)
    expect(names).toEqual(expect.arrayContaining(['sysmon:1', 'security:4688']))
  })

  it('maps every Windows process_creation rule to Sysmon 1', () => {
    for (const vendor of Object.keys(FOLDERS) as Vendor[]) {
      const missing = (rules.get(vendor) ?? []).filter(
        r =>
          r.logsource.product === 'windows' &&
          r.logsource.category === 'process_creation' &&
          (vendor === 'sigma' ||
            (r.properties?.dataSources as string[] | undefined)?.includes('Sysmon EventID 1')) &&
          !eventsCovered(r).includes('sysmon:1')
      )
      expect([vendor, missing.map(r => r.path)]).toEqual([vendor, []])
    }
  })
})
