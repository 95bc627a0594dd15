/**
 * The command line: `detlint parse`, `detlint check`, `detlint catalog build|show`,
 * `detlint attack import`.
 * Exit codes: 0 fine, 1 findings at or above --fail-on (or parse errors), 2 usage or
 * configuration errors, 3 an internal error (a bug: please report it).
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { ConfigError, defaultSettings, loadConfigFile, parseFailOn, type Settings } from './config.js'
import { buildCorpusCatalog, readContext, runCheck } from './engine.js'
import {
  CatalogError,
  loadCatalogFile,
  mergeCatalogs,
  saveCatalogFile,
  withAttack,
  type Catalog
} from './catalog/index.js'
import type { CacheOutcome } from './catalog/cache.js'
import { DEFAULT_PAGE_LIMIT, renderPageMarkdown, renderPageText, techniquePage } from './catalog/page.js'
import { renderParseJson, renderParseText, parsePaths } from './parse-output.js'
import { renderText } from './report/text.js'
import { renderJson } from './report/json.js'
import { renderSummary } from './report/markdown.js'
import { renderSarifText } from './report/sarif.js'
import { resolveSources } from './files.js'
import { VERSION } from './version.js'
import {
  AttackError,
  attackTableFileOf,
  loadAttackFile,
  renderAttackTable,
  stixToTable,
  type AttackTable
} from './attack/index.js'
import { isStixBundle, readJsonFile } from './attack/table.js'
import { UsageError } from './usage-error.js'
import { cmdEval } from './eval/command.js'

export { UsageError }

export interface CliIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  /** Is standard error a terminal (progress lines are written only there)? */
  stderrIsTTY?: boolean
}

const MAIN_HELP = `detlint ${VERSION} — lint detection rules against a catalog of rules

Usage:
  detlint parse PATH... [--format json|text]
  detlint check PATH... [--baseline DIR]... [--catalog FILE]... [--config FILE] [--cache FILE]
                [--attack FILE] [--fail-on error|warning|notice|none] [--format text|json|markdown|sarif]
                [--output FILE]
  detlint catalog build DIR... -o FILE [--cache FILE]
  detlint catalog show TECHNIQUE (--catalog FILE | --baseline DIR...) [--attack FILE] [--limit N]
                [--format text|markdown]
  detlint attack import STIX.json -o FILE [--attack-version VERSION]
  detlint eval exclusions|noisy TARGET... [--baseline DIR]... [--split all|held-out|tune]
                [--format text|json]

Run \`detlint COMMAND --help\` for a command's options.
Exit codes: 0 fine; 1 findings at or above --fail-on (parse: error diagnostics); 2 usage or\nconfiguration error; 3 internal error.
`

const HELP: Record<string, string> = {
  parse: `Usage: detlint parse PATH... [--format json|text]

Reads rule files (folders are walked for .yml/.yaml) into detlint's vendor-neutral form and
prints each rule's techniques, logsource, indicators and exclusions, and every diagnostic.

Options:
  --format json|text   output format (default text)
  --config FILE        settings file, for its splunk macro and data-source folders
                       (default .detlint.yml when present)
  -h, --help           show this help
`,
  check: `Usage: detlint check PATH... [options]

Checks the rules under PATH (files or folders) against a catalog built from the same
PATHs plus every --baseline folder and --catalog file. The rule under check never counts
towards its own numbers.

Options:
  --baseline DIR     add a folder (or file, or glob) of rules to the catalog; repeatable
  --catalog FILE     merge a catalog built by \`detlint catalog build\`; repeatable
  --config FILE      settings file (default .detlint.yml when present)
  --cache FILE       catalog cache: reuse what unchanged files add to the catalog, parse only
                     the changed ones, and update FILE (keep it with actions/cache)
  --attack FILE      ATT&CK data: a table from \`detlint attack import\` or MITRE's STIX
                     bundle (default \`attack\` from the config); turns on technique-unknown
                     and technique-revoked
  --fail-on LEVEL    error | warning | notice | none (default from the config, else error)
  --format FORMAT    text | json | markdown | sarif (default text)
  --output FILE      write the report to FILE instead of standard output
  -h, --help         show this help
`,
  'catalog build': `Usage: detlint catalog build DIR... -o FILE [--cache FILE]

Builds a catalog (versioned JSON, deterministic bytes) from folders of rules.

Options:
  -o, --output FILE  where to write the catalog (required)
  --config FILE      settings file, for its ignore globs (default .detlint.yml when present)
  --cache FILE       catalog cache: parse only the files changed since FILE was written
  -h, --help         show this help
`,
  'catalog show': `Usage: detlint catalog show TECHNIQUE (--catalog FILE | --baseline DIR...) [options]

Prints the catalog's page for an ATT&CK technique (e.g. T1059.001), across vendors: the
technique's name and tactics, rules by vendor, events covered, fields filtered most, top
indicator values with their corpus reach, exclusions, and the rules themselves. A parent
technique (T1059) includes its sub-techniques' rules. Each rule counts once per row.

Options:
  --catalog FILE     a catalog built by \`detlint catalog build\`; repeatable
  --baseline DIR     a folder of rules to build the catalog from; repeatable
  --config FILE      settings file, for its ignore globs and \`attack\` (default .detlint.yml
                     when present)
  --attack FILE      ATT&CK data: a table from \`detlint attack import\` or MITRE's STIX
                     bundle (default \`attack\` from the config); names the technique and its
                     tactics, and files revoked IDs under their replacements
  --limit N          rows per table (default ${DEFAULT_PAGE_LIMIT}; 0 for all)
  --format FORMAT    text | markdown (default text)
  -h, --help         show this help
`,
  'attack import': `Usage: detlint attack import STIX.json -o FILE [--attack-version VERSION]

Converts MITRE's ATT&CK Enterprise STIX bundle (2.0 or 2.1, e.g. enterprise-attack-18.1.json
from github.com/mitre-attack/attack-stix-data) into detlint's compact ATT&CK table: technique
names and tactics, revoked → replacement, deprecated. The output bytes depend only on the
input. A compact table is accepted too, and written back in canonical form.

Options:
  -o, --output FILE         where to write the table (required)
  --attack-version VERSION  the ATT&CK version to record (default: the bundle's collection version)
  -h, --help                show this help
`
}

type Options = NonNullable<ParseArgsConfig['options']>

function parse(args: string[], options: Options, command: string): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true
    })
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err)
    throw new UsageError(`${command}: ${msg}\n\n${HELP[command] ?? MAIN_HELP}`)
  }
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], key: string, fallback: T): T {
  if (value === undefined) return fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${key}: expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`)
}

function strings(v: unknown): string[] {
  return Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string')
    : typeof v === 'string'
      ? [v]
      : []
}

function loadSettings(configPath: unknown, cwd: string): Settings {
  if (typeof configPath === 'string') return loadConfigFile(path.resolve(cwd, configPath), true)
  return loadConfigFile(path.join(cwd, '.detlint.yml'), false, defaultSettings())
}

function cmdParse(args: string[], io: CliIO): number {
  const { values, positionals } = parse(
    args,
    { format: { type: 'string' }, config: { type: 'string' } },
    'parse'
  )
  if (values.help) return (io.stdout(HELP.parse), 0)
  const format = oneOf(values.format, ['json', 'text'] as const, '--format', 'text')
  if (positionals.length === 0) throw new UsageError(`parse: give at least one PATH\n\n${HELP.parse}`)
  const settings = loadSettings(values.config, io.cwd)
  const result = parsePaths(positionals, io.cwd, readContext(settings, io.cwd))
  io.stdout(format === 'json' ? renderParseJson(result) : renderParseText(result))
  return result.diagnostics.some(d => d.severity === 'error') ? 1 : 0
}

function cmdCheck(args: string[], io: CliIO): number {
  const { values, positionals } = parse(
    args,
    {
      baseline: { type: 'string', multiple: true },
      catalog: { type: 'string', multiple: true },
      config: { type: 'string' },
      cache: { type: 'string' },
      attack: { type: 'string' },
      'fail-on': { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' }
    },
    'check'
  )
  if (values.help) return (io.stdout(HELP.check), 0)
  const format = oneOf(values.format, ['text', 'json', 'markdown', 'sarif'] as const, '--format', 'text')
  if (positionals.length === 0) throw new UsageError(`check: give at least one PATH\n\n${HELP.check}`)
  const settings = loadSettings(values.config, io.cwd)
  if (typeof values['fail-on'] === 'string') settings.failOn = parseFailOn(values['fail-on'], '--fail-on')
  const baselines = strings(values.baseline)
  const outcome = runCheck({
    targets: positionals,
    corpus: [...positionals, ...baselines, ...settings.baseline],
    catalogFiles: strings(values.catalog),
    settings,
    root: io.cwd,
    ...(typeof values.cache === 'string' ? { cacheFile: values.cache } : {}),
    ...attackOption(values.attack, settings, io.cwd)
  })
  reportCache(values.cache, outcome.cache, io)
  if (outcome.missing.length > 0)
    throw new UsageError(`check: no such file or folder: ${outcome.missing.join(', ')}`)
  const missingBaselines = resolveSources(baselines, io.cwd).missing
  if (missingBaselines.length > 0)
    throw new UsageError(`--baseline: no such file or folder: ${missingBaselines.join(', ')}`)
  const { report } = outcome
  const text =
    format === 'json'
      ? renderJson(report)
      : format === 'sarif'
        ? renderSarifText(report, { toolVersion: VERSION })
        : format === 'markdown'
          ? renderSummary(report)
          : renderText(report)
  if (typeof values.output === 'string') writeFileSync(values.output, text)
  else io.stdout(text)
  return report.summary.failed ? 1 : 0
}

/** The ATT&CK table of `--attack`, else of the config's `attack`, else none. */
function attackOption(flag: unknown, settings: Settings, cwd: string): { attack?: AttackTable } {
  const file = typeof flag === 'string' ? flag : settings.attack
  if (file === null) return {}
  return { attack: loadAttackFile(path.resolve(cwd, file), file) }
}

function cmdAttack(args: string[], io: CliIO): number {
  const [sub, ...rest] = args
  if (sub === 'import') {
    const { values, positionals } = parse(
      rest,
      { output: { type: 'string', short: 'o' }, 'attack-version': { type: 'string' } },
      'attack import'
    )
    if (values.help) return (io.stdout(HELP['attack import']), 0)
    if (positionals.length !== 1)
      throw new UsageError(`attack import: give exactly one STIX.json\n\n${HELP['attack import']}`)
    if (typeof values.output !== 'string')
      throw new UsageError(`attack import: -o FILE is required\n\n${HELP['attack import']}`)
    const [input] = positionals
    const doc = readJsonFile(path.resolve(io.cwd, input), input)
    const version = values['attack-version']
    const table = isStixBundle(doc)
      ? stixToTable(doc, input, typeof version === 'string' ? { attackVersion: version } : {})
      : attackTableFileOf(doc, input)
    writeFileSync(path.resolve(io.cwd, values.output), renderAttackTable(table))
    const all = Object.values(table.techniques)
    io.stderr(
      `detlint: ATT&CK v${table.attack_version} table of ${all.length} techniques ` +
        `(${all.filter(t => t.revoked).length} revoked, ${all.filter(t => t.deprecated).length} deprecated) ` +
        `written to ${values.output}\n`
    )
    return 0
  }
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.stdout(HELP['attack import'])
    return sub === undefined ? 2 : 0
  }
  throw new UsageError(`attack: unknown subcommand ${JSON.stringify(sub)} (expected import)`)
}

/** With --cache: how the catalog was built, and anything wrong with the cache, on stderr. */
function reportCache(file: unknown, cache: CacheOutcome, io: CliIO): void {
  if (typeof file !== 'string') return
  if (cache.notice) io.stderr(`detlint: notice: ${cache.notice}\n`)
  io.stderr(
    `detlint: catalog cache ${file}: ${cache.status} (${cache.reused} files reused, ${cache.parsed} parsed)\n`
  )
}

function catalogFrom(
  dirs: string[],
  catalogs: string[],
  settings: Settings,
  io: CliIO,
  cacheFile?: string
): Catalog {
  const built = buildCorpusCatalog(dirs, io.cwd, settings, cacheFile)
  if (built.missing.length > 0) throw new UsageError(`no such file or folder: ${built.missing.join(', ')}`)
  reportCache(cacheFile, built.cache, io)
  return mergeCatalogs([built.catalog, ...catalogs.map(file => loadCatalogFile(file))])
}

/** `--limit N`: rows per table of the technique page; 0 for all. */
function pageLimit(value: unknown): number {
  if (value === undefined) return DEFAULT_PAGE_LIMIT
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  throw new UsageError(`--limit: expected a whole number (0 for no limit), got ${JSON.stringify(value)}`)
}

function cmdCatalog(args: string[], io: CliIO): number {
  const [sub, ...rest] = args
  if (sub === 'build') {
    const { values, positionals } = parse(
      rest,
      { output: { type: 'string', short: 'o' }, config: { type: 'string' }, cache: { type: 'string' } },
      'catalog build'
    )
    if (values.help) return (io.stdout(HELP['catalog build']), 0)
    if (positionals.length === 0)
      throw new UsageError(`catalog build: give at least one DIR\n\n${HELP['catalog build']}`)
    if (typeof values.output !== 'string')
      throw new UsageError(`catalog build: -o FILE is required\n\n${HELP['catalog build']}`)
    const cacheFile = typeof values.cache === 'string' ? values.cache : undefined
    const catalog = catalogFrom(positionals, [], loadSettings(values.config, io.cwd), io, cacheFile)
    saveCatalogFile(catalog, values.output)
    io.stderr(
      `detlint: catalog of ${catalog.rules.length} rules and ${catalog.keys.size} keys written to ${values.output}\n`
    )
    return 0
  }
  if (sub === 'show') {
    const { values, positionals } = parse(
      rest,
      {
        catalog: { type: 'string', multiple: true },
        baseline: { type: 'string', multiple: true },
        config: { type: 'string' },
        attack: { type: 'string' },
        limit: { type: 'string' },
        format: { type: 'string' }
      },
      'catalog show'
    )
    if (values.help) return (io.stdout(HELP['catalog show']), 0)
    const format = oneOf(values.format, ['text', 'markdown'] as const, '--format', 'text')
    const limit = pageLimit(values.limit)
    if (positionals.length !== 1)
      throw new UsageError(`catalog show: give exactly one TECHNIQUE\n\n${HELP['catalog show']}`)
    const technique = positionals[0]
    if (!/^T\d{4}(\.\d{3})?$/i.test(technique))
      throw new UsageError(
        `catalog show: TECHNIQUE: expected an ATT&CK ID like T1059 or T1059.001, got ${JSON.stringify(technique)}`
      )
    const catalogs = strings(values.catalog)
    const baselines = strings(values.baseline)
    if (catalogs.length === 0 && baselines.length === 0)
      throw new UsageError(`catalog show: give --catalog FILE or --baseline DIR\n\n${HELP['catalog show']}`)
    const settings = loadSettings(values.config, io.cwd)
    const { attack } = attackOption(values.attack, settings, io.cwd)
    const catalog = withAttack(catalogFrom(baselines, catalogs, settings, io), attack)
    const page = techniquePage(catalog, technique, limit)
    io.stdout(format === 'markdown' ? renderPageMarkdown(page) : renderPageText(page))
    return 0
  }
  if (sub === '--help' || sub === '-h' || sub === undefined) {
    io.stdout(HELP['catalog build'] + '\n' + HELP['catalog show'])
    return sub === undefined ? 2 : 0
  }
  throw new UsageError(`catalog: unknown subcommand ${JSON.stringify(sub)} (expected build or show)`)
}

/** Runs the CLI; returns the exit code. Never throws. */
export function main(argv: string[], io: CliIO): number {
  const [command, ...args] = argv
  try {
    switch (command) {
      case 'parse':
        return cmdParse(args, io)
      case 'check':
        return cmdCheck(args, io)
      case 'catalog':
        return cmdCatalog(args, io)
      case 'attack':
        return cmdAttack(args, io)
      case 'eval':
        return cmdEval(args, io)
      case '--version':
      case '-v':
        io.stdout(`${VERSION}\n`)
        return 0
      case '--help':
      case '-h':
      case 'help':
        io.stdout(MAIN_HELP)
        return 0
      case undefined:
        io.stderr(MAIN_HELP)
        return 2
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}\n\n${MAIN_HELP}`)
    }
  } catch (err) {
    if (
      err instanceof UsageError ||
      err instanceof ConfigError ||
      err instanceof CatalogError ||
      err instanceof AttackError
    ) {
      io.stderr(`detlint: ${err.message}\n`)
      return 2
    }
    const msg = err instanceof Error ? (err.stack ?? err.message) : String(err)
    io.stderr(`detlint: internal error: ${msg}\n`)
    return 3
  }
}
