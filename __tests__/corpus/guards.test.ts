/**
 * The guards of missing-common-exclusion (`peers: similar`) on real rules of the shared
 * corpora (../shared/corpus): for each named rule, without the guard detlint would suggest
 * the named exclusion (found by a scan of every corpus rule with each guard turned off in
 * turn); with it, the suggestion is not made.
 *
 * - twin: a neighbour with exactly the rule's indicators lends the exclusion that tells the
 *   two apart ("New PowerShell Instance Created" vs "Alternate PowerShell Hosts Pipe").
 * - names: the exclusion drops the program the rule's title or indicators name (the
 *   "Renamed ProcDump" rules exclude procdump.exe; a ProcDump rule must not).
 * - field: the exclusion's field does not fit the events the rule reads (an NTLM event
 *   field suggested to a Sysmon image-load and DNS rule).
 *
 * The Windows guard (`isWindowsKey` on a Linux rule) changes no advice on these corpora:
 * no neighbour of a Linux rule supports a Windows key, so there is no case of it here.
 *
 * The catalog is built once from the four corpora (root: the corpus folder, so rule paths
 * read `sigma/rules/...`), with the built-in ATT&CK table as `detlint check` uses by default.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { defaultSettings } from '../../src/config.js'
import { buildCorpusCatalog, readContext, readOne } from '../../src/engine.js'
import { withAttack, type Catalog } from '../../src/catalog/index.js'
import { builtinAttackTable } from '../../src/attack/builtin.js'
import { runChecks, selfIndices } from '../../src/checks/index.js'
import {
  commonPatterns,
  RELATIVE_SHARE,
  similarPeerExclusions,
  supportedExclusions,
  type SimilarPeerResult,
  type SupportedExclusion
} from '../../src/checks/exclusion-support.js'
import { eventKind } from '../../src/normalize/keys.js'
import {
  catalogRuleQuery,
  neighbours,
  similarities,
  type Neighbour,
  type NeighbourOptions
} from '../../src/similarity/index.js'
import type { AttackTable } from '../../src/attack/table.js'
import type { Rule } from '../../src/ir.js'

const SHARED = path.resolve(process.cwd(), '../shared/corpus')
const CORPORA = ['sigma', 'elastic', 'elastic-endpoint', 'splunk']
const hasCorpus = CORPORA.every(c => existsSync(path.join(SHARED, c)))
if (!hasCorpus) console.log(`public corpora not found at ${SHARED}: skipping the corpus guard tests`)

const settings = defaultSettings()
const opts = settings.checks['missing-common-exclusion']

interface Case {
  /** The rule under check, relative to the corpus folder. */
  rule: string
  /** The exclusions the guard keeps from it. */
  blocked: string[]
}

/** Rules whose twin lends the exclusion that tells the two apart. */
const TWINS: Array<Case & { twin: string }> = [
  {
    // "New PowerShell Instance Created" (any \pshost pipe) vs "Alternate PowerShell Hosts
    // Pipe": the same pipe, less the usual PowerShell hosts.
    rule: 'sigma/rules/windows/pipe_created/pipe_created_powershell_execution_pipe.yml',
    twin: 'sigma/rules/windows/pipe_created/pipe_created_powershell_alternate_host_pipe.yml',
    blocked: ['process.executable|wildcard|*:\\windows\\system32\\wsmprovhost.exe*']
  },
  {
    // "Windows Vulnerable Driver Installed" vs "Windows Driver Load Non-Standard Path": the
    // same kernel driver service installs, less the standard paths.
    rule: 'splunk/detections/endpoint/windows_vulnerable_driver_installed.yml',
    twin: 'splunk/detections/endpoint/windows_driver_load_non_standard_path.yml',
    blocked: [
      'winlog.event_data.ImagePath|wildcard|*\\windows\\\\*',
      'winlog.event_data.ImagePath|wildcard|*\\program file*'
    ]
  },
  {
    // "... Winlogon Duplicate Token Handle" vs "... Winlogon Duplicate Handle In Uncommon
    // Path": the same handle access, less the usual program folders.
    rule: 'splunk/detections/endpoint/windows_access_token_manipulation_winlogon_duplicate_token_handle.yml',
    twin: 'splunk/detections/endpoint/windows_access_token_winlogon_duplicate_handle_in_uncommon_path.yml',
    blocked: ['process.executable|wildcard|c:\\program file*']
  }
]

/** Rules whose neighbours exclude the very program the rule names. */
const NAMES: Case[] = [
  {
    // "Potential LSASS Process Dump Via Procdump": the "Renamed ProcDump Execution" rules
    // (Sigma and Splunk) exclude the real procdump names.
    rule: 'sigma/rules/windows/process_creation/proc_creation_win_sysinternals_procdump_lsass.yml',
    blocked: ['process.name|wildcard|procdump*.exe']
  },
  {
    // "Suspicious SUID Binary Execution (Auditd Sequence)" detects sudo among its programs
    // (`process.name: sudo`); its neighbours exclude /usr/bin/sudo.
    rule: 'elastic/rules/linux/privilege_escalation_suspicious_suid_binary_execution_auditd_sequence.toml',
    blocked: ['process.executable|eq|/usr/bin/sudo']
  }
]

/** Rules whose neighbours exclude on a field the rule's events do not carry. */
const FIELDS: Case[] = [
  {
    // "Sunburst Correlation DLL and Network Event" reads Sysmon 7 and 22; the NTLM
    // authentication rules lend `SChannelName != src`.
    rule: 'splunk/detections/endpoint/sunburst_correlation_dll_and_network_event.yml',
    blocked: ['winlog.event_data.SChannelName|fieldref|src']
  }
]

;(hasCorpus ? describe : describe.skip)('missing-common-exclusion guards on the shared corpora', () => {
  let catalog: Catalog
  let attack: AttackTable

  beforeAll(() => {
    attack = builtinAttackTable()
    const built = buildCorpusCatalog(CORPORA, SHARED, settings)
    catalog = withAttack(built.catalog, attack)
  }, 180_000)

  function read(file: string): Rule {
    const { result } = readOne(path.join(SHARED, file), SHARED, readContext(settings, SHARED))
    expect(result.rules).toHaveLength(1)
    const [rule] = result.rules
    expect(rule.path).toBe(file)
    expect(rule.diagnostics.filter(d => d.severity === 'error')).toEqual([])
    return rule
  }

  function advise(rule: Rule): SimilarPeerResult {
    return similarPeerExclusions(catalog, rule, selfIndices(rule, catalog), opts, attack)
  }

  /** The whole check's findings on the rule: none names a blocked key. */
  function expectNoFinding(rule: Rule, blocked: readonly string[]): void {
    const keys = runChecks(rule, catalog, settings, { attack })
      .filter(f => f.check === 'missing-common-exclusion')
      .map(f => (f.evidence.kind === 'missing-common-exclusion' ? f.evidence.key : ''))
    for (const k of blocked) expect(keys).not.toContain(k)
  }

  /** Does `a` rank before `b` (share, then supporters, then key)? */
  const before = (a: SupportedExclusion, b: SupportedExclusion): boolean =>
    a.share !== b.share
      ? a.share > b.share
      : a.supporters.length !== b.supporters.length
        ? a.supporters.length > b.supporters.length
        : a.key < b.key

  /**
   * Would `s` rank among the suggestions, were it not blocked: within the top, within the
   * per-field limit, and not a weak runner-up to the best suggestion.
   */
  function wouldBeSuggested(result: SimilarPeerResult, s: SupportedExclusion): boolean {
    if (s.supporters.length < opts.minRules || s.share < opts.minShare) return false
    const ahead = result.suggestions.filter(x => before(x, s))
    const best = ahead.length > 0 ? ahead[0].share : s.share
    const sameField = ahead.filter(x => x.parts.field === s.parts.field).length
    return ahead.length < opts.top && sameField < opts.perField && s.share >= best * RELATIVE_SHARE
  }

  const indexOf = (file: string): number => catalog.rules.findIndex(r => r.path === file)

  test.each(TWINS)('twin: $rule is not lent what tells it from its twin', ({ rule: file, twin, blocked }) => {
    const rule = read(file)
    const result = advise(rule)
    const t = indexOf(twin)
    expect(t).toBeGreaterThanOrEqual(0)
    expect(result.twins).toContain(t)
    const suggested = result.suggestions.map(s => s.key)
    // With the twin as a lender, each blocked key would rank among the suggestions.
    const all = supportedExclusions(
      catalog,
      result.neighbours,
      new Set(),
      commonPatterns(catalog, eventKind(rule.logsource))
    )
    for (const k of blocked) {
      const s = all.find(x => x.key === k)
      expect(s).toBeDefined()
      if (s === undefined) continue
      expect(s.supporters.map(x => x.index)).toContain(t)
      expect(wouldBeSuggested(result, s)).toBe(true)
      // Without it, the key falls short of support (or is no candidate at all).
      expect(result.rejected.filter(r => r.key === k).map(r => r.why)).toEqual(
        result.rejected.some(r => r.key === k) ? ['support'] : []
      )
      expect(suggested).not.toContain(k)
    }
    expectNoFinding(rule, blocked)
  })

  test.each([
    ...NAMES.map(c => ({ ...c, why: 'names' as const })),
    ...FIELDS.map(c => ({ ...c, why: 'field' as const }))
  ])('$why: $rule is not told to exclude what the guard blocks', ({ rule: file, blocked, why }) => {
    const rule = read(file)
    const result = advise(rule)
    const suggested = result.suggestions.map(s => s.key)
    for (const k of blocked) {
      const r = result.rejected.find(x => x.key === k)
      expect(r?.why).toBe(why)
      // Only the guard stands in the way: it would be suggested otherwise.
      if (r !== undefined) expect(wouldBeSuggested(result, r)).toBe(true)
      expect(suggested).not.toContain(k)
    }
    expectNoFinding(rule, blocked)
  })

  // `neighbours` scores only the rules that can reach the first k (a bound from the k-th
  // Jaccard): the same answer as scoring every rule of the kind and sorting them all.
  test.each<NeighbourOptions>([
    {},
    { techniqueWeight: 1 },
    { k: 5, vendorWeight: 1.5 },
    { k: 50, techniqueWeight: 0.5, minSimilarity: 0.1 },
    { k: 1, techniqueWeight: 3, vendorWeight: 0.5 }
  ])('neighbours with %j are the first k of every similarity, sorted', options => {
    const byLikeness = (a: Neighbour, b: Neighbour): number =>
      b.similarity - a.similarity || a.index - b.index
    let compared = 0
    for (let i = 0; i < catalog.rules.length; i += 7) {
      const query = catalogRuleQuery(catalog, i)
      const all = similarities(catalog, query, options)
        .filter(n => n.similarity >= (options.minSimilarity ?? 0))
        .sort(byLikeness)
        .slice(0, options.k ?? 20)
      expect(neighbours(catalog, query, options)).toEqual(all)
      if (all.length > 0) compared++
    }
    expect(compared).toBeGreaterThan(500)
  })
})
