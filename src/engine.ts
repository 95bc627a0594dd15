/**
 * The main job, shared by the CLI and the action: read the rules, build the catalog, run
 * the checks, and return one deterministic report.
 */
import { readFileSync } from 'node:fs'
import type { Diagnostic, ParseResult, Rule } from './ir.js'
import { readRuleFile } from './formats/index.js'
import { displayPath, resolveSources } from './files.js'
import type { Settings } from './config.js'
import { compareFindings, summarize, type Finding, type Report } from './findings.js'
import { buildCatalog, loadCatalogFile, mergeCatalogs, type Catalog } from './catalog/index.js'
import { runChecks, parseErrorFindings } from './checks/index.js'

export interface ReadFile {
  /** Path as shown in findings: relative to the root, forward slashes. */
  path: string
  result: ParseResult
}

/** Reads one file; an unreadable file becomes a diagnostic. Paths in the result are display paths. */
export function readOne(file: string, root: string): ReadFile {
  const shown = displayPath(file, root)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err)
    const d: Diagnostic = {
      path: shown,
      line: 1,
      column: 1,
      severity: 'error',
      code: 'io-error',
      message: `cannot read the file: ${msg}`
    }
    return { path: shown, result: { rules: [], diagnostics: [d] } }
  }
  return { path: shown, result: readRuleFile(shown, text) }
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
}

export interface CheckOutcome {
  report: Report
  catalog: Catalog
  /** Target paths (as given) that do not exist. */
  missing: string[]
}

/** Reads files once each, in a stable order. */
class FileReader {
  private cache = new Map<string, ReadFile>()
  constructor(private root: string) {}
  read(file: string): ReadFile {
    let r = this.cache.get(file)
    if (!r) {
      r = readOne(file, this.root)
      this.cache.set(file, r)
    }
    return r
  }
}

export function runCheck(req: CheckRequest): CheckOutcome {
  const { settings, root } = req
  const reader = new FileReader(root)
  const targets = resolveSources(req.targets, root, settings.ignore)
  const corpus = resolveSources(req.corpus, root, settings.ignore)

  const corpusRules: Rule[] = []
  for (const f of corpus.files) corpusRules.push(...reader.read(f).result.rules)
  let catalog = buildCatalog(corpusRules)
  for (const c of req.catalogFiles ?? []) catalog = mergeCatalogs([catalog, loadCatalogFile(c)])

  const findings: Finding[] = []
  let rulesChecked = 0
  for (const f of targets.files) {
    const { result } = reader.read(f)
    findings.push(...parseErrorFindings(result, settings))
    for (const rule of result.rules) {
      rulesChecked++
      // A rule whose logic could not be fully read has its parse-error; judging the rest
      // of it would only add noise.
      if (rule.diagnostics.some(d => d.severity === 'error')) continue
      findings.push(...runChecks(rule, catalog, settings))
    }
  }
  findings.sort(compareFindings)
  const report: Report = {
    findings,
    summary: summarize(
      findings,
      { filesChecked: targets.files.length, rulesChecked, catalogRules: catalog.rules.length },
      settings.failOn
    )
  }
  return { report, catalog, missing: targets.missing }
}
