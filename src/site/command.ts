/**
 * `detlint catalog site` and `detlint catalog navigator`: the catalog as a static website and
 * as an ATT&CK Navigator layer. The catalog comes from the same sources as `catalog show`
 * (`--baseline`, `--catalog`, `--attack`, the config); the dispatcher passes in how to parse
 * options and load it.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ParseArgsConfig, parseArgs } from 'node:util'
import type { Catalog, CatalogRule } from '../catalog/index.js'
import type { Rule } from '../ir.js'
import { RuleTrees } from './trees.js'
import { writeSite } from './index.js'
import { renderNavigatorLayer } from './navigator.js'

type Options = NonNullable<ParseArgsConfig['options']>

export interface CatalogCommandContext {
  parse: (args: string[], options: Options, command: string) => ReturnType<typeof parseArgs>
  /** A usage error (exit code 2) with this message. */
  usage: (message: string) => Error
  /** The catalog of `--baseline`, `--catalog`, `--attack` and `--config`; `onRule` sees each parsed rule. */
  catalog: (values: Record<string, unknown>, onRule?: (rule: Rule) => void) => Catalog
  stderr: (text: string) => void
  cwd: string
}

const SOURCES = `  --catalog FILE     a catalog built by \`detlint catalog build\`; repeatable
  --baseline DIR     a folder of rules to build the catalog from; repeatable
  --config FILE      settings file, for its ignore globs and \`attack\` (default .detlint.yml
                     when present)
  --attack FILE      ATT&CK data: a table from \`detlint attack import\` or MITRE's STIX
                     bundle (default \`attack\` from the config): technique names, tactics and
                     descriptions (when the table has them)`

export const SITE_HELP: Record<string, string> = {
  'catalog site': `Usage: detlint catalog site (--catalog FILE | --baseline DIR...) -o DIR [options]

Writes the catalog as a static website into DIR: an index of techniques by tactic with a
search box, a page per technique (events, fields, top indicator values with their corpus
reach, exclusions, rules by vendor) and a page per rule (its logic, indicators, exclusions
and the rules most like it). Plain HTML, one stylesheet and one small script: it works from
file:// and from GitHub Pages, and the same catalog gives the same bytes. Rule logic trees
are shown for rules read from --baseline folders.

Options:
  -o, --output DIR   where to write the site (required; created when missing)
${SOURCES}
  --source-url PATH=URL  link rule pages to their source: a rule whose path starts with PATH
                     links to URL + the rest of its path (e.g.
                     sigma=https://github.com/SigmaHQ/sigma/blob/master); repeatable
  --title TEXT       the site's title (default "detlint catalog")
  -h, --help         show this help
`,
  'catalog navigator': `Usage: detlint catalog navigator (--catalog FILE | --baseline DIR...) -o FILE [options]

Writes an ATT&CK Navigator layer (layer format 4.5): every technique with rules, scored by
its rules (a parent counts its sub-techniques' rules), with the rules per vendor in the
comment. Open it at https://mitre-attack.github.io/attack-navigator/ (Open Existing Layer).

Options:
  -o, --output FILE  where to write the layer (required)
${SOURCES}
  --site-url URL     the published site: each technique links to its page there
  --title TEXT       the layer's name (default "detlint catalog")
  -h, --help         show this help
`
}

const SOURCE_OPTIONS: Options = {
  catalog: { type: 'string', multiple: true },
  baseline: { type: 'string', multiple: true },
  config: { type: 'string' },
  attack: { type: 'string' },
  output: { type: 'string', short: 'o' },
  title: { type: 'string' }
}

/** `PATH=URL` pairs: a rule under PATH links to URL plus the rest of its path. */
export function sourceUrls(
  specs: readonly string[],
  usage: (m: string) => Error
): (rule: CatalogRule) => string | null {
  const pairs = specs.map(spec => {
    const eq = spec.indexOf('=')
    const prefix = eq > 0 ? spec.slice(0, eq).replace(/\\/g, '/').replace(/\/+$/, '') : ''
    const url = eq > 0 ? spec.slice(eq + 1).replace(/\/+$/, '') : ''
    if (prefix === '' || !/^https?:\/\//i.test(url))
      throw usage(`--source-url: expected PATH=URL with an http(s) URL, got ${JSON.stringify(spec)}`)
    return { prefix, url }
  })
  // The longest prefix wins, so a nested corpus can have its own URL.
  pairs.sort((a, b) => b.prefix.length - a.prefix.length)
  return rule => {
    for (const { prefix, url } of pairs)
      if (rule.path === prefix || rule.path.startsWith(`${prefix}/`)) {
        const rest = rule.path
          .slice(prefix.length + 1)
          .split('/')
          .map(encodeURIComponent)
          .join('/')
        return `${url}/${rest}${rule.line > 1 ? `#L${rule.line}` : ''}`
      }
    return null
  }
}

function requireSources(values: Record<string, unknown>, command: string, ctx: CatalogCommandContext): void {
  const given = (k: string): boolean => Array.isArray(values[k]) && (values[k] as unknown[]).length > 0
  if (!given('catalog') && !given('baseline'))
    throw ctx.usage(`${command}: give --catalog FILE or --baseline DIR\n\n${SITE_HELP[command]}`)
  if (typeof values.output !== 'string')
    throw ctx.usage(`${command}: -o is required\n\n${SITE_HELP[command]}`)
}

function cmdSite(args: string[], ctx: CatalogCommandContext): string {
  const command = 'catalog site'
  const { values, positionals } = ctx.parse(
    args,
    { ...SOURCE_OPTIONS, 'source-url': { type: 'string', multiple: true } },
    command
  )
  if (values.help) return SITE_HELP[command]
  if (positionals.length > 0)
    throw ctx.usage(`${command}: unexpected argument ${JSON.stringify(positionals[0])}`)
  requireSources(values, command, ctx)
  const sourceUrl = sourceUrls((values['source-url'] as string[] | undefined) ?? [], ctx.usage)
  const started = Date.now()
  const trees = new RuleTrees()
  const catalog = ctx.catalog(values, trees.add)
  const out = path.resolve(ctx.cwd, values.output as string)
  const written = writeSite(out, catalog, {
    trees: trees.get,
    sourceUrl,
    ...(typeof values.title === 'string' ? { title: values.title } : {})
  })
  ctx.stderr(
    `detlint: site of ${catalog.rules.length} rules written to ${values.output as string}: ` +
      `${written.files} files, ${(written.bytes / 1e6).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s\n`
  )
  return ''
}

function cmdNavigator(args: string[], ctx: CatalogCommandContext): string {
  const command = 'catalog navigator'
  const { values, positionals } = ctx.parse(
    args,
    { ...SOURCE_OPTIONS, 'site-url': { type: 'string' } },
    command
  )
  if (values.help) return SITE_HELP[command]
  if (positionals.length > 0)
    throw ctx.usage(`${command}: unexpected argument ${JSON.stringify(positionals[0])}`)
  requireSources(values, command, ctx)
  const site = values['site-url']
  if (typeof site === 'string' && !/^https?:\/\//i.test(site))
    throw ctx.usage(`--site-url: expected an http(s) URL, got ${JSON.stringify(site)}`)
  const catalog = ctx.catalog(values)
  const text = renderNavigatorLayer(catalog, {
    ...(typeof values.title === 'string' ? { name: values.title } : {}),
    ...(typeof site === 'string' ? { siteUrl: site } : {})
  })
  writeFileSync(path.resolve(ctx.cwd, values.output as string), text)
  const n = (JSON.parse(text) as { techniques: unknown[] }).techniques.length
  ctx.stderr(`detlint: Navigator layer of ${n} techniques written to ${values.output as string}\n`)
  return ''
}

/** Runs `catalog site` or `catalog navigator`; returns what goes to standard output (help). */
export function runCatalogSiteCommand(
  sub: 'site' | 'navigator',
  args: string[],
  ctx: CatalogCommandContext
): string {
  return sub === 'site' ? cmdSite(args, ctx) : cmdNavigator(args, ctx)
}
