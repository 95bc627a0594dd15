/**
 * The ATT&CK table detlint ships: MITRE's Enterprise STIX data converted by `attack import`
 * (`npm run attack:table` regenerates it), with MITRE's terms of use beside it. It is read
 * from the file next to this module (`src/attack/data/` in the source, `dist/` in the bundle)
 * on first use, once per process.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  ATTACK_TABLE_FORMAT,
  attackTable,
  parseJsonText,
  validateAttackTable,
  type AttackTable,
  type AttackTableFile
} from './table.js'

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

/** The shipped table (read once). */
export function builtinAttackTable(): AttackTable {
  if (cached === undefined)
    cached = attackTable(shippedData(parseJsonText(readShipped(), BUILTIN_TABLE_FILE)), 'built-in table')
  return cached
}

/**
 * The shipped table as `attackTable` takes it. The file is detlint's own output, and a test
 * holds it to be exactly what `validateAttackTable` makes of it, so a file of its shape is
 * taken as it is: checking each of its 835 techniques cost 15 ms of every run's start. A
 * file of another shape (a damaged installation) is validated, which says what is wrong.
 */
export function shippedData(doc: unknown): AttackTableFile {
  const d = doc as Partial<Record<keyof AttackTableFile, unknown>> | null
  const plain = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v)
  if (
    plain(d) &&
    d?.format_version === ATTACK_TABLE_FORMAT &&
    typeof d.attack_version === 'string' &&
    plain(d.tactics) &&
    plain(d.techniques) &&
    (d.v18_to_v19 === undefined || plain(d.v18_to_v19)) &&
    (d.v18_to_v19_tactics === undefined || plain(d.v18_to_v19_tactics))
  )
    return doc as AttackTableFile
  return validateAttackTable(doc, BUILTIN_TABLE_FILE)
}
