/**
 * How often `noisy-indicator` fires on the target rules as they ship, by status and level:
 * a check that fires on most rules vetted as stable and high is a check people turn off.
 */
import type { Rule } from '../ir.js'
import type { Catalog } from '../catalog/index.js'
import type { Settings } from '../config.js'
import { selfIndices } from '../checks/index.js'
import { noisyIndicator } from '../checks/noisy-indicator.js'

export interface FiringRate {
  rules: number
  /** Rules with at least one finding. */
  firing: number
  /** firing / rules. */
  rate: number
}

export interface NoisyEval {
  overall: FiringRate
  /** Status test or stable, level high or critical: where the target is ≤ 10%. */
  vetted: FiringRate
  /** `status/level` → rate, sorted. */
  byStatusLevel: Record<string, FiringRate>
}

function rate(rules: number, firing: number): FiringRate {
  return { rules, firing, rate: rules === 0 ? 0 : Math.round((firing / rules) * 10000) / 10000 }
}

/** Does noisy-indicator fire on the rule (against the catalog, the rule itself left out)? */
export function noisyFires(rule: Rule, catalog: Catalog, settings: Settings): boolean {
  return noisyIndicator.run(rule, { catalog, settings, self: selfIndices(rule, catalog) }).length > 0
}

export function isVetted(rule: Pick<Rule, 'status' | 'level'>): boolean {
  const status = (rule.status ?? '').toLowerCase()
  const level = (rule.level ?? '').toLowerCase()
  return (status === 'test' || status === 'stable') && (level === 'high' || level === 'critical')
}

/** Firing rates of `fired` (one entry per target rule). */
export function scoreNoisy(
  fired: ReadonlyArray<{ rule: Pick<Rule, 'status' | 'level'>; fires: boolean }>
): NoisyEval {
  const groups = new Map<string, [number, number]>()
  let all = 0
  let vetted = 0
  let vettedFiring = 0
  for (const { rule, fires } of fired) {
    const key = `${(rule.status ?? 'none').toLowerCase()}/${(rule.level ?? 'none').toLowerCase()}`
    const g = groups.get(key) ?? [0, 0]
    g[0]++
    if (fires) g[1]++
    groups.set(key, g)
    if (fires) all++
    if (isVetted(rule)) {
      vetted++
      if (fires) vettedFiring++
    }
  }
  const byStatusLevel: Record<string, FiringRate> = {}
  for (const k of [...groups.keys()].sort()) {
    const [n, f] = groups.get(k) as [number, number]
    byStatusLevel[k] = rate(n, f)
  }
  return { overall: rate(fired.length, all), vetted: rate(vetted, vettedFiring), byStatusLevel }
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`
}

export function renderNoisyEvalText(result: NoisyEval, header: readonly string[] = []): string {
  const line = (name: string, r: FiringRate): string =>
    `${name.padEnd(22)} ${String(r.rules).padStart(6)} rules  ${String(r.firing).padStart(6)} firing  ${pct(r.rate).padStart(6)}`
  return (
    [
      ...header,
      line('overall', result.overall),
      line('test|stable, high|crit', result.vetted),
      '',
      'by status/level:',
      ...Object.entries(result.byStatusLevel).map(([k, r]) => line(k, r))
    ].join('\n') + '\n'
  )
}
