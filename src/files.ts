/**
 * Finding rule files: the files, folders and globs users write, turned into sorted, unique
 * files, with every path that was found but cannot be walked reported (never dropped).
 *
 * - An entry that exists is taken literally, before any glob reading (`rules/[x].yml`).
 * - A folder is walked for `.yml`, `.yaml` and `.toml` files; a glob matches paths relative
 *   to the root with the usual glob rules (`*` and `**` do not match a name starting with a
 *   dot unless the pattern spells the dot). Walks skip dot folders (`.git`, `.github`,
 *   `.corpus`, ...) and `node_modules` below what was named, and, for the repository's own
 *   rules, what `.gitignore` files ignore (the `ignore` package reads them as git does).
 * - Unreadable folders and folder symlinks that loop are reported as problems; symlinked
 *   files and folders are followed. Whether a file is a regular file is decided when it is
 *   read (`source-file.ts`), where a broken link or a FIFO gets its finding.
 *
 * The walk is our own rather than a glob library's: fast-glob and tinyglobby either abort
 * on an unreadable folder or skip it silently (`suppressErrors`), and drop broken links
 * without a word, where detlint must name every path it could not read.
 */
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  type Dirent
} from 'node:fs'
import path from 'node:path'
import ignoreFactory, { type Ignore } from 'ignore'
import { Minimatch, minimatch } from 'minimatch'
import { RULE_EXTENSIONS } from './formats/index.js'
import { errorCode, errorText } from './source-file.js'

/** Folders never walked into unless named: dependencies. Dot folders are skipped too. */
const SKIP_DIRS = new Set(['node_modules'])

export const GLOB_CHARS = /[*?[\]{}!]/

/** The root `displayPath` saw last, and whether it is absolute and normalised. */
let lastRoot = ''
let lastRootPlain = false
/** A `.` or `..` segment, a leading, doubled or trailing separator: not a normalised tail. */
const UNPLAIN_TAIL = /(?:^|[\\/])\.\.?(?:[\\/]|$)|^[\\/]|[\\/][\\/]|[\\/]$/

/** Forward-slash path relative to `root` (absolute only when no relative path exists). */
export function displayPath(file: string, root: string): string {
  // A file the walk found under the root: the rest of its path, as path.relative gives it.
  if (file.length > root.length + 1 && file.charAt(root.length) === path.sep && file.startsWith(root)) {
    if (root !== lastRoot) {
      lastRoot = root
      lastRootPlain = path.isAbsolute(root) && path.resolve(root) === root
    }
    const tail = file.slice(root.length + 1)
    if (lastRootPlain && !UNPLAIN_TAIL.test(tail)) return path.sep === '/' ? tail : posix(tail)
  }
  // Elsewhere (a corpus beside the repository): the folder's relative path, worked out once
  // per folder, and the file's name.
  const cut = file.lastIndexOf(path.sep)
  const name = file.slice(cut + 1)
  if (
    cut > 0 &&
    path.isAbsolute(file) &&
    name !== '' &&
    name !== '.' &&
    name !== '..' &&
    !/[\\/]/.test(name)
  ) {
    const folder = shownFolder(file.slice(0, cut), root)
    if (folder !== null) return folder === '' ? name : `${folder}/${name}`
  }
  const rel = path.relative(root, file)
  const shown = rel === '' || path.isAbsolute(rel) ? file : rel
  return shown.split(path.sep).join('/')
}

/** Folder → its path relative to the root of `folderRoot` (null: none, the file is shown whole). */
const shownFolders = new Map<string, string | null>()
let folderRoot = ''

function shownFolder(folder: string, root: string): string | null {
  if (root !== folderRoot || shownFolders.size > 10_000) {
    shownFolders.clear()
    folderRoot = root
  }
  let shown = shownFolders.get(folder)
  if (shown === undefined) {
    const rel = path.relative(root, folder)
    shown = path.isAbsolute(rel) ? null : posix(rel)
    shownFolders.set(folder, shown)
  }
  return shown
}

function posix(p: string): string {
  return p.split(path.sep).join('/')
}

function isRuleExtension(name: string): boolean {
  return RULE_EXTENSIONS.includes(path.extname(name).toLowerCase())
}

function skippedDir(name: string): boolean {
  return name.startsWith('.') || SKIP_DIRS.has(name)
}

/** A path found under an entry that cannot be walked: becomes a finding on that path. */
export interface SourceProblem {
  /** Absolute path. */
  file: string
  /** Stable code: `io/unreadable-folder`, `io/symlink-loop`. */
  code: string
  message: string
}

// ---------------------------------------------------------------------------------------
// .gitignore

/** The `.gitignore` files that apply at one folder: each with the folder it sits in. */
export class GitIgnores {
  private constructor(private readonly layers: ReadonlyArray<{ base: string; ig: Ignore }>) {}

  /** Nothing ignored. */
  static none(): GitIgnores {
    return new GitIgnores([])
  }

  /**
   * The `.gitignore` files of the folders above `dir` up to the repository's top (the first
   * folder holding `.git`); none when `dir` is not in a repository. `dir`'s own is added
   * when it is entered.
   */
  static above(dir: string): GitIgnores {
    const chain: string[] = []
    let d = path.resolve(dir)
    while (!existsSync(path.join(d, '.git'))) {
      const up = path.dirname(d)
      if (up === d) return GitIgnores.none()
      chain.unshift(up)
      d = up
    }
    let layers = GitIgnores.none()
    for (const folder of chain) layers = layers.enter(folder)
    return layers
  }

  /** Every `.gitignore` file that applies at `dir`, its own included. */
  static at(dir: string): GitIgnores {
    return GitIgnores.above(dir).enter(path.resolve(dir))
  }

  /** The layers for a subfolder: these plus its own `.gitignore`, when it has one. */
  enter(dir: string): GitIgnores {
    let text: string
    try {
      text = readFileSync(path.join(dir, '.gitignore'), 'utf8')
    } catch {
      return this
    }
    return new GitIgnores([...this.layers, { base: dir, ig: ignoreFactory().add(text) }])
  }

  /**
   * Does a `.gitignore` ignore this path (a folder when `dir`)? As in git, the deepest file
   * with a rule for the path decides (`!name` below re-includes what a parent ignores).
   */
  ignores(abs: string, dir: boolean): boolean {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const { base, ig } = this.layers[i]
      const rel = posix(path.relative(base, abs))
      if (rel === '' || rel.startsWith('../') || path.isAbsolute(rel)) continue
      const verdict = ig.test(dir ? `${rel}/` : rel)
      if (verdict.ignored) return true
      if (verdict.unignored) return false
    }
    return false
  }
}

// ---------------------------------------------------------------------------------------
// The walk

interface WalkOptions {
  /** Keep this file (absolute path, name)? */
  keepFile: (abs: string) => boolean
  /** Walk into this folder (absolute path)? Dot folders and node_modules reach here only when `spelled`. */
  enterDir: (abs: string) => boolean
  /** Walk into this dot folder or `node_modules` (a glob that spells its name)? */
  spelled: (abs: string) => boolean
  gitignore: boolean
}

class Walker {
  readonly files: string[] = []
  readonly problems: SourceProblem[] = []
  /** Real paths of the folders walked, against folder symlinks walked twice. */
  private readonly seen = new Set<string>()

  constructor(private readonly options: WalkOptions) {}

  /**
   * Walks folder `dir`. `known`: its real path, when it is a plain folder (not a link) of a
   * folder whose real path is known: then it is that folder's real path and its name, and the
   * system is not asked.
   */
  walk(dir: string, ignores: GitIgnores, ancestors: readonly string[] = [], known?: string): void {
    let real: string
    if (known !== undefined) real = known
    else
      try {
        // The system's realpath: one call, where the JavaScript one looks at every component.
        real = realpathSync.native(dir)
      } catch (err) {
        this.unreadable(dir, err)
        return
      }
    if (ancestors.includes(real)) {
      this.problems.push({
        file: dir,
        code: 'io/symlink-loop',
        message: `a symbolic link loop: this folder leads back to ${real}, which contains it; not walked again`
      })
      return
    }
    if (this.seen.has(real)) return
    this.seen.add(real)
    let entries: Dirent[]
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch (err) {
      this.unreadable(dir, err)
      return
    }
    const here = this.options.gitignore ? ignores.enter(dir) : ignores
    const chain = [...ancestors, real]
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    // An entry's path is the folder's and its name (a name holds no separator, and the
    // folder's path is normalised): no path.join per entry.
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep
    const realPrefix = real.endsWith(path.sep) ? real : real + path.sep
    for (const e of entries) this.visit(prefix + e.name, e, here, chain, realPrefix)
  }

  private visit(
    abs: string,
    e: Dirent,
    ignores: GitIgnores,
    chain: readonly string[],
    realPrefix: string
  ): void {
    let isDir = e.isDirectory()
    const link = e.isSymbolicLink()
    if (link) {
      try {
        isDir = statSync(abs).isDirectory()
      } catch (err) {
        if (errorCode(err) === 'ELOOP' || !isRuleExtension(e.name)) {
          if (errorCode(err) === 'ELOOP') this.loop(abs)
          return
        }
        // A broken link named like a rule: kept, so reading it reports the broken link.
        if (this.options.keepFile(abs)) this.files.push(abs)
        return
      }
    }
    if (isDir) {
      if (skippedDir(e.name) && !this.options.spelled(abs)) return
      if (this.options.gitignore && ignores.ignores(abs, true)) return
      // Through a link, the system says where it leads; else it is here, by its name.
      if (this.options.enterDir(abs)) this.walk(abs, ignores, chain, link ? undefined : realPrefix + e.name)
      return
    }
    if (this.options.gitignore && ignores.ignores(abs, false)) return
    if (this.options.keepFile(abs)) this.files.push(abs)
  }

  private unreadable(dir: string, err: unknown): void {
    if (errorCode(err) === 'ELOOP') return this.loop(dir)
    const code = errorCode(err)
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : errorText(err)
    this.problems.push({
      file: dir,
      code: 'io/unreadable-folder',
      message: `cannot read this folder: ${why}`
    })
  }

  private loop(abs: string): void {
    this.problems.push({
      file: abs,
      code: 'io/symlink-loop',
      message: 'a symbolic link loop: the link resolves to itself through other links'
    })
  }
}

// ---------------------------------------------------------------------------------------
// Entries: files, folders, globs

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

/** Is the entry a path that exists (a file, folder, or link of any state)? */
function existsLiterally(abs: string): boolean {
  try {
    lstatSync(abs)
    return true
  } catch {
    return false
  }
}

function isDirectory(abs: string): boolean {
  try {
    return statSync(abs).isDirectory()
  } catch {
    return false
  }
}

export interface ResolveOptions {
  /** Globs, relative to the root, of paths to leave out (the config's `ignore`). */
  ignore?: readonly string[]
  /** Leave out what `.gitignore` files ignore (the repository's own rules; not corpora). */
  gitignore?: boolean
}

export interface ResolvedSources {
  /** Files to read: absolute, sorted, unique. */
  files: string[]
  /** Entries (as given) that do not exist and are not globs. */
  missing: string[]
  /** Each entry as given, with the files it yields (sorted) and the problems met under it. */
  entries: Array<{ entry: string; files: string[]; problems: number }>
  /** Paths found that cannot be walked. */
  problems: SourceProblem[]
}

function matchesAny(rel: string, patterns: readonly string[]): boolean {
  return patterns.some(p => minimatch(rel, p, { dot: true }))
}

/** The files one entry yields (before the ignore globs), and the problems met. */
function expandEntry(
  entry: string,
  root: string,
  gitignore: boolean
): { files: string[]; problems: SourceProblem[]; missing: boolean } {
  const abs = path.resolve(root, entry)
  const ignores = (dir: string): GitIgnores => (gitignore ? GitIgnores.above(dir) : GitIgnores.none())
  if (existsLiterally(abs)) {
    if (!isDirectory(abs)) return { files: [abs], problems: [], missing: false }
    const walker = new Walker({
      keepFile: f => isRuleExtension(f),
      enterDir: () => true,
      spelled: () => false,
      gitignore
    })
    walker.walk(abs, ignores(abs), [])
    return { files: walker.files, problems: walker.problems, missing: false }
  }
  if (!GLOB_CHARS.test(entry)) return { files: [], problems: [], missing: true }
  const pattern = posix(entry)
  const full = new Minimatch(pattern, { dot: false })
  const partial = new Minimatch(pattern, { dot: false, partial: true })
  const base = path.resolve(root, globBase(pattern))
  const segments = new Set(pattern.split('/'))
  const rel = (f: string): string => posix(path.relative(root, f))
  const walker = new Walker({
    keepFile: f => full.match(rel(f)),
    enterDir: d => partial.match(rel(d)),
    // Without dot matching, only a segment that spells the dot reaches a dot folder.
    spelled: d =>
      partial.match(rel(d)) && (path.basename(d).startsWith('.') || segments.has(path.basename(d))),
    gitignore
  })
  if (isDirectory(base)) walker.walk(base, ignores(base), [])
  return { files: walker.files, problems: walker.problems, missing: false }
}

/**
 * Catalog or check sources as users write them: files, folders (walked for rule files) or
 * globs, relative to `root`. A literal path that exists is never read as a glob.
 */
export function resolveSources(
  entries: readonly string[],
  root: string,
  options: ResolveOptions | readonly string[] = {}
): ResolvedSources {
  const opts: ResolveOptions = Array.isArray(options) ? { ignore: options } : (options as ResolveOptions)
  const ignore = opts.ignore ?? []
  const all = new Set<string>()
  const missing: string[] = []
  const expanded: ResolvedSources['entries'] = []
  const problems: SourceProblem[] = []
  for (const entry of new Set(entries)) {
    const got = expandEntry(entry, root, opts.gitignore === true)
    if (got.missing) missing.push(entry)
    const kept = got.files.filter(f => ignore.length === 0 || !matchesAny(displayPath(f, root), ignore))
    expanded.push({ entry, files: [...new Set(kept)].sort(), problems: got.problems.length })
    for (const f of kept) all.add(f)
    problems.push(...got.problems)
  }
  const seen = new Set<string>()
  const unique = problems.filter(p => !seen.has(p.file) && seen.add(p.file))
  return { files: [...all].sort(), missing, entries: expanded, problems: unique }
}

export interface SelectOptions {
  /** The config's `ignore` globs. */
  ignore: readonly string[]
  /** Sources (baseline) whose files are never targets: their selection patterns. */
  exclude?: readonly string[]
  /** The `.gitignore` files applying at the root (`GitIgnores.at(root)`), or none. */
  gitignores?: GitIgnores
  /** Absolute root, for the `.gitignore` files below it. */
  root?: string
}

/**
 * Is a changed file (`rel`: root-relative, forward slashes) one the walk of `patterns` would
 * find? The same rules: globs without dot matching, no dot folders or `node_modules` below
 * what the pattern spells, not ignored by the config or `.gitignore`, not a baseline file.
 */
export function isSelected(rel: string, patterns: readonly string[], options: SelectOptions): boolean {
  if (!patterns.some(p => minimatch(rel, p, { dot: false }) && !underSkippedDir(rel, p))) return false
  if (matchesAny(rel, options.ignore)) return false
  if ((options.exclude ?? []).some(p => minimatch(rel, p, { dot: true }))) return false
  const { gitignores, root } = options
  if (gitignores && root !== undefined && gitIgnored(rel, root, gitignores)) return false
  return true
}

/** Does `rel` pass through a `node_modules` folder that the pattern does not spell? */
function underSkippedDir(rel: string, pattern: string): boolean {
  const dirs = rel.split('/').slice(0, -1)
  return dirs.some(d => SKIP_DIRS.has(d) && !pattern.split('/').includes(d))
}

function gitIgnored(rel: string, root: string, gitignores: GitIgnores): boolean {
  const segs = rel.split('/')
  let layers = gitignores
  let dir = root
  for (const seg of segs.slice(0, -1)) {
    dir = path.join(dir, seg)
    if (layers.ignores(dir, true)) return true
    layers = layers.enter(dir)
  }
  return layers.ignores(path.join(root, rel), false)
}
