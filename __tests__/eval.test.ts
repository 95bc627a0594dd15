/**
 * `detlint eval exclusions|noisy` end to end, on a small corpus written for this test whose
 * answers are known: four certutil rules exclude the SCCM client as a filter of its own,
 * one excludes something nobody else does, one excludes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { main } from '../src/commands.js'
import { isHeldOut } from '../src/eval/command.js'

function sigma(name: string, cli: string, filter: string | null, level = 'high'): string {
  return [
    `title: Certutil ${name}`,
    `id: 7a000000-0000-4000-8000-00000000000${name.length}${name.charCodeAt(0) % 10}`,
    'status: test',
    'logsource:',
    '    product: windows',
    '    category: process_creation',
    'detection:',
    '    selection:',
    "        Image|endswith: '\\certutil.exe'",
    `        CommandLine|contains: '${cli}'`,
    ...(filter === null ? [] : ['    filter:', `        ParentImage|endswith: '\\${filter}'`]),
    `    condition: selection${filter === null ? '' : ' and not filter'}`,
    `level: ${level}`,
    ''
  ].join('\n')
}

let dir: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'detlint-eval-'))
  const files: Record<string, string> = {
    'a.yml': sigma('Alpha', '-urlcache', 'ccmexec.exe'),
    'b.yml': sigma('Bravo', '-decode', 'ccmexec.exe'),
    'c.yml': sigma('Charlie', '-encode', 'ccmexec.exe'),
    'd.yml': sigma('Delta', '-verifyctl', 'ccmexec.exe'),
    'f.yml': sigma('Foxtrot', '-split', 'weird.exe'),
    'e.yml': sigma('Echo', '-exportpfx', null, 'medium')
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

function run(args: string[], tty = false): { code: number; out: string; err: string } {
  let out = ''
  let err = ''
  const code = main(args, {
    stdout: t => void (out += t),
    stderr: t => void (err += t),
    cwd: dir,
    stderrIsTTY: tty
  })
  return { code, out, err }
}

describe('detlint eval exclusions', () => {
  it('scores leave-one-out on a corpus with known answers, as JSON scripts can read', () => {
    const { code, out } = run(['eval', 'exclusions', '.', '--format', 'json'])
    expect(code).toBe(0)
    const scores = {
      // a–d each get ccmexec.exe back (a hit, 1 of 1); f gets ccmexec.exe, not weird.exe (0 of 1).
      rules: 5,
      recallAt5: 0.8,
      precisionAt5: 0.8,
      suggestionsPerRule: 1,
      noSuggestion: 0,
      // e has no exclusion: the one suggestion it gets is noise.
      noiseRules: 1,
      noise: 1
    }
    expect(JSON.parse(out)).toEqual({ overall: scores, byVendor: { sigma: scores } })
  })

  it('is deterministic, states the split in text, and shows progress only on a terminal', () => {
    const one = run(['eval', 'exclusions', '.'])
    const two = run(['eval', 'exclusions', '.'])
    expect(one.out).toBe(two.out)
    expect(one.out).toContain('split: all target rules')
    expect(one.out).toMatch(/overall\s+5\s+80\.0%\s+80\.0%\s+1\.00\s+0\.0%\s+1\s+1\.00/)
    expect(one.err).toBe('')
    expect(run(['eval', 'exclusions', '.'], true).err).toContain('detlint eval: 6/6 rules\n')
    const held = run(['eval', 'exclusions', '.', '--split', 'held-out'])
    expect(held.out).toContain('split: held-out (30% of target rules, by sha256 of the rule id')
  })

  it('splits by a hash of the rule id: the same rule always on the same side', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `rule-${i}`)
    const held = ids.filter(id => isHeldOut({ vendor: 'sigma', id, path: 'x' })).length
    expect(held).toBeGreaterThan(250)
    expect(held).toBeLessThan(350)
    expect(isHeldOut({ vendor: 'sigma', id: 'rule-1', path: 'x' })).toBe(
      isHeldOut({ vendor: 'elastic', id: 'rule-1', path: 'y' })
    )
  })

  it('rejects a bad option with a usage error', () => {
    expect(run(['eval', 'exclusions', '.', '--split', 'half']).code).toBe(2)
    expect(run(['eval', 'nothing', '.']).code).toBe(2)
    expect(run(['eval', 'exclusions']).code).toBe(2)
  })
})

describe('detlint eval noisy', () => {
  it('gives the firing rate by status and level', () => {
    const { code, out } = run(['eval', 'noisy', '.', '--format', 'json'])
    expect(code).toBe(0)
    const result = JSON.parse(out)
    expect(result.overall.rules).toBe(6)
    expect(result.vetted.rules).toBe(5)
    expect(Object.keys(result.byStatusLevel)).toEqual(['test/high', 'test/medium'])
    expect(result.byStatusLevel['test/high'].rules).toBe(5)
  })
})
