/**
 * MITRE's STIX 2.0/2.1 enterprise bundle (`mitre-attack/attack-stix-data` or `mitre/cti`)
 * → detlint's compact table. One pass over the objects keeps only what the table needs
 * (a few strings per technique), so the ~40 MB bundle costs its parse and little more.
 *
 * - techniques: `attack-pattern` objects, the ID from
 *   `external_references[source_name="mitre-attack"].external_id`, the tactics from
 *   `kill_chain_phases[kill_chain_name="mitre-attack"].phase_name`;
 * - `revoked` objects get `replaced_by` from their `revoked-by` relationship;
 * - `x_mitre_deprecated` objects are kept, flagged;
 * - tactics: `x-mitre-tactic` objects and their `x_mitre_shortname`;
 * - descriptions: the first paragraph of a current technique's `description`, as plain text
 *   (citations, links and HTML tags dropped; revoked and deprecated ones get none);
 * - the version: `--attack-version`, else the `x-mitre-collection`'s `x_mitre_version`.
 */
import {
  AttackError,
  TECHNIQUE_ID,
  validateAttackTable,
  type AttackTableFile,
  type AttackTactic,
  type AttackTechnique
} from './table.js'

type Plain = Record<string, unknown>

/** MITRE's copyright designation and terms, which every copy of ATT&CK data must carry. */
export const MITRE_NOTICE =
  '© The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE ' +
  'Corporation. ATT&CK® is a registered trademark of The MITRE Corporation. Terms of use: ' +
  'https://attack.mitre.org/resources/legal-and-branding/terms-of-use/'

function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** `external_references[source_name="mitre-attack"].external_id`, or null. */
export function mitreId(obj: Plain): string | null {
  const refs = obj.external_references
  if (!Array.isArray(refs)) return null
  for (const r of refs)
    if (isPlain(r) && r.source_name === 'mitre-attack' && typeof r.external_id === 'string')
      return r.external_id
  return null
}

function phases(obj: Plain): string[] {
  const list = obj.kill_chain_phases
  if (!Array.isArray(list)) return []
  const out = new Set<string>()
  for (const p of list)
    if (isPlain(p) && p.kill_chain_name === 'mitre-attack' && typeof p.phase_name === 'string')
      out.add(p.phase_name)
  return [...out].sort()
}

/** `(Citation: X)`, `[text](url)` → `text`, HTML tags, and runs of white space. */
const CITATION = /\s*\(Citation:[^)]*\)/g
const LINK = /\[([^\]]*)\]\([^)\s]*\)/g
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g

/** The first paragraph of a STIX description as plain text; null when there is none. */
export function firstParagraph(description: unknown): string | null {
  if (typeof description !== 'string') return null
  const first = description
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .find(p => p.trim() !== '')
  if (first === undefined) return null
  const text = first
    .replace(CITATION, '')
    .replace(LINK, '$1')
    .replace(HTML_TAG, '')
    .replace(/\s+/g, ' ')
    .trim()
  return text === '' ? null : text
}

interface Pattern {
  stixId: string
  id: string
  technique: AttackTechnique
}

export interface StixOptions {
  /** The ATT&CK version to record; default: the bundle's collection version. */
  attackVersion?: string
  source?: string
}

/** Of two objects with the same ATT&CK ID, the current one wins (then the first). */
function better(a: Pattern, b: Pattern): Pattern {
  const rank = (p: Pattern): number => (p.technique.revoked ? 2 : 0) + (p.technique.deprecated ? 1 : 0)
  return rank(b) < rank(a) ? b : a
}

/** Reads a parsed STIX bundle; `file` names it in errors. */
export function stixToTable(doc: unknown, file: string, options: StixOptions = {}): AttackTableFile {
  if (!isPlain(doc) || doc.type !== 'bundle' || !Array.isArray(doc.objects))
    throw new AttackError(`${file}: expected a STIX bundle ({"type": "bundle", "objects": [...]})`)
  const byStixId = new Map<string, Pattern>()
  const byId = new Map<string, Pattern>()
  const tactics: Record<string, AttackTactic> = {}
  const revokedBy = new Map<string, string>()
  let collectionVersion: string | null = null
  doc.objects.forEach(obj => {
    if (!isPlain(obj)) return
    switch (obj.type) {
      case 'attack-pattern': {
        const id = mitreId(obj)
        if (id === null || !TECHNIQUE_ID.test(id) || typeof obj.id !== 'string') return
        const technique: AttackTechnique = {
          name: typeof obj.name === 'string' ? obj.name : id,
          tactics: phases(obj)
        }
        if (obj.revoked === true) technique.revoked = true
        if (obj.x_mitre_deprecated === true) technique.deprecated = true
        const description = technique.revoked || technique.deprecated ? null : firstParagraph(obj.description)
        if (description !== null) technique.description = description
        const p: Pattern = { stixId: obj.id, id, technique }
        byStixId.set(obj.id, p)
        const seen = byId.get(id)
        byId.set(id, seen ? better(seen, p) : p)
        return
      }
      case 'x-mitre-tactic': {
        const id = mitreId(obj)
        if (id === null || typeof obj.x_mitre_shortname !== 'string') return
        tactics[id] = { name: typeof obj.name === 'string' ? obj.name : id, shortname: obj.x_mitre_shortname }
        return
      }
      case 'relationship':
        if (
          obj.relationship_type === 'revoked-by' &&
          typeof obj.source_ref === 'string' &&
          typeof obj.target_ref === 'string'
        )
          revokedBy.set(obj.source_ref, obj.target_ref)
        return
      case 'x-mitre-collection':
        if (typeof obj.x_mitre_version === 'string') collectionVersion = obj.x_mitre_version
        return
    }
  })
  const techniques: Record<string, AttackTechnique> = {}
  for (const [id, p] of byId) {
    const target = p.technique.revoked ? revokedBy.get(p.stixId) : undefined
    const by = target === undefined ? undefined : byStixId.get(target)?.id
    techniques[id] = by !== undefined && by !== id ? { ...p.technique, replaced_by: by } : p.technique
  }
  const version = options.attackVersion ?? collectionVersion
  if (version === null)
    throw new AttackError(
      `${file}: the bundle names no ATT&CK version (no x-mitre-collection); give --attack-version`
    )
  return validateAttackTable(
    {
      attack_version: version,
      source: options.source ?? `MITRE ATT&CK STIX bundle ${file.split(/[\\/]/).pop() ?? file}`,
      license: MITRE_NOTICE,
      tactics,
      techniques
    },
    file
  )
}
