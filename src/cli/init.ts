/**
 * `detlint init`: looks at the repository's rule files (by content, as detlint reads them)
 * and writes a commented `.detlint.yml` and a `.github/workflows/detlint.yml` for the formats
 * it found. Existing files are never overwritten without `--force`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Vendor } from '../ir.js'
import { FORMATS, RULE_EXTENSIONS } from '../formats/index.js'
import { CONFIG_NAMES } from './settings.js'
import { UsageError, type CommandSpec } from './spec.js'

/** Folders never looked in: dot folders (`.git`, `.github`, corpora checked out in `.corpus`) and packages. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules'
}

/** Files looked at, at most: enough for any rule repository, bounded for a home folder. */
const MAX_FILES = 50_000

/** Rule files below `root` by vendor, as root-relative paths (forward slashes), sorted. */
export function findRuleFiles(root: string): Map<Vendor, string[]> {
  const found = new Map<Vendor, string[]>()
  let seen = 0
  const walk = (dir: string, rel: string): void => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (seen >= MAX_FILES) return
      const relPath = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) {
        if (!skipped(e.name)) walk(path.join(dir, e.name), relPath)
        continue
      }
      if (!e.isFile() || !RULE_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) continue
      seen++
      let text: string
      try {
        text = readFileSync(path.join(dir, e.name), 'utf8')
      } catch {
        continue
      }
      const format = FORMATS.find(f => f.detect(relPath, text))
      if (format) found.set(format.vendor, [...(found.get(format.vendor) ?? []), relPath])
    }
  }
  walk(root, '')
  return found
}

/**
 * One glob per folder and extension: the top folder holding the files (`rules/**\/*.yml`),
 * or `**\/*.yml` when some lie at the root.
 */
export function ruleGlobs(files: readonly string[]): string[] {
  const globs = new Set<string>()
  for (const f of files) {
    const slash = f.indexOf('/')
    const ext = path.extname(f).toLowerCase()
    globs.add(slash < 0 ? `**/*${ext}` : `${f.slice(0, slash)}/**/*${ext}`)
  }
  const all = [...globs]
  // A root-wide glob covers the same extension's folder globs.
  return all.filter(g => g.startsWith('**/') || !all.includes(`**/*${path.extname(g)}`)).sort()
}

const VENDOR_NAMES: Record<Vendor, string> = {
  sigma: 'Sigma',
  elastic: 'Elastic detection-rules',
  splunk: 'Splunk security_content'
}

function yamlList(items: readonly string[]): string {
  return `[${items.map(i => `'${i}'`).join(', ')}]`
}

function summaryOf(found: Map<Vendor, string[]>): string {
  return [...found]
    .map(([v, files]) => `${files.length} ${VENDOR_NAMES[v]} rule file${files.length === 1 ? '' : 's'}`)
    .join(', ')
}

/** The commented `.detlint.yml`. */
export function configText(found: Map<Vendor, string[]>): string {
  const vendors = [...found.keys()]
  const rules = ruleGlobs([...found.values()].flat())
  // The named public corpus of each format found (see "Named baselines" in the README).
  const baseline: string[] = vendors
  return `# yaml-language-server: $schema=https://raw.githubusercontent.com/detlint/detlint/main/schema/detlint.schema.json
# detlint settings, written by \`detlint init\` for ${found.size > 0 ? summaryOf(found) : 'a repository with no rule files yet'}.
# Every key is optional; the values shown are the defaults unless said otherwise.

# The lowest severity that fails the check: error | warning | notice | none.
fail-on: error

# The repository's rule files (globs from the repository root), as found by \`detlint init\`:
# checked, and part of the catalog.
rules: ${yamlList(rules.length > 0 ? rules : ['**/*.yml', '**/*.yaml'])}

# Paths never checked nor catalogued.
ignore: []

# Public corpora to compare with (default: none): named corpora (sigma, elastic, splunk,
# elastic-endpoint; NAME@REF for another commit) that the action downloads and caches, or
# folders of rules. On your machine: \`detlint corpus fetch ${vendors.length > 0 ? vendors.join(' ') : 'sigma'}\` once.
baseline: ${yamlList(baseline)}

# ATT&CK data for the technique checks (default: the table built into detlint, v18.1):
# \`download\`, a table from \`detlint attack import\`, MITRE's STIX bundle, or none.
# attack: attack/enterprise-attack.json

checks:
  noisy-indicator:
    severity: warning # error | warning | notice | off
    threshold: 20 # other catalog rules checking a predicate before it counts as noisy
  missing-common-exclusion:
    severity: warning
    min-rules: 2 # of the 20 rules most like it, those using the exclusion, at least
    min-share: 20% # and at least this share of them (weighted by similarity)
  duplicate-rule:
    severity: warning
  technique-missing:
    severity: notice

# Accepted findings, each with its reason:
# suppress:
#   - rule: 5f0a4c4e-52a7-4c1b-9d43-0d3a8b8c7e11 # a rule id, and/or
#     path: rules/hunting/** # a glob of rule files
#     checks: [noisy-indicator] # every check when left out
#     reason: 'Hunting rule; noise accepted'
`
}

/**
 * The workflow: the repository's rules against the public corpora of the formats found (named
 * in the config's `baseline`, which the action downloads and caches: no checkout step).
 */
export function workflowText(configName = '.detlint.yml'): string {
  return `# detlint: lints the detection rules of each pull request, written by \`detlint init\`.
# Make the \`detlint\` check required in the branch protection rules to block merges on errors.
name: detlint
on:
  pull_request:
  push:
    branches: [main]
  merge_group:
  workflow_dispatch:
permissions:
  contents: read
  pull-requests: write # the sticky comment
  checks: write # the detlint check run with every annotation
jobs:
  lint-rules:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: detlint/detlint@v0
${configName === '.detlint.yml' ? '' : `        with:\n          config: ${configName}\n`}`
}

export const initCommand: CommandSpec = {
  name: 'init',
  usage: '[options]',
  summary: 'write a commented .detlint.yml and a GitHub workflow for the rules found here',
  description: `Looks for rule files below the working folder (Sigma, Elastic and Splunk, detected by
content; dot folders and node_modules are skipped) and writes a commented .detlint.yml and
.github/workflows/detlint.yml that check them against the public corpora of the formats found.
Existing files are left alone unless --force is given.`,
  flags: [
    { name: 'force', help: 'overwrite existing files' },
    { name: 'dir', value: 'DIR', help: 'the repository folder (default: the working folder)' }
  ],
  run({ values }, io) {
    const root = path.resolve(io.cwd, typeof values.dir === 'string' ? values.dir : '.')
    if (!existsSync(root)) throw new UsageError(`init: --dir: no such folder: ${String(values.dir)}`)
    const found = findRuleFiles(root)
    // An existing .detlint.yaml is the one rewritten (with --force), so only one config is left.
    const configName = CONFIG_NAMES.find(n => existsSync(path.join(root, n))) ?? CONFIG_NAMES[0]
    const files: Array<[string, string]> = [
      [configName, configText(found)],
      [path.join('.github', 'workflows', 'detlint.yml'), workflowText(configName)]
    ]
    const existing = files.flatMap(([f]) =>
      existsSync(path.join(root, f)) ? [f.split(path.sep).join('/')] : []
    )
    if (existing.length > 0 && values.force !== true)
      throw new UsageError(
        `init: ${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; ` +
          'nothing written (give --force to overwrite)'
      )
    for (const [file, text] of files) {
      const abs = path.join(root, file)
      mkdirSync(path.dirname(abs), { recursive: true })
      writeFileSync(abs, text)
      io.stderr(`detlint: wrote ${file.split(path.sep).join('/')}\n`)
    }
    io.stderr(
      found.size > 0
        ? `detlint: found ${summaryOf(found)}\n`
        : 'detlint: found no rule files yet; edit `rules` in .detlint.yml when you add some\n'
    )
    return 0
  }
}
