import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { COMMANDS, main } from '../src/commands.js'
import { allFlags, commandHelp, type CliIO } from '../src/cli/spec.js'
import { closest } from '../src/did-you-mean.js'
import { findConfigFile } from '../src/cli/settings.js'
import { progressReporter } from '../src/cli/progress.js'
import { defaultSettings } from '../src/config.js'
import { runCheck } from '../src/engine.js'
import { resolveSources } from '../src/files.js'

function cli(
  args: string[],
  cwd = process.cwd(),
  extra: Partial<CliIO> = {}
): { code: number; out: string; err: string } {
  let out = ''
  let err = ''
  const code = main(args, { stdout: t => void (out += t), stderr: t => void (err += t), cwd, ...extra })
  return { code, out, err }
}

const ESC = '\u001b'

/** A small Sigma rule of our own, numbered. */
function whoami(n: number): string {
  return [
    `title: Whoami ${n}`,
    `id: whoami-${n}`,
    'tags: [attack.discovery, attack.t1033]',
    'logsource: {product: windows, category: process_creation}',
    'detection:',
    '    selection:',
    "        Image|endswith: '\\whoami.exe'",
    '    condition: selection',
    ''
  ].join('\n')
}
const EXAMPLES = [
  'check',
  'examples/pull-request',
  '--baseline',
  'examples/corpus',
  '--config',
  'examples/detlint.yml',
  '--fail-on',
  'none'
]

describe('--help of every command', () => {
  it.each(COMMANDS.map(c => [c.name, c] as const))('%s lists each flag it parses', (name, spec) => {
    const { code, out } = cli([...name.split(' '), '--help'])
    expect(code).toBe(0)
    expect(out).toBe(commandHelp(spec))
    expect(out).toMatch(new RegExp(`^Usage: detlint ${name} `))
    for (const flag of allFlags(spec)) {
      expect([name, out.includes(`--${flag.name}`)]).toEqual([name, true])
      if (flag.short) expect(out).toContain(`-${flag.short}, --${flag.name}`)
      // The parser takes every flag the help lists.
      const probe = flag.value ? [`--${flag.name}`, 'x'] : [`--${flag.name}`]
      const parsed = cli([...name.split(' '), ...probe, '--help'])
      expect([name, flag.name, parsed.code]).toEqual([name, flag.name, 0])
    }
  })

  it('the main help lists every command', () => {
    const { out } = cli(['--help'])
    for (const c of COMMANDS) expect(out).toContain(`  ${c.name} `)
  })

  it('a group alone prints its subcommands and exits 2; with --help exits 0', () => {
    const bare = cli(['catalog'])
    expect(bare.code).toBe(2)
    expect(bare.out).toContain('Usage: detlint catalog build')
    expect(bare.out).toContain('Usage: detlint catalog show')
    expect(cli(['catalog', '--help']).code).toBe(0)
  })
})

describe('did you mean', () => {
  it('suggests the closest name only when it is close', () => {
    expect(closest('--basline', ['--baseline', '--catalog'])).toBe('--baseline')
    expect(closest('CHEK', ['parse', 'check'])).toBe('check')
    expect(closest('frobnicate', ['parse', 'check'])).toBeNull()
    expect(closest('x', ['parse', 'check'])).toBeNull()
  })

  it('for a flag value', () => {
    const { code, err } = cli([...EXAMPLES, '--format', 'jsno'])
    expect(code).toBe(2)
    expect(err).toContain(
      '--format: expected one of text, json, markdown, sarif, got "jsno" (did you mean "json"?)'
    )
  })
})

describe('colour', () => {
  const text = (extra: Partial<CliIO>, flags: string[] = []): string =>
    cli([...EXAMPLES, ...flags], process.cwd(), extra).out

  it('is on for a terminal, off for a pipe', () => {
    expect(text({ stdoutIsTTY: true })).toContain(`${ESC}[`)
    expect(text({ stdoutIsTTY: false })).not.toContain(ESC)
  })

  it('follows --color / --no-color first, then NO_COLOR and FORCE_COLOR', () => {
    expect(text({ stdoutIsTTY: false }, ['--color'])).toContain(`${ESC}[`)
    expect(text({ stdoutIsTTY: true }, ['--no-color'])).not.toContain(ESC)
    expect(text({ stdoutIsTTY: true, env: { NO_COLOR: '1' } })).not.toContain(ESC)
    expect(text({ stdoutIsTTY: true, env: { NO_COLOR: '' } })).toContain(`${ESC}[`)
    expect(text({ stdoutIsTTY: false, env: { FORCE_COLOR: '1' } })).toContain(`${ESC}[`)
    expect(text({ stdoutIsTTY: true, env: { FORCE_COLOR: '0' } })).not.toContain(ESC)
    expect(text({ stdoutIsTTY: false, env: { NO_COLOR: '1' } }, ['--color'])).toContain(`${ESC}[`)
  })

  it('the same words either way', () => {
    // eslint-disable-next-line no-control-regex
    const plain = text({ stdoutIsTTY: true }).replace(/\u001b\[\d+m/g, '')
    expect(plain).toBe(text({}))
  })

  it('never goes into --output or other formats', () => {
    expect(cli([...EXAMPLES, '--format', 'json', '--color']).out).not.toContain(ESC)
  })
})

describe('--quiet', () => {
  it('shows errors only, and the summary still counts everything', () => {
    const all = JSON.parse(cli([...EXAMPLES, '--format', 'json']).out)
    const quiet = JSON.parse(cli([...EXAMPLES, '--format', 'json', '--quiet']).out)
    const severities = (r: { findings: Array<{ severity: string }> }): string[] =>
      [...new Set(r.findings.map(f => f.severity))].sort()
    expect(severities(all)).toEqual(['error', 'notice', 'warning'].filter(s => severities(all).includes(s)))
    expect(severities(all).length).toBeGreaterThan(1)
    expect(severities(quiet)).toEqual(['error'])
    expect(quiet.findings).toHaveLength(all.summary.errors)
    expect(quiet.summary).toEqual(all.summary)
    const text = cli([...EXAMPLES, '-q']).out
    expect(text).not.toMatch(/ {2}warning {2}/)
    expect(text).toMatch(/ {2}error {4}/)
  })
})

describe('--output creates its folder', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'detlint-out-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('writes the report below a new folder', () => {
    const file = path.join(dir, 'reports', 'deep', 'detlint.sarif')
    const { code } = cli([...EXAMPLES, '--format', 'sarif', '--output', file])
    expect(code).toBe(0)
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe('2.1.0')
  })
})

describe('.detlint.yml discovery', () => {
  let repo: string
  const rule = whoami(1)
  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'detlint-discover-'))
    mkdirSync(path.join(repo, '.git'))
    mkdirSync(path.join(repo, 'rules', 'windows'), { recursive: true })
    mkdirSync(path.join(repo, 'corpus'))
    writeFileSync(path.join(repo, 'rules', 'windows', 'r.yml'), rule)
    writeFileSync(path.join(repo, 'corpus', 'c.yml'), whoami(2))
    writeFileSync(
      path.join(repo, '.detlint.yaml'),
      'baseline: [corpus]\nchecks: {technique-missing: off, duplicate-rule: off, noisy-indicator: {threshold: 1, severity: error}}\n'
    )
  })
  afterAll(() => rmSync(repo, { recursive: true, force: true }))

  it('finds the config in a parent folder, up to the folder holding .git', () => {
    expect(findConfigFile(path.join(repo, 'rules', 'windows'))).toBe(path.join(repo, '.detlint.yaml'))
    expect(findConfigFile(repo)).toBe(path.join(repo, '.detlint.yaml'))
    // Above the repository: not looked for beyond the .git folder.
    const inner = path.join(repo, 'rules', 'nested')
    mkdirSync(path.join(inner, '.git'), { recursive: true })
    expect(findConfigFile(inner)).toBeNull()
  })

  it('prefers .detlint.yml in the same folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'detlint-both-'))
    writeFileSync(path.join(dir, '.detlint.yml'), '')
    writeFileSync(path.join(dir, '.detlint.yaml'), '')
    mkdirSync(path.join(dir, '.git'))
    expect(findConfigFile(dir)).toBe(path.join(dir, '.detlint.yml'))
    rmSync(dir, { recursive: true, force: true })
  })

  it('check from a subfolder uses it, with its baseline resolved from the config folder', () => {
    const { code, out } = cli(['check', '.', '--format', 'json'], path.join(repo, 'rules', 'windows'))
    const report = JSON.parse(out)
    expect(report.summary.catalogRules).toBe(2)
    expect(report.findings.map((f: { check: string }) => f.check)).toEqual(['noisy-indicator'])
    expect(code).toBe(1)
  })
})

describe('a closed pipe', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'detlint-pipe-'))
    // Enough output (well over a pipe's 64 KiB) that the reader is gone before it is written.
    for (let i = 0; i < 300; i++) writeFileSync(path.join(dir, `r${i}.yml`), whoami(i))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.each([
    ['check', '--format', 'json', '--fail-on', 'none'],
    ['parse', '--format', 'json']
  ])('`node dist/cli.cjs %s … | head -1` ends without a stack trace', (command, ...flags) => {
    const cli = path.resolve('dist/cli.cjs')
    const run = spawnSync('sh', ['-c', `node "${cli}" ${command} . ${flags.join(' ')} | head -1`], {
      cwd: dir,
      encoding: 'utf8'
    })
    expect(run.stdout).toBe('{\n')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})

describe('progress on standard error', () => {
  const io = (tty: boolean): CliIO & { err: string[] } => {
    const err: string[] = []
    return { stdout: () => {}, stderr: t => void err.push(t), cwd: '.', stderrIsTTY: tty, err }
  }

  it('shows files read of total on a terminal after the delay, at most once per interval, and erases itself', () => {
    let t = 0
    const sink = io(true)
    const p = progressReporter(sink, { label: 'reading files', now: () => t, delayMs: 500, intervalMs: 100 })
    p.update(1, 2500) // before the delay: nothing
    t = 600
    p.update(10, 2500)
    t = 650
    p.update(11, 2500) // within the interval: skipped
    t = 800
    p.update(2500, 2500)
    p.end()
    expect(sink.err).toEqual([
      '\r\u001b[2Kdetlint: reading files 10 of 2,500',
      '\r\u001b[2Kdetlint: reading files 2,500 of 2,500',
      '\r\u001b[2K'
    ])
  })

  it('writes nothing when standard error is not a terminal, or when turned off', () => {
    for (const [tty, disabled] of [
      [false, false],
      [true, true]
    ]) {
      const sink = io(tty)
      const p = progressReporter(sink, { label: 'x', now: () => 10_000, delayMs: 0, disabled })
      p.update(1, 1)
      p.end()
      expect(sink.err).toEqual([])
    }
  })

  it('the engine reports each file read once, of the total of the run', () => {
    const seen: Array<[number, number]> = []
    const outcome = runCheck({
      targets: ['examples/pull-request'],
      corpus: ['examples/pull-request', 'examples/corpus'],
      settings: defaultSettings(),
      root: process.cwd(),
      progress: (read, total) => void seen.push([read, total])
    })
    const total = resolveSources(['examples/pull-request', 'examples/corpus'], process.cwd()).files.length
    expect(total).toBeGreaterThan(outcome.report.summary.filesChecked)
    expect(seen.map(([read]) => read)).toEqual(Array.from({ length: total }, (_, i) => i + 1))
    expect(new Set(seen.map(([, t]) => t))).toEqual(new Set([total]))
  })
})

describe('catalog show --format json', () => {
  it('prints the page as data, the same page the text shows', () => {
    const args = ['catalog', 'show', 'T1218.011', '--baseline', 'examples/corpus']
    const { code, out } = cli([...args, '--format', 'json'])
    expect(code).toBe(0)
    const page = JSON.parse(out)
    expect(page).toMatchObject({ technique: 'T1218.011', requested: 'T1218.011' })
    expect(page.rules).toBeGreaterThan(3)
    const text = cli(args).out
    const titles = page.ruleGroups.flatMap((g: { rows: Array<{ title: string }> }) =>
      g.rows.map(r => r.title)
    )
    expect(titles.length).toBeGreaterThan(3)
    for (const title of titles) expect(text).toContain(title)
    expect(cli([...args, '--format', 'json']).out).toBe(out)
  })
})

describe('the bundled CLI validates config as the source does', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'detlint-dist-config-'))
    writeFileSync(
      path.join(dir, 'r.yml'),
      'title: t\nlogsource: {product: windows}\ndetection: {s: {Image: a.exe}, condition: s}\n'
    )
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.each([
    'checks: {noisy-indicator: {treshold: 3}}',
    'checks: {noisy-indicator: {threshold: 0}}',
    'suppress: [{checks: [parse-error], reason: x}]',
    'fail-on: warnin',
    'checks: {noisy-indicator: {threshold: 2}}'
  ])('%j', text => {
    writeFileSync(path.join(dir, 'c.yml'), text)
    const args = ['check', 'r.yml', '--config', 'c.yml', '--format', 'json']
    const bundled = spawnSync(process.execPath, [path.resolve('dist/cli.cjs'), ...args], {
      cwd: dir,
      encoding: 'utf8'
    })
    const source = cli(args, dir)
    expect([bundled.status, bundled.stderr, bundled.stdout]).toEqual([source.code, source.err, source.out])
  })
})
