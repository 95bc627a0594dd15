/**
 * duplicate-rule: identical and near indicator sets, across vendors, never the rule itself,
 * and a Sigma `related:` link noted. Every rule here is written for this test.
 */
import { describe, expect, it } from '@jest/globals'
import { buildCatalog } from '../src/catalog/index.js'
import { defaultSettings } from '../src/config.js'
import { runChecks } from '../src/checks/index.js'
import { readRuleFile } from '../src/formats/index.js'
import type { DuplicateRuleEvidence, Finding } from '../src/findings.js'
import type { Rule } from '../src/ir.js'

const ORIGINAL = `title: Remote Thread Tool Launched From Temp
id: 6f0e0000-0000-4000-8000-000000000001
status: test
tags:
    - attack.t1055
logsource:
    product: windows
    category: process_creation
detection:
    selection_img:
        Image|endswith:
            - '\\injector.exe'
            - '\\threadhop.exe'
            - '\\hollower.exe'
            - '\\apcqueue.exe'
    selection_cli:
        CommandLine|contains:
            - '--pid'
            - '--remote'
            - '--shellcode'
            - '--suspend'
    selection_dir:
        CurrentDirectory|contains: '\\Temp\\'
    condition: all of selection_*
level: high
`

/** The same rule rewritten: selections renamed, values reordered, another id. */
const REWRITE = `title: Thread Injection Utility Run From A Temp Folder
id: 6f0e0000-0000-4000-8000-000000000002
status: experimental
tags:
    - attack.t1055
logsource:
    category: process_creation
    product: windows
detection:
    tool:
        Image|endswith:
            - '\\apcqueue.exe'
            - '\\threadhop.exe'
            - '\\hollower.exe'
            - '\\injector.exe'
    args:
        CommandLine|contains:
            - '--suspend'
            - '--remote'
            - '--shellcode'
            - '--pid'
    folder:
        CurrentDirectory|contains: '\\Temp\\'
    condition: tool and args and folder
level: high
`

/** Nearly the same: one more command-line value. */
const NEAR = REWRITE.replace(
  "            - '--pid'\n",
  "            - '--pid'\n            - '--inject'\n"
).replace('000000000002', '000000000003')

/** Other rules of the kind, so that weights are those of a real catalog. */
const FILLERS = ['whoami', 'net', 'reg', 'sc', 'wmic', 'bitsadmin'].map(tool =>
  read(
    `rules/${tool}.yml`,
    ORIGINAL.replace('Remote Thread Tool Launched From Temp', `${tool} usage`)
      .replace(/id: .*\n/, `id: 6f0e0000-0000-4000-8000-${tool.padStart(12, '0')}\n`)
      .replace(
        /selection_img:[\s\S]*?condition/,
        `selection:\n        Image|endswith: '\\\\${tool}.exe'\n    condition`
      )
      .replace('all of selection_*', 'selection')
  )
)

const ELASTIC = `[metadata]
creation_date = "2026/11/02"
maturity = "production"
updated_date = "2026/11/02"

[rule]
author = ["detlint tests"]
description = "Certutil decoding a file."
index = ["logs-endpoint.events.process-*"]
language = "eql"
license = "MIT"
name = "Certutil Decoding a Payload"
risk_score = 47
rule_id = "6f0e0000-0000-4000-8000-0000000000e1"
severity = "medium"
tags = ["OS: Windows"]
type = "eql"

query = '''
process where host.os.type == "windows" and event.type == "start" and
  process.name : "certutil.exe" and process.command_line : "*-decode*"
'''
`

/** A Sigma rule written after the Elastic one. */
const AFTER_ELASTIC = `title: Certutil Decode
id: 6f0e0000-0000-4000-8000-000000000004
status: test
related:
    - id: 6f0e0000-0000-4000-8000-0000000000e1
      type: derived
logsource:
    product: windows
    category: process_creation
detection:
    selection:
        Image|endswith: '\\certutil.exe'
        CommandLine|contains: '-decode'
    condition: selection
level: medium
`

function read(path: string, text: string): Rule {
  const { rules } = readRuleFile(path, text)
  expect(rules).toHaveLength(1)
  return rules[0]
}

function duplicates(rule: Rule, corpus: Rule[]): Finding[] {
  return runChecks(rule, buildCatalog(corpus), defaultSettings()).filter(f => f.check === 'duplicate-rule')
}

function evidence(f: Finding): DuplicateRuleEvidence {
  if (f.evidence.kind !== 'duplicate-rule')
    throw new Error(`not a duplicate-rule finding: ${f.evidence.kind}`)
  return f.evidence
}

describe('duplicate-rule', () => {
  const original = read('rules/original.yml', ORIGINAL)

  it('finds a Sigma rewrite (renamed selections, reordered values) identical', () => {
    const rewrite = read('pr/rewrite.yml', REWRITE)
    const [f, ...rest] = duplicates(rewrite, [original, rewrite])
    expect(rest).toEqual([])
    expect(evidence(f)).toMatchObject({
      match: 'identical',
      similarity: 1,
      other: { vendor: 'sigma', title: 'Remote Thread Tool Launched From Temp', path: 'rules/original.yml' },
      related: false,
      onlyHere: [],
      onlyThere: []
    })
    expect(f.message).toMatch(
      /^This rule duplicates the sigma rule "Remote Thread Tool Launched From Temp" \(rules\/original\.yml, id 6f0e0000-0000-4000-8000-000000000001\), which checks the same indicators on windows\/process_creation\./
    )
  })

  it('finds a near duplicate and names the keys that differ', () => {
    const near = read('pr/near.yml', NEAR)
    const [f] = duplicates(near, [original, near, ...FILLERS])
    const e = evidence(f)
    expect(e.match).toBe('near')
    expect(e.similarity).toBeGreaterThanOrEqual(0.85)
    expect(e.similarity).toBeLessThan(1)
    expect(e.onlyHere).toEqual(['process.command_line|wildcard|*--inject*'])
    expect(e.onlyThere).toEqual([])
    expect(f.message).toContain('checks nearly the same indicators (similarity')
  })

  it('finds a Sigma rule written after an Elastic one, and notes the related: link', () => {
    const elastic = read('elastic/certutil.toml', ELASTIC)
    const sigma = read('pr/certutil.yml', AFTER_ELASTIC)
    const [f] = duplicates(sigma, [elastic, sigma, original])
    expect(evidence(f)).toMatchObject({
      match: 'identical',
      other: {
        vendor: 'elastic',
        title: 'Certutil Decoding a Payload',
        id: '6f0e0000-0000-4000-8000-0000000000e1'
      },
      related: true
    })
    expect(f.message).toContain('this rule names it under related:')
  })

  it('never reports the rule itself (same path or same id), nor a rule of another kind or another logic', () => {
    expect(duplicates(original, [original])).toEqual([])
    const moved = { ...original, path: 'elsewhere/original.yml' }
    expect(duplicates(original, [moved])).toEqual([])
    const otherKind = read('rules/other.yml', REWRITE.replace('process_creation', 'image_load'))
    expect(duplicates(original, [otherKind])).toEqual([])
    const different = read('rules/diff.yml', AFTER_ELASTIC)
    expect(duplicates(original, [different])).toEqual([])
  })
})
