/** A canonical key spelled in the rule's own vendor's terms, for messages. */
import { describe, expect, it } from '@jest/globals'
import type { Logsource, Vendor } from '../src/ir.js'
import { spellKey } from '../src/normalize/spell.js'
import { KeyInterner, type KeyParts } from '../src/normalize/keys.js'
import { canonicalField } from '../src/normalize/fields.js'

const PROC: Logsource = { product: 'windows', category: 'process_creation' }
const DM: Logsource = { product: 'windows', category: 'process_creation', dataModel: 'Endpoint.Processes' }
const k = (field: string, op: string, value: string): KeyParts => ({ field, op, value })

describe('spellKey', () => {
  it.each<[Vendor, Logsource, KeyParts, string | null]>([
    ['sigma', PROC, k('process.parent.name', 'eq', 'msiexec.exe'), "ParentImage|endswith: '\\msiexec.exe'"],
    ['sigma', PROC, k('process.name', 'eq', 'rundll32.exe'), "Image|endswith: '\\rundll32.exe'"],
    ['sigma', PROC, k('process.command_line', 'wildcard', '*-enc*'), "CommandLine|contains: '-enc'"],
    [
      'sigma',
      PROC,
      k('process.command_line', 'wildcard', '*\\ccm\\\\*'),
      "CommandLine|contains: '\\ccm\\\\'"
    ],
    [
      'sigma',
      PROC,
      k('process.executable', 'wildcard', 'c:\\windows\\\\*'),
      "Image|startswith: 'c:\\windows\\\\'"
    ],
    ['sigma', PROC, k('process.executable', 'eq', 'c:\\windows\\x.exe'), "Image: 'c:\\windows\\x.exe'"],
    ['sigma', PROC, k('user.name', 'wildcard', 'a*b*c'), "User: 'a*b*c'"],
    ['sigma', PROC, k('process.pe.original_file_name', 'eq', "it's.exe"), "OriginalFileName: 'it''s.exe'"],
    [
      'sigma',
      { product: 'windows', category: 'registry_set' },
      k('registry.path', 'wildcard', '*\\currentversion\\run*'),
      "TargetObject|contains: '\\currentversion\\run'"
    ],
    [
      'sigma',
      { product: 'windows', category: 'process_access' },
      k('winlog.event_data.GrantedAccess', 'eq', '0x1410'),
      "GrantedAccess: '0x1410'"
    ],
    ['sigma', { product: 'linux', category: 'auditd' }, k('FooBar', 'eq', 'x'), "FooBar: 'x'"],
    [
      'splunk',
      DM,
      k('process.parent.name', 'eq', 'msiexec.exe'),
      'Processes.parent_process_name=msiexec.exe'
    ],
    ['splunk', DM, k('process.command_line', 'wildcard', '*-decode*'), 'Processes.process=*-decode*'],
    [
      'splunk',
      DM,
      k('process.executable', 'wildcard', '*\\x\\y.exe'),
      'Processes.process_path="*\\\\x\\\\y.exe"'
    ],
    ['splunk', DM, k('process.command_line', 'wildcard', '*a?b*'), null],
    ['splunk', PROC, k('process.executable', 'eq', 'c:\\x.exe'), 'Image="c:\\\\x.exe"'],
    ['splunk', PROC, k('process.parent.name', 'eq', 'x.exe'), 'parent_process_name=x.exe'],
    ['elastic', PROC, k('process.parent.name', 'eq', 'msiexec.exe'), null],
    ['sigma', PROC, k('process.pid', 'gt', '4'), null],
    ['sigma', PROC, { field: null, op: 'keyword', value: 'x' }, null]
  ])('%s on %j: %j → %s', (vendor, logsource, parts, expected) => {
    expect(spellKey(vendor, logsource, parts)).toBe(expected)
  })

  it('reads back to the same canonical field (a spelling is the key it names)', () => {
    for (const [vendor, logsource, field] of [
      ['sigma', PROC, 'process.parent.executable'],
      ['sigma', PROC, 'process.command_line'],
      ['splunk', DM, 'process.command_line'],
      ['splunk', DM, 'process.name']
    ] as const) {
      const spelled = spellKey(vendor, logsource, k(field, 'eq', 'x')) as string
      const written = spelled.replace(/^Processes\./, '').split(/[|:=]/)[0]
      expect(canonicalField(vendor, logsource, written)).toBe(field)
    }
    // And the Sigma endswith of a name is the name's key.
    const keys = new KeyInterner(new Map())
    const key = keys.key({
      kind: 'pred',
      field: canonicalField('sigma', PROC, 'ParentImage'),
      sourceField: 'ParentImage',
      op: 'wildcard',
      value: '*\\msiexec.exe',
      caseSensitive: false,
      pos: { line: 1, column: 1 }
    })
    expect(key).toBe('process.parent.name|eq|msiexec.exe')
  })
})
