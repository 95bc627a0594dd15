/**
 * The shared ATT&CK table (`../shared/corpus/attack/enterprise-attack.json`, read in place,
 * never copied) against the technique IDs of the Sigma, Elastic (detection-rules and endpoint
 * behavior rules) and Splunk corpora. Skips when the shared folder is absent.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { loadAttackFile } from '../../src/attack/index.js'
import { groupId, techniqueStatus } from '../../src/attack/normalize.js'
import { readRuleFile } from '../../src/formats/index.js'

const SHARED = path.resolve(process.cwd(), '../shared/corpus')
const TABLE = path.join(SHARED, 'attack/enterprise-attack.json')
const CORPORA: Record<string, string[]> = {
  sigma: ['sigma/rules', 'sigma/rules-emerging-threats', 'sigma/rules-threat-hunting'],
  elastic: ['elastic/rules'],
  'elastic-endpoint': ['elastic-endpoint/behavior/rules'],
  splunk: ['splunk/detections']
}
const hasTable = fs.existsSync(TABLE)
if (!hasTable) console.log(`ATT&CK table not found at ${TABLE}: skipping the ATT&CK corpus tests`)

function walk(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) walk(p, out)
    else if (/\.(ya?ml|toml)$/.test(e.name)) out.push(p)
  }
  return out
}

/** Distinct technique IDs of a corpus's rules, and how many rules name none. */
function techniquesOf(dirs: string[]): { ids: Set<string>; rules: number; untagged: number } {
  const ids = new Set<string>()
  let rules = 0
  let untagged = 0
  for (const file of dirs.flatMap(d => walk(path.join(SHARED, d))).sort()) {
    const result = readRuleFile(path.relative(SHARED, file), fs.readFileSync(file, 'utf8'), { file })
    for (const r of result.rules) {
      rules++
      if (r.techniques.length === 0) untagged++
      for (const t of r.techniques) ids.add(t)
    }
  }
  return { ids, rules, untagged }
}

;(hasTable ? describe : describe.skip)('the shared ATT&CK table', () => {
  const table = hasTable ? loadAttackFile(TABLE, 'enterprise-attack.json') : null

  it('loads as a compact table', () => {
    if (!table) return
    expect(table.version).toBe('18.1 (+ v19 moves)')
    expect(table.techniques.size).toBeGreaterThan(800)
    expect(table.moves.get('T1562')?.id).toBe('T1685')
    expect(techniqueStatus(table, 'T1086')).toEqual({
      kind: 'revoked',
      chain: ['T1086', 'T1059.001'],
      replacement: 'T1059.001'
    })
    expect(techniqueStatus(table, 'T1686.002')).toEqual({ kind: 'newer' })
    expect(groupId(table, 'T1562.001')).toBe('T1685')
  })

  it.each(Object.keys(CORPORA))('classifies the %s corpus technique IDs', vendor => {
    if (!table) return
    const dirs = CORPORA[vendor]
    if (!dirs.some(d => fs.existsSync(path.join(SHARED, d)))) {
      console.log(`${vendor} corpus not found under ${SHARED}: skipped`)
      return
    }
    const { ids, rules, untagged } = techniquesOf(dirs)
    const by: Record<string, string[]> = { current: [], revoked: [], deprecated: [], newer: [], unknown: [] }
    let revokedWithout = 0
    for (const id of [...ids].sort()) {
      const s = techniqueStatus(table, id)
      by[s.kind].push(id)
      if (s.kind === 'revoked' && s.replacement === null) revokedWithout++
    }
    const groups = new Set([...ids].map(id => groupId(table, id)))
    console.log(
      `${vendor}: ${rules} rules (${untagged} without a technique), ${ids.size} distinct IDs in ${groups.size} groups: ` +
        `${by.current.length} current, ${by.revoked.length} revoked (${by.revoked.join(' ') || '-'}), ` +
        `${by.deprecated.length} deprecated (${by.deprecated.join(' ') || '-'}), ` +
        `${by.newer.length} newer (${by.newer.join(' ') || '-'}), ${by.unknown.length} unknown (${by.unknown.join(' ') || '-'})`
    )
    expect(ids.size).toBeGreaterThan(100)
    expect(revokedWithout).toBe(0)
    if (vendor === 'sigma') {
      // Sigma is on v19: its new IDs are newer than the v18.1 table, not unknown.
      expect(by.newer.length).toBeGreaterThan(0)
      expect(by.unknown.length).toBeLessThanOrEqual(5)
    } else {
      // Elastic (v18, detection-rules and endpoint rules) and Splunk (pre-v19): every ID is known,
      // or revoked with a replacement.
      expect([...by.newer, ...by.unknown]).toEqual([])
    }
  })
})
