import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defaultSettings } from '../src/config.js'
import { CORPORA } from '../src/corpus/registry.js'
import { parseBoolean, readInputs, splitList, type ActionSettings, type AttackInputs } from '../src/inputs.js'

let ws: string

beforeAll(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'detlint-inputs-'))
  mkdirSync(path.join(ws, 'rules'))
  mkdirSync(path.join(ws, 'sigma/rules'), { recursive: true })
  mkdirSync(path.join(ws, 'sub/rules'), { recursive: true })
  writeFileSync(path.join(ws, 'catalog.json'), '{}')
  writeFileSync(path.join(ws, 'custom.yml'), 'fail-on: notice\nrules: [rules/**/*.yml]\n')
  writeFileSync(
    path.join(ws, 'sub/.detlint.yml'),
    'fail-on: warning\nbaseline: rules\nchecks:\n  noisy-indicator:\n    threshold: 3\n'
  )
  writeFileSync(path.join(ws, 'bad.yml'), 'fail-on: [\n')
  writeFileSync(path.join(ws, 'unknown.yml'), 'colour: blue\n')
  writeFileSync(path.join(ws, 'attack.json'), '{}')
  writeFileSync(path.join(ws, 'with-attack.yml'), 'attack: attack.json\n')
})

afterAll(() => rmSync(ws, { recursive: true, force: true }))

function read(inputs: Record<string, string>): ActionSettings & AttackInputs {
  return readInputs(name => inputs[name] ?? '', { workspace: ws })
}

describe('readInputs', () => {
  test('baseline names are corpora (never paths that must exist); sigma/ is the local folder', () => {
    const s = readInputs(name => ({ baseline: 'sigma, elastic@v8.1, sigma/rules, splunk' })[name] ?? '', {
      workspace: ws
    })
    expect(s.corpora.map(c => [c.spec.repo, c.ref])).toEqual([
      ['sigma', CORPORA.sigma.ref],
      ['detection-rules', 'v8.1'],
      ['security_content', CORPORA.splunk.ref]
    ])
    expect(s.baseline).toEqual(['sigma/rules'])
    writeFileSync(path.join(ws, 'named.yml'), 'baseline: [elastic-endpoint, rules]\n')
    const fromConfig = readInputs(name => ({ config: 'named.yml' })[name] ?? '', { workspace: ws })
    expect(fromConfig.corpora.map(c => c.spec.name)).toEqual(['elastic-endpoint'])
    expect(fromConfig.baseline).toEqual(['rules'])
  })

  test('defaults: no config file, every input empty', () => {
    const s = read({})
    const d = defaultSettings()
    expect(s).toEqual({
      ...d,
      token: '',
      name: 'detlint',
      catalogFiles: [],
      configFile: null,
      corpora: [],
      comment: true,
      checkRun: true,
      reportFrom: null,
      failOnGiven: false,
      sarif: null,
      cacheFile: null,
      attackData: { kind: 'builtin' },
      workingDirectory: '.',
      workspace: ws,
      root: ws
    })
  })

  test('action.yml defaults give the same settings', () => {
    const s = read({ config: '.detlint.yml', comment: 'true', 'working-directory': '.', token: 'ghs_x' })
    expect(s.configFile).toBeNull()
    expect(s.rules).toEqual(['**/*.{yml,yaml,toml}'])
    expect(s.failOn).toBe('error')
    expect(s.token).toBe('ghs_x')
  })

  const table: Array<[string, Record<string, string>, Partial<ActionSettings & AttackInputs>]> = [
    ['fail-on', { 'fail-on': 'warning' }, { failOn: 'warning' }],
    ['fail-on any case, padded', { 'fail-on': ' NONE ' }, { failOn: 'none' }],
    [
      'rules on lines',
      { rules: 'rules/**/*.yml\n\n  rules/**/*.yaml  \n' },
      { rules: ['rules/**/*.yml', 'rules/**/*.yaml'] }
    ],
    [
      'rules with commas and braces',
      { rules: 'rules/**/*.{yml,yaml}, ./rules' },
      { rules: ['rules/**/*.{yml,yaml}', 'rules'] }
    ],
    ['baseline folder', { baseline: 'sigma/rules' }, { baseline: ['sigma/rules'] }],
    ['catalog', { catalog: 'catalog.json' }, { catalogFiles: [path.join('{ws}', 'catalog.json')] }],
    [
      'cache',
      { cache: '.detlint-cache/catalog.json' },
      { cacheFile: path.join('{ws}', '.detlint-cache/catalog.json') }
    ],
    ['comment false', { comment: 'false' }, { comment: false }],
    ['comment FALSE', { comment: 'FALSE' }, { comment: false }],
    ['check-run false', { 'check-run': 'false' }, { checkRun: false }],
    ['fail-on given', { 'fail-on': 'notice' }, { failOnGiven: true }],
    [
      'attack file',
      { attack: 'attack.json' },
      {
        attack: 'attack.json',
        attackData: { kind: 'file', file: path.join('{ws}', 'attack.json'), shown: 'attack.json' }
      }
    ],
    [
      "the config's attack",
      { config: 'with-attack.yml' },
      {
        attack: 'attack.json',
        attackData: { kind: 'file', file: path.join('{ws}', 'attack.json'), shown: 'attack.json' }
      }
    ],
    ['attack none', { attack: 'none' }, { attack: null, attackData: { kind: 'off' } }],
    ['attack FALSE, padded', { attack: ' FALSE ' }, { attack: null, attackData: { kind: 'off' } }],
    [
      "attack none overrides the config's",
      { config: 'with-attack.yml', attack: 'None' },
      { attack: null, attackData: { kind: 'off' } }
    ],
    ['attack-version', { 'attack-version': '17.1' }, { attackData: { kind: 'download', version: '17.1' } }],
    [
      'attack download',
      { attack: 'download' },
      { attack: null, attackData: { kind: 'download', version: '18.1' } }
    ],
    [
      'attack Download and a version',
      { attack: ' Download ', 'attack-version': '17.1' },
      { attack: null, attackData: { kind: 'download', version: '17.1' } }
    ],
    [
      'report-from: only the report must exist',
      { 'report-from': 'catalog.json', rules: 'detections', baseline: 'gone', catalog: 'nope.json' },
      { reportFrom: path.join('{ws}', 'catalog.json') }
    ],
    ['sarif', { sarif: 'out/detlint.sarif' }, { sarif: path.join('{ws}', 'out/detlint.sarif') }],
    [
      'config file given',
      { config: 'custom.yml' },
      { failOn: 'notice', rules: ['rules/**/*.yml'], configFile: path.join('{ws}', 'custom.yml') }
    ],
    [
      'inputs override the config file',
      { config: 'custom.yml', 'fail-on': 'none', rules: 'rules' },
      { failOn: 'none', rules: ['rules'] }
    ],
    [
      'working-directory: paths and the default config file are relative to it',
      { 'working-directory': 'sub', baseline: 'rules' },
      {
        workingDirectory: 'sub',
        root: path.join('{ws}', 'sub'),
        configFile: path.join('{ws}', 'sub/.detlint.yml'),
        failOn: 'warning',
        baseline: ['rules']
      }
    ]
  ]
  test.each(table)('%s', (_name, inputs, expected) => {
    const fix = (v: unknown): unknown =>
      typeof v === 'string'
        ? v.replace('{ws}', ws)
        : Array.isArray(v)
          ? v.map(fix)
          : typeof v === 'object' && v !== null
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fix(x)]))
            : v
    const want = Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, fix(v)]))
    expect(read(inputs)).toMatchObject(want)
  })

  test('report-from: working-directory need not exist (no checkout); an absolute report path', () => {
    const report = path.join(ws, 'catalog.json')
    const s = read({ 'report-from': report, 'working-directory': 'not-checked-out' })
    expect(s.reportFrom).toBe(report)
    expect(s.root).toBe(path.join(ws, 'not-checked-out'))
    expect(s.configFile).toBeNull()
  })

  test('the config file sets the checks', () => {
    expect(read({ 'working-directory': 'sub' }).checks['noisy-indicator'].threshold).toBe(3)
  })

  const invalid: Array<[string, Record<string, string>, string]> = [
    ['fail-on', { 'fail-on': 'warn' }, 'fail-on: expected one of error, warning, notice, none, got "warn"'],
    ['comment', { comment: 'yes' }, 'comment: expected true or false, got "yes"'],
    ['working-directory', { 'working-directory': 'nowhere' }, 'working-directory: no such folder: "nowhere"'],
    [
      'config named but missing',
      { config: 'missing.yml' },
      'config: cannot read "missing.yml": no such file'
    ],
    ['config not YAML', { config: 'bad.yml' }, 'bad.yml: not valid YAML'],
    ['config unknown key', { config: 'unknown.yml' }, 'unknown.yml: colour: unknown key'],
    ['rules folder missing', { rules: 'detections' }, 'rules: no such file or folder: "detections"'],
    [
      'baseline folder missing',
      { baseline: 'sigma/rules, sigma/missing' },
      'baseline: no such file or folder: "sigma/missing"'
    ],
    ['catalog missing', { catalog: 'nope.json' }, 'catalog: no such file: "nope.json"'],
    ['catalog is a folder', { catalog: 'rules' }, 'catalog: no such file: "rules"'],
    ['check-run', { 'check-run': 'maybe' }, 'check-run: expected true or false, got "maybe"'],
    ['report-from missing', { 'report-from': 'report.json' }, 'report-from: no such file: "report.json"'],
    ['report-from is a folder', { 'report-from': 'rules' }, 'report-from: no such file: "rules"'],
    ['attack file missing', { attack: 'enterprise.json' }, 'attack: no such file: "enterprise.json"'],
    [
      'attack-version not a version',
      { 'attack-version': 'v18' },
      'attack-version: expected an ATT&CK version like 18.1, got "v18"'
    ],
    [
      'attack-version a path',
      { 'attack-version': '18.1/../../x' },
      'attack-version: expected an ATT&CK version like 18.1, got "18.1/../../x"'
    ],
    [
      'attack-version with an attack file',
      { attack: 'attack.json', 'attack-version': '17.1' },
      'attack-version: "17.1" picks the ATT&CK version to download, but ATT&CK data comes from "attack.json" (the attack input); leave one of them empty'
    ],
    [
      "attack-version with the config's attack",
      { config: 'with-attack.yml', 'attack-version': '17.1' },
      'attack-version: "17.1" picks the ATT&CK version to download, but ATT&CK data comes from "attack.json" (the config\'s attack); leave one of them empty'
    ],
    [
      'attack-version with attack none',
      { attack: 'none', 'attack-version': '17.1' },
      'attack-version: "17.1" picks the ATT&CK version to download, but attack is "none"; leave one of them empty'
    ]
  ]
  test.each(invalid)('invalid %s', (_name, inputs, message) => {
    expect(() => read(inputs)).toThrow(message)
  })

  test('exact messages', () => {
    expect(() => read({ 'fail-on': 'warn' })).toThrow(
      new Error('fail-on: expected one of error, warning, notice, none, got "warn"')
    )
    expect(() => read({ config: 'missing.yml' })).toThrow(
      new Error('config: cannot read "missing.yml": no such file')
    )
  })

  test('globs may match nothing', () => {
    expect(read({ rules: 'detections/**/*.yml' }).rules).toEqual(['detections/**/*.yml'])
  })

  test('reads nothing at import time: inputs come only from the function given', () => {
    const asked: string[] = []
    readInputs(
      name => {
        asked.push(name)
        return ''
      },
      { workspace: ws }
    )
    expect(asked.sort()).toEqual([
      'attack',
      'attack-version',
      'baseline',
      'cache',
      'catalog',
      'check-run',
      'comment',
      'config',
      'fail-on',
      'name',
      'report-from',
      'rules',
      'sarif',
      'site',
      'site-url',
      'token',
      'working-directory'
    ])
  })
})

describe('splitList', () => {
  test.each([
    ['', []],
    ['a', ['a']],
    ['a,b', ['a', 'b']],
    ['a\nb\r\nc', ['a', 'b', 'c']],
    ['**/*.{yml,yaml}', ['**/*.{yml,yaml}']],
    ['{a,{b,c}}/x, d', ['{a,{b,c}}/x', 'd']],
    ['./rules/, ././x', ['rules/', 'x']],
    [' , \n ,', []]
  ])('%j', (text, expected) => {
    expect(splitList(text)).toEqual(expected)
  })
})

describe('parseBoolean', () => {
  test('values', () => {
    expect(parseBoolean('', 'comment', true)).toBe(true)
    expect(parseBoolean('True', 'comment', true)).toBe(true)
    expect(parseBoolean('false', 'comment', true)).toBe(false)
    expect(() => parseBoolean('0', 'comment', true)).toThrow('comment: expected true or false, got "0"')
  })
})
