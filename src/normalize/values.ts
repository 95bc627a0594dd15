/**
 * Canonical values: the value half of a catalog key, so that the same indicator written by
 * different vendors (or by different authors of one vendor) meets in one catalog row.
 * Rules are keyed on canonical (ECS) field names, never on vendor names; they apply in
 * this order:
 *
 * 1. Case folding. A value is lower-cased unless the predicate is case-sensitive; numeric
 *    comparisons (`gt`, `gte`, `lt`, `lte`), `cidr`, `regex` (folding `\D` would make it
 *    `\d`) and `fieldref` (a field name) are left as written. A case-sensitive
 *    predicate keeps its case in every rule below (`HKLM`, `RunDll32.exe`).
 *
 * 2. Wildcard shapes. contains/startswith/endswith already arrive as `*x*` / `x*` / `*x`
 *    patterns (`wildcard.ts`). A `wildcard` (or `keyword`) value is respelled canonically
 *    (`buildPattern(parsePattern(v))`), so `*\x.exe` and `*\\x.exe` are one value; a
 *    `wildcard` value with no wildcard left (`abc`, `abc\*`) is an `eq` on its literal text
 *    (`abc`, `abc*`). A `keyword` keeps its op: a full-text match is not an equality.
 *
 * 3. Registry hives (`REGISTRY_HIVES`), on the `eq` and `wildcard` values of the fields in
 *    `HIVE_PREFIX_FIELDS`: a leading hive spelling followed by a backslash is replaced by
 *    its short form (`HKEY_LOCAL_MACHINE\`, `\REGISTRY\MACHINE\`, `hklm\` → `HKLM\`), in
 *    upper case, or lower case when the value is folded. Only a leading hive is rewritten:
 *    `*\REGISTRY\MACHINE\x` (a contains) stays, `HKEY_USERS\\*\Run` becomes `HKU\\*\Run`.
 *    `HKCU` stays apart from `HKU`: a rule that names one does not match the other's
 *    spelling in an event. On the fields in `HIVE_VALUE_FIELDS` (`registry.hive`) a whole
 *    `eq` value that is a hive spelling becomes its short form.
 *
 * 4. Path → name (`PATH_NAME_FIELDS`). A `wildcard` on a full-path field of the exact shape
 *    `*` + separator (`\` or `/`) + a literal basename (no wildcard, no separator, no escape)
 *    is an equality on the basename field: Sigma `Image|endswith: '\rundll32.exe'`, Splunk
 *    `process_path="*\\rundll32.exe"`, KQL `process.executable : *\\rundll32.exe`, Elastic
 *    `process.name : "rundll32.exe"` and Splunk `process_name=rundll32.exe` are all
 *    `process.name|eq|rundll32.exe`. It runs after folding, so folded spellings meet. Not
 *    rewritten: an `eq` on a full path (`C:\Windows\x.exe`), `*rundll32.exe` (no separator:
 *    it also matches `xrundll32.exe`), `*\dir\x.exe` (says more than the basename), and a
 *    value under an encoding transform (the pattern applies to the encoded text).
 *
 * 5. Value aliases (`VALUE_ALIASES`): on some fields, an `eq` value with another spelling of
 *    the same meaning is that meaning: `network.direction` `true` / `false` (Sigma's
 *    `Initiated`, Sysmon 3) are `egress` / `ingress`, as pySigma writes them.
 *
 * 6. Sigma expansions. A `windash` or `expand` value is one predicate whose `transforms`
 *    name the expansion; its key is the one value the author wrote (the expansion is not
 *    part of the key), so `CommandLine|windash|contains: ' -enc '` is one indicator, not
 *    five. Encodings (`base64`, `base64offset`, `wide`, `utf16*`) change what is matched;
 *    `keys.ts` appends them to the op (`wildcard+base64offset`), still one key per value.
 *
 * Cost: one `toLowerCase` per value (as before these rules), two to five `indexOf` per
 * wildcard value, one Map lookup per field; a character loop only for a pattern with an
 * escape, and parsing only for one that is not canonical or turns out to have no wildcard.
 */
import type { Op } from '../ir.js'
import { buildPattern, literalText, parsePattern } from '../wildcard.js'

/** Full-path field → the field holding its basename. */
export const PATH_NAME_FIELDS: ReadonlyMap<string, string> = new Map([
  ['process.executable', 'process.name'],
  ['process.parent.executable', 'process.parent.name'],
  ['file.path', 'file.name'],
  ['dll.path', 'dll.name']
])

/** Fields whose values are registry key paths that may start with a hive. */
export const HIVE_PREFIX_FIELDS: readonly string[] = ['registry.path', 'registry.key']

/** Fields whose whole value is a hive name. */
export const HIVE_VALUE_FIELDS: readonly string[] = ['registry.hive']

/**
 * Hive spellings → short form. Matched case-insensitively; in a value they must be
 * followed by a backslash (except on `HIVE_VALUE_FIELDS`).
 */
export const REGISTRY_HIVES: ReadonlyArray<readonly [spelling: string, short: string]> = [
  ['HKEY_LOCAL_MACHINE', 'HKLM'],
  ['\\REGISTRY\\MACHINE', 'HKLM'],
  ['HKLM', 'HKLM'],
  ['HKEY_USERS', 'HKU'],
  ['\\REGISTRY\\USER', 'HKU'],
  ['HKU', 'HKU'],
  ['HKEY_CURRENT_USER', 'HKCU'],
  ['HKCU', 'HKCU'],
  ['HKEY_CLASSES_ROOT', 'HKCR'],
  ['HKCR', 'HKCR'],
  ['HKEY_CURRENT_CONFIG', 'HKCC'],
  ['HKCC', 'HKCC']
]

/** A predicate's field, op and value in canonical form. */
export interface CanonicalValue {
  field: string | null
  op: Op
  value: string | null
}

// ---------------------------------------------------------------------------------------
// Lookup tables built once from the data above.

/**
 * Values with another spelling of the same meaning, per field (after folding): Sigma's
 * `Initiated: 'true'` (Sysmon 3) is pySigma's `network.direction: egress`.
 */
export const VALUE_ALIASES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [
    'network.direction',
    new Map([
      ['true', 'egress'],
      ['false', 'ingress']
    ])
  ]
])

/** What a field in FIELD_RULES gets: path → name (with the name field), or a hive rule. */
type FieldEntry =
  | { rule: 'pathName'; name: string }
  | { rule: 'hivePrefix' }
  | { rule: 'hiveValue' }
  | { rule: 'alias'; aliases: ReadonlyMap<string, string> }

/** The one lookup every predicate pays; fields not in it return early. */
const FIELD_RULES = new Map<string, FieldEntry>()
for (const [path, name] of PATH_NAME_FIELDS) FIELD_RULES.set(path, { rule: 'pathName', name })
for (const f of HIVE_PREFIX_FIELDS) FIELD_RULES.set(f, { rule: 'hivePrefix' })
for (const f of HIVE_VALUE_FIELDS) FIELD_RULES.set(f, { rule: 'hiveValue' })
for (const [f, aliases] of VALUE_ALIASES) FIELD_RULES.set(f, { rule: 'alias', aliases })

interface HiveRow {
  /** The spelling, lower case. */
  lower: string
  upperShort: string
  lowerShort: string
}

const HIVE_ROWS: readonly HiveRow[] = REGISTRY_HIVES.map(([spelling, short]) => ({
  lower: spelling.toLowerCase(),
  upperShort: short.toUpperCase(),
  lowerShort: short.toLowerCase()
}))

const BACKSLASH = 0x5c
const SLASH = 0x2f
const STAR = 0x2a
const QUESTION = 0x3f

// ---------------------------------------------------------------------------------------

/**
 * The canonical field, op and value of a predicate (rules 1-5 of the module header).
 * `encoded`: an encoding transform (base64, wide, ...) applies to the value, which turns
 * off the path → name rule. `out`, when given, is filled and returned instead of a new
 * object (for hot loops). Pure: the same input gives the same output.
 */
export function canonicalValue(
  field: string | null,
  op: Op,
  value: string | null,
  caseSensitive: boolean,
  encoded = false,
  out: CanonicalValue = { field, op, value }
): CanonicalValue {
  out.field = field
  out.op = op
  out.value = value
  if (value === null) return out
  let v = value
  switch (op) {
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
    case 'cidr':
      return out
    case 'eq':
      if (!caseSensitive) v = v.toLowerCase()
      break
    case 'wildcard':
    case 'keyword': {
      if (!caseSensitive) v = v.toLowerCase()
      let scan = scanPattern(v)
      if ((scan & CANONICAL) === 0) {
        v = buildPattern(parsePattern(v))
        scan = scanPattern(v)
      }
      if (op === 'wildcard' && (scan & WILDCARD) === 0) {
        out.op = 'eq'
        v = patternLiteral(v)
      }
      break
    }
    default:
      // regex and fieldref: as written. Folding would change a regex (`\D` is not `\d`)
      // and a field name; a case-insensitive regex says so in its flags.
      return out
  }
  out.value = v
  if (field === null) return out
  const entry = FIELD_RULES.get(field)
  if (entry === undefined) return out
  switch (entry.rule) {
    case 'hivePrefix':
      out.value = canonicalHivePrefix(v, !caseSensitive)
      break
    case 'hiveValue':
      if (out.op === 'eq') out.value = canonicalHiveName(v, !caseSensitive)
      break
    case 'alias':
      if (out.op === 'eq') out.value = entry.aliases.get(v.toLowerCase()) ?? v
      break
    case 'pathName':
      if (out.op === 'wildcard' && !encoded) {
        const base = pathBasename(v)
        if (base !== null) {
          out.field = entry.name
          out.op = 'eq'
          out.value = base
        }
      }
      break
  }
  return out
}

/** The basename field of a full-path field (`process.executable` → `process.name`). */
export function nameFieldOf(pathField: string): string | undefined {
  return PATH_NAME_FIELDS.get(pathField)
}

const NAME_PATH_FIELDS = new Map([...PATH_NAME_FIELDS].map(([path, name]) => [name, path]))

/**
 * The full-path field of a basename field (`process.name` → `process.executable`): a key
 * `process.name|eq|x` also stands for an endswith `\x` (or `/x`) on that field, which a check
 * that compares a key with a path pattern (is this exclusion already covered?) must know.
 */
export function pathFieldOf(nameField: string): string | undefined {
  return NAME_PATH_FIELDS.get(nameField)
}

/** `scanPattern` results: bit flags. */
const CANONICAL = 1
const WILDCARD = 2

/**
 * Is a pattern spelled canonically (as `buildPattern` spells it), and does it hold an
 * unescaped `*` or `?`? A pattern whose backslashes are all followed by a plain character
 * is answered by `indexOf` alone; the others (escapes, a trailing backslash) by one pass.
 */
function scanPattern(p: string): number {
  const n = p.length
  const slash = p.indexOf('\\')
  if (
    slash === -1 ||
    (p.indexOf('\\\\', slash) === -1 &&
      p.indexOf('\\*', slash) === -1 &&
      p.indexOf('\\?', slash) === -1 &&
      p.charCodeAt(n - 1) !== BACKSLASH)
  )
    return p.indexOf('*') !== -1 || p.indexOf('?') !== -1 ? CANONICAL | WILDCARD : CANONICAL
  let wild = 0
  for (let i = 0; i < n; i++) {
    const c = p.charCodeAt(i)
    if (c === BACKSLASH) {
      const next = p.charCodeAt(i + 1)
      if (next === STAR || next === QUESTION) i++
      else if (next === BACKSLASH) {
        // An escaped backslash is canonical only where a single one would be an escape.
        const after = p.charCodeAt(i + 2)
        if (i + 2 < n && after !== STAR && after !== QUESTION && after !== BACKSLASH) return wild
        i++
      } else if (i + 1 === n) return wild // a trailing backslash is spelled escaped
    } else if (c === STAR || c === QUESTION) wild = WILDCARD
  }
  return CANONICAL | wild
}

/**
 * A wildcard pattern spelled canonically: `buildPattern(parsePattern(pattern))`, computed
 * only when the pattern is not canonical already.
 */
export function canonicalPattern(pattern: string): string {
  return scanPattern(pattern) & CANONICAL ? pattern : buildPattern(parsePattern(pattern))
}

/** The literal text of a pattern without wildcards. */
function patternLiteral(pattern: string): string {
  return pattern.indexOf('\\') === -1 ? pattern : literalText(parsePattern(pattern))
}

/**
 * The basename of a canonical pattern made of `*`, a separator (`\` or `/`) and a name (at
 * least one character, none of `*`, `?`, `\`, `/`), or null.
 */
function pathBasename(pattern: string): string | null {
  const n = pattern.length
  if (n < 3 || pattern.charCodeAt(0) !== STAR) return null
  const sep = pattern.charCodeAt(1)
  if (sep !== BACKSLASH && sep !== SLASH) return null
  for (let i = 2; i < n; i++) {
    const c = pattern.charCodeAt(i)
    if (c === STAR || c === QUESTION || c === BACKSLASH || c === SLASH) return null
  }
  return pattern.slice(2)
}

/** Does `text` start with `lower` (lower case, ASCII), ignoring ASCII case? */
function startsWithFolded(text: string, lower: string): boolean {
  if (text.length < lower.length) return false
  for (let i = 0; i < lower.length; i++) {
    let c = text.charCodeAt(i)
    if (c >= 0x41 && c <= 0x5a) c += 0x20
    if (c !== lower.charCodeAt(i)) return false
  }
  return true
}

/**
 * A registry path (literal or canonical pattern) with a leading hive spelling replaced by
 * its short form: upper case, or lower case when `folded`.
 */
export function canonicalHivePrefix(value: string, folded: boolean): string {
  const first = value.charCodeAt(0)
  // Every spelling starts with `h`, `H` or a backslash.
  if (first !== 0x68 && first !== 0x48 && first !== BACKSLASH) return value
  for (const row of HIVE_ROWS) {
    const n = row.lower.length
    if (value.charCodeAt(n) !== BACKSLASH || !startsWithFolded(value, row.lower)) continue
    const short = folded ? row.lowerShort : row.upperShort
    return value.startsWith(short) && n === short.length ? value : short + value.slice(n)
  }
  return value
}

/** A whole hive name in its short form (`HKEY_USERS` → `HKU`); other values as they are. */
export function canonicalHiveName(value: string, folded: boolean): string {
  for (const row of HIVE_ROWS)
    if (value.length === row.lower.length && startsWithFolded(value, row.lower))
      return folded ? row.lowerShort : row.upperShort
  return value
}
