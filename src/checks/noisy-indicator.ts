/**
 * noisy-indicator: a satisfying path of the rule's positive part on which every predicate
 * is checked by at least `threshold` other catalog rules. Such a path matches whatever all
 * those rules match; each predicate on it is reported once, on its own line. Scope
 * predicates (OS, event category/type/code, channel) are left out of a path that has
 * anything else, since every rule of a kind of event checks them.
 */
import { splitExclusions, type Expr, type Predicate, type Rule } from '../ir.js'
import { predicateKey } from '../normalize/keys.js'
import { isScopeField } from '../normalize/fields.js'
import { describePredicate } from '../describe.js'
import type { Finding } from '../findings.js'
import { ruleRefs, without, type Check, type CheckContext } from './types.js'

/** A step on a path: a positive predicate, or something we cannot judge (opaque). */
type Step = Predicate | 'opaque'

/**
 * Disjunctive normal form of `expr`, as lists of steps; null past `cap` paths. A nested
 * `not` adds no step: it narrows nothing we can measure.
 *
 * Linear in the size of the rule for a fixed `cap`: every path returned is a fresh array
 * owned by the caller, so an `and` child with one path extends the paths in place, and a
 * path is copied only when the number of paths grows (at most log2(`cap`) times per `and`).
 */
export function satisfyingPaths(expr: Expr, cap: number): Step[][] | null {
  switch (expr.kind) {
    case 'pred':
      // A derived field (computed by the query) is not measured in the catalog: like an
      // opaque piece, it counts as specific.
      return [[expr.derived ? 'opaque' : expr]]
    case 'opaque':
      return [['opaque']]
    case 'not':
      return [[]]
    case 'or': {
      const out: Step[][] = []
      for (const c of expr.children) {
        const sub = satisfyingPaths(c, cap)
        if (sub === null || out.length + sub.length > cap) return null
        for (const p of sub) out.push(p)
      }
      return out
    }
    case 'and': {
      let acc: Step[][] = [[]]
      for (const c of expr.children) {
        const sub = satisfyingPaths(c, cap)
        if (sub === null || acc.length * sub.length > cap) return null
        if (sub.length === 1) {
          for (const a of acc) append(a, sub[0])
          continue
        }
        const next: Step[][] = []
        for (const a of acc) for (const b of sub) next.push(append(a.slice(), b))
        acc = next
      }
      return acc
    }
  }
}

/** Appends `more` to `path` in place (no spread: a path may hold many thousand steps). */
function append(path: Step[], more: readonly Step[]): Step[] {
  for (const s of more) path.push(s)
  return path
}

/** Past the cap: each top-level branch is one path holding all its positive steps. */
function branchPaths(expr: Expr): Step[][] {
  const branches = expr.kind === 'or' ? expr.children : [expr]
  return branches.map(b => positiveSteps(b, []))
}

function positiveSteps(expr: Expr, out: Step[]): Step[] {
  switch (expr.kind) {
    case 'pred':
      out.push(expr.derived ? 'opaque' : expr)
      break
    case 'opaque':
      out.push('opaque')
      break
    case 'and':
    case 'or':
      for (const c of expr.children) positiveSteps(c, out)
      break
    case 'not':
      break
  }
  return out
}

function run(rule: Rule, ctx: CheckContext): Finding[] {
  const { catalog, settings, self } = ctx
  const opts = settings.checks['noisy-indicator']
  const findings: Finding[] = []
  const reported = new Set<string>()
  const reachOf = new Map<string, number[]>()
  const reach = (key: string): number[] => {
    let r = reachOf.get(key)
    if (!r) {
      r = without(catalog.indicatorRules.get(key), self)
      reachOf.set(key, r)
    }
    return r
  }
  for (const query of rule.queries) {
    const { positive } = splitExclusions(query.expr)
    if (!positive) continue
    const paths = satisfyingPaths(positive, opts.maxPaths) ?? branchPaths(positive)
    for (const fullPath of paths) {
      // Scope (the OS, the event's category or code) narrows nothing within a kind of
      // event: judge the path on what else it checks, or on the scope when that is all.
      const specific = fullPath.filter(s => s === 'opaque' || !isScopeField(s.field))
      const path = specific.length > 0 ? specific : fullPath
      if (path.length === 0) continue
      const noisy = path.every(s => s !== 'opaque' && reach(predicateKey(s)).length >= opts.threshold)
      if (!noisy) continue
      for (const step of path) {
        const pred = step as Predicate
        const key = predicateKey(pred)
        const id = `${query.label}\u0000${key}\u0000${pred.pos.line}:${pred.pos.column}`
        if (reported.has(id)) continue
        reported.add(id)
        const users = reach(key)
        const parts = catalog.keys.get(key)
        const what = describePredicate(pred.sourceField, pred.op, pred.value)
        const alone =
          path.length === 1
            ? 'on its own'
            : `together with ${path.length - 1} other equally common condition${path.length === 2 ? '' : 's'}`
        const where = query.label ? ` (${query.label})` : ''
        findings.push({
          check: 'noisy-indicator',
          severity: opts.severity,
          path: rule.path,
          line: pred.pos.line,
          endLine: pred.pos.line,
          column: pred.pos.column,
          message:
            `${what}${where} is checked by ${users.length} other rules in the catalog (threshold ${opts.threshold}), ` +
            `and it stands ${alone} on a path of this rule: that path matches what all those rules match. ` +
            `Pair it with a more specific condition (a parent process, a command-line fragment, a path).`,
          ruleId: rule.id,
          ruleTitle: rule.title,
          evidence: {
            kind: 'noisy-indicator',
            key,
            field: parts?.field ?? pred.field,
            op: parts?.op ?? pred.op,
            value: parts?.value ?? pred.value,
            reach: users.length,
            threshold: opts.threshold,
            corpusRules: catalog.rules.length - self.size,
            examples: ruleRefs(catalog, users, opts.examples),
            label: query.label
          }
        })
      }
    }
  }
  return findings
}

export const noisyIndicator: Check = {
  id: 'noisy-indicator',
  defaultSeverity: 'warning',
  description:
    'A predicate that many catalog rules check, relied on without a more specific condition beside it.',
  run
}
