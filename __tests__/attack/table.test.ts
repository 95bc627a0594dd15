import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadAttackFile } from '../../src/attack/index.js'
import { renderAttackTable, validateAttackTable } from '../../src/attack/table.js'
import { smallTable, smallTableFile } from './tables.js'

const MIN = { attack_version: '18.1', techniques: {} }
const T = (t: Record<string, unknown>): Record<string, unknown> => ({ ...MIN, techniques: t })

describe('compact ATT&CK table: valid', () => {
  it.each([
    ['the smallest table', MIN],
    ['format_version 1', { ...MIN, format_version: 1 }],
    ['a technique without tactics table', T({ T1059: { name: 'X', tactics: ['execution'] } })],
    ['revoked without replacement', T({ T1099: { name: 'X', tactics: [], revoked: true } })],
    ['deprecated: false', T({ T1099: { name: 'X', tactics: [], deprecated: false } })],
    ['moves', { ...MIN, v18_to_v19: { T1562: { id: 'T1685', name: 'Disable or Modify Tools' } } }]
  ])('%s', (_, doc) => {
    expect(() => validateAttackTable(doc, 'a.json')).not.toThrow()
  })

  it('derives the highest numbers and the move targets', () => {
    const t = smallTable()
    expect(t.version).toBe('18.1')
    expect(t.maxTechnique).toBe(1600)
    expect(t.maxSubtechnique.get('T1059')).toBe(1)
    expect(t.maxSubtechnique.get('T1562')).toBe(4)
    expect([...t.movedTo].sort()).toEqual(['T1685', 'T1686'])
  })
})

describe('compact ATT&CK table: invalid, with the file and the place', () => {
  it.each([
    [[], 'a.json: expected an ATT&CK table (a JSON object), got []'],
    [{ techniques: {} }, 'a.json: attack_version: expected a non-empty string, got undefined'],
    [{ attack_version: '18.1' }, 'a.json: techniques: required: the table of techniques by ID'],
    [
      { ...MIN, format_version: 2 },
      'a.json: format_version: this detlint reads format 1, got 2 (a newer detlint may read it)'
    ],
    [
      { ...MIN, colour: 1 },
      'a.json: (top level).colour: unknown key (expected one of format_version, attack_version, source, license, tactics, techniques, v18_to_v19, v18_to_v19_tactics)'
    ],
    [{ ...MIN, techniques: [] }, 'a.json: techniques: expected an object, got []'],
    [
      T({ T59: { name: 'X', tactics: [] } }),
      'a.json: techniques.T59: expected a technique ID like T1234 or T1234.001 as the key, got "T59"'
    ],
    [
      T({ T1059: { name: '', tactics: [] } }),
      'a.json: techniques.T1059.name: expected a non-empty string, got ""'
    ],
    [
      T({ T1059: { name: 'X' } }),
      'a.json: techniques.T1059.tactics: expected a list of tactic shortnames, got undefined'
    ],
    [
      T({ T1059: { name: 'X', tactics: ['Execution'] } }),
      'a.json: techniques.T1059.tactics[0]: expected a tactic shortname like execution, got "Execution"'
    ],
    [
      T({ T1059: { name: 'X', tactics: [], revoked: 'yes' } }),
      'a.json: techniques.T1059.revoked: expected true or false, got "yes"'
    ],
    [
      T({ T1059: { name: 'X', tactics: [], replaced_by: 'T1060' } }),
      'a.json: techniques.T1059.replaced_by: only a revoked technique has a replacement (add "revoked": true)'
    ],
    [
      T({ T1059: { name: 'X', tactics: [], revoked: true, replaced_by: 'T1059' } }),
      'a.json: techniques.T1059.replaced_by: a technique cannot replace itself'
    ],
    [
      T({ T1059: { name: 'X', tactics: [], revoked: true, replaced_by: 'T1060' } }),
      'a.json: techniques.T1059.replaced_by: T1060 is not in techniques'
    ],
    [
      T({ T1059: { name: 'X', tactics: [], replacedBy: 'T1060' } }),
      'a.json: techniques.T1059.replacedBy: unknown key (expected one of name, tactics, revoked, replaced_by, deprecated, description)'
    ],
    [
      {
        ...MIN,
        tactics: { TA0002: { name: 'Execution', shortname: 'execution' } },
        techniques: { T1059: { name: 'X', tactics: ['impact'] } }
      },
      'a.json: techniques.T1059.tactics[0]: "impact" is not the shortname of a tactic in tactics'
    ],
    [
      { ...MIN, tactics: { T0002: { name: 'X', shortname: 'x' } } },
      'a.json: tactics.T0002: expected a tactic ID like TA0002 as the key, got "T0002"'
    ],
    [
      { ...MIN, v18_to_v19: { T1562: { id: 'T1685.1', name: 'X' } } },
      'a.json: v18_to_v19.T1562.id: expected a technique ID like T1234 or T1234.001, got "T1685.1"'
    ]
  ])('%j', (doc, message) => {
    expect(() => validateAttackTable(doc, 'a.json')).toThrow(message)
  })
})

describe('loadAttackFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'detlint-attack-'))
  it('names a missing file and bad JSON', () => {
    expect(() => loadAttackFile(path.join(dir, 'nope.json'), 'nope.json')).toThrow(
      'nope.json: cannot read the ATT&CK data: no such file'
    )
    writeFileSync(path.join(dir, 'bad.json'), '{"attack_version": ')
    expect(() => loadAttackFile(path.join(dir, 'bad.json'), 'bad.json')).toThrow(
      /^bad\.json: not valid JSON: /
    )
  })
  it('reads a compact table, and renders it back in canonical, deterministic form', () => {
    const file = path.join(dir, 'small.json')
    writeFileSync(file, JSON.stringify(smallTableFile()))
    const t = loadAttackFile(file, 'small.json')
    expect(t.techniques.get('T1086')).toEqual({
      name: 'PowerShell',
      tactics: ['execution'],
      revoked: true,
      replaced_by: 'T1059.001'
    })
    const text = renderAttackTable(validateAttackTable(smallTableFile(), 'small.json'))
    expect(text.startsWith('{\n "format_version": 1,\n "attack_version": "18.1",\n "tactics": {')).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
    const again = renderAttackTable(validateAttackTable(JSON.parse(text), 'again.json'))
    expect(again).toBe(text)
  })
})
