/**
 * detlint as a library (`import { runCheck } from 'detlint'`): reading rules, building
 * catalogs, running the checks and rendering reports. Importing it has no side effects; the
 * GitHub Action (dist/index.js) and the CLI (dist/cli.cjs) are separate entry points.
 */
export { VERSION } from './version.js'
export type { Rule, Expr, Predicate, Diagnostic, ParseResult, ReadContext, Severity, Vendor } from './ir.js'
export { readRuleFile, FORMATS, RULE_EXTENSIONS } from './formats/index.js'
export { readOne, runCheck, buildCorpusCatalog, type CheckRequest, type CheckOutcome } from './engine.js'
export {
  buildCatalog,
  CatalogBuilder,
  mergeCatalogs,
  withAttack,
  serializeCatalog,
  parseCatalog,
  loadCatalogFile,
  saveCatalogFile,
  CatalogError,
  type Catalog
} from './catalog/index.js'
export { techniquePage, renderPageMarkdown, renderPageText, type TechniquePage } from './catalog/page.js'
export { CHECKS, runChecks } from './checks/index.js'
export type { Finding, Report, Summary, CheckId, FailOn } from './findings.js'
export { ConfigError, defaultSettings, parseConfigText, loadConfigFile, type Settings } from './config.js'
export { findConfigFile } from './cli/settings.js'
export { loadAttackFile, stixToTable, AttackError, type AttackTable } from './attack/index.js'
export { renderText } from './report/text.js'
export { renderJson } from './report/json.js'
export { renderSummary, renderComment } from './report/markdown.js'
export { renderSarifText } from './report/sarif.js'
/** The CLI: `runCli` (every command, a promise of the exit code) and `main` (the synchronous commands). */
export { main, runCli } from './commands.js'
