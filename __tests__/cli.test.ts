import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { main } from '../src/commands.js'

function cli(args: string[], cwd = process.cwd()): { code: number; out: string; err: string } {
  let out = ''
  let err = ''
  const code = main(args, { stdout: t => void (out += t), stderr: t => void (err += t), cwd })
  return { code, out, err }
}

const EXAMPLES = [
  'check',
  'examples/pull-request',
  '--baseline',
  'examples/corpus',
  '--config',
  'examples/detlint.yml'
]

describe('detlint check on the examples', () => {
  it('finds what each example rule shows, as JSON', () => {
    const { code, out } = cli([...EXAMPLES, '--format', 'json', '--fail-on', 'none'])
    expect(code).toBe(0)
    const report = JSON.parse(out)
    const got = report.findings.map(
      (f: { check: string; path: string; line: number }) => `${f.check} ${f.path}:${f.line}`
    )
    expect(got).toEqual(
      expect.arrayContaining([
        'parse-error examples/pull-request/broken_yaml.yml:9',
        'parse-error examples/pull-request/condition_typo.yml:17',
        'missing-common-exclusion examples/pull-request/powershell_hidden_encoded.yml:20',
        'missing-common-exclusion examples/pull-request/rundll32_any_execution.yml:16',
        'noisy-indicator examples/pull-request/rundll32_any_execution.yml:15'
      ])
    )
    expect(got.filter((g: string) => g.includes('rundll32_cpl_from_downloads'))).toEqual([])
    const noisy = report.findings.find((f: { check: string }) => f.check === 'noisy-indicator')
    expect(noisy.evidence.reach).toBeGreaterThanOrEqual(6)
    expect(noisy.ruleTitle).toBe('Rundll32 Execution')
    const missing = report.findings.find(
      (f: { check: string; path: string }) =>
        f.check === 'missing-common-exclusion' && f.path.includes('rundll32_any')
    )
    expect(missing.evidence).toMatchObject({
      // Sigma's ParentImage|endswith '\msiexec.exe', Elastic's and Splunk's parent process name.
      field: 'process.parent.name',
      op: 'eq',
      value: 'msiexec.exe',
      technique: 'T1218'
    })
    expect(report.summary).toMatchObject({ filesChecked: 5, failOn: 'none', failed: false })
  })

  it('exits 1 when a finding reaches --fail-on, and 0 below it', () => {
    expect(cli([...EXAMPLES, '--fail-on', 'error']).code).toBe(1)
    expect(
      cli([
        'check',
        'examples/pull-request/rundll32_cpl_from_downloads.yml',
        '--baseline',
        'examples/corpus',
        '--config',
        'examples/detlint.yml',
        '--fail-on',
        'notice'
      ]).code
    ).toBe(0)
  })

  it('gives the same bytes on every run, in every format', () => {
    for (const format of ['json', 'text', 'markdown', 'sarif']) {
      const a = cli([...EXAMPLES, '--format', format, '--fail-on', 'none']).out
      const b = cli([...EXAMPLES, '--format', format, '--fail-on', 'none']).out
      expect(a.length).toBeGreaterThan(100)
      expect(b).toBe(a)
    }
  })
})

describe('usage errors exit 2 and name the problem', () => {
  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['check'], /check: give at least one PATH/],
    [
      ['check', 'examples', '--format', 'xml'],
      /--format: expected one of text, json, markdown, sarif, got "xml"/
    ],
    [
      ['check', 'examples', '--fail-on', 'sometimes'],
      /--fail-on: expected one of error, warning, notice, none, got "sometimes"/
    ],
    [['check', 'examples', '--bogus'], /check: unknown option "--bogus"\n/],
    [['check', 'examples', '--basline', 'x'], /unknown option "--basline" \(did you mean "--baseline"\?\)/],
    [['chek', 'examples'], /unknown command "chek" \(did you mean "check"\?\)/],
    [['check', 'no/such/dir'], /no such file or folder: "no\/such\/dir"/],
    [['check', 'examples', '--config', 'missing.yml'], /config: cannot read ".*missing.yml"/],
    [['parse'], /parse: give at least one PATH/],
    [['catalog', 'build', 'examples'], /-o FILE is required/],
    [
      ['catalog', 'show', 'T1059', '--baseline', 'examples/corpus', '--format', 'html'],
      /--format: expected one of text, markdown/
    ],
    [['catalog', 'show', 'rundll32', '--baseline', 'examples/corpus'], /expected an ATT&CK ID like T1059/],
    [['catalog', 'show', 'T1059'], /give --catalog FILE or --baseline DIR/],
    [['catalog', 'show', 'T1059', '--catalog', 'nope.json'], /catalog "nope.json": cannot read/],
    [['catalog', 'merge'], /unknown subcommand "merge"/]
  ])('%j', (args, message) => {
    const { code, err } = cli(args as string[])
    expect(code).toBe(2)
    expect(err).toMatch(message)
  })

  it('prints help for each command', () => {
    for (const args of [
      ['--help'],
      ['parse', '--help'],
      ['check', '-h'],
      ['catalog', 'build', '--help'],
      ['catalog', 'show', '--help']
    ]) {
      const { code, out } = cli(args)
      expect(code).toBe(0)
      expect(out).toMatch(/Usage/)
    }
  })
})

describe('parse and catalog commands', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'detlint-cli-'))
    mkdirSync(path.join(dir, 'rules'))
    writeFileSync(
      path.join(dir, 'rules', 'r.yml'),
      [
        'title: Whoami From a Web Server',
        'id: 5f0a4c4e-52a7-4c1b-9d43-0d3a8b8c7e11',
        'tags: [attack.discovery, attack.t1033]',
        'logsource: {product: windows, category: process_creation}',
        'detection:',
        '    selection:',
        "        Image|endswith: '\\whoami.exe'",
        "        ParentImage|endswith: '\\w3wp.exe'",
        '    filter:',
        "        CommandLine|contains: '/all'",
        '    condition: selection and not filter',
        'level: high',
        ''
      ].join('\n')
    )
    writeFileSync(path.join(dir, 'rules', 'not-a-rule.yml'), 'name: some workflow\non: push\n')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('parse --format json prints the rule in the documented shape', () => {
    const { code, out } = cli(['parse', 'rules', '--format', 'json'], dir)
    expect(code).toBe(0)
    const doc = JSON.parse(out)
    expect(doc.diagnostics).toEqual([])
    expect(doc.rules).toHaveLength(1)
    const r = doc.rules[0]
    expect(r).toMatchObject({
      path: 'rules/r.yml',
      line: 1,
      vendor: 'sigma',
      id: '5f0a4c4e-52a7-4c1b-9d43-0d3a8b8c7e11',
      title: 'Whoami From a Web Server',
      techniques: ['T1033'],
      logsource: { product: 'windows', category: 'process_creation' }
    })
    expect(r.indicators).toEqual([
      {
        field: 'process.executable',
        sourceField: 'Image',
        op: 'wildcard',
        value: '*\\whoami.exe',
        line: 7,
        column: 25,
        caseSensitive: false
      },
      {
        field: 'process.parent.executable',
        sourceField: 'ParentImage',
        op: 'wildcard',
        value: '*\\w3wp.exe',
        line: 8,
        column: 31,
        caseSensitive: false
      }
    ])
    expect(r.exclusions).toEqual([
      {
        field: 'process.command_line',
        sourceField: 'CommandLine',
        op: 'wildcard',
        value: '*/all*',
        line: 10,
        column: 31,
        caseSensitive: false
      }
    ])
  })

  it('parse --format text lists indicators and exclusions', () => {
    const { out } = cli(['parse', 'rules/r.yml'], dir)
    expect(out).toContain('rules/r.yml:1  Whoami From a Web Server')
    expect(out).toContain('+ Image ends with "\\whoami.exe"  line 7')
    expect(out).toContain('- CommandLine contains "/all"  line 10')
  })

  it('catalog build writes deterministic bytes that catalog show and check read', () => {
    const a = path.join(dir, 'a.json')
    const b = path.join(dir, 'b.json')
    expect(cli(['catalog', 'build', 'rules', '-o', a], dir).code).toBe(0)
    expect(cli(['catalog', 'build', 'rules', '-o', b], dir).code).toBe(0)
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'))
    const show = cli(['catalog', 'show', 'T1033', '--catalog', a, '--format', 'markdown'], dir)
    expect(show.code).toBe(0)
    expect(show.out).toContain('# T1033')
    expect(show.out).toContain('Whoami From a Web Server')
    const check = cli(['check', 'rules', '--catalog', a, '--format', 'json'], dir)
    expect(check.code).toBe(0)
    expect(JSON.parse(check.out).summary).toMatchObject({ rulesChecked: 1, catalogRules: 1 })
  })
})

describe('--cache', () => {
  let dir: string
  const rule = (n: number): string =>
    [
      `title: Whoami ${n}`,
      `id: whoami-${n}`,
      'tags: [attack.discovery, attack.t1033]',
      'logsource: {product: windows, category: process_creation}',
      'detection:',
      '    selection:',
      "        Image|endswith: '\\whoami.exe'",
      '    condition: selection',
      ''
    ].join('\n')
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'detlint-cli-cache-'))
    mkdirSync(path.join(dir, 'rules'))
    for (const n of [1, 2, 3]) writeFileSync(path.join(dir, 'rules', `r${n}.yml`), rule(n))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('check --cache reuses the catalog of unchanged files and reports the same findings', () => {
    const args = ['check', 'rules', '--format', 'json', '--fail-on', 'none']
    const plain = cli(args, dir)
    const cold = cli([...args, '--cache', 'cache/catalog.json'], dir)
    expect(cold.err).toBe('detlint: catalog cache cache/catalog.json: miss (0 files reused, 3 parsed)\n')
    const warm = cli([...args, '--cache', 'cache/catalog.json'], dir)
    expect(warm.err).toBe('detlint: catalog cache cache/catalog.json: hit (3 files reused, 0 parsed)\n')
    expect([cold.code, warm.code]).toEqual([plain.code, plain.code])
    expect(warm.out).toBe(plain.out)
    expect(cold.out).toBe(plain.out)
  })

  it('catalog build --cache writes the same catalog, and says when the cache was unusable', () => {
    expect(cli(['catalog', 'build', 'rules', '-o', path.join(dir, 'plain.json')], dir).code).toBe(0)
    writeFileSync(path.join(dir, 'bad-cache.json'), 'not json')
    const cold = cli(
      ['catalog', 'build', 'rules', '-o', path.join(dir, 'cold.json'), '--cache', 'bad-cache.json'],
      dir
    )
    expect(cold.code).toBe(0)
    expect(cold.err).toMatch(
      /^detlint: notice: the catalog cache .*bad-cache\.json is not usable \(JSON: .*\); rebuilding it\.\n/
    )
    expect(cold.err).toContain('detlint: catalog cache bad-cache.json: miss (0 files reused, 3 parsed)\n')
    writeFileSync(path.join(dir, 'rules', 'r2.yml'), rule(2).replace('whoami.exe', 'hostname.exe'))
    const warm = cli(
      ['catalog', 'build', 'rules', '-o', path.join(dir, 'warm.json'), '--cache', 'bad-cache.json'],
      dir
    )
    expect(warm.err).toContain('detlint: catalog cache bad-cache.json: partial (2 files reused, 1 parsed)\n')
    expect(cli(['catalog', 'build', 'rules', '-o', path.join(dir, 'plain2.json')], dir).code).toBe(0)
    const read = (f: string): string => readFileSync(path.join(dir, f), 'utf8')
    expect(read('cold.json')).toBe(read('plain.json'))
    expect(read('warm.json')).toBe(read('plain2.json'))
    expect(read('warm.json')).not.toBe(read('plain.json'))
  })

  it('is in the help', () => {
    expect(cli(['check', '--help']).out).toContain('--cache FILE')
    expect(cli(['catalog', 'build', '--help']).out).toContain('--cache FILE')
  })
})

describe('parse --config: Splunk macro folders from the settings', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'detlint-cli-splunk-'))
    mkdirSync(path.join(dir, 'detections'))
    mkdirSync(path.join(dir, 'shared-macros'))
    writeFileSync(
      path.join(dir, 'shared-macros', 'process_certutil.yml'),
      'name: process_certutil\ndefinition: (Processes.process_name=certutil.exe)\ndescription: certutil\n'
    )
    writeFileSync(
      path.join(dir, 'detections', 'certutil_decode.yml'),
      [
        'name: Certutil Decode',
        'id: 7a1b2c3d-0000-4000-8000-00000000000a',
        'type: TTP',
        'status: production',
        'search: |-',
        '  | tstats count from datamodel=Endpoint.Processes where `process_certutil`',
        '    Processes.process=*-decode* by Processes.dest',
        '  | `certutil_decode_filter`',
        'tags:',
        '  mitre_attack_id:',
        '  - T1140',
        ''
      ].join('\n')
    )
    writeFileSync(path.join(dir, 'detlint.yml'), 'splunk:\n  macros: [shared-macros]\n')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const fields = (out: string): string[] =>
    JSON.parse(out).rules[0].indicators.map((i: { field: string; value: string }) => `${i.field}=${i.value}`)

  it('expands a macro from a configured folder', () => {
    const { code, out } = cli(['parse', 'detections', '--format', 'json', '--config', 'detlint.yml'], dir)
    expect(code).toBe(0)
    expect(fields(out)).toEqual(['process.name=certutil.exe', 'process.command_line=*-decode*'])
  })

  it('without the setting, the macro is undefined (a notice) and its predicates are missing', () => {
    const { out } = cli(['parse', 'detections', '--format', 'json'], dir)
    expect(fields(out)).toEqual(['process.command_line=*-decode*'])
    expect(JSON.parse(out).diagnostics.map((d: { code: string }) => d.code)).toContain('spl/undefined-macro')
  })
})
