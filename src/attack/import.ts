/**
 * `detlint attack import`: MITRE's STIX bundle (or a compact table) → the compact table,
 * with the moves of the next ATT&CK version taken from a moves file (`--moves`), which
 * MITRE's bundle of a version cannot carry.
 */
import { stixToTable } from './stix.js'
import { AttackError, isStixBundle, validateAttackTable, type AttackTableFile } from './table.js'
import { attackTableFileOf } from './index.js'

export interface ImportOptions {
  /** The ATT&CK version to record (default: the bundle's collection version). */
  attackVersion?: string
  /** Replaces the table's `source` text. */
  source?: string
  /** A parsed moves file: `{ "v18_to_v19": {...}, "v18_to_v19_tactics": {...} }`. */
  moves?: { doc: unknown; file: string }
}

const MOVE_KEYS = ['source', 'v18_to_v19', 'v18_to_v19_tactics']

/** The moves of a moves file, validated as the table's own keys are (errors name `file`). */
function readMoves(doc: unknown, file: string): Pick<AttackTableFile, 'v18_to_v19' | 'v18_to_v19_tactics'> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new AttackError(`${file}: expected a JSON object with v18_to_v19 and v18_to_v19_tactics`)
  for (const key of Object.keys(doc))
    if (!MOVE_KEYS.includes(key))
      throw new AttackError(`${file}: ${key}: unknown key (expected one of ${MOVE_KEYS.join(', ')})`)
  const { v18_to_v19, v18_to_v19_tactics } = doc as Record<string, unknown>
  const checked = validateAttackTable(
    { attack_version: '0', techniques: {}, v18_to_v19, v18_to_v19_tactics },
    file
  )
  return {
    ...(v18_to_v19 !== undefined ? { v18_to_v19: checked.v18_to_v19 } : {}),
    ...(v18_to_v19_tactics !== undefined ? { v18_to_v19_tactics: checked.v18_to_v19_tactics } : {})
  }
}

/** The compact table of a parsed STIX bundle or table; `file` names it in errors. */
export function importAttackData(doc: unknown, file: string, options: ImportOptions = {}): AttackTableFile {
  const base = isStixBundle(doc)
    ? stixToTable(
        doc,
        file,
        options.attackVersion !== undefined ? { attackVersion: options.attackVersion } : {}
      )
    : attackTableFileOf(doc, file)
  const moves = options.moves ? readMoves(options.moves.doc, options.moves.file) : {}
  const table: AttackTableFile = {
    ...base,
    ...(options.attackVersion !== undefined ? { attack_version: options.attackVersion } : {}),
    ...(options.source !== undefined ? { source: options.source } : {}),
    ...moves
  }
  // Moves and replacements must still hold together: validate the whole again.
  return validateAttackTable(table, file)
}
