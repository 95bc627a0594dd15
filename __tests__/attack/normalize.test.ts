import { describe, expect, it } from '@jest/globals'
import {
  currentId,
  groupId,
  isNewerThanTable,
  parentOf,
  replacementChain,
  techniqueId,
  techniqueStatus
} from '../../src/attack/normalize.js'
import { smallTable } from './tables.js'

const table = smallTable()

describe('technique IDs', () => {
  it.each([
    ['t1059.001', 'T1059.001'],
    [' T1059 ', 'T1059'],
    ['T159', null],
    ['T1059.1', null],
    ['TA0002', null]
  ])('techniqueId(%j) = %j', (text, id) => {
    expect(techniqueId(text)).toBe(id)
  })

  it('parentOf', () => {
    expect([parentOf('T1059.001'), parentOf('T1059')]).toEqual(['T1059', 'T1059'])
  })
})

describe('normalisation across versions', () => {
  it.each([
    ['T1059.001', 'T1059.001', 'T1059'],
    ['T1086', 'T1059.001', 'T1059'], // revoked → replacement
    ['T1073', 'T1574.001', 'T1574'], // a chain: T1073 → T1574.002 → T1574.001
    ['T1562', 'T1685', 'T1685'], // a v18 → v19 move
    ['T1562.004', 'T1686', 'T1686'],
    ['T1562.001', 'T1562.001', 'T1562'], // not moved by this table
    ['T1099', 'T1099', 'T1099'], // revoked without a replacement
    ['T1686.002', 'T1686.002', 'T1686'] // newer than the table: kept
  ])('%s → %s (group %s)', (id, current, group) => {
    expect(currentId(table, id)).toBe(current)
    expect(groupId(table, id)).toBe(group)
  })

  it('follows the table only, without moves', () => {
    expect(currentId(table, 'T1562', { moves: false })).toBe('T1562')
  })

  it('gives the revocation chain, and stops on a cycle', () => {
    expect(replacementChain(table, 'T1073')).toEqual(['T1073', 'T1574.002', 'T1574.001'])
    const cyclic = smallTable()
    const techniques = cyclic.techniques as Map<
      string,
      { name: string; tactics: string[]; revoked?: true; replaced_by?: string }
    >
    techniques.set('T1574.001', { name: 'DLL', tactics: [], revoked: true, replaced_by: 'T1073' })
    expect(replacementChain(cyclic, 'T1073')).toEqual(['T1073', 'T1574.002', 'T1574.001'])
  })
})

describe('newer than the table', () => {
  it.each([
    ['T1685', true], // a move target
    ['T1685.005', true], // a sub-technique of a move target
    ['T1686.002', true], // parent is a move target's
    ['T1700', true], // above the highest technique
    ['T1700.001', true],
    ['T1059.002', true], // above the highest sub-technique of T1059
    ['T1500', false], // in range, just unknown
    ['T1574.000', false],
    ['T1499.001', false], // parent unknown and in range
    ['T1059.001', false] // known
  ])('%s: %s', (id, newer) => {
    expect(isNewerThanTable(table, id)).toBe(newer)
  })

  it('status', () => {
    expect(techniqueStatus(table, 'T1059')).toEqual({ kind: 'current' })
    expect(techniqueStatus(table, 'T1073')).toEqual({
      kind: 'revoked',
      chain: ['T1073', 'T1574.002', 'T1574.001'],
      replacement: 'T1574.001'
    })
    expect(techniqueStatus(table, 'T1099')).toEqual({ kind: 'revoked', chain: ['T1099'], replacement: null })
    expect(techniqueStatus(table, 'T1026')).toEqual({ kind: 'deprecated' })
    expect(techniqueStatus(table, 'T1685')).toEqual({ kind: 'newer' })
    expect(techniqueStatus(table, 'T1500')).toEqual({ kind: 'unknown' })
  })
})
