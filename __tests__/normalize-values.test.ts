/**
 * Canonical values (src/normalize/values.ts) and the keys built on them
 * (src/normalize/keys.ts): path → name, registry hives, case folding, wildcard shapes and
 * escaping, Sigma expansions. Fields are given in their canonical (ECS) names: the field
 * tables are tested with `fields.ts`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { Op, ParseResult, Predicate } from '../src/ir.js'
import { predicates } from '../src/ir.js'
import { formatKey, keyParts, predicateKey } from '../src/normalize/keys.js'
import {
  canonicalHiveName,
  canonicalHivePrefix,
  canonicalPattern,
  canonicalValue,
  nameFieldOf,
  pathFieldOf,
  PATH_NAME_FIELDS,
  REGISTRY_HIVES,
  type CanonicalValue
} from '../src/normalize/values.js'
import { buildPattern, hasWildcard, literalText, parsePattern } from '../src/wildcard.js'
import { readRuleFile } from '../src/formats/index.js'
import { sigmaFormat } from '../src/formats/sigma/index.js'
import { elasticFormat } from '../src/formats/elastic/index.js'
import { splunkFormat } from '../src/formats/splunk/index.js'
import { elasticRule } from './elastic/fixtures.js'
import { detection } from './splunk/helpers.js'

function pred(
  field: string | null,
  op: Op,
  value: string | null,
  cs = false,
  transforms?: string[]
): Predicate {
  const p: Predicate = {
    kind: 'pred',
    field,
    sourceField: field,
    op,
    value,
    caseSensitive: cs,
    pos: { line: 1, column: 1 }
  }
  if (transforms) p.transforms = transforms
  return p
}

/** The key, after checking that both ways of computing it agree. */
function key(p: Predicate): string {
  const k = predicateKey(p)
  expect(formatKey(keyParts(p))).toBe(k)
  return k
}

const cv = (field: string | null, op: Op, value: string | null, cs = false): CanonicalValue =>
  canonicalValue(field, op, value, cs)

/** The only predicate of a parse result. */
function onlyPred(r: ParseResult): Predicate {
  const ps = readPreds(r)
  expect(ps).toHaveLength(1)
  return ps[0]
}

function sigmaText(detectionBody: string): string {
  return [
    'title: Test rule',
    'id: 1',
    'logsource:',
    '    product: windows',
    '    category: process_creation',
    'detection:',
    ...detectionBody.split('\n').map(l => '    ' + l),
    'level: high',
    ''
  ].join('\n')
}

function readPreds(result: ParseResult): Predicate[] {
  expect(result.rules.length).toBeGreaterThan(0)
  return result.rules.flatMap(r => r.queries.flatMap(q => predicates(q.expr)))
}

/** A reader's predicate with the canonical field the field tables give it. */
const asField = (p: Predicate, field: string): Predicate => ({ ...p, field })

describe('path → name', () => {
  it.each([...PATH_NAME_FIELDS])('%s `*\\x` and `*/x` are %s equalities', (pathField, nameField) => {
    expect(nameFieldOf(pathField)).toBe(nameField)
    expect(pathFieldOf(nameField)).toBe(pathField)
    expect(key(pred(pathField, 'wildcard', '*\\Evil.dll'))).toBe(`${nameField}|eq|evil.dll`)
    expect(key(pred(pathField, 'wildcard', '*/evil.so'))).toBe(`${nameField}|eq|evil.so`)
    // The name field's own spelling is the same key, and stays as it is.
    expect(key(pred(nameField, 'eq', 'Evil.dll'))).toBe(`${nameField}|eq|evil.dll`)
  })

  it('meets the Sigma, Splunk, KQL, Elastic and Splunk-name spellings in one key', () => {
    const spellings = [
      pred('process.executable', 'wildcard', '*\\rundll32.exe'), // Sigma Image|endswith: '\rundll32.exe'
      pred('process.executable', 'wildcard', '*\\rundll32.exe'), // Splunk process_path="*\\rundll32.exe"
      pred('process.executable', 'wildcard', '*\\rundll32.exe', true), // KQL process.executable : *\\rundll32.exe
      pred('process.name', 'eq', 'rundll32.exe'), // Elastic process.name : "rundll32.exe"
      pred('process.name', 'eq', 'rundll32.exe'), // Splunk process_name=rundll32.exe
      pred('process.executable', 'wildcard', '*\\RunDll32.EXE'), // folded before the rule
      pred('process.executable', 'wildcard', '*\\\\rundll32.exe') // another escaping of the same literal
    ]
    expect(new Set(spellings.map(key))).toEqual(new Set(['process.name|eq|rundll32.exe']))
  })

  it('meets the spellings as the readers produce them', () => {
    const sigma = readPreds(
      sigmaFormat.parse(
        'rules/a.yml',
        sigmaText("sel:\n    Image|endswith: '\\rundll32.exe'\ncondition: sel")
      )
    )
    const kql = readPreds(
      elasticFormat.parse(
        'rules/a.toml',
        elasticRule({ language: '"kuery"', type: '"query"', query: 'process.executable : *\\\\rundll32.exe' })
      )
    )
    const eql = readPreds(
      elasticFormat.parse(
        'rules/b.toml',
        elasticRule({
          query: 'process where process.name : "rundll32.exe" or process.executable : "*\\\\rundll32.exe"'
        })
      )
    )
    const spl = readPreds(
      splunkFormat.parse(
        'detections/endpoint/a.yml',
        detection(
          '| tstats count from datamodel=Endpoint.Processes where Processes.process_path="*\\\\rundll32.exe" OR Processes.process_name=rundll32.exe by Processes.dest'
        )
      )
    )
    expect([sigma.length, kql.length, eql.length, spl.length]).toEqual([1, 1, 2, 2])
    const canonical = [
      asField(sigma[0], 'process.executable'),
      asField(kql[0], 'process.executable'),
      asField(eql[0], 'process.name'),
      asField(eql[1], 'process.executable'),
      asField(spl[0], 'process.executable'),
      asField(spl[1], 'process.name')
    ]
    expect(canonical.map(key)).toEqual(Array(6).fill('process.name|eq|rundll32.exe'))
  })

  it('keeps the case of a case-sensitive predicate', () => {
    expect(key(pred('process.executable', 'wildcard', '*\\RunDll32.exe', true))).toBe(
      'process.name|eq|RunDll32.exe'
    )
  })

  it.each([
    ['*rundll32.exe', 'no separator: it also matches xrundll32.exe'],
    ['*\\dir\\x.exe', 'a directory says more than the basename'],
    ['*/usr/bin/x', 'a directory, with slashes'],
    ['*\\x*.exe', 'a wildcard in the basename'],
    ['*\\x?.exe', 'a one-character wildcard in the basename'],
    ['*\\x\\*.exe', 'an escaped star in the basename'],
    ['c:\\\\*\\x.exe', 'not a bare endswith'],
    ['*\\\\', 'no basename (a trailing backslash, escaped)'],
    ['*\\x.exe*', 'a contains, not an endswith']
  ])('leaves %s a path pattern (%s)', value => {
    expect(key(pred('process.executable', 'wildcard', value))).toBe(`process.executable|wildcard|${value}`)
  })

  it('leaves a full-path eq, other fields and encoded values alone', () => {
    expect(key(pred('process.executable', 'eq', 'C:\\Windows\\x.exe'))).toBe(
      'process.executable|eq|c:\\windows\\x.exe'
    )
    expect(key(pred('process.command_line', 'wildcard', '*\\x.exe'))).toBe(
      'process.command_line|wildcard|*\\x.exe'
    )
    // The name field itself is not a path field: `*\x.exe` on it stays a pattern.
    expect(key(pred('process.name', 'wildcard', '*\\x.exe'))).toBe('process.name|wildcard|*\\x.exe')
    expect(key(pred('process.executable', 'wildcard', '*\\x.exe', false, ['base64offset']))).toBe(
      'process.executable|wildcard+base64offset|*\\x.exe'
    )
    expect(nameFieldOf('process.name')).toBeUndefined()
    expect(pathFieldOf('process.executable')).toBeUndefined()
  })
})

describe('registry hives', () => {
  it.each(REGISTRY_HIVES.map(([spelling, short]) => [spelling, short]))(
    '%s is %s, in any case, on registry.path and registry.key',
    (spelling, short) => {
      const lower = short.toLowerCase()
      for (const field of ['registry.path', 'registry.key']) {
        for (const written of [spelling, spelling.toLowerCase()]) {
          expect(key(pred(field, 'eq', `${written}\\Software\\X`))).toBe(`${field}|eq|${lower}\\software\\x`)
          expect(key(pred(field, 'wildcard', `${written}\\\\*\\Run`))).toBe(
            `${field}|wildcard|${lower}\\\\*\\run`
          )
          expect(key(pred(field, 'eq', `${written}\\Software`, true))).toBe(`${field}|eq|${short}\\Software`)
        }
      }
    }
  )

  it('meets the spellings of one hive and keeps the hives apart', () => {
    const machine = [
      'HKEY_LOCAL_MACHINE\\x\\\\*',
      '\\REGISTRY\\MACHINE\\x\\\\*',
      'HKLM\\x\\\\*',
      'hklm\\x\\\\*'
    ]
    expect(new Set(machine.map(v => key(pred('registry.path', 'wildcard', v))))).toEqual(
      new Set(['registry.path|wildcard|hklm\\x\\\\*'])
    )
    const users = ['HKEY_USERS\\\\*\\Run', '\\REGISTRY\\USER\\\\*\\Run', 'HKU\\\\*\\Run']
    expect(new Set(users.map(v => key(pred('registry.path', 'wildcard', v))))).toEqual(
      new Set(['registry.path|wildcard|hku\\\\*\\run'])
    )
    // HKCU is not HKU: an event spells the current user's hive one way or the other.
    expect(key(pred('registry.path', 'eq', 'HKEY_CURRENT_USER\\x'))).toBe('registry.path|eq|hkcu\\x')
  })

  it('rewrites only a leading hive, and keeps the rest of the pattern as written', () => {
    // `\*` is an escaped (literal) star, `\\*` a backslash then a wildcard: both stay.
    expect(key(pred('registry.path', 'wildcard', 'HKEY_LOCAL_MACHINE\\*\\Run*'))).toBe(
      'registry.path|wildcard|hklm\\*\\run*'
    )
    expect(key(pred('registry.path', 'wildcard', 'HKEY_LOCAL_MACHINE\\\\*\\Run'))).toBe(
      'registry.path|wildcard|hklm\\\\*\\run'
    )
    expect(key(pred('registry.path', 'wildcard', '*\\REGISTRY\\MACHINE\\Software*'))).toBe(
      'registry.path|wildcard|*\\registry\\machine\\software*'
    )
    expect(key(pred('registry.path', 'wildcard', '*HKLM\\Software*'))).toBe(
      'registry.path|wildcard|*hklm\\software*'
    )
  })

  it.each([
    ['HKLMX\\Software', 'not a hive'],
    ['HKLM', 'no separator'],
    ['HKLM*', 'no separator'],
    ['\\REGISTRY\\A\\x', 'an application hive'],
    ['HKEY_LOCAL_MACHINE_X\\x', 'a longer name']
  ])('leaves %s alone (%s)', value => {
    expect(canonicalHivePrefix(value, false)).toBe(value)
  })

  it('does not touch other fields', () => {
    expect(key(pred('process.command_line', 'wildcard', '*HKEY_LOCAL_MACHINE\\x*'))).toBe(
      'process.command_line|wildcard|*hkey_local_machine\\x*'
    )
    expect(key(pred('registry.data.strings', 'eq', 'HKEY_USERS\\x'))).toBe(
      'registry.data.strings|eq|hkey_users\\x'
    )
  })

  it('gives registry.hive values their short form', () => {
    expect(key(pred('registry.hive', 'eq', 'HKEY_USERS'))).toBe('registry.hive|eq|hku')
    expect(key(pred('registry.hive', 'eq', 'hklm'))).toBe('registry.hive|eq|hklm')
    expect(key(pred('registry.hive', 'eq', 'HKEY_LOCAL_MACHINE', true))).toBe('registry.hive|eq|HKLM')
    expect(canonicalHiveName('HKEY_USERSX', false)).toBe('HKEY_USERSX')
  })
})

describe('case folding', () => {
  it('folds eq, wildcard and keyword values unless case-sensitive; regex and fieldref stay as written', () => {
    expect(cv('a', 'eq', 'AbC')).toEqual({ field: 'a', op: 'eq', value: 'abc' })
    expect(cv('a', 'eq', 'AbC', true)).toEqual({ field: 'a', op: 'eq', value: 'AbC' })
    expect(cv('a', 'wildcard', '*AbC*')).toEqual({ field: 'a', op: 'wildcard', value: '*abc*' })
    expect(cv('a', 'wildcard', '*AbC*', true)).toEqual({ field: 'a', op: 'wildcard', value: '*AbC*' })
    expect(cv(null, 'keyword', '*AbC*')).toEqual({ field: null, op: 'keyword', value: '*abc*' })
    expect(cv('a', 'regex', 'A.+B')).toEqual({ field: 'a', op: 'regex', value: 'A.+B' })
    expect(cv('a', 'regex', '\\D+')).toEqual({ field: 'a', op: 'regex', value: '\\D+' })
    expect(cv('a', 'fieldref', 'ParentUser')).toEqual({ field: 'a', op: 'fieldref', value: 'ParentUser' })
    expect(cv('a', 'regex', 'A.+B', true)).toEqual({ field: 'a', op: 'regex', value: 'A.+B' })
  })

  it('leaves numeric and cidr values untouched', () => {
    for (const op of ['gt', 'gte', 'lt', 'lte'] as const)
      expect(cv('event.severity', op, '0x1F')).toEqual({ field: 'event.severity', op, value: '0x1F' })
    expect(cv('destination.ip', 'cidr', 'FE80::/10')).toEqual({
      field: 'destination.ip',
      op: 'cidr',
      value: 'FE80::/10'
    })
    expect(key(pred('destination.ip', 'cidr', 'FE80::/10'))).toBe('destination.ip|cidr|FE80::/10')
  })

  it('keeps null values null', () => {
    expect(key(pred('process.executable', 'exists', null))).toBe('process.executable|exists|')
    expect(key(pred('registry.path', 'null', null))).toBe('registry.path|null|')
  })
})

describe('wildcard shapes', () => {
  it('makes a wildcard pattern without wildcards an eq on its literal text', () => {
    expect(cv('a', 'wildcard', 'abc')).toEqual({ field: 'a', op: 'eq', value: 'abc' })
    expect(cv('a', 'wildcard', 'abc\\*')).toEqual({ field: 'a', op: 'eq', value: 'abc*' })
    expect(cv('a', 'wildcard', 'a\\?b\\\\')).toEqual({ field: 'a', op: 'eq', value: 'a?b\\' })
    expect(cv('a', 'wildcard', 'C:\\Temp\\x.exe')).toEqual({ field: 'a', op: 'eq', value: 'c:\\temp\\x.exe' })
    // ... so it meets the eq spelling of another vendor.
    expect(key(pred('file.path', 'wildcard', 'C:\\Temp\\x.exe'))).toBe(
      key(pred('file.path', 'eq', 'C:\\Temp\\x.exe'))
    )
  })

  it('keeps a pattern with a wildcard, and a keyword without one', () => {
    expect(cv('a', 'wildcard', 'a\\\\*')).toEqual({ field: 'a', op: 'wildcard', value: 'a\\\\*' })
    expect(cv('a', 'wildcard', '?:\\x')).toEqual({ field: 'a', op: 'wildcard', value: '?:\\x' })
    expect(cv(null, 'keyword', 'mimikatz')).toEqual({ field: null, op: 'keyword', value: 'mimikatz' })
  })

  it.each([
    [['*\\x.exe', '*\\\\x.exe'], 'process.command_line|wildcard|*\\x.exe'],
    [['*foo\\', '*foo\\\\'], 'process.command_line|wildcard|*foo\\\\'],
    [['\\a*', '\\\\a*'], 'process.command_line|wildcard|\\a*'],
    [['*\\\\\\x*', '*\\\\\\\\x*'], 'process.command_line|wildcard|*\\\\\\x*'],
    [['c:\\x.exe', 'c:\\\\x.exe'], 'process.command_line|eq|c:\\x.exe']
  ])('gives the escapings %j one key', (spellings, expected) => {
    for (const v of spellings) expect(key(pred('process.command_line', 'wildcard', v))).toBe(expected)
  })

  it('agrees with parsePattern/buildPattern on every short pattern', () => {
    // Every string of up to 5 characters over an alphabet of the characters that matter.
    const alphabet = ['a', '\\', '*', '?', '/']
    let strings = ['']
    const all: string[] = []
    for (let len = 1; len <= 5; len++) {
      strings = strings.flatMap(s => alphabet.map(c => s + c))
      all.push(...strings)
    }
    for (const v of all) {
      const parts = parsePattern(v)
      const expected = hasWildcard(parts)
        ? { op: 'wildcard', value: buildPattern(parts) }
        : { op: 'eq', value: literalText(parts) }
      const got = cv('x', 'wildcard', v, true)
      expect({ v, op: got.op, value: got.value }).toEqual({ v, ...expected })
      expect(canonicalPattern(v)).toBe(buildPattern(parts))
      expect(canonicalPattern(canonicalPattern(v))).toBe(canonicalPattern(v))
    }
  })
})

describe('Sigma expansions', () => {
  it('keys a windash value as the one value the author wrote', () => {
    const r = sigmaFormat.parse(
      'rules/a.yml',
      sigmaText("sel:\n    CommandLine|windash|contains: ' -enc '\ncondition: sel")
    )
    const p = onlyPred(r)
    expect(p.transforms).toEqual(['windash'])
    expect(key(p)).toBe(`${p.field}|wildcard|* -enc *`)
  })

  it('keys a base64offset value once, with the encoding on the op', () => {
    const r = sigmaFormat.parse(
      'rules/a.yml',
      sigmaText("sel:\n    CommandLine|base64offset|contains: 'http://'\ncondition: sel")
    )
    const p = onlyPred(r)
    expect(p.transforms).toEqual(['base64offset'])
    expect(key(p)).toBe(`${p.field}|wildcard+base64offset|*http://*`)
  })

  it('still applies the value rules under an expansion that is not an encoding', () => {
    expect(key(pred('process.executable', 'wildcard', '*\\X-Y.exe', false, ['windash']))).toBe(
      'process.name|eq|x-y.exe'
    )
    expect(key(pred('process.command_line', 'wildcard', 'abc', false, ['windash', 'base64']))).toBe(
      'process.command_line|eq+base64|abc'
    )
  })
})

describe('canonicalValue', () => {
  it('fills the object it is given and leaves its arguments alone', () => {
    const out: CanonicalValue = { field: null, op: 'eq', value: null }
    const got = canonicalValue('process.executable', 'wildcard', '*\\A.exe', false, false, out)
    expect(got).toBe(out)
    expect(out).toEqual({ field: 'process.name', op: 'eq', value: 'a.exe' })
    canonicalValue('process.command_line', 'regex', 'X', true, false, out)
    expect(out).toEqual({ field: 'process.command_line', op: 'regex', value: 'X' })
  })
})

const CORPUS = path.resolve(process.cwd(), '../shared/corpus')
const hasCorpus = fs.existsSync(path.join(CORPUS, 'sigma'))
if (!hasCorpus) console.log(`corpus not found at ${CORPUS}: skipping the corpus key test`)

function walk(dir: string, ext: RegExp, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) walk(p, ext, out)
    else if (ext.test(e.name)) out.push(p)
  }
  return out
}

;(hasCorpus ? describe : describe.skip)('keys over the corpus', () => {
  it('predicateKey is formatKey(keyParts) for every predicate, and stable', () => {
    const files = [
      ...walk(path.join(CORPUS, 'sigma'), /\.yml$/),
      ...walk(path.join(CORPUS, 'elastic', 'rules'), /\.toml$/),
      ...walk(path.join(CORPUS, 'elastic-endpoint', 'behavior', 'rules'), /\.toml$/),
      ...walk(path.join(CORPUS, 'splunk', 'detections'), /\.yml$/)
    ].sort()
    let n = 0
    let mismatches = 0
    for (const f of files) {
      const r = readRuleFile(path.relative(CORPUS, f), fs.readFileSync(f, 'utf8'), { file: f })
      for (const rule of r.rules)
        for (const q of rule.queries)
          for (const p of predicates(q.expr)) {
            n++
            const k = predicateKey(p)
            if (k !== formatKey(keyParts(p)) || k !== predicateKey(p)) mismatches++
          }
    }
    expect(n).toBeGreaterThan(50_000)
    expect(mismatches).toBe(0)
  })
})

describe('value aliases', () => {
  it("reads Sigma's Initiated 'true' / 'false' as network.direction egress / ingress", () => {
    expect(cv('network.direction', 'eq', 'true')).toEqual({
      field: 'network.direction',
      op: 'eq',
      value: 'egress'
    })
    expect(cv('network.direction', 'eq', 'False')).toEqual({
      field: 'network.direction',
      op: 'eq',
      value: 'ingress'
    })
    expect(cv('network.direction', 'eq', 'egress')).toEqual({
      field: 'network.direction',
      op: 'eq',
      value: 'egress'
    })
    expect(cv('network.direction', 'wildcard', 'tr*')).toEqual({
      field: 'network.direction',
      op: 'wildcard',
      value: 'tr*'
    })
    expect(cv('other.field', 'eq', 'true')).toEqual({ field: 'other.field', op: 'eq', value: 'true' })
  })
})
