import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { load } from 'js-yaml'
import { minimatch } from 'minimatch'

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  private?: boolean
  files: string[]
  bin: Record<string, string>
  exports: Record<string, string>
  dependencies: Record<string, string>
}

/** Would npm put `file` in the package? (`files` entries are folders or globs.) */
function packed(file: string): boolean {
  const f = file.replace(/^\.\//, '')
  return pkg.files.some(
    entry => f === entry || f.startsWith(entry.endsWith('/') ? entry : `${entry}/`) || minimatch(f, entry)
  )
}

describe('package.json', () => {
  it('is publishable: not private, every bin and export is a packed file that exists', () => {
    expect(pkg.private).toBeUndefined()
    const targets = [
      ...Object.values(pkg.bin),
      ...Object.values(pkg.exports).filter(t => t !== './package.json')
    ]
    for (const t of targets) expect([t, existsSync(t), packed(t)]).toEqual([t, true, true])
    expect(readFileSync(pkg.bin.detlint, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('ships bundles that are all ASCII (V8 then keeps their source one byte per character)', () => {
    const bundles = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter(f => /\.c?js$/.test(f))
    expect(bundles).toEqual(
      expect.arrayContaining([
        'cli.cjs',
        'index.js',
        'lib.js',
        'worker.js',
        'chunks/tool-cache.js',
        'chunks/tar.js'
      ])
    )
    for (const f of bundles) {
      const text = readFileSync(`dist/${f}`, 'utf8')
      const at = text.search(/[\u0080-\uffff]/)
      expect([f, at < 0 ? '' : text.slice(Math.max(0, at - 40), at + 10)]).toEqual([f, ''])
    }
  })

  it('packs the action: action.yml and the file it runs', () => {
    const action = load(readFileSync('action.yml', 'utf8')) as { runs: { main: string } }
    expect(packed('action.yml')).toBe(true)
    expect(packed(action.runs.main)).toBe(true)
    expect(action.runs.main).not.toBe(pkg.exports['.'].replace(/^\.\//, ''))
  })

  it('the library entry imports without side effects and exports the API', () => {
    const script = [
      "const lib = await import('./dist/lib.js')",
      'console.log(JSON.stringify({ keys: Object.keys(lib).sort(), exitCode: process.exitCode ?? null }))'
    ].join('\n')
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const { keys, exitCode } = JSON.parse(run.stdout)
    expect(exitCode).toBeNull()
    expect(keys).toEqual(
      expect.arrayContaining([
        'readRuleFile',
        'buildCatalog',
        'runCheck',
        'parseConfigText',
        'renderJson',
        'VERSION'
      ])
    )
  })

  it('the library leaves its dependencies to npm: each one it imports is a dependency', () => {
    const lib = readFileSync(pkg.exports['.'], 'utf8')
    const imported = [...lib.matchAll(/^import .* from "([^"]+)";$/gm)]
      .map(m => m[1])
      .filter(s => !s.startsWith('node:'))
      .map(s => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]))
    expect(imported.length).toBeGreaterThan(0)
    for (const dep of new Set(imported)) expect([dep, dep in pkg.dependencies]).toEqual([dep, true])
  })
})

describe('release workflow', () => {
  interface Step {
    run?: string
    id?: string
  }
  const wf = load(readFileSync('.github/workflows/release.yml', 'utf8')) as {
    on: { push: { tags: string[] } }
    jobs: Record<string, { steps: Step[] }>
  }
  const runs = Object.values(wf.jobs).flatMap(j => j.steps.map(s => s.run ?? ''))

  it('runs on vX.Y.Z tags only', () => {
    const [pattern] = wf.on.push.tags
    // GitHub's filter: + means one or more of the class before it.
    const re = new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\]\+/g, ']+')}$`)
    expect(['v1.2.3', 'v10.0.12'].map(t => re.test(t))).toEqual([true, true])
    expect(['v1', 'v1.2', 'latest', 'v1.2.3-rc.1'].map(t => re.test(t))).toEqual([false, false, false, false])
  })

  it('verifies dist/, then releases, then moves the major tag', () => {
    const at = (needle: string): number => runs.findIndex(r => r.includes(needle))
    expect(at('npm run bundle')).toBeGreaterThan(-1)
    expect(at('git status --porcelain -- dist/')).toBeGreaterThan(at('npm run bundle'))
    expect(at('gh release create')).toBeGreaterThan(at('git status --porcelain -- dist/'))
    expect(at('git push -f origin "refs/tags/$major"')).toBeGreaterThan(at('gh release create'))
  })
})
