/**
 * Finding rule files (`src/files.ts`): literal paths before globs, dot folders,
 * node_modules and .gitignore left out of walks, links followed, and every path that cannot
 * be walked reported.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GitIgnores, displayPath, isSelected, resolveSources } from '../src/files.js'

let root: string

function write(rel: string, text = 'x: 1\n'): void {
  const file = path.join(root, rel)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

/** The files found, relative to the root. */
function found(entries: string[], gitignore = false): string[] {
  return resolveSources(entries, root, { gitignore }).files.map(f =>
    path.relative(root, f).split(path.sep).join('/')
  )
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const posixOnly = process.platform === 'win32' ? it.skip : it

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'detlint-files-'))
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('displayPath', () => {
  it('gives what path.relative gives, with forward slashes', () => {
    const roots = ['/r', '/r/sub', '/r/', '/r/./x', 'relative', '/']
    const tails = [
      'a.yml',
      'd/a.yml',
      './a.yml',
      'd/../a.yml',
      'd//a.yml',
      '/a.yml',
      'd/',
      '...yml',
      'd/.a.yml',
      ''
    ]
    for (const root of roots)
      for (const tail of tails) {
        const file = root + path.sep + tail
        const rel = path.relative(root, file)
        const expected = (rel === '' || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/')
        expect([root, tail, displayPath(file, root)]).toEqual([root, tail, expected])
      }
    expect(displayPath('/elsewhere/a.yml', '/r')).toBe('../elsewhere/a.yml')
    expect(displayPath('/r', '/r')).toBe('/r')
    // Files outside the root (a corpus beside the repository): each folder's relative path is
    // worked out once; asked twice, with other roots between, the same answers.
    for (let round = 0; round < 2; round++)
      for (const root of roots)
        for (const base of ['/elsewhere', '/rx', '/elsewhere/deep/er'])
          for (const tail of tails) {
            const file = base + path.sep + tail
            const rel = path.relative(root, file)
            const expected = (rel === '' || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/')
            expect([root, file, displayPath(file, root)]).toEqual([root, file, expected])
          }
  })
})

describe('walking folders', () => {
  it('finds .yml, .yaml and .toml files, and skips dot folders and node_modules below the folder', () => {
    for (const f of ['rules/a.yml', 'rules/b.yaml', 'rules/c.toml', 'rules/d.md', 'rules/E.YML']) write(f)
    for (const f of ['.github/workflows/ci.yml', '.corpus/sigma/x.yml', 'rules/.hidden/h.yml']) write(f)
    write('node_modules/pkg/x.yml')
    expect(found(['.'])).toEqual(['rules/E.YML', 'rules/a.yml', 'rules/b.yaml', 'rules/c.toml'])
  })

  it('walks a dot folder that is named, but not the dot folders below it', () => {
    write('.corpus/sigma/x.yml')
    write('.corpus/sigma/.git/y.yml')
    expect(found(['.corpus'])).toEqual(['.corpus/sigma/x.yml'])
  })

  it('leaves out what .gitignore files ignore (root, nested, and above up to .git) only when asked', () => {
    mkdirSync(path.join(root, '.git'))
    write('.gitignore', 'build/\n*.tmp.yml\n')
    write('repo/.gitignore', 'generated.yml\n')
    write('repo/rules/a.yml')
    write('repo/rules/a.tmp.yml')
    write('repo/rules/generated.yml')
    write('repo/build/b.yml')
    write('repo/rules/sub/.gitignore', '!keep.tmp.yml\n')
    write('repo/rules/sub/keep.tmp.yml')
    const sub = path.join(root, 'repo')
    const files = (gitignore: boolean): string[] =>
      resolveSources(['.'], sub, { gitignore }).files.map(f =>
        path.relative(sub, f).split(path.sep).join('/')
      )
    expect(files(true)).toEqual(['rules/a.yml', 'rules/sub/keep.tmp.yml'])
    expect(files(false)).toEqual([
      'build/b.yml',
      'rules/a.tmp.yml',
      'rules/a.yml',
      'rules/generated.yml',
      'rules/sub/keep.tmp.yml'
    ])
  })
})

describe('entries', () => {
  it('takes a path that exists literally before reading it as a glob', () => {
    write('rules/[x].yml')
    write('rules/x.yml')
    expect(found(['rules/[x].yml'])).toEqual(['rules/[x].yml'])
    // The same text where no such file exists is a glob.
    rmSync(path.join(root, 'rules/[x].yml'))
    expect(found(['rules/[x].yml'])).toEqual(['rules/x.yml'])
  })

  it('matches globs without dot names unless the pattern spells the dot', () => {
    write('rules/a.yml')
    write('.github/workflows/ci.yml')
    write('.corpus/r/b.yml')
    expect(found(['**/*.yml'])).toEqual(['rules/a.yml'])
    expect(found(['.corpus/**/*.yml'])).toEqual(['.corpus/r/b.yml'])
  })

  it('reaches a dot folder or node_modules below a glob only when a segment spells it', () => {
    write('a/.hidden/x.yml')
    write('a/node_modules/m/y.yml')
    expect(found(['**/*.yml'])).toEqual([])
    expect(found(['**/.hidden/*.yml'])).toEqual(['a/.hidden/x.yml'])
    expect(found(['a/node_modules/**/*.yml'])).toEqual(['a/node_modules/m/y.yml'])
    expect(found(['**/node_modules/**/*.yml'])).toEqual(['a/node_modules/m/y.yml'])
  })

  it('keeps each entry with its files: a glob that matches nothing has none', () => {
    write('rules/a.yml')
    const r = resolveSources(['rules', 'rulez/**/*.yml', 'missing'], root)
    expect(r.entries.map(e => [e.entry, e.files.length])).toEqual([
      ['rules', 1],
      ['rulez/**/*.yml', 0],
      ['missing', 0]
    ])
    expect(r.missing).toEqual(['missing'])
  })

  it('applies the ignore globs (the config) to every entry', () => {
    write('rules/a.yml')
    write('rules/deprecated/b.yml')
    expect(resolveSources(['rules'], root, { ignore: ['rules/deprecated/**'] }).files).toHaveLength(1)
  })
})

describe('links and unreadable folders', () => {
  posixOnly('follows a symlinked rule file and a symlinked folder', () => {
    write('store/r.yml')
    write('store/sub/s.yml')
    mkdirSync(path.join(root, 'rules'))
    symlinkSync(path.join(root, 'store/r.yml'), path.join(root, 'rules/linked.yml'))
    symlinkSync(path.join(root, 'store/sub'), path.join(root, 'rules/sub'))
    expect(found(['rules'])).toEqual(['rules/linked.yml', 'rules/sub/s.yml'])
  })

  posixOnly('walks a folder reached directly and through a link once, below a linked folder too', () => {
    write('rules/a/x.yml')
    write('rules/a/deep/y.yml')
    write('store/b/z.yml')
    symlinkSync(path.join(root, 'rules/a'), path.join(root, 'rules/link-to-a'))
    symlinkSync(path.join(root, 'rules/a/deep'), path.join(root, 'rules/link-to-deep'))
    symlinkSync(path.join(root, 'store'), path.join(root, 'rules/store'))
    symlinkSync(path.join(root, 'store/b'), path.join(root, 'rules/zz-b'))
    symlinkSync(path.join(root, 'rules'), path.join(root, 'linked-rules'))
    // `a` and `a/deep` come first (name order), so their links add nothing; `store/b` is
    // walked below the linked `store`, so `zz-b`, a link to it, adds nothing either. The
    // same through a link to the whole folder: real paths, not the paths walked, tell.
    expect(found(['rules'])).toEqual(['rules/a/deep/y.yml', 'rules/a/x.yml', 'rules/store/b/z.yml'])
    expect(found(['linked-rules'])).toEqual([
      'linked-rules/a/deep/y.yml',
      'linked-rules/a/x.yml',
      'linked-rules/store/b/z.yml'
    ])
  })

  posixOnly('reports a folder link that leads back to its parent as a loop, once', () => {
    write('rules/a.yml')
    symlinkSync(path.join(root, 'rules'), path.join(root, 'rules/again'))
    const r = resolveSources(['rules'], root)
    expect(r.files.map(f => path.basename(f))).toEqual(['a.yml'])
    expect(r.problems.map(p => [path.relative(root, p.file), p.code])).toEqual([
      [path.join('rules', 'again'), 'io/symlink-loop']
    ])
  })

  posixOnly('keeps a broken link named like a rule (reading it names the broken link)', () => {
    mkdirSync(path.join(root, 'rules'))
    symlinkSync(path.join(root, 'nowhere.yml'), path.join(root, 'rules/broken.yml'))
    symlinkSync(path.join(root, 'nowhere'), path.join(root, 'rules/broken-dir'))
    expect(found(['rules'])).toEqual(['rules/broken.yml'])
  })

  posixOnly('reports links that loop among themselves', () => {
    mkdirSync(path.join(root, 'rules'))
    symlinkSync(path.join(root, 'rules/b.yml'), path.join(root, 'rules/a.yml'))
    symlinkSync(path.join(root, 'rules/a.yml'), path.join(root, 'rules/b.yml'))
    const r = resolveSources(['rules'], root)
    expect(r.problems.map(p => p.code)).toEqual(['io/symlink-loop', 'io/symlink-loop'])
  })

  ;(isRoot || process.platform === 'win32' ? it.skip : it)(
    'reports an unreadable folder and goes on with the others',
    () => {
      write('rules/ok/a.yml')
      write('rules/locked/b.yml')
      chmodSync(path.join(root, 'rules/locked'), 0o000)
      try {
        const r = resolveSources(['rules'], root)
        expect(r.files.map(f => path.basename(f))).toEqual(['a.yml'])
        expect(r.problems).toEqual([
          {
            file: path.join(root, 'rules/locked'),
            code: 'io/unreadable-folder',
            message: 'cannot read this folder: permission denied'
          }
        ])
      } finally {
        chmodSync(path.join(root, 'rules/locked'), 0o755)
      }
    }
  )
})

describe('isSelected (changed files of a pull request)', () => {
  const patterns = ['**/*.{yml,yaml,toml}']

  it('agrees with the walk: no dot folders, no node_modules, not ignored, not a baseline file', () => {
    const opts = { ignore: ['rules/deprecated/**'], exclude: ['vendor/sigma', 'vendor/sigma/**/*.yml'] }
    expect(isSelected('rules/a.toml', patterns, opts)).toBe(true)
    expect(isSelected('.github/workflows/ci.yml', patterns, opts)).toBe(false)
    expect(isSelected('node_modules/x/a.yml', patterns, opts)).toBe(false)
    expect(isSelected('rules/deprecated/a.yml', patterns, opts)).toBe(false)
    expect(isSelected('vendor/sigma/a.yml', patterns, opts)).toBe(false)
    expect(isSelected('.corpus/a.yml', ['.corpus/**/*.yml'], opts)).toBe(true)
  })

  it('leaves out what .gitignore ignores, nested files included', () => {
    write('.gitignore', 'out/\n')
    write('rules/.gitignore', 'scratch.yml\n')
    const opts = { ignore: [], gitignores: GitIgnores.at(root), root }
    expect(isSelected('rules/a.yml', patterns, opts)).toBe(true)
    expect(isSelected('out/a.yml', patterns, opts)).toBe(false)
    expect(isSelected('rules/scratch.yml', patterns, opts)).toBe(false)
  })
})
