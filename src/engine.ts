/**
 * The main job, shared by the CLI and the action: read the rules, build the catalog (from
 * the cache where it can), run the checks, apply suppressions, and return one
 * deterministic report.
 */
import path from 'node:path'
import type { Diagnostic, ParseResult, ReadContext, Rule } from './ir.js'
import { readRuleFile, whyNotARule } from './formats/index.js'
import { capResult } from './diagnostics-cap.js'
import {
  refreshSplunkDefinitions,
  splunkDefinitionsFingerprint,
  splunkDependencies
} from './formats/splunk/index.js'
import { displayPath, resolveSources, type ResolvedSources, type SourceProblem } from './files.js'
import {
  decodeSource,
  readSourceBytes,
  statFingerprint,
  type FileProblem,
  type SourceBytes
} from './source-file.js'
import type { Settings } from './config.js'
import {
  compareFindings,
  summarize,
  type CheckId,
  type Finding,
  type Report,
  type SkippedFile,
  type SuppressedFinding
} from './findings.js'
import { CatalogBuilder, loadCatalogFile, mergeCatalogs, withAttack, type Catalog } from './catalog/index.js'
import {
  buildCatalogCached,
  catalogFromEntries,
  freshEntry,
  type CacheOutcome,
  type CorpusReader,
  type FileEntry,
  type FileToParse
} from './catalog/cache.js'
import {
  parseInWorkers,
  workerCount,
  type ParsedFile,
  type ParseTask,
  type WorkerSetup
} from './catalog/parallel.js'
import { CHECKS, checkRuns, runChecks, parseErrorFindings } from './checks/index.js'
import type { Check } from './checks/types.js'
import { parseErrorFinding } from './checks/parse-error.js'
import type { AttackTable } from './attack/table.js'
import {
  applySuppressions,
  parseInlineSuppressions,
  type CheckedFile,
  type CheckedRegion
} from './suppress.js'

export interface ReadFile {
  /** Path as shown in findings: relative to the root, forward slashes. */
  path: string
  result: ParseResult
  /** The file's text; empty when it could not be read. */
  text: string
  /** Why the file is not a rule (no format recognised it), or absent. */
  skipped?: string
}

/** A file (or folder) that could not be read: one error diagnostic on it. */
function problemDiagnostic(shown: string, p: FileProblem): Diagnostic {
  return { path: shown, line: 1, column: 1, severity: 'error', code: p.code, message: p.message }
}

function unreadable(shown: string, p: FileProblem): ReadFile {
  return { path: shown, result: { rules: [], diagnostics: [problemDiagnostic(shown, p)] }, text: '' }
}

/** Turns one file's text into rules: the format readers, or a stand-in given by a test. */
export type FileParser = (shown: string, text: string, context: ReadContext) => ParseResult

/** Something detlint itself threw on one file: kept so `--debug` can print the stack. */
export interface InternalFailure {
  /** Display path of the file. */
  path: string
  /** What was being done: `reading`, `checking`, `adding to the catalog`. */
  stage: string
  error: unknown
}

/**
 * The diagnostic of an internal failure on a file: its message, never its stack (that is
 * for `--debug`). Reported as a `parse-error` finding with code `internal-error`, even when
 * parse-error is turned off, so that no file silently drops out of a run.
 */
export function internalErrorDiagnostic(f: InternalFailure): Diagnostic {
  const msg = f.error instanceof Error ? f.error.message : String(f.error)
  return {
    path: f.path,
    line: 1,
    column: 1,
    severity: 'error',
    code: 'internal-error',
    message: `detlint failed on this file while ${f.stage}: ${msg} (a bug in detlint; the other files are not affected)`
  }
}

/**
 * Parses bytes already read from `file` (an error when they could not be read): decoded
 * (UTF-16/32 by their byte order mark), read by the format that recognises them, with the
 * encoding's problems when it is a rule file; otherwise the reason it is not a rule.
 * Whatever the reader throws becomes an `internal-error` diagnostic of the file.
 */
function parseBytes(
  file: string,
  shown: string,
  bytes: SourceBytes,
  context: ReadContext = {},
  parser: FileParser = readRuleFile,
  failures?: InternalFailure[]
): ReadFile {
  if (!bytes.ok) return unreadable(shown, bytes)
  const { text, problems } = decodeSource(bytes.bytes)
  let result: ParseResult
  try {
    result = capResult(parser(shown, text, { ...context, file }))
  } catch (error) {
    const failure = { path: shown, stage: 'reading it', error }
    failures?.push(failure)
    return { path: shown, result: { rules: [], diagnostics: [internalErrorDiagnostic(failure)] }, text }
  }
  if (result.rules.length === 0 && result.diagnostics.length === 0)
    return { path: shown, result, text, skipped: whyNotARule(shown, text) }
  const encoding: Diagnostic[] = problems.map(p => ({ path: shown, ...p }))
  return { path: shown, result: { ...result, diagnostics: [...encoding, ...result.diagnostics] }, text }
}

/** What readers may use beyond a file's text: the configured Splunk folders, from `root`. */
export function readContext(settings: Settings, root: string): ReadContext {
  return {
    splunkMacros: settings.splunk.macros.map(d => path.resolve(root, d)),
    splunkDataSources: settings.splunk.dataSources.map(d => path.resolve(root, d))
  }
}

/**
 * Reads one file (at most `maxBytes`); an unreadable file becomes a diagnostic. Paths in the
 * result are display paths.
 */
export function readOne(
  file: string,
  root: string,
  context: ReadContext = {},
  maxBytes?: number,
  failures?: InternalFailure[]
): ReadFile {
  return parseBytes(
    file,
    displayPath(file, root),
    readSourceBytes(file, maxBytes),
    context,
    readRuleFile,
    failures
  )
}

/** Folders that could not be walked and folder links that loop, as diagnostics. */
export function problemDiagnostics(problems: readonly SourceProblem[], root: string): Diagnostic[] {
  return problems.map(p => problemDiagnostic(displayPath(p.file, root), p))
}

/** Every diagnostic of a parse result: the file's own plus each rule's. */
export function allDiagnostics(result: ParseResult): Diagnostic[] {
  return [...result.diagnostics, ...result.rules.flatMap(r => r.diagnostics)]
}

export interface CheckRequest {
  /** Files, folders or globs whose rules are checked. */
  targets: string[]
  /** Files, folders or globs of the repository's rules: part of the catalog. */
  corpus: string[]
  /**
   * Files, folders or globs of other corpora: part of the catalog, never checked, read
   * whole (`.gitignore` does not apply).
   */
  baselines?: string[]
  /** Prebuilt catalog files merged into the catalog. */
  catalogFiles?: string[]
  /** The file reader (default: the format readers); a seam for tests. */
  parser?: FileParser
  /** The checks to run (default: `CHECKS`); a seam for tests. */
  checks?: readonly Check[]
  settings: Settings
  /** Folder that paths are resolved against and shown relative to. */
  root: string
  /**
   * Catalog cache file (relative to `root`): reused for every corpus file whose bytes are
   * unchanged, and rewritten when something changed. No cache when absent.
   */
  cacheFile?: string
  /** The ATT&CK table: without it, the checks that need one do not run. */
  attack?: AttackTable
  /** Told of each file as it is first read, and how many there are in all (progress lines). */
  progress?: FileProgress
  /**
   * Sees every corpus rule parsed (not those a cache reuses), e.g. to keep trees for the
   * site. With it (or with `parser`), the corpus is parsed on this thread alone: worker
   * threads return catalog entries, not rule trees.
   */
  onRule?: (rule: Rule) => void
}

/** `(read, total)`: files read so far of the run's files. */
export type FileProgress = (read: number, total: number) => void

export interface CheckOutcome {
  report: Report & { suppressed: SuppressedFinding[]; skipped: SkippedFile[] }
  catalog: Catalog
  /** Target and baseline paths (as given) that do not exist. */
  missing: string[]
  /**
   * Target and baseline entries (as given) that yield no rule file: nothing matched, or
   * only files that are not rules (and no file that could not be read).
   */
  noRules: string[]
  /** How the corpus part of the catalog was built. */
  cache: CacheOutcome
  /**
   * What detlint threw on a file, in the order met: each is also an `internal-error`
   * finding when the file is a target; for other corpus files, the rule is left out of the
   * catalog and the caller says so.
   */
  failures: InternalFailure[]
}

/**
 * Reads and parses files. The files to check (`keep`) are parsed once and kept for the
 * checks; every other corpus file is parsed, reduced to its catalog entries and dropped, so
 * a large public corpus does not stay in memory.
 */
class FileReader implements CorpusReader {
  private files = new Map<string, ReadFile>()
  /** What readers may use beyond a file's text: the configured Splunk folders. */
  private readonly context: ReadContext
  /** Files read so far, for `progress`. */
  private readonly seen = new Set<string>()
  private readonly maxBytes: number
  /** Everything thrown on a file, in order. */
  readonly failures: InternalFailure[] = []
  private readonly setup: WorkerSetup
  constructor(
    private root: string,
    settings: Settings,
    private readonly keep: ReadonlySet<string> = new Set(),
    private readonly progress?: (read: number) => void,
    private readonly parser: FileParser = readRuleFile
  ) {
    this.context = readContext(settings, root)
    this.maxBytes = settings.maxFileSize
    this.setup = { context: this.context, maxBytes: this.maxBytes }
    if (parser === readRuleFile && workerCount(Number.MAX_SAFE_INTEGER) > 0)
      this.entries = files => this.parseAll(files)
    refreshSplunkDefinitions() // a new run: definitions changed since the last are read again
  }

  private touch(file: string): void {
    if (this.progress === undefined || this.seen.has(file)) return
    this.seen.add(file)
    this.progress(this.seen.size)
  }

  shown(file: string): string {
    return displayPath(file, this.root)
  }

  bytes(file: string): Buffer | null {
    this.touch(file)
    const b = readSourceBytes(file, this.maxBytes)
    return b.ok ? b.bytes : null
  }

  rules(file: string, bytes: Buffer | null): readonly Rule[] {
    // Unreadable: read again through `read`, which keeps the error for the report.
    if (bytes === null) return this.read(file).result.rules
    const kept = this.files.get(file)
    if (kept) return kept.result.rules
    const r = parseBytes(
      file,
      this.shown(file),
      { ok: true, bytes },
      this.context,
      this.parser,
      this.failures
    )
    if (this.keep.has(file)) this.files.set(file, r)
    return r.result.rules
  }

  /** A rule of `file` that could not be added to the catalog. */
  failed(file: string, err: unknown): void {
    this.failures.push({ path: this.shown(file), stage: ADDING, error: err })
  }

  dependencies(file: string, bytes: Buffer): string | null {
    return splunkDependencies(file, bytes, this.context)
  }

  definitions(file: string): string {
    return splunkDefinitionsFingerprint(file, this.context)
  }

  /**
   * The file's stat fingerprint (null: it is read instead). The cache asks it of a file it
   * may not read, so the file counts as seen for progress here.
   */
  stat(file: string): string | null {
    this.touch(file)
    return statFingerprint(file, this.maxBytes)
  }

  /** The file's bytes and the stat fingerprint of what was read (null when unreadable). */
  readWithStat(file: string): { bytes: Buffer | null; stat: string | null } {
    this.touch(file)
    const b = readSourceBytes(file, this.maxBytes)
    return b.ok ? { bytes: b.bytes, stat: b.stat ?? null } : { bytes: null, stat: null }
  }

  /**
   * The catalog entries of `files`, in order, each as `freshEntry` makes it from `rules`:
   * with enough files, worker threads parse them with this thread (see
   * catalog/parallel.ts); files kept for the checks and files a worker could not read are
   * parsed here, in their turn, so that failures are met in file order whoever parsed a
   * file. Present only when workers may be used (the default reader, and workers allowed
   * on this machine): otherwise the catalog is built file by file as it is read, as before.
   */
  readonly entries?: (files: readonly FileToParse[]) => FileEntry[]

  private parseAll(files: readonly FileToParse[]): FileEntry[] {
    const candidates: number[] = []
    files.forEach((f, i) => {
      if (f.bytes !== null && !this.keep.has(f.file)) candidates.push(i)
    })
    const workers = candidates.length === 0 ? 0 : workerCount(candidates.length)
    if (workers === 0) return files.map(f => this.entry(f))
    const tasks: ParseTask[] = candidates.map(i => {
      const { file, bytes } = files[i]
      return bytes ? { file, shown: this.shown(file), bytes } : { file, shown: this.shown(file) }
    })
    const results = parseInWorkers(tasks, workers, this.setup, parseCorpusFile, i =>
      this.touch(tasks[i].file)
    )
    const parsed = new Map<number, ParsedFile>(candidates.map((at, k) => [at, results[k]]))
    return files.map((f, i) => {
      const r = parsed.get(i)
      if (r === undefined || r === null) return this.entry(f)
      const shown = this.shown(f.file)
      let added = true
      for (const { stage, error } of r.failures) {
        this.failures.push({ path: shown, stage, error })
        if (stage === ADDING) added = false
      }
      // As freshEntry: a file with a rule left out is not cached.
      return { path: shown, sha256: added ? (f.hash ?? '') : '', keys: r.keys, rules: r.rules }
    })
  }

  /** One file's entry, parsed here. */
  private entry({ file, bytes, hash }: FileToParse): FileEntry {
    const rules = bytes === undefined ? this.read(file).result.rules : this.rules(file, bytes)
    return freshEntry(this.shown(file), hash ?? '', rules, err => this.failed(file, err))
  }

  read(file: string): ReadFile {
    this.touch(file)
    let r = this.files.get(file)
    if (!r) {
      r = parseBytes(
        file,
        this.shown(file),
        readSourceBytes(file, this.maxBytes),
        this.context,
        this.parser,
        this.failures
      )
      if (this.keep.has(file)) this.files.set(file, r)
    }
    return r
  }
}

/** The stage of an InternalFailure thrown while a rule is added to the catalog. */
const ADDING = 'adding it to the catalog'

/**
 * One corpus file read (unless its bytes are given), parsed and reduced to its catalog
 * entry; null when it cannot be read. The same on the main thread and in a worker
 * (dist/worker.js), so that who parsed a file never shows in the catalog.
 */
export function parseCorpusFile(task: ParseTask, setup: WorkerSetup): ParsedFile {
  const source: SourceBytes =
    task.bytes === undefined
      ? readSourceBytes(task.file, setup.maxBytes)
      : // Bytes sent to a worker arrive as a plain Uint8Array.
        { ok: true, bytes: Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength) }
  if (!source.ok) return null
  const failures: InternalFailure[] = []
  const read = parseBytes(task.file, task.shown, source, setup.context, readRuleFile, failures)
  const entry = freshEntry(task.shown, '', read.result.rules, error =>
    failures.push({ path: task.shown, stage: ADDING, error })
  )
  return {
    keys: entry.keys,
    rules: entry.rules,
    failures: failures.map(({ stage, error }) => ({ stage, error }))
  }
}

/** The catalog of the corpus files: through the cache when one is given; `onRule` sees every rule read. */
function corpusCatalog(
  files: readonly string[],
  reader: FileReader,
  settings: Settings,
  cacheFile: string | undefined,
  onRule?: (rule: Rule) => void
): { catalog: Catalog; cache: CacheOutcome } {
  if (cacheFile === undefined && onRule === undefined && reader.entries) {
    const entries = reader.entries(files.map(file => ({ file, hash: '' })))
    return { catalog: catalogFromEntries(entries), cache: { status: 'off', reused: 0, parsed: files.length } }
  }
  if (cacheFile === undefined) {
    const builder = new CatalogBuilder()
    for (const f of files)
      for (const r of reader.read(f).result.rules)
        try {
          builder.add(r)
          onRule?.(r)
        } catch (err) {
          reader.failed(f, err)
        }
    return { catalog: builder.finish(), cache: { status: 'off', reused: 0, parsed: files.length } }
  }
  if (onRule === undefined) return buildCatalogCached(files, reader, { cacheFile, ignore: settings.ignore })
  // The cache keeps catalog entries, not rules: `onRule` (the website draws each rule's
  // logic) sees the rules of the files parsed for the cache as they are parsed (here, not in
  // workers), and then those of the files it reused, read again for it.
  const parsed = new Set<string>()
  // Every method the reader has (a new one fails to compile here until it is passed on).
  const showing: Required<Omit<CorpusReader, 'entries'>> = {
    shown: f => reader.shown(f),
    bytes: f => reader.bytes(f),
    rules: (f, bytes) => {
      const rules = reader.rules(f, bytes)
      parsed.add(f)
      for (const r of rules) onRule(r)
      return rules
    },
    failed: (f, err) => reader.failed(f, err),
    dependencies: (f, bytes) => reader.dependencies(f, bytes),
    definitions: f => reader.definitions(f),
    stat: f => reader.stat(f),
    readWithStat: f => reader.readWithStat(f)
  }
  const built = buildCatalogCached(files, showing, { cacheFile, ignore: settings.ignore })
  for (const f of files) if (!parsed.has(f)) for (const r of reader.read(f).result.rules) onRule(r)
  return built
}

/**
 * The repository's own sources (the targets' folders and globs): what `.gitignore` ignores,
 * dot folders and `node_modules` left out.
 */
export function repositorySources(
  entries: readonly string[],
  root: string,
  settings: Settings
): ResolvedSources {
  return resolveSources(entries, root, { ignore: settings.ignore, gitignore: true })
}

/**
 * Other corpora (`--baseline`, `baseline:`): folders, files or globs, read whole (a corpus
 * checked out into a git-ignored folder is still read). Named corpora resolve here too.
 */
export function baselineSources(
  entries: readonly string[],
  root: string,
  settings: Settings
): ResolvedSources {
  return resolveSources(entries, root, { ignore: settings.ignore })
}

/** The union of resolved sources: files sorted and unique. */
function union(...sources: ResolvedSources[]): string[] {
  return [...new Set(sources.flatMap(s => s.files))].sort()
}

/** Entries (as given) none of whose files is in `ruleFiles`: they yield no rule file. */
function entriesWithoutRules(sources: ResolvedSources, ruleFiles: (file: string) => boolean): string[] {
  return sources.entries.filter(e => e.problems === 0 && !e.files.some(ruleFiles)).map(e => e.entry)
}

/**
 * The catalog of rule files (folders, files or globs under `root`), through `cacheFile`
 * when given: `detlint catalog build`. Missing sources and sources that yield no rule file
 * are returned, not an error. `onRule` sees every rule read (with a cache, those of the
 * files it reused too), e.g. to keep their trees.
 */
export function buildCorpusCatalog(
  sources: readonly string[],
  root: string,
  settings: Settings,
  cacheFile?: string,
  progress?: FileProgress,
  onRule?: (rule: Rule) => void
): {
  catalog: Catalog
  cache: CacheOutcome
  missing: string[]
  noRules: string[]
  failures: InternalFailure[]
} {
  const corpus = baselineSources(sources, root, settings)
  const cache = cacheFile === undefined ? undefined : path.resolve(root, cacheFile)
  const total = corpus.files.length
  const reader = new FileReader(root, settings, undefined, progress && (read => progress(read, total)))
  const built = corpusCatalog(corpus.files, reader, settings, cache, onRule)
  const rulePaths = new Set(built.catalog.rules.map(r => r.path))
  return {
    ...built,
    missing: corpus.missing,
    noRules: entriesWithoutRules(corpus, f => rulePaths.has(displayPath(f, root))),
    failures: reader.failures
  }
}

/** The checks that ran on a rule: a rule whose logic could not be read only gets its parse-error. */
function checksRun(
  rule: Rule | null,
  settings: Settings,
  attack: AttackTable | undefined,
  checks: readonly Check[]
): Set<CheckId> {
  const ran = new Set<CheckId>()
  if (settings.checks['parse-error'].enabled) ran.add('parse-error')
  if (rule === null || rule.diagnostics.some(d => d.severity === 'error')) return ran
  for (const check of checks) if (checkRuns(check, settings, attack)) ran.add(check.id)
  return ran
}

/** The file's regions, one per rule (from its first line), or one for the whole file. */
function regionsOf(
  rules: readonly Rule[],
  settings: Settings,
  attack: AttackTable | undefined,
  checks: readonly Check[]
): CheckedRegion[] {
  if (rules.length === 0)
    return [{ start: 1, ruleId: null, ruleTitle: null, ran: checksRun(null, settings, attack, checks) }]
  const sorted = [...rules].sort((a, b) => a.line - b.line)
  return sorted.map((r, i) => ({
    start: i === 0 ? 1 : r.line,
    ruleId: r.id,
    ruleTitle: r.title,
    ran: checksRun(r, settings, attack, checks)
  }))
}

interface CheckedTargets {
  findings: Finding[]
  checked: CheckedFile[]
  rulesChecked: number
  skipped: SkippedFile[]
}

/** The finding of an internal failure on a file (on `rule` when there is one). */
function internalErrorFinding(failure: InternalFailure, settings: Settings, rule?: Rule): Finding {
  return parseErrorFinding(internalErrorDiagnostic(failure), settings, rule)
}

/**
 * Runs the checks on every target file; returns the findings and what suppressions need.
 * Each file is checked under one guard: whatever is thrown on it (reading, a check, its
 * suppression comments) becomes an `internal-error` finding on it, and the other files
 * are checked as usual.
 */
function checkTargets(
  files: readonly string[],
  reader: FileReader,
  catalog: Catalog,
  settings: Settings,
  attack: AttackTable | undefined,
  checks: readonly Check[]
): CheckedTargets {
  const findings: Finding[] = []
  const checked: CheckedFile[] = []
  const skipped: SkippedFile[] = []
  let rulesChecked = 0
  const failedFiles = new Map<string, InternalFailure[]>()
  for (const failure of reader.failures) {
    const list = failedFiles.get(failure.path) ?? []
    failedFiles.set(failure.path, list.concat(failure))
  }
  for (const f of files) {
    const shown = reader.shown(f)
    const own: Finding[] = []
    try {
      const { result, text, skipped: why } = reader.read(f)
      own.push(...parseErrorFindings(result, settings))
      // Failures met while building the catalog (reading failures are in `result` already).
      for (const failure of failedFiles.get(shown) ?? [])
        if (failure.stage !== 'reading it') own.push(internalErrorFinding(failure, settings))
      for (const rule of result.rules) {
        rulesChecked++
        // A rule whose logic could not be fully read has its parse-error; judging the rest
        // of it would only add noise.
        if (rule.diagnostics.some(d => d.severity === 'error')) continue
        try {
          own.push(...runChecks(rule, catalog, settings, { attack, text, checks }))
        } catch (error) {
          const failure = { path: shown, stage: 'checking it', error }
          reader.failures.push(failure)
          own.push(internalErrorFinding(failure, settings, rule))
        }
      }
      // A file no reader recognised is not a rule file: its comments are not ours.
      if (why !== undefined) skipped.push({ path: shown, reason: why })
      else
        checked.push({
          path: shown,
          regions: regionsOf(result.rules, settings, attack, checks),
          inline: parseInlineSuppressions(text)
        })
    } catch (error) {
      const failure = { path: shown, stage: 'checking it', error }
      reader.failures.push(failure)
      own.push(internalErrorFinding(failure, settings))
    }
    findings.push(...own)
  }
  return { findings, checked, rulesChecked, skipped }
}

/**
 * The files to check: the targets' files, less the baseline's (a corpus is never checked,
 * even where a target glob reaches it), except files a target names literally.
 */
function targetFiles(targets: ResolvedSources, baseline: ResolvedSources, req: CheckRequest): string[] {
  const inBaseline = new Set(baseline.files)
  const literal = new Set(req.targets.map(t => path.resolve(req.root, t)))
  return targets.files.filter(f => !inBaseline.has(f) || literal.has(f))
}

export function runCheck(req: CheckRequest): CheckOutcome {
  const { settings, root } = req
  const targets = repositorySources(req.targets, root, settings)
  const own = repositorySources(req.corpus, root, settings)
  const baseline = baselineSources(req.baselines ?? [], root, settings)
  const files = targetFiles(targets, baseline, req)
  const total = new Set([...files, ...own.files, ...baseline.files]).size
  const progress = req.progress
  const reader = new FileReader(
    root,
    settings,
    new Set(files),
    progress && (read => progress(read, total)),
    req.parser
  )
  const cacheFile = req.cacheFile === undefined ? undefined : path.resolve(root, req.cacheFile)
  const built = corpusCatalog(union(own, baseline), reader, settings, cacheFile, req.onRule)
  const rulePaths = new Set(built.catalog.rules.map(r => r.path))
  let catalog = built.catalog
  for (const c of req.catalogFiles ?? []) catalog = mergeCatalogs([catalog, loadCatalogFile(c)])
  catalog = withAttack(catalog, req.attack)

  const checked = checkTargets(files, reader, catalog, settings, req.attack, req.checks ?? CHECKS)
  const problems = problemDiagnostics(targets.problems, root)
  checked.findings.push(...parseErrorFindings({ rules: [], diagnostics: problems }, settings))
  const { findings, suppressed } = applySuppressions({
    findings: checked.findings,
    files: checked.checked,
    settings,
    configPath: file => (file === null ? '.detlint.yml' : displayPath(path.resolve(root, file), root))
  })
  findings.sort(compareFindings)
  suppressed.sort(compareFindings)
  const skippedPaths = new Set(checked.skipped.map(s => s.path))
  const checkedFiles = new Set(files)
  const report = {
    findings,
    summary: summarize(
      findings,
      { filesChecked: files.length, rulesChecked: checked.rulesChecked, catalogRules: catalog.rules.length },
      settings.failOn,
      suppressed.length
    ),
    suppressed,
    skipped: checked.skipped
  }
  const noRules = [
    ...entriesWithoutRules(targets, f => checkedFiles.has(f) && !skippedPaths.has(displayPath(f, root))),
    ...entriesWithoutRules(baseline, f => rulePaths.has(displayPath(f, root)))
  ]
  return {
    report,
    catalog,
    missing: [...targets.missing, ...baseline.missing],
    noRules,
    cache: built.cache,
    failures: reader.failures
  }
}
