/**
 * The action with `baseline: sigma, elastic, splunk`: the tarballs come from a loopback
 * stand-in of the GitHub API, and `@actions/cache` is a folder-backed stand-in that keeps
 * files by key as the Actions cache does. First run: download, build, save; a run on a
 * fresh runner: restore, no download; the repository's own rules never change the key.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run, type CoreApi } from '../../src/main.js'
import type { CacheApi } from '../../src/corpus/action.js'
import { CORPORA, corpusCacheKey, parseCorpusRef, type CorpusRef } from '../../src/corpus/registry.js'
import { StandInGitHub } from '../e2e/stand-in.js'
import { Workspace } from '../e2e/workspace.js'
import { serveCorpus } from './fixtures.js'
import { baseRule } from '../fixtures/sigma-rules.js'

/** Keeps each saved path's bytes under its key; restores them to the same path. */
class FolderCache implements CacheApi {
  saved = new Map<string, Map<string, string>>()
  restores: string[] = []
  available = true
  constructor(private readonly dir: string) {}
  isFeatureAvailable(): boolean {
    return this.available
  }
  async restoreCache(paths: string[], key: string): Promise<string | undefined> {
    this.restores.push(key)
    const entry = this.saved.get(key)
    if (!entry) return undefined
    for (const p of paths) {
      const stored = entry.get(p)
      if (stored === undefined) return undefined
      mkdirSync(path.dirname(p), { recursive: true })
      copyFileSync(stored, p)
    }
    return key
  }
  async saveCache(paths: string[], key: string): Promise<number> {
    if (this.saved.has(key))
      throw new Error(`Unable to reserve cache with key ${key}, another job may be creating this cache.`)
    const entry = new Map<string, string>()
    paths.forEach((p, i) => {
      const stored = path.join(this.dir, `${this.saved.size}-${i}`)
      copyFileSync(p, stored)
      entry.set(p, stored)
    })
    this.saved.set(key, entry)
    return this.saved.size
  }
}

class Core implements CoreApi {
  infos: string[] = []
  warnings: string[] = []
  failed: string[] = []
  outputs: Record<string, string> = {}
  constructor(private readonly inputs: Record<string, string>) {}
  getInput(name: string): string {
    return this.inputs[name] ?? ''
  }
  info(m: string): void {
    this.infos.push(m)
  }
  warning(m: string): void {
    this.warnings.push(m)
  }
  error(): void {}
  notice(): void {}
  setOutput(name: string, value: string): void {
    this.outputs[name] = value
  }
  setFailed(m: string): void {
    this.failed.push(m)
  }
  summary = { addRaw: () => ({ write: async () => undefined }) }
}

let api: StandInGitHub
let ws: Workspace
let runner: string
let cache: FolderCache

beforeAll(async () => {
  api = new StandInGitHub()
  await api.start()
  for (const name of ['sigma', 'elastic', 'splunk'] as const) await serveCorpus(api, name)
})
afterAll(async () => api.stop())
beforeEach(() => {
  ws = new Workspace()
  ws.writeCorpus()
  runner = mkdtempSync(path.join(tmpdir(), 'detlint-runner-'))
  cache = new FolderCache(mkdtempSync(path.join(runner, '..', 'detlint-actions-cache-')))
  api.clearRequests()
  api.failures = []
})
afterEach(() => {
  ws.remove()
  rmSync(runner, { recursive: true, force: true })
})

const INPUTS = {
  token: 'ghs_action',
  rules: 'rules/**/*.yml',
  baseline: 'sigma, elastic, splunk',
  'fail-on': 'none',
  attack: 'none',
  comment: 'false',
  'check-run': 'false'
}

/** One run on a runner whose tool cache is `toolCache` (a fresh runner: a new folder). */
async function runOnce(toolCache: string, inputs: Record<string, string> = {}): Promise<Core> {
  const core = new Core({ ...INPUTS, ...inputs })
  mkdirSync(toolCache, { recursive: true })
  await run({
    core,
    context: {
      eventName: 'workflow_dispatch',
      payload: {},
      repo: { owner: 'acme', repo: 'rules' },
      serverUrl: 'https://github.com',
      runId: 1
    },
    env: {
      GITHUB_WORKSPACE: ws.dir,
      RUNNER_TEMP: runner,
      RUNNER_TOOL_CACHE: toolCache,
      GITHUB_API_URL: api.url
    },
    cache,
    toolVersion: 'test'
  })
  return core
}

function catalogRules(core: Core): number {
  const report = JSON.parse(readFileSync(core.outputs.report, 'utf8')) as {
    summary: { catalogRules: number }
  }
  return report.summary.catalogRules
}

const ref = (name: string): CorpusRef => parseCorpusRef(name) as CorpusRef

describe('the action with named baselines', () => {
  test('first run downloads and saves each corpus; a fresh runner restores them without a download', async () => {
    const tools = path.join(runner, 'tool-cache')
    const first = await runOnce(tools)
    expect(first.failed).toEqual([])
    expect(
      api
        .requestsTo('GET', /\/tarball\//)
        .map(r => [r.path.split('/').slice(2, 4).join('/'), r.authorization])
    ).toEqual([
      ['SigmaHQ/sigma', 'Bearer ghs_action'],
      ['elastic/detection-rules', 'Bearer ghs_action'],
      ['splunk/security_content', 'Bearer ghs_action']
    ])
    // 5 workspace rules (one broken) + 3 Sigma + 2 Elastic + 1 Splunk.
    expect(catalogRules(first)).toBe(4 + 3 + 2 + 1)
    const keys = ['sigma', 'elastic', 'splunk'].map(n => corpusCacheKey(ref(n)))
    expect([...cache.saved.keys()]).toEqual(keys)
    expect(first.infos).toContain(`  saved to the Actions cache as ${keys[0]}`)

    // A fresh runner (empty tool cache), the repository's rules changed: restored by the same keys.
    ws.write('rules/new/another.yml', baseRule('f'))
    // A fresh runner: the same tool cache folder, empty.
    rmSync(tools, { recursive: true, force: true })
    api.clearRequests()
    const second = await runOnce(tools)
    expect(second.failed).toEqual([])
    expect(api.requestsTo('GET', /\/tarball\//)).toEqual([])
    expect(cache.restores.slice(-3)).toEqual(keys)
    expect(second.infos.filter(m => m.startsWith('baseline '))).toEqual([
      expect.stringMatching(
        /^baseline sigma@8eaafff1f284: catalog of 3 rules from the Actions cache \(detlint-corpus-sigma-/
      ),
      expect.stringMatching(/^baseline elastic@14cf530f0d21: catalog of 2 rules from the Actions cache/),
      expect.stringMatching(/^baseline splunk@b13b314aed0e: catalog of 1 rules from the Actions cache/)
    ])
    expect(catalogRules(second)).toBe(5 + 3 + 2 + 1)

    // The same runner again: the tool cache has them; neither a restore nor a download.
    const restoresBefore = cache.restores.length
    const third = await runOnce(tools)
    expect(third.failed).toEqual([])
    expect(cache.restores.length).toBe(restoresBefore)
    expect(api.requestsTo('GET', /\/tarball\//)).toEqual([])
  })

  test('without the Actions cache service: downloads, and the tool cache still serves the next run', async () => {
    cache.available = false
    const tools = path.join(runner, 'tools')
    expect((await runOnce(tools, { baseline: 'sigma' })).failed).toEqual([])
    expect(cache.restores).toEqual([])
    expect(cache.saved.size).toBe(0)
    api.clearRequests()
    expect((await runOnce(tools, { baseline: 'sigma' })).failed).toEqual([])
    expect(api.requestsTo('GET', /\/tarball\//)).toEqual([])
  })

  test('a ref override is downloaded at that ref; a branch or tag is never kept by its name', async () => {
    await serveCorpus(api, 'sigma', 'r2024-01-01')
    const tools = path.join(runner, 'tools')
    const core = await runOnce(tools, { baseline: 'sigma@r2024-01-01' })
    expect(core.failed).toEqual([])
    expect(api.requestsTo('GET', /\/tarball\//).map(r => r.path)).toEqual([
      '/repos/SigmaHQ/sigma/tarball/r2024-01-01'
    ])
    expect(cache.saved.size).toBe(0)
    expect(core.infos.filter(m => m.startsWith('baseline '))).toEqual([
      expect.stringMatching(
        /^baseline sigma@r2024-01-01: downloaded http:\/\/127\.0\.0\.1:\d+\/repos\/SigmaHQ\/sigma\/tarball\/r2024-01-01, catalog of 3 rules$/
      )
    ])
  })

  test('refused: the step fails saying what to check out instead; no crash, no partial catalog', async () => {
    api.failures = [{ method: 'GET', path: /\/tarball\//, status: 404, message: 'Not Found' }]
    const core = await runOnce(path.join(runner, 'tools'), { baseline: 'splunk' })
    expect(core.failed).toHaveLength(1)
    expect(core.failed[0]).toContain('cannot download splunk@b13b314aed0e')
    expect(core.failed[0]).toContain('HTTP 404: no such repository or ref')
    expect(core.failed[0]).toContain(
      `check out splunk/security_content at ${CORPORA.splunk.ref} and pass --baseline path/to/security_content/detections`
    )
    expect(existsSync(path.join(runner, 'tools', 'detlint', 'corpus'))).toBe(false)
  })

  test('a bad ref names the input and the value', async () => {
    const core = await runOnce(path.join(runner, 'tools'), { baseline: 'sigma@../../etc' })
    expect(core.failed).toEqual([
      'baseline: "sigma@../../etc": expected sigma or sigma@<commit, tag or branch> (letters, digits, ".", "_" and "-")'
    ])
  })
})
