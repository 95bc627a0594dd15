import { describe, expect, it } from '@jest/globals'
import { stixToTable } from '../../src/attack/stix.js'
import { attackTableFileOf } from '../../src/attack/index.js'
import { smallBundle } from './tables.js'

describe('STIX bundle → compact table', () => {
  it('reads techniques, sub-techniques, tactics, revoked → replacement and deprecated', () => {
    const t = stixToTable(smallBundle(), 'bundle.json')
    expect(t.attack_version).toBe('18.1')
    expect(t.tactics).toEqual({
      TA0002: { name: 'Execution', shortname: 'execution' },
      TA0011: { name: 'Command and Control', shortname: 'command-and-control' }
    })
    expect(t.techniques).toEqual({
      T1059: { name: 'Command and Scripting Interpreter', tactics: ['execution'] },
      'T1059.001': { name: 'PowerShell', tactics: ['execution'] },
      T1086: { name: 'PowerShell', tactics: ['execution'], revoked: true, replaced_by: 'T1059.001' },
      T1026: { name: 'Multiband Communication', tactics: ['command-and-control'], deprecated: true }
    })
  })

  it('is what loading picks for a bundle', () => {
    expect(attackTableFileOf(smallBundle(), 'b.json').techniques.T1086.replaced_by).toBe('T1059.001')
  })

  it('takes --attack-version over the collection, and needs one of them', () => {
    expect(stixToTable(smallBundle(), 'b.json', { attackVersion: '17.0' }).attack_version).toBe('17.0')
    const bundle = smallBundle()
    bundle.objects = (bundle.objects as Array<{ type: string }>).filter(o => o.type !== 'x-mitre-collection')
    expect(() => stixToTable(bundle, 'b.json')).toThrow(
      'b.json: the bundle names no ATT&CK version (no x-mitre-collection); give --attack-version'
    )
  })

  it('keeps the current object when two share an ID, and a revoked one without its target', () => {
    const bundle = smallBundle()
    const objects = bundle.objects as Array<Record<string, unknown>>
    objects.push({
      type: 'attack-pattern',
      id: 'attack-pattern--old-t1059',
      name: 'Old name',
      revoked: true,
      external_references: [{ source_name: 'mitre-attack', external_id: 'T1059' }]
    })
    objects.push({
      type: 'attack-pattern',
      id: 'attack-pattern--t1099',
      name: 'Timestomp',
      revoked: true,
      external_references: [{ source_name: 'mitre-attack', external_id: 'T1099' }]
    })
    const t = stixToTable(bundle, 'b.json')
    expect(t.techniques.T1059).toEqual({ name: 'Command and Scripting Interpreter', tactics: ['execution'] })
    expect(t.techniques.T1099).toEqual({ name: 'Timestomp', tactics: [], revoked: true })
  })

  it('refuses what is not a bundle', () => {
    expect(() => stixToTable({ type: 'x' }, 'b.json')).toThrow(
      'b.json: expected a STIX bundle ({"type": "bundle", "objects": [...]})'
    )
  })
})
