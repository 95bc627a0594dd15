/**
 * invalid-suppression and unused-suppression: findings about suppressions themselves (see
 * `suppress.ts`). They are never suppressed; each can be turned off or given another
 * severity in `.detlint.yml` like any check.
 */
import type { ConfigSuppression, Settings } from '../config.js'
import type { Finding } from '../findings.js'
import type { CheckedRegion, InlineSuppression, SuppressionProblem } from '../suppress.js'

export function invalidSuppressionFinding(
  p: SuppressionProblem,
  path: string,
  region: CheckedRegion,
  settings: Settings
): Finding[] {
  const opts = settings.checks['invalid-suppression']
  if (!opts.enabled) return []
  return [
    {
      check: 'invalid-suppression',
      severity: opts.severity,
      path,
      line: p.line,
      endLine: p.line,
      column: p.column,
      message: `${p.message} (${p.code})`,
      ruleId: region.ruleId,
      ruleTitle: region.ruleTitle,
      evidence: {
        kind: 'invalid-suppression',
        code: p.code,
        source: 'inline',
        checks: p.checks,
        reason: p.reason
      }
    }
  ]
}

export type UnusedSuppression =
  | { kind: 'inline'; suppression: InlineSuppression; path: string; region: CheckedRegion }
  | { kind: 'config'; suppression: ConfigSuppression; path: string; region: CheckedRegion }

function checksText(checks: readonly string[]): string {
  return checks.length > 0 ? checks.join(', ') : 'every check'
}

function configTarget(s: ConfigSuppression): string {
  const parts: string[] = []
  if (s.rule !== null) parts.push(`rule ${s.rule}`)
  if (s.path !== null) parts.push(`path ${s.path}`)
  return parts.join(', ')
}

export function unusedSuppressionFinding(u: UnusedSuppression, settings: Settings): Finding[] {
  const opts = settings.checks['unused-suppression']
  if (!opts.enabled) return []
  const s = u.suppression
  const checks = checksText(s.checks)
  const common = {
    check: 'unused-suppression' as const,
    severity: opts.severity,
    path: u.path,
    evidence: {
      kind: 'unused-suppression' as const,
      code: 'detlint/suppression-unused',
      source: u.kind,
      checks: [...s.checks],
      reason: s.reason
    }
  }
  if (u.kind === 'inline') {
    const i = u.suppression
    const directive = `detlint-${i.kind}${i.checks.length > 0 ? ` ${i.checks.join(' ')}` : ''}`
    return [
      {
        ...common,
        line: i.line,
        endLine: i.line,
        column: i.column,
        message:
          `${directive} suppressed nothing in this run, though ${checks} ran on this rule: the finding it was ` +
          'written for is gone. Remove the comment, so it cannot hide a new finding later. (detlint/suppression-unused)',
        ruleId: u.region.ruleId,
        ruleTitle: u.region.ruleTitle
      }
    ]
  }
  const c = u.suppression
  return [
    {
      ...common,
      line: c.line ?? 1,
      endLine: c.line ?? 1,
      column: 1,
      message:
        `${c.where} (${configTarget(c)}; checks: ${checks}) suppressed nothing in this run, though it names rules that were ` +
        'checked: the findings it was written for are gone. Remove the entry, so it cannot hide a new finding ' +
        'later. (detlint/suppression-unused)',
      ruleId: c.rule,
      ruleTitle: c.rule !== null ? u.region.ruleTitle : null
    }
  ]
}
