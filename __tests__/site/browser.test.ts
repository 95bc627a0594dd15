/**
 * The site in a real headless Chromium, opened from file://: search by technique ID and by
 * rule title, open a technique page, expand an indicator row and see its rules, follow a rule
 * link, and no console errors on the way. Saves a screenshot of a technique page under
 * __tests__/artifacts/ (ignored by git). Skips when no Chromium is installed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { writeSite } from '../../src/site/index.js'
import { fixtureCatalog, fixtureSources, HOSTILE_TITLE } from './fixture.js'
import { findChromium, launch, watchedPage } from './browser.js'

const executable = findChromium('site browser tests')
const suite = executable === null ? describe.skip : describe

suite('the site in Chromium', () => {
  let dir = ''
  let browser: Browser
  let page: Page
  const errors: string[] = []
  const url = (file: string): string => pathToFileURL(join(dir, file)).href

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'detlint-site-browser-'))
    writeSite(dir, fixtureCatalog(), fixtureSources())
    browser = await launch(executable as string)
    page = await watchedPage(browser, errors)
  })

  afterAll(async () => {
    await browser?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  async function search(query: string): Promise<string[]> {
    await page.fill('#q', query)
    await page.waitForSelector('#results li')
    return page.$$eval('#results li', items => items.map(li => li.textContent ?? ''))
  }

  it('opens the index from file:// and finds a technique by its ID', async () => {
    await page.goto(url('index.html'))
    expect(await page.title()).toBe('detlint catalog')
    const hits = await search('t1218.011')
    expect(hits[0]).toBe('techniqueT1218.011 Rundll324 rules · Defense Evasion')
    await page.click('#results li a')
    await page.waitForURL(/T1218\.011\.html$/)
    expect(await page.textContent('h1')).toBe('T1218.011Rundll32')
  })

  it('finds a rule by its title, and a hostile title stays text', async () => {
    await page.goto(url('index.html'))
    expect((await search('elastic rundll-url'))[0]).toMatch(/^ruleelastic rundll-url/)
    const hostile = await search('octocat')
    expect(hostile[0]).toContain(HOSTILE_TITLE)
    expect(await page.$$('#results script')).toHaveLength(0)
  })

  it('expands an indicator row to its rules and follows a rule link', async () => {
    await page.goto(url('t/T1218.011.html'))
    const row = page.locator('details.key', { hasText: 'rundll32.exe' }).first()
    expect(await row.locator('ul.rules a').first().isVisible()).toBe(false)
    await row.locator('summary').click()
    const links = row.locator('ul.rules a')
    expect(await links.count()).toBe(4)
    expect(await links.first().isVisible()).toBe(true)
    await page.screenshot({ path: artifact('site-technique.png'), fullPage: true })
    const title = (await links.nth(0).textContent()) ?? ''
    await links.nth(0).click()
    await page.waitForURL(/\/r\/.*\.html$/)
    expect(await page.textContent('h1')).toBe(title)
    expect(await page.locator('ul.tree').count()).toBeGreaterThan(0)
  })

  it('opens a row a search result points at', async () => {
    await page.goto(url('index.html'))
    await search('procdump.exe')
    await page.click('#results li a')
    await page.waitForURL(/#i-[0-9a-f]{8}$/)
    const open = await page.$$eval('details.key[open]', ds => ds.map(d => d.id))
    expect(open).toEqual([new URL(page.url()).hash.slice(1)])
  })

  it('showed no console error, failed request or exception on any page', () => {
    expect(errors).toEqual([])
  })
})

function artifact(name: string): string {
  const folder = join(process.cwd(), '__tests__/artifacts')
  mkdirSync(folder, { recursive: true })
  return join(folder, name)
}
