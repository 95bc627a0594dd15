/**
 * `detlint catalog navigator`: the ATT&CK Navigator layer, checked against a JSON schema of
 * layer format 4.5 written from the public specification (schema/navigator-layer-4.5.schema.json).
 */
import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { saveCatalogFile } from '../../src/catalog/index.js'
import { runCli } from '../../src/commands.js'
import { navigatorLayer, renderNavigatorLayer } from '../../src/site/navigator.js'
import { fixtureCatalog } from './fixture.js'

const schema = JSON.parse(readFileSync(join(process.cwd(), 'schema/navigator-layer-4.5.schema.json'), 'utf8'))
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema)

interface Technique {
  techniqueID: string
  score: number
  comment: string
  showSubtechniques?: boolean
  links?: Array<{ url: string }>
}

describe('navigator layer', () => {
  it('is valid layer format 4.5, scored by rules, with rules per vendor in the comment', () => {
    const layer = navigatorLayer(fixtureCatalog())
    expect(validate(layer)).toBe(true)
    expect(validate.errors ?? null).toBeNull()
    expect(layer.versions).toEqual({ attack: '18.1', navigator: '4.9.0', layer: '4.5' })
    const techniques = layer.techniques as Technique[]
    expect(techniques.map(t => [t.techniqueID, t.score])).toEqual([
      ['T1003', 2],
      ['T1003.001', 2],
      ['T1218', 4],
      ['T1218.011', 4]
    ])
    expect(techniques[3].comment).toBe('4 rules: sigma 2, elastic 1, splunk 1')
    expect(techniques[2].showSubtechniques).toBe(true)
    expect(layer.gradient).toEqual({ colors: ['#e8f1fb', '#0969da'], minValue: 0, maxValue: 4 })
  })

  it('links techniques to the published site when given its URL', () => {
    const layer = navigatorLayer(fixtureCatalog(), { siteUrl: 'https://acme.github.io/rules/' })
    expect(validate(layer)).toBe(true)
    expect((layer.techniques as Technique[])[0].links?.[0].url).toBe(
      'https://acme.github.io/rules/t/T1003.html'
    )
  })

  it('the schema rejects what the format forbids', () => {
    const layer = navigatorLayer(fixtureCatalog())
    expect(validate({ ...layer, versions: { navigator: '4.9.0', layer: '4.4' } })).toBe(false)
    expect(validate({ ...layer, domain: 'pre-attack' })).toBe(false)
    expect(validate({ ...layer, techniques: [{ techniqueID: 'T12', score: 1 }] })).toBe(false)
    expect(validate({ ...layer, gradient: { colors: ['#fff'], minValue: 0, maxValue: 1 } })).toBe(false)
    const nameless: Record<string, unknown> = { ...layer }
    delete nameless.name
    expect(validate(nameless)).toBe(false)
  })

  it('is written by the CLI, with deterministic bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'detlint-nav-'))
    try {
      saveCatalogFile(fixtureCatalog(), join(dir, 'catalog.json'))
      let err = ''
      const io = { stdout: () => undefined, stderr: (s: string) => void (err += s), cwd: dir }
      expect(
        await runCli(
          [
            'catalog',
            'navigator',
            '--catalog',
            join(dir, 'catalog.json'),
            '-o',
            'layer.json',
            '--attack',
            'none'
          ],
          io
        )
      ).toBe(0)
      expect(err).toContain('Navigator layer of 4 techniques written to layer.json')
      const text = readFileSync(join(dir, 'layer.json'), 'utf8')
      expect(validate(JSON.parse(text))).toBe(true)
      expect(text).toBe(renderNavigatorLayer(fixtureCatalog()).replace(/"attack": "18.1",\n\s*/, ''))
      const bad = await runCli(
        ['catalog', 'navigator', '--catalog', 'c.json', '-o', 'l.json', '--site-url', 'ftp://x'],
        io
      )
      expect(bad).toBe(2)
      expect(err).toContain('--site-url: expected an http(s) URL')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
