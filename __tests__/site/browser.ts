/** Headless Chromium for the site's browser tests: found on the machine, or the tests skip. */
import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p): p is string => typeof p === 'string' && p !== ''
)

/** The Chromium executable, or null (with a message saying the browser tests are skipped). */
export function findChromium(suite: string): string | null {
  const found = CANDIDATES.find(p => existsSync(p)) ?? null
  if (found === null)
    console.log(
      `${suite}: no Chromium found (${CANDIDATES.join(', ')}; set CHROMIUM_PATH): skipping the browser tests`
    )
  return found
}

export function launch(executablePath: string): Promise<Browser> {
  // --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
}

/** A page that records console errors, failed requests and uncaught exceptions into `errors`. */
export async function watchedPage(browser: Browser, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
  page.on('console', m => {
    if (m.type() === 'error') errors.push(`${page.url()}: console: ${m.text()}`)
  })
  page.on('pageerror', e => errors.push(`${page.url()}: ${String(e)}`))
  page.on('requestfailed', r => errors.push(`${page.url()}: request failed: ${r.url()}`))
  return page
}
