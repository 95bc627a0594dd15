/** The ATT&CK download against a stand-in server on 127.0.0.1 (never the real internet). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  attackBundleUrl,
  cachedTableFile,
  downloadAttackTable,
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
  })

  it('downloads and converts once, then reads the cache', async () => {
    const cacheDir = path.join(dir, 'cache')
    const url = `${base}/enterprise-attack-18.1.json`
    hits.length = 0
    const first = await downloadAttackTable({ cacheDir, url })
    expect(first.table?.techniques.get('T1086')?.replaced_by).toBe('T1059.001')
    expect(first).toMatchObject({ source: 'download', file: cachedTableFile(cacheDir, '18.1') })
    expect(JSON.parse(readFileSync(cachedTableFile(cacheDir, '18.1'), 'utf8')).attack_version).toBe('18.1')
    const second = await downloadAttackTable({ cacheDir, url })
    expect(second).toMatchObject({ source: 'cache' })
    expect(second.table?.version).toBe('18.1')
    expect(hits).toEqual(['/enterprise-attack-18.1.json'])
  })

  it('downloads again over a damaged cache', async () => {
    const cacheDir = path.join(dir, 'damaged')
    mkdirSync(cacheDir)
    writeFileSync(cachedTableFile(cacheDir, '18.1'), '{')
    const got = await downloadAttackTable({ cacheDir, url: `${base}/enterprise-attack-18.1.json` })
    expect(got).toMatchObject({ source: 'download' })
  })

  it.each([
    [
      'a 404',
      '/enterprise-attack-99.json',
      /\(HTTP 404\): technique-unknown and technique-revoked do not run\./
    ],
    ['a broken bundle', '/broken.json', /\(.*not valid JSON.*\): technique-unknown/]
  ])('gives one notice on %s', async (_, route, notice) => {
    const cacheDir = path.join(dir, `x${route.length}`)
    const got = await downloadAttackTable({ cacheDir, url: `${base}${route}` })
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
      cacheDir: path.join(dir, 'offline'),
      url: `http://127.0.0.1:${port}/x.json`
    })
    expect(got.table).toBeNull()
  })

  it('uses the fetch it is given', async () => {
    const got = await downloadAttackTable({
      cacheDir: path.join(dir, 'injected'),
      version: '17.0',
      fetch: async () => new Response(JSON.stringify(smallBundle()), { status: 200 })
    })
    expect(got.table?.version).toBe('17.0')
  })
})
