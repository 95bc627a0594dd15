/**
 * One catalog across vendors: a Sigma rule, an Elastic rule and a Splunk detection, written
 * for this test, that check the same process name meet in one indicator row with reach 3,
 * and a new rule's findings cite peers of all three vendors.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildCorpusCatalog, runCheck } from '../src/engine.js'
import { defaultSettings, type Settings } from '../src/config.js'
import { techniquePage } from '../src/catalog/page.js'
import type { Catalog } from '../src/catalog/index.js'

const SIGMA = `title: Certutil Decode (Sigma)
id: 3c5e0000-0000-4000-8000-000000000001
status: test
tags:
    - attack.t1140
logsource:
    product: windows
    category: process_creation
detection:
    selection:
        Image|endswith: '\\certutil.exe'
        CommandLine|contains: '-decode'
    filter_main_sccm:
        ParentImage|endswith: '\\CcmExec.exe'
    condition: selection and not filter_main_sccm
level: medium
`

const ELASTIC = `[metadata]
creation_date = "2026/11/01"
maturity = "production"
updated_date = "2026/11/01"

[rule]
author = ["detlint tests"]
description = "Certutil decoding a file."
index = ["logs-endpoint.events.process-*", "logs-windows.sysmon_operational-*"]
language = "eql"
license = "MIT"
name = "Certutil Decode (Elastic)"
risk_score = 47
rule_id = "3c5e0000-0000-4000-8000-000000000002"
severity = "medium"
tags = ["OS: Windows"]
type = "eql"

query = '''
process where host.os.type == "windows" and event.type == "start" and
  process.name : "certutil.exe" and process.args : "-decode" and
  not process.parent.name : "ccmexec.exe"
'''

[[rule.threat]]
framework = "MITRE ATT&CK"

[[rule.threat.technique]]
id = "T1140"
name = "Deobfuscate/Decode Files or Information"
reference = "https://attack.mitre.org/techniques/T1140/"

[rule.threat.tactic]
id = "TA0005"
name = "Defense Evasion"
reference = "https://attack.mitre.org/tactics/TA0005/"
`

const SPLUNK = `name: Certutil Decode (Splunk)
id: 3c5e0000-0000-4000-8000-000000000003
version: 1
date: '2026-11-01'
author: detlint tests
status: production
type: TTP
description: Certutil decoding a file.
data_source:
- Sysmon EventID 1
search: '| tstats count from datamodel=Endpoint.Processes where Processes.process_name=certutil.exe
  Processes.process="*-decode*" NOT Processes.parent_process_name=ccmexec.exe by Processes.dest
  | \`drop_dm_object_name(Processes)\`'
how_to_implement: Process creation events mapped to the Endpoint data model.
known_false_positives: Administrators.
tags:
  mitre_attack_id:
  - T1140
  product:
  - Splunk Enterprise
  security_domain: endpoint
`

/** The rule of a pull request: the process name alone, and no exclusion. */
const NEW_RULE = `title: Certutil Run
id: 3c5e0000-0000-4000-8000-000000000009
status: test
tags:
    - attack.t1140
logsource:
    product: windows
    category: process_creation
detection:
    selection:
        Image|endswith: '\\certutil.exe'
    condition: selection
level: medium
`

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'detlint-cross-'))
  for (const d of ['corpus/sigma', 'corpus/elastic', 'corpus/splunk/detections', 'pr'])
    mkdirSync(path.join(dir, d), { recursive: true })
  writeFileSync(path.join(dir, 'corpus/sigma/certutil_decode.yml'), SIGMA)
  writeFileSync(path.join(dir, 'corpus/elastic/certutil_decode.toml'), ELASTIC)
  writeFileSync(path.join(dir, 'corpus/splunk/detections/certutil_decode.yml'), SPLUNK)
  writeFileSync(path.join(dir, 'pr/certutil_run.yml'), NEW_RULE)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function catalog(): Catalog {
  const built = buildCorpusCatalog(['corpus'], dir, defaultSettings())
  expect(built.missing).toEqual([])
  return built.catalog
}

describe('one catalog across vendors', () => {
  it('reads one rule of each vendor', () => {
    expect(catalog().rules.map(r => `${r.vendor}: ${r.title}`)).toEqual([
      'elastic: Certutil Decode (Elastic)',
      'sigma: Certutil Decode (Sigma)',
      'splunk: Certutil Decode (Splunk)'
    ])
  })

  it("Sigma's Image|endswith, Elastic's process.name and Splunk's process_name are one indicator row with reach 3", () => {
    const cat = catalog()
    const rules = cat.indicatorRules.get('process.name|eq|certutil.exe') ?? []
    expect(rules.map(i => cat.rules[i].vendor)).toEqual(['elastic', 'sigma', 'splunk'])
    const rows = techniquePage(cat, 'T1140').indicators.rows.filter(r => r.field === 'process.name')
    expect(rows).toMatchObject([
      { key: 'process.name|eq|certutil.exe', here: 3, reach: 3, vendors: ['sigma', 'elastic', 'splunk'] }
    ])
  })

  it('their exclusions meet too (a path ending in the name, and the name)', () => {
    const cat = catalog()
    const rules = cat.exclusionRules.get('process.parent.name|eq|ccmexec.exe') ?? []
    expect(rules.map(i => cat.rules[i].vendor)).toEqual(['elastic', 'sigma', 'splunk'])
  })

  it('all three read Sysmon process creation', () => {
    const cat = catalog()
    for (const r of cat.rules) expect(r.events).toContain('sysmon:1')
    expect(techniquePage(cat, 'T1140').events.rows[0]).toMatchObject({
      id: 'sysmon:1',
      rules: 3,
      vendors: { sigma: 1, elastic: 1, splunk: 1 }
    })
  })

  it("a new Sigma rule's findings cite peers of all three vendors", () => {
    const settings: Settings = defaultSettings()
    settings.checks['noisy-indicator'].threshold = 3
    const { report } = runCheck({ targets: ['pr'], corpus: ['corpus'], settings, root: dir })
    const byCheck = (id: string) => report.findings.filter(f => f.check === id)
    const vendors = (f: (typeof report.findings)[number]) =>
      'examples' in f.evidence ? f.evidence.examples.map(e => e.vendor).sort() : []
    const [noisy] = byCheck('noisy-indicator')
    expect(noisy.evidence).toMatchObject({ field: 'process.name', op: 'eq', value: 'certutil.exe', reach: 3 })
    expect(vendors(noisy)).toEqual(['elastic', 'sigma', 'splunk'])
    const [missing] = byCheck('missing-common-exclusion')
    expect(missing.evidence).toMatchObject({
      field: 'process.parent.name',
      value: 'ccmexec.exe',
      support: 3,
      peers: 3
    })
    expect(vendors(missing)).toEqual(['elastic', 'sigma', 'splunk'])
    // The exclusion in the new rule's own (Sigma) terms.
    expect(missing.message).toMatch(
      /add it as a filter \(`and not filter_\.\.\.`\): `ParentImage\|endswith: '\\ccmexec\.exe'`\.$/
    )
  })
})
