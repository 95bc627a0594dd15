/**
 * Which files the bundled action checks (run `npm run bundle` first): the default `rules`
 * on a repository of Elastic `.toml` rules, a glob that matches nothing, and a pull request
 * that changes no rule file. Against the stand-in GitHub API on 127.0.0.1.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { elasticRule } from '../elastic/fixtures.js'
import { runAction, type ActionRun } from './run-action.js'
import { StandInGitHub } from './stand-in.js'
import { Workspace } from './workspace.js'

const HEAD = 'c0ffee'.repeat(6) + 'c0ff'
const BASE = 'b0'.repeat(20)

let api: StandInGitHub
let ws: Workspace

beforeAll(async () => {
  api = new StandInGitHub()
  await api.start()
})
afterAll(async () => {
  await api.stop()
})
beforeEach(() => {
  ws = new Workspace()
  api.pullFiles.clear()
  api.comments.clear()
  api.checkRuns = []
  api.clearRequests()
})
afterEach(() => ws.remove())

/** No `rules` input: the default globs. */
const INPUTS = { token: 'ghs_e2e', 'fail-on': 'none', attack: 'none' }

/** Two Elastic rules, a workflow, a corpus checked out into a dot folder, and docs. */
function writeTomlRepository(): void {
  ws.write(
    'rules/windows/cmd.toml',
    elasticRule({ name: '"Cmd Started"', ruleId: '"00000000-0000-4000-8000-0000000000a1"' })
  )
  ws.write(
    'rules/windows/ps.toml',
    elasticRule({
      name: '"PowerShell Started"',
      ruleId: '"00000000-0000-4000-8000-0000000000a2"',
      query: 'process where process.name == "powershell.exe"'
    })
  )
  ws.write('.github/workflows/detlint.yml', 'on: pull_request\njobs: {}\n')
  ws.write(
    '.corpus/elastic/rules/x.toml',
    elasticRule({ name: '"Corpus Rule"', ruleId: '"00000000-0000-4000-8000-0000000000c1"' })
  )
  ws.write('docs/index.md', '# docs\n')
}

function dispatch(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    apiUrl: api.url,
    workspace: ws.dir,
    eventName: 'workflow_dispatch',
    payload: { inputs: {}, ref: 'refs/heads/main' },
    inputs: { ...INPUTS, ...inputs },
    sha: HEAD
  })
}

function pullRequest(files: Array<{ filename: string; status: string }>): Promise<ActionRun> {
  api.pullFiles.set(9, files)
  return runAction({
    apiUrl: api.url,
    workspace: ws.dir,
    eventName: 'pull_request',
    payload: {
      action: 'synchronize',
      number: 9,
      pull_request: {
        number: 9,
        head: { sha: HEAD, ref: 'feature', repo: { full_name: 'acme/rules' } },
        base: { sha: BASE, ref: 'main', repo: { full_name: 'acme/rules' } }
      },
      repository: { full_name: 'acme/rules', name: 'rules', owner: { login: 'acme' } }
    },
    inputs: INPUTS,
    sha: HEAD
  })
}

interface Summary {
  filesChecked: number
  rulesChecked: number
  catalogRules: number
}

function reportOf(run: ActionRun): { summary: Summary; skipped: Array<{ path: string }> } {
  return JSON.parse(readFileSync(run.outputs.report, 'utf8')) as {
    summary: Summary
    skipped: Array<{ path: string }>
  }
}

describe('default targets', () => {
  test('a repository of only .toml rules, default inputs: both rules checked, the dot folders left out', async () => {
    writeTomlRepository()
    const run = await dispatch()
    if (run.code !== 0) throw new Error(`exit ${run.code}\n${run.stdout}\n${run.stderr}`)
    expect(reportOf(run).summary).toMatchObject({ filesChecked: 2, rulesChecked: 2, catalogRules: 2 })
    expect(
      run.infos.filter(l => l.startsWith('checked 2 rules in 2 files against a catalog of 2 rules: '))
    ).toHaveLength(1)
    expect(run.summary).not.toContain('No rule file changed')
  })

  test('a pull request: only its changed rule files, never the workflow', async () => {
    writeTomlRepository()
    const run = await pullRequest([
      { filename: 'rules/windows/ps.toml', status: 'modified' },
      { filename: '.github/workflows/detlint.yml', status: 'modified' },
      { filename: '.corpus/elastic/rules/x.toml', status: 'added' }
    ])
    expect(run.code).toBe(0)
    expect(run.infos).toContain('changed files: 3, rule files to check: 1')
    expect(reportOf(run).summary).toMatchObject({ filesChecked: 1, rulesChecked: 1 })
  })
})

describe('never green on nothing', () => {
  test('a rules glob that matches nothing fails the step with an error naming the glob', async () => {
    writeTomlRepository()
    const run = await dispatch({ rules: 'detections/**/*.yml' })
    expect(run.code).toBe(1)
    const errors = run.commands.filter(c => c.kind === 'error').map(c => c.message)
    expect(errors).toEqual([
      'rules: "detections/**/*.yml" matches no rule file (.yml, .yaml or .toml) under .'
    ])
    expect(api.checkRuns).toEqual([])
  })

  test('rules that match only files that are not rules fail too, naming one', async () => {
    ws.write('config/settings.yml', 'a: 1\n')
    const run = await dispatch({ rules: 'config' })
    expect(run.code).toBe(1)
    expect(run.commands.filter(c => c.kind === 'error').map(c => c.message)).toEqual([
      'rules: "config" matches files, but none of them is a rule (config/settings.yml: YAML that is neither a Sigma rule (no top-level detection, logsource or correlation) nor a Splunk detection (no search))'
    ])
  })

  test('a pull request that changes no rule file succeeds and says so, not "all clear"', async () => {
    writeTomlRepository()
    const run = await pullRequest([{ filename: 'docs/index.md', status: 'modified' }])
    expect(run.code).toBe(0)
    expect(run.infos).toContain('no rule file changed: nothing to check')
    expect(run.summary).toContain('No rule file changed**: nothing to check.')
    expect(run.summary).not.toContain('All clear')
  })
})
