/**
 * Small ATT&CK tables and STIX bundles written for the tests (no MITRE data is copied into
 * the repository): a handful of real IDs, enough to exercise each path.
 */
import {
  attackTable,
  validateAttackTable,
  type AttackTable,
  type AttackTableFile
} from '../../src/attack/table.js'

export function smallTableFile(): AttackTableFile {
  return {
    attack_version: '18.1',
    tactics: {
      TA0002: { name: 'Execution', shortname: 'execution' },
      TA0005: { name: 'Defense Evasion', shortname: 'defense-evasion' },
      TA0011: { name: 'Command and Control', shortname: 'command-and-control' }
    },
    techniques: {
      T1059: { name: 'Command and Scripting Interpreter', tactics: ['execution'] },
      'T1059.001': { name: 'PowerShell', tactics: ['execution'] },
      T1086: { name: 'PowerShell', tactics: ['execution'], revoked: true, replaced_by: 'T1059.001' },
      T1562: { name: 'Impair Defenses', tactics: ['defense-evasion'] },
      'T1562.001': { name: 'Disable or Modify Tools', tactics: ['defense-evasion'] },
      'T1562.004': { name: 'Disable or Modify System Firewall', tactics: ['defense-evasion'] },
      T1574: { name: 'Hijack Execution Flow', tactics: ['defense-evasion'] },
      'T1574.001': { name: 'DLL', tactics: ['defense-evasion'] },
      'T1574.002': {
        name: 'DLL Side-Loading',
        tactics: ['defense-evasion'],
        revoked: true,
        replaced_by: 'T1574.001'
      },
      T1073: {
        name: 'DLL Side-Loading',
        tactics: ['defense-evasion'],
        revoked: true,
        replaced_by: 'T1574.002'
      },
      T1099: { name: 'Timestomp', tactics: ['defense-evasion'], revoked: true },
      T1026: { name: 'Multiband Communication', tactics: ['command-and-control'], deprecated: true },
      T1600: { name: 'Weaken Encryption', tactics: ['defense-evasion'] }
    },
    v18_to_v19: {
      T1562: { id: 'T1685', name: 'Disable or Modify Tools' },
      'T1562.004': { id: 'T1686', name: 'Disable or Modify System Firewall' }
    }
  }
}

export function smallTable(): AttackTable {
  return attackTable(validateAttackTable(smallTableFile(), 'small.json'), 'small.json')
}

const ref = (id: string): Record<string, unknown> => ({
  source_name: 'mitre-attack',
  external_id: id,
  url: `https://attack.mitre.org/techniques/${id.replace('.', '/')}`
})

const phase = (name: string): Record<string, unknown> => ({
  kill_chain_name: 'mitre-attack',
  phase_name: name
})

/** A STIX 2.1 bundle: a technique, a sub-technique, a revoked one with its replacement, a deprecated one. */
export function smallBundle(): Record<string, unknown> {
  return {
    type: 'bundle',
    id: 'bundle--00000000-0000-4000-8000-000000000000',
    objects: [
      {
        type: 'x-mitre-collection',
        id: 'x-mitre-collection--1',
        name: 'Enterprise ATT&CK',
        x_mitre_version: '18.1'
      },
      {
        type: 'x-mitre-tactic',
        id: 'x-mitre-tactic--exec',
        name: 'Execution',
        x_mitre_shortname: 'execution',
        external_references: [{ source_name: 'mitre-attack', external_id: 'TA0002' }]
      },
      {
        type: 'x-mitre-tactic',
        id: 'x-mitre-tactic--c2',
        name: 'Command and Control',
        x_mitre_shortname: 'command-and-control',
        external_references: [{ source_name: 'mitre-attack', external_id: 'TA0011' }]
      },
      {
        type: 'attack-pattern',
        id: 'attack-pattern--t1059',
        name: 'Command and Scripting Interpreter',
        external_references: [ref('T1059'), { source_name: 'capec', external_id: 'CAPEC-1' }],
        kill_chain_phases: [phase('execution')],
        x_mitre_is_subtechnique: false
      },
      {
        type: 'attack-pattern',
        id: 'attack-pattern--t1059-001',
        name: 'PowerShell',
        external_references: [ref('T1059.001')],
        kill_chain_phases: [phase('execution')],
        x_mitre_is_subtechnique: true
      },
      {
        type: 'attack-pattern',
        id: 'attack-pattern--t1086',
        name: 'PowerShell',
        revoked: true,
        external_references: [ref('T1086')],
        kill_chain_phases: [phase('execution')]
      },
      {
        type: 'relationship',
        id: 'relationship--1',
        relationship_type: 'revoked-by',
        source_ref: 'attack-pattern--t1086',
        target_ref: 'attack-pattern--t1059-001'
      },
      {
        type: 'relationship',
        id: 'relationship--2',
        relationship_type: 'uses',
        source_ref: 'intrusion-set--x',
        target_ref: 'attack-pattern--t1059'
      },
      {
        type: 'attack-pattern',
        id: 'attack-pattern--t1026',
        name: 'Multiband Communication',
        x_mitre_deprecated: true,
        external_references: [ref('T1026')],
        kill_chain_phases: [phase('command-and-control'), { kill_chain_name: 'other', phase_name: 'x' }]
      },
      { type: 'malware', id: 'malware--1', name: 'Not a technique' }
    ]
  }
}
