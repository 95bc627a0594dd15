/**
 * The bundled action (dist/index.js) with worker threads (dist/worker.js beside it): the same
 * report on a pull request as with the main thread alone, cold and with a catalog cache.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { cpSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT, runAction, type ActionRun } from './e2e/run-action.js'
import { StandInGitHub } from './e2e/stand-in.js'
import { Workspace } from './e2e/workspace.js'

let api: StandInGitHub
let ws: Workspace

const HEAD = 'c0ffee'.repeat(6) + 'c0ff'
const INPUTS = {
  token: 'ghs_e2e',
  rules: 'rules/**/*.yml',
  baseline: 'corpus',
  'fail-on': 'none',
  attack: 'none'
}

async function pr(env: Record<string, string>, inputs: Record<string, string> = {}): Promise<ActionRun> {
  api.pullFiles.set(7, [
    { filename: 'rules/new/rundll32_bare.yml', status: 'added' },
    { filename: 'rules/new/broken.yml', status: 'added' }
  ])
  return runAction({
    apiUrl: api.url,
    workspace: ws.dir,
    eventName: 'pull_request',
    payload: {
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        head: { sha: HEAD, ref: 'feature', repo: { full_name: 'acme/rules' } },
        base: { sha: 'b0'.repeat(20), ref: 'main', repo: { full_name: 'acme/rules' } }
      },
      repository: { full_name: 'acme/rules', name: 'rules', owner: { login: 'acme' } }
    },
    inputs: { ...INPUTS, ...inputs },
    env,
    timeoutMs: 60_000
  })
}

/** The report the action wrote, as text. */
function report(run: ActionRun): string {
  if (run.code !== 0) throw new Error(`exit ${run.code}\n${run.stdout}\n${run.stderr}`)
  return readFileSync(run.outputs.report, 'utf8')
}

const ALONE = { DETLINT_WORKERS: '0' }
const ONE = { DETLINT_WORKERS: '1', DETLINT_WORKERS_TEST: 'worker-first,trace' }

;(existsSync(path.join(REPO_ROOT, 'dist/worker.js')) ? describe : describe.skip)(
  'the bundled action with worker threads',
  () => {
    beforeAll(async () => {
      api = new StandInGitHub()
      await api.start()
      ws = new Workspace()
      ws.writeCorpus()
      for (let i = 0; i < 20; i++)
        cpSync(path.join(REPO_ROOT, 'examples/corpus'), path.join(ws.dir, 'corpus', `c${i}`), {
          recursive: true
        })
    })
    afterAll(async () => {
      ws.remove()
      await api.stop()
    })

    test('reports the same findings as the main thread alone, without and with a cache', async () => {
      const alone = await pr(ALONE)
      const one = await pr(ONE)
      expect(alone.stderr).not.toMatch(/ files in \d+ chunks: /)
      // The worker parsed part of the baseline (the test-only trace line says how much).
      expect(one.stderr).toMatch(/ files in \d+ chunks: \d+ parsed by the main thread, [1-9]\d* by 1 workers/)
      expect(report(one)).toBe(report(alone))
      expect(JSON.parse(report(one))).toMatchObject({ summary: { catalogRules: expect.any(Number) } })

      const cached = { cache: '.detlint-cache/catalog.json' }
      const cold = await pr(ONE, cached)
      expect(report(cold)).toBe(report(alone))
      expect(cold.infos.join('\n')).toMatch(/catalog cache: miss/)
      const warm = await pr(ONE, cached)
      expect(report(warm)).toBe(report(alone))
      expect(warm.infos.join('\n')).toMatch(/catalog cache: hit/)
    }, 120_000)
  }
)
