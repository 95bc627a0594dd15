/**
 * Settings: `.detlint.yml`, CLI flags and action inputs → one typed, validated object.
 * Every validation error names the key and the value it got.
 */
import { readFileSync } from 'node:fs'
import { loadAll, CORE_SCHEMA } from 'js-yaml'
import { SEVERITIES, type Severity } from './ir.js'
import type { CheckId, FailOn } from './findings.js'

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
  /** An exclusion must be used by at least this many peers... */
  minRules: number
  /** ...and at least this share of them (0..1). */
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

export interface Settings {
  failOn: FailOn
  /** Globs (relative to the repository root) of the repository's rule files. */
  rules: string[]
  /** Globs of paths never checked nor catalogued. */
  ignore: string[]
  /** Extra catalog sources: folders, files or globs. */
  baseline: string[]
  checks: {
    'noisy-indicator': NoisyIndicatorSettings
    'missing-common-exclusion': MissingExclusionSettings
    'parse-error': CheckSettings
  }
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
    checks: {
      'noisy-indicator': { enabled: true, severity: 'warning', threshold: 20, maxPaths: 64, examples: 3 },
      'missing-common-exclusion': {
        enabled: true,
        severity: 'warning',
        minRules: 3,
        minShare: 0.25,
        top: 5,
        examples: 3,
        untagged: 'logsource'
      },
      'parse-error': { enabled: true, severity: 'error' }
    }
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

function readNumber(v: unknown, key: string, min: number, max: number, integer: boolean): number {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v
  if (
    typeof n !== 'number' ||
    !Number.isFinite(n) ||
    n < min ||
    n > max ||
    (integer && !Number.isInteger(n))
  ) {
    const what = integer ? 'a whole number' : 'a number'
    throw new ConfigError(`${key}: expected ${what} from ${min} to ${max}, got ${show(v)}`)
  }
  return n
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

/** Share: 0.25 or "25%". */
function readShare(v: unknown, key: string): number {
  if (typeof v === 'string' && v.trim().endsWith('%')) {
    return readNumber(v.trim().slice(0, -1), key, 0, 100, false) / 100
  }
  return readNumber(v, key, 0, 1, false)
}

function applyCommon(target: CheckSettings, src: Plain, where: string): void {
  if ('enabled' in src) target.enabled = readBool(src.enabled, `${where}.enabled`)
  if ('severity' in src) {
    if (src.severity === 'off') target.enabled = false
    else target.severity = readSeverity(src.severity, `${where}.severity`)
  }
}

const CHECK_KEYS: Record<CheckId, readonly string[]> = {
  'noisy-indicator': ['enabled', 'severity', 'threshold', 'max-paths', 'examples'],
  'missing-common-exclusion': [
    'enabled',
    'severity',
    'min-rules',
    'min-share',
    'top',
    'examples',
    'untagged'
  ],
  'parse-error': ['enabled', 'severity']
}

/** Applies a parsed config document on top of `base` (which is not modified). */
export function applyConfig(base: Settings, doc: unknown, source = '.detlint.yml'): Settings {
  const s: Settings = structuredClone(base)
  if (doc === null || doc === undefined) return s
  if (!isPlain(doc)) throw new ConfigError(`${source}: expected a mapping at the top level, got ${show(doc)}`)
  checkKeys(doc, '', ['fail-on', 'rules', 'ignore', 'baseline', 'checks'])
  if ('fail-on' in doc) s.failOn = parseFailOn(readString(doc['fail-on'], 'fail-on'))
  if ('rules' in doc) s.rules = readStringList(doc.rules, 'rules')
  if ('ignore' in doc) s.ignore = readStringList(doc.ignore, 'ignore')
  if ('baseline' in doc) s.baseline = readStringList(doc.baseline, 'baseline')
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
  try {
    return applyConfig(base, doc, source)
  } catch (err) {
    if (err instanceof ConfigError) throw new ConfigError(`${source}: ${err.message}`)
    throw err
  }
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
