/**
 * Settings: `.detlint.yml`, CLI flags and action inputs → one typed, validated object.
 * `schema/detlint.schema.json` is the one description of the file: detlint validates against
 * it (config-schema.ts; every error names the key and the value it got) and editors complete
 * from it. To add a key: add it to the schema (with its default), to `Settings` and
 * `defaultSettings()`, and, for a top-level key, one line in `applyConfig`; a check's option
 * (`max-paths`) lands on its camel-cased field (`maxPaths`) by itself.
 */
import { readFileSync } from 'node:fs'
import { loadAll, CORE_SCHEMA } from 'js-yaml'
import type { Severity } from './ir.js'
import type { CheckId, FailOn, SuppressibleCheck } from './findings.js'
import { validateConfigDoc } from './config-schema.js'
import { parseYaml } from './yaml/positioned.js'
import { DEFAULT_MAX_FILE_SIZE } from './source-file.js'

export interface CheckSettings {
  enabled: boolean
  severity: Severity
}

export interface NoisyIndicatorSettings extends CheckSettings {
  /** A predicate is noisy when at least this many other catalog rules check it. */
  threshold: number
  /** Cap on satisfying paths before falling back to the top-level branches. */
  maxPaths: number
  /** Example rules named in a finding. */
  examples: number
}

export interface MissingExclusionSettings extends CheckSettings {
  /**
   * Which rules are peers: `similar` (the `neighbours` catalog rules of the same kind of
   * event most alike in the fields and values they detect) or `technique` (every catalog
   * rule sharing a parent technique and the kind of event).
   */
  peers: 'similar' | 'technique'
  /** With `peers: similar`: how many of the most similar rules are peers. */
  neighbours: number
  /** With `peers: similar`: a peer sharing a parent technique counts this many times. */
  techniqueWeight: number
  /** Findings on one field at most. */
  perField: number
  /** An exclusion must be used by at least this many peers... */
  minRules: number
  /** ...and at least this share of them (0..1; with `peers: similar`, weighted by similarity). */
  minShare: number
  /** Findings per rule at most, best supported first. */
  top: number
  examples: number
  /**
   * Rules without ATT&CK technique tags: `logsource` compares them with every catalog rule
   * of the same kind of event; `skip` leaves them out of this check.
   */
  untagged: 'logsource' | 'skip'
}

/**
 * One `suppress:` entry: findings of `checks` in the rule with id `rule` and/or in the files
 * matching `path` are accepted, for `reason`.
 */
export interface ConfigSuppression {
  /** Rule id (compared case-insensitively), or null for any rule in `path`. */
  rule: string | null
  /** Glob of rule files, relative to the root, or null for the rule wherever it is. */
  path: string | null
  /** The checks suppressed; empty for every suppressible check. */
  checks: SuppressibleCheck[]
  /** Why the findings are accepted; never empty. */
  reason: string
  /** The entry in messages: `suppress[0]`. */
  where: string
  /** The config file as it was named when read, or null when not read from a file. */
  file: string | null
  /** The entry's line in `file`, or null when unknown. */
  line: number | null
}

/** Where Splunk detections find their macro and data source definitions. */
export interface SplunkSettings {
  /** Folders of macro definitions (`macros/*.yml`), relative to the root; searched before the one beside the detections. */
  macros: string[]
  /** Folders of data source definitions (`data_sources/*.yml`), relative to the root. */
  dataSources: string[]
}

export interface Settings {
  failOn: FailOn
  /** Globs (relative to the repository root) of the repository's rule files. */
  rules: string[]
  /** Globs of paths never checked nor catalogued. */
  ignore: string[]
  /** Extra catalog sources: folders, files or globs. */
  baseline: string[]
  /** Files larger than this many bytes are not read: one finding each. */
  maxFileSize: number
  /** Accepted findings, each with its reason. */
  suppress: ConfigSuppression[]
  splunk: SplunkSettings
  checks: {
    'noisy-indicator': NoisyIndicatorSettings
    'missing-common-exclusion': MissingExclusionSettings
    /** A rule with the same (or nearly the same) indicators as a catalog rule on the same events. */
    'duplicate-rule': CheckSettings
    'parse-error': CheckSettings
    /** An inline suppression detlint cannot use (no reason, an unknown check, ...). */
    'invalid-suppression': CheckSettings
    /** A suppression that suppressed nothing in a run where it could have. */
    'unused-suppression': CheckSettings
    /** A technique ID the ATT&CK table does not know (a notice when it is newer than the table). */
    'technique-unknown': CheckSettings
    /** A revoked (or deprecated) technique, with its replacement. */
    'technique-revoked': CheckSettings
    /** A rule that names no ATT&CK technique. */
    'technique-missing': CheckSettings
    /** A tactic tag none of the rule's techniques belongs to. */
    'tactic-mismatch': CheckSettings
  }
  /**
   * ATT&CK data (relative to the root): detlint's compact table or MITRE's STIX bundle;
   * null for none (`technique-unknown` and `technique-revoked` then do not run).
   */
  attack: string | null
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

/** Every rule file of the three formats, found by content (dot folders are not walked). */
export const DEFAULT_RULE_GLOBS = ['**/*.{yml,yaml,toml}']

export function defaultSettings(): Settings {
  return {
    failOn: 'error',
    rules: [...DEFAULT_RULE_GLOBS],
    ignore: [],
    baseline: [],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    suppress: [],
    splunk: { macros: [], dataSources: [] },
    checks: {
      'noisy-indicator': { enabled: true, severity: 'warning', threshold: 20, maxPaths: 64, examples: 3 },
      'missing-common-exclusion': {
        enabled: true,
        severity: 'warning',
        peers: 'similar',
        neighbours: 20,
        techniqueWeight: 2,
        perField: 3,
        minRules: 2,
        minShare: 0.2,
        top: 5,
        examples: 3,
        untagged: 'logsource'
      },
      'duplicate-rule': { enabled: true, severity: 'warning' },
      'parse-error': { enabled: true, severity: 'error' },
      'invalid-suppression': { enabled: true, severity: 'warning' },
      'unused-suppression': { enabled: true, severity: 'notice' },
      'technique-unknown': { enabled: true, severity: 'warning' },
      'technique-revoked': { enabled: true, severity: 'warning' },
      'technique-missing': { enabled: true, severity: 'notice' },
      'tactic-mismatch': { enabled: true, severity: 'notice' }
    },
    attack: null
  }
}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'none']

export function parseFailOn(value: string, key = 'fail-on'): FailOn {
  const v = value.trim().toLowerCase()
  if ((FAIL_ON as readonly string[]).includes(v)) return v as FailOn
  throw new ConfigError(`${key}: expected one of ${FAIL_ON.join(', ')}, got ${JSON.stringify(value)}`)
}

type Plain = Record<string, unknown>

/** A string or a list of strings (the schema accepts both) as a list. */
function list(v: unknown): string[] {
  return typeof v === 'string' ? [v] : (v as string[])
}

const PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/

const SIZE = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])i?)?b?\s*$/i
const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }
/** The largest size limit: 1 GB (a rule file is never near it). */
export const MAX_FILE_SIZE_LIMIT = 1024 ** 3

/**
 * A size in bytes: a whole number of bytes, or a string with a unit (`5MB`, `512 kB`,
 * `1.5 MiB`; units are 1,024-based), from 1 byte to 1 GB.
 */
export function parseSize(v: unknown, key: string): number {
  const m = typeof v === 'string' ? SIZE.exec(v) : null
  const bytes = m ? Math.floor(Number(m[1]) * SIZE_UNITS[(m[2] ?? '').toLowerCase()]) : v
  if (typeof bytes === 'number' && Number.isInteger(bytes) && bytes >= 1 && bytes <= MAX_FILE_SIZE_LIMIT)
    return bytes
  throw new ConfigError(
    `${key}: expected a size from 1 byte to 1 GB: a whole number of bytes or a number with kB, MB or GB, got ${JSON.stringify(v)}`
  )
}

/** Share: 0.25 or "25%". */
function share(v: unknown): number {
  const percent = typeof v === 'string' ? PERCENT.exec(v) : null
  return percent ? Number(percent[1]) / 100 : (v as number)
}

/** `max-paths` → `maxPaths`: a check option's key in the typed settings. */
function camel(key: string): string {
  return key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}

/** Check options whose value is not taken as written. */
const CHECK_OPTION_VALUES: Record<string, (v: unknown) => unknown> = { 'min-share': share }

/** One check's settings: `off`/`false`, or a mapping of `enabled`, `severity` and its options. */
function applyCheck(target: CheckSettings, raw: unknown): void {
  if (raw === 'off' || raw === false) {
    target.enabled = false
    return
  }
  for (const [key, value] of Object.entries(raw as Plain)) {
    if (key === 'enabled') target.enabled = value === true || value === 'true'
    else if (key === 'severity' && value === 'off') target.enabled = false
    else if (key === 'severity') target.severity = value as Severity
    else (target as unknown as Plain)[camel(key)] = (CHECK_OPTION_VALUES[key] ?? (x => x))(value)
  }
}

function suppression(raw: Plain, i: number, file: string): ConfigSuppression {
  const trimmed = (v: unknown): string | null => (typeof v === 'string' ? v.trim() : null)
  const checks = raw.checks === undefined ? [] : list(raw.checks as string | string[])
  return {
    rule: trimmed(raw.rule),
    path: trimmed(raw.path)?.replace(/^(\.\/)+/, '') ?? null,
    checks: [...new Set(checks)] as SuppressibleCheck[],
    reason: (raw.reason as string).trim(),
    where: `suppress[${i}]`,
    file,
    line: null
  }
}

/**
 * Applies a parsed config document on top of `base` (which is not modified). The document is
 * validated against the JSON Schema first, so what follows only maps valid values onto the
 * typed settings: one line per key.
 */
export function applyConfig(base: Settings, doc: unknown, source = '.detlint.yml'): Settings {
  const s: Settings = structuredClone(base)
  if (doc === null || doc === undefined) return s
  const problem = validateConfigDoc(doc)
  if (problem !== null) throw new ConfigError(problem)
  const d = doc as Plain
  if ('fail-on' in d) s.failOn = parseFailOn(d['fail-on'] as string)
  if ('rules' in d) s.rules = list(d.rules)
  if ('ignore' in d) s.ignore = list(d.ignore)
  if ('baseline' in d) s.baseline = list(d.baseline)
  if ('max-file-size' in d) s.maxFileSize = parseSize(d['max-file-size'], 'max-file-size')
  if ('suppress' in d) s.suppress = (d.suppress as Plain[]).map((e, i) => suppression(e, i, source))
  if ('attack' in d) s.attack = (d.attack as string).trim()
  if ('splunk' in d) {
    const splunk = d.splunk as Plain
    s.splunk = {
      macros: 'macros' in splunk ? list(splunk.macros) : [],
      dataSources: 'data-sources' in splunk ? list(splunk['data-sources']) : []
    }
  }
  for (const [id, raw] of Object.entries((d.checks ?? {}) as Plain)) applyCheck(s.checks[id as CheckId], raw)
  return s
}

/** Parses config text; YAML errors name the file, line and column. */
export function parseConfigText(text: string, source: string, base: Settings = defaultSettings()): Settings {
  let doc: unknown
  try {
    // loadAll: an empty file (or one of comments only) is no document, not an error.
    const docs: unknown[] = []
    loadAll(text, d => void docs.push(d), { schema: CORE_SCHEMA, filename: source })
    if (docs.length > 1) throw new ConfigError(`${source}: expected one YAML document, found ${docs.length}`)
    doc = docs[0]
  } catch (err) {
    if (err instanceof ConfigError) throw err
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err)
    throw new ConfigError(`${source}: not valid YAML: ${msg}`)
  }
  let settings: Settings
  try {
    settings = applyConfig(base, doc, source)
  } catch (err) {
    if (err instanceof ConfigError) throw new ConfigError(`${source}: ${err.message}`)
    throw err
  }
  if (settings.suppress.length > 0) locateSuppressions(settings.suppress, text)
  return settings
}

/** Sets each `suppress:` entry's line, so a finding about an entry points at it. */
function locateSuppressions(entries: ConfigSuppression[], text: string): void {
  const root = parseYaml(text).documents[0]?.root
  if (root?.kind !== 'map') return
  const list = root.entries.find(e => e.key.value === 'suppress')?.value
  if (list?.kind !== 'seq') return
  entries.forEach((entry, i) => {
    const item = list.items[i]
    if (item) entry.line = item.line
  })
}

/**
 * Loads a config file. A missing file is an error when `required` (the user named it),
 * and the defaults otherwise.
 */
export function loadConfigFile(
  path: string,
  required: boolean,
  base: Settings = defaultSettings()
): Settings {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    if (!required && (err as NodeJS.ErrnoException).code === 'ENOENT') return structuredClone(base)
    const msg = err instanceof Error ? err.message : String(err)
    throw new ConfigError(`config: cannot read ${JSON.stringify(path)}: ${msg}`)
  }
  return parseConfigText(text, path, base)
}
