/**
 * Settings: `.detlint.yml`, CLI flags and action inputs → one typed, validated object.
 * Every validation error names the key and the value it got. `schema/detlint.schema.json`
 * describes the same file for editors; a test holds the two to the same keys and verdicts,
 * so a change here needs the same change there.
 */
import { readFileSync } from 'node:fs'
import { loadAll, CORE_SCHEMA } from 'js-yaml'
import { SEVERITIES, type Severity } from './ir.js'
import { SUPPRESSIBLE_CHECKS, type CheckId, type FailOn, type SuppressibleCheck } from './findings.js'
import { parseYaml } from './yaml/positioned.js'

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

export const DEFAULT_RULE_GLOBS = ['**/*.yml', '**/*.yaml']

export function defaultSettings(): Settings {
  return {
    failOn: 'error',
    rules: [...DEFAULT_RULE_GLOBS],
    ignore: [],
    baseline: [],
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
        minShare: 0.15,
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
      'technique-missing': { enabled: true, severity: 'notice' }
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

function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v)
}

function checkKeys(obj: Plain, where: string, allowed: readonly string[]): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) {
      const prefix = where ? `${where}.` : ''
      throw new ConfigError(`${prefix}${k}: unknown key (expected one of ${allowed.join(', ')})`)
    }
  }
}

function readString(v: unknown, key: string): string {
  if (typeof v !== 'string') throw new ConfigError(`${key}: expected a string, got ${show(v)}`)
  return v
}

function readStringList(v: unknown, key: string): string[] {
  if (typeof v === 'string') return [v]
  if (!Array.isArray(v)) throw new ConfigError(`${key}: expected a list of strings, got ${show(v)}`)
  return v.map((x, i) => readString(x, `${key}[${i}]`))
}

/**
 * A YAML number: a quoted `"7"` is refused, as the JSON Schema refuses it, so an editor and
 * detlint agree on every file.
 */
function readNumber(v: unknown, key: string, min: number, max: number, integer: boolean): number {
  if (
    typeof v !== 'number' ||
    !Number.isFinite(v) ||
    v < min ||
    v > max ||
    (integer && !Number.isInteger(v))
  ) {
    const what = integer ? 'a whole number' : 'a number'
    throw new ConfigError(`${key}: expected ${what} from ${min} to ${max}, got ${show(v)}`)
  }
  return v
}

function readBool(v: unknown, key: string): boolean {
  if (typeof v === 'boolean') return v
  if (v === 'true') return true
  if (v === 'false') return false
  throw new ConfigError(`${key}: expected true or false, got ${show(v)}`)
}

function readSeverity(v: unknown, key: string): Severity {
  if (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)) return v as Severity
  throw new ConfigError(`${key}: expected one of ${SEVERITIES.join(', ')}, got ${show(v)}`)
}

const PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/

/** Share: 0.25 or "25%". */
function readShare(v: unknown, key: string): number {
  const percent = typeof v === 'string' ? PERCENT.exec(v) : null
  if (percent && Number(percent[1]) <= 100) return Number(percent[1]) / 100
  if (typeof v === 'string')
    throw new ConfigError(
      `${key}: expected a number from 0 to 1 or a percentage from 0% to 100%, got ${show(v)}`
    )
  return readNumber(v, key, 0, 1, false)
}

function applyCommon(target: CheckSettings, src: Plain, where: string): void {
  if ('enabled' in src) target.enabled = readBool(src.enabled, `${where}.enabled`)
  if ('severity' in src) {
    if (src.severity === 'off') target.enabled = false
    else target.severity = readSeverity(src.severity, `${where}.severity`)
  }
}

/** Every key the parser knows, by place: the JSON Schema test holds the schema to these. */
export const TOP_LEVEL_KEYS: readonly string[] = [
  'fail-on',
  'rules',
  'ignore',
  'baseline',
  'suppress',
  'checks',
  'splunk',
  'attack'
]

export const SUPPRESS_KEYS: readonly string[] = ['rule', 'path', 'checks', 'reason']

export const SPLUNK_KEYS: readonly string[] = ['macros', 'data-sources']

export const CHECK_KEYS: Readonly<Record<CheckId, readonly string[]>> = {
  'noisy-indicator': ['enabled', 'severity', 'threshold', 'max-paths', 'examples'],
  'missing-common-exclusion': [
    'enabled',
    'severity',
    'peers',
    'neighbours',
    'technique-weight',
    'per-field',
    'min-rules',
    'min-share',
    'top',
    'examples',
    'untagged'
  ],
  'duplicate-rule': ['enabled', 'severity'],
  'parse-error': ['enabled', 'severity'],
  'invalid-suppression': ['enabled', 'severity'],
  'unused-suppression': ['enabled', 'severity'],
  'technique-unknown': ['enabled', 'severity'],
  'technique-revoked': ['enabled', 'severity'],
  'technique-missing': ['enabled', 'severity']
}

/** A non-empty string (after trimming), trimmed. */
function readNonEmpty(v: unknown, key: string, what: string): string {
  if (typeof v !== 'string' || v.trim() === '')
    throw new ConfigError(`${key}: expected ${what}, got ${show(v)}`)
  return v.trim()
}

function readSuppressibleCheck(v: unknown, key: string): SuppressibleCheck {
  if (typeof v === 'string' && (SUPPRESSIBLE_CHECKS as readonly string[]).includes(v))
    return v as SuppressibleCheck
  throw new ConfigError(`${key}: expected one of ${SUPPRESSIBLE_CHECKS.join(', ')}, got ${show(v)}`)
}

function readSuppressChecks(v: unknown, key: string): SuppressibleCheck[] {
  if (typeof v === 'string') return [readSuppressibleCheck(v, key)]
  if (!Array.isArray(v) || v.length === 0)
    throw new ConfigError(
      `${key}: expected a list of one or more checks (leave it out to suppress every check), got ${show(v)}`
    )
  return [...new Set(v.map((x, i) => readSuppressibleCheck(x, `${key}[${i}]`)))]
}

function readSuppression(raw: unknown, where: string, file: string): ConfigSuppression {
  if (!isPlain(raw))
    throw new ConfigError(
      `${where}: expected a mapping with rule or path, checks and reason, got ${show(raw)}`
    )
  checkKeys(raw, where, SUPPRESS_KEYS)
  const rule = 'rule' in raw ? readNonEmpty(raw.rule, `${where}.rule`, 'a rule id') : null
  const glob =
    'path' in raw
      ? readNonEmpty(raw.path, `${where}.path`, 'a glob of rule files').replace(/^(\.\/)+/, '')
      : null
  if (rule === null && glob === null)
    throw new ConfigError(`${where}: give rule (a rule id) or path (a glob of rule files), or both`)
  const checks = 'checks' in raw ? readSuppressChecks(raw.checks, `${where}.checks`) : []
  const reason = raw.reason
  if (typeof reason !== 'string' || reason.trim() === '')
    throw new ConfigError(
      `${where}.reason: required: say why these findings are accepted, got ${'reason' in raw ? show(reason) : 'nothing'}`
    )
  return { rule, path: glob, checks, reason: reason.trim(), where, file, line: null }
}

function readSuppressions(v: unknown, file: string): ConfigSuppression[] {
  if (!Array.isArray(v))
    throw new ConfigError(
      `suppress: expected a list of entries with rule or path, checks and reason, got ${show(v)}`
    )
  return v.map((raw, i) => readSuppression(raw, `suppress[${i}]`, file))
}

/** `splunk: { macros: [dirs], data-sources: [dirs] }`. */
function readSplunk(v: unknown): SplunkSettings {
  if (!isPlain(v))
    throw new ConfigError(`splunk: expected a mapping with macros and data-sources, got ${show(v)}`)
  checkKeys(v, 'splunk', SPLUNK_KEYS)
  return {
    macros: 'macros' in v ? readStringList(v.macros, 'splunk.macros') : [],
    dataSources: 'data-sources' in v ? readStringList(v['data-sources'], 'splunk.data-sources') : []
  }
}

/** Applies a parsed config document on top of `base` (which is not modified). */
export function applyConfig(base: Settings, doc: unknown, source = '.detlint.yml'): Settings {
  const s: Settings = structuredClone(base)
  if (doc === null || doc === undefined) return s
  if (!isPlain(doc)) throw new ConfigError(`${source}: expected a mapping at the top level, got ${show(doc)}`)
  checkKeys(doc, '', TOP_LEVEL_KEYS)
  if ('fail-on' in doc) s.failOn = parseFailOn(readString(doc['fail-on'], 'fail-on'))
  if ('rules' in doc) s.rules = readStringList(doc.rules, 'rules')
  if ('ignore' in doc) s.ignore = readStringList(doc.ignore, 'ignore')
  if ('baseline' in doc) s.baseline = readStringList(doc.baseline, 'baseline')
  if ('suppress' in doc) s.suppress = readSuppressions(doc.suppress, source)
  if ('splunk' in doc) s.splunk = readSplunk(doc.splunk)
  if ('attack' in doc)
    s.attack = readNonEmpty(doc.attack, 'attack', 'the path of an ATT&CK table or STIX bundle')
  if ('checks' in doc) {
    const checks = doc.checks
    if (!isPlain(checks)) throw new ConfigError(`checks: expected a mapping, got ${show(checks)}`)
    checkKeys(checks, 'checks', Object.keys(CHECK_KEYS))
    for (const [id, raw] of Object.entries(checks)) {
      const where = `checks.${id}`
      if (raw === 'off' || raw === false) {
        s.checks[id as CheckId].enabled = false
        continue
      }
      if (!isPlain(raw)) throw new ConfigError(`${where}: expected a mapping or "off", got ${show(raw)}`)
      checkKeys(raw, where, CHECK_KEYS[id as CheckId])
      applyCommon(s.checks[id as CheckId], raw, where)
      if (id === 'noisy-indicator') {
        const c = s.checks['noisy-indicator']
        if ('threshold' in raw) c.threshold = readNumber(raw.threshold, `${where}.threshold`, 1, 1e9, true)
        if ('max-paths' in raw)
          c.maxPaths = readNumber(raw['max-paths'], `${where}.max-paths`, 1, 100000, true)
        if ('examples' in raw) c.examples = readNumber(raw.examples, `${where}.examples`, 0, 50, true)
      } else if (id === 'missing-common-exclusion') {
        const c = s.checks['missing-common-exclusion']
        if ('min-rules' in raw) c.minRules = readNumber(raw['min-rules'], `${where}.min-rules`, 1, 1e9, true)
        if ('min-share' in raw) c.minShare = readShare(raw['min-share'], `${where}.min-share`)
        if ('top' in raw) c.top = readNumber(raw.top, `${where}.top`, 1, 100, true)
        if ('examples' in raw) c.examples = readNumber(raw.examples, `${where}.examples`, 0, 50, true)
        if ('peers' in raw) {
          const v = raw.peers
          if (v !== 'similar' && v !== 'technique')
            throw new ConfigError(`${where}.peers: expected similar or technique, got ${show(v)}`)
          c.peers = v
        }
        if ('neighbours' in raw)
          c.neighbours = readNumber(raw.neighbours, `${where}.neighbours`, 1, 1000, true)
        if ('technique-weight' in raw)
          c.techniqueWeight = readNumber(raw['technique-weight'], `${where}.technique-weight`, 1, 100, false)
        if ('per-field' in raw) c.perField = readNumber(raw['per-field'], `${where}.per-field`, 1, 100, true)
        if ('untagged' in raw) {
          const u = raw.untagged
          if (u !== 'logsource' && u !== 'skip')
            throw new ConfigError(`${where}.untagged: expected logsource or skip, got ${show(u)}`)
          c.untagged = u
        }
      }
    }
  }
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
