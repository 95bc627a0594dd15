/**
 * The ATT&CK table detlint ships: MITRE's Enterprise STIX data converted by `attack import`
 * (`npm run attack:table` regenerates it), with MITRE's terms of use beside it. It is read
 * from the file next to this module (`src/attack/data/` in the source, `dist/` in the bundle)
 * on first use, once per process.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { attackTable, parseJsonText, validateAttackTable, type AttackTable } from './table.js'

/** The shipped table's file name, in `src/attack/data/` and in `dist/`. */
export const BUILTIN_TABLE_FILE = 'enterprise-attack.table.json'

/** What the built-in table is called in messages. */
export const BUILTIN_TABLE_LABEL = 'the built-in ATT&CK table'

/** `attack` values that turn ATT&CK data off. */
export const ATTACK_OFF: ReadonlySet<string> = new Set(['none', 'false'])

/** Where the table may be, relative to this module: beside it (bundle), or in `data/` (source). */
const CANDIDATES = [`./${BUILTIN_TABLE_FILE}`, `./data/${BUILTIN_TABLE_FILE}`]

let cached: AttackTable | undefined

function readShipped(): string {
  const errors: string[] = []
  for (const rel of CANDIDATES) {
    const file = fileURLToPath(new URL(rel, import.meta.url))
    try {
      return readFileSync(file, 'utf8')
    } catch (err) {
      errors.push(`${file}: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
  throw new Error(`${BUILTIN_TABLE_LABEL} is missing from this installation (${errors.join('; ')})`)
}

/** The shipped table (read and validated once). */
export function builtinAttackTable(): AttackTable {
  if (cached === undefined) {
    const data = validateAttackTable(parseJsonText(readShipped(), BUILTIN_TABLE_FILE), BUILTIN_TABLE_FILE)
    cached = attackTable(data, 'built-in table')
  }
  return cached
}
