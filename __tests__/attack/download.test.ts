/** The ATT&CK download against a stand-in server on 127.0.0.1 (never the real internet). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  ATTACK_BUNDLE_BASE_URL,
  attackBundleUrl,
  cachedTableFile,
  downloadAttackTable,
  isAttackVersion,
  PINNED_ATTACK_VERSION
} from '../../src/attack/download.js'
import { smallBundle } from './tables.js'

let server: Server
let base: string
let dir: string
const hits: string[] = []

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'detlint-attack-dl-'))
  server = createServer((req, res) => {
    hits.push(req.url ?? '')
    if (req.url === '/enterprise-attack-18.1.json') {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(smallBundle()))
    } else if (req.url === '/broken.json') {
      res.writeHead(200)
      res.end('{"type": "bundle", ')
    } else {
      res.writeHead(404)
      res.end('Not Found')
    }
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise(resolve => server.close(resolve))
  rmSync(dir, { recursive: true, force: true })
})

describe('downloadAttackTable', () => {
  it("pins a version on MITRE's attack-stix-data", () => {
    expect(PINNED_ATTACK_VERSION).toBe('18.1')
    expect(attackBundleUrl()).toBe(
      'https://raw.githubusercontent.com/mitre-attack/attack-stix-data/master/enterprise-attack/enterprise-attack-18.1.json'
    )
    expect(attackBundleUrl('17.0')).toBe(`${ATTACK_BUNDLE_BASE_URL}enterprise-attack-17.0.json`)
  })

  it('a mirror folder, with or without its final slash', () => {
    expect(attackBundleUrl('18.1', 'http://127.0.0.1:8/attack')).toBe(
      'http://127.0.0.1:8/attack/enterprise-attack-18.1.json'
    )
    expect(attackBundleUrl('9.0', 'http://127.0.0.1:8/attack/')).toBe(
      'http://127.0.0.1:8/attack/enterprise-attack-9.0.json'
    )
  })

  it.each([
    ['18.1', true],
    ['9.0', true],
    ['18', false],
    ['v18.1', false],
    ['18.1.0', false],
    ['latest', false],
    ['18.1/../x', false]
  ])('isAttackVersion(%j) is %s', (version, ok) => {
    expect(isAttackVersion(version)).toBe(ok)
  })

  it('names the pinned version in action.yml and the README', () => {
    const text = (rel: string): string =>
      readFileSync(fileURLToPath(new URL(`../../${rel}`, import.meta.url)), 'utf8')
    expect(text('action.yml')).toContain(`(${PINNED_ATTACK_VERSION})`)
    const row = text('README.md')
      .split('\n')
      .find(l => l.startsWith('| `attack-version`'))
    expect(row?.split('|')[2].trim()).toBe(`\`${PINNED_ATTACK_VERSION}\``)
  })

  it('downloads and converts once, then reads the cache', async () => {
    const cacheDir = path.join(dir, 'cache')
    const url = `${base}/enterprise-attack-18.1.json`
    hits.length = 0
    const first = await downloadAttackTable({ cacheDirs: [cacheDir], url })
    expect(first.table?.techniques.get('T1086')?.replaced_by).toBe('T1059.001')
    expect(first).toMatchObject({ source: 'download', file: cachedTableFile(cacheDir, '18.1') })
    expect(JSON.parse(readFileSync(cachedTableFile(cacheDir, '18.1'), 'utf8')).attack_version).toBe('18.1')
    const second = await downloadAttackTable({ cacheDirs: [cacheDir], url })
    expect(second).toMatchObject({ source: 'cache' })
    expect(second.table?.version).toBe('18.1')
    expect(hits).toEqual(['/enterprise-attack-18.1.json'])
  })

  it('downloads again over a damaged cache', async () => {
    const cacheDir = path.join(dir, 'damaged')
    mkdirSync(cacheDir)
    writeFileSync(cachedTableFile(cacheDir, '18.1'), '{')
    const got = await downloadAttackTable({
      cacheDirs: [cacheDir],
      url: `${base}/enterprise-attack-18.1.json`
    })
    expect(got).toMatchObject({ source: 'download' })
  })

  it.each([
    [
      'a 404',
      '/enterprise-attack-99.json',
      /\(HTTP 404\): technique-unknown and technique-revoked did not run\./
    ],
    ['a broken bundle', '/broken.json', /\(.*not valid JSON.*\): technique-unknown/]
  ])('gives one notice on %s', async (_, route, notice) => {
    const cacheDir = path.join(dir, `x${route.length}`)
    const got = await downloadAttackTable({ cacheDirs: [cacheDir], url: `${base}${route}` })
    expect(got.table).toBeNull()
    if (got.table === null) {
      expect(got.notice).toMatch(/^detlint could not download ATT&CK v18\.1 from http:\/\/127\.0\.0\.1:/)
      expect(got.notice).toMatch(notice)
    }
    expect(existsSync(cachedTableFile(cacheDir, '18.1'))).toBe(false)
  })

  it('gives a notice offline (connection refused)', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise(resolve => closed.close(resolve))
    const got = await downloadAttackTable({
      cacheDirs: [path.join(dir, 'offline')],
      url: `http://127.0.0.1:${port}/x.json`
    })
    expect(got.table).toBeNull()
  })

  it('uses the fetch it is given', async () => {
    const got = await downloadAttackTable({
      cacheDirs: [path.join(dir, 'injected')],
      version: '17.0',
      fetch: async () => new Response(JSON.stringify(smallBundle()), { status: 200 })
    })
    expect(got.table?.version).toBe('17.0')
  })
})

describe('downloadAttackTable with several cache folders', () => {
  const url = (): string => `${base}/enterprise-attack-18.1.json`

  it('writes the download to every folder', async () => {
    const dirs = [path.join(dir, 'many/a'), path.join(dir, 'many/b')]
    const got = await downloadAttackTable({ cacheDirs: dirs, url: url() })
    expect(got).toMatchObject({ source: 'download', file: cachedTableFile(dirs[0], '18.1') })
    expect(readFileSync(cachedTableFile(dirs[0], '18.1'), 'utf8')).toBe(
      readFileSync(cachedTableFile(dirs[1], '18.1'), 'utf8')
    )
  })

  it('a hit in a later folder is copied to the earlier ones, with no request', async () => {
    const [first, second] = [path.join(dir, 'copy/a'), path.join(dir, 'copy/b')]
    await downloadAttackTable({ cacheDirs: [second], url: url() })
    hits.length = 0
    const got = await downloadAttackTable({ cacheDirs: [first, second], url: url() })
    expect(got).toMatchObject({ source: 'cache', file: cachedTableFile(second, '18.1') })
    expect(hits).toEqual([])
    expect(readFileSync(cachedTableFile(first, '18.1'), 'utf8')).toBe(
      readFileSync(cachedTableFile(second, '18.1'), 'utf8')
    )
    const again = await downloadAttackTable({ cacheDirs: [first, second], url: url() })
    expect(again).toMatchObject({ source: 'cache', file: cachedTableFile(first, '18.1') })
  })

  it('a cached table of another version is not used', async () => {
    const cacheDir = path.join(dir, 'other-version')
    mkdirSync(cacheDir)
    const table = { attack_version: '17.0', techniques: {} }
    writeFileSync(cachedTableFile(cacheDir, '18.1'), JSON.stringify(table))
    hits.length = 0
    const got = await downloadAttackTable({ cacheDirs: [cacheDir], url: url() })
    expect(got).toMatchObject({ source: 'download' })
    expect(hits).toHaveLength(1)
  })

  it('an unwritable cache folder keeps the table for this run', async () => {
    const blocker = path.join(dir, 'blocker')
    writeFileSync(blocker, 'a file, not a folder')
    const got = await downloadAttackTable({ cacheDirs: [path.join(blocker, 'sub')], url: url() })
    expect(got.table?.version).toBe('18.1')
  })

  it('the notice names the checks given, and the cause of a failed fetch', async () => {
    const got = await downloadAttackTable({
      cacheDirs: [path.join(dir, 'notice')],
      url: 'http://127.0.0.1:1/x.json',
      checks: ['technique-revoked'],
      fetch: async () => {
        throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') })
      }
    })
    expect(got.table).toBeNull()
    if (got.table === null)
      expect(got.notice).toBe(
        'detlint could not download ATT&CK v18.1 from http://127.0.0.1:1/x.json ' +
          '(fetch failed: connect ECONNREFUSED 127.0.0.1:1): technique-revoked did not run. To have the table, ' +
          "give the attack input an ATT&CK table (detlint attack import) or MITRE's STIX enterprise bundle; " +
          'attack: none skips the download.'
      )
  })
})
