/** The bundled CLI (`node dist/cli.cjs`, as committed) on a small folder of rules. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { CLI, REPO_ROOT } from './run-action.js'
import { Workspace } from './workspace.js'
import { StandInGitHub } from './stand-in.js'
import { serveCorpus } from '../corpus/fixtures.js'

const exec = promisify(execFile)
let ws: Workspace

beforeAll(() => {
  ws = new Workspace()
  ws.writeCorpus()
})
afterAll(() => ws.remove())

async function cli(
  args: string[],
  env: Record<string, string> = {}
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], {
      cwd: ws.dir,
      timeout: 20_000,
      env: { ...process.env, ...env }
    })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('the bundled CLI', () => {
  test('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
    const { code, stdout } = await cli(['--version'])
    expect(code).toBe(0)
    expect(stdout.trim()).toBe(pkg.version)
  })

  test('check on a small folder: the findings, and exit 1 for the parse error', async () => {
    const { code, stdout } = await cli(['check', 'rules', '--format', 'json'])
    const report = JSON.parse(stdout) as { findings: Array<{ path: string; check: string }> }
    const checks = new Set(report.findings.map(f => `${f.path} ${f.check}`))
    expect(checks).toContain('rules/new/broken.yml parse-error')
    expect(checks).toContain('rules/new/rundll32_bare.yml noisy-indicator')
    expect(code).toBe(1)
    const none = await cli(['check', 'rules', '--fail-on', 'none'])
    expect(none.code).toBe(0)
    expect(none.stdout).toMatch(/\d+ findings \(1 error, \d+ warnings?, 0 notices\)/)
  })

  test('offline, with the built-in ATT&CK table: attack.t1086 is revoked, attack.t1059.01 is flagged on its line', async () => {
    ws.write(
      'tagged/old_tags.yml',
      [
        'title: PowerShell With Old Tags',
        'id: 5e5e5e5e-0000-4000-8000-000000000005',
        'tags:',
        '  - attack.execution',
        '  - attack.t1086',
        '  - attack.t1059.01',
        'logsource:',
        '  category: process_creation',
        '  product: windows',
        'detection:',
        '  selection:',
        "    Image|endswith: '\\powershell.exe'",
        '  condition: selection',
        'level: low',
        ''
      ].join('\n')
    )
    const env = { ...process.env, HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9' }
    // exit 0: warnings only; a proxy that refuses every connection proves no download is tried.
    const { stdout } = await exec(process.execPath, [CLI, 'check', 'tagged', '--format', 'json'], {
      cwd: ws.dir,
      env,
      timeout: 20_000
    })
    const report = JSON.parse(stdout) as {
      findings: Array<{ check: string; line: number; message: string; evidence: { code: string } }>
    }
    const attack = report.findings
      .filter(f => f.check.startsWith('technique-'))
      .map(f => `${f.check} ${f.line} ${f.evidence.code}`)
    expect(attack).toEqual(['technique-revoked 5 attack/revoked', 'technique-unknown 6 attack/malformed-tag'])
    expect(report.findings.find(f => f.line === 5)?.message).toMatch(
      /^T1086 \(PowerShell\) is revoked in ATT&CK v18\.1/
    )
  })
})

describe('the bundled CLI and named corpora', () => {
  let api: StandInGitHub
  beforeAll(async () => {
    api = new StandInGitHub()
    await api.start()
    await serveCorpus(api, 'sigma')
  })
  afterAll(async () => api.stop())

  test('--baseline sigma before a fetch: exit 2 and what to do; after corpus fetch it works offline', async () => {
    const env = {
      DETLINT_CACHE_DIR: path.join(ws.root, 'user-cache'),
      GITHUB_API_URL: api.url,
      GITHUB_TOKEN: ''
    }
    const before = await cli(['check', 'rules', '--baseline', 'sigma'], env)
    expect(before.code).toBe(2)
    expect(before.stderr).toMatch(
      /^detlint: --baseline: sigma: sigma@8eaafff1f284 is not in the cache .*run `detlint corpus fetch sigma`/
    )
    const fetched = await cli(['corpus', 'fetch', 'sigma'], env)
    expect(fetched.code).toBe(0)
    expect(fetched.stderr).toContain('sigma@8eaafff1f284: catalog of 3 rules')
    api.clearRequests()
    const offline = { ...env, GITHUB_API_URL: 'http://127.0.0.1:9' }
    const { code, stdout } = await cli(
      ['check', 'rules', '--baseline', 'sigma', '--format', 'json', '--fail-on', 'none'],
      offline
    )
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as { summary: { catalogRules: number } }).summary.catalogRules).toBe(4 + 3)
    expect(api.requests).toEqual([])
    const listed = await cli(['corpus', 'list'], offline)
    expect(listed.stdout).toMatch(/^sigma@8eaafff1f2845a696050e05e72ba1140ee190698 \(pinned\)\t3 rules\t/)
  })
})
