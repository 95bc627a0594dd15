import { describe, expect, it } from '@jest/globals'
import { readFileSync, statSync } from 'node:fs'
import { builtinAttackTable, BUILTIN_TABLE_FILE, shippedData } from '../../src/attack/builtin.js'
import { AttackError, validateAttackTable } from '../../src/attack/table.js'
import { techniqueStatus } from '../../src/attack/normalize.js'
import { readAttackTag } from '../../src/attack/tags.js'
import { buildCatalog } from '../../src/catalog/index.js'
import { runChecks } from '../../src/checks/index.js'
import { defaultSettings } from '../../src/config.js'
import { readRuleFile } from '../../src/formats/index.js'
import type { Finding } from '../../src/findings.js'

const table = builtinAttackTable()
const DATA = new URL('../../src/attack/data/', import.meta.url)

describe('the built-in ATT&CK table', () => {
  it('is MITRE Enterprise v18.1 with the v19 moves, its source and MITRE’s terms beside it', () => {
    expect(table.version).toBe('18.1')
    expect(table.techniques.size).toBeGreaterThan(800)
    expect(table.tactics.size).toBe(14)
    expect(techniqueStatus(table, 'T1086')).toMatchObject({ kind: 'revoked', replacement: 'T1059.001' })
    expect(table.moves.get('T1562.001')).toEqual({ id: 'T1685', name: 'Disable or Modify Tools' })
    expect(table.tacticSplits.get('defense-evasion')?.map(t => t.shortname)).toEqual([
      'stealth',
      'defense-impairment'
    ])
    const raw = JSON.parse(readFileSync(new URL(BUILTIN_TABLE_FILE, DATA), 'utf8')) as Record<string, string>
    expect(raw.source).toMatch(/mitre\/cti .* at [0-9a-f]{40}/)
    expect(raw.license).toMatch(/© The MITRE Corporation/)
    expect(readFileSync(new URL('LICENSE-ATTACK.txt', DATA), 'utf8')).toMatch(
      /reproduced and distributed with the permission of The MITRE Corporation/
    )
  })

  it('is read as validateAttackTable reads it (so it is taken without the per-technique checks)', () => {
    const raw: unknown = JSON.parse(readFileSync(new URL(BUILTIN_TABLE_FILE, DATA), 'utf8'))
    expect(shippedData(raw)).toBe(raw)
    expect(validateAttackTable(structuredClone(raw), BUILTIN_TABLE_FILE)).toEqual(raw)
    // Another shape (a damaged installation) is validated, and the error names what is wrong.
    expect(() => shippedData({ ...(raw as object), techniques: [] })).toThrow(AttackError)
    expect(() => shippedData({ ...(raw as object), format_version: 2 })).toThrow(/format_version/)
  })

  it('carries plain-text first paragraphs of current techniques, and stays small', () => {
    const description = table.techniques.get('T1059.001')?.description ?? ''
    expect(description).toMatch(/^Adversaries may abuse PowerShell/)
    for (const t of table.techniques.values()) {
      if (t.description === undefined) continue
      expect(t.description).not.toMatch(/\(Citation:|\]\(http|<\/?code>|\n/)
    }
    expect(table.techniques.get('T1086')?.description).toBeUndefined()
    // 392 KB today (91 KB gzipped): a budget, so that the package stays light.
    expect(statSync(new URL(BUILTIN_TABLE_FILE, DATA)).size).toBeLessThan(500_000)
  })
})

describe('attack.* tags', () => {
  it.each([
    ['attack.t1059.001', { kind: 'technique', id: 'T1059.001' }],
    ['attack.execution', { kind: 'tactic', shortname: 'execution' }],
    ['attack.defense_evasion', { kind: 'tactic', shortname: 'defense-evasion' }],
    ['attack.stealth', { kind: 'tactic', shortname: 'stealth' }],
    ['attack.defense-impairment', { kind: 'tactic', shortname: 'defense-impairment' }],
    ['attack.g0016', { kind: 'reference', what: 'group' }],
    ['attack.S0002', { kind: 'reference', what: 'software' }],
    ['attack.c0010', { kind: 'reference', what: 'campaign' }],
    ['attack.t1059.01', { kind: 'malformed', suggestion: 'attack.t1059.001' }],
    ['attack.t1059_001', { kind: 'malformed', suggestion: 'attack.t1059.001' }],
    ['attack.t10590', { kind: 'malformed', suggestion: null }],
    ['attack.t1059001', { kind: 'malformed', suggestion: 'attack.t1059.001' }],
    ['attack.exection', { kind: 'malformed', suggestion: 'attack.execution' }],
    ['attack.foo', { kind: 'malformed', suggestion: null }],
    ['cve.2021-44228', null]
  ])('%s', (tag, reading) => {
    const read = readAttackTag(tag, table)
    if (reading === null) expect(read).toBeNull()
    else expect(read).toMatchObject(reading)
  })
})

const RULE = (tags: string[]): string =>
  [
    'title: Tagged',
    'id: 0b0b0b0b-0000-4000-8000-00000000000b',
    'tags:',
    ...tags.map(t => `  - ${t}`),
    'logsource:',
    '  category: process_creation',
    '  product: windows',
    'detection:',
    '  selection:',
    "    Image|endswith: '\\powershell.exe'",
    '  condition: selection',
    'level: low',
    ''
  ].join('\n')

function check(tags: string[]): Finding[] {
  const text = RULE(tags)
  const [rule] = readRuleFile('rules/r.yml', text).rules
  return runChecks(rule, buildCatalog([rule]), defaultSettings(), { attack: table, text }).filter(
    f => f.check !== 'noisy-indicator' && f.check !== 'missing-common-exclusion'
  )
}

const brief = (f: Finding): string =>
  `${f.check} ${f.severity} ${f.line}:${f.column} ${f.evidence.kind === 'parse-error' ? '' : (f.evidence as { code: string }).code}`

describe('technique-unknown on attack.* tags, with the built-in table', () => {
  it('flags a malformed tag on its own line, with what was meant', () => {
    const found = check(['attack.execution', 'attack.t1059.01', 'attack.t1059_001'])
    expect(found.map(brief)).toEqual([
      'technique-unknown warning 5:5 attack/malformed-tag',
      'technique-unknown warning 6:5 attack/malformed-tag',
      'technique-missing notice 1:1 attack/missing'
    ])
    expect(found[0].message).toBe(
      '`attack.t1059.01` is not an ATT&CK tag detlint can read (a technique ID is attack.t1234 or ' +
        'attack.t1234.001): write `attack.t1059.001`, or the rule is not grouped with its peers by technique or tactic.'
    )
  })

  it('warns on an unknown ID (a typo), with a message that asks for a fix; v19 moves give nothing', () => {
    const found = check(['attack.execution', 'attack.t1950', 'attack.t1685', 'attack.t1059.001'])
    expect(found.map(brief)).toEqual(['technique-unknown warning 5:12 attack/unknown'])
    expect(found[0].message).toMatch(
      /^T1950 is not a technique in ATT&CK v18\.1 \(built-in table\) nor among its moves to ATT&CK v19\. Check the ID for a typo and correct it/
    )
  })

  it('flags attack.t1086 as revoked', () => {
    expect(check(['attack.execution', 'attack.t1086']).map(brief)).toEqual([
      'technique-revoked warning 5:12 attack/revoked'
    ])
  })
})

describe('tactic-mismatch', () => {
  it('notes a tactic none of the techniques belongs to, naming those that fit', () => {
    const found = check(['attack.persistence', 'attack.execution', 'attack.t1059.001'])
    expect(found.map(brief)).toEqual(['tactic-mismatch notice 4:5 attack/tactic-mismatch'])
    expect(found[0].message).toBe(
      "`attack.persistence` names the tactic Persistence, which none of the rule's techniques belongs to in " +
        'ATT&CK v18.1 (T1059.001 (PowerShell)). Tactics that fit: `attack.execution`; tag one of those, or add ' +
        'the technique that serves this tactic.'
    )
  })

  it("knows v19's Stealth / Defense Impairment split of Defense Evasion", () => {
    expect(
      check(['attack.stealth', 'attack.defense-impairment', 'attack.defense_evasion', 'attack.t1562.001'])
    ).toEqual([])
    const found = check(['attack.execution', 'attack.t1562.001'])
    expect(found[0].message).toContain(
      'Tactics that fit: `attack.defense-evasion`, `attack.defense-impairment`, `attack.stealth`'
    )
  })

  it('judges no rule with a technique the table cannot place', () => {
    expect(check(['attack.persistence', 'attack.t1685']).map(brief)).toEqual([])
  })
})
