/** ATT&CK data: load a compact table or a STIX bundle, and normalise technique IDs. */
import { stixToTable } from './stix.js'
import {
  attackTable,
  isStixBundle,
  readJsonFile,
  validateAttackTable,
  type AttackTable,
  type AttackTableFile
} from './table.js'

export { AttackError, renderAttackTable, type AttackTable, type AttackTableFile } from './table.js'
export { stixToTable } from './stix.js'
export {
  currentId,
  groupId,
  isNewerThanTable,
  parentOf,
  replacementChain,
  techniqueId,
  techniqueStatus,
  type TechniqueStatus
} from './normalize.js'

/** A parsed document (compact table or STIX bundle) → the table file; errors name `file`. */
export function attackTableFileOf(doc: unknown, file: string): AttackTableFile {
  return isStixBundle(doc) ? stixToTable(doc, file) : validateAttackTable(doc, file)
}

/** Reads ATT&CK data from `file`: detlint's compact table or MITRE's STIX bundle. */
export function loadAttackFile(file: string, shown: string = file): AttackTable {
  return attackTable(attackTableFileOf(readJsonFile(file, shown), shown), shown)
}
