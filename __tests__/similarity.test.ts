/**
 * The similarity index (features, idf per kind, weighted Jaccard, technique weight,
 * neighbours) and the support of missing-common-exclusion with `peers: similar`
 * (standalone vs fragment exclusions, covering, and each guard).
 */
import { describe, expect, it } from '@jest/globals'
import { buildCatalog } from '../src/catalog/index.js'
import { defaultSettings } from '../src/config.js'
import { runChecks, selfIndices } from '../src/checks/index.js'
import {
  dropsNamedEvents,
  isWindowsKey,
  similarPeerExclusions,
  supportedExclusions
} from '../src/checks/exclusion-support.js'
import {
  catalogRuleQuery,
  familyOf,
  keyFeatures,
  neighbours,
  similarRules,
  similarities,
  valueTokens
} from '../src/similarity/index.js'
import type { Logsource, Rule } from '../src/ir.js'
import { all, mkRule, not, p } from './helpers/rules.js'

const LINUX: Logsource = { product: 'linux', category: 'process_creation' }

function opts() {
  return { ...defaultSettings().checks['missing-common-exclusion'] }
}

describe('features', () => {
  it('folds path fields onto name fields, and keywords onto *', () => {
    expect(familyOf('process.executable')).toBe('process.name')
    expect(familyOf('process.parent.executable')).toBe('process.parent.name')
    expect(familyOf('file.path')).toBe('file.name')
    expect(familyOf('dll.path')).toBe('dll.name')
    expect(familyOf('process.command_line')).toBe('process.command_line')
    expect(familyOf(null)).toBe('*')
  })

  it('tokenises lower-cased values: inner dots and dashes kept, single characters dropped', () => {
    expect(valueTokens('*\\Windows\\System32\\RunDLL32.exe')).toEqual(['windows', 'system32', 'rundll32.exe'])
    expect(valueTokens('* -enc a *')).toEqual(['enc'])
    expect(valueTokens(null)).toEqual([])
    // The scan reads what the regular expression of the design reads, backtracking included.
    const spec = (v: string): string[] => [
      ...new Set(
        [...v.toLowerCase().matchAll(/[a-z0-9_$][a-z0-9_.$-]*[a-z0-9_$]|[a-z0-9]/g)]
          .map(m => m[0])
          .filter(t => t.length >= 2)
      )
    ]
    for (const v of [
      'a',
      '$$',
      '_x',
      'x_',
      '-a-',
      '..ab..',
      'a.-.b',
      'ab.-',
      'rundll32.exe,#1',
      '$env:temp',
      'a-b-c--',
      'x.y.z.',
      'ÄbC-d',
      'K\u212A-1',
      'ab ab ab'
    ])
      expect(valueTokens(v)).toEqual(spec(v))
  })

  it('gives F:, V: and FV: features per key', () => {
    expect(keyFeatures({ field: 'process.executable', op: 'wildcard', value: '*\\certutil.exe' })).toEqual([
      'F:process.name',
      'V:certutil.exe',
      'FV:process.name=certutil.exe'
    ])
    expect(keyFeatures({ field: null, op: 'keyword', value: 'mimikatz' })).toEqual([
      'F:*',
      'V:mimikatz',
      'FV:*=mimikatz'
    ])
  })
})

describe('similarity', () => {
  const rules = () => [
    mkRule(
      'a',
      all(p('process.name', 'eq', 'certutil.exe'), p('process.command_line', 'wildcard', '*-decode*'))
    ),
    mkRule(
      'b',
      all(
        p('process.executable', 'wildcard', '*\\certutil.exe'),
        p('process.command_line', 'wildcard', '*-decode*')
      )
    ),
    mkRule(
      'c',
      all(p('process.name', 'eq', 'certutil.exe'), p('process.command_line', 'wildcard', '*-urlcache*'))
    ),
    mkRule(
      'd',
      all(p('process.name', 'eq', 'rundll32.exe'), p('process.command_line', 'wildcard', '*javascript*')),
      ['T1218.011']
    ),
    mkRule('other-kind', all(p('process.name', 'eq', 'certutil.exe')), ['T1140'], {
      product: 'windows',
      category: 'file_event'
    })
  ]

  it('is the weighted Jaccard within the kind, with idf ln((n+1)/df)', () => {
    const cat = buildCatalog(rules().map(r => ({ ...r, techniques: [] })))
    const a = cat.rules.findIndex(r => r.title === 'Rule a')
    const b = cat.rules.findIndex(r => r.title === 'Rule b')
    const sims = similarities(cat, catalogRuleQuery(cat, a), { techniqueWeight: 1 })
    // n = 4 rules of windows/process_creation; a and b share every feature: a path folds onto its name.
    expect(sims.find(s => s.index === b)?.jaccard).toBeCloseTo(1, 10)
    const c = cat.rules.findIndex(r => r.title === 'Rule c')
    const w = (df: number) => Math.log(5 / df)
    // a: F:pn(4) V:certutil(3) FV:pn=certutil(3) F:cl(4) V:decode(2) FV:cl=decode(2)
    // c: F:pn F:cl V:certutil FV:pn=certutil V:urlcache(1) FV:cl=urlcache(1)
    const shared = 2 * w(4) + 2 * w(3)
    const wa = shared + 2 * w(2)
    const wc = shared + 2 * w(1)
    expect(sims.find(s => s.index === c)?.jaccard).toBeCloseTo(shared / (wa + wc - shared), 10)
    // Rules of another kind are never compared; the rule itself is left out.
    expect(sims.map(s => cat.rules[s.index].title)).not.toContain('Rule other-kind')
    expect(sims.map(s => s.index)).not.toContain(a)
  })

  it('doubles a peer sharing a parent technique, and orders neighbours by similarity then catalog order', () => {
    const cat = buildCatalog(rules())
    const a = cat.rules.findIndex(r => r.title === 'Rule a')
    const plain = neighbours(cat, catalogRuleQuery(cat, a), { techniqueWeight: 1 })
    const doubled = neighbours(cat, catalogRuleQuery(cat, a), { techniqueWeight: 2 })
    for (const n of doubled) {
      const base = plain.find(x => x.index === n.index)?.similarity ?? 0
      expect(n.similarity).toBeCloseTo(n.sharesTechnique ? 2 * base : base, 10)
    }
    expect(doubled.map(n => cat.rules[n.index].title)).toEqual(['Rule b', 'Rule c', 'Rule d'])
    expect(similarRules(cat, { vendor: 'sigma', id: 'id-a' }, 1).map(n => cat.rules[n.index].title)).toEqual([
      'Rule b'
    ])
    expect(similarRules(cat, { id: 'no-such-rule' }, 3)).toEqual([])
  })
})

const CERTUTIL = () => p('process.name', 'eq', 'certutil.exe')
const CCM = (v = 'ccmexec.exe') => p('process.parent.name', 'eq', v)

/** Peers that detect certutil; some filter ccmexec.exe on its own, some as part of an and. */
function peers(standalone: number, fragments: number): Rule[] {
  const out: Rule[] = []
  for (let i = 0; i < standalone; i++)
    out.push(mkRule(`s${i}`, all(CERTUTIL(), p('process.command_line', 'wildcard', `*-s${i}*`), not(CCM()))))
  for (let i = 0; i < fragments; i++)
    out.push(
      mkRule(
        `f${i}`,
        all(
          CERTUTIL(),
          p('process.command_line', 'wildcard', `*-f${i}*`),
          not(all(CCM(), p('process.command_line', 'wildcard', '*-sccm*')))
        )
      )
    )
  return out
}

function suggest(rule: Rule, corpus: Rule[]) {
  const cat = buildCatalog(corpus)
  return similarPeerExclusions(cat, rule, selfIndices(rule, cat), opts())
}

describe('support', () => {
  const subject = mkRule('new', all(CERTUTIL(), p('process.command_line', 'wildcard', '*-decode*')))

  it('counts a peer only when it excludes the key as a filter of its own', () => {
    // Three rules use the field (so it fits); two of them exclude on it alone.
    expect(suggest(subject, peers(2, 1)).suggestions.map(s => s.key)).toEqual([
      'process.parent.name|eq|ccmexec.exe'
    ])
    // Fragments of an `and` filter exclude nothing alone: no support.
    expect(suggest(subject, peers(1, 4)).suggestions).toEqual([])
    const supported = suggest(subject, peers(2, 3)).suggestions[0]
    expect(supported.supporters).toHaveLength(2)
    expect(supported.share).toBeGreaterThan(0.15)
    expect(supported.share).toBeLessThan(1)
  })

  it('lets a narrower exclusion support a broader key that covers it', () => {
    const corpus = [
      mkRule(
        'wide',
        all(CERTUTIL(), not(p('process.parent.executable', 'wildcard', 'c:\\program files\\\\*')))
      ),
      mkRule('n1', all(CERTUTIL(), not(p('process.parent.executable', 'eq', 'c:\\program files\\a\\a.exe')))),
      mkRule('n2', all(CERTUTIL(), not(p('process.parent.executable', 'eq', 'c:\\program files\\b\\b.exe'))))
    ]
    const cat = buildCatalog(corpus)
    const nbs = neighbours(
      cat,
      catalogRuleQuery(
        cat,
        cat.rules.findIndex(r => r.title === 'Rule wide')
      )
    )
    const [broadKey] = cat.rules.find(r => r.title === 'Rule wide')?.standalone ?? []
    const wide = supportedExclusions(cat, nbs, new Set(), [broadKey])
    const broad = wide.find(s => s.key === broadKey)
    expect(broad?.supporters.map(s => s.key).sort()).toEqual([
      'process.parent.executable|eq|c:\\program files\\a\\a.exe',
      'process.parent.executable|eq|c:\\program files\\b\\b.exe'
    ])
  })

  it('needs two supporters and a 15% share, and leaves out what the rule already excludes or detects', () => {
    expect(suggest(subject, peers(1, 0)).suggestions).toEqual([])
    const covered = mkRule('new', all(CERTUTIL(), not(p('process.parent.name', 'wildcard', 'ccm*'))))
    expect(suggest(covered, peers(3, 0)).rejected.map(r => r.why)).toContain('covered')
    const detects = mkRule('new', all(CERTUTIL(), CCM()))
    expect(suggest(detects, peers(3, 0)).suggestions).toEqual([])
  })

  it('the finding names the similar peers, their share and their filter', () => {
    const settings = defaultSettings()
    const corpus = peers(3, 0)
    const cat = buildCatalog(corpus)
    const [f] = runChecks(subject, cat, settings).filter(x => x.check === 'missing-common-exclusion')
    expect(f.message).toMatch(
      /^3 of the 3 rules most like this one on windows\/process_creation \(alike in the fields and values they detect; rules of T1218 weigh double\) exclude process\.parent\.name equals "ccmexec\.exe" as a filter of its own \(100%\)/
    )
    expect(f.evidence).toMatchObject({ peerMode: 'similar', support: 3, peers: 3, share: 1 })
    if (f.evidence.kind !== 'missing-common-exclusion') throw new Error('wrong evidence')
    expect(f.evidence.supporters?.map(s => s.filter)).toEqual(
      Array(3).fill('process.parent.name equals "ccmexec.exe"')
    )
  })
})

describe('guards', () => {
  it('a twin (the same indicators) lends no exclusion', () => {
    // "Non-system account" rules exclude SYSTEM; the rule under check is their twin.
    const sel = () => [
      p('process.name', 'eq', 'schtasks.exe'),
      p('process.command_line', 'wildcard', '*/create*')
    ]
    const twins = [1, 2, 3].map(i => mkRule(`twin${i}`, all(...sel(), not(p('user.name', 'eq', 'system')))))
    const rule = mkRule('system', all(...sel()))
    const result = suggest(rule, twins)
    expect(result.twins).toHaveLength(3)
    expect(result.suggestions).toEqual([])
    // The same exclusion from rules that only look alike is lent.
    const alike = [1, 2, 3].map(i =>
      mkRule(
        `alike${i}`,
        all(
          ...sel(),
          p('process.command_line', 'wildcard', `*/tn x${i}*`),
          not(p('user.name', 'eq', 'system'))
        )
      )
    )
    expect(suggest(rule, alike).suggestions.map(s => s.key)).toEqual(['user.name|eq|system'])
  })

  it('never gives a Linux rule Windows advice', () => {
    const curl = () => p('process.name', 'eq', 'curl')
    const corpus = [1, 2, 3, 4].map(i =>
      mkRule(
        `l${i}`,
        all(
          curl(),
          p('process.args', 'eq', `-x${i}`),
          not(p('process.parent.executable', 'wildcard', 'c:\\windows\\*'))
        ),
        [],
        LINUX
      )
    )
    const rule = mkRule('weak', all(curl()), [], LINUX)
    const result = suggest(rule, corpus)
    expect(result.suggestions).toEqual([])
    expect(result.rejected.map(r => r.why)).toContain('windows')
    expect(
      isWindowsKey(buildCatalog(corpus), { field: 'winlog.event_data.User', op: 'eq', value: 'x' })
    ).toBe(true)
    expect(
      isWindowsKey(buildCatalog(corpus), { field: 'process.parent.name', op: 'eq', value: 'bash' })
    ).toBe(false)
  })

  it('needs the field to be used by rules reading the same events', () => {
    const corpus = [1, 2, 3].map(i =>
      mkRule(
        `f${i}`,
        all(CERTUTIL(), p('process.command_line', 'wildcard', `*-x${i}*`), not(p('rare.field', 'eq', 'v')))
      )
    )
    // Only three rules use rare.field: all of them peers, so the field fits; with two it does not.
    expect(suggest(mkRule('new', all(CERTUTIL())), corpus).suggestions.map(s => s.key)).toEqual([
      'rare.field|eq|v'
    ])
    expect(suggest(mkRule('new', all(CERTUTIL())), corpus.slice(0, 2)).rejected.map(r => r.why)).toContain(
      'field'
    )
  })

  it('does not drop the events the title or the indicators name', () => {
    const rule = mkRule('ps', all(p('process.command_line', 'wildcard', '*-encodedcommand*')))
    rule.title = 'Encoded PowerShell Command Line'
    expect(
      dropsNamedEvents(
        { rule, indicatorParts: [] },
        { field: 'process.name', op: 'eq', value: 'powershell.exe' }
      )
    ).toBe(true)
    expect(
      dropsNamedEvents(
        { rule, indicatorParts: [] },
        { field: 'process.parent.name', op: 'eq', value: 'ccmexec.exe' }
      )
    ).toBe(false)
    const byIndicator = mkRule('x', all(p('process.parent.name', 'wildcard', '*\\wmiprvse.exe')))
    expect(
      dropsNamedEvents(
        {
          rule: byIndicator,
          indicatorParts: [{ field: 'process.parent.name', op: 'wildcard', value: '*\\wmiprvse.exe' }]
        },
        { field: 'process.parent.executable', op: 'eq', value: 'c:\\windows\\system32\\wbem\\wmiprvse.exe' }
      )
    ).toBe(true)
    // A folder on the way names no program: a "Windows …" rule may exclude `*:\windows\*`,
    // and a path whose file the title names is still refused.
    const windows = mkRule('w', all(p('process.command_line', 'wildcard', '*vssadmin*')))
    windows.title = 'Windows Shadow Copy Deletion'
    expect(
      dropsNamedEvents(
        { rule: windows, indicatorParts: [] },
        { field: 'process.executable', op: 'wildcard', value: '*:\\windows\\*' }
      )
    ).toBe(false)
    windows.title = 'Shadow Copy Deletion with Vssadmin'
    expect(
      dropsNamedEvents(
        { rule: windows, indicatorParts: [] },
        { field: 'process.executable', op: 'eq', value: 'c:\\windows\\system32\\vssadmin.exe' }
      )
    ).toBe(true)
    // On the check: peers that exclude powershell.exe lend nothing to a PowerShell rule.
    const corpus = [1, 2, 3].map(i =>
      mkRule(
        `p${i}`,
        all(
          p('process.command_line', 'wildcard', '*-encodedcommand*'),
          p('process.command_line', 'wildcard', `*x${i}*`),
          not(p('process.name', 'eq', 'powershell.exe'))
        )
      )
    )
    const result = suggest(rule, corpus)
    expect(result.suggestions).toEqual([])
    expect(result.rejected.map(r => r.why)).toContain('names')
  })
})
