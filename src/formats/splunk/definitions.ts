/**
 * Macro and data-source definitions: the `macros/*.yml` and `data_sources/*.yml` folders
 * of a security_content checkout.
 *
 * Folders come from the read context (`splunkMacros`, `splunkDataSources`: configured,
 * searched first) and from beside the detections: walking up from the detection file,
 * the first ancestor with a `macros/` (or `data_sources/`) folder provides it.
 *
 * Each folder is read once per *generation* and kept in a module-level cache; the sha256
 * fingerprint of its files' names and bytes is worked out when asked for (the catalog cache
 * asks). A file is parsed only when a search asks for a name it may define: its top-level
 * `name:` line is read at a glance (`nameAtAGlance`), and a file whose name cannot be told
 * that way is parsed whenever the folder is asked for a name it has not answered yet. A
 * lookup answers exactly what parsing every file would: the first file, in name order, that
 * defines the name. `refreshSplunkDefinitions()` starts a new generation (the engine calls it
 * at the start of every run): the next use of a folder reads its bytes again and re-parses
 * them only when the fingerprint changed. The catalog cache folds the fingerprints into a
 * Splunk detection's key (`definitionsFingerprint`), so a changed macro re-reads the
 * detections that use its folder.
 */
import { createHash } from '../../hash.js'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { CORE_SCHEMA, load } from 'js-yaml'
import type { ReadContext } from '../../ir.js'
import type { MacroDefinition } from '../../query/spl/index.js'
import { parseYaml, type YamlMap, type YamlNode } from '../../yaml/positioned.js'

export interface DataSourceDefinition {
  name: string
  source: string | null
  sourcetype: string | null
  /** The field that tells events apart (`EventCode`, `EventID`, `eventName`). */
  separator: string | null
  /** The event code when the separator is an event code and the name ends with it (`Sysmon EventID 1` → `1`). */
  eventCode: string | null
}

/** A definition file, parsed on first need. */
interface DefinitionFile {
  name: string
  text: string
  /** The name it defines as its text shows it (see `nameAtAGlance`), or null: parse to know. */
  glance: string | null
  /** Its parsed map (null: none); undefined until parsed. */
  doc?: Plain | null
}

interface FolderContents {
  folder: string
  /** Of its files' names and bytes (`fingerprintOf`), worked out when first asked for. */
  fingerprint?: string
  files: DefinitionFile[]
  /** Indexes into `files`, ascending: by name at a glance, by its lowercase, and the files without one. */
  byName: Map<string, number[]>
  byFoldedName: Map<string, number[]>
  unnamed: number[]
  /** Answers so far (null: none), by macro key, data-source name and lowercased name. */
  macros: Map<string, MacroDefinition | null>
  dataSources: Map<string, DataSourceDefinition | null>
  dataSourcesFolded: Map<string, DataSourceDefinition | null>
}

type Kind = 'macros' | 'data_sources'

const folders = new Map<string, { contents: FolderContents; generation: number }>()
const beside = new Map<string, string | null>()
/** This generation's definitions by the folders they come from. */
const loaded = new Map<string, Definitions>()
/** This generation's `definitionFolders` answers, by the context they depend on. */
const resolved = new Map<string, DefinitionFolders>()
let generation = 0

/** Starts a new generation: folders are checked again (by their bytes) on their next use. */
export function refreshSplunkDefinitions(): void {
  generation++
  beside.clear()
  loaded.clear()
  resolved.clear()
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

/** The first `<ancestor>/<name>` folder walking up from `dir`, or null. */
function folderBeside(dir: string, name: Kind): string | null {
  const key = `${dir}\u0000${name}`
  const known = beside.get(key)
  if (known !== undefined) return known
  const candidate = path.join(dir, name)
  const parent = path.dirname(dir)
  const found = isDirectory(candidate) ? candidate : parent === dir ? null : folderBeside(parent, name)
  beside.set(key, found)
  return found
}

export interface DefinitionFolders {
  macros: string[]
  dataSources: string[]
}

/**
 * The folders a detection is read with: configured ones first, then the ones beside it.
 * Worked out once per generation for each folder of detections (and configuration); the
 * answer is shared, not to be changed.
 */
export function definitionFolders(context?: ReadContext): DefinitionFolders {
  const macros = context?.splunkMacros ?? []
  const key = [
    process.cwd(),
    context?.file === undefined ? '' : `/${path.dirname(context.file)}`,
    macros.length,
    ...macros,
    ...(context?.splunkDataSources ?? [])
  ].join('\u0000')
  let found = resolved.get(key)
  if (found === undefined) resolved.set(key, (found = resolveFolders(context)))
  return found
}

function resolveFolders(context?: ReadContext): DefinitionFolders {
  const list = (configured: readonly string[] | undefined, kind: Kind): string[] => {
    const out = (configured ?? []).map(f => path.resolve(f))
    if (context?.file !== undefined) {
      const found = folderBeside(path.dirname(path.resolve(context.file)), kind)
      if (found !== null) out.push(found)
    }
    return [...new Set(out)]
  }
  return {
    macros: list(context?.splunkMacros, 'macros'),
    dataSources: list(context?.splunkDataSources, 'data_sources')
  }
}

/** A folder's definitions, read again when a new generation started and its bytes changed. */
function loadFolder(folder: string, kind: Kind): FolderContents {
  const cacheKey = `${kind}\u0000${folder}`
  const cached = folders.get(cacheKey)
  if (cached && cached.generation === generation) return cached.contents
  const files = readFolder(folder)
  // A folder read in an earlier generation is kept when its files are the same.
  if (cached && fingerprintOf(cached.contents) === filesFingerprint(files)) {
    cached.generation = generation
    return cached.contents
  }
  const contents: FolderContents = {
    folder,
    files: files.map(f => ({ name: f.name, text: f.text, glance: nameAtAGlance(f.text, kind) })),
    byName: new Map(),
    byFoldedName: new Map(),
    unnamed: [],
    macros: new Map(),
    dataSources: new Map(),
    dataSourcesFolded: new Map()
  }
  const add = (index: Map<string, number[]>, name: string, i: number): void => {
    const list = index.get(name)
    if (list === undefined) index.set(name, [i])
    else list.push(i)
  }
  contents.files.forEach(({ glance }, i) => {
    if (glance === null) contents.unnamed.push(i)
    else {
      add(contents.byName, glance, i)
      add(contents.byFoldedName, glance.toLowerCase(), i)
    }
  })
  folders.set(cacheKey, { contents, generation })
  return contents
}

/** A sha256 over files' names and bytes, in their order. */
function filesFingerprint(files: ReadonlyArray<{ name: string; text: string }>): string {
  const hash = createHash('sha256')
  for (const f of files) hash.update(`${f.name}\u0000${f.text.length}\u0000${f.text}\u0000`)
  return hash.digest('hex')
}

/** A folder's fingerprint: worked out when first asked for (a run without a cache never asks). */
function fingerprintOf(contents: FolderContents): string {
  return (contents.fingerprint ??= filesFingerprint(contents.files))
}

/** A top-level `name:` line, `name: value` with nothing after it on the line. */
const NAME_LINE = /^name:[ \t]*(.*?)[ \t]*\r?$/gm
/** A macro name: a plain word (with Splunk's `(N)` suffix), maybe in plain quotes. */
const MACRO_NAME = /^(['"]?)([A-Za-z_][\w.-]*(?:\(\d+\))?)\1$/
/** A data-source name: words of letters, digits and `_ . ( ) / -`, unquoted. */
const DATA_SOURCE_NAME = /^[A-Za-z_][\w .()/-]*$/
/** Words the YAML core schema reads as something other than a string. */
const NOT_A_STRING = /^(?:true|false|null|\.inf|\.nan)$/i

/**
 * The name a definition file defines, told from its text without parsing it: the value of
 * its one top-level `name:` line, when that value can only be read as that string (a plain
 * word, on one line: the next line starts in column 1) and no other spelling of the key
 * (`"name":`, `? name`) appears. Else null, and the file is parsed when a lookup may need
 * it. Trimmed, and for macros without the `(N)` arity suffix, as `addMacro` and
 * `addDataSource` name them.
 */
export function nameAtAGlance(text: string, kind: Kind): string | null {
  let found: RegExpExecArray | null = null
  NAME_LINE.lastIndex = 0
  for (let m = NAME_LINE.exec(text); m !== null; m = NAME_LINE.exec(text)) {
    if (found !== null) return null
    found = m
  }
  if (found === null || /^(?:["']name["'][ \t]*:|\?)/m.test(text)) return null
  const next = found.index + found[0].length + 1
  if (next < text.length && /[\s#]/.test(text[next])) return null
  const value = found[1]
  if (kind === 'macros') {
    const m = MACRO_NAME.exec(value)
    if (m === null || (m[1] === '' && NOT_A_STRING.test(m[2]))) return null
    return m[2].replace(/\(\d+\)$/, '')
  }
  if (!DATA_SOURCE_NAME.test(value) || NOT_A_STRING.test(value)) return null
  return value
}

let parsedFiles = 0

/** How many definition files this process has parsed so far: what the lazy reading saves. */
export function parsedDefinitionFiles(): number {
  return parsedFiles
}

/** A file's parsed map, parsed once. */
function docOf(file: DefinitionFile): Plain | null {
  if (file.doc === undefined) {
    parsedFiles++
    file.doc = parseDefinition(file.text)
  }
  return file.doc
}

/**
 * The first file of the folder, in name order, whose definition `matches`, among the files
 * `named` (those whose name at a glance may match) and those without a name at a glance:
 * no other file is parsed.
 */
function firstDefinition<T>(
  contents: FolderContents,
  named: readonly number[] | undefined,
  read: (doc: Plain) => T | null,
  matches: (def: T) => boolean
): T | null {
  const a = named ?? []
  const b = contents.unnamed
  for (let i = 0, j = 0; i < a.length || j < b.length;) {
    const file = contents.files[j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++]]
    const doc = docOf(file)
    const def = doc === null ? null : read(doc)
    if (def !== null && matches(def)) return def
  }
  return null
}

function folderMacro(contents: FolderContents, name: string, arity: number): MacroDefinition | undefined {
  const key = macroKey(name, arity)
  let def = contents.macros.get(key)
  if (def === undefined) {
    def = firstDefinition(
      contents,
      contents.byName.get(name),
      readMacro,
      m => macroKey(m.name, m.args.length) === key
    )
    contents.macros.set(key, def)
  }
  return def ?? undefined
}

function folderDataSource(contents: FolderContents, name: string): DataSourceDefinition | undefined {
  let def = contents.dataSources.get(name)
  if (def === undefined) {
    def = firstDefinition(contents, contents.byName.get(name), readDataSource, d => d.name === name)
    contents.dataSources.set(name, def)
  }
  if (def !== null) return def
  const folded = name.toLowerCase()
  let byFolded = contents.dataSourcesFolded.get(folded)
  if (byFolded === undefined) {
    byFolded = firstDefinition(
      contents,
      contents.byFoldedName.get(folded),
      readDataSource,
      d => d.name.toLowerCase() === folded
    )
    contents.dataSourcesFolded.set(folded, byFolded)
  }
  return byFolded ?? undefined
}

function readFolder(folder: string): Array<{ name: string; text: string }> {
  let names: string[]
  try {
    names = readdirSync(folder).filter(n => /\.ya?ml$/i.test(n))
  } catch {
    return []
  }
  names.sort()
  const out: Array<{ name: string; text: string }> = []
  for (const name of names) {
    try {
      out.push({ name, text: readFileSync(path.join(folder, name), 'utf8') })
    } catch {
      // An unreadable file defines nothing; its absence shows as an undefined macro.
    }
  }
  return out
}

export type Plain = Record<string, unknown>

/**
 * A definition file's map, or null. PyYAML (which contentctl uses) accepts a quoted
 * multi-line value whose continuation lines start in column 1, which YAML 1.2 (js-yaml)
 * refuses as "deficient indentation"; such a file is read again with those lines indented.
 */
export function parseDefinition(text: string): Plain | null {
  const plain = plainDefinition(text)
  return plain !== undefined ? plain : loadDefinition(text)
}

/** `parseDefinition` by js-yaml's `load` alone. */
export function loadDefinition(text: string): Plain | null {
  const attempt = (t: string): Plain | null => {
    const doc: unknown = load(t, { schema: CORE_SCHEMA })
    return typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as Plain) : null
  }
  try {
    return attempt(text)
  } catch {
    try {
      return attempt(text.replace(/^(?![A-Za-z_"'][\w"' -]*:(?:\s|$)|#|-|\s|$)/gm, ' '))
    } catch {
      return null
    }
  }
}

/** The keys `readMacro` and `readDataSource` read. */
const DEFINITION_KEYS = new Set(['name', 'definition', 'arguments', 'source', 'sourcetype', 'separator'])
/** A tag, an anchor or an alias may start here: such a file is left to js-yaml. */
const TAG_ANCHOR_ALIAS = /(?:^|[\s,[{])[!&*]/
/** A plain scalar the core schema may read as null, a boolean or a number (not a string). */
const MAYBE_NOT_STRING = /^(?:$|[-+.\d~]|(?:null|true|false)$)/i

/**
 * The definition's map as js-yaml's `load` (core schema) gives it, for the keys the readers
 * use, read with the positioned parser the detections warmed up: a plain file (one document,
 * a map, no tag, anchor or alias, string keys each once, values that can only be strings,
 * lists or maps). Undefined for anything else, which `load` then reads: same answers, and
 * the same errors.
 */
export function plainDefinition(text: string): Plain | null | undefined {
  if (TAG_ANCHOR_ALIAS.test(text)) return undefined
  const parsed = parseYaml(text)
  if (parsed.error !== null || parsed.warnings.length > 0 || parsed.documents.length !== 1) return undefined
  const root = parsed.documents[0].root
  if (root === null || root.kind !== 'map' || !stringKeys(root)) return undefined
  const out: Plain = {}
  for (const { key, value } of root.entries) {
    if (!DEFINITION_KEYS.has(key.value)) continue
    const v = plainValue(value)
    if (v === undefined) return undefined
    out[key.value] = v
  }
  return out
}

/** Every map under `node` has string keys (as `load` reads them), each once. */
function stringKeys(node: YamlNode): boolean {
  if (node.kind === 'scalar') return true
  if (node.kind === 'seq') return node.items.every(stringKeys)
  const seen = new Set<string>()
  for (const { key, value } of (node as YamlMap).entries) {
    if (key.style === 'plain' && MAYBE_NOT_STRING.test(key.value)) return false
    if (key.value === '__proto__' || seen.has(key.value)) return false
    seen.add(key.value)
    if (!stringKeys(value)) return false
  }
  return true
}

/** A value as `load` gives it, as far as `str` and `Array.isArray` tell; undefined: not sure. */
function plainValue(node: YamlNode): unknown {
  if (node.kind === 'scalar')
    return node.style === 'plain' && MAYBE_NOT_STRING.test(node.value) ? undefined : node.value
  if (node.kind === 'map') return {}
  const items: unknown[] = []
  for (const item of node.items) {
    const v = plainValue(item)
    if (v === undefined) return undefined
    items.push(v)
  }
  return items
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return null
}

/** `name` may carry Splunk's `(N)` arity suffix (`security_content_ctime(1)`). */
export function readMacro(doc: Plain): MacroDefinition | null {
  const written = str(doc.name)
  const definition = str(doc.definition)
  if (written === null || definition === null) return null
  const name = written.trim().replace(/\(\d+\)$/, '')
  const args = Array.isArray(doc.arguments) ? doc.arguments.map(a => str(a) ?? '').filter(a => a !== '') : []
  return { name, args, definition }
}

export function readDataSource(doc: Plain): DataSourceDefinition | null {
  const name = str(doc.name)?.trim()
  if (!name) return null
  const separator = str(doc.separator)
  const code = /\b(\d+)$/.exec(name)
  return {
    name,
    source: str(doc.source),
    sourcetype: str(doc.sourcetype),
    separator,
    eventCode: code && separator !== null && /^event_?(code|id)$/i.test(separator) ? code[1] : null
  }
}

function macroKey(name: string, arity: number): string {
  return `${name}/${arity}`
}

/** The definitions a detection is read with. */
export interface Definitions {
  macro(name: string, arity: number): MacroDefinition | undefined
  dataSource(name: string): DataSourceDefinition | undefined
  /** Any data-source folder at all (else unresolved names are not worth a notice). */
  hasDataSources: boolean
}

export function loadDefinitions(f: DefinitionFolders): Definitions {
  // The detections of one folder share their definitions: built once per generation.
  const key = `${f.macros.join('\u0000')}\u0001${f.dataSources.join('\u0000')}`
  let defs = loaded.get(key)
  if (defs === undefined) loaded.set(key, (defs = buildDefinitions(f)))
  return defs
}

function buildDefinitions(f: DefinitionFolders): Definitions {
  const macros = f.macros.map(m => loadFolder(m, 'macros'))
  const sources = f.dataSources.map(d => loadFolder(d, 'data_sources'))
  return {
    macro(name, arity) {
      for (const m of macros) {
        const def = folderMacro(m, name, arity)
        if (def) return def
      }
      return undefined
    },
    dataSource(name) {
      for (const s of sources) {
        const def = folderDataSource(s, name)
        if (def) return def
      }
      return undefined
    },
    hasDataSources: sources.length > 0
  }
}

/**
 * A fingerprint of the definitions a detection read with `context` depends on: '' when it
 * has no folders. Part of the catalog cache's key of the detection.
 */
export function definitionsFingerprint(context?: ReadContext): string {
  const f = definitionFolders(context)
  if (f.macros.length === 0 && f.dataSources.length === 0) return ''
  // Once per generation and set of folders: the cache asks it of each of 1,500 detections.
  let out = fingerprints.get(f)
  if (out !== undefined) return out
  const hash = createHash('sha256')
  // Contents only, in order: a checkout moved elsewhere keeps its keys.
  for (const m of f.macros) hash.update(`macros\u0000${fingerprintOf(loadFolder(m, 'macros'))}\u0000`)
  for (const d of f.dataSources)
    hash.update(`data_sources\u0000${fingerprintOf(loadFolder(d, 'data_sources'))}\u0000`)
  fingerprints.set(f, (out = hash.digest('hex')))
  return out
}

/** `definitionsFingerprint` answers of this generation, by its folders (made anew each generation). */
const fingerprints = new WeakMap<DefinitionFolders, string>()
