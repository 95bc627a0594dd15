/**
 * The main job, shared by the CLI and the action: read the rules, build the catalog (from
 * the cache where it can), run the checks, apply suppressions, and return one
 * deterministic report.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Diagnostic, ParseResult, ReadContext, Rule } from './ir.js'
import { readRuleFile } from './formats/index.js'
import { capResult } from './diagnostics-cap.js'
import { refreshSplunkDefinitions, splunkDependencies } from './formats/splunk/index.js'
import { displayPath, resolveSources } from './files.js'
import type { Settings } from './config.js'
import {
  compareFindings,
  summarize,
  type CheckId,
  type Finding,
  type Report,
  type SuppressedFinding
} from './findings.js'
import { CatalogBuilder, loadCatalogFile, mergeCatalogs, withAttack, type Catalog } from './catalog/index.js'
import { buildCatalogCached, type CacheOutcome, type CorpusReader } from './catalog/cache.js'
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
}

function ioError(shown: string, err: unknown): ReadFile {
  const msg = err instanceof Error ? err.message : String(err)
  const d: Diagnostic = {
    path: shown,
    line: 1,
    column: 1,
    severity: 'error',
    code: 'io-error',
    message: `cannot read the file: ${msg}`
  }
  return { path: shown, result: { rules: [], diagnostics: [d] }, text: '' }
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
 * Parses bytes already read from `file` (an error when it could not be read). Whatever the
 * reader throws becomes an `internal-error` diagnostic of the file.
 */
function parseBytes(
  file: string,
  shown: string,
  bytes: Buffer | Error,
  context: ReadContext = {},
  parser: FileParser = readRuleFile,
  failures?: InternalFailure[]
): ReadFile {
  if (bytes instanceof Error) return ioError(shown, bytes)
  const text = bytes.toString('utf8')
  try {
    return { path: shown, result: capResult(parser(shown, text, { ...context, file })), text }
  } catch (error) {
    const failure = { path: shown, stage: 'reading it', error }
    failures?.push(failure)
    return { path: shown, result: { rules: [], diagnostics: [internalErrorDiagnostic(failure)] }, text }
  }
}

function readBytes(file: string): Buffer | Error {
  try {
    return readFileSync(file)
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err))
  }
}

/** What readers may use beyond a file's text: the configured Splunk folders, from `root`. */
export function readContext(settings: Settings, root: string): ReadContext {
  return {
    splunkMacros: settings.splunk.macros.map(d => path.resolve(root, d)),
    splunkDataSources: settings.splunk.dataSources.map(d => path.resolve(root, d))
  }
}

/** Reads one file; an unreadable file becomes a diagnostic. Paths in the result are display paths. */
export function readOne(
  file: string,
  root: string,
  context: ReadContext = {},
  failures?: InternalFailure[]
): ReadFile {
  return parseBytes(file, displayPath(file, root), readBytes(file), context, readRuleFile, failures)
}

/** Every diagnostic of a parse result: the file's own plus each rule's. */
export function allDiagnostics(result: ParseResult): Diagnostic[] {
  return [...result.diagnostics, ...result.rules.flatMap(r => r.diagnostics)]
}

export interface CheckRequest {
  /** Files, folders or globs whose rules are checked. */
  targets: string[]
  /** Files, folders or globs whose rules form the catalog. */
  corpus: string[]
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
}

export interface CheckOutcome {
  report: Report & { suppressed: SuppressedFinding[] }
  catalog: Catalog
  /** Target paths (as given) that do not exist. */
  missing: string[]
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
  /** Everything thrown on a file, in order. */
  readonly failures: InternalFailure[] = []
  constructor(
    private root: string,
    settings: Settings,
    private readonly keep: ReadonlySet<string> = new Set(),
    private readonly parser: FileParser = readRuleFile
  ) {
    this.context = readContext(settings, root)
    refreshSplunkDefinitions() // a new run: definitions changed since the last are read again
  }

  shown(file: string): string {
    return displayPath(file, this.root)
  }

  bytes(file: string): Buffer | null {
    const b = readBytes(file)
    return b instanceof Error ? null : b
  }

  rules(file: string, bytes: Buffer | null): readonly Rule[] {
    // Unreadable: read again through `read`, which keeps the error for the report.
    if (bytes === null) return this.read(file).result.rules
    const kept = this.files.get(file)
    if (kept) return kept.result.rules
    const r = parseBytes(file, this.shown(file), bytes, this.context, this.parser, this.failures)
    if (this.keep.has(file)) this.files.set(file, r)
    return r.result.rules
  }

  /** A rule of `file` that could not be added to the catalog. */
  failed(file: string, err: unknown): void {
    this.failures.push({ path: this.shown(file), stage: 'adding it to the catalog', error: err })
  }

  dependencies(file: string, bytes: Buffer): string {
    return splunkDependencies(file, bytes, this.context)
  }

  read(file: string): ReadFile {
    let r = this.files.get(file)
    if (!r) {
      r = parseBytes(file, this.shown(file), readBytes(file), this.context, this.parser, this.failures)
      if (this.keep.has(file)) this.files.set(file, r)
    }
    return r
  }
}

/** The catalog of the corpus files: through the cache when one is given. */
function corpusCatalog(
  files: readonly string[],
  reader: FileReader,
  settings: Settings,
  cacheFile: string | undefined
): { catalog: Catalog; cache: CacheOutcome } {
  if (cacheFile === undefined) {
    const builder = new CatalogBuilder()
    for (const f of files)
      for (const r of reader.read(f).result.rules)
        try {
          builder.add(r)
        } catch (err) {
          reader.failed(f, err)
        }
    return { catalog: builder.finish(), cache: { status: 'off', reused: 0, parsed: files.length } }
  }
  return buildCatalogCached(files, reader, { cacheFile, ignore: settings.ignore })
}

/**
 * The catalog of rule files (folders, files or globs under `root`), through `cacheFile`
 * when given: `detlint catalog build`. Missing sources are returned, not an error.
 */
export function buildCorpusCatalog(
  sources: readonly string[],
  root: string,
  settings: Settings,
  cacheFile?: string
): { catalog: Catalog; cache: CacheOutcome; missing: string[]; failures: InternalFailure[] } {
  const corpus = resolveSources(sources, root, settings.ignore)
  const cache = cacheFile === undefined ? undefined : path.resolve(root, cacheFile)
  const reader = new FileReader(root, settings)
  return {
    ...corpusCatalog(corpus.files, reader, settings, cache),
    missing: corpus.missing,
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
): { findings: Finding[]; checked: CheckedFile[]; rulesChecked: number } {
  const findings: Finding[] = []
  const checked: CheckedFile[] = []
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
      const { result, text } = reader.read(f)
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
      if (result.rules.length > 0 || result.diagnostics.length > 0)
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
  return { findings, checked, rulesChecked }
}

export function runCheck(req: CheckRequest): CheckOutcome {
  const { settings, root } = req
  const targets = resolveSources(req.targets, root, settings.ignore)
  const corpus = resolveSources(req.corpus, root, settings.ignore)
  const reader = new FileReader(root, settings, new Set(targets.files), req.parser)
  const cacheFile = req.cacheFile === undefined ? undefined : path.resolve(root, req.cacheFile)
  const built = corpusCatalog(corpus.files, reader, settings, cacheFile)
  let catalog = built.catalog
  for (const c of req.catalogFiles ?? []) catalog = mergeCatalogs([catalog, loadCatalogFile(c)])
  catalog = withAttack(catalog, req.attack)

  const checked = checkTargets(targets.files, reader, catalog, settings, req.attack, req.checks ?? CHECKS)
  const { findings, suppressed } = applySuppressions({
    findings: checked.findings,
    files: checked.checked,
    settings,
    configPath: file => (file === null ? '.detlint.yml' : displayPath(path.resolve(root, file), root))
  })
  findings.sort(compareFindings)
  suppressed.sort(compareFindings)
  const report = {
    findings,
    summary: summarize(
      findings,
      {
        filesChecked: targets.files.length,
        rulesChecked: checked.rulesChecked,
        catalogRules: catalog.rules.length
      },
      settings.failOn,
      suppressed.length
    ),
    suppressed
  }
  return { report, catalog, missing: targets.missing, cache: built.cache, failures: reader.failures }
}
