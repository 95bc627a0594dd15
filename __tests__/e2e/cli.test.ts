/** The bundled CLI (`node dist/cli.js`, as committed) on a small folder of rules. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { CLI, REPO_ROOT } from './run-action.js'
import { Workspace } from './workspace.js'

const exec = promisify(execFile)
let ws: Workspace

beforeAll(() => {
  ws = new Workspace()
  ws.writeCorpus()
})
afterAll(() => ws.remove())

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { cwd: ws.dir, timeout: 20_000 })
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
})
