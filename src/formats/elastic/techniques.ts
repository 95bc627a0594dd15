/**
 * ATT&CK techniques from `[[rule.threat]]` (detection-rules; Elastic Defend's endpoint rules
 * keep the same entries top-level, `[[threat]]`): for each entry whose framework is
 * "MITRE ATT&CK", the `technique[].id` and `technique[].subtechnique[].id` values,
 * uppercase, sorted and unique. Tactics are not techniques. Other frameworks are skipped.
 */
import type { PathSegment } from './layout.js'
import { dotted, isTable, typeName } from './toml.js'
import type { RuleFile, TomlTable } from './toml.js'

const FRAMEWORK = 'MITRE ATT&CK'
const TECHNIQUE_ID = /^T\d{4}(?:\.\d{3})?$/i

/** `threat`: the value at key path `where` (`rule.threat` or `threat`). */
export function readTechniques(threat: unknown, where: PathSegment[], file: RuleFile): string[] {
  if (threat === undefined) return []
  const found = new Set<string>()
  const name = dotted(where)
  if (!Array.isArray(threat)) {
    warn(file, where, `\`${name}\` should be a list of tables ([[${name}]]), not ${typeName(threat)}`)
    return []
  }
  // Key paths are built only for a warning (`at`): most entries need none.
  threat.forEach((entry, i) => {
    if (!isTable(entry)) {
      warn(file, [...where, i], `a \`${name}\` entry should be a table, not ${typeName(entry)}`)
      return
    }
    if (entry.framework !== FRAMEWORK) return
    const at = (...rest: PathSegment[]): PathSegment[] => [...where, i, 'technique', ...rest]
    for (const [j, technique] of tables(entry.technique, 'technique', () => at(), file)) {
      addId(technique, 'technique', () => at(j, 'id'), file, found)
      for (const [k, sub] of tables(
        technique.subtechnique,
        'subtechnique',
        () => at(j, 'subtechnique'),
        file
      ))
        addId(sub, 'subtechnique', () => at(j, 'subtechnique', k, 'id'), file, found)
    }
  })
  return [...found].sort()
}

/** The tables of an optional array of tables `key`, with their indices; other shapes are reported. */
function tables(
  v: unknown,
  key: string,
  where: () => PathSegment[],
  file: RuleFile
): Array<[number, TomlTable]> {
  if (v === undefined) return []
  if (!Array.isArray(v)) {
    warn(file, where(), `\`${key}\` should be a list of tables, not ${typeName(v)}`)
    return []
  }
  const out: Array<[number, TomlTable]> = []
  v.forEach((item, i) => {
    if (isTable(item)) out.push([i, item])
    else warn(file, [...where(), i], `a \`${key}\` entry should be a table, not ${typeName(item)}`)
  })
  return out
}

/** The `id` of a `key` entry (`technique`, `subtechnique`), whose path is `where()`. */
function addId(
  table: TomlTable,
  key: string,
  where: () => PathSegment[],
  file: RuleFile,
  found: Set<string>
): void {
  const id = table.id
  if (typeof id === 'string' && TECHNIQUE_ID.test(id.trim())) found.add(id.trim().toUpperCase())
  else
    warn(
      file,
      where(),
      id === undefined
        ? `a \`${key}\` entry has no \`id\``
        : `\`${typeof id === 'string' ? id : typeName(id)}\` is not an ATT&CK technique ID (T1234 or T1234.001); ignored`
    )
}

function warn(file: RuleFile, where: PathSegment[], message: string): void {
  file.diags.warning('elastic/invalid-threat', message, file.pos(where))
}
