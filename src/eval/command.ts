/**
 * `detlint eval exclusions|noisy TARGET... [--baseline DIR]...`: detlint measuring its own
 * advice on rules whose answers are known. The catalog is built from the targets and the
 * baselines, as `detlint check` builds it; each target rule is then judged against it, the
 * rule itself left out.
 *
 * `--split held-out|tune` keeps a deterministic part of the target rules: a rule is held out
 * when the sha256 of its id (its vendor and path when it has none) falls in the first
 * `HELD_OUT_PERCENT` of the range. Tune settings on `tune`; report `held-out`.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Rule } from '../ir.js'
import { defaultSettings, loadConfigFile, type Settings } from '../config.js'
import { buildCorpusCatalog, readContext, readOne } from '../engine.js'
import { withAttack, type Catalog } from '../catalog/index.js'
import { resolveSources } from '../files.js'
import { loadAttackFile } from '../attack/index.js'
import type { AttackTable } from '../attack/table.js'
import { UsageError } from '../usage-error.js'
import type { CliIO } from '../commands.js'
import {
  evaluateRule,
  renderExclusionEvalJson,
  renderExclusionEvalText,
  scoreAll,
  type RuleOutcome
} from './exclusions.js'
import { noisyFires, renderNoisyEvalText, scoreNoisy } from './noisy.js'

/** Share of rules held out from tuning, in percent. */
export const HELD_OUT_PERCENT = 30

export type Split = 'all' | 'held-out' | 'tune'

export const EVAL_HELP = `Usage: detlint eval exclusions|noisy TARGET... [options]

exclusions: leave-one-out on missing-common-exclusion. Each target rule with exclusions is
stripped of them and checked against the catalog (itself left out); its suggestions are
compared with what was removed (the same key, or either covers the other). Prints, overall
and per vendor: rules evaluated, recall@5, precision@5, suggestions per rule, the share with
none, and noise (suggestions per target rule without exclusions).

noisy: how often noisy-indicator fires on the target rules as they ship, by status and level.

Options:
  --baseline DIR     add a folder (or file, or glob) of rules to the catalog; repeatable
  --config FILE      settings file (default .detlint.yml when present)
  --cache FILE       catalog cache, as for \`detlint check\`
  --attack FILE      ATT&CK data, for technique grouping (default \`attack\` from the config)
  --split SPLIT      all | held-out | tune (default all): held-out keeps the ${HELD_OUT_PERCENT}% of target
                     rules whose id hashes (sha256) lowest, tune the rest
  --format FORMAT    text | json (default text)
  -h, --help         show this help
`

/** Is the rule in the held-out part: the first HELD_OUT_PERCENT% of sha256 of its id? */
export function isHeldOut(rule: Pick<Rule, 'vendor' | 'id' | 'path'>): boolean {
  const name = rule.id ?? `${rule.vendor}:${rule.path}`
  const h = createHash('sha256').update(name).digest().readUInt32BE(0)
  return h / 2 ** 32 < HELD_OUT_PERCENT / 100
}

export function inSplit(rule: Pick<Rule, 'vendor' | 'id' | 'path'>, split: Split): boolean {
  return split === 'all' || isHeldOut(rule) === (split === 'held-out')
}

function describeSplit(split: Split): string {
  if (split === 'all') return 'split: all target rules'
  const part = split === 'held-out' ? HELD_OUT_PERCENT : 100 - HELD_OUT_PERCENT
  return `split: ${split} (${part}% of target rules, by sha256 of the rule id; tuned on tune only)`
}

interface EvalInput {
  catalog: Catalog
  rules: Rule[]
  settings: Settings
  attack?: AttackTable
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

/** Builds the catalog and reads the target rules (those of the split, without errors). */
function loadInput(targets: string[], values: Record<string, unknown>, split: Split, io: CliIO): EvalInput {
  const settings =
    typeof values.config === 'string'
      ? loadConfigFile(path.resolve(io.cwd, values.config), true)
      : loadConfigFile(path.join(io.cwd, '.detlint.yml'), false, defaultSettings())
  const baselines = strings(values.baseline)
  const cache = typeof values.cache === 'string' ? values.cache : undefined
  const built = buildCorpusCatalog([...targets, ...baselines, ...settings.baseline], io.cwd, settings, cache)
  if (built.missing.length > 0)
    throw new UsageError(`eval: no such file or folder: ${built.missing.join(', ')}`)
  const attackFile = typeof values.attack === 'string' ? values.attack : settings.attack
  const attack =
    attackFile === null ? undefined : loadAttackFile(path.resolve(io.cwd, attackFile), attackFile)
  const catalog = withAttack(built.catalog, attack)
  const context = readContext(settings, io.cwd)
  const rules: Rule[] = []
  for (const file of resolveSources(targets, io.cwd, settings.ignore).files)
    for (const rule of readOne(file, io.cwd, context).result.rules)
      if (!rule.diagnostics.some(d => d.severity === 'error') && inSplit(rule, split)) rules.push(rule)
  return { catalog, rules, settings, ...(attack ? { attack } : {}) }
}

/** `eval: 120/4000 rules` on one terminal line, at most every 1% and at the end. */
function progress(io: CliIO, total: number): (done: number) => void {
  if (io.stderrIsTTY !== true || total === 0) return () => {}
  const step = Math.max(1, Math.floor(total / 100))
  return done => {
    if (done % step === 0 || done === total)
      io.stderr(`\rdetlint eval: ${done}/${total} rules${done === total ? '\n' : ''}`)
  }
}

export function cmdEval(args: string[], io: CliIO): number {
  const [sub, ...rest] = args
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.stdout(EVAL_HELP)
    return sub === undefined ? 2 : 0
  }
  if (sub !== 'exclusions' && sub !== 'noisy')
    throw new UsageError(`eval: unknown subcommand ${JSON.stringify(sub)} (expected exclusions or noisy)`)
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: rest,
      options: {
        baseline: { type: 'string', multiple: true },
        config: { type: 'string' },
        cache: { type: 'string' },
        attack: { type: 'string' },
        split: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      },
      allowPositionals: true,
      strict: true
    })
  } catch (err) {
    throw new UsageError(`eval ${sub}: ${err instanceof Error ? err.message : String(err)}\n\n${EVAL_HELP}`)
  }
  const { values, positionals } = parsed
  if (values.help) return (io.stdout(EVAL_HELP), 0)
  const format = oneOf(values.format, ['text', 'json'] as const, '--format', 'text')
  const split = oneOf(values.split, ['all', 'held-out', 'tune'] as const, '--split', 'all')
  if (positionals.length === 0) throw new UsageError(`eval ${sub}: give at least one TARGET\n\n${EVAL_HELP}`)
  const input = loadInput(positionals, values, split, io)
  const tick = progress(io, input.rules.length)
  const header = [
    `detlint eval ${sub}: ${input.rules.length} target rules, catalog of ${input.catalog.rules.length} rules`,
    describeSplit(split),
    ''
  ]
  if (sub === 'noisy') {
    const fired = input.rules.map((rule, i) => {
      tick(i + 1)
      return { rule, fires: noisyFires(rule, input.catalog, input.settings) }
    })
    const result = scoreNoisy(fired)
    io.stdout(
      format === 'json' ? JSON.stringify(result, null, 2) + '\n' : renderNoisyEvalText(result, header)
    )
    return 0
  }
  const outcomes: RuleOutcome[] = []
  input.rules.forEach((rule, i) => {
    tick(i + 1)
    const o = evaluateRule(rule, input.catalog, input.settings, input.attack)
    if (o) outcomes.push(o)
  })
  const result = scoreAll(outcomes)
  io.stdout(format === 'json' ? renderExclusionEvalJson(result) : renderExclusionEvalText(result, header))
  return 0
}
