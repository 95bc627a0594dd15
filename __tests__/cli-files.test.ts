/**
 * `detlint check` and `detlint parse` on the files users actually have: arguments that
 * yield no rule file, files that are not rules, files that cannot be read, the size limit,
 * encodings, and output paths. Every case in a temporary folder of rules we write.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { main } from '../src/commands.js'
import { BARE_RULE, baseRule } from './fixtures/sigma-rules.js'
import { elasticRule } from './elastic/fixtures.js'
import { CLI } from './e2e/run-action.js'

let root: string

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = ''
  let err = ''
  const code = main(args, { stdout: t => void (out += t), stderr: t => void (err += t), cwd: root })
  return { code, out, err }
}

function write(rel: string, text: string | Buffer): void {
  const file = path.join(root, rel)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

interface JsonReport {
  findings: Array<{
    check: string
    path: string
    line: number
    column: number
    message: string
    evidence: { code?: string }
  }>
  summary: { filesChecked: number; rulesChecked: number; catalogRules: number }
  skipped: Array<{ path: string; reason: string }>
}

function checkJson(...args: string[]): { code: number; report: JsonReport; err: string } {
  const { code, out, err } = cli(['check', ...args, '--format', 'json', '--fail-on', 'none'])
  if (code !== 0) throw new Error(`exit ${code}: ${err}`)
  return { code, report: JSON.parse(out) as JsonReport, err }
}

const posixOnly = process.platform === 'win32' ? it.skip : it

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'detlint-cli-files-'))
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('never green on nothing', () => {
  it('a glob that matches nothing is a usage error naming it, for check and parse', () => {
    write('rules/a.yml', BARE_RULE)
    for (const command of ['check', 'parse']) {
      const r = cli([command, 'rulez/**/*.yml'])
      expect([command, r.code]).toEqual([command, 2])
      expect(r.err).toContain('"rulez/**/*.yml" yields no rule file')
      expect(r.out).toBe('')
    }
  })

  it('a folder of YAML that is not rules is a usage error too', () => {
    write('docs/mkdocs.yml', 'site_name: x\n')
    const r = cli(['check', 'docs'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^detlint: check: "docs" yields no rule file/)
  })

  it('a --baseline glob that yields nothing is an error naming the flag and the glob', () => {
    write('rules/a.yml', BARE_RULE)
    write('corpus/a.yml', baseRule('a'))
    const r = cli(['check', 'rules', '--baseline', 'corpus/**/*.toml'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('--baseline: "corpus/**/*.toml" yields no rule file')
  })

  it('a config baseline entry that matches nothing is an error, as the flag is, naming key and value', () => {
    write('rules/a.yml', BARE_RULE)
    write('.detlint.yml', 'baseline: [corpus]\n')
    const missing = cli(['check', 'rules'])
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('baseline (config): no such file or folder: "corpus"')
    write('.detlint.yml', "baseline: ['corpus/**/*.yml']\n")
    const empty = cli(['check', 'rules'])
    expect(empty.code).toBe(2)
    expect(empty.err).toContain('baseline (config): "corpus/**/*.yml" yields no rule file')
  })

  it('files that are not rules are counted, listed with the reason in JSON and with --verbose', () => {
    write('rules/a.yml', BARE_RULE)
    write('rules/macros/m.yml', 'definition: x\n')
    write('rules/pyproject.toml', '[tool.x]\na = 1\n')
    const text = cli(['check', 'rules', '--fail-on', 'none'])
    expect(text.code).toBe(0)
    expect(text.out).toMatch(/in 1 rule; catalog of 1 rule; skipped 2 files that are not rules\n$/)
    expect(text.out).not.toContain('rules/pyproject.toml')
    const verbose = cli(['check', 'rules', '--fail-on', 'none', '--verbose'])
    expect(verbose.out).toContain('rules/pyproject.toml  skipped  TOML without an Elastic [rule] table')
    const { report } = checkJson('rules')
    expect(report.skipped).toEqual([
      {
        path: 'rules/macros/m.yml',
        reason:
          'YAML that is neither a Sigma rule (no top-level detection, logsource or correlation) nor a Splunk detection (no search)'
      },
      { path: 'rules/pyproject.toml', reason: 'TOML without an Elastic [rule] table' }
    ])
    expect(report.summary.filesChecked).toBe(3)
    const parsed = JSON.parse(cli(['parse', 'rules', '--format', 'json']).out) as JsonReport
    expect(parsed.skipped.map(s => s.path)).toEqual(['rules/macros/m.yml', 'rules/pyproject.toml'])
    expect(cli(['parse', 'rules']).out).toMatch(/skipped 2 files that are not rules\n$/)
    expect(cli(['parse', 'rules', '--verbose']).out).toContain(
      'rules/pyproject.toml  skipped  TOML without an Elastic [rule] table\n'
    )
  })
})

describe('default targets', () => {
  it('check . reads all three formats and skips dot folders, node_modules and .gitignore', () => {
    mkdirSync(path.join(root, '.git'))
    write('.gitignore', 'scratch/\n')
    write('rules/sigma.yml', BARE_RULE)
    write('rules/elastic.toml', elasticRule())
    write('.github/workflows/ci.yml', 'on: push\n')
    write('.corpus/sigma/rules/a.yml', baseRule('a'))
    write('node_modules/pkg/rule.yml', baseRule('b'))
    write('scratch/rule.yml', baseRule('c'))
    const { report } = checkJson('.')
    expect(report.summary).toMatchObject({ filesChecked: 2, rulesChecked: 2, catalogRules: 2 })
    expect(report.skipped).toEqual([])
  })

  it('baseline files are never targets, even under a target folder', () => {
    write('rules/mine.yml', BARE_RULE)
    write('rules/vendor/a.yml', baseRule('a'))
    write('rules/vendor/b.yml', baseRule('b'))
    const { report } = checkJson('rules', '--baseline', 'rules/vendor')
    expect(report.summary).toMatchObject({ filesChecked: 1, rulesChecked: 1, catalogRules: 3 })
  })

  it('a literal path with brackets is that file, not a glob', () => {
    write('rules/[draft] rule.yml', BARE_RULE)
    write('rules/d.yml', baseRule('d'))
    const { report } = checkJson('rules/[draft] rule.yml')
    expect(report.summary).toMatchObject({ filesChecked: 1, rulesChecked: 1 })
  })
})

describe('files that look like rules but are hard to read', () => {
  it('reads a YAML rule whose every line is indented, with a notice on its first line', () => {
    write('rules/indented.yml', '# comment\n' + BARE_RULE.replace(/^(?=.)/gm, '  '))
    const { report } = checkJson('rules')
    expect(report.summary.rulesChecked).toBe(1)
    const notice = report.findings.find(f => f.evidence.code === 'file/indented')
    expect(notice).toMatchObject({ check: 'parse-error', line: 2, column: 3 })
  })

  it.each([
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BARE_RULE, 'utf16le')])],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(BARE_RULE, 'utf16le').swap16()])]
  ])('reads a %s rule with a byte order mark', (_name, bytes) => {
    write('rules/wide.yml', bytes)
    const { report } = checkJson('rules')
    expect(report.summary.rulesChecked).toBe(1)
    expect(report.findings.filter(f => f.check === 'parse-error')).toEqual([])
  })

  it('reports invalid UTF-8 on the line of the first bad byte, and still reads the rule', () => {
    const bytes = Buffer.from(BARE_RULE.replace('Any rundll32 process.', 'Any rundll32 process \u0000.'))
    bytes[bytes.indexOf(0)] = 0xff
    write('rules/latin1.yml', bytes)
    const { report } = checkJson('rules')
    expect(report.summary.rulesChecked).toBe(1)
    expect(report.findings.find(f => f.evidence.code === 'file/invalid-utf8')).toMatchObject({
      check: 'parse-error',
      line: 4,
      column: 35
    })
  })
})

describe('files that are not regular, too large, or links', () => {
  posixOnly('an explicit FIFO is a finding, read without hanging', () => {
    write('rules/a.yml', BARE_RULE)
    const fifo = path.join(root, 'rules/pipe.yml')
    try {
      execFileSync('mkfifo', [fifo])
    } catch {
      return // no mkfifo here
    }
    const started = Date.now()
    const r = cli(['check', 'rules/pipe.yml', 'rules/a.yml', '--format', 'json', '--fail-on', 'error'])
    expect(Date.now() - started).toBeLessThan(10000)
    expect(r.code).toBe(1)
    const report = JSON.parse(r.out) as JsonReport
    expect(report.findings.find(f => f.path === 'rules/pipe.yml')).toMatchObject({
      check: 'parse-error',
      message: 'a FIFO (named pipe), not a regular file: not read (io/not-regular)'
    })
  })

  posixOnly('a link to /dev/zero is a finding, and nothing is read from it', () => {
    if (!existsSync('/dev/zero')) return
    write('rules/a.yml', BARE_RULE)
    symlinkSync('/dev/zero', path.join(root, 'rules/zero.yml'))
    const { report } = checkJson('rules')
    expect(report.findings.find(f => f.path === 'rules/zero.yml')?.evidence.code).toBe('io/not-regular')
    expect(report.summary.rulesChecked).toBe(1)
  })

  posixOnly('broken and looping links are named as such; a symlinked rule is read', () => {
    write('store/real.yml', BARE_RULE)
    mkdirSync(path.join(root, 'rules'))
    symlinkSync(path.join(root, 'store/real.yml'), path.join(root, 'rules/linked.yml'))
    symlinkSync(path.join(root, 'store/gone.yml'), path.join(root, 'rules/broken.yml'))
    symlinkSync(path.join(root, 'rules'), path.join(root, 'rules/loop'))
    const { report } = checkJson('rules')
    expect(report.summary.rulesChecked).toBe(1)
    const codes = report.findings.filter(f => f.check === 'parse-error').map(f => [f.path, f.evidence.code])
    expect(codes).toEqual([
      ['rules/broken.yml', 'io/broken-symlink'],
      ['rules/loop', 'io/symlink-loop']
    ])
  })

  posixOnly('an unreadable folder is a finding on that folder, and the others are still read', () => {
    write('rules/ok/a.yml', BARE_RULE)
    write('rules/locked/b.yml', baseRule('b'))
    chmodSync(path.join(root, 'rules/locked'), 0o000)
    try {
      let out: string
      if (process.getuid?.() === 0) {
        // root reads any folder: run the bundled CLI as nobody, where setpriv exists.
        if (!existsSync('/usr/bin/setpriv')) return
        chmodSync(root, 0o755)
        chmodSync(path.join(root, 'rules'), 0o755)
        chmodSync(path.join(root, 'rules/ok'), 0o755)
        out = execFileSync(
          '/usr/bin/setpriv',
          [
            '--reuid=65534',
            '--regid=65534',
            '--clear-groups',
            process.execPath,
            CLI,
            'check',
            'rules',
            '--format',
            'json',
            '--fail-on',
            'none'
          ],
          { cwd: root, encoding: 'utf8' }
        )
      } else {
        const r = cli(['check', 'rules', '--format', 'json', '--fail-on', 'none'])
        expect(r.code).toBe(0)
        out = r.out
      }
      const report = JSON.parse(out) as JsonReport
      expect(report.summary.rulesChecked).toBe(1)
      expect(report.findings.filter(f => f.check === 'parse-error').map(f => [f.path, f.message])).toEqual([
        ['rules/locked', 'cannot read this folder: permission denied (io/unreadable-folder)']
      ])
    } finally {
      chmodSync(path.join(root, 'rules/locked'), 0o755)
    }
  })

  it('a file over --max-file-size (or the config key) is one finding, not read', () => {
    write('rules/a.yml', BARE_RULE)
    write('rules/big.yml', BARE_RULE + `# ${'x'.repeat(4096)}\n`)
    const flag = checkJson('rules', '--max-file-size', '4kB').report
    expect(flag.findings.find(f => f.path === 'rules/big.yml')).toMatchObject({
      check: 'parse-error',
      message: expect.stringMatching(
        /^\d+ bytes, more than the size limit of 4 kB \(max-file-size\): not read/
      )
    })
    expect(flag.summary.rulesChecked).toBe(1)
    write('.detlint.yml', 'max-file-size: 4096\n')
    expect(checkJson('rules').report.findings.some(f => f.evidence.code === 'io/too-large')).toBe(true)
    write('.detlint.yml', 'max-file-size: 1MB\n')
    expect(checkJson('rules').report.summary.rulesChecked).toBe(2)
  })

  it('a bad size names the flag or key and the value', () => {
    write('rules/a.yml', BARE_RULE)
    expect(cli(['check', 'rules', '--max-file-size', 'lots']).err).toMatch(
      /--max-file-size: expected a size .* got "lots"/
    )
    write('.detlint.yml', 'max-file-size: 0\n')
    const r = cli(['check', 'rules'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/max-file-size: expected a size .* got 0/)
  })
})

describe('output paths', () => {
  it('--output and -o create missing folders', () => {
    write('rules/a.yml', BARE_RULE)
    expect(cli(['check', 'rules', '--fail-on', 'none', '--output', 'out/deep/report.txt']).code).toBe(0)
    expect(readFileSync(path.join(root, 'out/deep/report.txt'), 'utf8')).toMatch(/catalog of 1 rule/)
    expect(cli(['catalog', 'build', 'rules', '-o', 'cat/x/catalog.json']).code).toBe(0)
    expect(existsSync(path.join(root, 'cat/x/catalog.json'))).toBe(true)
  })

  it('a folder or an unwritable path is a usage error naming the path, never a stack trace', () => {
    write('rules/a.yml', BARE_RULE)
    mkdirSync(path.join(root, 'out'))
    const folder = cli(['check', 'rules', '--output', 'out'])
    expect([folder.code, folder.err]).toEqual([2, 'detlint: --output: "out" is a folder; give a file name\n'])
    write('file.txt', 'x')
    const under = cli(['check', 'rules', '-o', 'file.txt/report.json'])
    expect(under.code).toBe(2)
    expect(under.err).toMatch(/^detlint: --output: cannot create the folder of "file.txt\/report.json": /)
    expect(under.err).not.toMatch(/\n\s+at /)
    const catalog = cli(['catalog', 'build', 'rules', '-o', 'out'])
    expect([catalog.code, catalog.err]).toEqual([2, 'detlint: -o: "out" is a folder; give a file name\n'])
  })
})
