/**
 * The main job, shared by the CLI and the action: read the rules, build the catalog (from
 * the cache where it can), run the checks, apply suppressions, and return one
 * deterministic report.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Diagnostic, ParseResult, ReadContext, Rule } from './ir.js'
import { readRuleFile } from './formats/index.js'
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

/** Parses bytes already read from `file` (an error when it could not be read). */
function parseBytes(file: string, shown: string, bytes: Buffer | Error, context: ReadContext = {}): ReadFile {
  if (bytes instanceof Error) return ioError(shown, bytes)
  const text = bytes.toString('utf8')
  return { path: shown, result: readRuleFile(shown, text, { ...context, file }), text }
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
export function readOne(file: string, root: string, context: ReadContext = {}): ReadFile {
  return parseBytes(file, displayPath(file, root), readBytes(file), context)
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
  /** Sees every corpus rule parsed (not those a cache reuses), e.g. to keep trees for the site. */
  onRule?: (rule: Rule) => void
}

export interface CheckOutcome {
  report: Report & { suppressed: SuppressedFinding[] }
  catalog: Catalog
  /** Target paths (as given) that do not exist. */
  missing: string[]
  /** How the corpus part of the catalog was built. */
  cache: CacheOutcome
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
  constructor(
    private root: string,
    settings: Settings,
    private readonly keep: ReadonlySet<string> = new Set()
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
    const r = parseBytes(file, this.shown(file), bytes, this.context)
    if (this.keep.has(file)) this.files.set(file, r)
    return r.result.rules
  }

  dependencies(file: string, bytes: Buffer): string {
    return splunkDependencies(file, bytes, this.context)
  }

  read(file: string): ReadFile {
    let r = this.files.get(file)
    if (!r) {
      r = parseBytes(file, this.shown(file), readBytes(file), this.context)
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
  cacheFile: string | undefined,
  onRule?: (rule: Rule) => void
): { catalog: Catalog; cache: CacheOutcome } {
  if (cacheFile === undefined) {
    const builder = new CatalogBuilder()
    for (const f of files)
      for (const r of reader.read(f).result.rules) {
        builder.add(r)
        onRule?.(r)
      }
    return { catalog: builder.finish(), cache: { status: 'off', reused: 0, parsed: files.length } }
  }
  return buildCatalogCached(files, reader, { cacheFile, ignore: settings.ignore })
}

/**
 * The catalog of rule files (folders, files or globs under `root`), through `cacheFile`
 * when given: `detlint catalog build`. Missing sources are returned, not an error.
 * `onRule` sees every rule parsed (without a cache: all of them), e.g. to keep their trees.
 */
export function buildCorpusCatalog(
  sources: readonly string[],
  root: string,
  settings: Settings,
  cacheFile?: string,
  onRule?: (rule: Rule) => void
): { catalog: Catalog; cache: CacheOutcome; missing: string[] } {
  const corpus = resolveSources(sources, root, settings.ignore)
  const cache = cacheFile === undefined ? undefined : path.resolve(root, cacheFile)
  return {
    ...corpusCatalog(corpus.files, new FileReader(root, settings), settings, cache, onRule),
    missing: corpus.missing
  }
}

/** The checks that ran on a rule: a rule whose logic could not be read only gets its parse-error. */
function checksRun(rule: Rule | null, settings: Settings, attack: AttackTable | undefined): Set<CheckId> {
  const ran = new Set<CheckId>()
  if (settings.checks['parse-error'].enabled) ran.add('parse-error')
  if (rule === null || rule.diagnostics.some(d => d.severity === 'error')) return ran
  for (const check of CHECKS) if (checkRuns(check, settings, attack)) ran.add(check.id)
  return ran
}

/** The file's regions, one per rule (from its first line), or one for the whole file. */
function regionsOf(
  rules: readonly Rule[],
  settings: Settings,
  attack: AttackTable | undefined
): CheckedRegion[] {
  if (rules.length === 0)
    return [{ start: 1, ruleId: null, ruleTitle: null, ran: checksRun(null, settings, attack) }]
  const sorted = [...rules].sort((a, b) => a.line - b.line)
  return sorted.map((r, i) => ({
    start: i === 0 ? 1 : r.line,
    ruleId: r.id,
    ruleTitle: r.title,
    ran: checksRun(r, settings, attack)
  }))
}

/** Runs the checks on every target file; returns the findings and what suppressions need. */
function checkTargets(
  files: readonly string[],
  reader: FileReader,
  catalog: Catalog,
  settings: Settings,
  attack: AttackTable | undefined
): { findings: Finding[]; checked: CheckedFile[]; rulesChecked: number } {
  const findings: Finding[] = []
  const checked: CheckedFile[] = []
  let rulesChecked = 0
  for (const f of files) {
    const { path: shown, result, text } = reader.read(f)
    findings.push(...parseErrorFindings(result, settings))
    for (const rule of result.rules) {
      rulesChecked++
      // A rule whose logic could not be fully read has its parse-error; judging the rest
      // of it would only add noise.
      if (rule.diagnostics.some(d => d.severity === 'error')) continue
      findings.push(...runChecks(rule, catalog, settings, { attack, text }))
    }
    // A file no reader recognised is not a rule file: its comments are not ours.
    if (result.rules.length === 0 && result.diagnostics.length === 0) continue
    checked.push({
      path: shown,
      regions: regionsOf(result.rules, settings, attack),
      inline: parseInlineSuppressions(text)
    })
  }
  return { findings, checked, rulesChecked }
}

export function runCheck(req: CheckRequest): CheckOutcome {
  const { settings, root } = req
  const targets = resolveSources(req.targets, root, settings.ignore)
  const corpus = resolveSources(req.corpus, root, settings.ignore)
  const reader = new FileReader(root, settings, new Set(targets.files))
  const cacheFile = req.cacheFile === undefined ? undefined : path.resolve(root, req.cacheFile)
  const built = corpusCatalog(corpus.files, reader, settings, cacheFile, req.onRule)
  let catalog = built.catalog
  for (const c of req.catalogFiles ?? []) catalog = mergeCatalogs([catalog, loadCatalogFile(c)])
  catalog = withAttack(catalog, req.attack)

  const checked = checkTargets(targets.files, reader, catalog, settings, req.attack)
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
  return { report, catalog, missing: targets.missing, cache: built.cache }
}
