import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defaultSettings, parseConfigText, type Settings } from '../src/config.js'
import { runCheck } from '../src/engine.js'
import { renderJson } from '../src/report/json.js'
import { parseInlineSuppressions, type InlineSuppressions } from '../src/suppress.js'

describe('inline suppression comments', () => {
  const none: InlineSuppressions = { suppressions: [], problems: [] }
  const cases: Array<[string, string, InlineSuppressions]> = [
    [
      'disable, one check',
      '# detlint-disable noisy-indicator -- hunting rule',
      {
        suppressions: [
          {
            kind: 'disable',
            line: 1,
            column: 1,
            checks: ['noisy-indicator'],
            reason: 'hunting rule',
            target: null
          }
        ],
        problems: []
      }
    ],
    [
      'disable, every check',
      'title: x\n# detlint-disable -- everything accepted',
      {
        suppressions: [
          { kind: 'disable', line: 2, column: 1, checks: [], reason: 'everything accepted', target: null }
        ],
        problems: []
      }
    ],
    [
      'next line, two checks, skipping blank lines and comments',
      'a: 1\n  # detlint-disable-next-line missing-common-exclusion, noisy-indicator -- ok\n\n  # note\ncondition: sel',
      {
        suppressions: [
          {
            kind: 'disable-next-line',
            line: 2,
            column: 3,
            checks: ['missing-common-exclusion', 'noisy-indicator'],
            reason: 'ok',
            target: 5
          }
        ],
        problems: []
      }
    ],
    [
      'no space after #, spaces around the reason, CRLF',
      '#detlint-disable-next-line parse-error --   spaced reason  \r\nx: 1\r\n',
      {
        suppressions: [
          {
            kind: 'disable-next-line',
            line: 1,
            column: 1,
            checks: ['parse-error'],
            reason: 'spaced reason',
            target: 2
          }
        ],
        problems: []
      }
    ],
    [
      'a reason holding " -- "',
      '## detlint-disable -- a -- b',
      {
        suppressions: [{ kind: 'disable', line: 1, column: 1, checks: [], reason: 'a -- b', target: null }],
        problems: []
      }
    ],
    [
      'TOML',
      "[rule]\n# detlint-disable-next-line noisy-indicator -- toml too\nquery = '''\nprocess.name : \"cmd.exe\"\n'''",
      {
        suppressions: [
          {
            kind: 'disable-next-line',
            line: 2,
            column: 1,
            checks: ['noisy-indicator'],
            reason: 'toml too',
            target: 3
          }
        ],
        problems: []
      }
    ],
    [
      'no reason',
      '# detlint-disable noisy-indicator',
      {
        suppressions: [],
        problems: [
          {
            line: 1,
            column: 1,
            code: 'detlint/suppression-without-reason',
            message:
              'detlint-disable noisy-indicator gives no reason, so it suppresses nothing: add one after " -- ", ' +
              'e.g. "# detlint-disable noisy-indicator -- why this finding is accepted".',
            checks: ['noisy-indicator'],
            reason: ''
          }
        ]
      }
    ],
    [
      'an empty reason',
      'x: 1\n    # detlint-disable-next-line --\ny: 2',
      {
        suppressions: [],
        problems: [
          {
            line: 2,
            column: 5,
            code: 'detlint/suppression-without-reason',
            message:
              'detlint-disable-next-line gives no reason, so it suppresses nothing: add one after " -- ", ' +
              'e.g. "# detlint-disable-next-line -- why this finding is accepted".',
            checks: [],
            reason: ''
          }
        ]
      }
    ],
    [
      'an unknown check only: suppresses nothing (not every check)',
      '# detlint-disable noisy-indicatr -- r',
      {
        suppressions: [],
        problems: [
          {
            line: 1,
            column: 19,
            code: 'detlint/suppression-unknown-check',
            message:
              'detlint-disable names an unknown check "noisy-indicatr" (expected one of noisy-indicator, ' +
              'missing-common-exclusion, duplicate-rule, parse-error, technique-unknown, technique-revoked, technique-missing, tactic-mismatch), ' +
              'so it suppresses nothing for it.',
            checks: ['noisy-indicatr'],
            reason: 'r'
          }
        ]
      }
    ],
    [
      'an unknown check beside a known one',
      '# detlint-disable typo,parse-error -- r',
      {
        suppressions: [
          { kind: 'disable', line: 1, column: 1, checks: ['parse-error'], reason: 'r', target: null }
        ],
        problems: [
          {
            line: 1,
            column: 19,
            code: 'detlint/suppression-unknown-check',
            message:
              'detlint-disable names an unknown check "typo" (expected one of noisy-indicator, ' +
              'missing-common-exclusion, duplicate-rule, parse-error, technique-unknown, technique-revoked, technique-missing, tactic-mismatch), ' +
              'so it suppresses nothing for it.',
            checks: ['typo', 'parse-error'],
            reason: 'r'
          }
        ]
      }
    ],
    [
      'a check about suppressions',
      '# detlint-disable unused-suppression -- r',
      {
        suppressions: [],
        problems: [
          {
            line: 1,
            column: 19,
            code: 'detlint/suppression-not-suppressible',
            message:
              'detlint-disable cannot suppress unused-suppression: findings about suppressions are never ' +
              'suppressed (turn the check off in .detlint.yml instead).',
            checks: ['unused-suppression'],
            reason: 'r'
          }
        ]
      }
    ],
    [
      'a directive detlint does not have',
      '# detlint-enable noisy-indicator',
      {
        suppressions: [],
        problems: [
          {
            line: 1,
            column: 1,
            code: 'detlint/suppression-unknown-directive',
            message:
              'detlint-enable is not a detlint directive (expected detlint-disable or detlint-disable-next-line), ' +
              'so it suppresses nothing.',
            checks: [],
            reason: ''
          }
        ]
      }
    ],
    [
      'a typo of a directive',
      '# detlint-disable-line noisy-indicator -- r',
      {
        suppressions: [],
        problems: [
          {
            line: 1,
            column: 1,
            code: 'detlint/suppression-unknown-directive',
            message:
              'detlint-disable-line is not a detlint directive (expected detlint-disable or ' +
              'detlint-disable-next-line), so it suppresses nothing.',
            checks: [],
            reason: ''
          }
        ]
      }
    ],
    [
      'next line at the end of the file',
      'a: 1\n# detlint-disable-next-line noisy-indicator -- r\n# only a comment\n\n',
      {
        suppressions: [],
        problems: [
          {
            line: 2,
            column: 1,
            code: 'detlint/suppression-without-target',
            message:
              'detlint-disable-next-line noisy-indicator has no line after it to suppress (only blank lines ' +
              'and comments follow).',
            checks: ['noisy-indicator'],
            reason: 'r'
          }
        ]
      }
    ],
    ['a trailing comment is not read', "Image: 'x' # detlint-disable noisy-indicator -- r", none],
    ['prose mentioning detlint', '# detlint-compatible rule; see detlint-disable docs', none],
    ['no directive at all', 'title: x\n# a comment', none]
  ]
  it.each(cases)('%s', (_name, text, expected) => {
    expect(parseInlineSuppressions(text)).toEqual(expected)
  })
})

// ---------------------------------------------------------------------------------------
// In the engine

/** A Sigma rule whose only indicator (Image ends with cmd.exe) is on line 7 + extra lines above it. */
function cmdRule(
  id: string,
  title: string,
  comments: { top?: string[]; beforeImage?: string[] } = {}
): string {
  return [
    ...(comments.top ?? []),
    `title: ${title}`,
    `id: ${id}`,
    'tags: [attack.execution, attack.t1059.003]',
    'logsource: {product: windows, category: process_creation}',
    'detection:',
    '    selection:',
    ...(comments.beforeImage ?? []),
    "        Image|endswith: '\\cmd.exe'",
    '    condition: selection',
    'level: medium',
    ''
  ].join('\n')
}

function testSettings(config = ''): Settings {
  const base = defaultSettings()
  base.checks['noisy-indicator'].threshold = 2
  base.checks['missing-common-exclusion'].enabled = false
  // The fixtures are copies of one rule: duplicates by design.
  base.checks['duplicate-rule'].enabled = false
  return parseConfigText(config, '.detlint.yml', base)
}

describe('suppressions in a run', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'detlint-suppress-'))
    mkdirSync(path.join(dir, 'rules'))
    mkdirSync(path.join(dir, 'corpus'))
    // Two corpus rules give every rule's cmd.exe indicator a reach of 2 (the threshold).
    writeFileSync(path.join(dir, 'corpus', 'c1.yml'), cmdRule('c-1', 'Corpus One'))
    writeFileSync(path.join(dir, 'corpus', 'c2.yml'), cmdRule('c-2', 'Corpus Two'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const write = (name: string, text: string): void => writeFileSync(path.join(dir, 'rules', name), text)
  const run = (settings: Settings, targets = ['rules']) =>
    runCheck({ targets, corpus: ['corpus'], settings, root: dir })
  const brief = (fs: Array<{ check: string; path: string; line: number }>) =>
    fs.map(f => `${f.check} ${f.path}:${f.line}`)

  it('reports the finding when nothing suppresses it', () => {
    write('a.yml', cmdRule('a-1', 'Plain'))
    const { report } = run(testSettings())
    expect(brief(report.findings)).toEqual(['noisy-indicator rules/a.yml:7'])
    expect(report.summary.suppressed).toBe(0)
    expect(report.suppressed).toEqual([])
  })

  it('suppresses with a next-line comment: counted, listed with its reason, not failing', () => {
    write(
      'a.yml',
      cmdRule('a-1', 'Admin Tool', {
        beforeImage: ['        # detlint-disable-next-line noisy-indicator -- admin tool']
      })
    )
    const settings = testSettings('fail-on: warning')
    const { report } = run(settings)
    expect(report.findings).toEqual([])
    expect(report.summary).toMatchObject({ findings: 0, suppressed: 1, failed: false })
    expect(report.suppressed).toEqual([
      expect.objectContaining({
        check: 'noisy-indicator',
        path: 'rules/a.yml',
        line: 8,
        ruleId: 'a-1',
        reason: 'admin tool',
        source: 'inline',
        where: 'rules/a.yml:7'
      })
    ])
    const json = JSON.parse(renderJson(report))
    expect(json.summary.suppressed).toBe(1)
    expect(json.suppressed[0]).toMatchObject({
      reason: 'admin tool',
      source: 'inline',
      where: 'rules/a.yml:7'
    })
  })

  it('suppresses a whole rule, and only that rule of a multi-rule file', () => {
    const first = cmdRule('m-1', 'First', { top: ['# detlint-disable -- both checks accepted here'] })
    write('multi.yml', `${first}---\n${cmdRule('m-2', 'Second')}`)
    const { report } = run(testSettings())
    // Rule 2 starts on line 11 (the `---`), its indicator is on line 18.
    expect(brief(report.findings)).toEqual(['noisy-indicator rules/multi.yml:18'])
    expect(brief(report.suppressed)).toEqual(['noisy-indicator rules/multi.yml:8'])
  })

  it('suppresses by rule id and by path from the config file', () => {
    write('a.yml', cmdRule('5F0A4C4E-aaaa', 'By Id'))
    mkdirSync(path.join(dir, 'rules', 'hunting'))
    writeFileSync(path.join(dir, 'rules', 'hunting', 'h.yml'), cmdRule('h-1', 'Hunting'))
    write('b.yml', cmdRule('b-1', 'Kept'))
    const settings = testSettings(
      [
        'suppress:',
        '  - rule: 5f0a4c4e-AAAA',
        '    checks: [noisy-indicator]',
        '    reason: "Hunting rule; noise accepted"',
        '  - path: rules/hunting/**',
        '    reason: drafts'
      ].join('\n')
    )
    const { report } = run(settings)
    expect(brief(report.findings)).toEqual(['noisy-indicator rules/b.yml:7'])
    expect(report.suppressed.map(s => [s.path, s.source, s.where, s.reason])).toEqual([
      ['rules/a.yml', 'config', '.detlint.yml suppress[0]', 'Hunting rule; noise accepted'],
      ['rules/hunting/h.yml', 'config', '.detlint.yml suppress[1]', 'drafts']
    ])
    expect(report.summary.suppressed).toBe(2)
  })

  it('reports a config suppression that suppressed nothing, at its entry, only when its rule was checked', () => {
    write('a.yml', cmdRule('a-1', 'Clean Now').replace("'\\cmd.exe'", "'\\rare-tool.exe'"))
    write('b.yml', cmdRule('b-1', 'Other'))
    const config = [
      'fail-on: error',
      'suppress:',
      '  - rule: a-1',
      '    checks: noisy-indicator',
      '    reason: was noisy',
      '  - rule: not-in-this-run',
      '    reason: judged only when checked'
    ].join('\n')
    const { report } = run(testSettings(config))
    const unused = report.findings.filter(f => f.check === 'unused-suppression')
    expect(unused).toEqual([
      {
        check: 'unused-suppression',
        severity: 'notice',
        path: '.detlint.yml',
        line: 3,
        endLine: 3,
        column: 1,
        message:
          'suppress[0] (rule a-1; checks: noisy-indicator) suppressed nothing in this run, though it names rules ' +
          'that were checked: the findings it was written for are gone. Remove the entry, so it cannot hide a ' +
          'new finding later. (detlint/suppression-unused)',
        ruleId: 'a-1',
        ruleTitle: 'Clean Now',
        evidence: {
          kind: 'unused-suppression',
          code: 'detlint/suppression-unused',
          source: 'config',
          checks: ['noisy-indicator'],
          reason: 'was noisy'
        }
      }
    ])
    // Only b.yml's rule checked: suppress[0] names a rule outside the run, so it is not judged.
    const partial = run(testSettings(config), ['rules/b.yml'])
    expect(partial.report.findings.filter(f => f.check === 'unused-suppression')).toEqual([])
  })

  it('reports an inline suppression that suppressed nothing, unless its check did not run', () => {
    const rare = cmdRule('a-1', 'Clean', {
      beforeImage: ['        # detlint-disable-next-line noisy-indicator -- was noisy']
    }).replace("'\\cmd.exe'", "'\\rare-tool.exe'")
    write('a.yml', rare)
    const { report } = run(testSettings())
    expect(brief(report.findings)).toEqual(['unused-suppression rules/a.yml:7'])
    expect(report.findings[0]).toMatchObject({ column: 9, ruleId: 'a-1', ruleTitle: 'Clean' })
    expect(report.findings[0].message).toBe(
      'detlint-disable-next-line noisy-indicator suppressed nothing in this run, though noisy-indicator ran on ' +
        'this rule: the finding it was written for is gone. Remove the comment, so it cannot hide a new finding ' +
        'later. (detlint/suppression-unused)'
    )
    const off = testSettings('checks: {noisy-indicator: off}')
    expect(run(off).report.findings).toEqual([])
    const quiet = testSettings('checks: {unused-suppression: off}')
    expect(run(quiet).report.findings).toEqual([])
  })

  it('keeps the finding when the comment has no reason, and reports the comment', () => {
    write(
      'a.yml',
      cmdRule('a-1', 'No Reason', { beforeImage: ['        # detlint-disable-next-line noisy-indicator'] })
    )
    const { report } = run(testSettings())
    expect(brief(report.findings)).toEqual([
      'invalid-suppression rules/a.yml:7',
      'noisy-indicator rules/a.yml:8'
    ])
    expect(report.findings[0]).toMatchObject({
      severity: 'warning',
      column: 9,
      evidence: { kind: 'invalid-suppression', code: 'detlint/suppression-without-reason' }
    })
    expect(report.summary).toMatchObject({ suppressed: 0, warnings: 2 })
  })

  it('suppresses a parse error of a broken file by path, and never suppresses suppression findings', () => {
    write('broken.yml', 'title: Broken\n# detlint-disable typo -- r\ndetection: [\n')
    const settings = testSettings(
      'suppress: [{path: rules/broken.yml, reason: "known broken; fixed upstream"}]'
    )
    const { report } = run(settings)
    expect(brief(report.findings)).toEqual(['invalid-suppression rules/broken.yml:2'])
    expect(brief(report.suppressed)).toEqual(['parse-error rules/broken.yml:4'])
    expect(report.suppressed[0].reason).toBe('known broken; fixed upstream')
  })

  it('reads no comments in files that are not rules', () => {
    write('workflow.yml', 'name: ci\n# detlint-disable typo\non: push\n')
    const { report } = run(testSettings())
    expect(report.findings).toEqual([])
  })
})
