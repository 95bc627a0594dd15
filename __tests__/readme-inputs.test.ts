/**
 * The README documents every input and output of action.yml, and nothing that is not there:
 * the first column of the tables under `### Inputs` and `### Outputs` (each read up to the
 * next heading), against the keys of action.yml.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { load } from 'js-yaml'

const root = (rel: string): string => fileURLToPath(new URL(`../${rel}`, import.meta.url))

interface ActionYml {
  inputs?: Record<string, unknown>
  outputs?: Record<string, unknown>
}

function actionYml(): ActionYml {
  const doc: unknown = load(readFileSync(root('action.yml'), 'utf8'))
  if (typeof doc !== 'object' || doc === null) throw new Error('action.yml: expected a mapping')
  return doc as ActionYml
}

/** The lines under `heading` up to the next heading of any level. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split(/\r?\n/)
  const start = lines.findIndex(l => l.trim() === heading)
  if (start < 0) throw new Error(`README.md: no "${heading}" heading`)
  const end = lines.findIndex((l, i) => i > start && /^#{1,6}\s/.test(l))
  return lines.slice(start + 1, end < 0 ? lines.length : end)
}

/** The names in the first column of a markdown table (`name` in backticks), header and rule rows left out. */
function firstColumn(lines: readonly string[]): string[] {
  const rows = lines.filter(l => l.trim().startsWith('|'))
  const names: string[] = []
  for (const [i, row] of rows.entries()) {
    const cell = row.trim().replace(/^\|/, '').split('|')[0].trim()
    if (i === 0 || /^:?-+:?$/.test(cell)) continue // the header and the rule under it
    const m = cell.match(/^`([^`]+)`$/)
    names.push(m ? m[1] : cell)
  }
  return names
}

describe('README tables match action.yml', () => {
  const readme = readFileSync(root('README.md'), 'utf8')
  const action = actionYml()

  test('every input is documented, and only inputs', () => {
    const documented = firstColumn(section(readme, '### Inputs'))
    expect([...documented].sort()).toEqual(Object.keys(action.inputs ?? {}).sort())
    expect(new Set(documented).size).toBe(documented.length)
  })

  test('every output is documented, and only outputs', () => {
    const documented = firstColumn(section(readme, '### Outputs'))
    expect([...documented].sort()).toEqual(Object.keys(action.outputs ?? {}).sort())
    expect(new Set(documented).size).toBe(documented.length)
  })

  test('the table reader', () => {
    const md = [
      '### Inputs',
      '',
      '| input | meaning |',
      '| --- | --- |',
      '| `a-b` | x |',
      '| `c` | y |',
      '### Next',
      '| `d` | z |'
    ]
    expect(firstColumn(section(md.join('\n'), '### Inputs'))).toEqual(['a-b', 'c'])
  })
})
