/** Finding rule files: folders walked, globs matched, output sorted and unique. */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { minimatch } from 'minimatch'
import { RULE_EXTENSIONS } from './formats/index.js'

const SKIP_DIRS = new Set(['.git', 'node_modules'])

/** Forward-slash path relative to `root` (absolute only when no relative path exists). */
export function displayPath(file: string, root: string): string {
  const rel = path.relative(root, file)
  const shown = rel === '' || path.isAbsolute(rel) ? file : rel
  return shown.split(path.sep).join('/')
}

/** Collects files below `dir`: rule files only, or all files. */
function walk(dir: string, out: string[], rulesOnly = true): void {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const e of entries) {
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(path.join(dir, e.name), out, rulesOnly)
    } else if (e.isFile() && (!rulesOnly || RULE_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))) {
      out.push(path.join(dir, e.name))
    }
  }
}

function matchesAny(rel: string, patterns: readonly string[]): boolean {
  return patterns.some(p => minimatch(rel, p, { dot: true }))
}

export interface ListOptions {
  /** Globs, relative to `root`, of paths to leave out. */
  ignore?: readonly string[]
  root?: string
}

/**
 * Expands files and folders into rule files: a folder is walked for rule extensions, a
 * file is kept as given (whatever its extension). Missing paths are returned in `missing`.
 */
export function listRuleFiles(
  inputs: readonly string[],
  options: ListOptions = {}
): { files: string[]; missing: string[] } {
  const root = options.root ?? process.cwd()
  const ignore = options.ignore ?? []
  const found: string[] = []
  const missing: string[] = []
  for (const input of inputs) {
    const abs = path.resolve(root, input)
    let st
    try {
      st = statSync(abs)
    } catch {
      missing.push(input)
      continue
    }
    if (st.isDirectory()) walk(abs, found)
    else found.push(abs)
  }
  const files = [...new Set(found)]
    .filter(f => ignore.length === 0 || !matchesAny(displayPath(f, root), ignore))
    .sort()
  return { files, missing }
}

const GLOB_CHARS = /[*?[\]{}!]/

/** The folder a glob can only match below: its leading segments without glob characters. */
function globBase(pattern: string): string {
  const segs = pattern.split('/')
  const base: string[] = []
  for (const seg of segs.slice(0, -1)) {
    if (GLOB_CHARS.test(seg)) break
    base.push(seg)
  }
  return base.join('/') || '.'
}

/** Files under `root` whose root-relative path matches one of `patterns` and none of `ignore`. */
export function globFiles(
  root: string,
  patterns: readonly string[],
  ignore: readonly string[] = []
): string[] {
  const out = new Set<string>()
  for (const pattern of patterns) {
    const candidates: string[] = []
    walk(path.resolve(root, globBase(pattern)), candidates, false)
    for (const f of candidates) {
      const rel = displayPath(f, root)
      if (minimatch(rel, pattern, { dot: true }) && !matchesAny(rel, ignore)) out.add(f)
    }
  }
  return [...out].sort()
}

/**
 * Catalog or check sources as users write them: folders (walked for rule files), files,
 * or globs relative to `root`.
 */
export function resolveSources(
  entries: readonly string[],
  root: string,
  ignore: readonly string[] = []
): { files: string[]; missing: string[] } {
  const globs = entries.filter(e => GLOB_CHARS.test(e))
  const plain = entries.filter(e => !GLOB_CHARS.test(e))
  const listed = listRuleFiles(plain, { root, ignore })
  const files = [...new Set([...listed.files, ...globFiles(root, globs, ignore)])].sort()
  return { files, missing: listed.missing }
}

/** Does `rel` (root-relative, forward slashes) match the rule globs and not the ignore globs? */
export function isSelected(rel: string, patterns: readonly string[], ignore: readonly string[]): boolean {
  return matchesAny(rel, patterns) && !matchesAny(rel, ignore)
}
