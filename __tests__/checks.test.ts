import { describe, expect, it } from '@jest/globals'
import { buildCatalog } from '../src/catalog/index.js'
import { defaultSettings, type Settings } from '../src/config.js'
import { runChecks, selfIndices } from '../src/checks/index.js'
import { satisfyingPaths } from '../src/checks/noisy-indicator.js'
import { covers } from '../src/checks/missing-common-exclusion.js'
import { ruleRefs } from '../src/checks/types.js'
import type { Rule } from '../src/ir.js'
import { all, any, mkRule, not, p, PROC } from './helpers/rules.js'

const RUNDLL = (line?: number) => p('Image', 'wildcard', '*\\rundll32.exe', line)
const MSIEXEC = () => p('ParentImage', 'wildcard', '*\\msiexec.exe')

function settings(mut: (s: Settings) => void = () => {}): Settings {
  const s = defaultSettings()
  s.checks['noisy-indicator'].threshold = 3
  mut(s)
  return s
}

/** Peers by technique, with the thresholds that mode had as its defaults. */
function techniqueSettings(mut: (s: Settings) => void = () => {}): Settings {
  return settings(s => {
    const c = s.checks['missing-common-exclusion']
    c.peers = 'technique'
    c.minRules = 3
    c.minShare = 0.25
    mut(s)
  })
}

/** Five corpus rules checking rundll32 with something specific; four exclude msiexec. */
function corpus(): Rule[] {
  return [
    mkRule('a', all(RUNDLL(), p('CommandLine', 'wildcard', '*javascript:*'), not(MSIEXEC()))),
    mkRule('b', all(RUNDLL(), p('CommandLine', 'wildcard', '*url.dll*'), not(MSIEXEC()))),
    mkRule('c', all(RUNDLL(), p('CommandLine', 'wildcard', '*\\temp\\*'), not(MSIEXEC()))),
    mkRule('d', all(RUNDLL(), p('CommandLine', 'wildcard', '*comsvcs*'), not(MSIEXEC()))),
    mkRule('e', all(RUNDLL(), p('CommandLine', 'wildcard', '*control_rundll*')))
  ]
}

describe('satisfyingPaths', () => {
  it('expands and/or into paths', () => {
    const a = p('A', 'eq', '1')
    const b = p('B', 'eq', '2')
    const c = p('C', 'eq', '3')
    expect(satisfyingPaths(all(a, any(b, c)), 10)).toEqual([
      [a, b],
      [a, c]
    ])
  })
  it('gives up past the cap', () => {
    const big = all(...Array.from({ length: 6 }, (_, i) => any(p('F', 'eq', `${i}a`), p('F', 'eq', `${i}b`))))
    expect(satisfyingPaths(big, 63)).toBeNull()
    expect(satisfyingPaths(big, 64)).toHaveLength(64)
  })
  it('adds nothing for a nested not, and marks opaque steps', () => {
    const a = p('A', 'eq', '1')
    expect(satisfyingPaths(all(a, not(p('B', 'eq', '2'))), 10)).toEqual([[a]])
    expect(
      satisfyingPaths({ kind: 'opaque', text: 'f()', reason: 'x', pos: { line: 1, column: 1 } }, 10)
    ).toEqual([['opaque']])
  })
})

describe('noisy-indicator', () => {
  it('flags a predicate standing alone that many rules check, with its reach and examples', () => {
    const rule = mkRule('new', all(RUNDLL(42)))
    const findings = runChecks(rule, buildCatalog([...corpus(), rule]), settings()).filter(
      f => f.check === 'noisy-indicator'
    )
    expect(findings).toHaveLength(1)
    const [f] = findings
    expect(f.line).toBe(42)
    expect(f.severity).toBe('warning')
    expect(f.evidence).toMatchObject({
      kind: 'noisy-indicator',
      key: 'Image|wildcard|*\\rundll32.exe',
      reach: 5,
      threshold: 3,
      corpusRules: 5
    })
    if (f.evidence.kind !== 'noisy-indicator') throw new Error('kind')
    expect(f.evidence.examples.map(e => e.title)).toEqual(['Rule a', 'Rule b', 'Rule c'])
    expect(f.message).toContain('checked by 5 other rules')
  })

  it('does not flag a predicate paired with a specific one', () => {
    const rule = mkRule('new', all(RUNDLL(), p('CommandLine', 'wildcard', '*very-specific*')))
    expect(
      runChecks(rule, buildCatalog(corpus()), settings()).filter(f => f.check === 'noisy-indicator')
    ).toEqual([])
  })

  it('flags only the branch of an OR that is noisy on its own', () => {
    const specific = p('CommandLine', 'wildcard', '*rare*', 11)
    const rule = mkRule('new', any(all(RUNDLL(10), specific), RUNDLL(12)))
    const lines = runChecks(rule, buildCatalog(corpus()), settings())
      .filter(f => f.check === 'noisy-indicator')
      .map(f => f.line)
    expect(lines).toEqual([12])
  })

  it('never counts the rule under check towards its own reach', () => {
    const rule = mkRule('new', all(RUNDLL()))
    const s = settings(x => (x.checks['noisy-indicator'].threshold = 6))
    // With itself counted the reach would be 6 and reach the threshold.
    expect(runChecks(rule, buildCatalog([...corpus(), rule]), s)).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ check: 'noisy-indicator' })])
    )
  })

  it('ignores exclusions and treats opaque steps as specific', () => {
    const opaque = {
      kind: 'opaque' as const,
      text: 'x()',
      reason: 'unknown function',
      pos: { line: 3, column: 1 }
    }
    const rule = mkRule('new', all(RUNDLL(), opaque, not(MSIEXEC())))
    expect(
      runChecks(rule, buildCatalog(corpus()), settings()).filter(f => f.check === 'noisy-indicator')
    ).toEqual([])
  })

  it('case-folds values unless the predicate is case-sensitive', () => {
    const upper = mkRule('new', all(p('Image', 'wildcard', '*\\RUNDLL32.EXE')))
    expect(
      runChecks(upper, buildCatalog(corpus()), settings()).some(f => f.check === 'noisy-indicator')
    ).toBe(true)
    const cased = mkRule('new', all(p('Image', 'wildcard', '*\\RUNDLL32.EXE', undefined, true)))
    expect(
      runChecks(cased, buildCatalog(corpus()), settings()).some(f => f.check === 'noisy-indicator')
    ).toBe(false)
  })
})

describe('missing-common-exclusion with peers: technique', () => {
  it('reports an exclusion most peers use, with counts and peer titles, on the logic line', () => {
    const rule = mkRule('new', all(RUNDLL(), p('CommandLine', 'wildcard', '*rare*')))
    const findings = runChecks(rule, buildCatalog(corpus()), techniqueSettings()).filter(
      f => f.check === 'missing-common-exclusion'
    )
    expect(findings).toHaveLength(1)
    expect(findings[0].line).toBe(30)
    expect(findings[0].evidence).toMatchObject({
      kind: 'missing-common-exclusion',
      key: 'ParentImage|wildcard|*\\msiexec.exe',
      support: 4,
      peers: 5,
      share: 0.8,
      // Peers are grouped by parent technique: T1218.011 is compared within T1218.
      technique: 'T1218',
      eventKind: 'windows/process_creation/'
    })
    expect(findings[0].message).toMatch(
      /^4 of 5 T1218 rules on windows\/process_creation \(80%\) exclude ParentImage ends with/
    )
  })

  it('groups peers by parent technique: sibling sub-techniques are peers, other techniques are not', () => {
    const rule = mkRule('new', all(RUNDLL(), p('CommandLine', 'wildcard', '*rare*')), ['T1218.005'])
    const found = runChecks(rule, buildCatalog(corpus()), techniqueSettings()).filter(
      f => f.check === 'missing-common-exclusion'
    )
    expect(found.map(f => f.evidence)).toMatchObject([{ technique: 'T1218', support: 4, peers: 5 }])
    const other = mkRule('new', all(RUNDLL()), ['T1219'])
    expect(
      runChecks(other, buildCatalog(corpus()), techniqueSettings()).filter(
        f => f.check === 'missing-common-exclusion'
      )
    ).toEqual([])
  })

  it('is silent when the rule already excludes the same key or a broader pattern', () => {
    const same = mkRule('same', all(RUNDLL(), not(MSIEXEC())))
    const broader = mkRule('broad', all(RUNDLL(), not(p('ParentImage', 'wildcard', '*msiexec*'))))
    for (const r of [same, broader])
      expect(
        runChecks(r, buildCatalog(corpus()), techniqueSettings()).filter(
          f => f.check === 'missing-common-exclusion'
        )
      ).toEqual([])
  })

  it('needs minRules peers using it and minShare of them', () => {
    const rule = mkRule('new', all(RUNDLL()))
    const cat = buildCatalog(corpus())
    const tooMany = techniqueSettings(s => (s.checks['missing-common-exclusion'].minRules = 5))
    expect(runChecks(rule, cat, tooMany).filter(f => f.check === 'missing-common-exclusion')).toEqual([])
    const highShare = techniqueSettings(s => (s.checks['missing-common-exclusion'].minShare = 0.81))
    expect(runChecks(rule, cat, highShare).filter(f => f.check === 'missing-common-exclusion')).toEqual([])
  })

  it('only takes peers of the same technique and event kind', () => {
    const other = corpus().map(r => ({ ...r, logsource: { product: 'windows', category: 'image_load' } }))
    const rule = mkRule('new', all(RUNDLL()))
    expect(
      runChecks(rule, buildCatalog(other), techniqueSettings()).filter(
        f => f.check === 'missing-common-exclusion'
      )
    ).toEqual([])
    const otherTech = mkRule('new', all(RUNDLL()), ['T1059.001'])
    expect(
      runChecks(otherTech, buildCatalog(corpus()), techniqueSettings()).filter(
        f => f.check === 'missing-common-exclusion'
      )
    ).toEqual([])
  })

  it('compares untagged rules with their event kind, or skips them', () => {
    const rule = mkRule('new', all(RUNDLL()), [])
    const byLogsource = runChecks(rule, buildCatalog(corpus()), techniqueSettings()).filter(
      f => f.check === 'missing-common-exclusion'
    )
    expect(byLogsource).toHaveLength(1)
    expect(byLogsource[0].message).toContain('this rule has no technique tag')
    const skip = techniqueSettings(s => (s.checks['missing-common-exclusion'].untagged = 'skip'))
    expect(
      runChecks(rule, buildCatalog(corpus()), skip).filter(f => f.check === 'missing-common-exclusion')
    ).toEqual([])
  })

  it('does not suggest excluding what the rule detects, and keeps the top N by support', () => {
    const peers = ['p1', 'p2', 'p3', 'p4'].map(n =>
      mkRule(
        n,
        all(
          RUNDLL(),
          not(any(...['x1', 'x2', 'x3', 'x4', 'x5', 'x6'].map(v => p('User', 'eq', v)))),
          not(MSIEXEC())
        )
      )
    )
    const rule = mkRule('new', all(RUNDLL(), MSIEXEC()))
    const found = runChecks(rule, buildCatalog(peers), techniqueSettings()).filter(
      f => f.check === 'missing-common-exclusion'
    )
    expect(found).toHaveLength(5)
    expect(found.map(f => (f.evidence.kind === 'missing-common-exclusion' ? f.evidence.value : ''))).toEqual([
      'x1',
      'x2',
      'x3',
      'x4',
      'x5'
    ])
  })
})

describe('covers', () => {
  it.each([
    [{ field: 'F', op: 'eq', value: 'a' }, { field: 'F', op: 'eq', value: 'a' }, true],
    [
      { field: 'F', op: 'wildcard', value: 'c:\\program files\\\\*' },
      { field: 'F', op: 'eq', value: 'c:\\program files\\x\\y.exe' },
      true
    ],
    [
      { field: 'F', op: 'wildcard', value: '*msiexec*' },
      { field: 'F', op: 'wildcard', value: '*\\msiexec.exe' },
      true
    ],
    [
      { field: 'F', op: 'wildcard', value: '*\\msiexec.exe' },
      { field: 'F', op: 'wildcard', value: '*msiexec*' },
      false
    ],
    [{ field: 'G', op: 'wildcard', value: '*' }, { field: 'F', op: 'eq', value: 'a' }, false],
    [{ field: 'F', op: 'eq', value: 'a' }, { field: 'F', op: 'wildcard', value: 'a*' }, false],
    [{ field: 'F', op: 'regex', value: '.*' }, { field: 'F', op: 'eq', value: 'a' }, false],
    // A basename covers the paths that end in it; not the other way round.
    [
      { field: 'process.parent.name', op: 'eq', value: 'msiexec.exe' },
      { field: 'process.parent.executable', op: 'wildcard', value: '*\\system32\\msiexec.exe' },
      true
    ],
    [
      { field: 'process.parent.name', op: 'wildcard', value: 'msi*.exe' },
      { field: 'process.parent.executable', op: 'eq', value: 'c:\\windows\\msiexec.exe' },
      true
    ],
    [
      { field: 'process.parent.name', op: 'eq', value: 'msiexec.exe' },
      { field: 'process.parent.executable', op: 'wildcard', value: '*\\msiexec*' },
      false
    ],
    [
      { field: 'process.name', op: 'eq', value: 'msiexec.exe' },
      { field: 'process.parent.executable', op: 'wildcard', value: '*\\msiexec.exe' },
      false
    ],
    [
      { field: 'process.parent.executable', op: 'wildcard', value: '*\\msiexec.exe' },
      { field: 'process.parent.name', op: 'eq', value: 'msiexec.exe' },
      false
    ]
  ])('%j covers %j: %s', (own, candidate, expected) => {
    expect(covers(own, candidate)).toBe(expected)
  })
})

describe('selfIndices', () => {
  it('matches the same path and line, or the same id', () => {
    const rules = corpus()
    const cat = buildCatalog(rules)
    const moved = { ...rules[0], path: 'elsewhere.yml' }
    expect([...selfIndices(moved, cat)].map(i => cat.rules[i].title)).toEqual(['Rule a'])
    const renamed = { ...rules[1], id: 'new-id' }
    expect([...selfIndices(renamed, cat)].map(i => cat.rules[i].title)).toEqual(['Rule b'])
    const stranger = { ...mkRule('zzz', null), logsource: PROC }
    expect(selfIndices(stranger, cat).size).toBe(0)
  })

  it('answers the same for a run’s first rules (a pass over the catalog) as once it is indexed', () => {
    // Copies at the same path and line, and under the same id, with another vendor mixed in.
    const base = corpus()
    const rules: Rule[] = [
      ...base,
      { ...base[0], title: 'Copy of a' },
      { ...base[1], path: 'other/b.yml', line: 9, title: 'Same id as b' },
      { ...base[1], vendor: 'elastic', title: 'Elastic b' }
    ]
    const cat = buildCatalog(rules)
    const asked = [...rules, { ...base[2], id: null }, { ...mkRule('zzz', null), logsource: PROC }]
    const expected = (rule: Rule): number[] =>
      cat.rules.flatMap((r, i) =>
        r.vendor === rule.vendor &&
        ((r.path === rule.path && r.line === rule.line) || (rule.id !== null && r.id === rule.id))
          ? [i]
          : []
      )
    // Three rounds: the first rules are scanned for, the later ones looked up in the index.
    for (let round = 0; round < 3; round++)
      for (const rule of asked) expect([...selfIndices(rule, cat)]).toEqual(expected(rule))
    expect(asked.length * 3).toBeGreaterThan(16)
    expect(expected(rules[1]).length).toBe(2)
  })
})

describe('noisy-indicator and scope predicates', () => {
  const scoped = (name: string, extra: ReturnType<typeof p>) =>
    mkRule(name, all(p('host.os.type', 'eq', 'windows'), p('event.type', 'eq', 'start'), extra))
  const corpusOf = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      scoped(`c${i}`, p('process.name', 'eq', i < 4 ? 'rundll32.exe' : `tool${i}.exe`))
    )

  it('reports only the specific predicate of a path whose scope every rule shares', () => {
    const rule = scoped('new', p('process.name', 'eq', 'rundll32.exe', 77))
    const found = runChecks(rule, buildCatalog(corpusOf(8)), settings()).filter(
      f => f.check === 'noisy-indicator'
    )
    expect(found.map(f => f.line)).toEqual([77])
  })

  it('does not flag a rare indicator because its scope is common', () => {
    const rule = scoped('new', p('process.name', 'eq', 'rare.exe'))
    expect(
      runChecks(rule, buildCatalog(corpusOf(8)), settings()).filter(f => f.check === 'noisy-indicator')
    ).toEqual([])
  })

  it('flags a path of scope alone', () => {
    const rule = mkRule('new', all(p('host.os.type', 'eq', 'windows', 5), p('event.type', 'eq', 'start', 6)))
    const found = runChecks(rule, buildCatalog(corpusOf(8)), settings()).filter(
      f => f.check === 'noisy-indicator'
    )
    expect(found.map(f => f.line)).toEqual([5, 6])
  })
})

describe('evidence examples', () => {
  it('take each vendor in turn, so a few examples show every vendor behind the number', () => {
    const rules = [
      ...['a', 'b', 'c', 'd', 'e'].map(n => mkRule(n, RUNDLL())),
      { ...mkRule('y', RUNDLL()), vendor: 'splunk' as const },
      { ...mkRule('z', RUNDLL()), vendor: 'elastic' as const }
    ]
    const cat = buildCatalog(rules)
    const all = cat.rules.map((_, i) => i)
    expect(ruleRefs(cat, all, 3).map(r => `${r.vendor} ${r.title}`)).toEqual([
      'sigma Rule a',
      'splunk Rule y',
      'elastic Rule z'
    ])
    expect(ruleRefs(cat, all, 5).map(r => r.title)).toEqual([
      'Rule a',
      'Rule b',
      'Rule c',
      'Rule y',
      'Rule z'
    ])
    expect(ruleRefs(cat, all, 10)).toHaveLength(7)
  })
})
