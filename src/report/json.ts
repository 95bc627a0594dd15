/**
 * The JSON report: a public contract. Keys come in the order `findings.ts` declares them,
 * whatever order the objects were built in, and only the declared keys are written.
 */
import type { CheckId, Evidence, Finding, Report, RuleRef, SuppressedFinding, Summary } from '../findings.js'
import { CHECK_IDS } from './checks-help.js'
import { sortedFindings, sortedSkipped } from './common.js'

function ruleRef(r: RuleRef): RuleRef {
  return { vendor: r.vendor, id: r.id, title: r.title, path: r.path }
}

function evidence(e: Evidence): Evidence {
  switch (e.kind) {
    case 'noisy-indicator':
      return {
        kind: e.kind,
        key: e.key,
        field: e.field,
        op: e.op,
        value: e.value,
        reach: e.reach,
        threshold: e.threshold,
        corpusRules: e.corpusRules,
        examples: e.examples.map(ruleRef),
        label: e.label
      }
    case 'missing-common-exclusion':
      return {
        kind: e.kind,
        key: e.key,
        field: e.field,
        op: e.op,
        value: e.value,
        support: e.support,
        peers: e.peers,
        share: e.share,
        technique: e.technique,
        eventKind: e.eventKind,
        examples: e.examples.map(ruleRef),
        ...(e.peerMode ? { peerMode: e.peerMode } : {}),
        ...(e.supporters
          ? {
              supporters: e.supporters.map(p => ({
                ...ruleRef(p),
                similarity: p.similarity,
                filter: p.filter
              }))
            }
          : {})
      }
    case 'duplicate-rule':
      return {
        kind: e.kind,
        match: e.match,
        similarity: e.similarity,
        other: ruleRef(e.other),
        related: e.related,
        onlyHere: [...e.onlyHere],
        onlyThere: [...e.onlyThere]
      }
    case 'parse-error':
      return { kind: e.kind, code: e.code, column: e.column }
    case 'invalid-suppression':
    case 'unused-suppression':
      return { kind: e.kind, code: e.code, source: e.source, checks: [...e.checks], reason: e.reason }
    case 'technique-unknown':
    case 'technique-revoked':
    case 'technique-missing':
    case 'tactic-mismatch':
      return {
        kind: e.kind,
        code: e.code,
        technique: e.technique,
        replacement: e.replacement,
        attackVersion: e.attackVersion
      }
  }
}

function finding(f: Finding): Finding {
  return {
    check: f.check,
    severity: f.severity,
    path: f.path,
    line: f.line,
    endLine: f.endLine,
    column: f.column,
    message: f.message,
    ruleId: f.ruleId,
    ruleTitle: f.ruleTitle,
    evidence: evidence(f.evidence)
  }
}

function suppressedFinding(f: SuppressedFinding): SuppressedFinding {
  return { ...finding(f), reason: f.reason, source: f.source, where: f.where }
}

function summary(s: Summary): Summary {
  const byCheck = {} as Record<CheckId, number>
  for (const id of CHECK_IDS) byCheck[id] = s.byCheck[id] ?? 0
  return {
    filesChecked: s.filesChecked,
    rulesChecked: s.rulesChecked,
    catalogRules: s.catalogRules,
    findings: s.findings,
    errors: s.errors,
    warnings: s.warnings,
    notices: s.notices,
    byCheck,
    failOn: s.failOn,
    failed: s.failed,
    suppressed: s.suppressed ?? 0
  }
}

/**
 * The report as JSON: findings (then suppressed findings, with their reasons) in report
 * order, then the files that are not rules (by path, with the reason); stable keys, 2-space
 * indent, final newline. `suppressed` and `skipped` are always written.
 */
export function renderJson(report: Report): string {
  const ordered: Required<Report> = {
    findings: sortedFindings(report.findings).map(finding),
    summary: summary(report.summary),
    suppressed: (sortedFindings(report.suppressed ?? []) as SuppressedFinding[]).map(suppressedFinding),
    skipped: sortedSkipped(report.skipped ?? []).map(s => ({ path: s.path, reason: s.reason }))
  }
  return `${JSON.stringify(ordered, null, 2)}\n`
}
