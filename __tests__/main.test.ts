/**
 * The action end to end: a fake toolkit (`core`), a fake Octokit, and a real temporary
 * workspace of Sigma rules read by the real engine.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { AnnotationProperties } from '@actions/core'
import { loadConfigFile } from '../src/config.js'
import { runCheck } from '../src/engine.js'
import type { Finding, Report } from '../src/findings.js'
import { attackCacheDirs, run, type ActionContext, type CoreApi, type Deps } from '../src/main.js'
import { attackBundleUrl, cachedTableFile } from '../src/attack/download.js'
import { renderJson } from '../src/report/json.js'
import { COMMENT_MARKER } from '../src/report/markdown.js'
import { StandInGitHub } from './e2e/stand-in.js'
import { FakeGitHub, httpError, type FakeFile } from './github/fake-octokit.js'
import { BARE_RULE, BARE_RULE_FILTERED, CONFIG, OLD_TAG_RULE, baseRule } from './fixtures/sigma-rules.js'
import { smallBundle, smallTableFile } from './attack/tables.js'

// ---------------------------------------------------------------------------------------
// The toolkit, recorded.

interface Logged {
  kind: 'error' | 'warning' | 'notice'
  message: string
  props?: AnnotationProperties
}

class FakeCore implements CoreApi {
  infos: string[] = []
  logged: Logged[] = []
  outputs: Record<string, string> = {}
  failed: string[] = []
  summaries: string[] = []
  private buffer = ''

  constructor(public inputs: Record<string, string>) {}

  getInput(name: string): string {
    return this.inputs[name] ?? ''
  }
  info(message: string): void {
    this.infos.push(message)
  }
  error(message: string, props?: AnnotationProperties): void {
    this.logged.push({ kind: 'error', message, props })
  }
  warning(message: string, props?: AnnotationProperties): void {
    this.logged.push({ kind: 'warning', message, props })
  }
  notice(message: string, props?: AnnotationProperties): void {
    this.logged.push({ kind: 'notice', message, props })
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value
  }
  setFailed(message: string): void {
    this.failed.push(message)
  }
  summary = {
    addRaw: (text: string) => {
      this.buffer += text
      return {
        write: async () => {
          this.summaries.push(this.buffer)
          this.buffer = ''
        }
      }
    }
  }

  /** Annotations: messages with a file. */
  get annotations(): Logged[] {
    return this.logged.filter(l => l.props?.file !== undefined)
  }
  /** Warnings that are not annotations. */
  get plainWarnings(): string[] {
    return this.logged.filter(l => l.kind === 'warning' && l.props?.file === undefined).map(l => l.message)
  }
}

// ---------------------------------------------------------------------------------------
// A workspace of Sigma rules.

const BARE_NOISY_LINE = 12

const BROKEN_RULE = `title: Broken Rule
id: 2d2d2d2d-0000-4000-8000-000000000002
logsource:
  category: process_creation
  product: windows
detection:
  selection:
    Image|endswith: '\\cmd.exe'
   condition: selection
level: high
`

const WHOAMI_RULE = `title: Whoami Execution
id: 3e3e3e3e-0000-4000-8000-000000000003
status: test
tags:
  - attack.discovery
  - attack.t1033
logsource:
  category: process_creation
  product: windows
detection:
  selection:
    Image|endswith: '\\whoami.exe'
  condition: selection
level: low
`

let ws: string
let temp: string

function write(rel: string, text: string): void {
  const file = path.join(ws, rel)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

/** Writes the corpus under `prefix` (empty or `sub/`). */
function writeCorpus(prefix = ''): void {
  write(`${prefix}.detlint.yml`, CONFIG)
  for (const l of ['a', 'b', 'c']) write(`${prefix}rules/base/rundll32_${l}.yml`, baseRule(l))
  write(`${prefix}rules/new/rundll32_bare.yml`, BARE_RULE)
  write(`${prefix}rules/new/broken.yml`, BROKEN_RULE)
  // On disk but removed in the pull request's file list: must not be checked.
  write(`${prefix}rules/old/whoami.yml`, WHOAMI_RULE)
  // Changed, but outside the `rules` globs.
  write(`${prefix}other/rundll32_copy.yml`, BARE_RULE)
}

/** 225 documentation files, the rule changes, a removed rule, a rule not on disk. */
function prFiles(prefix = ''): FakeFile[] {
  const docs = Array.from({ length: 225 }, (_, i) => ({
    filename: `${prefix}docs/page-${i}.md`,
    status: 'added'
  }))
  return [
    ...docs.slice(0, 120),
    { filename: `${prefix}rules/new/rundll32_bare.yml`, status: 'added' },
    { filename: `${prefix}rules/old/whoami.yml`, status: 'removed' },
    { filename: `${prefix}other/rundll32_copy.yml`, status: 'modified' },
    { filename: `${prefix}rules/new/not-checked-out.yml`, status: 'added' },
    ...docs.slice(120),
    {
      filename: `${prefix}rules/new/broken.yml`,
      status: 'renamed',
      previous_filename: `${prefix}rules/broken.yml`
    }
  ]
}

const CHANGED_TARGETS = ['rules/new/broken.yml', 'rules/new/rundll32_bare.yml']

beforeEach(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'detlint-main-'))
  temp = mkdtempSync(path.join(tmpdir(), 'detlint-runner-temp-'))
})

afterEach(() => {
  rmSync(ws, { recursive: true, force: true })
  rmSync(temp, { recursive: true, force: true })
})

const HEAD_SHA = 'a1'.repeat(20)

function prContext(opts: { fork?: boolean; event?: string } = {}): ActionContext {
  return {
    eventName: opts.event ?? 'pull_request',
    payload: {
      action: 'synchronize',
      pull_request: {
        number: 7,
        head: { sha: HEAD_SHA, repo: { full_name: opts.fork ? 'someone/rules' : 'acme/rules' } }
      },
      repository: { full_name: 'acme/rules', name: 'rules', owner: { login: 'acme', name: 'acme' } }
    },
    repo: { owner: 'acme', repo: 'rules' },
    serverUrl: 'https://github.com',
    runId: 42
  }
}

function pushContext(): ActionContext {
  return {
    eventName: 'push',
    payload: {},
    repo: { owner: 'acme', repo: 'rules' },
    serverUrl: 'https://github.com',
    runId: 43
  }
}

interface Harness {
  core: FakeCore
  gh: FakeGitHub
  tokens: string[]
  /** URLs the action fetched (through `Deps.fetch`: never the network). */
  fetched: string[]
  /** The answer to a fetch: by default, a failure as offline. */
  answer: () => Response
  /** Environment beyond GITHUB_WORKSPACE and RUNNER_TEMP. */
  env: Record<string, string>
  run: (context?: ActionContext) => Promise<void>
}

/** The action's inputs; `attack: none` keeps the ATT&CK download out of the tests that are not about it. */
const INPUTS = {
  token: 'ghs_test',
  rules: 'rules/**/*.yml',
  config: '.detlint.yml',
  comment: 'true',
  attack: 'none',
  'working-directory': '.'
}

function offline(): Response {
  throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND raw.githubusercontent.com') })
}

function harness(inputs: Record<string, string> = {}, gh = new FakeGitHub()): Harness {
  const h: Harness = {
    core: new FakeCore({ ...INPUTS, ...inputs }),
    gh,
    tokens: [],
    fetched: [],
    answer: offline,
    env: {},
    run: async (context = prContext()) => {
      const deps: Partial<Deps> = {
        core: h.core,
        context,
        getOctokit: token => {
          h.tokens.push(token)
          return h.gh.client()
        },
        fetch: async input => {
          h.fetched.push(String(input))
          return h.answer()
        },
        env: { GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp, ...h.env },
        cwd: '/nonexistent',
        toolVersion: '0.0.0-test'
      }
      await run(deps)
    }
  }
  return h
}

/** What the engine finds in `targets`, with the settings the action reads. */
function expectedFindings(targets: string[], root = ws): Finding[] {
  const settings = loadConfigFile(path.join(root, '.detlint.yml'), true)
  settings.rules = ['rules/**/*.yml']
  return runCheck({ targets, corpus: settings.rules, settings, root }).report.findings
}

function readReport(file: string): Report {
  return JSON.parse(readFileSync(file, 'utf8')) as Report
}

/** An annotation as shown on GitHub, from the check run or from a workflow command. */
interface Shown {
  file: string
  startLine: number
  endLine: number
  kind: 'error' | 'warning' | 'notice'
  message: string
}

const LEVEL_KIND = { failure: 'error', warning: 'warning', notice: 'notice' } as const

/** Every annotation the run left: on check runs, and as workflow commands. */
function shownAnnotations(h: Harness): Shown[] {
  const onChecks = h.gh.checkRuns.flatMap(r =>
    r.annotations.map(a => ({
      file: String(a.path),
      startLine: Number(a.start_line),
      endLine: Number(a.end_line),
      kind: LEVEL_KIND[a.annotation_level as keyof typeof LEVEL_KIND],
      message: String(a.message)
    }))
  )
  const commands = h.core.annotations.map(a => ({
    file: String(a.props?.file),
    startLine: Number(a.props?.startLine),
    endLine: Number(a.props?.endLine),
    kind: a.kind,
    message: a.message
  }))
  return [...onChecks, ...commands]
}

function expectAnnotationsMatch(h: Harness, findings: Finding[], prefix = ''): void {
  const shown = shownAnnotations(h)
  expect(shown).toHaveLength(findings.length)
  for (const f of findings) {
    const hit = shown.find(
      a => a.file === `${prefix}${f.path}` && a.startLine === f.line && a.kind === f.severity
    )
    expect(hit).toBeDefined()
    expect(hit?.endLine).toBe(f.endLine)
  }
}

/** The token may not write: check runs and comments are refused, as on a fork's pull request. */
function readOnly(gh: FakeGitHub, status = 403, message = 'Resource not accessible by integration'): void {
  gh.checksCreateError = httpError(status, message)
  gh.createError = httpError(status, message)
}

// ---------------------------------------------------------------------------------------

describe('run() on a pull request', () => {
  test('checks the changed rule files and reports each finding once', async () => {
    writeCorpus()
    const h = harness()
    h.gh.files = prFiles()
    await h.run()

    // Changed files: listed through pagination, 100 a page.
    expect(h.tokens).toEqual(['ghs_test'])
    const pages = h.gh.callsTo('pulls.listFiles')
    expect(pages.map(c => c.params.page)).toEqual([1, 2, 3])
    for (const c of pages)
      expect(c.params).toMatchObject({ owner: 'acme', repo: 'rules', pull_number: 7, per_page: 100 })

    // The findings the engine gives for exactly the two changed rule files.
    const findings = expectedFindings(CHANGED_TARGETS)
    const on = (file: string, check: string): Finding[] =>
      findings.filter(f => f.path === `rules/new/${file}` && f.check === check)
    expect(on('rundll32_bare.yml', 'noisy-indicator').map(f => f.line)).toEqual([BARE_NOISY_LINE])
    expect(on('rundll32_bare.yml', 'missing-common-exclusion')).toHaveLength(1)
    expect(on('broken.yml', 'parse-error').length).toBeGreaterThanOrEqual(1)

    // One annotation per finding, on its file and line, on the check run of the head commit;
    // nothing for the other files, and no workflow-command copies.
    expectAnnotationsMatch(h, findings)
    expect(h.core.annotations).toEqual([])
    expect(h.gh.checkRuns).toHaveLength(1)
    const checkRun = h.gh.checkRuns[0]
    expect(checkRun).toMatchObject({
      name: 'detlint',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'failure'
    })
    expect(checkRun.output.title).toMatch(/^\d+ findings: \d+ errors?, \d+ warnings?, \d+ notices?$/)
    expect(checkRun.output.summary).toBe(h.core.summaries[0])
    expect(checkRun.output.text).toBe('Checked the 2 rule files changed by pull request #7.')
    const shown = shownAnnotations(h)
    expect(shown.find(a => a.startLine === BARE_NOISY_LINE)?.message).toMatch(/rundll32/i)
    expect([...new Set(shown.map(a => a.file))].sort()).toEqual(CHANGED_TARGETS)

    // Summary, JSON report, outputs.
    expect(h.core.summaries).toHaveLength(1)
    expect(h.core.summaries[0].length).toBeGreaterThan(0)
    const count = (s: Finding['severity']): string => String(findings.filter(f => f.severity === s).length)
    expect(h.core.outputs).toEqual({
      findings: String(findings.length),
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      report: path.join(temp, 'detlint-report.json'),
      sarif: ''
    })
    // Only the two changed rule files: not the removed one, the one outside `rules`, the docs.
    const json = readReport(path.join(temp, 'detlint-report.json'))
    expect(json.summary.filesChecked).toBe(2)
    expect(json.findings).toEqual(findings)

    // The comment, created once.
    expect(h.gh.callsTo('issues.createComment')).toHaveLength(1)
    expect(h.gh.comments).toHaveLength(1)
    expect(h.gh.comments[0].body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(h.gh.comments[0].body).toContain('rundll32_bare.yml')

    // parse-error is an error: the default fail-on (error) fails the step.
    const errors = findings.filter(f => f.severity === 'error').length
    expect(h.core.failed).toEqual([
      `detlint: ${errors} ${errors === 1 ? 'finding' : 'findings'} at or above "error"`
    ])
    expect(h.core.plainWarnings).toEqual([])
  })

  test('re-runs update the one comment in place, or leave it alone when nothing changed', async () => {
    writeCorpus()
    const gh = new FakeGitHub()
    gh.files = prFiles()
    gh.comments = [{ id: 1, body: 'Please add a filter.', user: { login: 'alice', type: 'User' } }]

    await harness({}, gh).run()
    expect(gh.comments).toHaveLength(2)
    const ours = gh.comments[1]
    const first = ours.body

    // Same report: no write at all.
    const again = harness({}, gh)
    await again.run()
    expect(gh.callsTo('issues.updateComment')).toHaveLength(0)
    expect(gh.callsTo('issues.createComment')).toHaveLength(1)
    expect(again.core.infos).toContain('comment: unchanged')

    // The author adds the missing filter: the same comment is rewritten.
    write('rules/new/rundll32_bare.yml', BARE_RULE_FILTERED)
    const third = harness({}, gh)
    await third.run()
    expect(gh.callsTo('issues.createComment')).toHaveLength(1)
    expect(gh.callsTo('issues.updateComment').map(c => c.params.comment_id)).toEqual([ours.id])
    expect(gh.comments).toHaveLength(2)
    expect(gh.comments[1].id).toBe(ours.id)
    expect(gh.comments[1].body).not.toBe(first)
    expect(third.core.infos).toContain('comment: updated')
    expect(gh.comments[0].body).toBe('Please add a filter.')
  })

  test('two names keep two check runs and two comments, each updated in place', async () => {
    writeCorpus()
    const gh = new FakeGitHub()
    gh.files = prFiles()
    await harness({ name: 'detlint sigma', 'fail-on': 'none' }, gh).run()
    await harness({ name: 'detlint elastic', 'fail-on': 'none' }, gh).run()
    expect(gh.comments).toHaveLength(2)
    expect(gh.comments.map(c => c.body.split('\n').slice(0, 2).join(' | '))).toEqual([
      '<!-- detlint:report:detlint_sigma --> | ## detlint sigma',
      '<!-- detlint:report:detlint_elastic --> | ## detlint elastic'
    ])
    expect(gh.checkRuns.map(r => r.name)).toEqual(['detlint sigma', 'detlint elastic'])

    // A re-run of each finds its own comment again; the default name is a third.
    await harness({ name: 'detlint elastic', 'fail-on': 'none' }, gh).run()
    await harness({ name: 'detlint sigma', 'fail-on': 'none' }, gh).run()
    expect(gh.callsTo('issues.createComment')).toHaveLength(2)
    await harness({ 'fail-on': 'none' }, gh).run()
    expect(gh.comments).toHaveLength(3)
    expect(gh.comments[2].body.startsWith(`${COMMENT_MARKER}\n## detlint\n`)).toBe(true)
  })

  test('a read-only token (fork) gives one warning; annotations, summary and outputs still happen', async () => {
    writeCorpus()
    const h = harness({ 'fail-on': 'none' })
    h.gh.files = prFiles()
    readOnly(h.gh)
    await h.run(prContext({ fork: true }))

    // One warning for the check run and the comment together.
    expect(h.gh.callsTo('checks.create')).toHaveLength(1)
    expect(h.gh.callsTo('issues.createComment')).toHaveLength(1)
    expect(h.core.plainWarnings).toHaveLength(1)
    expect(h.core.plainWarnings[0]).toMatch(
      /could not create the check run or write the pull request comment/
    )
    expect(h.core.plainWarnings[0]).toMatch(/fork/)
    expect(h.core.plainWarnings[0]).toMatch(/README/)
    expect(h.core.failed).toEqual([])
    // The annotations fall back to workflow commands.
    expect(h.gh.checkRuns).toEqual([])
    expectAnnotationsMatch(h, expectedFindings(CHANGED_TARGETS))
    expect(h.core.summaries).toHaveLength(1)
    expect(h.core.outputs.findings).toBe(String(expectedFindings(CHANGED_TARGETS).length))
    expect(existsSync(h.core.outputs.report)).toBe(true)
  })

  test('a read-only token does not hide a failure fail-on asks for', async () => {
    writeCorpus()
    const h = harness()
    h.gh.files = prFiles()
    readOnly(h.gh)
    await h.run(prContext({ fork: true }))
    expect(h.core.plainWarnings).toHaveLength(1)
    expect(h.core.failed).toHaveLength(1)
    expect(h.core.failed[0]).toMatch(/^detlint: \d+ findings? at or above "error"$/)
  })

  test('404 on the comment: the read-only warning on a fork, a warning of its own otherwise', async () => {
    writeCorpus()
    const fork = harness({ 'fail-on': 'none' })
    fork.gh.files = prFiles()
    fork.gh.createError = httpError(404, 'Not Found')
    await fork.run(prContext({ fork: true }))
    expect(fork.core.plainWarnings).toHaveLength(1)
    expect(fork.core.failed).toEqual([])

    const same = harness({ 'fail-on': 'none' })
    same.gh.files = prFiles()
    same.gh.createError = httpError(404, 'Not Found')
    await same.run(prContext({ fork: false }))
    expect(same.core.plainWarnings).toEqual(['detlint could not write the pull request comment: Not Found'])
    expect(same.core.failed).toEqual([])
    // The rest was reported before the comment.
    expect(same.core.outputs.findings).toBeDefined()
  })

  test('a rate-limited 403 on the comment is not mistaken for a fork', async () => {
    writeCorpus()
    const h = harness({ 'fail-on': 'none' })
    h.gh.files = prFiles()
    h.gh.createError = httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' })
    await h.run(prContext({ fork: true }))
    // A warning of its own, not the read-only token's.
    expect(h.core.plainWarnings).toEqual([
      'detlint could not write the pull request comment: API rate limit exceeded'
    ])
    expect(h.core.failed).toEqual([])
  })

  test.each([
    ['none', false],
    ['error', true],
    ['warning', true],
    ['notice', true]
  ] as const)('fail-on %s', async (failOn, fails) => {
    writeCorpus()
    const h = harness({ 'fail-on': failOn })
    h.gh.files = prFiles()
    await h.run()
    const findings = expectedFindings(CHANGED_TARGETS)
    const rank = { error: 3, warning: 2, notice: 1 }
    const n = findings.filter(f => failOn !== 'none' && rank[f.severity] >= rank[failOn]).length
    expect(h.core.failed).toEqual(
      fails ? [`detlint: ${n} ${n === 1 ? 'finding' : 'findings'} at or above "${failOn}"`] : []
    )
  })

  test('fail-on from the config file, overridden by the input', async () => {
    writeCorpus()
    write('.detlint.yml', CONFIG + 'fail-on: none\n')
    const fromConfig = harness()
    fromConfig.gh.files = prFiles()
    await fromConfig.run()
    expect(fromConfig.core.failed).toEqual([])

    const fromInput = harness({ 'fail-on': 'error' })
    fromInput.gh.files = prFiles()
    await fromInput.run()
    expect(fromInput.core.failed).toHaveLength(1)
  })

  test('no changed rule files: all clear, outputs of 0, no comment, no failure', async () => {
    writeCorpus()
    const h = harness()
    h.gh.files = [
      { filename: 'README.md', status: 'modified' },
      { filename: 'rules/old/whoami.yml', status: 'removed' }
    ]
    await h.run()
    expect(h.core.failed).toEqual([])
    expect(h.core.annotations).toEqual([])
    expect(h.core.summaries).toHaveLength(1)
    expect(h.core.outputs).toMatchObject({ findings: '0', errors: '0', warnings: '0', notices: '0' })
    expect(h.gh.callsTo('issues.createComment')).toHaveLength(0)
    expect(h.gh.comments).toEqual([])
  })

  test('a clean re-run rewrites an earlier comment to the all-clear', async () => {
    writeCorpus()
    const gh = new FakeGitHub()
    gh.files = prFiles()
    await harness({}, gh).run()
    expect(gh.comments).toHaveLength(1)
    const before = gh.comments[0].body

    gh.files = [{ filename: 'README.md', status: 'modified' }]
    const h = harness({}, gh)
    await h.run()
    expect(gh.comments).toHaveLength(1)
    expect(gh.callsTo('issues.updateComment').map(c => c.params.comment_id)).toEqual([gh.comments[0].id])
    expect(gh.comments[0].body).not.toBe(before)
    expect(gh.comments[0].body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(h.core.failed).toEqual([])
  })

  test('comment: false writes no comment', async () => {
    writeCorpus()
    const h = harness({ comment: 'false' })
    h.gh.files = prFiles()
    await h.run()
    expect(h.gh.callsTo('issues.listComments')).toHaveLength(0)
    expect(h.gh.callsTo('issues.createComment')).toHaveLength(0)
    expect(shownAnnotations(h).length).toBeGreaterThan(0)
  })

  test('pull_request_target is a pull request event too', async () => {
    writeCorpus()
    const h = harness({ 'fail-on': 'none' })
    h.gh.files = prFiles()
    await h.run(prContext({ event: 'pull_request_target' }))
    expect(h.gh.callsTo('pulls.listFiles').length).toBeGreaterThan(0)
    expect(h.gh.comments).toHaveLength(1)
  })

  test("GitHub's 3,000-file cap is reported", async () => {
    writeCorpus()
    const h = harness({ 'fail-on': 'none' })
    h.gh.files = [
      ...prFiles(),
      ...Array.from({ length: 3000 }, (_, i) => ({ filename: `data/f${i}.csv`, status: 'added' }))
    ]
    await h.run()
    expect(h.core.plainWarnings).toHaveLength(1)
    expect(h.core.plainWarnings[0]).toContain('3000')
    expect(h.core.outputs.findings).toBe(String(expectedFindings(CHANGED_TARGETS).length))
  })

  test('working-directory: paths from the API and in annotations are relative to the repository', async () => {
    writeCorpus('sub/')
    const h = harness({ 'working-directory': 'sub' })
    h.gh.files = [...prFiles('sub/'), { filename: 'rules/new/rundll32_bare.yml', status: 'added' }]
    await h.run()
    const findings = expectedFindings(CHANGED_TARGETS, path.join(ws, 'sub'))
    expect(findings.length).toBeGreaterThan(0)
    expectAnnotationsMatch(h, findings, 'sub/')
  })

  test('working-directory: SARIF URIs, the JSON report, the summary and the comment name repository paths', async () => {
    writeCorpus('sub/')
    const h = harness({ 'working-directory': 'sub', sarif: 'detlint.sarif', 'fail-on': 'none' })
    h.gh.files = prFiles('sub/')
    await h.run()
    const sarif = JSON.parse(readFileSync(path.join(ws, 'sub', 'detlint.sarif'), 'utf8')) as {
      runs: Array<{
        results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>
      }>
    }
    const uris = sarif.runs[0].results.map(r => r.locations[0].physicalLocation.artifactLocation.uri)
    expect(uris.length).toBeGreaterThan(0)
    for (const uri of uris) expect(uri).toMatch(/^sub\/rules\//)
    const json = readReport(h.core.outputs.report)
    for (const f of json.findings) expect(f.path).toMatch(/^sub\/rules\//)
    expect(h.core.summaries[0]).toContain('`sub/rules/new/rundll32_bare.yml`')
    expect(h.gh.comments[0].body).toContain(
      '[`sub/rules/new/rundll32_bare.yml`](https://github.com/acme/rules/blob/'
    )
  })

  test('writes SARIF when asked', async () => {
    writeCorpus()
    const h = harness({ sarif: 'out/detlint.sarif' })
    h.gh.files = prFiles()
    await h.run()
    const file = path.join(ws, 'out/detlint.sarif')
    expect(h.core.outputs.sarif).toBe(file)
    const sarif = JSON.parse(readFileSync(file, 'utf8')) as { version?: string }
    expect(sarif.version).toBe('2.1.0')
  })

  test('cache: the catalog cache file is written, then reused on the next run', async () => {
    writeCorpus()
    const h = harness({ cache: '.detlint-cache/catalog.json' })
    h.gh.files = prFiles()
    await h.run()
    expect(existsSync(path.join(ws, '.detlint-cache/catalog.json'))).toBe(true)
    expect(h.core.infos.some(l => /^catalog cache: miss \(0 files reused, \d+ parsed\)$/.test(l))).toBe(true)
    const again = harness({ cache: '.detlint-cache/catalog.json' })
    again.gh.files = prFiles()
    await again.run()
    expect(again.core.infos.some(l => /^catalog cache: hit \(\d+ files reused, 0 parsed\)$/.test(l))).toBe(
      true
    )
    expect(again.core.outputs.findings).toBe(h.core.outputs.findings)
  })

  test('the report goes to the working directory when RUNNER_TEMP is unset', async () => {
    writeCorpus()
    const core = new FakeCore({ ...INPUTS, 'fail-on': 'none' })
    const gh = new FakeGitHub()
    gh.files = prFiles()
    await run({
      core,
      context: prContext(),
      getOctokit: () => gh.client(),
      env: { GITHUB_WORKSPACE: ws },
      toolVersion: 'x'
    })
    expect(core.outputs.report).toBe(path.join(ws, 'detlint-report.json'))
    expect(existsSync(core.outputs.report)).toBe(true)
  })

  test('a job summary that cannot be written is a warning, not a failure', async () => {
    writeCorpus()
    const h = harness({ 'fail-on': 'none' })
    h.gh.files = prFiles()
    h.core.summary = {
      addRaw: () => ({
        write: async () => {
          throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY.')
        }
      })
    }
    await h.run()
    expect(h.core.plainWarnings).toEqual([
      'detlint could not write the job summary: Unable to find environment variable for $GITHUB_STEP_SUMMARY.'
    ])
    expect(h.core.failed).toEqual([])
    expect(h.gh.comments).toHaveLength(1)
  })

  test('a pull request event needs a token', async () => {
    writeCorpus()
    const h = harness({ token: '' })
    await h.run()
    expect(h.core.failed).toEqual([
      'token: required on pull request events to list the changed files, got ""'
    ])
  })
})

describe('run() on other events', () => {
  test('push: checks every rule file matching `rules`, without the API', async () => {
    writeCorpus()
    const h = harness({ 'fail-on': 'none' })
    await h.run(pushContext())
    expect(h.tokens).toEqual([])
    expect(h.gh.calls).toEqual([])
    const findings = expectedFindings(['rules/**/*.yml'])
    expectAnnotationsMatch(h, findings)
    expect(
      findings.some(f => f.path === 'rules/new/rundll32_bare.yml' && f.check === 'noisy-indicator')
    ).toBe(true)
    expect(h.core.annotations.some(a => a.props?.file === 'other/rundll32_copy.yml')).toBe(false)
    expect(h.core.outputs.findings).toBe(String(findings.length))
    // a, b, c, the bare rule, the broken file and the whoami rule; not other/.
    expect(readReport(h.core.outputs.report).summary.filesChecked).toBe(6)
  })
})

const BEFORE = 'b0'.repeat(20)
const AFTER = 'af'.repeat(20)

function eventContext(eventName: string, payload: Record<string, unknown>, sha = AFTER): ActionContext {
  return {
    eventName,
    payload,
    repo: { owner: 'acme', repo: 'rules' },
    serverUrl: 'https://github.com',
    runId: 44,
    sha
  }
}

describe('run() on push, merge group and scheduled events', () => {
  test('push: the rule files changed between before and after, through compare; no comment', async () => {
    writeCorpus()
    const h = harness({ 'fail-on': 'none' })
    h.gh.compareFiles = [
      { filename: 'rules/new/rundll32_bare.yml', status: 'modified' },
      { filename: 'rules/old/whoami.yml', status: 'removed' },
      { filename: 'README.md', status: 'modified' }
    ]
    await h.run(eventContext('push', { before: BEFORE, after: AFTER }))
    expect(h.gh.callsTo('repos.compareCommitsWithBasehead')[0].params).toMatchObject({
      basehead: `${BEFORE}...${AFTER}`,
      per_page: 100
    })
    const findings = expectedFindings(['rules/new/rundll32_bare.yml'])
    expectAnnotationsMatch(h, findings)
    expect(h.gh.checkRuns[0]).toMatchObject({ head_sha: AFTER, conclusion: 'neutral' })
    expect(h.gh.checkRuns[0].output.text).toBe(
      'Checked the 1 rule file changed by the push (b0b0b0b...afafafa).'
    )
    expect(h.gh.callsTo('issues.listComments')).toHaveLength(0)
    expect(h.gh.callsTo('pulls.listFiles')).toHaveLength(0)
  })

  test('push to the default branch with sarif: a full analysis, SARIF covers every rule', async () => {
    writeCorpus()
    const payload = {
      before: BEFORE,
      after: AFTER,
      ref: 'refs/heads/main',
      repository: { default_branch: 'main' }
    }
    const compare = [{ filename: 'rules/new/rundll32_bare.yml', status: 'modified' }]
    const full = harness({ 'fail-on': 'none', sarif: 'detlint.sarif' })
    full.gh.compareFiles = compare
    await full.run(eventContext('push', payload))
    expect(readReport(full.core.outputs.report).summary.filesChecked).toBeGreaterThan(1)
    expect(full.core.infos).toContain(
      'checked: every rule file matching `rules`: a push to the default branch with `sarif` is a full analysis, so that code scanning keeps the alerts of unchanged files'
    )
    // Another branch, or no SARIF: the changed rules only.
    for (const [inputs, ref] of [
      [{ sarif: 'detlint.sarif' }, 'refs/heads/topic'],
      [{}, 'refs/heads/main']
    ] as const) {
      const h = harness({ 'fail-on': 'none', ...inputs })
      h.gh.compareFiles = compare
      await h.run(eventContext('push', { ...payload, ref }))
      expect(readReport(h.core.outputs.report).summary.filesChecked).toBe(1)
    }
  })

  test('push that creates a branch: every rule, and it says so', async () => {
    writeCorpus()
    const h = harness({ 'fail-on': 'none' })
    await h.run(eventContext('push', { before: '0'.repeat(40), after: AFTER, created: true }))
    expect(h.gh.callsTo('repos.compareCommitsWithBasehead')).toHaveLength(0)
    expectAnnotationsMatch(h, expectedFindings(['rules/**/*.yml']))
    expect(h.core.infos).toContain(
      'checked: every rule file matching `rules`: the push creates the branch, so there is no earlier commit to compare with'
    )
    expect(h.gh.checkRuns[0].output.text).toMatch(/creates the branch/)
  })

  test('a force-push whose earlier commit GitHub cannot compare: every rule, and it says so', async () => {
    writeCorpus()
    const h = harness({ 'fail-on': 'none' })
    h.gh.compareError = httpError(404, 'Not Found')
    await h.run(eventContext('push', { before: BEFORE, after: AFTER, forced: true }))
    expectAnnotationsMatch(h, expectedFindings(['rules/**/*.yml']))
    expect(h.core.infos.find(i => i.startsWith('checked: '))).toMatch(
      /GitHub cannot compare b0b0b0b\.\.\.afafafa/
    )
  })

  test("a push beyond GitHub's 300 listed files: every rule", async () => {
    writeCorpus()
    const h = harness({ 'fail-on': 'none' })
    h.gh.compareFiles = Array.from({ length: 400 }, (_, i) => ({
      filename: `data/${i}.csv`,
      status: 'added'
    }))
    await h.run(eventContext('push', { before: BEFORE, after: AFTER }))
    expect(h.core.infos.find(i => i.startsWith('checked: '))).toMatch(/300 or more files/)
    expectAnnotationsMatch(h, expectedFindings(['rules/**/*.yml']))
  })

  test('a push without a token: every rule, as workflow commands', async () => {
    writeCorpus()
    const h = harness({ 'fail-on': 'none', token: '' })
    await h.run(eventContext('push', { before: BEFORE, after: AFTER }))
    expect(h.tokens).toEqual([])
    expect(h.core.annotations).toHaveLength(expectedFindings(['rules/**/*.yml']).length)
    expect(h.core.infos).toContain('check run: none (no token)')
  })

  test('merge_group: base_sha...head_sha; the check run on the head; no comment', async () => {
    writeCorpus()
    const h = harness({ 'fail-on': 'none' })
    h.gh.compareFiles = [{ filename: 'rules/new/broken.yml', status: 'added' }]
    await h.run(
      eventContext('merge_group', { merge_group: { base_sha: BEFORE, head_sha: AFTER } }, 'ff'.repeat(20))
    )
    expect(h.gh.callsTo('repos.compareCommitsWithBasehead')[0].params.basehead).toBe(`${BEFORE}...${AFTER}`)
    expect(h.gh.checkRuns[0].head_sha).toBe(AFTER)
    expectAnnotationsMatch(h, expectedFindings(['rules/new/broken.yml']))
    expect(h.gh.callsTo('issues.listComments')).toHaveLength(0)
  })

  test.each(['workflow_dispatch', 'schedule'])('%s: every rule, a check run, no comment', async name => {
    writeCorpus()
    const h = harness()
    await h.run(eventContext(name, {}))
    const findings = expectedFindings(['rules/**/*.yml'])
    expectAnnotationsMatch(h, findings)
    expect(h.gh.checkRuns[0]).toMatchObject({ head_sha: AFTER, conclusion: 'failure' })
    expect(h.gh.callsTo('issues.listComments')).toHaveLength(0)
    expect(h.core.failed).toHaveLength(1)
  })

  test('check-run: false: workflow commands only', async () => {
    writeCorpus()
    const h = harness({ 'fail-on': 'none', 'check-run': 'false' })
    await h.run(eventContext('workflow_dispatch', {}))
    expect(h.gh.callsTo('checks.create')).toHaveLength(0)
    expectAnnotationsMatch(h, expectedFindings(['rules/**/*.yml']))
    expect(h.core.annotations.length).toBeGreaterThan(0)
  })

  test('a clean pull request gets a successful check run and no comment', async () => {
    writeCorpus()
    const h = harness()
    h.gh.files = [{ filename: 'README.md', status: 'modified' }]
    await h.run()
    expect(h.gh.checkRuns[0]).toMatchObject({ conclusion: 'success', status: 'completed' })
    expect(h.gh.checkRuns[0].output.title).toBe('No findings')
    expect(h.gh.comments).toEqual([])
  })
})

describe('run() with report-from (the fork-safe publishing run)', () => {
  function writePublished(findings = expectedFindings(CHANGED_TARGETS)): string {
    const file = path.join(temp, 'artifact', 'detlint-report.json')
    mkdirSync(path.dirname(file), { recursive: true })
    const report = runCheck({
      targets: CHANGED_TARGETS,
      corpus: ['rules/**/*.yml'],
      settings: { ...loadConfigFile(path.join(ws, '.detlint.yml'), true), rules: ['rules/**/*.yml'] },
      root: ws
    }).report
    expect(report.findings).toEqual(findings)
    writeFileSync(file, renderJson(report))
    return file
  }

  function workflowRun(pullRequests: unknown[]): ActionContext {
    return eventContext(
      'workflow_run',
      {
        workflow_run: {
          head_sha: HEAD_SHA,
          event: 'pull_request',
          head_repository: { full_name: 'someone/rules' },
          pull_requests: pullRequests
        }
      },
      'de'.repeat(20)
    )
  }

  test('publishes the report on the run’s head commit and the pull request GitHub names', async () => {
    writeCorpus()
    const file = writePublished()
    const count = expectedFindings(CHANGED_TARGETS).length
    // No checkout in the publishing run: an empty workspace.
    rmSync(ws, { recursive: true, force: true })
    mkdirSync(ws)
    const h = harness({ 'report-from': file, rules: '' })
    await h.run(workflowRun([{ number: 7, head: { sha: HEAD_SHA } }]))
    expect(h.gh.checkRuns).toHaveLength(1)
    expect(h.gh.checkRuns[0]).toMatchObject({ head_sha: HEAD_SHA, conclusion: 'failure' })
    expect(h.gh.comments).toHaveLength(1)
    expect(h.gh.comments[0].body).toContain('rundll32_bare.yml')
    // The report's fail-on (the config's default, error) applies.
    expect(h.core.failed).toHaveLength(1)
    expect(h.gh.callsTo('pulls.listFiles')).toHaveLength(0)
    expect(h.core.outputs.findings).toBe(String(count))
  })

  test('a fork: the pull request from pr-number, verified; fail-on from the input', async () => {
    writeCorpus()
    const count = expectedFindings(CHANGED_TARGETS).length
    const file = writePublished()
    writeFileSync(path.join(path.dirname(file), 'pr-number'), '7\n')
    const h = harness({ 'report-from': file, 'fail-on': 'none' })
    h.gh.pulls[7] = { sha: HEAD_SHA, repo: 'someone/rules' }
    await h.run(workflowRun([]))
    expect(h.gh.callsTo('pulls.get')).toHaveLength(1)
    expect(h.gh.comments).toHaveLength(1)
    expect(h.gh.checkRuns[0].conclusion).toBe('neutral')
    expect(h.core.failed).toEqual([])
    expect(h.core.outputs.findings).toBe(String(count))
  })

  test('a pr-number that does not match the run’s commit: a check run, no comment, one warning', async () => {
    writeCorpus()
    const file = writePublished()
    writeFileSync(path.join(path.dirname(file), 'pr-number'), '8')
    const h = harness({ 'report-from': file, 'fail-on': 'none' })
    h.gh.pulls[8] = { sha: 'ab'.repeat(20), repo: 'acme/rules' }
    await h.run(workflowRun([]))
    expect(h.gh.comments).toEqual([])
    expect(h.gh.checkRuns).toHaveLength(1)
    expect(h.core.plainWarnings).toEqual([
      expect.stringMatching(/^detlint writes no pull request comment: pr-number names #8/)
    ])
  })

  test('a report that is not valid fails the step, naming the field', async () => {
    writeCorpus()
    const file = path.join(temp, 'bad.json')
    writeFileSync(file, JSON.stringify({ findings: [{ check: 'parse-error' }], summary: {} }))
    const h = harness({ 'report-from': file })
    await h.run(workflowRun([]))
    expect(h.core.failed).toEqual([
      'report-from: bad.json: findings[0].severity: expected one of error, warning, notice, got nothing'
    ])
    expect(h.gh.calls).toEqual([])
  })
})

describe('run() with the real client', () => {
  test('the default client retries a 502 with the tuning Deps give (no real waits)', async () => {
    writeCorpus()
    const api = new StandInGitHub()
    await api.start()
    try {
      api.pullFiles.set(7, prFiles())
      api.failures = [
        { method: 'GET', path: /\/pulls\/7\/files$/, status: 502, message: 'Bad Gateway', times: 2 }
      ]
      const core = new FakeCore({ ...INPUTS, comment: 'false', 'check-run': 'false', 'fail-on': 'none' })
      await run({
        core,
        context: prContext(),
        clientTuning: { retryAfterBaseValue: 1 },
        env: { GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp, GITHUB_API_URL: api.url },
        toolVersion: 'x'
      })
      expect(core.failed).toEqual([])
      expect(api.requestsTo('GET', /\/pulls\/7\/files$/).map(r => r.query.page ?? '1')).toEqual([
        '1',
        '1',
        '1',
        '2',
        '3'
      ])
      expect(core.outputs.findings).toBe(String(expectedFindings(CHANGED_TARGETS).length))
    } finally {
      await api.stop()
    }
  })
})

describe('run() and ATT&CK data', () => {
  const PINNED_URL = attackBundleUrl('18.1')

  function writeAttackCorpus(config = CONFIG): void {
    writeCorpus()
    write('.detlint.yml', config)
    write('rules/new/old_tag.yml', OLD_TAG_RULE)
  }

  function serveBundle(h: Harness): void {
    h.answer = () => new Response(JSON.stringify(smallBundle()), { status: 200 })
  }

  function revoked(h: Harness): Array<string | null> {
    return readReport(h.core.outputs.report)
      .findings.filter(f => f.check === 'technique-revoked')
      .map(f => (f.evidence as { replacement: string | null }).replacement)
  }

  function notices(h: Harness): string[] {
    return h.core.logged.filter(l => l.kind === 'notice' && l.props?.file === undefined).map(l => l.message)
  }

  const dispatch = (): ActionContext => eventContext('workflow_dispatch', {})

  test('attack: download: downloads the pinned bundle once, then reads the cached table', async () => {
    writeAttackCorpus()
    const toolCache = path.join(temp, 'tool-cache')
    const first = harness({ attack: 'download', 'fail-on': 'none' })
    first.env = { RUNNER_TOOL_CACHE: toolCache }
    serveBundle(first)
    await first.run(dispatch())
    expect(first.core.failed).toEqual([])
    expect(first.fetched).toEqual([PINNED_URL])
    const cached = cachedTableFile(path.join(toolCache, 'detlint', 'attack'), '18.1')
    expect(first.core.infos).toContain(
      `ATT&CK data: v18.1, downloaded from ${PINNED_URL} and cached in ${cached}`
    )
    expect(revoked(first)).toEqual(['T1059.001'])
    expect(notices(first)).toEqual([])
    expect(JSON.parse(readFileSync(cached, 'utf8'))).toMatchObject({
      attack_version: '18.1',
      source: PINNED_URL
    })

    const second = harness({ attack: 'download', 'fail-on': 'none' })
    second.env = { RUNNER_TOOL_CACHE: toolCache }
    await second.run(dispatch())
    expect(second.fetched).toEqual([])
    expect(second.core.infos).toContain(`ATT&CK data: v18.1, cached in ${cached}`)
    expect(revoked(second)).toEqual(['T1059.001'])
    expect(second.core.outputs.findings).toBe(first.core.outputs.findings)
  })

  test('with the cache input, the table is also cached beside the catalog cache (kept by actions/cache)', async () => {
    writeAttackCorpus()
    const inputs = { attack: 'download', 'fail-on': 'none', cache: '.detlint-cache/catalog.json' }
    const first = harness(inputs)
    serveBundle(first)
    await first.run(dispatch())
    const beside = cachedTableFile(path.join(ws, '.detlint-cache'), '18.1')
    const inTemp = cachedTableFile(path.join(temp, 'detlint', 'attack'), '18.1')
    expect(readFileSync(beside, 'utf8')).toBe(readFileSync(inTemp, 'utf8'))
    expect(existsSync(path.join(ws, '.detlint-cache', 'catalog.json'))).toBe(true)

    // A new runner: an empty RUNNER_TEMP, the cache folder restored by actions/cache.
    rmSync(temp, { recursive: true, force: true })
    mkdirSync(temp)
    const second = harness(inputs)
    await second.run(dispatch())
    expect(second.fetched).toEqual([])
    expect(second.core.infos).toContain(`ATT&CK data: v18.1, cached in ${beside}`)
    expect(revoked(second)).toEqual(['T1059.001'])
  })

  test('attack-version and DETLINT_ATTACK_BASE_URL choose what is fetched', async () => {
    writeAttackCorpus()
    const h = harness({ attack: 'download', 'attack-version': '17.1', 'fail-on': 'none' })
    h.env = { DETLINT_ATTACK_BASE_URL: 'http://127.0.0.1:9/mirror' }
    serveBundle(h)
    await h.run(dispatch())
    expect(h.fetched).toEqual(['http://127.0.0.1:9/mirror/enterprise-attack-17.1.json'])
    expect(existsSync(cachedTableFile(path.join(temp, 'detlint', 'attack'), '17.1'))).toBe(true)
    expect(revoked(h)).toEqual(['T1059.001'])
  })

  test.each([
    ['offline', offline, '(fetch failed: getaddrinfo ENOTFOUND raw.githubusercontent.com)'],
    ['a 404', () => new Response('Not Found', { status: 404 }), '(HTTP 404)'],
    ['not a bundle', () => new Response('<html>', { status: 200 }), `(${PINNED_URL}: not valid JSON`]
  ])('%s: one notice, and the run goes on without the table checks', async (_name, answer, why) => {
    writeAttackCorpus()
    const h = harness({ attack: 'download', 'fail-on': 'none' })
    h.gh.files = prFiles()
    h.answer = answer
    await h.run()
    expect(h.fetched).toEqual([PINNED_URL])
    expect(h.core.failed).toEqual([])
    const said = notices(h)
    expect(said).toHaveLength(1)
    expect(said[0]).toContain(`detlint could not download ATT&CK v18.1 from ${PINNED_URL} ${why}`)
    expect(said[0]).toMatch(
      /: technique-revoked and tactic-mismatch did not run; missing-common-exclusion groups peers by technique as tagged, without following revoked or moved IDs\. To have the table, give the attack input an ATT&CK table/
    )
    // The findings are those of a run without ATT&CK data, and they are posted.
    expect(h.core.outputs.findings).toBe(String(expectedFindings(CHANGED_TARGETS).length))
    expect(h.gh.comments).toHaveLength(1)
    expect(h.gh.checkRuns).toHaveLength(1)
    expect(existsSync(cachedTableFile(path.join(temp, 'detlint', 'attack'), '18.1'))).toBe(false)
  })

  test('the notice names only the table checks that are on', async () => {
    writeAttackCorpus(`${CONFIG}  technique-unknown:\n    severity: off\n`)
    const h = harness({ attack: 'download', 'fail-on': 'none' })
    await h.run(dispatch())
    expect(notices(h)).toHaveLength(1)
    expect(notices(h)[0]).toMatch(
      /: technique-revoked and tactic-mismatch did not run; missing-common-exclusion groups peers/
    )
  })

  test('with only missing-common-exclusion on, the table is still worth a download', async () => {
    writeAttackCorpus(
      `${CONFIG}  technique-unknown:\n    severity: off\n  technique-revoked:\n    severity: off\n  tactic-mismatch:\n    severity: off\n`
    )
    const h = harness({ attack: 'download', 'fail-on': 'none' })
    await h.run(dispatch())
    expect(notices(h)).toHaveLength(1)
    expect(notices(h)[0]).toMatch(
      /\): missing-common-exclusion groups peers by technique as tagged, without following revoked or moved IDs\. To have the table/
    )
  })

  test.each([
    ['attack: none', { attack: 'none' }, CONFIG],
    ['attack: false', { attack: 'false' }, CONFIG],
    ['an attack file', { attack: 'attack.json' }, CONFIG],
    ['no attack input (the built-in table)', { attack: '' }, CONFIG],
    ["the config's attack", { attack: '' }, `${CONFIG}attack: attack.json\n`],
    [
      'every check that uses the table off',
      { attack: '' },
      `${CONFIG}  technique-unknown:\n    severity: off\n  technique-revoked:\n    severity: off\n  tactic-mismatch:\n    severity: off\n  missing-common-exclusion:\n    severity: off\n`
    ]
  ])('%s: no request, no notice', async (_name, inputs, config) => {
    writeAttackCorpus(config)
    write('attack.json', JSON.stringify(smallTableFile()))
    const h = harness({ ...inputs, 'fail-on': 'none' })
    serveBundle(h)
    await h.run(dispatch())
    expect(h.core.failed).toEqual([])
    expect(h.fetched).toEqual([])
    expect(notices(h)).toEqual([])
    expect(existsSync(path.join(temp, 'detlint'))).toBe(false)
  })

  test('no ATT&CK data given: the built-in table, without a request', async () => {
    writeAttackCorpus()
    const h = harness({ attack: '', 'fail-on': 'none' })
    serveBundle(h)
    await h.run(dispatch())
    expect(h.core.failed).toEqual([])
    expect(h.fetched).toEqual([])
    expect(h.core.infos).toContain('ATT&CK data: the built-in table (ATT&CK v18.1, with the v19 moves)')
    expect(revoked(h)).toEqual(['T1059.001'])
  })

  test('no request when there is nothing to check, or a report to publish', async () => {
    writeAttackCorpus()
    const clean = harness({ attack: '' })
    clean.gh.files = [{ filename: 'README.md', status: 'modified' }]
    await clean.run()
    expect(clean.core.failed).toEqual([])
    expect(clean.fetched).toEqual([])

    const file = path.join(temp, 'artifact', 'detlint-report.json')
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, readFileSync(clean.core.outputs.report))
    const publish = harness({ attack: '', 'report-from': file })
    await publish.run(
      eventContext('workflow_run', { workflow_run: { head_sha: HEAD_SHA, pull_requests: [] } })
    )
    expect(publish.core.failed).toEqual([])
    expect(publish.fetched).toEqual([])
  })

  test('the cache folders: beside the catalog cache first, then the tool cache or temp folder', () => {
    expect(
      attackCacheDirs({ RUNNER_TOOL_CACHE: '/opt/tc', RUNNER_TEMP: '/tmp/r' }, '/ws/.c/catalog.json')
    ).toEqual(['/ws/.c', path.join('/opt/tc', 'detlint', 'attack')])
    expect(attackCacheDirs({ RUNNER_TEMP: '/tmp/r' }, null)).toEqual([
      path.join('/tmp/r', 'detlint', 'attack')
    ])
    expect(attackCacheDirs({}, null)).toEqual([path.join(tmpdir(), 'detlint', 'attack')])
  })
})

describe('run() failures', () => {
  test('invalid input: the message names the input and the value', async () => {
    writeCorpus()
    const h = harness({ 'fail-on': 'warn' })
    await h.run()
    expect(h.core.failed).toEqual(['fail-on: expected one of error, warning, notice, none, got "warn"'])
    expect(h.gh.calls).toEqual([])
  })

  test('a config file named but missing', async () => {
    writeCorpus()
    const h = harness({ config: 'detlint.yml' })
    await h.run()
    expect(h.core.failed).toEqual(['config: cannot read "detlint.yml": no such file'])
  })

  test('a missing rules folder', async () => {
    writeCorpus()
    const h = harness({ rules: 'detections' })
    await h.run(pushContext())
    expect(h.core.failed).toEqual(['rules: no such file or folder: "detections"'])
  })

  test.each([
    ['a string', 'plain string thrown', 'plain string thrown'],
    ['an object with a message', { message: 'object thrown' }, 'object thrown'],
    ['an object without one', { code: 7 }, '{"code":7}'],
    ['a number', 42, '42'],
    ['null', null, 'null'],
    ['an Error', new Error('listing failed'), 'listing failed']
  ])('any thrown value becomes setFailed: %s', async (_name, thrown, message) => {
    writeCorpus()
    const h = harness()
    h.gh.listFilesError = thrown
    await h.run()
    expect(h.core.failed).toEqual([message])
  })

  test('undefined thrown becomes setFailed too', async () => {
    const core = new FakeCore({})
    core.getInput = () => {
      throw undefined
    }
    await run({ core, context: pushContext(), env: { GITHUB_WORKSPACE: ws } })
    expect(core.failed).toEqual(['undefined'])
  })

  test('a toolkit that throws a non-Error from getInput', async () => {
    const core = new FakeCore({})
    core.getInput = () => {
      throw 'input service down'
    }
    await run({ core, context: pushContext(), env: { GITHUB_WORKSPACE: '/nonexistent' } })
    expect(core.failed).toEqual(['input service down'])
  })
})

describe('run() with a catalog site', () => {
  test('writes the site of the catalog it built, and findings link to its pages', async () => {
    writeCorpus()
    const h = harness({ site: '_site', 'site-url': 'https://acme.github.io/rules' })
    h.gh.files = prFiles()
    await h.run()
    expect(existsSync(path.join(ws, '_site/index.html'))).toBe(true)
    const technique = readFileSync(path.join(ws, '_site/t/T1218.011.html'), 'utf8')
    expect(technique).toContain('Rundll32 Loads A Library Export A')
    const rulePage = technique.match(/href="\.\.\/(r\/[^"]+)">Rundll32 Loads A Library Export A</)?.[1] ?? ''
    expect(readFileSync(path.join(ws, '_site', rulePage), 'utf8')).toContain('<ul class="tree">')
    expect(h.core.infos.some(m => /^site: \d+ files .* written to /.test(m))).toBe(true)
    expect(h.core.summaries[0]).toMatch(
      /Catalog site: \[[^\]]+\]\(https:\/\/acme\.github\.io\/rules\/r\/sigma-/
    )
    expect(h.gh.comments[0].body).toContain('](https://acme.github.io/rules/')
  })

  test('writes the site when no rule changed', async () => {
    writeCorpus()
    const h = harness({ site: '_site' })
    h.gh.files = [{ filename: 'README.md', status: 'modified' }]
    await h.run()
    expect(existsSync(path.join(ws, '_site/t/T1218.011.html'))).toBe(true)
    expect(h.core.summaries[0]).not.toContain('Catalog site')
  })
})
