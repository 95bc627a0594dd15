import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Finding, Report } from '../../src/findings.js'
import { CHECK_HELP, CHECK_IDS } from '../../src/report/checks-help.js'
import {
  FINGERPRINT_KEY,
  SARIF_SCHEMA,
  artifactUri,
  renderSarif,
  renderSarifText,
  type SarifLog
} from '../../src/report/sarif.js'
import { FIXTURE_FINDINGS, emptyReport, fixtureReport } from '../fixtures/report.js'

const OPTIONS = { toolVersion: '1.2.3', informationUri: 'https://github.com/detlint/detlint' }
const LEVELS = { error: 'error', warning: 'warning', notice: 'note' } as const

function fingerprints(log: SarifLog): string[] {
  return log.runs[0].results.map(r => r.partialFingerprints[FINGERPRINT_KEY])
}

describe('renderSarif', () => {
  it('writes one SARIF 2.1.0 run for detlint', () => {
    const log = renderSarif(fixtureReport(), OPTIONS)
    expect(log.$schema).toBe(SARIF_SCHEMA)
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    const driver = log.runs[0].tool.driver
    expect(driver).toMatchObject({
      name: 'detlint',
      version: '1.2.3',
      informationUri: OPTIONS.informationUri
    })
  })

  it('describes every check, in a fixed order, with help', () => {
    const rules = renderSarif(emptyReport(), OPTIONS).runs[0].tool.driver.rules
    expect(rules.map(r => r.id)).toEqual([
      'noisy-indicator',
      'missing-common-exclusion',
      'duplicate-rule',
      'parse-error',
      'invalid-suppression',
      'unused-suppression',
      'technique-unknown',
      'technique-revoked',
      'technique-missing',
      'tactic-mismatch'
    ])
    for (const rule of rules) {
      const help = CHECK_HELP[rule.id as keyof typeof CHECK_HELP]
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/)
      expect(rule.shortDescription.text.length).toBeGreaterThan(10)
      expect(rule.fullDescription.text).toBe(help.description)
      expect(rule.help.text).toBe(help.description)
      expect(rule.help.markdown).toContain('**What to do**')
      expect(rule.defaultConfiguration.level).toBe(LEVELS[help.defaultSeverity])
    }
  })

  it('uses the check descriptions as given', () => {
    expect(CHECK_HELP['parse-error'].description).toBe(
      'The file or rule could not be read. Other files are still checked.'
    )
    expect(CHECK_HELP['missing-common-exclusion'].description).toContain(
      'under a `filter_*` selection with `and not`'
    )
    expect(CHECK_HELP['noisy-indicator'].description).toContain("('corpus reach')")
  })

  it('points each result at its rule, level and place', () => {
    const log = renderSarif(fixtureReport(), OPTIONS)
    const { results, tool } = log.runs[0]
    expect(results).toHaveLength(FIXTURE_FINDINGS.length)
    for (const r of results) {
      expect(tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId)
      expect(r.ruleIndex).toBe(CHECK_IDS.indexOf(r.ruleId as (typeof CHECK_IDS)[number]))
      expect(r.message.text.length).toBeGreaterThan(0)
      expect(r.locations).toHaveLength(1)
      const { artifactLocation, region } = r.locations[0].physicalLocation
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%')
      expect(artifactLocation.uri).not.toMatch(/[\s\\]/)
      expect(region.startLine).toBeGreaterThanOrEqual(1)
      expect(region.endLine).toBeGreaterThanOrEqual(region.startLine)
      expect(region.startColumn).toBeGreaterThanOrEqual(1)
      expect(r.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}:\d+$/)
    }
    const byLine = new Map(results.map(r => [r.locations[0].physicalLocation.region.startLine, r]))
    for (const f of FIXTURE_FINDINGS) {
      const r = byLine.get(f.line)
      expect(r?.ruleId).toBe(f.check)
      expect(r?.level).toBe(LEVELS[f.severity])
    }
    expect(byLine.get(8)?.locations[0].physicalLocation.region).toEqual({
      startLine: 8,
      endLine: 10,
      startColumn: 3
    })
  })

  it('carries the evidence numbers as properties', () => {
    const results = renderSarif(fixtureReport(), OPTIONS).runs[0].results
    const noisy = results.find(r => r.locations[0].physicalLocation.region.startLine === 14)
    expect(noisy?.properties).toMatchObject({
      reach: 412,
      threshold: 20,
      corpusRules: 3120,
      key: 'process.name|eq|cmd.exe'
    })
    const missing = results.find(r => r.locations[0].physicalLocation.region.startLine === 9)
    expect(missing?.properties).toMatchObject({ support: 18, peers: 24, share: 0.75, technique: 'T1059.003' })
    const parse = results.find(r => r.ruleId === 'parse-error')
    expect(parse?.properties).toMatchObject({ code: 'sigma/yaml-syntax', column: 3, detectionRuleId: null })
  })

  it('encodes paths as relative URI references', () => {
    expect(artifactUri('rules\\win\\a b#1.yml')).toBe('rules/win/a%20b%231.yml')
    expect(artifactUri('./rules/ü.yml')).toBe('rules/%C3%BC.yml')
  })

  it('keeps rule text from forming embedded links or control sequences', () => {
    const results = renderSarif(fixtureReport(), OPTIONS).runs[0].results
    const text = results.map(r => r.message.text).join('\n')
    expect(text).toContain('Shell From Office \\[macro\\](https://example.com)')
    expect(text).not.toContain('\u001b')
  })

  it('keeps fingerprints when lines move, and changes them when the finding changes', () => {
    const before = fingerprints(renderSarif(fixtureReport(), OPTIONS))
    const moved = fixtureReport()
    for (const f of moved.findings) {
      f.line += 7
      f.endLine += 7
    }
    expect(fingerprints(renderSarif(moved, OPTIONS))).toEqual(before)
    const changed = fixtureReport()
    for (const f of changed.findings)
      if (f.evidence.kind === 'noisy-indicator' || f.evidence.kind === 'missing-common-exclusion')
        f.evidence.key += 'x'
    const after = fingerprints(renderSarif(changed, OPTIONS))
    expect(after.filter(fp => before.includes(fp))).toHaveLength(1) // the parse error only
  })

  it('numbers repeated fingerprints', () => {
    const f = FIXTURE_FINDINGS.find(x => x.line === 14) as Finding
    const report: Report = { ...fixtureReport(), findings: [f, { ...f, line: 40, endLine: 40 }] }
    const [a, b] = fingerprints(renderSarif(report, OPTIONS))
    expect(a.split(':')[0]).toBe(b.split(':')[0])
    expect([a.split(':')[1], b.split(':')[1]]).toEqual(['1', '2'])
  })

  it('leaves informationUri out when not given', () => {
    expect(renderSarif(emptyReport(), { toolVersion: '0' }).runs[0].tool.driver).not.toHaveProperty(
      'informationUri'
    )
  })

  it('renders text as indented JSON with a final newline', () => {
    const text = renderSarifText(fixtureReport(), OPTIONS)
    expect(text.endsWith('}\n')).toBe(true)
    expect(JSON.parse(text)).toEqual(renderSarif(fixtureReport(), OPTIONS))
  })
})

// ---------------------------------------------------------------------------------------
// Validation against the SARIF 2.1.0 JSON schema, when a validator and a schema are here.
// The dev dependencies bring both: ajv 8 with ajv-draft-04 and ajv-formats, and the schema
// (2.1.0-rtm.5, draft-04) shipped in @microsoft/jest-sarif. SARIF_SCHEMA_PATH or
// __tests__/schemas/sarif-schema-2.1.0.json take precedence. Without a validator or a
// schema the tests are skipped with a message.

interface ValidateFunction {
  (data: unknown): boolean
  errors?: unknown[] | null
}
interface AjvLike {
  compile(schema: object): ValidateFunction
  addMetaSchema(schema: object): unknown
}
type AjvConstructor = new (options: Record<string, unknown>) => AjvLike

const require = createRequire(import.meta.url)

async function importOptional(name: string): Promise<unknown> {
  try {
    const mod: unknown = await import(name)
    return mod
  } catch {
    return null
  }
}

function defaultExport(mod: unknown): unknown {
  let value = mod
  for (let i = 0; i < 2 && value !== null && typeof value === 'object' && 'default' in value; i++)
    value = (value as { default: unknown }).default
  return value
}

function resolveOptional(request: string): string | null {
  try {
    return require.resolve(request)
  } catch {
    return null
  }
}

function findSchema(): string | null {
  const fromEnv = process.env.SARIF_SCHEMA_PATH
  if (fromEnv && existsSync(fromEnv)) return fromEnv
  const vendored = fileURLToPath(new URL('../schemas/sarif-schema-2.1.0.json', import.meta.url))
  if (existsSync(vendored)) return vendored
  return resolveOptional('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
}

/**
 * ajv 8 options (ajv 6 ignores them): the SARIF schema's `language` pattern is not a valid
 * unicode-mode regular expression, and it uses keywords strict mode would refuse.
 */
const AJV8_OPTIONS = { allErrors: true, strict: false, unicodeRegExp: false }

/** A validator for the schema, or the reason there is none. */
async function sarifValidator(): Promise<ValidateFunction | string> {
  const Ajv = defaultExport(await importOptional('ajv'))
  if (typeof Ajv !== 'function') return 'ajv is not installed'
  const schemaPath = findSchema()
  if (!schemaPath)
    return 'no SARIF 2.1.0 schema (set SARIF_SCHEMA_PATH, or add __tests__/schemas/sarif-schema-2.1.0.json)'
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { $schema?: string }
  if (schema.$schema?.includes('draft-04')) {
    // ajv 6 reads draft-04 given its meta-schema; ajv 8 needs the ajv-draft-04 package.
    const draft04 = resolveOptional('ajv/lib/refs/json-schema-draft-04.json')
    if (draft04) {
      const ajv = new (Ajv as AjvConstructor)({ schemaId: 'auto', allErrors: true })
      ajv.addMetaSchema(JSON.parse(readFileSync(draft04, 'utf8')) as object)
      return ajv.compile(schema)
    }
    const Ajv04 = defaultExport(await importOptional('ajv-draft-04'))
    if (typeof Ajv04 !== 'function') return 'the schema is draft-04: needs ajv 6 or ajv-draft-04'
    return (await withFormats(new (Ajv04 as AjvConstructor)(AJV8_OPTIONS))).compile(schema)
  }
  return (await withFormats(new (Ajv as AjvConstructor)(AJV8_OPTIONS))).compile(schema)
}

/** Checks `format` (uri, date-time) too when ajv-formats is here. */
async function withFormats(ajv: AjvLike): Promise<AjvLike> {
  const addFormats = defaultExport(await importOptional('ajv-formats'))
  if (typeof addFormats === 'function') (addFormats as (a: AjvLike) => unknown)(ajv)
  return ajv
}

const validator = await sarifValidator()
const withSchema = typeof validator === 'function' ? it : it.skip
if (typeof validator === 'string') console.info(`SARIF schema validation skipped: ${validator}`)

describe('SARIF schema', () => {
  withSchema('validates the fixture and an empty report', () => {
    const validate = validator as ValidateFunction
    for (const report of [fixtureReport(), emptyReport()]) {
      const log: unknown = JSON.parse(renderSarifText(report, OPTIONS))
      const ok = validate(log)
      expect(validate.errors ?? []).toEqual([])
      expect(ok).toBe(true)
    }
  })

  withSchema('rejects a broken log (the validator is real)', () => {
    const validate = validator as ValidateFunction
    const log = JSON.parse(renderSarifText(fixtureReport(), OPTIONS)) as SarifLog
    ;(log.runs[0].results[0] as { level: string }).level = 'fatal'
    expect(validate(log)).toBe(false)
  })
})
