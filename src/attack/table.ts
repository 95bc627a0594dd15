/**
 * detlint's compact ATT&CK table: what the checks need from ATT&CK (technique names and
 * tactics, revoked → replacement, deprecated, and the explicit moves of a version change),
 * in one small JSON file. The file is the user's: detlint ships no ATT&CK data.
 *
 * Format (version 1; `format_version` may be left out, as in tables written by hand):
 *
 * ```json
 * {
 *   "format_version": 1,
 *   "attack_version": "18.1",
 *   "source": "free text", "license": "free text",
 *   "tactics": { "TA0002": { "name": "Execution", "shortname": "execution" } },
 *   "techniques": {
 *     "T1059": { "name": "Command and Scripting Interpreter", "tactics": ["execution"] },
 *     "T1086": { "name": "PowerShell", "tactics": ["execution"], "revoked": true, "replaced_by": "T1059.001" },
 *     "T1026": { "name": "Multiband Communication", "tactics": ["command-and-control"], "deprecated": true }
 *   },
 *   "v18_to_v19": { "T1562": { "id": "T1685", "name": "Disable or Modify Tools" } }
 * }
 * ```
 *
 * `loadAttackFile` also reads MITRE's STIX bundle (see `stix.ts`), so users may point at
 * either.
 */
import { readFileSync } from 'node:fs'

export const ATTACK_TABLE_FORMAT = 1

/** `T1059` or `T1059.001`, uppercase. */
export const TECHNIQUE_ID = /^T\d{4}(?:\.\d{3})?$/
const TACTIC_ID = /^TA\d{4}$/
const SHORTNAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export interface AttackTactic {
  name: string
  /** The slug techniques name their tactics by, e.g. `defense-evasion`. */
  shortname: string
}

export interface AttackTechnique {
  name: string
  /** Tactic shortnames. */
  tactics: string[]
  revoked?: true
  /** The technique that replaces a revoked one (itself perhaps revoked). */
  replaced_by?: string
  deprecated?: true
}

/** Where a technique moved in a later ATT&CK version. */
export interface AttackMove {
  id: string
  name: string
}

/** The file, as written: key order is the order `attack import` writes. */
export interface AttackTableFile {
  format_version?: number
  attack_version: string
  source?: string
  license?: string
  tactics: Record<string, AttackTactic>
  techniques: Record<string, AttackTechnique>
  v18_to_v19?: Record<string, AttackMove>
}

/** The table in memory, with what `normalize.ts` derives once. */
export interface AttackTable {
  /** The ATT&CK version the table describes, e.g. `18.1`. */
  version: string
  /** The file it was read from (as named), or a label. */
  file: string
  tactics: ReadonlyMap<string, AttackTactic>
  techniques: ReadonlyMap<string, AttackTechnique>
  /** Old ID → where a later version moved it (`v18_to_v19`). */
  moves: ReadonlyMap<string, AttackMove>
  /** The highest technique number the table knows (1681 for `T1681`). */
  maxTechnique: number
  /** Per technique, the highest sub-technique number the table knows. */
  maxSubtechnique: ReadonlyMap<string, number>
  /** IDs the moves point to: known to be newer than the table. */
  movedTo: ReadonlySet<string>
}

export class AttackError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AttackError'
  }
}

type Plain = Record<string, unknown>

function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function show(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/** Validation that names the file and the place (`techniques.T1002.replaced_by`). */
class Checker {
  constructor(private readonly file: string) {}

  fail(where: string, message: string): never {
    throw new AttackError(`${this.file}: ${where}: ${message}`)
  }

  object(v: unknown, where: string): Plain {
    if (!isPlain(v)) this.fail(where, `expected an object, got ${show(v)}`)
    return v
  }

  keys(obj: Plain, where: string, allowed: readonly string[]): void {
    for (const k of Object.keys(obj))
      if (!allowed.includes(k))
        this.fail(`${where}.${k}`, `unknown key (expected one of ${allowed.join(', ')})`)
  }

  string(v: unknown, where: string): string {
    if (typeof v !== 'string' || v.trim() === '')
      this.fail(where, `expected a non-empty string, got ${show(v)}`)
    return v
  }

  pattern(v: unknown, where: string, re: RegExp, what: string): string {
    if (typeof v !== 'string' || !re.test(v)) this.fail(where, `expected ${what}, got ${show(v)}`)
    return v
  }

  trueFlag(v: unknown, where: string): boolean {
    if (typeof v !== 'boolean') this.fail(where, `expected true or false, got ${show(v)}`)
    return v
  }
}

const TOP_KEYS = [
  'format_version',
  'attack_version',
  'source',
  'license',
  'tactics',
  'techniques',
  'v18_to_v19'
]
const TECHNIQUE_KEYS = ['name', 'tactics', 'revoked', 'replaced_by', 'deprecated']
const ID_TEXT = 'a technique ID like T1234 or T1234.001'

function readTactics(c: Checker, raw: unknown): Record<string, AttackTactic> {
  const obj = c.object(raw, 'tactics')
  const out: Record<string, AttackTactic> = {}
  for (const [id, v] of Object.entries(obj)) {
    const where = `tactics.${id}`
    c.pattern(id, where, TACTIC_ID, 'a tactic ID like TA0002 as the key')
    const t = c.object(v, where)
    c.keys(t, where, ['name', 'shortname'])
    out[id] = {
      name: c.string(t.name, `${where}.name`),
      shortname: c.pattern(
        t.shortname,
        `${where}.shortname`,
        SHORTNAME,
        'a lowercase slug like defense-evasion'
      )
    }
  }
  return out
}

function readTechnique(c: Checker, id: string, v: unknown, shortnames: ReadonlySet<string>): AttackTechnique {
  const where = `techniques.${id}`
  c.pattern(id, where, TECHNIQUE_ID, `${ID_TEXT} as the key`)
  const t = c.object(v, where)
  c.keys(t, where, TECHNIQUE_KEYS)
  const name = c.string(t.name, `${where}.name`)
  if (!Array.isArray(t.tactics))
    c.fail(`${where}.tactics`, `expected a list of tactic shortnames, got ${show(t.tactics)}`)
  const tactics = t.tactics.map((s, i) => {
    const w = `${where}.tactics[${i}]`
    const slug = c.pattern(s, w, SHORTNAME, 'a tactic shortname like execution')
    if (shortnames.size > 0 && !shortnames.has(slug))
      c.fail(w, `${show(slug)} is not the shortname of a tactic in tactics`)
    return slug
  })
  const out: AttackTechnique = { name, tactics }
  const revoked = 'revoked' in t && c.trueFlag(t.revoked, `${where}.revoked`)
  if ('replaced_by' in t) {
    const by = c.pattern(t.replaced_by, `${where}.replaced_by`, TECHNIQUE_ID, ID_TEXT)
    if (!revoked)
      c.fail(`${where}.replaced_by`, 'only a revoked technique has a replacement (add "revoked": true)')
    if (by === id) c.fail(`${where}.replaced_by`, 'a technique cannot replace itself')
    out.revoked = true
    out.replaced_by = by
  } else if (revoked) out.revoked = true
  if ('deprecated' in t && c.trueFlag(t.deprecated, `${where}.deprecated`)) out.deprecated = true
  return out
}

function readMoves(c: Checker, raw: unknown): Record<string, AttackMove> {
  const obj = c.object(raw, 'v18_to_v19')
  const out: Record<string, AttackMove> = {}
  for (const [from, v] of Object.entries(obj)) {
    const where = `v18_to_v19.${from}`
    c.pattern(from, where, TECHNIQUE_ID, `${ID_TEXT} as the key`)
    const m = c.object(v, where)
    c.keys(m, where, ['id', 'name'])
    out[from] = {
      id: c.pattern(m.id, `${where}.id`, TECHNIQUE_ID, ID_TEXT),
      name: c.string(m.name, `${where}.name`)
    }
  }
  return out
}

/** Validates a parsed compact table; errors name `file` and the place. */
export function validateAttackTable(doc: unknown, file: string): AttackTableFile {
  const c = new Checker(file)
  if (!isPlain(doc))
    throw new AttackError(`${file}: expected an ATT&CK table (a JSON object), got ${show(doc)}`)
  c.keys(doc, '(top level)', TOP_KEYS)
  if ('format_version' in doc && doc.format_version !== ATTACK_TABLE_FORMAT)
    c.fail(
      'format_version',
      `this detlint reads format ${ATTACK_TABLE_FORMAT}, got ${show(doc.format_version)} (a newer detlint may read it)`
    )
  const table: AttackTableFile = {
    format_version: ATTACK_TABLE_FORMAT,
    attack_version: c.string(doc.attack_version, 'attack_version'),
    tactics: {},
    techniques: {}
  }
  if ('source' in doc) table.source = c.string(doc.source, 'source')
  if ('license' in doc) table.license = c.string(doc.license, 'license')
  if ('tactics' in doc) table.tactics = readTactics(c, doc.tactics)
  const shortnames = new Set(Object.values(table.tactics).map(t => t.shortname))
  if (!('techniques' in doc)) c.fail('techniques', 'required: the table of techniques by ID')
  const techniques = c.object(doc.techniques, 'techniques')
  for (const [id, v] of Object.entries(techniques)) table.techniques[id] = readTechnique(c, id, v, shortnames)
  for (const [id, t] of Object.entries(table.techniques))
    if (t.replaced_by !== undefined && !(t.replaced_by in table.techniques))
      c.fail(`techniques.${id}.replaced_by`, `${t.replaced_by} is not in techniques`)
  if ('v18_to_v19' in doc) table.v18_to_v19 = readMoves(c, doc.v18_to_v19)
  return table
}

/** The in-memory table of a validated file. */
export function attackTable(data: AttackTableFile, file: string): AttackTable {
  let maxTechnique = 0
  const maxSubtechnique = new Map<string, number>()
  for (const id of Object.keys(data.techniques)) {
    const [base, sub] = id.split('.')
    maxTechnique = Math.max(maxTechnique, Number(base.slice(1)))
    if (sub !== undefined) maxSubtechnique.set(base, Math.max(maxSubtechnique.get(base) ?? 0, Number(sub)))
  }
  const moves = new Map(Object.entries(data.v18_to_v19 ?? {}))
  return {
    version: data.attack_version,
    file,
    tactics: new Map(Object.entries(data.tactics)),
    techniques: new Map(Object.entries(data.techniques)),
    moves,
    maxTechnique,
    maxSubtechnique,
    movedTo: new Set([...moves.values()].map(m => m.id))
  }
}

/** Is this parsed JSON a STIX bundle rather than a compact table? */
export function isStixBundle(doc: unknown): boolean {
  return isPlain(doc) && doc.type === 'bundle' && Array.isArray(doc.objects)
}

/** Parses JSON text; a syntax error names the file. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err)
    throw new AttackError(`${file}: not valid JSON: ${msg}`)
  }
}

export function readJsonFile(file: string, shown: string = file): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : err instanceof Error ? err.message : String(err)
    throw new AttackError(`${shown}: cannot read the ATT&CK data: ${reason}`)
  }
  return parseJsonText(text, shown)
}

/** The table's file text: fixed key order, 1-space indent as MITRE-derived tables use, final newline. */
export function renderAttackTable(data: AttackTableFile): string {
  const ordered: AttackTableFile = {
    format_version: ATTACK_TABLE_FORMAT,
    attack_version: data.attack_version,
    ...(data.source !== undefined ? { source: data.source } : {}),
    ...(data.license !== undefined ? { license: data.license } : {}),
    tactics: sortedRecord(data.tactics, t => ({ name: t.name, shortname: t.shortname })),
    techniques: sortedRecord(data.techniques, t => ({
      name: t.name,
      tactics: [...t.tactics],
      ...(t.revoked ? { revoked: true as const } : {}),
      ...(t.replaced_by !== undefined ? { replaced_by: t.replaced_by } : {}),
      ...(t.deprecated ? { deprecated: true as const } : {})
    })),
    ...(data.v18_to_v19 !== undefined
      ? { v18_to_v19: sortedRecord(data.v18_to_v19, m => ({ id: m.id, name: m.name })) }
      : {})
  }
  return `${JSON.stringify(ordered, null, 1)}\n`
}

function sortedRecord<T, U>(rec: Record<string, T>, map: (v: T) => U): Record<string, U> {
  const out: Record<string, U> = {}
  for (const k of Object.keys(rec).sort()) out[k] = map(rec[k])
  return out
}
