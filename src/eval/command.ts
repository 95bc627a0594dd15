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
import { createHash } from '../hash.js'
import type { Rule } from '../ir.js'
import type { Settings } from '../config.js'
import { baselineSources, buildCorpusCatalog, readContext, readOne } from '../engine.js'
import { withAttack, type Catalog } from '../catalog/index.js'
import type { AttackTable } from '../attack/table.js'
import { oneOf, strings, UsageError, type CliIO, type CommandSpec, type ParsedArgs } from '../cli/spec.js'
import { attackOption, loadCliSettings } from '../cli/settings.js'
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

/** Builds the catalog and reads the target rules (those of the split, without errors). */
function loadInput(targets: string[], values: Record<string, unknown>, split: Split, io: CliIO): EvalInput {
  const settings = loadCliSettings(values.config, io.cwd)
  const baselines = strings(values.baseline)
  const cache = typeof values.cache === 'string' ? values.cache : undefined
  const built = buildCorpusCatalog([...targets, ...baselines, ...settings.baseline], io.cwd, settings, cache)
  if (built.missing.length > 0)
    throw new UsageError(`eval: no such file or folder: ${built.missing.join(', ')}`)
  const { attack } = attackOption(values.attack, settings, io.cwd)
  const catalog = withAttack(built.catalog, attack)
  const context = readContext(settings, io.cwd)
  const rules: Rule[] = []
  for (const file of baselineSources(targets, io.cwd, settings).files)
    for (const rule of readOne(file, io.cwd, context, settings.maxFileSize).result.rules)
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

const EVAL_FLAGS = [
  {
    name: 'baseline',
    value: 'DIR',
    multiple: true,
    help: 'add a folder (or file, or glob) of rules to the catalog; repeatable'
  },
  { name: 'config', value: 'FILE', help: 'settings file (default: .detlint.yml found upward)' },
  { name: 'cache', value: 'FILE', help: 'catalog cache, as for `detlint check`' },
  {
    name: 'attack',
    value: 'FILE',
    help: 'ATT&CK data, for technique grouping (default `attack` from the config,\nelse the built-in table; none: off)'
  },
  {
    name: 'split',
    value: 'SPLIT',
    help: `all | held-out | tune (default all): held-out keeps the ${HELD_OUT_PERCENT}% of target\nrules whose id hashes (sha256) lowest, tune the rest`
  },
  { name: 'format', value: 'FORMAT', help: 'text | json (default text)' }
]

/** Reads the options, builds the catalog and reads the target rules of the split. */
function evalInput(
  spec: CommandSpec,
  { values, positionals }: ParsedArgs,
  io: CliIO
): { input: EvalInput; format: 'text' | 'json'; header: string[]; tick: (done: number) => void } {
  const format = oneOf(values.format, ['text', 'json'] as const, '--format', 'text')
  const split = oneOf(values.split, ['all', 'held-out', 'tune'] as const, '--split', 'all')
  if (positionals.length === 0) throw new UsageError(`${spec.name}: give at least one TARGET`)
  const input = loadInput(positionals, values, split, io)
  const header = [
    `detlint ${spec.name}: ${input.rules.length} target rules, catalog of ${input.catalog.rules.length} rules`,
    describeSplit(split),
    ''
  ]
  return { input, format, header, tick: progress(io, input.rules.length) }
}

export const evalExclusionsCommand: CommandSpec = {
  name: 'eval exclusions',
  usage: 'TARGET... [options]',
  summary: 'measure missing-common-exclusion by leave-one-out on rules with exclusions',
  description: `Leave-one-out on missing-common-exclusion. The catalog is built from the targets and the
baselines, as \`detlint check\` builds it. Each target rule with exclusions is stripped of
them and checked against the catalog (itself left out); its suggestions are compared with
what was removed (the same key, or either covers the other). Prints, overall and per vendor:
rules evaluated, recall@5, precision@5, suggestions per rule, the share with none, and noise
(suggestions per target rule without exclusions).`,
  flags: EVAL_FLAGS,
  run(parsed, io) {
    const { input, format, header, tick } = evalInput(this, parsed, io)
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
}

export const evalNoisyCommand: CommandSpec = {
  name: 'eval noisy',
  usage: 'TARGET... [options]',
  summary: 'measure how often noisy-indicator fires on rules as they ship',
  description: `How often noisy-indicator fires on the target rules as they ship, by status and level,
against the catalog of the targets and the baselines.`,
  flags: EVAL_FLAGS,
  run(parsed, io) {
    const { input, format, header, tick } = evalInput(this, parsed, io)
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
}
