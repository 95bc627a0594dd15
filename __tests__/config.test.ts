import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { dump, loadAll, CORE_SCHEMA } from 'js-yaml'
import { ConfigError, defaultSettings, parseConfigText, parseFailOn, type Settings } from '../src/config.js'
import { VERSION } from '../src/version.js'
import type { CheckId } from '../src/findings.js'

/** The defaults with `change` applied: the exact settings a valid file must give. */
function settings(change: (s: Settings) => void = () => {}): Settings {
  const s = defaultSettings()
  change(s)
  return s
}

/** The message of the ConfigError `text` raises (fails when it raises none). */
function errorOf(text: string): string {
  try {
    parseConfigText(text, 'x.yml')
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    return (err as Error).message
  }
  throw new Error(`no error for ${JSON.stringify(text)}`)
}

describe('config: valid files give exact settings', () => {
  const cases: Array<[string, string, Settings]> = [
    ['an empty file', '', settings()],
    ['comments only', '# nothing here\n', settings()],
    ['fail-on, any case', 'fail-on: " Warning "', settings(s => (s.failOn = 'warning'))],
    ['rules as one string', 'rules: rules/**/*.yml', settings(s => (s.rules = ['rules/**/*.yml']))],
    [
      'lists',
      'rules: ["rules/**/*.yml"]\nignore: [rules/deprecated/**]\nbaseline: [../sigma/rules, corpus]',
      settings(s => {
        s.rules = ['rules/**/*.yml']
        s.ignore = ['rules/deprecated/**']
        s.baseline = ['../sigma/rules', 'corpus']
      })
    ],
    [
      'noisy-indicator thresholds',
      'checks: {noisy-indicator: {threshold: 7, max-paths: 9, examples: 0, severity: notice}}',
      settings(s => {
        s.checks['noisy-indicator'] = {
          enabled: true,
          severity: 'notice',
          threshold: 7,
          maxPaths: 9,
          examples: 0
        }
      })
    ],
    [
      'missing-common-exclusion thresholds, share as a percentage',
      'checks: {missing-common-exclusion: {min-rules: 4, min-share: 40%, top: 2, examples: 1, untagged: skip, peers: technique, neighbours: 30, technique-weight: 1.5, per-field: 2}}',
      settings(s => {
        s.checks['missing-common-exclusion'] = {
          enabled: true,
          severity: 'warning',
          peers: 'technique',
          neighbours: 30,
          techniqueWeight: 1.5,
          perField: 2,
          minRules: 4,
          minShare: 0.4,
          top: 2,
          examples: 1,
          untagged: 'skip'
        }
      })
    ],
    [
      'share as a number',
      'checks: {missing-common-exclusion: {min-share: 0.5}}',
      settings(s => (s.checks['missing-common-exclusion'].minShare = 0.5))
    ],
    [
      'checks turned off three ways',
      'checks: {parse-error: off, noisy-indicator: false, unused-suppression: {severity: off}}',
      settings(s => {
        s.checks['parse-error'].enabled = false
        s.checks['noisy-indicator'].enabled = false
        s.checks['unused-suppression'].enabled = false
      })
    ],
    [
      'enabled as a quoted boolean',
      'checks: {invalid-suppression: {enabled: "false", severity: error}}',
      settings(s => (s.checks['invalid-suppression'] = { enabled: false, severity: 'error' }))
    ],
    [
      'suppressions by rule id, by path, and by both',
      [
        'suppress:',
        '  - rule: 5f0a4c4e-52a7-4c1b-9d43-0d3a8b8c7e11',
        '    checks: [noisy-indicator]',
        '    reason: "Hunting rule; noise accepted"',
        '  - path: ./rules/hunting/**',
        '    checks: parse-error',
        '    reason: "  drafts  "',
        '  - {rule: r-1, path: "rules/*.yml", checks: [noisy-indicator, noisy-indicator], reason: why}'
      ].join('\n'),
      settings(s => {
        s.suppress = [
          {
            rule: '5f0a4c4e-52a7-4c1b-9d43-0d3a8b8c7e11',
            path: null,
            checks: ['noisy-indicator'],
            reason: 'Hunting rule; noise accepted',
            where: 'suppress[0]',
            file: 'x.yml',
            line: 2
          },
          {
            rule: null,
            path: 'rules/hunting/**',
            checks: ['parse-error'],
            reason: 'drafts',
            where: 'suppress[1]',
            file: 'x.yml',
            line: 5
          },
          {
            rule: 'r-1',
            path: 'rules/*.yml',
            checks: ['noisy-indicator'],
            reason: 'why',
            where: 'suppress[2]',
            file: 'x.yml',
            line: 8
          }
        ]
      })
    ],
    [
      'splunk definition folders, one as a string',
      'splunk: {macros: [security_content/macros, local/macros], data-sources: security_content/data_sources}',
      settings(s => {
        s.splunk = {
          macros: ['security_content/macros', 'local/macros'],
          dataSources: ['security_content/data_sources']
        }
      })
    ],
    ['splunk with no folders', 'splunk: {}', settings()],
    [
      'ATT&CK data and the technique checks',
      'attack: " attack/table.json "\nchecks: {technique-missing: off, technique-unknown: {severity: notice}}',
      settings(s => {
        s.attack = 'attack/table.json'
        s.checks['technique-missing'].enabled = false
        s.checks['technique-unknown'].severity = 'notice'
      })
    ],
    [
      'a suppression of every check',
      'suppress:\n- {rule: abc, reason: accepted}',
      settings(s => {
        s.suppress = [
          {
            rule: 'abc',
            path: null,
            checks: [],
            reason: 'accepted',
            where: 'suppress[0]',
            file: 'x.yml',
            line: 2
          }
        ]
      })
    ]
  ]
  it.each(cases)('%s', (_name, text, expected) => {
    expect(parseConfigText(text, 'x.yml')).toEqual(expected)
  })
})

describe('config: invalid files are rejected, naming the key and the value', () => {
  const cases: Array<[string, string]> = [
    ['fail-on: warn', 'x.yml: fail-on: expected one of error, warning, notice, none, got "warn"'],
    ['fail-on: 1', 'x.yml: fail-on: expected one of error, warning, notice, none, got 1'],
    [
      'colour: red',
      'x.yml: colour: unknown key (expected one of fail-on, rules, ignore, baseline, max-file-size, suppress, checks, splunk, attack)'
    ],
    ['splunk: [macros]', 'x.yml: splunk: expected a mapping with macros and data-sources, got ["macros"]'],
    ['splunk:', 'x.yml: splunk: expected a mapping with macros and data-sources, got null'],
    ['splunk: {macros: [1]}', 'x.yml: splunk.macros[0]: expected a string, got 1'],
    [
      'splunk: {data-sources: {a: b}}',
      'x.yml: splunk.data-sources: expected a string or a list of strings, got {"a":"b"}'
    ],
    ['splunk: {lookups: x}', 'x.yml: splunk.lookups: unknown key (expected one of macros, data-sources)'],
    ['attack: ""', 'x.yml: attack: expected the path of an ATT&CK table or STIX bundle, got ""'],
    [
      'attack: [a.json]',
      'x.yml: attack: expected the path of an ATT&CK table or STIX bundle, got ["a.json"]'
    ],
    ['rules: [1]', 'x.yml: rules[0]: expected a string, got 1'],
    ['ignore:', 'x.yml: ignore: expected a string or a list of strings, got null'],
    ['- a', 'x.yml: expected a mapping at the top level, got ["a"]'],
    ['checks: [a]', 'x.yml: checks: expected a mapping, got ["a"]'],
    [
      'checks: {noisy-indicator: {threshold: 0}}',
      'x.yml: checks.noisy-indicator.threshold: expected a whole number from 1 to 1000000000, got 0'
    ],
    [
      'checks: {noisy-indicator: {threshold: many}}',
      'x.yml: checks.noisy-indicator.threshold: expected a whole number from 1 to 1000000000, got "many"'
    ],
    [
      'checks: {noisy-indicator: {threshold: "7"}}',
      'x.yml: checks.noisy-indicator.threshold: expected a whole number from 1 to 1000000000, got "7"'
    ],
    [
      'checks: {noisy-indicator: {examples: 2.5}}',
      'x.yml: checks.noisy-indicator.examples: expected a whole number from 0 to 50, got 2.5'
    ],
    [
      'checks: {missing-common-exclusion: {min-share: 1.5}}',
      'x.yml: checks.missing-common-exclusion.min-share: expected a number from 0 to 1 or a percentage from 0% to 100%, got 1.5'
    ],
    [
      'checks: {missing-common-exclusion: {min-share: 120%}}',
      'x.yml: checks.missing-common-exclusion.min-share: expected a number from 0 to 1 or a percentage from 0% to 100%, got "120%"'
    ],
    [
      'checks: {missing-common-exclusion: {untagged: maybe}}',
      'x.yml: checks.missing-common-exclusion.untagged: expected one of logsource, skip, got "maybe"'
    ],
    [
      'checks: {noisy-indicator: {severity: fatal}}',
      'x.yml: checks.noisy-indicator.severity: expected one of error, warning, notice, off, got "fatal"'
    ],
    [
      'checks: {noisy-indicator: {enabled: yes}}',
      'x.yml: checks.noisy-indicator.enabled: expected true or false, got "yes"'
    ],
    [
      'checks: {noisy-indicator: on}',
      'x.yml: checks.noisy-indicator: expected one of off, false or a mapping, got "on"'
    ],
    [
      'checks: {parse-error: {threshold: 3}}',
      'x.yml: checks.parse-error.threshold: unknown key (expected one of enabled, severity)'
    ],
    [
      'checks: {typo-check: {}}',
      'x.yml: checks.typo-check: unknown key (expected one of noisy-indicator, missing-common-exclusion, duplicate-rule, parse-error, invalid-suppression, unused-suppression, technique-unknown, technique-revoked, technique-missing, tactic-mismatch)'
    ],
    [
      'suppress: {rule: a, reason: b}',
      'x.yml: suppress: expected a list of entries with rule or path, checks and reason, got {"rule":"a","reason":"b"}'
    ],
    [
      'suppress: [abc]',
      'x.yml: suppress[0]: expected a mapping with rule or path, checks and reason, got "abc"'
    ],
    [
      'suppress: [{rule: abc}]',
      'x.yml: suppress[0].reason: required: a reason that says why these findings are accepted, got nothing'
    ],
    [
      'suppress: [{rule: abc, reason: "  "}]',
      'x.yml: suppress[0].reason: expected a reason that says why these findings are accepted, got "  "'
    ],
    [
      'suppress: [{rule: abc, reason: 42}]',
      'x.yml: suppress[0].reason: expected a reason that says why these findings are accepted, got 42'
    ],
    [
      'suppress: [{rule: a, reason: ok}, {checks: [parse-error], reason: ok}]',
      'x.yml: suppress[1]: give rule or path, or both'
    ],
    ['suppress: [{rule: "", reason: ok}]', 'x.yml: suppress[0].rule: expected a rule id, got ""'],
    [
      'suppress: [{path: [a], reason: ok}]',
      'x.yml: suppress[0].path: expected a glob of rule files, got ["a"]'
    ],
    [
      'suppress: [{rule: a, checks: [noisy-indicator, typo], reason: ok}]',
      'x.yml: suppress[0].checks[1]: expected one of noisy-indicator, missing-common-exclusion, duplicate-rule, parse-error, technique-unknown, technique-revoked, technique-missing, tactic-mismatch, got "typo"'
    ],
    [
      'suppress: [{rule: a, checks: unused-suppression, reason: ok}]',
      'x.yml: suppress[0].checks: expected one check or a list of one or more checks (leave it out to suppress every check), got "unused-suppression"'
    ],
    [
      'suppress: [{rule: a, checks: [], reason: ok}]',
      'x.yml: suppress[0].checks: expected one check or a list of one or more checks (leave it out to suppress every check), got []'
    ],
    [
      'suppress: [{rule: a, reason: ok, because: x}]',
      'x.yml: suppress[0].because: unknown key (expected one of rule, path, checks, reason)'
    ]
  ]
  it.each(cases)('%j', (text, message) => {
    expect(errorOf(text)).toBe(message)
  })

  it.each([
    ['chekcs: {}', 'x.yml: chekcs: unknown key (did you mean "checks"?) (expected one of '],
    [
      'checks: {noisy-indicator: {treshold: 3}}',
      'x.yml: checks.noisy-indicator.treshold: unknown key (did you mean "threshold"?) (expected one of enabled, severity, threshold, max-paths, examples)'
    ],
    [
      'checks: {noisy-indicatr: off}',
      'x.yml: checks.noisy-indicatr: unknown key (did you mean "noisy-indicator"?) (expected one of '
    ],
    [
      'checks: {noisy-indicator: {severity: warnng}}',
      'x.yml: checks.noisy-indicator.severity: expected one of error, warning, notice, off, got "warnng" (did you mean "warning"?)'
    ],
    [
      'fail-on: warnin',
      'x.yml: fail-on: expected one of error, warning, notice, none, got "warnin" (did you mean "warning"?)'
    ],
    [
      'suppress: [{rule: a, checks: [noisy-indicater], reason: ok}]',
      'x.yml: suppress[0].checks[0]: expected one of noisy-indicator, missing-common-exclusion, duplicate-rule, parse-error, technique-unknown, technique-revoked, technique-missing, tactic-mismatch, got "noisy-indicater" (did you mean "noisy-indicator"?)'
    ]
  ])('suggests the closest name: %j', (text, message) => {
    expect(errorOf(text).startsWith(message)).toBe(true)
  })

  it('reports YAML syntax errors with the file', () => {
    expect(errorOf('a: [')).toMatch(/^x\.yml: not valid YAML/)
    expect(errorOf('a: 1\n---\nb: 2')).toBe('x.yml: expected one YAML document, found 2')
  })

  it('parses fail-on case-insensitively', () => {
    expect(parseFailOn(' Warning ')).toBe('warning')
  })
})

// ---------------------------------------------------------------------------------------
// The JSON Schema (schema/detlint.schema.json) and the parser agree.

interface SchemaNode {
  properties?: Record<string, SchemaNode>
  anyOf?: SchemaNode[]
  items?: SchemaNode
  $ref?: string
  default?: unknown
  [key: string]: unknown
}

const SCHEMA = JSON.parse(readFileSync('schema/detlint.schema.json', 'utf8')) as SchemaNode & {
  definitions: Record<string, SchemaNode>
}
// Strict, except for `required` inside `anyOf` (rule or path), which is the point there.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true })
// errorMessage: detlint's wording for a node whose error a description of its type would garble.
ajv.addVocabulary(['errorMessage'])
const validate = ajv.compile(SCHEMA)

function parserAccepts(text: string): boolean {
  try {
    parseConfigText(text, 'x.yml')
    return true
  } catch (err) {
    if (err instanceof ConfigError) return false
    throw err
  }
}

/** The schema's verdict on the document, read as detlint reads it (an empty file is null). */
function schemaAccepts(text: string): boolean {
  const docs: unknown[] = []
  loadAll(text, d => void docs.push(d), { schema: CORE_SCHEMA })
  return validate(docs[0] ?? null) as boolean
}

/** The object branch of a check's schema (the other branch is `off`). */
function checkObject(id: string): SchemaNode {
  const check = SCHEMA.properties?.checks.properties?.[id]
  const object = check?.anyOf?.find(b => b.properties !== undefined)
  if (!object) throw new Error(`no object schema for checks.${id}`)
  return object
}

describe('JSON Schema', () => {
  const VALID = [
    '',
    'fail-on: notice',
    'fail-on: NONE',
    'fail-on: " Error "',
    'rules: rules/**/*.yml',
    'rules: []\nignore: [a, b]\nbaseline: x',
    'suppress: []',
    'checks: {}',
    'checks: {noisy-indicator: {threshold: 1, max-paths: 100000, examples: 50}}',
    'checks: {noisy-indicator: {threshold: 1000000000}}',
    'checks: {noisy-indicator: {threshold: 0x10}}',
    'checks: {noisy-indicator: {examples: 3.0}}',
    'checks: {missing-common-exclusion: {min-share: 0}}',
    'checks: {missing-common-exclusion: {min-share: 1}}',
    'checks: {missing-common-exclusion: {min-share: "100%"}}',
    'checks: {missing-common-exclusion: {min-share: " 7.5 % "}}',
    'checks: {missing-common-exclusion: {min-share: 0100%}}',
    'checks: {missing-common-exclusion: {untagged: logsource, top: 100, min-rules: 1}}',
    'checks: {parse-error: off, noisy-indicator: false}',
    'checks: {unused-suppression: {severity: off}, invalid-suppression: {enabled: "true"}}',
    'checks: {noisy-indicator: {enabled: false, severity: error}}',
    'suppress: [{rule: a, reason: b}]',
    'suppress: [{path: "rules/**", checks: parse-error, reason: b}]',
    'suppress: [{rule: a, path: b, checks: [noisy-indicator, missing-common-exclusion], reason: c}]',
    'splunk: {}',
    'splunk: {macros: m, data-sources: [d, e]}',
    'attack: attack.json',
    'checks: {technique-unknown: off, technique-revoked: {severity: error}, technique-missing: {enabled: false}}',
    'suppress: [{rule: a, checks: [technique-missing], reason: hunting query}]'
  ]
  const INVALID = [
    '- a',
    'just text',
    '42',
    'colour: red',
    'fail-on: warn',
    'fail-on: 1',
    'fail-on: [error]',
    'rules: [1]',
    'rules: {a: 1}',
    'ignore:',
    'baseline: [[a]]',
    'suppress:',
    'suppress: {rule: a, reason: b}',
    'suppress: [abc]',
    'suppress: [{rule: a}]',
    'suppress: [{rule: a, reason: ""}]',
    'suppress: [{rule: a, reason: " \\t "}]',
    'suppress: [{rule: a, reason: 3}]',
    'suppress: [{checks: [parse-error], reason: x}]',
    'suppress: [{rule: "", reason: x}]',
    'suppress: [{rule: 5, reason: x}]',
    'suppress: [{path: " ", reason: x}]',
    'suppress: [{rule: a, checks: [], reason: x}]',
    'suppress: [{rule: a, checks: typo, reason: x}]',
    'suppress: [{rule: a, checks: [invalid-suppression], reason: x}]',
    'suppress: [{rule: a, reason: x, extra: 1}]',
    'checks:',
    'checks: [a]',
    'checks: {typo: {}}',
    'checks: {noisy-indicator: on}',
    'checks: {noisy-indicator: true}',
    'checks: {noisy-indicator: "false"}',
    'checks: {noisy-indicator: null}',
    'checks: {noisy-indicator: {threshold: 0}}',
    'checks: {noisy-indicator: {threshold: 1000000001}}',
    'checks: {noisy-indicator: {threshold: "7"}}',
    'checks: {noisy-indicator: {threshold: 2.5}}',
    'checks: {noisy-indicator: {threshold: .inf}}',
    'checks: {noisy-indicator: {threshold: .nan}}',
    'checks: {noisy-indicator: {max-paths: 100001}}',
    'checks: {noisy-indicator: {examples: -1}}',
    'checks: {noisy-indicator: {severity: fatal}}',
    'checks: {noisy-indicator: {severity: Warning}}',
    'checks: {noisy-indicator: {enabled: yes}}',
    'checks: {noisy-indicator: {min-rules: 3}}',
    'checks: {missing-common-exclusion: {min-share: 1.5}}',
    'checks: {missing-common-exclusion: {min-share: -0.1}}',
    'checks: {missing-common-exclusion: {min-share: "120%"}}',
    'checks: {missing-common-exclusion: {min-share: "100.5%"}}',
    'checks: {missing-common-exclusion: {min-share: "%"}}',
    'checks: {missing-common-exclusion: {min-share: "0.5"}}',
    'checks: {missing-common-exclusion: {untagged: maybe}}',
    'checks: {missing-common-exclusion: {top: 0}}',
    'checks: {parse-error: {threshold: 3}}',
    'splunk:',
    'splunk: [a]',
    'splunk: {macros: [1]}',
    'splunk: {macros: [[a]]}',
    'splunk: {data-sources: 5}',
    'splunk: {lookups: x}',
    'attack: ""',
    'attack: "  "',
    'attack: 3',
    'attack: [a.json]',
    'checks: {technique-missing: {threshold: 3}}'
  ]

  it.each(VALID)('both accept %j', text => {
    expect([parserAccepts(text), schemaAccepts(text)]).toEqual([true, true])
  })

  it.each(INVALID)('both reject %j', text => {
    expect([parserAccepts(text), schemaAccepts(text)]).toEqual([false, false])
  })

  it('maps every option of every check onto a settings field', () => {
    const d = defaultSettings()
    expect(Object.keys(SCHEMA.properties?.checks.properties ?? {})).toEqual(Object.keys(d.checks))
    for (const id of Object.keys(d.checks) as CheckId[]) {
      const fields = Object.keys(checkObject(id).properties ?? {}).map(k =>
        k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
      )
      expect([id, fields.sort()]).toEqual([id, Object.keys(d.checks[id]).sort()])
    }
  })

  it('every default the schema gives, written out, gives the default settings', () => {
    const doc: Record<string, unknown> = {}
    for (const [key, node] of Object.entries(SCHEMA.properties ?? {}))
      if (node.default !== undefined) doc[key] = node.default
    const checks: Record<string, Record<string, unknown>> = {}
    for (const id of Object.keys(defaultSettings().checks)) {
      const props = checkObject(id).properties ?? {}
      checks[id] = Object.fromEntries(
        Object.entries(props).flatMap(([k, v]) => (v.default === undefined ? [] : [[k, v.default]]))
      )
      checks[id].enabled = true
    }
    doc.checks = checks
    expect(Object.keys(doc)).toEqual([
      'fail-on',
      'rules',
      'ignore',
      'baseline',
      'max-file-size',
      'suppress',
      'checks'
    ])
    expect(parseConfigText(dump(doc), 'x.yml')).toEqual(defaultSettings())
  })

  it('gives the defaults detlint uses, for editor completion', () => {
    const d = defaultSettings()
    const props = SCHEMA.properties ?? {}
    expect(props['fail-on'].default).toBe(d.failOn)
    expect(props.rules.default).toEqual(d.rules)
    expect(props.ignore.default).toEqual(d.ignore)
    expect(props.baseline.default).toEqual(d.baseline)
    expect(props.suppress.default).toEqual(d.suppress)
    const def = (id: string, key: string): unknown => checkObject(id).properties?.[key].default
    for (const id of Object.keys(d.checks) as Array<keyof Settings['checks']>)
      expect([id, def(id, 'severity')]).toEqual([id, d.checks[id].severity])
    const noisy = d.checks['noisy-indicator']
    expect([def('noisy-indicator', 'threshold'), def('noisy-indicator', 'max-paths')]).toEqual([
      noisy.threshold,
      noisy.maxPaths
    ])
    expect(def('noisy-indicator', 'examples')).toBe(noisy.examples)
    const mce = d.checks['missing-common-exclusion']
    expect(
      ['min-rules', 'min-share', 'top', 'examples', 'untagged'].map(k => def('missing-common-exclusion', k))
    ).toEqual([mce.minRules, mce.minShare, mce.top, mce.examples, mce.untagged])
    expect(SCHEMA.definitions.enabled.default).toBe(true)
    const splunk = props.splunk.properties ?? {}
    expect([splunk.macros.default, splunk['data-sources'].default]).toEqual([
      d.splunk.macros,
      d.splunk.dataSources
    ])
  })

  it('describes every property', () => {
    const missing: string[] = []
    const walk = (node: SchemaNode, at: string): void => {
      for (const [k, v] of Object.entries(node.properties ?? {})) {
        if (typeof v.description !== 'string' && v.$ref === undefined) missing.push(`${at}${k}`)
        walk(v, `${at}${k}.`)
        for (const b of v.anyOf ?? []) walk(b, `${at}${k}.`)
      }
    }
    walk(SCHEMA, '')
    walk(SCHEMA.definitions.suppression, 'suppress[].')
    expect(missing).toEqual([])
  })
})

describe('version', () => {
  it('matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })
})
