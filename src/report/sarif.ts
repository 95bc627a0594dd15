/**
 * SARIF 2.1.0 for GitHub code scanning: one run, one reporting descriptor per check (always
 * all of them, in `CHECK_IDS` order, so `ruleIndex` is stable), one result per finding.
 */
import { createHash } from '../hash.js'
import type * as Sarif from 'sarif'
import type { Evidence, Finding, Report } from '../findings.js'
import type { Severity } from '../ir.js'
import { CHECK_HELP, CHECK_IDS } from './checks-help.js'
import { cleanText, evidenceSentence, normalizePath, sortedFindings } from './common.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
export const SARIF_VERSION = '2.1.0'
/** Name of our entry in `partialFingerprints`; bump the suffix if the hashed fields change. */
export const FINGERPRINT_KEY = 'detlintFindingHash/v1'

// ---------------------------------------------------------------------------------------
// The SARIF 2.1.0 object model: the types of `@types/sarif`, one source of truth, with the
// properties detlint always writes made required (so readers of our log need no checks).

/** `T` with the properties `K` present. */
type With<T, K extends keyof T> = T & { [P in K]-?: NonNullable<T[P]> }

export type SarifLevel = NonNullable<Sarif.Result['level']>
export type SarifPropertyBag = Sarif.PropertyBag
export type SarifReportingDescriptor = With<
  Sarif.ReportingDescriptor,
  'name' | 'shortDescription' | 'fullDescription' | 'help' | 'defaultConfiguration'
>
export type SarifToolComponent = Omit<With<Sarif.ToolComponent, 'version'>, 'rules'> & {
  rules: SarifReportingDescriptor[]
}
export type SarifPhysicalLocation = Omit<Sarif.PhysicalLocation, 'artifactLocation' | 'region'> & {
  artifactLocation: With<Sarif.ArtifactLocation, 'uri'>
  region: With<Sarif.Region, 'startLine'>
}
export type SarifResult = Omit<
  With<Sarif.Result, 'ruleId' | 'ruleIndex' | 'level' | 'partialFingerprints' | 'properties'>,
  'message' | 'locations'
> & {
  message: Sarif.Message & { text: string }
  locations: Array<Omit<Sarif.Location, 'physicalLocation'> & { physicalLocation: SarifPhysicalLocation }>
}
export type SarifRun = Omit<Sarif.Run, 'tool' | 'results'> & {
  tool: { driver: SarifToolComponent }
  results: SarifResult[]
}
export type SarifLog = Omit<Sarif.Log, 'runs'> & { runs: SarifRun[] }

export interface SarifOptions {
  toolVersion: string
  informationUri?: string
}

// ---------------------------------------------------------------------------------------

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' }

function reportingDescriptors(): SarifReportingDescriptor[] {
  return CHECK_IDS.map(id => {
    const help = CHECK_HELP[id]
    return {
      id,
      name: help.name,
      shortDescription: { text: help.summary },
      fullDescription: { text: help.description },
      help: { text: help.description, markdown: help.helpMarkdown },
      defaultConfiguration: { level: LEVEL[help.defaultSeverity] }
    }
  })
}

/** A relative URI reference: forward slashes, each segment percent-encoded. */
export function artifactUri(path: string): string {
  return normalizePath(path).split('/').map(encodeURIComponent).join('/')
}

/**
 * Plain SARIF message text: one line, and `[`/`]` escaped so rule text cannot form an
 * embedded link (SARIF §3.11.6).
 */
function messageText(text: string): string {
  return cleanText(text).replace(/[[\]]/g, c => `\\${c}`)
}

/** What identifies a finding across commits besides check, file and rule: not its line. */
function evidenceIdentity(e: Evidence): string {
  switch (e.kind) {
    case 'noisy-indicator':
      return `${e.label}\u0000${e.key}`
    case 'missing-common-exclusion':
      return e.key
    case 'duplicate-rule':
      return `${e.other.vendor}\u0000${e.other.path}\u0000${e.other.id ?? ''}`
    case 'parse-error':
      return e.code
    case 'invalid-suppression':
    case 'unused-suppression':
      return `${e.code}\u0000${e.source}\u0000${e.checks.join(',')}\u0000${e.reason}`
    case 'technique-unknown':
    case 'technique-revoked':
    case 'technique-missing':
    case 'tactic-mismatch':
      return `${e.code}\u0000${e.technique}`
  }
}

function fingerprintBase(f: Finding): string {
  const identity = [
    f.check,
    normalizePath(f.path),
    f.ruleId ?? f.ruleTitle ?? '',
    evidenceIdentity(f.evidence)
  ]
  return createHash('sha256').update(JSON.stringify(identity)).digest('hex')
}

function evidenceProperties(e: Evidence): SarifPropertyBag {
  switch (e.kind) {
    case 'noisy-indicator':
      return {
        key: e.key,
        reach: e.reach,
        threshold: e.threshold,
        corpusRules: e.corpusRules,
        label: e.label,
        examples: e.examples.map(r => r.title)
      }
    case 'missing-common-exclusion':
      return {
        key: e.key,
        support: e.support,
        peers: e.peers,
        share: e.share,
        technique: e.technique,
        eventKind: e.eventKind,
        examples: e.examples.map(r => r.title),
        ...(e.peerMode ? { peerMode: e.peerMode } : {}),
        ...(e.supporters
          ? {
              supporters: e.supporters.map(p => ({
                vendor: p.vendor,
                title: p.title,
                path: p.path,
                similarity: p.similarity,
                filter: p.filter
              }))
            }
          : {})
      }
    case 'duplicate-rule':
      return {
        match: e.match,
        similarity: e.similarity,
        otherVendor: e.other.vendor,
        otherTitle: e.other.title,
        otherPath: e.other.path,
        otherId: e.other.id ?? '',
        related: e.related,
        onlyHere: [...e.onlyHere],
        onlyThere: [...e.onlyThere]
      }
    case 'parse-error':
      return { code: e.code, column: e.column }
    case 'invalid-suppression':
    case 'unused-suppression':
      return { code: e.code, source: e.source, checks: [...e.checks], reason: e.reason }
    case 'technique-unknown':
    case 'technique-revoked':
    case 'technique-missing':
    case 'tactic-mismatch':
      return {
        code: e.code,
        technique: e.technique,
        replacement: e.replacement,
        attackVersion: e.attackVersion
      }
  }
}

function result(f: Finding, fingerprint: string): SarifResult {
  const startLine = Math.max(1, f.line)
  return {
    ruleId: f.check,
    ruleIndex: CHECK_IDS.indexOf(f.check),
    level: LEVEL[f.severity],
    message: { text: `${messageText(f.message)}\n${messageText(evidenceSentence(f.evidence))}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(f.path), uriBaseId: '%SRCROOT%' },
          region: { startLine, endLine: Math.max(startLine, f.endLine), startColumn: Math.max(1, f.column) }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: {
      detectionRuleId: f.ruleId,
      detectionRuleTitle: f.ruleTitle,
      ...evidenceProperties(f.evidence)
    }
  }
}

/**
 * The report as a SARIF log. Fingerprints hash check, path, rule id (or title) and what
 * the evidence is about, not the line, so code scanning keeps tracking an alert when lines
 * move; repeats in one file get `:2`, `:3`, ….
 */
export function renderSarif(report: Report, options: SarifOptions): SarifLog {
  const seen = new Map<string, number>()
  const results = sortedFindings(report.findings).map(f => {
    const base = fingerprintBase(f)
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return result(f, `${base}:${n}`)
  })
  const driver: SarifToolComponent = {
    name: 'detlint',
    version: options.toolVersion,
    ...(options.informationUri ? { informationUri: options.informationUri } : {}),
    rules: reportingDescriptors()
  }
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }]
  }
}

/** `renderSarif` as JSON text: 2-space indent, final newline. */
export function renderSarifText(report: Report, options: SarifOptions): string {
  return `${JSON.stringify(renderSarif(report, options), null, 2)}\n`
}
