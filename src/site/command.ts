/**
 * `detlint catalog site` and `detlint catalog navigator`: the catalog as a static website and
 * as an ATT&CK Navigator layer. The catalog comes from the same sources as `catalog show`
 * (`--baseline`, `--catalog`, `--attack`, the config); the dispatcher passes in how to parse
 * options and load it.
 */
import path from 'node:path'
import type { Catalog, CatalogRule } from '../catalog/index.js'
import type { Rule } from '../ir.js'
import { RuleTrees } from './trees.js'
import { writeSite } from './index.js'
import { renderNavigatorLayer } from './navigator.js'
import { writeOutputFile } from '../output-file.js'
import { sourceUrl as corpusSourceUrl } from '../corpus/registry.js'

/** A command line's options and arguments, parsed. */
export interface ParsedCommand {
  values: Record<string, unknown>
  positionals: string[]
}

export interface CatalogCommandContext {
  /** A usage error (exit code 2) with this message. */
  usage: (message: string) => Error
  /** The catalog of `--baseline`, `--catalog`, `--attack` and `--config`; `onRule` sees each parsed rule. */
  catalog: (values: Record<string, unknown>, onRule?: (rule: Rule) => void) => Catalog
  stderr: (text: string) => void
  cwd: string
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
    throw ctx.usage(`${command}: give --catalog FILE or --baseline DIR`)
  if (typeof values.output !== 'string') throw ctx.usage(`${command}: -o is required`)
}

/** `detlint catalog site`: writes the site; returns what goes to standard output. */
export function runCatalogSite({ values, positionals }: ParsedCommand, ctx: CatalogCommandContext): string {
  const command = 'catalog site'
  if (positionals.length > 0)
    throw ctx.usage(`${command}: unexpected argument ${JSON.stringify(positionals[0])}`)
  requireSources(values, command, ctx)
  const given = sourceUrls((values['source-url'] as string[] | undefined) ?? [], ctx.usage)
  // A rule of a named public corpus links to its file on GitHub at the pinned commit.
  const sourceUrl = (rule: CatalogRule): string | null => given(rule) ?? corpusSourceUrl(rule)
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

/** `detlint catalog navigator`: writes the layer; returns what goes to standard output. */
export function runCatalogNavigator(
  { values, positionals }: ParsedCommand,
  ctx: CatalogCommandContext
): string {
  const command = 'catalog navigator'
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
  writeOutputFile(values.output as string, text, '-o', ctx.cwd)
  const n = (JSON.parse(text) as { techniques: unknown[] }).techniques.length
  ctx.stderr(`detlint: Navigator layer of ${n} techniques written to ${values.output as string}\n`)
  return ''
}
