/**
 * The bundled CLI (scripts/bundle.mjs) is one CommonJS file, dist/cli.cjs, with all of
 * detlint's own code; the modules of the site and the evaluation are evaluated only when such
 * a command runs. The third-party code only a download needs (`@actions/tool-cache`, its HTTP
 * client, `tar`, imported by `corpus/fetch.ts` when a download starts) sits in ES modules of
 * dist/chunks/, loaded by import() only then, so that `check` and `--version` never parse it.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CLI } from './run-action.js'
import { main } from '../../src/commands.js'

const DIST = path.dirname(CLI)

/** The modules esbuild bundled into a file, as it names them in comments (`// src/engine.ts`). */
function modules(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\/\/ (\S+\.[cm]?[jt]s)$/gm)].map(m => m[1])
}

describe('the CLI bundle', () => {
  const names = modules(CLI)

  test('is CommonJS, strict, and holds no download or archive code', () => {
    expect(path.basename(CLI)).toBe('cli.cjs')
    const text = readFileSync(CLI, 'utf8')
    expect(text.split('\n').slice(0, 2)).toEqual(['#!/usr/bin/env node', "'use strict';"])
    expect(text).not.toMatch(/^\s*(import|export)\s/m)
    expect(names).toContain('src/engine.ts')
    expect(names).toContain('src/commands.ts')
    expect(names).toContain('src/site/command.ts')
    const heavy = names.filter(n =>
      /^node_modules\/(@actions\/(tool-cache|http-client)|undici|tar)\//.test(n)
    )
    expect(heavy).toEqual([])
  })

  test('loads the download code from dist/chunks/ only when a download starts', () => {
    const text = readFileSync(CLI, 'utf8')
    const lazy = [...text.matchAll(/\bimport\("(\.\.?\/[^"]+)"\)/g)].map(m => path.resolve(DIST, m[1]))
    expect(lazy.map(f => path.relative(DIST, f)).sort()).toEqual([
      path.join('chunks', 'tar.js'),
      path.join('chunks', 'tool-cache.js')
    ])
    for (const f of lazy) expect(existsSync(f)).toBe(true)
    expect(
      modules(path.join(DIST, 'chunks', 'tool-cache.js')).some(n =>
        n.startsWith('node_modules/@actions/tool-cache/')
      )
    ).toBe(true)
    expect(modules(path.join(DIST, 'chunks', 'tar.js')).some(n => n.startsWith('node_modules/tar/'))).toBe(
      true
    )
    // Neither carries detlint's own code: a module of it is never loaded twice.
    for (const f of lazy) expect(modules(f).filter(n => n.startsWith('src/'))).toEqual([])
  })

  test("keeps the site command's modules unevaluated until a site command runs", () => {
    const text = readFileSync(CLI, 'utf8')
    // esbuild wraps a module reached by import() in an initialiser (`init_command`), and
    // calls it where the import() was: from the site and navigator commands only.
    expect(text).toContain('var init_command = __esm({\n  "src/site/command.ts"() {')
    const calls = [...text.matchAll(/\binit_command\(\)/g)].map(m =>
      text.slice(text.lastIndexOf('\n', m.index) + 1, text.indexOf('\n', m.index)).trim()
    )
    expect(calls).toHaveLength(2)
    for (const line of calls)
      expect(line).toMatch(
        /= await Promise\.resolve\(\)\.then\(\(\) => \(init_command\(\), command_exports\)\);$/
      )
    const r = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' })
    expect([r.status, r.stdout.trim()]).toEqual([0, JSON.parse(readFileSync('package.json', 'utf8')).version])
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
