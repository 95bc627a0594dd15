/** The action with the `attack` input: the table reaches the checks; a bad table fails the run. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run, type ActionContext, type CoreApi } from '../../src/main.js'
import { smallTableFile } from './tables.js'

let ws: string
let temp: string

class Core implements CoreApi {
  failed: string[] = []
  notices: string[] = []
  outputs: Record<string, string> = {}
  constructor(private inputs: Record<string, string>) {}
  getInput(name: string): string {
    return this.inputs[name] ?? ''
  }
  info(): void {}
  warning(): void {}
  error(): void {}
  notice(message: string): void {
    this.notices.push(message)
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value
  }
  setFailed(message: string): void {
    this.failed.push(message)
  }
  summary = { addRaw: () => ({ write: async () => undefined }) }
}

const CONTEXT: ActionContext = {
  eventName: 'workflow_dispatch',
  payload: {},
  repo: { owner: 'acme', repo: 'rules' },
  serverUrl: 'https://github.com',
  runId: 1
}

beforeAll(() => {
  ws = mkdtempSync(path.join(tmpdir(), 'detlint-attack-action-'))
  temp = mkdtempSync(path.join(tmpdir(), 'detlint-attack-temp-'))
  mkdirSync(path.join(ws, 'rules'))
  writeFileSync(
    path.join(ws, 'rules/old.yml'),
    [
      'title: Old tag',
      'logsource: {category: process_creation, product: windows}',
      "detection: {selection: {Image|endswith: '\\x.exe'}, condition: selection}",
      'tags: [attack.t1086]',
      ''
    ].join('\n')
  )
  writeFileSync(path.join(ws, 'attack.json'), JSON.stringify(smallTableFile()))
  writeFileSync(path.join(ws, 'bad.json'), '{"attack_version": "1", "techniques": []}')
})

afterAll(() => {
  rmSync(ws, { recursive: true, force: true })
  rmSync(temp, { recursive: true, force: true })
})

/** Unit tests never reach the network: every fetch fails, as offline. */
const fetched: string[] = []
const offline: typeof globalThis.fetch = async input => {
  fetched.push(String(input))
  throw new TypeError('fetch failed')
}

async function action(inputs: Record<string, string>): Promise<Core> {
  const core = new Core({ rules: 'rules/**/*.yml', comment: 'false', 'check-run': 'false', ...inputs })
  await run({
    core,
    context: CONTEXT,
    env: { GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp },
    cwd: ws,
    fetch: offline
  })
  return core
}

describe('action input attack', () => {
  it('passes the table to the checks', async () => {
    const core = await action({ attack: 'attack.json', 'fail-on': 'none' })
    expect(core.failed).toEqual([])
    const report = JSON.parse(readFileSync(core.outputs.report, 'utf8')) as {
      findings: Array<{ check: string; evidence: { replacement: string | null } }>
    }
    expect(
      report.findings.filter(f => f.check === 'technique-revoked').map(f => f.evidence.replacement)
    ).toEqual(['T1059.001'])
  })

  it('attack: download, offline: the table checks do not run, with a notice', async () => {
    fetched.length = 0
    const core = await action({ attack: 'download', 'fail-on': 'none' })
    expect(core.failed).toEqual([])
    expect(fetched).toHaveLength(1)
    expect(core.notices).toHaveLength(1)
    expect(core.notices[0]).toMatch(/technique-revoked and tactic-mismatch did not run/)
    const report = JSON.parse(readFileSync(core.outputs.report, 'utf8')) as {
      findings: Array<{ check: string }>
    }
    expect(report.findings.filter(f => f.check === 'technique-revoked')).toEqual([])
  })

  it('fails the run naming the file and the place when the table is bad', async () => {
    const core = await action({ attack: 'bad.json' })
    expect(core.failed).toEqual(['bad.json: techniques: expected an object, got []'])
  })
})
