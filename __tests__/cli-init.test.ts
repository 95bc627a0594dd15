import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { load } from 'js-yaml'
import { main } from '../src/commands.js'
import { parseConfigText } from '../src/config.js'
import { findRuleFiles, ruleGlobs } from '../src/cli/init.js'

function cli(args: string[], cwd: string): { code: number; out: string; err: string } {
  let out = ''
  let err = ''
  const code = main(args, { stdout: t => void (out += t), stderr: t => void (err += t), cwd })
  return { code, out, err }
}

let repo: string
beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'detlint-init-'))
})
afterEach(() => rmSync(repo, { recursive: true, force: true }))

const read = (f: string): string => readFileSync(path.join(repo, f), 'utf8')

interface Workflow {
  jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }>
}

describe('detlint init', () => {
  it('writes a valid config and a workflow for the formats found, skipping dot folders', () => {
    cpSync('examples/corpus/elastic', path.join(repo, 'detections'), { recursive: true })
    writeFileSync(path.join(repo, 'detections', 'notes.toml'), 'title = "not a rule"\n')
    // A corpus checked out in a dot folder is not the repository's rules.
    cpSync('examples/corpus', path.join(repo, '.corpus', 'mixed'), { recursive: true })
    const { code, err } = cli(['init'], repo)
    expect(code).toBe(0)
    expect(err).toContain('found 2 Elastic detection-rules rule files')
    const settings = parseConfigText(read('.detlint.yml'), '.detlint.yml')
    expect(settings.rules).toEqual(['detections/**/*.toml'])
    expect(settings.baseline).toEqual(['elastic'])
    expect(read('.detlint.yml')).toMatch(/^# yaml-language-server: \$schema=/)
    const workflow = load(read('.github/workflows/detlint.yml')) as Workflow
    const steps = Object.values(workflow.jobs)[0].steps
    // The named corpus is downloaded by the action: the repository's checkout is the only one.
    expect(steps.map(s => s.uses)).toEqual(['actions/checkout@v4', 'detlint/detlint@v0'])
  })

  it('names every format of a mixed repository', () => {
    cpSync('examples/corpus', path.join(repo, 'rules'), { recursive: true })
    expect(cli(['init'], repo).code).toBe(0)
    const settings = parseConfigText(read('.detlint.yml'), '.detlint.yml')
    expect(settings.rules).toEqual(['rules/**/*.toml', 'rules/**/*.yml'])
    expect(settings.baseline).toEqual(['sigma', 'elastic', 'splunk'])
    const workflow = load(read('.github/workflows/detlint.yml')) as Workflow
    const corpora = Object.values(workflow.jobs)[0].steps.flatMap(s => s.with?.repository ?? [])
    expect(corpora).toEqual([])
  })

  it('never overwrites without --force', () => {
    writeFileSync(path.join(repo, '.detlint.yml'), 'fail-on: none\n')
    const refused = cli(['init'], repo)
    expect(refused.code).toBe(2)
    expect(refused.err).toContain('.detlint.yml already exists; nothing written (give --force to overwrite)')
    expect(read('.detlint.yml')).toBe('fail-on: none\n')
    expect(existsSync(path.join(repo, '.github'))).toBe(false)
    expect(cli(['init', '--force'], repo).code).toBe(0)
    expect(read('.detlint.yml')).toContain('fail-on: error')
  })

  it('rewrites an existing .detlint.yaml (with --force) and points the workflow at it', () => {
    writeFileSync(path.join(repo, '.detlint.yaml'), '')
    expect(cli(['init', '--force'], repo).code).toBe(0)
    expect(existsSync(path.join(repo, '.detlint.yml'))).toBe(false)
    expect(read('.detlint.yaml')).toContain('fail-on: error')
    expect(read('.github/workflows/detlint.yml')).toContain('config: .detlint.yaml')
  })

  it('an empty repository gets the defaults and says so', () => {
    const { code, err } = cli(['init', '--dir', '.'], repo)
    expect(code).toBe(0)
    expect(err).toContain('found no rule files yet')
    expect(parseConfigText(read('.detlint.yml'), '.detlint.yml').rules).toEqual(['**/*.yml', '**/*.yaml'])
  })
})

describe('init helpers', () => {
  it('one glob per top folder and extension; a root-wide glob covers its folders', () => {
    expect(ruleGlobs(['rules/a/x.yml', 'rules/b.yml', 'hunting/y.yaml'])).toEqual([
      'hunting/**/*.yaml',
      'rules/**/*.yml'
    ])
    expect(ruleGlobs(['x.yml', 'rules/a.yml', 'rules/b.toml'])).toEqual(['**/*.yml', 'rules/**/*.toml'])
  })

  it('finds rules by content, not by extension alone', () => {
    mkdirSync(path.join(repo, 'node_modules', 'pkg'), { recursive: true })
    cpSync('examples/corpus/rundll32_from_temp.yml', path.join(repo, 'node_modules', 'pkg', 'r.yml'))
    cpSync('examples/corpus/rundll32_from_temp.yml', path.join(repo, 'r.yml'))
    writeFileSync(path.join(repo, 'workflow.yml'), 'on: push\njobs: {}\n')
    expect(Object.fromEntries(findRuleFiles(repo))).toEqual({ sigma: ['r.yml'] })
  })
})
