import { describe, expect, test } from '@jest/globals'
import { ConfigError } from '../../src/config.js'
import {
  CORPORA,
  corpusCacheKey,
  parseCorpusRef,
  sourceUrl,
  splitBaseline
} from '../../src/corpus/registry.js'
import { VERSION } from '../../src/version.js'

describe('named corpora', () => {
  test('a bare name is the pinned commit; name@ref overrides it; anything else is a path', () => {
    expect(parseCorpusRef('sigma')).toMatchObject({ ref: CORPORA.sigma.ref, spec: { repo: 'sigma' } })
    expect(parseCorpusRef('elastic@v8.15.0')).toMatchObject({
      ref: 'v8.15.0',
      spec: { repo: 'detection-rules' }
    })
    expect(parseCorpusRef('elastic-endpoint')?.spec.repo).toBe('protections-artifacts')
    for (const p of ['sigma/', 'sigma/rules', 'rules', '.corpus/sigma', 'Sigma', 'sigmas'])
      expect(parseCorpusRef(p)).toBeNull()
  })

  test('a ref that could leave the cache folder or break a URL names the key and the value', () => {
    for (const bad of ['sigma@', 'sigma@../x', 'sigma@a/b', 'splunk@-x'])
      expect(() => parseCorpusRef(bad, 'baseline')).toThrow(ConfigError)
    expect(() => parseCorpusRef('sigma@a/b', 'baseline')).toThrow(
      /^baseline: "sigma@a\/b": expected sigma or sigma@/
    )
  })

  test('splitBaseline keeps the paths in order and each corpus once', () => {
    const { corpora, paths } = splitBaseline(['sigma', 'local/rules', 'splunk@abc', 'sigma', 'sigma/'])
    expect(corpora.map(c => c.entry)).toEqual(['sigma', 'splunk@abc'])
    expect(paths).toEqual(['local/rules', 'sigma/'])
  })

  test('the cache key is the corpus, its ref and the detlint build, nothing of the repository', () => {
    const key = corpusCacheKey(parseCorpusRef('splunk') as NonNullable<ReturnType<typeof parseCorpusRef>>)
    expect(key.startsWith(`detlint-corpus-splunk-${CORPORA.splunk.ref}-catalog`)).toBe(true)
    expect(key).toContain(`-${VERSION}-`)
    expect(key).not.toMatch(/[,\s]/)
  })

  test('sourceUrl links a named corpus rule at its ref, and nothing else', () => {
    const ref = CORPORA.sigma.ref
    expect(sourceUrl({ path: `SigmaHQ/sigma@${ref}/rules/windows/a b.yml`, line: 3 })).toBe(
      `https://github.com/SigmaHQ/sigma/blob/${ref}/rules/windows/a%20b.yml#L3`
    )
    expect(sourceUrl({ path: 'splunk/security_content@v4/detections/x.yml' }, 'https://ghe.example/')).toBe(
      'https://ghe.example/splunk/security_content/blob/v4/detections/x.yml'
    )
    expect(sourceUrl({ path: 'rules/windows/a.yml', line: 1 })).toBeNull()
    expect(sourceUrl({ path: 'someone/else@main/rules/a.yml' })).toBeNull()
    expect(sourceUrl({ path: 'SigmaHQ/sigma@main/rules/../../x' })).toBeNull()
  })
})
