/**
 * The bundled action (`node dist/index.js`, as committed: run `npm run bundle` first) run as
 * a child process against a stand-in GitHub API on 127.0.0.1.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { smallBundle } from '../attack/tables.js'
import { runAction, type ActionRun } from './run-action.js'
import { StandInGitHub } from './stand-in.js'
import { BARE_RULE_FILTERED, OLD_TAG_RULE } from '../fixtures/sigma-rules.js'
import { BROKEN_RULE, Workspace } from './workspace.js'
import { serveCorpus } from '../corpus/fixtures.js'

const HEAD = 'c0ffee'.repeat(6) + 'c0ff'
const BEFORE = 'b0'.repeat(20)
const AFTER = 'af'.repeat(20)
const MARKER = '<!-- detlint:report -->'

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
  ws.writeCorpus()
  api.pullFiles.clear()
  api.comments.clear()
  api.checkRuns = []
  api.compareFiles = []
  api.failures = []
  api.attackBundles.clear()
  api.clearRequests()
})
afterEach(() => ws.remove())

function prPayload(opts: { fork?: boolean } = {}): Record<string, unknown> {
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      head: { sha: HEAD, ref: 'feature', repo: { full_name: opts.fork ? 'someone/rules' : 'acme/rules' } },
      base: { sha: BEFORE, ref: 'main', repo: { full_name: 'acme/rules' } }
    },
    repository: { full_name: 'acme/rules', name: 'rules', owner: { login: 'acme' } }
  }
}

/** 240 changed files (3 pages of 100): documentation around the two changed rules. */
function prFiles(): Array<{ filename: string; status: string }> {
  const docs = Array.from({ length: 238 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'modified' }))
  return [
    ...docs.slice(0, 150),
    { filename: 'rules/new/rundll32_bare.yml', status: 'added' },
    ...docs.slice(150),
    { filename: 'rules/new/broken.yml', status: 'renamed' }
  ]
}

/** `attack: none`: the runs not about ATT&CK data download nothing. */
const INPUTS = { token: 'ghs_e2e', rules: 'rules/**/*.yml', 'fail-on': 'none', attack: 'none' }

async function pr(
  inputs: Record<string, string> = {},
  payload = prPayload(),
  env: Record<string, string> = {},
  timeoutMs?: number
): Promise<ActionRun> {
  return runAction({
    apiUrl: api.url,
    workspace: ws.dir,
    eventName: 'pull_request',
    payload,
    inputs: { ...INPUTS, ...inputs },
    sha: 'merge'.padEnd(40, '0'),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    env
  })
}

function expectOk(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`exit ${run.code}\n${run.stdout}\n${run.stderr}`)
}

describe('the bundled action on a pull request', () => {
  test('lists the files across pages, then creates and updates one comment across runs', async () => {
    api.pullFiles.set(7, prFiles())
    const first = await pr()
    expectOk(first)
    // Files: three pages, followed through the Link headers.
    const pages = api.requestsTo('GET', /\/pulls\/7\/files$/)
    expect(pages.map(r => r.query.page ?? '1')).toEqual(['1', '2', '3'])
    expect(pages.every(r => r.query.per_page === '100')).toBe(true)
    expect(first.infos).toContain('changed files: 240, rule files to check: 2')
    // One comment, by the token's user, with the marker.
    expect(api.comments.get(7)).toHaveLength(1)
    const body1 = api.comments.get(7)?.[0].body ?? ''
    expect(body1.startsWith(MARKER)).toBe(true)
    expect(body1).toContain('rundll32_bare')
    // Annotations on the check run of the head commit, none as workflow commands.
    expect(api.checkRuns).toHaveLength(1)
    expect(api.checkRuns[0]).toMatchObject({ name: 'detlint', head_sha: HEAD, conclusion: 'neutral' })
    const report = JSON.parse(readFileSync(first.outputs.report, 'utf8')) as { findings: unknown[] }
    expect(api.checkRuns[0].annotations).toHaveLength(report.findings.length)
    expect(first.annotations).toEqual([])
    expect(first.warnings).toEqual([])
    expect(first.summary).toContain('## detlint')
    // The check run's summary is the job summary.
    expect(api.checkRuns[0].output.summary).toBe(first.summary)

    // The author adds the filter: the same comment is rewritten.
    api.clearRequests()
    ws.write('rules/new/rundll32_bare.yml', BARE_RULE_FILTERED)
    const second = await pr()
    expectOk(second)
    expect(api.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(0)
    expect(api.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1)
    expect(api.comments.get(7)).toHaveLength(1)
    expect(api.comments.get(7)?.[0].body).not.toBe(body1)
    expect(second.infos).toContain('comment: updated')

    // A re-run with the same findings: no write to the comment.
    api.clearRequests()
    const third = await pr()
    expectOk(third)
    expect(api.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(0)
    expect(api.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(0)
    expect(third.infos).toContain('comment: unchanged')
    expect(api.comments.get(7)).toHaveLength(1)
  })

  test('a read-only token (fork): one warning, annotations as workflow commands, exit 0', async () => {
    api.pullFiles.set(7, prFiles())
    api.failures = [
      {
        method: 'POST',
        path: /\/check-runs$/,
        status: 403,
        message: 'Resource not accessible by integration'
      },
      {
        method: 'POST',
        path: /\/issues\/7\/comments$/,
        status: 403,
        message: 'Resource not accessible by integration'
      }
    ]
    const run = await pr({}, prPayload({ fork: true }))
    expectOk(run)
    // Each refused write was tried once (never retried), and both end in one warning.
    expect(api.requestsTo('POST', /\/check-runs$/)).toHaveLength(1)
    expect(api.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(1)
    expect(run.warnings).toHaveLength(1)
    expect(run.warnings[0]).toMatch(/could not create the check run or write the pull request comment/)
    expect(run.stdout.split('\n').filter(l => l.startsWith('::warning::'))).toHaveLength(1)
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as { findings: unknown[] }
    expect(run.annotations).toHaveLength(report.findings.length)
    expect(run.annotations.map(a => a.props.file).sort()).toEqual(
      expect.arrayContaining(['rules/new/broken.yml', 'rules/new/rundll32_bare.yml'])
    )
    expect(run.summary).toContain('## detlint')
    expect(api.checkRuns).toEqual([])
  })

  test('a 502 is retried and the run succeeds', async () => {
    api.pullFiles.set(7, prFiles())
    api.failures = [
      { method: 'GET', path: /\/pulls\/7\/files$/, status: 502, message: 'Bad Gateway', times: 1 }
    ]
    const run = await pr({ comment: 'false' })
    expectOk(run)
    const pages = api.requestsTo('GET', /\/pulls\/7\/files$/)
    expect(pages.map(r => r.query.page ?? '1')).toEqual(['1', '1', '2', '3'])
    expect(run.outputs.findings).not.toBe('0')
    expect(run.warnings).toEqual([])
  })
})

describe('the bundled action on other events', () => {
  test('workflow_dispatch: every rule, no comment; 120 findings go to the check run 50 at a time', async () => {
    // The corpus gives 3 findings (a parse error, two warnings); 117 broken files make 120.
    for (let i = 0; i < 117; i++) ws.write(`rules/bulk/broken_${String(i).padStart(3, '0')}.yml`, BROKEN_RULE)
    const run = await runAction({
      apiUrl: api.url,
      workspace: ws.dir,
      eventName: 'workflow_dispatch',
      payload: { inputs: {}, ref: 'refs/heads/main' },
      inputs: { ...INPUTS, 'fail-on': 'error' },
      sha: AFTER
    })
    // fail-on error: the step fails, the check run says so.
    expect(run.code).toBe(1)
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as { findings: unknown[] }
    expect(report.findings).toHaveLength(120)
    expect(api.requestsTo('POST', /\/check-runs$/)).toHaveLength(1)
    const updates = api.requestsTo('PATCH', /\/check-runs\/\d+$/)
    expect(updates).toHaveLength(3)
    const sizes = updates.map(
      u => ((u.body as { output: { annotations: unknown[] } }).output.annotations ?? []).length
    )
    expect(sizes).toEqual([50, 50, 20])
    expect(api.checkRuns[0]).toMatchObject({ head_sha: AFTER, status: 'completed', conclusion: 'failure' })
    expect(api.checkRuns[0].annotations).toHaveLength(120)
    expect(run.annotations).toEqual([])
    expect(api.requests.filter(r => r.path.includes('/issues/'))).toEqual([])
    expect(api.requests.filter(r => r.path.includes('/pulls/'))).toEqual([])
    expect(run.commands.filter(c => c.kind === 'error' && !c.props.file).map(c => c.message)).toEqual([
      // The 118 parse errors; the two warnings do not reach "error".
      'detlint: 118 findings at or above "error"'
    ])
  })

  test('push: the files between before and after through compare; no comment', async () => {
    api.compareFiles = [
      { filename: 'rules/new/rundll32_bare.yml', status: 'modified' },
      { filename: 'rules/gone.yml', status: 'removed' },
      { filename: 'README.md', status: 'modified' }
    ]
    const run = await runAction({
      apiUrl: api.url,
      workspace: ws.dir,
      eventName: 'push',
      payload: { ref: 'refs/heads/main', before: BEFORE, after: AFTER, created: false, deleted: false },
      inputs: INPUTS,
      sha: AFTER
    })
    expectOk(run)
    const compare = api.requestsTo('GET', /\/compare\//)
    expect(compare[0].path).toBe(`/repos/acme/rules/compare/${BEFORE}...${AFTER}`)
    expect(compare[0].query).toMatchObject({ per_page: '100', page: '1' })
    expect(run.infos).toContain('changed files (b0b0b0b...afafafa): 3, rule files to check: 1')
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as {
      findings: Array<{ path: string }>
      summary: { filesChecked: number }
    }
    expect(report.summary.filesChecked).toBe(1)
    expect(new Set(report.findings.map(f => f.path))).toEqual(new Set(['rules/new/rundll32_bare.yml']))
    expect(api.checkRuns[0]).toMatchObject({ head_sha: AFTER, conclusion: 'neutral' })
    expect(api.requests.filter(r => r.path.includes('/issues/'))).toEqual([])
    expect(existsSync(run.outputs.report)).toBe(true)
  })
})

describe('the fork-safe pair', () => {
  test('workflow_run with report-from publishes the fork run’s report: check run and comment', async () => {
    // The pull_request run of a fork: read-only, so it only writes its report.
    api.pullFiles.set(7, prFiles())
    const fork = await pr({ comment: 'false', 'check-run': 'false' }, prPayload({ fork: true }))
    expectOk(fork)
    expect(api.requests.filter(r => r.method !== 'GET')).toEqual([])
    // The artifact: the report and the pull request number.
    const artifact = path.join(ws.root, 'artifact')
    mkdirSync(artifact)
    copyFileSync(fork.outputs.report, path.join(artifact, 'detlint-report.json'))
    writeFileSync(path.join(artifact, 'pr-number'), '7\n')

    // The workflow_run: no checkout (an empty workspace), a write token.
    api.clearRequests()
    api.pulls.set(7, { sha: HEAD, repo: 'someone/rules' })
    const empty = new Workspace()
    try {
      const publish = await runAction({
        apiUrl: api.url,
        workspace: empty.dir,
        eventName: 'workflow_run',
        payload: {
          action: 'completed',
          workflow_run: {
            id: 99,
            event: 'pull_request',
            head_sha: HEAD,
            head_repository: { full_name: 'someone/rules' },
            pull_requests: []
          }
        },
        inputs: { token: 'ghs_write', 'report-from': path.join(artifact, 'detlint-report.json') },
        sha: 'de'.repeat(20)
      })
      expectOk(publish)
      expect(api.requestsTo('GET', /\/pulls\/7$/)).toHaveLength(1)
      expect(api.requestsTo('GET', /\/pulls\/7\/files$/)).toHaveLength(0)
      expect(api.checkRuns).toHaveLength(1)
      expect(api.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'neutral' })
      expect(api.checkRuns[0].annotations).toHaveLength(Number(fork.outputs.findings))
      expect(api.comments.get(7)).toHaveLength(1)
      expect(publish.outputs.findings).toBe(fork.outputs.findings)
      expect(publish.warnings).toEqual([])
    } finally {
      empty.remove()
    }
  })
})

describe('the bundled action and ATT&CK data', () => {
  const BUNDLE = 'enterprise-attack-18.1.json'

  function dispatch(inputs: Record<string, string>): Promise<ActionRun> {
    return runAction({
      apiUrl: api.url,
      workspace: ws.dir,
      eventName: 'workflow_dispatch',
      payload: { inputs: {}, ref: 'refs/heads/main' },
      inputs: { ...INPUTS, ...inputs },
      sha: AFTER
    })
  }

  function revoked(run: ActionRun): string[] {
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as {
      findings: Array<{ check: string; path: string }>
    }
    return report.findings.filter(f => f.check === 'technique-revoked').map(f => f.path)
  }

  const notices = (run: ActionRun): string[] =>
    run.commands.filter(c => c.kind === 'notice' && c.props.file === undefined).map(c => c.message)

  test('attack: download: the pinned bundle is downloaded, cached beside the catalog cache, and reused', async () => {
    ws.write('rules/new/old_tag.yml', OLD_TAG_RULE)
    api.attackBundles.set(BUNDLE, smallBundle())
    const inputs = { attack: 'download', cache: '.detlint-cache/catalog.json' }
    const first = await dispatch(inputs)
    expectOk(first)
    expect(api.requestsTo('GET', /^\/attack\//).map(r => r.path)).toEqual([`/attack/${BUNDLE}`])
    const cached = path.join(ws.dir, '.detlint-cache', 'enterprise-attack-18.1.table.json')
    expect(first.infos).toContain(
      `ATT&CK data: v18.1, downloaded from ${api.url}/attack/${BUNDLE} and cached in ${cached}`
    )
    expect(revoked(first)).toEqual(['rules/new/old_tag.yml'])
    expect(notices(first)).toEqual([])
    expect(JSON.parse(readFileSync(cached, 'utf8'))).toMatchObject({ attack_version: '18.1' })

    // The next run (a new RUNNER_TEMP; the cache folder kept by actions/cache): no request.
    api.clearRequests()
    const second = await dispatch(inputs)
    expectOk(second)
    expect(api.requestsTo('GET', /^\/attack\//)).toEqual([])
    expect(second.infos).toContain(`ATT&CK data: v18.1, cached in ${cached}`)
    expect(revoked(second)).toEqual(['rules/new/old_tag.yml'])
    expect(second.outputs.findings).toBe(first.outputs.findings)
  })

  // @actions/tool-cache retries a network error twice, 10 to 20 s apart: about 40 s at most.
  test('offline: one notice after the download retries, the findings are still posted, exit 0', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise(resolve => closed.close(resolve))
    api.pullFiles.set(7, prFiles())
    const run = await pr(
      { attack: 'download' },
      prPayload(),
      { DETLINT_ATTACK_BASE_URL: `http://127.0.0.1:${port}` },
      90_000
    )
    expectOk(run)
    const said = notices(run)
    expect(said).toHaveLength(1)
    expect(said[0]).toMatch(
      new RegExp(
        `^detlint could not download ATT&CK v18\\.1 from http://127\\.0\\.0\\.1:${port}/${BUNDLE} \\(.*ECONNREFUSED.*\\): ` +
          'technique-revoked and tactic-mismatch did not run; missing-common-exclusion groups peers by technique as tagged, without following revoked or moved IDs\\. To have the table, give the attack input'
      )
    )
    expect(run.warnings).toEqual([])
    expect(Number(run.outputs.findings)).toBeGreaterThan(0)
    expect(api.comments.get(7)).toHaveLength(1)
    expect(api.checkRuns).toHaveLength(1)
    expect(api.checkRuns[0].annotations).toHaveLength(Number(run.outputs.findings))
  }, 120_000)

  test('attack: none: no request, no notice', async () => {
    ws.write('rules/new/old_tag.yml', OLD_TAG_RULE)
    api.attackBundles.set(BUNDLE, smallBundle())
    const run = await dispatch({ attack: 'none' })
    expectOk(run)
    expect(api.requestsTo('GET', /^\/attack\//)).toEqual([])
    expect(notices(run)).toEqual([])
    expect(revoked(run)).toEqual([])
    expect(existsSync(path.join(ws.dir, '.detlint-cache'))).toBe(false)
  })
})

describe('the bundled action and named baselines', () => {
  test('baseline: sigma, elastic, splunk — downloaded once from the API, then read from the tool cache', async () => {
    for (const name of ['sigma', 'elastic', 'splunk'] as const) await serveCorpus(api, name)
    const tools = path.join(ws.root, 'tool-cache')
    const inputs = { baseline: 'sigma, elastic, splunk', comment: 'false', 'check-run': 'false' }
    const env = { RUNNER_TOOL_CACHE: tools }
    const dispatch = async (): Promise<ActionRun> =>
      runAction({
        apiUrl: api.url,
        workspace: ws.dir,
        eventName: 'workflow_dispatch',
        payload: {},
        inputs: { ...INPUTS, ...inputs },
        env
      })
    const first = await dispatch()
    expectOk(first)
    expect(api.requestsTo('GET', /\/tarball\//).map(r => r.path.split('/')[3])).toEqual([
      'sigma',
      'detection-rules',
      'security_content'
    ])
    expect(
      first.infos.some(l => l.startsWith('checked 4 rules in 5 files against a catalog of 10 rules'))
    ).toBe(true)
    const report = JSON.parse(readFileSync(first.outputs.report, 'utf8')) as {
      summary: { catalogRules: number }
    }
    expect(report.summary.catalogRules).toBe(4 + 3 + 2 + 1)

    api.clearRequests()
    const second = await dispatch()
    expectOk(second)
    expect(api.requestsTo('GET', /\/tarball\//)).toEqual([])
    expect(second.infos.filter(l => l.startsWith('baseline '))).toHaveLength(3)
    expect(
      second.infos
        .filter(l => l.startsWith('baseline '))
        .every(l => l.endsWith("from the runner's tool cache"))
    ).toBe(true)
  })

  test('with the Actions cache service: saved on the first run, restored on a fresh runner without a download', async () => {
    await serveCorpus(api, 'splunk')
    api.actionsCache.clear()
    const tools = path.join(ws.root, 'tool-cache')
    const dispatch = async (): Promise<ActionRun> =>
      runAction({
        apiUrl: api.url,
        workspace: ws.dir,
        eventName: 'workflow_dispatch',
        payload: {},
        inputs: { ...INPUTS, baseline: 'splunk', comment: 'false', 'check-run': 'false' },
        env: {
          RUNNER_TOOL_CACHE: tools,
          ACTIONS_CACHE_URL: `${api.url}/_cache/`,
          ACTIONS_RUNTIME_TOKEN: 'runtime'
        },
        timeoutMs: 60_000
      })
    const first = await dispatch()
    expectOk(first)
    expect(api.requestsTo('GET', /\/tarball\//)).toHaveLength(1)
    expect([...api.actionsCache.keys()]).toEqual([
      expect.stringMatching(/^detlint-corpus-splunk-b13b314aed0e1778335a55620474e7d27289a20a-catalog\d+-/)
    ])
    // A fresh runner: the tool cache is empty, the Actions cache has the catalog.
    rmSync(tools, { recursive: true, force: true })
    api.clearRequests()
    const second = await dispatch()
    expectOk(second)
    expect(api.requestsTo('GET', /\/tarball\//)).toEqual([])
    expect(api.requestsTo('GET', /^\/_cache\/archive\//)).toHaveLength(1)
    expect(second.infos).toContainEqual(
      expect.stringMatching(
        /^baseline splunk@b13b314aed0e: catalog of 1 rules from the Actions cache \(detlint-corpus-splunk-/
      )
    )
    const report = JSON.parse(readFileSync(second.outputs.report, 'utf8')) as {
      summary: { catalogRules: number }
    }
    expect(report.summary.catalogRules).toBe(4 + 1)
  }, 120_000)

  test('refused download: the step fails with what to check out instead', async () => {
    api.tarballs.clear()
    const run = await runAction({
      apiUrl: api.url,
      workspace: ws.dir,
      eventName: 'workflow_dispatch',
      payload: {},
      inputs: { ...INPUTS, baseline: 'elastic', comment: 'false', 'check-run': 'false' }
    })
    expect(run.code).toBe(1)
    const errors = run.commands.filter(c => c.kind === 'error').map(c => c.message)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/cannot download elastic@14cf530f0d21 .* \(HTTP 404: no such repository or ref/)
    expect(errors[0]).toContain(
      'check out elastic/detection-rules at 14cf530f0d2177023092449cd9d9348b4a8884c2'
    )
    expect(run.stderr).toBe('')
  })
})
