import { describe, expect, it } from '@jest/globals'
import { summarize, type Finding, type Report } from '../../src/findings.js'
import {
  COMMENT_MARKER,
  DEFAULT_COMMENT_MAX_LENGTH,
  SUMMARY_MAX_BYTES,
  codeSpan,
  escapeMarkdown,
  renderComment,
  renderSummary
} from '../../src/report/markdown.js'
import { FIXTURE_FINDINGS, emptyReport, fixtureReport, manyFindingsReport } from '../fixtures/report.js'
import { cells } from '../helpers/markdown.js'

const ZWJ = '\u200d'

/** Drops code spans (whose content GitHub shows literally: no mentions, no HTML there). */
function withoutCodeSpans(markdown: string): string {
  return markdown.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '')
}

/** The tags detlint writes itself. */
const OWN_TAGS = /<!-- detlint:report -->|<\/?details>|<\/?summary>|<\/?sub>/g

/** The rows of the findings tables: `| file | line | check | message |`. */
function findingRows(markdown: string): string[] {
  return markdown.split('\n').filter(l => /^\| \[?`[^`]*`\]?(\([^)\s]*\))? \| \d+(–\d+)? \| /.test(l))
}

/** `2 warnings and 3 notices` of the findings a comment left out: the least severe first. */
function omittedCounts(all: readonly Finding[], shownRows: number): string {
  const order = { error: 0, warning: 1, notice: 2 }
  const left = [...all].sort((a, b) => order[a.severity] - order[b.severity]).slice(shownRows)
  const parts = (['error', 'warning', 'notice'] as const)
    .map(sev => [sev, left.filter(f => f.severity === sev).length] as const)
    .filter(([, n]) => n > 0)
    .map(([sev, n]) => `${n.toLocaleString('en-US')} ${sev}${n === 1 ? '' : 's'}`)
  return parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

describe('escapeMarkdown', () => {
  it.each([
    ['@octocat', `@${ZWJ}octocat`],
    ['cc @github/security-team', `cc @${ZWJ}github/security-team`],
    ['mail me@example.com', `mail me@${ZWJ}example.com`],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['<script>x</script>', '&lt;script&gt;x&lt;/script&gt;'],
    ['AT&T &lt;b&gt;', 'AT&amp;T &amp;lt;b&amp;gt;'],
    ['a|b', 'a\\|b'],
    ['line1\nline2\r\n\r\n  line3', 'line1 line2 line3'],
    ['**bold** _it_ ~~gone~~', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~'],
    ['`whoami`', '\\`whoami\\`'],
    ['[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert\\(1\\)\\)'],
    ['![img](x.png)', '!\\[img\\]\\(x.png\\)'],
    ['# heading', '\\# heading'],
    ['fixes #12 and GH#3', `fixes \\#${ZWJ}12 and GH\\#${ZWJ}3`],
    ['> quote', '&gt; quote'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['=== setext', '\\=== setext'],
    ['1. first', '1\\. first'],
    ['  42. indented', '  42\\. indented'],
    ['version 1.5', 'version 1.5'],
    ['C:\\Windows\\System32\\cmd.exe', 'C:\\\\Windows\\\\System32\\\\cmd.exe'],
    ['\\\\host\\ADMIN$ and $x$', '\\\\\\\\host\\\\ADMIN\\$ and \\$x\\$'],
    ['see https://evil.example/a_b', 'see https&#58;//evil.example/a\\_b'],
    ['www.evil.example', 'www&#46;evil.example'],
    ['\u001b[31mred', '\uFFFD\\[31mred'],
    ['\u202eevil', '\uFFFDevil'],
    ['tab\there', 'tab here'],
    ['Plain Title', 'Plain Title']
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected)
  })

  it('leaves no mention, no HTML, no line break', () => {
    const hostile = '@octocat\n<img src=x onerror=alert(1)>\r\n@github/team <b>x</b> a@b'
    const out = escapeMarkdown(hostile)
    expect(out).not.toMatch(/@[A-Za-z0-9]/)
    expect(out).not.toContain('<')
    expect(out).not.toContain('>')
    expect(out).not.toMatch(/[\r\n]/)
  })
})

describe('codeSpan', () => {
  it.each([
    ['cmd.exe', '`cmd.exe`'],
    ['a`b', '``a`b``'],
    ['`x`', '`` `x` ``'],
    ['a``b`c', '```a``b`c```'],
    ['a|b', '`a\\|b`'],
    ['x\ny\r\nz', '`x y z`'],
    [' padded ', '`  padded  `'],
    [' left', '` left`'],
    ['   ', '`   `'],
    ['', '` `'],
    ['<img src=x onerror=alert(1)> @octocat', '`<img src=x onerror=alert(1)> @octocat`'],
    ['\u001b[2J', '`\uFFFD[2J`']
  ])('%j → %j', (input, expected) => {
    expect(codeSpan(input)).toBe(expected)
  })

  it('keeps `|` as it is outside tables', () => {
    expect(codeSpan('a|b', { table: false })).toBe('`a|b`')
  })

  it('never lets a backtick run close the span early', () => {
    for (const input of ['`', '``', 'a```b', '`a`b`', '````']) {
      const out = codeSpan(input)
      const fence = /^`+/.exec(out)?.[0] ?? ''
      const inner = out.slice(fence.length, out.length - fence.length)
      expect(out.endsWith(fence)).toBe(true)
      for (const run of inner.match(/`+/g) ?? []) expect(run.length).not.toBe(fence.length)
    }
  })
})

describe('table cells with hostile text', () => {
  const hostile = ['a|b', '`a|b`', 'x\\|y', '@octocat | <b>', 'new\nline | more', '```|```', '\\']

  it('escapeMarkdown keeps one cell per value', () => {
    const row = `| ${hostile.map(escapeMarkdown).join(' | ')} |`
    expect(row).not.toContain('\n')
    expect(cells(row)).toHaveLength(hostile.length)
  })

  it('codeSpan keeps one cell per value', () => {
    const row = `| ${hostile.map(h => codeSpan(h)).join(' | ')} |`
    expect(row).not.toContain('\n')
    expect(cells(row)).toHaveLength(hostile.length)
  })

  it('every table row of the comment has as many cells as its header', () => {
    const lines = renderComment(fixtureReport()).split('\n')
    let width = 0
    let rows = 0
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith('|')) {
        width = 0
        continue
      }
      if (width === 0) width = cells(lines[i]).length
      else {
        expect(cells(lines[i])).toHaveLength(width)
        rows++
      }
    }
    // Three findings tables (errors, warnings, notices; with separator rows) and the summary table.
    expect(rows).toBe(FIXTURE_FINDINGS.length + 4 + 1)
  })
})

describe('renderComment', () => {
  it('starts with the marker, then the heading', () => {
    const out = renderComment(fixtureReport())
    expect(out.startsWith(`${COMMENT_MARKER}\n## detlint\n`)).toBe(true)
  })

  it('shows rule text escaped: no mention, no HTML but ours', () => {
    const out = withoutCodeSpans(renderComment(fixtureReport()))
    expect(out).not.toMatch(/@[A-Za-z0-9]/)
    expect(out.replace(OWN_TAGS, '')).not.toContain('<')
    expect(out).not.toContain('\u001b')
    expect(out).toContain(`@${ZWJ}octocat`)
    expect(out).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;')
  })

  it('leads with errors, then warnings, then notices; each by path and line', () => {
    const out = renderComment(fixtureReport())
    const headings = out.split('\n').filter(l => l.startsWith('### '))
    expect(headings).toEqual(['### ❌ Errors (1)', '### ⚠️ Warnings (3)', '### ℹ️ Notices (2)'])
    const where = findingRows(out).map(r => `${cells(r)[0].trim().slice(7, 12)} ${cells(r)[1].trim()}`)
    expect(where).toEqual(['linux 31', 'linux 8–10', 'windo 14', 'windo 16', 'linux 12', 'windo 9'])
  })

  it('links each file at the head commit, each check to its documentation, each technique to ATT&CK', () => {
    const blobBase = 'https://github.com/o/r/blob/0123abc/'
    const out = renderComment(fixtureReport(), { links: { blobBase } })
    expect(out).toContain(
      '| [`rules/linux/auditd/lnx_susp_shell copy #1.yml`](https://github.com/o/r/blob/0123abc/rules/linux/auditd/lnx_susp_shell%20copy%20%231.yml#L31) | 31 |'
    )
    expect(out).toContain(
      '[noisy-indicator](https://github.com/detlint/detlint/blob/main/README.md#check-noisy-indicator)'
    )
    expect(out).toContain('Peers: [T1059.003](https://attack.mitre.org/techniques/T1059/003/) rules')
    // Without a head commit, the file is plain text.
    expect(renderComment(fixtureReport())).toContain(
      '| `rules/linux/auditd/lnx_susp_shell copy #1.yml` | 31 |'
    )
  })

  it('links a peer rule to its source when its corpus came from GitHub', () => {
    const report = fixtureReport()
    const f = report.findings.find(x => x.evidence.kind === 'noisy-indicator')
    if (f?.evidence.kind !== 'noisy-indicator') throw new Error('fixture')
    f.evidence.examples[0].sourceUrl = 'https://github.com/SigmaHQ/sigma/blob/abc/rules/a.yml'
    expect(renderComment(report)).toMatch(
      /\[[^\]]+\]\(https:\/\/github\.com\/SigmaHQ\/sigma\/blob\/abc\/rules\/a\.yml\)/
    )
  })

  it('links a peer rule of a named public corpus to GitHub at the pinned commit', () => {
    const report = fixtureReport()
    const f = report.findings.find(x => x.evidence.kind === 'noisy-indicator')
    if (f?.evidence.kind !== 'noisy-indicator') throw new Error('fixture')
    const sha = 'a'.repeat(40)
    f.evidence.examples[0].path = `SigmaHQ/sigma@${sha}/rules/windows/b c.yml`
    expect(renderComment(report)).toContain(
      `](https://github.com/SigmaHQ/sigma/blob/${sha}/rules/windows/b%20c.yml)`
    )
    // A repository's own rule (no corpus prefix) is not linked.
    f.evidence.examples[0].path = 'rules/windows/b.yml'
    expect(renderComment(report)).not.toContain('rules/windows/b.yml)')
  })

  it('gives the evidence numbers and example titles', () => {
    const out = renderComment(fixtureReport())
    expect(out).toContain('Reach: 412 of 3,120 catalog rules (threshold 20)')
    expect(out).toContain('Support: 18 of 24 peers (75%)')
    expect(out).toContain(
      'Peers: [T1059.003](https://attack.mitre.org/techniques/T1059/003/) rules on `windows/process_creation`'
    )
    expect(out).toContain('Peers: rules without a technique tag on `linux/process_creation`')
    expect(out).toContain('Code: `sigma/yaml-syntax` at column 3')
    expect(out).toContain('Examples: Installer Spawns Shell · Shell From Office')
    expect(out).toContain('and 409 more')
  })

  it('says all clear for an empty report', () => {
    const out = renderComment(emptyReport())
    expect(out.startsWith(COMMENT_MARKER)).toBe(true)
    expect(out).toContain('✅ **All clear**: no findings in 5 rules.')
    expect(out).not.toContain('<details>')
    expect(out).not.toContain('###')
  })

  it('says findings that do not fail the check are only a warning', () => {
    const findings = FIXTURE_FINDINGS.filter(f => f.severity !== 'error')
    const report: Report = {
      findings: [...findings],
      summary: summarize([...findings], { filesChecked: 2, rulesChecked: 3, catalogRules: 10 }, 'error')
    }
    expect(renderComment(report)).toContain(
      '⚠️ **5 findings** (0 errors, 3 warnings, 2 notices); none is at or above `error`, so they do not fail this check.'
    )
    report.summary.failOn = 'none'
    expect(renderComment(report)).toContain('`fail-on` is `none`')
  })

  it('escapes the title and links only http(s) run URLs', () => {
    const report = fixtureReport()
    expect(renderComment(report, { title: 'Lint @octocat <b>' })).toContain(
      `## Lint @${ZWJ}octocat &lt;b&gt;\n`
    )
    expect(renderComment(report, { runUrl: 'javascript:alert(1)' })).not.toContain('javascript')
    expect(renderComment(report, { runUrl: 'https://x.test/run (1)' })).not.toContain('x.test')
    expect(renderComment(report, { runUrl: 'https://x.test/a(1)' })).toContain('(https://x.test/a%281%29)')
  })

  it('stays under maxLength with 3,000 findings, keeps errors and warnings, and says what it left out', () => {
    const report = manyFindingsReport(3000)
    const out = renderComment(report)
    expect(out.length).toBeLessThanOrEqual(DEFAULT_COMMENT_MAX_LENGTH)
    expect(out.startsWith(COMMENT_MARKER)).toBe(true)
    const shown = findingRows(out).length
    expect(shown).toBeGreaterThan(10)
    expect(out).toContain(
      `> ${omittedCounts(report.findings, shown)} of 3,000 findings are left out of this comment`
    )
    expect(out).toContain('job summary and the JSON report of this run list them all')
    // Whole files only until the cut: the last section shown ends its <details>.
    expect(out.split('<details>').length).toBe(out.split('</details>').length)
  })

  it('honours a smaller maxLength, and an absurd one', () => {
    const report = manyFindingsReport(3000)
    const out = renderComment(report, { maxLength: 10_000 })
    expect(out.length).toBeLessThanOrEqual(10_000)
    expect(findingRows(out).length).toBeGreaterThan(0)
    const tiny = renderComment(report, { maxLength: 100 })
    expect(tiny.length).toBeLessThanOrEqual(100)
    expect(tiny.startsWith(COMMENT_MARKER)).toBe(true)
  })

  it('uses the space it has: one finding more would not fit', () => {
    const report = manyFindingsReport(300)
    for (const maxLength of [5_000, 20_000, 40_000]) {
      const out = renderComment(report, { maxLength })
      const shown = findingRows(out).length
      const bigger = renderComment({ ...report, findings: report.findings }, { maxLength: maxLength * 2 })
      expect(findingRows(bigger).length).toBeGreaterThan(shown)
      expect(out.length).toBeLessThanOrEqual(maxLength)
      expect(out.length).toBeGreaterThan(maxLength - 2_000)
    }
  })

  it('is not truncated when it fits', () => {
    const out = renderComment(fixtureReport())
    expect(out).not.toContain('[!NOTE]')
    expect(findingRows(out)).toHaveLength(FIXTURE_FINDINGS.length)
  })
})

describe('renderSummary', () => {
  it('is the comment without the marker', () => {
    const report = fixtureReport()
    const summary = renderSummary(report)
    expect(summary.startsWith('## detlint\n')).toBe(true)
    expect(summary).not.toContain(COMMENT_MARKER)
    expect(`${COMMENT_MARKER}\n${summary}`).toBe(renderComment(report))
  })

  it('keeps findings the comment leaves out', () => {
    const report = manyFindingsReport(600)
    expect(findingRows(renderSummary(report))).toHaveLength(600)
    expect(findingRows(renderComment(report)).length).toBeLessThan(600)
  })

  it('caps at 1 MiB with a note', () => {
    const report = manyFindingsReport(3000)
    const out = renderSummary(report)
    expect(Buffer.byteLength(out, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    const shown = findingRows(out).length
    expect(shown).toBeLessThan(3000)
    expect(out).toContain(
      `> ${omittedCounts(report.findings, shown)} of 3,000 findings are left out of this summary`
    )
    expect(out).toContain('JSON and SARIF reports of this run list them all')
  })
})
