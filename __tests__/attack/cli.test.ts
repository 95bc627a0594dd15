import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { main } from '../../src/commands.js'
import { readInputs } from '../../src/inputs.js'
import { smallBundle, smallTableFile } from './tables.js'

let dir: string

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = ''
  let err = ''
  const code = main(args, { stdout: t => void (out += t), stderr: t => void (err += t), cwd: dir })
  return { code, out, err }
}

const RULE = `title: Encoded PowerShell
id: 5f1d1b2e-0000-4000-8000-000000000001
status: test
logsource:
  category: process_creation
  product: windows
detection:
  selection:
    Image|endswith: '\\powershell.exe'
    CommandLine|contains: ' -enc '
  condition: selection
tags:
  - attack.execution
  - attack.t1086
  - attack.t1500
  - attack.t1686.002
level: medium
`

const UNTAGGED = `title: Untagged
id: 5f1d1b2e-0000-4000-8000-000000000002
logsource:
  category: process_creation
  product: windows
detection:
  selection:
    Image|endswith: '\\certutil.exe'
    CommandLine|contains: ' -urlcache '
  condition: selection
level: medium
`

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'detlint-attack-cli-'))
  mkdirSync(path.join(dir, 'rules'))
  writeFileSync(path.join(dir, 'rules/encoded.yml'), RULE)
  writeFileSync(path.join(dir, 'rules/untagged.yml'), UNTAGGED)
  writeFileSync(path.join(dir, 'bundle.json'), JSON.stringify(smallBundle()))
  writeFileSync(path.join(dir, 'small.json'), JSON.stringify(smallTableFile()))
  writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ attack_version: '1', techniques: { T1: {} } }))
  writeFileSync(path.join(dir, 'with-attack.yml'), 'attack: small.json\n')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('detlint attack import', () => {
  it('writes the compact table, with deterministic bytes', () => {
    const first = cli(['attack', 'import', 'bundle.json', '-o', 'a.json'])
    expect(first).toEqual({
      code: 0,
      out: '',
      err: 'detlint: ATT&CK v18.1 table of 4 techniques (1 revoked, 1 deprecated) written to a.json\n'
    })
    // The same bundle with its objects in another order gives the same bytes.
    const shuffled = smallBundle()
    shuffled.objects = [...(shuffled.objects as unknown[])].reverse()
    writeFileSync(path.join(dir, 'shuffled.json'), JSON.stringify(shuffled, null, 2))
    expect(cli(['attack', 'import', 'shuffled.json', '--output', 'b.json']).code).toBe(0)
    const a = readFileSync(path.join(dir, 'a.json'), 'utf8')
    expect(readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe(a.replace('bundle.json', 'shuffled.json'))
    expect(a).toBe(
      [
        '{',
        ' "format_version": 1,',
        ' "attack_version": "18.1",',
        ' "source": "MITRE ATT&CK STIX bundle bundle.json",',
        ' "license": "© The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation. ATT&CK® is a registered trademark of The MITRE Corporation. Terms of use: https://attack.mitre.org/resources/legal-and-branding/terms-of-use/",',
        ' "tactics": {',
        '  "TA0002": {',
        '   "name": "Execution",',
        '   "shortname": "execution"',
        '  },',
        '  "TA0011": {',
        '   "name": "Command and Control",',
        '   "shortname": "command-and-control"',
        '  }',
        ' },',
        ' "techniques": {',
        '  "T1026": {',
        '   "name": "Multiband Communication",',
        '   "tactics": [',
        '    "command-and-control"',
        '   ],',
        '   "deprecated": true',
        '  },',
        '  "T1059": {',
        '   "name": "Command and Scripting Interpreter",',
        '   "tactics": [',
        '    "execution"',
        '   ]',
        '  },',
        '  "T1059.001": {',
        '   "name": "PowerShell",',
        '   "tactics": [',
        '    "execution"',
        '   ]',
        '  },',
        '  "T1086": {',
        '   "name": "PowerShell",',
        '   "tactics": [',
        '    "execution"',
        '   ],',
        '   "revoked": true,',
        '   "replaced_by": "T1059.001"',
        '  }',
        ' }',
        '}',
        ''
      ].join('\n')
    )
    // The table reads back, and importing it again changes nothing.
    expect(cli(['attack', 'import', 'a.json', '-o', 'c.json']).code).toBe(0)
    expect(readFileSync(path.join(dir, 'c.json'), 'utf8')).toBe(a)
  })

  it('records --attack-version', () => {
    expect(cli(['attack', 'import', 'bundle.json', '-o', 'v.json', '--attack-version', '17.1']).code).toBe(0)
    expect(JSON.parse(readFileSync(path.join(dir, 'v.json'), 'utf8')).attack_version).toBe('17.1')
  })

  it.each([
    [['attack', 'import', 'bundle.json'], /^detlint: attack import: -o FILE is required/],
    [['attack', 'import', '-o', 'x.json'], /^detlint: attack import: give exactly one STIX\.json/],
    [
      ['attack', 'import', 'nope.json', '-o', 'x.json'],
      /^detlint: nope\.json: cannot read the ATT&CK data: no such file\n$/
    ],
    [
      ['attack', 'import', 'bad.json', '-o', 'x.json'],
      /^detlint: bad\.json: techniques\.T1: expected a technique ID/
    ],
    [['attack', 'export'], /^detlint: attack: unknown subcommand "export" \(expected import\)\n$/]
  ])('%j fails with a usage error', (args, message) => {
    const r = cli(args)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
  })

  it('has help', () => {
    const r = cli(['attack', 'import', '--help'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^Usage: detlint attack import STIX\.json -o FILE/)
  })
})

interface JsonFinding {
  check: string
  severity: string
  path: string
  line: number
  evidence: { code: string }
}

const brief = (f: JsonFinding): string => `${f.check} ${f.severity} ${f.path}:${f.line} ${f.evidence.code}`

function techniqueFindings(args: string[]): string[] {
  const r = cli(['check', 'rules', '--format', 'json', '--fail-on', 'none', ...args])
  expect([r.code, r.err]).toEqual([0, ''])
  const report = JSON.parse(r.out) as { findings: JsonFinding[] }
  return report.findings.filter(f => f.check.startsWith('technique-')).map(brief)
}

describe('detlint check --attack', () => {
  const WITH_TABLE = [
    'technique-revoked warning rules/encoded.yml:14 attack/revoked',
    'technique-unknown warning rules/encoded.yml:15 attack/unknown',
    'technique-missing notice rules/untagged.yml:1 attack/missing'
  ]

  it('runs the ATT&CK checks with a compact table or a STIX bundle', () => {
    expect(techniqueFindings(['--attack', 'small.json'])).toEqual(WITH_TABLE)
    // A bundle carries no moves: T1686.002 (which the table's v19 moves know) is unknown to it.
    expect(techniqueFindings(['--attack', 'bundle.json'])).toEqual([
      'technique-revoked warning rules/encoded.yml:14 attack/revoked',
      'technique-unknown warning rules/encoded.yml:15 attack/unknown',
      'technique-unknown warning rules/encoded.yml:16 attack/unknown',
      'technique-missing notice rules/untagged.yml:1 attack/missing'
    ])
  })

  it('reads `attack` from the config', () => {
    expect(techniqueFindings(['--config', path.join(dir, 'with-attack.yml')])).toEqual(WITH_TABLE)
  })

  it('with --attack none, runs technique-missing only', () => {
    expect(techniqueFindings(['--attack', 'none'])).toEqual([
      'technique-missing notice rules/untagged.yml:1 attack/missing'
    ])
  })

  it('fails with the file and the place when the table is bad', () => {
    const r = cli(['check', 'rules', '--attack', 'bad.json'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^detlint: bad\.json: techniques\.T1: /)
  })
})

describe('action input attack', () => {
  it('sets the table, relative to the working directory, and must exist', () => {
    const read = (inputs: Record<string, string>): ReturnType<typeof readInputs> =>
      readInputs(name => inputs[name] ?? '', { workspace: dir })
    expect(read({}).attack).toBeNull()
    expect(read({ attack: 'small.json' }).attack).toBe('small.json')
    expect(read({ config: 'with-attack.yml' }).attack).toBe('small.json')
    expect(() => read({ attack: 'nope.json' })).toThrow('attack: no such file: "nope.json"')
  })
})
