/**
 * The public Splunk and Sigma corpora (../shared/corpus), packed as GitHub packs a tarball
 * (plus folders that are not rules) and fetched from the loopback stand-in: the named
 * corpus's catalog holds exactly the rules of a catalog built from the checked-out folders
 * (Splunk with its macros and data sources), under `<owner>/<repo>@<ref>/`. Nothing of the
 * corpora is copied into the project: the tarball is built in a temporary folder.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { c as createTar } from 'tar'
import { defaultSettings } from '../../src/config.js'
import { buildCorpusCatalog } from '../../src/engine.js'
import { fetchCorpus } from '../../src/corpus/fetch.js'
import { CORPORA, parseCorpusRef, type CorpusName, type CorpusRef } from '../../src/corpus/registry.js'
import { StandInGitHub } from '../e2e/stand-in.js'

const SHARED = path.resolve(process.cwd(), '../shared/corpus')
const hasCorpus =
  existsSync(path.join(SHARED, 'splunk/detections')) && existsSync(path.join(SHARED, 'sigma/rules'))
if (!hasCorpus) console.log(`public corpora not found at ${SHARED}: skipping the named corpus tests`)

let api: StandInGitHub
let scratch: string

/** A tarball of the shared checkout of `name` under GitHub's top folder (links to the checkout, followed). */
async function serveShared(name: CorpusName): Promise<void> {
  const spec = CORPORA[name]
  const top = `${spec.owner}-${spec.repo}-${spec.ref.slice(0, 7)}`
  const dir = mkdtempSync(path.join(scratch, 'pack-'))
  symlinkSync(path.join(SHARED, name), path.join(dir, top))
  const file = path.join(dir, 'out.tar.gz')
  await createTar({ gzip: true, cwd: dir, file, follow: true, portable: true }, [top])
  api.tarballs.set(`${spec.owner}/${spec.repo}@${spec.ref}`, readFileSync(file))
  rmSync(dir, { recursive: true, force: true })
}

;(hasCorpus ? describe : describe.skip)('named corpora from the public checkouts', () => {
  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'detlint-named-'))
    api = new StandInGitHub()
    await api.start()
  })
  afterAll(async () => {
    await api.stop()
    rmSync(scratch, { recursive: true, force: true })
  })

  async function compare(name: CorpusName, folders: string[], splunk: boolean): Promise<void> {
    await serveShared(name)
    const c = parseCorpusRef(name) as CorpusRef
    const got = await fetchCorpus(c, {
      apiUrl: api.url,
      dir: path.join(scratch, 'cache'),
      tempDir: path.join(scratch, 'tmp')
    })
    const settings = defaultSettings()
    if (splunk) settings.splunk = { macros: ['macros'], dataSources: ['data_sources'] }
    const direct = buildCorpusCatalog(folders, path.join(SHARED, name), settings).catalog
    const prefix = `${c.spec.owner}/${c.spec.repo}@${c.ref}/`
    expect(got.catalog.rules.length).toBeGreaterThan(500)
    expect(got.catalog.rules.every(r => r.path.startsWith(prefix))).toBe(true)
    const strip = (r: (typeof direct.rules)[number]): string =>
      JSON.stringify({ ...r, path: r.path.replace(prefix, '') })
    expect(got.catalog.rules.map(strip).sort()).toEqual(direct.rules.map(strip).sort())
    expect(readdirSync(path.join(scratch, 'tmp'))).toEqual([])
  }

  test('splunk: the catalog of detections/ read with its macros and data sources', async () => {
    await compare('splunk', ['detections'], true)
  }, 120_000)

  test('sigma: the catalog of every rules* folder', async () => {
    const folders = readdirSync(path.join(SHARED, 'sigma')).filter(f => f.startsWith('rules'))
    await compare('sigma', folders, false)
  }, 120_000)
})
