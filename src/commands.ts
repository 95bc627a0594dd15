/**
 * The command line: `detlint parse`, `detlint check`, `detlint catalog build|show`,
 * `detlint attack import`, `detlint init`.
 *
 * Every command is one entry of `COMMANDS` (name, usage, flags, run): the same entry drives
 * parsing, `--help` and "did you mean". To add a command, write it in its own module as a
 * `CommandSpec` and add it to `COMMANDS`.
 *
 * Exit codes: 0 fine, 1 findings at or above --fail-on (or parse errors), 2 usage or
 * configuration errors, 3 an internal error (a bug: please report it).
 */
import path from 'node:path'
import { ConfigError, parseFailOn, parseSize, type Settings } from './config.js'
import { buildCorpusCatalog, readContext, runCheck, type InternalFailure } from './engine.js'
import { reportFailures } from './failures.js'
import {
  CatalogError,
  loadCatalogFile,
  mergeCatalogs,
  serializeCatalogBytes,
  withAttack,
  type Catalog
} from './catalog/index.js'
import type { CacheOutcome } from './catalog/cache.js'
import { DEFAULT_PAGE_LIMIT, renderPageMarkdown, renderPageText, techniquePage } from './catalog/page.js'
import { renderParseText, parsePaths, writeParseJson } from './parse-output.js'
import { renderText } from './report/text.js'
import { renderJson } from './report/json.js'
import { renderSummary } from './report/markdown.js'
import { renderSarifText } from './report/sarif.js'
import { OutputPathError, writeOutputFile } from './output-file.js'
import { VERSION } from './version.js'
import { AttackError, renderAttackTable } from './attack/index.js'
import { importAttackData } from './attack/import.js'
import { readJsonFile } from './attack/table.js'
import { corpusFetch, corpusList, namedBaselines, userCacheDir, type Env } from './corpus/cli.js'
import { CORPUS_NAMES } from './corpus/registry.js'
import type { Rule } from './ir.js'
import { evalExclusionsCommand, evalNoisyCommand } from './eval/command.js'
import type { CatalogCommandContext } from './site/command.js'
import {
  UsageError,
  commandHelp,
  oneOf,
  parseCommandArgs,
  stringFlag,
  strings,
  usageError,
  type CliIO,
  type CommandSpec,
  type FlagSpec,
  type ParsedArgs
} from './cli/spec.js'
import { didYouMean } from './did-you-mean.js'
import { attackOption, loadCliSettings } from './cli/settings.js'
import { colorEnabled } from './cli/color.js'
import { progressReporter, withProgress } from './cli/progress.js'
import { initCommand } from './cli/init.js'

export { UsageError, type CliIO, type CommandSpec } from './cli/spec.js'

/*
 * Code that only some commands need is loaded with import() when such a command runs, so
 * that a `check` (or `--version`) never parses it: the static site here, and the corpus
 * download (`@actions/tool-cache`, its HTTP client, `tar`) in `corpus/fetch.ts`. The bundle
 * puts each in a chunk of its own.
 */

const CONFIG_FLAG: FlagSpec = {
  name: 'config',
  value: 'FILE',
  help: 'settings file (default: .detlint.yml or .detlint.yaml, looked for from here up to\nthe repository root)'
}

const ATTACK_FLAG: FlagSpec = {
  name: 'attack',
  value: 'FILE',
  help:
    "ATT&CK data: a table from `detlint attack import` or MITRE's STIX bundle\n" +
    '(default `attack` from the config)'
}

/** Writes `text` to `--output FILE` (creating its folder), or to standard output. */
function emit(text: string, output: string | undefined, io: CliIO, flag = '--output'): void {
  if (output === undefined) return io.stdout(text)
  writeOutputFile(output, text, flag, io.cwd)
}

const MAX_FILE_SIZE_FLAG: FlagSpec = {
  name: 'max-file-size',
  value: 'SIZE',
  help:
    'files larger than SIZE (bytes, or 512kB, 5MB) are not read: one\n' +
    'diagnostic each (default max-file-size from the config, else 5MB)'
}

const VERBOSE_FLAG: FlagSpec = { name: 'verbose', help: 'list the files that are not rules, with the reason' }

/** `--max-file-size`: overrides the config's `max-file-size`. */
function applyMaxFileSize(value: unknown, settings: Settings): void {
  if (value !== undefined) settings.maxFileSize = parseSize(value, '--max-file-size')
}

/**
 * Arguments that yield no rule file are usage errors, each named (with the option or
 * config key it came from): checking nothing must never pass as "all clear".
 */
function failOnNoRules(origin: string | ((entry: string) => string), noRules: readonly string[]): void {
  if (noRules.length === 0) return
  const entry = noRules[0]
  const where = typeof origin === 'string' ? origin : origin(entry)
  throw new UsageError(
    `${where}: ${JSON.stringify(entry)} yields no rule file (no .yml, .yaml or .toml file that is a rule; ` +
      "dot folders, node_modules and .gitignore'd files are not walked)"
  )
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
  command: string,
  dirs: string[],
  catalogs: string[],
  settings: Settings,
  io: CliIO,
  cacheFile?: string,
  onRule?: (rule: Rule) => void
): Catalog {
  const progress = progressReporter(io, { label: 'reading files' })
  const built = withProgress(progress, update =>
    buildCorpusCatalog(dirs, io.cwd, settings, cacheFile, update, onRule)
  )
  if (built.missing.length > 0) throw new UsageError(`no such file or folder: ${built.missing.join(', ')}`)
  failOnNoRules(command, built.noRules)
  reportCache(cacheFile, built.cache, io)
  reportFailures(built.failures, io)
  return mergeCatalogs([built.catalog, ...catalogs.map(file => loadCatalogFile(file))])
}

/** `--catalog FILE` of the commands that read a catalog (`catalog show`, `site`, `navigator`). */
const CATALOG_SOURCE_FLAG: FlagSpec = {
  name: 'catalog',
  value: 'FILE',
  multiple: true,
  help: 'a catalog built by `detlint catalog build`; repeatable'
}

/** `--baseline DIR` of the same commands: the catalog is built from it. */
const BASELINE_SOURCE_FLAG: FlagSpec = {
  name: 'baseline',
  value: 'DIR',
  multiple: true,
  help: 'a folder of rules (or a fetched named corpus) to build the catalog from;\nrepeatable'
}

/** `--limit N`: rows per table of the technique page; 0 for all. */
function pageLimit(value: unknown): number {
  if (value === undefined) return DEFAULT_PAGE_LIMIT
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  throw new UsageError(`--limit: expected a whole number (0 for no limit), got ${JSON.stringify(value)}`)
}

const parseCommand: CommandSpec = {
  name: 'parse',
  usage: 'PATH... [options]',
  summary: "read rule files and print each rule's techniques, indicators, exclusions and diagnostics",
  description: `Reads rule files into detlint's vendor-neutral form and prints each rule's techniques,
logsource, indicators and exclusions, and every diagnostic. A PATH is a file, a folder
(walked for .yml, .yaml and .toml files, without dot folders, node_modules and what
.gitignore ignores) or a glob; a PATH that exists is never read as a glob. A PATH that yields
no rule file is an error (exit 2); files that are not rules are counted (listed in JSON).
Exits 1 when a file has an error diagnostic.`,
  flags: [
    { name: 'format', value: 'FORMAT', help: 'json | text (default text)' },
    { ...CONFIG_FLAG, help: `${CONFIG_FLAG.help}; its splunk macro and data-source folders` },
    MAX_FILE_SIZE_FLAG,
    VERBOSE_FLAG
  ],
  run({ values, positionals }, io) {
    const format = oneOf(values.format, ['json', 'text'] as const, '--format', 'text')
    if (positionals.length === 0) throw usageError(this, 'give at least one PATH')
    const settings = loadCliSettings(values.config, io.cwd)
    applyMaxFileSize(values['max-file-size'], settings)
    const failures: InternalFailure[] = []
    const result = parsePaths(positionals, io.cwd, readContext(settings, io.cwd), settings, failures)
    failOnNoRules('parse', result.noRules)
    reportFailures(failures, io)
    if (format === 'json') writeParseJson(result, io.stdout)
    else io.stdout(renderParseText(result, values.verbose === true))
    return result.diagnostics.some(d => d.severity === 'error') ? 1 : 0
  }
}

const CHECK_FORMATS = ['text', 'json', 'markdown', 'sarif'] as const

const checkCommand: CommandSpec = {
  name: 'check',
  usage: 'PATH... [options]',
  summary: 'check rules against a catalog built from them, baselines and catalog files',
  description: `Checks the rules under PATH (files, folders or globs; folders are walked for .yml, .yaml
and .toml files, without dot folders, node_modules and what .gitignore ignores) against a
catalog built from the same PATHs plus every --baseline and --catalog file. The rule under
check never counts towards its own numbers; baseline files are never checked. A PATH or
baseline that yields no rule file is an error (exit 2); files that are not rules are
counted in the summary (listed with --verbose and in JSON).`,
  flags: [
    {
      name: 'baseline',
      value: 'DIR',
      multiple: true,
      help: 'add a folder (or file, or glob) of rules to the catalog; repeatable'
    },
    {
      name: 'catalog',
      value: 'FILE',
      multiple: true,
      help: 'merge a catalog built by `detlint catalog build`; repeatable'
    },
    CONFIG_FLAG,
    {
      name: 'cache',
      value: 'FILE',
      help:
        'catalog cache: reuse what unchanged files add to the catalog, parse only\n' +
        'the changed ones, and update FILE (keep it with actions/cache)'
    },
    { ...ATTACK_FLAG, help: `${ATTACK_FLAG.help}; turns on technique-unknown and\ntechnique-revoked` },
    {
      name: 'fail-on',
      value: 'LEVEL',
      help: 'error | warning | notice | none (default from the config, else error)'
    },
    { name: 'format', value: 'FORMAT', help: 'text | json | markdown | sarif (default text)' },
    {
      name: 'quiet',
      short: 'q',
      help: 'report errors only (warnings and notices still count for --fail-on)'
    },
    {
      name: 'output',
      short: 'o',
      value: 'FILE',
      help: 'write the report to FILE (its folder is created) instead of standard output'
    },
    MAX_FILE_SIZE_FLAG,
    VERBOSE_FLAG
  ],
  run({ values, positionals }, io) {
    const format = oneOf(values.format, CHECK_FORMATS, '--format', 'text')
    if (positionals.length === 0) throw usageError(this, 'give at least one PATH')
    const settings = loadCliSettings(values.config, io.cwd)
    if (typeof values['fail-on'] === 'string') settings.failOn = parseFailOn(values['fail-on'], '--fail-on')
    applyMaxFileSize(values['max-file-size'], settings)
    const flagged = namedBaselines(strings(values.baseline), cliEnv(io))
    const configured = namedBaselines(settings.baseline, cliEnv(io), 'baseline')
    const baselines = flagged.paths
    const progress = progressReporter(io, { label: 'reading files', disabled: values.quiet === true })
    const outcome = withProgress(progress, update =>
      runCheck({
        targets: positionals,
        corpus: positionals,
        baselines: [...baselines, ...configured.paths],
        catalogFiles: [...flagged.files, ...configured.files, ...strings(values.catalog)],
        settings,
        root: io.cwd,
        ...(typeof values.cache === 'string' ? { cacheFile: values.cache } : {}),
        ...attackOption(values.attack, settings, io.cwd),
        progress: update
      })
    )
    reportCache(values.cache, outcome.cache, io)
    reportFailures(outcome.failures, io)
    const origin = (entry: string): string =>
      positionals.includes(entry) ? 'check' : baselines.includes(entry) ? '--baseline' : 'baseline (config)'
    const [missing] = outcome.missing
    if (missing !== undefined)
      throw new UsageError(`${origin(missing)}: no such file or folder: ${JSON.stringify(missing)}`)
    failOnNoRules(origin, outcome.noRules)
    // --quiet shows errors only; the summary still counts everything, so an exit of 1 on
    // warnings (with --fail-on warning) is explained.
    const report =
      values.quiet === true
        ? { ...outcome.report, findings: outcome.report.findings.filter(f => f.severity === 'error') }
        : outcome.report
    const output = stringFlag(values.output)
    const text =
      format === 'json'
        ? renderJson(report)
        : format === 'sarif'
          ? renderSarifText(report, { toolVersion: VERSION })
          : format === 'markdown'
            ? renderSummary(report)
            : renderText(report, {
                color: output === undefined && colorEnabled(values, io),
                verbose: values.verbose === true
              })
    emit(text, output, io)
    return report.summary.failed ? 1 : 0
  }
}

const catalogBuildCommand: CommandSpec = {
  name: 'catalog build',
  usage: 'DIR... -o FILE [options]',
  summary: 'build a catalog file from folders of rules',
  description: 'Builds a catalog (versioned JSON, deterministic bytes) from folders of rules.',
  flags: [
    {
      name: 'output',
      short: 'o',
      value: 'FILE',
      help: 'where to write the catalog (required; its folder is created)'
    },
    { ...CONFIG_FLAG, help: `${CONFIG_FLAG.help}; its ignore globs` },
    {
      name: 'cache',
      value: 'FILE',
      help: 'catalog cache: parse only the files changed since FILE was written'
    },
    MAX_FILE_SIZE_FLAG
  ],
  run({ values, positionals }, io) {
    if (positionals.length === 0) throw usageError(this, 'give at least one DIR')
    const output = stringFlag(values.output)
    if (output === undefined) throw usageError(this, '-o FILE is required')
    const cacheFile = stringFlag(values.cache)
    const settings = loadCliSettings(values.config, io.cwd)
    applyMaxFileSize(values['max-file-size'], settings)
    const catalog = catalogFrom('catalog build', positionals, [], settings, io, cacheFile)
    writeOutputFile(output, serializeCatalogBytes(catalog), '-o', io.cwd)
    io.stderr(
      `detlint: catalog of ${catalog.rules.length} rules and ${catalog.keys.size} keys written to ${output}\n`
    )
    return 0
  }
}

const catalogShowCommand: CommandSpec = {
  name: 'catalog show',
  usage: 'TECHNIQUE (--catalog FILE | --baseline DIR...) [options]',
  summary: "print the catalog's page for an ATT&CK technique",
  description: `Prints the catalog's page for an ATT&CK technique (e.g. T1059.001), across vendors: the
technique's name and tactics, rules by vendor, events covered, fields filtered most, top
indicator values with their corpus reach, exclusions, and the rules themselves. A parent
technique (T1059) includes its sub-techniques' rules. Each rule counts once per row.`,
  flags: [
    CATALOG_SOURCE_FLAG,
    BASELINE_SOURCE_FLAG,
    { ...CONFIG_FLAG, help: `${CONFIG_FLAG.help}; its ignore globs and \`attack\`` },
    {
      ...ATTACK_FLAG,
      help: `${ATTACK_FLAG.help}; names the technique and its\ntactics, and files revoked IDs under their replacements`
    },
    { name: 'limit', value: 'N', help: `rows per table (default ${DEFAULT_PAGE_LIMIT}; 0 for all)` },
    {
      name: 'format',
      value: 'FORMAT',
      help: 'text | markdown | json (default text); json is the page as data'
    }
  ],
  run({ values, positionals }, io) {
    const format = oneOf(values.format, ['text', 'markdown', 'json'] as const, '--format', 'text')
    const limit = pageLimit(values.limit)
    if (positionals.length !== 1) throw usageError(this, 'give exactly one TECHNIQUE')
    const technique = positionals[0]
    if (!/^T\d{4}(\.\d{3})?$/i.test(technique))
      throw new UsageError(
        `catalog show: TECHNIQUE: expected an ATT&CK ID like T1059 or T1059.001, got ${JSON.stringify(technique)}`
      )
    const named = namedBaselines(strings(values.baseline), cliEnv(io))
    const catalogs = [...named.files, ...strings(values.catalog)]
    const baselines = named.paths
    if (catalogs.length === 0 && baselines.length === 0)
      throw usageError(this, 'give --catalog FILE or --baseline DIR')
    const settings = loadCliSettings(values.config, io.cwd)
    const { attack } = attackOption(values.attack, settings, io.cwd)
    const catalog = withAttack(catalogFrom('--baseline', baselines, catalogs, settings, io), attack)
    const page = techniquePage(catalog, technique, limit)
    io.stdout(
      format === 'markdown'
        ? renderPageMarkdown(page)
        : format === 'json'
          ? `${JSON.stringify(page, null, 2)}\n`
          : renderPageText(page)
    )
    return 0
  }
}

const attackImportCommand: CommandSpec = {
  name: 'attack import',
  usage: 'STIX.json -o FILE [options]',
  summary: "convert MITRE's ATT&CK STIX bundle into detlint's compact ATT&CK table",
  description: `Converts MITRE's ATT&CK Enterprise STIX bundle (2.0 or 2.1, e.g. enterprise-attack-18.1.json
from github.com/mitre-attack/attack-stix-data) into detlint's compact ATT&CK table: technique
names, tactics and descriptions (first paragraph), revoked → replacement, deprecated. The
output bytes depend only on the input. A compact table is accepted too, and written back in
canonical form.`,
  flags: [
    { name: 'output', short: 'o', value: 'FILE', help: 'where to write the table (required)' },
    {
      name: 'attack-version',
      value: 'VERSION',
      help: "the ATT&CK version to record (default: the bundle's collection version)"
    },
    {
      name: 'moves',
      value: 'FILE',
      help:
        'JSON with v18_to_v19 (technique moves) and v18_to_v19_tactics (tactic\n' +
        'splits) of the next ATT&CK version, added to the table'
    },
    { name: 'source', value: 'TEXT', help: "the table's source text (default: the bundle's file name)" }
  ],
  run({ values, positionals }, io) {
    if (positionals.length !== 1) throw usageError(this, 'give exactly one STIX.json')
    const output = stringFlag(values.output)
    if (output === undefined) throw usageError(this, '-o FILE is required')
    const [input] = positionals
    const doc = readJsonFile(path.resolve(io.cwd, input), input)
    const version = stringFlag(values['attack-version'])
    const moves = stringFlag(values.moves)
    const source = stringFlag(values.source)
    const table = importAttackData(doc, input, {
      ...(version !== undefined ? { attackVersion: version } : {}),
      ...(source !== undefined ? { source } : {}),
      ...(moves !== undefined
        ? { moves: { doc: readJsonFile(path.resolve(io.cwd, moves), moves), file: moves } }
        : {})
    })
    emit(renderAttackTable(table), output, io, '-o')
    const all = Object.values(table.techniques)
    io.stderr(
      `detlint: ATT&CK v${table.attack_version} table of ${all.length} techniques ` +
        `(${all.filter(t => t.revoked).length} revoked, ${all.filter(t => t.deprecated).length} deprecated) ` +
        `written to ${output}\n`
    )
    return 0
  }
}

/** The sources of `catalog site` and `navigator`, as for `catalog show`. */
const SITE_SOURCE_FLAGS: readonly FlagSpec[] = [
  { name: 'output', short: 'o', value: 'PATH', help: 'where to write it (required; its folder is created)' },
  CATALOG_SOURCE_FLAG,
  BASELINE_SOURCE_FLAG,
  { ...CONFIG_FLAG, help: `${CONFIG_FLAG.help}; its ignore globs and \`attack\`` },
  {
    ...ATTACK_FLAG,
    help: `${ATTACK_FLAG.help}; technique names, tactics and\ndescriptions`
  },
  { name: 'title', value: 'TEXT', help: 'the title (default "detlint catalog")' }
]

/** What `catalog site` and `navigator` need from the CLI: the catalog of their sources. */
function siteContext(io: CliIO): CatalogCommandContext {
  return {
    usage: message => new UsageError(message),
    catalog: (values, onRule) => {
      const named = namedBaselines(strings(values.baseline), cliEnv(io))
      const settings = loadCliSettings(values.config, io.cwd)
      const { attack } = attackOption(values.attack, settings, io.cwd)
      const catalogs = [...named.files, ...strings(values.catalog)]
      return withAttack(
        catalogFrom('--baseline', named.paths, catalogs, settings, io, undefined, onRule),
        attack
      )
    },
    stderr: io.stderr,
    cwd: io.cwd
  }
}

const catalogSiteCommand: CommandSpec = {
  name: 'catalog site',
  usage: '(--catalog FILE | --baseline DIR...) -o DIR [options]',
  summary: 'write the catalog as a static website (technique and rule pages, search)',
  description: `Writes the catalog as a static website into DIR: an index of techniques by tactic with a
search box, a page per technique (events, fields, top indicator values with their corpus
reach, exclusions, rules by vendor) and a page per rule (its logic, indicators, exclusions
and the rules most like it). Plain HTML, one stylesheet and one small script: it works from
file:// and from GitHub Pages, and the same catalog gives the same bytes. Rule logic trees
are shown for rules read from --baseline folders.`,
  flags: [
    ...SITE_SOURCE_FLAGS,
    {
      name: 'source-url',
      value: 'PATH=URL',
      multiple: true,
      help:
        'link rule pages to their source: a rule whose path starts with PATH links\n' +
        'to URL + the rest of its path (e.g. sigma=https://github.com/SigmaHQ/sigma/blob/master);\nrepeatable'
    }
  ],
  run: needsRunCli,
  async runAsync(parsed, io) {
    const { runCatalogSite } = await import('./site/command.js')
    io.stdout(runCatalogSite(parsed, siteContext(io)))
    return 0
  }
}

const catalogNavigatorCommand: CommandSpec = {
  name: 'catalog navigator',
  usage: '(--catalog FILE | --baseline DIR...) -o FILE [options]',
  summary: 'write an ATT&CK Navigator layer of the catalog',
  description: `Writes an ATT&CK Navigator layer (layer format 4.5): every technique with rules, scored by
its rules (a parent counts its sub-techniques' rules), with the rules per vendor in the
comment. Open it at https://mitre-attack.github.io/attack-navigator/ (Open Existing Layer).`,
  flags: [
    ...SITE_SOURCE_FLAGS,
    { name: 'site-url', value: 'URL', help: 'the published site: each technique links to its page there' }
  ],
  run: needsRunCli,
  async runAsync(parsed, io) {
    const { runCatalogNavigator } = await import('./site/command.js')
    io.stdout(runCatalogNavigator(parsed, siteContext(io)))
    return 0
  }
}

function cliEnv(io: CliIO): Env {
  return (io.env ?? process.env) as Env
}

const CACHE_DIR_FLAG: FlagSpec = {
  name: 'cache-dir',
  value: 'DIR',
  help: 'cache folder (default $DETLINT_CACHE_DIR, else $XDG_CACHE_HOME/detlint,\nelse ~/.cache/detlint)'
}

function corpusCacheDir(values: ParsedArgs['values'], io: CliIO): string {
  const dir = stringFlag(values['cache-dir'])
  return dir !== undefined ? path.resolve(io.cwd, dir) : userCacheDir(cliEnv(io))
}

function corpusIO(io: CliIO): Parameters<typeof corpusList>[1] {
  return {
    stdout: io.stdout,
    stderr: io.stderr,
    env: cliEnv(io),
    ...(io.download ? { download: io.download } : {})
  }
}

/**
 * A command that downloads or loads code of its own runs only through the executable's
 * asynchronous entry (`runCli`).
 */
function needsRunCli(this: CommandSpec): number {
  throw new UsageError(`${this.name}: run it through the detlint executable (runCli)`)
}

const corpusFetchCommand: CommandSpec = {
  name: 'corpus fetch',
  usage: 'NAME[@REF]... [options]',
  summary: 'download named public corpora into the cache, for --baseline NAME offline',
  description: `Downloads each named public corpus (${CORPUS_NAMES.join(', ')}) as a tarball through
the GitHub API (GITHUB_API_URL, default https://api.github.com; GITHUB_TOKEN or GH_TOKEN when
set), reads its rule folders into a catalog and keeps it in the cache folder: later runs use
\`--baseline NAME\` (or \`baseline: [NAME]\` in .detlint.yml) offline. Each corpus is pinned to
the commit this detlint release was measured on; NAME@REF picks another commit, tag or branch.`,
  flags: [CACHE_DIR_FLAG],
  run: needsRunCli,
  async runAsync({ values, positionals }, io) {
    return corpusFetch(positionals, corpusCacheDir(values, io), corpusIO(io))
  }
}

const corpusListCommand: CommandSpec = {
  name: 'corpus list',
  usage: '[options]',
  summary: 'list the named public corpora in the cache',
  description: 'Lists the cached named corpora, one per line: name@ref, rules, catalog file.',
  flags: [CACHE_DIR_FLAG],
  run: needsRunCli,
  async runAsync({ values, positionals }, io) {
    if (positionals.length > 0) throw usageError(this, 'takes no NAME')
    return corpusList(corpusCacheDir(values, io), corpusIO(io))
  }
}

/**
 * Every command, in the order `detlint --help` lists them. A subcommand's name is its group
 * and its own name (`catalog show`); `detlint catalog` alone prints the group's help.
 */
export const COMMANDS: readonly CommandSpec[] = [
  parseCommand,
  checkCommand,
  catalogBuildCommand,
  catalogShowCommand,
  catalogSiteCommand,
  catalogNavigatorCommand,
  attackImportCommand,
  corpusFetchCommand,
  corpusListCommand,
  evalExclusionsCommand,
  evalNoisyCommand,
  initCommand
]

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map(c => c.name.length)) + 2
  const list = COMMANDS.map(c => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')
  return `detlint ${VERSION} — lint detection rules against a catalog of rules

Usage: detlint COMMAND [options]

Commands:
${list}

Run \`detlint COMMAND --help\` for a command's usage and options.
Every command takes --color / --no-color (or NO_COLOR / FORCE_COLOR), -h, --help, and
--debug (the stack of every internal error on stderr).
Exit codes: 0 fine; 1 findings at or above --fail-on (parse: error diagnostics); 2 usage or
configuration error; 3 internal error.
`
}

/** Runs one command's entry: `--help`, else parse its flags and run it. */
function runSpec(spec: CommandSpec, args: string[], io: CliIO): number {
  const parsed: ParsedArgs = parseCommandArgs(spec, args)
  if (parsed.values.help === true) return (io.stdout(commandHelp(spec)), 0)
  return spec.run(parsed, io)
}

/** Finds the entry for `argv` (`check …`, `catalog show …`); runs it, or explains what is wrong. */
function dispatch(argv: string[], io: CliIO): number {
  const [command, sub, ...rest] = argv
  const single = COMMANDS.find(c => c.name === command)
  if (single) return runSpec(single, argv.slice(1), io)
  const group = COMMANDS.filter(c => c.name.startsWith(`${command} `))
  if (group.length > 0) {
    const spec = group.find(c => c.name === `${command} ${sub}`)
    if (spec) return runSpec(spec, rest, io)
    if (sub === undefined || sub === '--help' || sub === '-h') {
      io.stdout(group.map(commandHelp).join('\n'))
      return sub === undefined ? 2 : 0
    }
    const subs = group.map(c => c.name.slice(command.length + 1))
    throw new UsageError(
      `${command}: unknown subcommand ${JSON.stringify(sub)} (expected ${subs.join(' or ')})`
    )
  }
  const names = [...new Set(COMMANDS.map(c => c.name.split(' ')[0]))]
  throw new UsageError(
    `unknown command ${JSON.stringify(command)}${didYouMean(command, names)}\n\n${mainHelp()}`
  )
}

/** `--debug` anywhere on the line: the stack of every internal error on stderr. */
function withDebug(argv: string[], cli: CliIO): { argv: string[]; io: CliIO } {
  return {
    argv: argv.filter(a => a !== '--debug'),
    io: { ...cli, debug: cli.debug === true || argv.includes('--debug') }
  }
}

/**
 * Runs the CLI; returns the exit code. Never throws. `corpus fetch|list`, `catalog
 * site|navigator` and named corpora as baselines need `runCli`.
 */
export function main(args: string[], cli: CliIO): number {
  const { argv, io } = withDebug(args, cli)
  try {
    return runSync(argv, io)
  } catch (err) {
    return failure(err, io)
  }
}

/** `main` without `--debug` handling. */
function runSync(argv: string[], io: CliIO): number {
  const [command] = argv
  try {
    switch (command) {
      case '--version':
      case '-v':
        io.stdout(`${VERSION}\n`)
        return 0
      case '--help':
      case '-h':
      case 'help':
        io.stdout(mainHelp())
        return 0
      case undefined:
        io.stderr(mainHelp())
        return 2
      default:
        return dispatch(argv, io)
    }
  } catch (err) {
    return failure(err, io)
  }
}

/**
 * Runs the CLI, commands that wait on the network (`corpus fetch`) or load code of their own
 * included; returns the exit code. Never rejects. The executable's entry.
 */
export async function runCli(args: string[], cli: CliIO): Promise<number> {
  const { argv, io } = withDebug(args, cli)
  const spec = COMMANDS.find(c => c.runAsync !== undefined && c.name === argv.slice(0, 2).join(' '))
  try {
    if (spec?.runAsync === undefined) return runSync(argv, io)
    const parsed = parseCommandArgs(spec, argv.slice(2))
    if (parsed.values.help === true) return (io.stdout(commandHelp(spec)), 0)
    return await spec.runAsync(parsed, io)
  } catch (err) {
    return failure(err, io)
  }
}

/** A thrown error as the exit code and message: 2 for a usage or configuration error, 3 for a bug. */
function failure(err: unknown, io: CliIO): number {
  if (
    err instanceof UsageError ||
    err instanceof ConfigError ||
    err instanceof CatalogError ||
    err instanceof AttackError ||
    err instanceof OutputPathError
  ) {
    io.stderr(`detlint: ${err.message}\n`)
    return 2
  }
  // The stack only with --debug: a report for users, a trace for whoever fixes it.
  const msg = err instanceof Error ? ((io.debug ? err.stack : err.message) ?? err.message) : String(err)
  io.stderr(`detlint: internal error: ${msg}${io.debug ? '' : ' (run with --debug for the stack)'}\n`)
  return 3
}
