import { describe, expect, it } from '@jest/globals'
import { buildCatalog } from '../../src/catalog/index.js'
import { defaultSettings, type Settings } from '../../src/config.js'
import { CHECKS, checkRuns, runChecks } from '../../src/checks/index.js'
import { techniquePos } from '../../src/checks/technique-common.js'
import type { Finding } from '../../src/findings.js'
import type { Rule } from '../../src/ir.js'
import { mkRule, p } from '../helpers/rules.js'
import { smallTable } from './tables.js'

const table = smallTable()

const TEXT = [
  'title: Rule r',
  'tags:',
  '  - attack.execution',
  '  - attack.t1059',
  '  - attack.t1059.001',
  '  - attack.t1086',
  '  - attack.t1073',
  '  - attack.t1026',
  '  - attack.t1099',
  '  - attack.t1500',
  '  - attack.t1686.002',
  '  - attack.t1700'
].join('\n')

function rule(techniques: string[]): Rule {
  return mkRule('r', p('Image', 'wildcard', '*\\x.exe'), techniques)
}

function technique(techniques: string[], settings: Settings = defaultSettings(), text = TEXT): Finding[] {
  const r = rule(techniques)
  return runChecks(r, buildCatalog([r]), settings, { attack: table, text }).filter(f =>
    f.check.startsWith('technique-')
  )
}

const brief = (f: Finding): string => `${f.check} ${f.severity} ${f.line}:${f.column} ${f.evidence.kind}`

describe('technique-unknown', () => {
  it('warns on an ID neither the table nor its moves know; an ID the moves know as newer is fine', () => {
    const found = technique(['T1059', 'T1500', 'T1686.002', 'T1700'])
    expect(found).toEqual([
      {
        check: 'technique-unknown',
        severity: 'warning',
        path: 'rules/r.yml',
        line: 10,
        endLine: 10,
        column: 12,
        message:
          'T1500 is not a technique in ATT&CK v18.1 (small.json) nor among its moves to ATT&CK v19. Check the ID ' +
          'for a typo and correct it; if the technique is newer than the table, point `attack` at a newer ATT&CK ' +
          'table (`attack: download` with `attack-version`, or a file).',
        ruleId: 'id-r',
        ruleTitle: 'Rule r',
        evidence: {
          kind: 'technique-unknown',
          code: 'attack/unknown',
          technique: 'T1500',
          replacement: null,
          attackVersion: '18.1'
        }
      },
      expect.objectContaining({
        severity: 'warning',
        line: 12,
        evidence: expect.objectContaining({ technique: 'T1700' })
      })
    ])
  })

  it('takes its configured severity', () => {
    const s = defaultSettings()
    s.checks['technique-unknown'].severity = 'error'
    expect(technique(['T1500', 'T1700'], s).map(brief)).toEqual([
      'technique-unknown error 10:12 technique-unknown',
      'technique-unknown error 12:12 technique-unknown'
    ])
  })
})

describe('technique-revoked', () => {
  it('names the replacement, through a chain, and flags deprecated and replacement-less IDs', () => {
    // Checks give findings in the rule's technique order; the report sorts them by line.
    const found = technique(['T1026', 'T1073', 'T1086', 'T1099']).sort((a, b) => a.line - b.line)
    expect(found.map(f => [f.line, f.severity, f.message, f.evidence])).toEqual([
      [
        6,
        'warning',
        'T1086 (PowerShell) is revoked in ATT&CK v18.1 and replaced by T1059.001 (PowerShell): name T1059.001 instead.',
        {
          kind: 'technique-revoked',
          code: 'attack/revoked',
          technique: 'T1086',
          replacement: 'T1059.001',
          attackVersion: '18.1'
        }
      ],
      [
        7,
        'warning',
        'T1073 (DLL Side-Loading) is revoked in ATT&CK v18.1 and replaced by T1574.001 (DLL) (through T1574.002): name T1574.001 instead.',
        {
          kind: 'technique-revoked',
          code: 'attack/revoked',
          technique: 'T1073',
          replacement: 'T1574.001',
          attackVersion: '18.1'
        }
      ],
      [
        8,
        'warning',
        'T1026 (Multiband Communication) is deprecated in ATT&CK v18.1, with no replacement: remove it or name a current technique that describes the behaviour.',
        {
          kind: 'technique-revoked',
          code: 'attack/deprecated',
          technique: 'T1026',
          replacement: null,
          attackVersion: '18.1'
        }
      ],
      [
        9,
        'warning',
        'T1099 (Timestomp) is revoked in ATT&CK v18.1, with no replacement: remove it or name a current technique.',
        {
          kind: 'technique-revoked',
          code: 'attack/revoked',
          technique: 'T1099',
          replacement: null,
          attackVersion: '18.1'
        }
      ]
    ])
  })

  it('says to drop the old ID when the rule already names the replacement', () => {
    expect(technique(['T1059.001', 'T1086'])[0].message).toBe(
      'T1086 (PowerShell) is revoked in ATT&CK v18.1 and replaced by T1059.001 (PowerShell): the rule already names T1059.001: remove T1086.'
    )
  })

  it('is silent on current techniques', () => {
    expect(technique(['T1059', 'T1059.001', 'T1562'])).toEqual([])
  })
})

describe('technique-missing', () => {
  it('notes a rule without techniques, with or without a table', () => {
    const r = rule([])
    const expected = {
      check: 'technique-missing',
      severity: 'notice',
      path: 'rules/r.yml',
      line: 1,
      endLine: 1,
      column: 1,
      message:
        'The rule names no ATT&CK technique: add the technique it detects as a tag such as `attack.t1059.001`, ' +
        'so it is grouped with the rules that detect the same thing.',
      ruleId: 'id-r',
      ruleTitle: 'Rule r',
      evidence: {
        kind: 'technique-missing',
        code: 'attack/missing',
        technique: '',
        replacement: null,
        attackVersion: null
      }
    }
    const s = defaultSettings()
    expect(runChecks(r, buildCatalog([r]), s).filter(f => f.check.startsWith('technique-'))).toEqual([
      expected
    ])
    expect(
      runChecks(r, buildCatalog([r]), s, { attack: table }).filter(f => f.check.startsWith('technique-'))
    ).toEqual([{ ...expected, evidence: { ...expected.evidence, attackVersion: '18.1' } }])
  })

  it('names where each vendor puts a technique, and can be turned off', () => {
    const elastic = { ...rule([]), vendor: 'elastic' as const }
    expect(runChecks(elastic, buildCatalog([]), defaultSettings())[0].message).toContain(
      'a `[[rule.threat.technique]]` entry'
    )
    const s = defaultSettings()
    s.checks['technique-missing'].enabled = false
    expect(runChecks(rule([]), buildCatalog([]), s).filter(f => f.check.startsWith('technique-'))).toEqual([])
  })
})

describe('without an ATT&CK table', () => {
  it('checks no technique ID against a table', () => {
    const r = rule(['T1086', 'T1500'])
    expect(
      runChecks(r, buildCatalog([r]), defaultSettings()).filter(f => f.check.startsWith('technique-'))
    ).toEqual([])
    // technique-unknown still reads the form of attack.* tags, which needs no table.
    const ran = CHECKS.filter(c => checkRuns(c, defaultSettings(), undefined)).map(c => c.id)
    expect(ran).toEqual([
      'noisy-indicator',
      'missing-common-exclusion',
      'duplicate-rule',
      'technique-unknown',
      'technique-missing'
    ])
  })
})

describe('techniquePos', () => {
  it.each([
    ['tags:\n  - attack.t1059.001\n  - attack.t1059', 'T1059', { line: 3, column: 12 }],
    ['tags:\n  - attack.t1059.001\n  - attack.t1059', 'T1059.001', { line: 2, column: 12 }],
    ['id = "T1059.001"\n', 'T1059.001', { line: 1, column: 7 }],
    ['mitre_attack_id:\n- T10590\n- T1059\n', 'T1059', { line: 3, column: 3 }],
    ['nothing here', 'T1059', { line: 1, column: 1 }]
  ])('%j, %s', (text, id, pos) => {
    expect(techniquePos(rule([id]), text, id)).toEqual(pos)
  })

  it('starts at the rule, and falls back to its line without text', () => {
    const r = { ...rule(['T1059']), line: 3 }
    expect(techniquePos(r, 'attack.t1059\n---\nattack.t1059', 'T1059')).toEqual({ line: 3, column: 8 })
    expect(techniquePos(r, undefined, 'T1059')).toEqual({ line: 3, column: 1 })
  })
})

describe('technique-unknown and IDs the v19 moves know', () => {
  it.each(['T1685', 'T1686', 'T1685.005'])('%s: no finding', id => {
    expect(technique([id], defaultSettings(), `tags: [attack.${id.toLowerCase()}]`)).toEqual([])
  })
})
