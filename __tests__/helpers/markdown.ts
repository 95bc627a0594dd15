/** What the rendering tests share: golden files and reading markdown tables. */
import { expect } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const GOLDEN_DIR = fileURLToPath(new URL('../golden/', import.meta.url))
const UPDATE = process.env.UPDATE_GOLDEN === '1'

/**
 * `actual` compared byte for byte with `__tests__/golden/<name>`; `UPDATE_GOLDEN=1` rewrites
 * the file instead, and a missing file fails.
 */
export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name)
  if (UPDATE) {
    writeFileSync(file, actual)
    return
  }
  if (!existsSync(file))
    throw new Error(
      `golden file __tests__/golden/${name} is missing; run the tests with UPDATE_GOLDEN=1 to write it`
    )
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

/** GFM splits a table row on every `|` not preceded by a backslash, code spans included. */
export function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
}
