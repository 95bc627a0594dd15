/**
 * The bundled CLI is split (scripts/bundle.mjs): dist/cli.js and the chunks it imports
 * statically hold what every command needs; the corpus download (`@actions/tool-cache`, its
 * HTTP client, `tar`, imported by `corpus/fetch.ts` when a download starts) and the static
 * site sit in chunks loaded by import() only when such a command runs, so that `check` and
 * `--version` never parse them.
 */
import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CLI } from './run-action.js'
import { main } from '../../src/commands.js'

const DIST = path.dirname(CLI)

/** The files `file` imports, statically (`from "./x.js"`) or with import("./x.js"). */
function imports(file: string): { static: string[]; dynamic: string[] } {
  const text = readFileSync(file, 'utf8')
  const resolve = (m: RegExpMatchArray): string => path.resolve(path.dirname(file), m[1])
  return {
    static: [...text.matchAll(/\bfrom\s*"(\.\.?\/[^"]+)"/g)].map(resolve),
    dynamic: [...text.matchAll(/\bimport\("(\.\.?\/[^"]+)"\)/g)].map(resolve)
  }
}

/** dist/cli.js and every file it imports statically, directly or not. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>([entry])
  const todo = [entry]
  for (let f = todo.pop(); f !== undefined; f = todo.pop())
    for (const g of imports(f).static)
      if (!seen.has(g)) {
        seen.add(g)
        todo.push(g)
      }
  return seen
}

describe('the split CLI bundle', () => {
  const loaded = staticClosure(CLI)
  // esbuild names each bundled module in a comment: `// node_modules/tar/dist/esm/index.js`.
  const modules = [...loaded].flatMap(f => [
    ...readFileSync(f, 'utf8').matchAll(/^\/\/ (\S+\.[cm]?[jt]s)$/gm)
  ])
  const names = modules.map(m => m[1])

  test('what every command loads has no download, archive or site code', () => {
    expect(names).toContain('src/engine.ts')
    expect(names).toContain('src/commands.ts')
    const heavy = names.filter(n =>
      /^(node_modules\/(@actions\/(tool-cache|http-client)|undici|tar)\/|src\/site\/)/.test(n)
    )
    expect(heavy).toEqual([])
  })

  test('the chunks it loads on demand are in dist/ (and so in the package)', () => {
    const lazy = [...loaded].flatMap(f => imports(f).dynamic)
    expect(lazy.length).toBeGreaterThanOrEqual(2)
    for (const f of lazy) {
      expect(f.startsWith(DIST + path.sep)).toBe(true)
      expect(existsSync(f)).toBe(true)
    }
    const text = lazy.map(f => readFileSync(f, 'utf8')).join('\n')
    expect(text).toContain('// node_modules/@actions/tool-cache/')
    expect(text).toContain('// src/site/')
  })
})

describe('the synchronous entry (main)', () => {
  test('the site commands need the executable, and say so', () => {
    let err = ''
    const io = { stdout: () => undefined, stderr: (s: string) => void (err += s), cwd: DIST }
    expect(main(['catalog', 'site', '--catalog', 'c.json', '-o', 'site'], io)).toBe(2)
    expect(err).toContain('catalog site: run it through the detlint executable (runCli)')
  })
})
