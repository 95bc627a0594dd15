import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { ConfigError, defaultSettings, parseConfigText, parseFailOn } from '../src/config.js'
import { VERSION } from '../src/version.js'

describe('config', () => {
  it('applies every key', () => {
    const s = parseConfigText(
      [
        'fail-on: warning',
        'rules: ["rules/**/*.yml"]',
        'ignore: rules/deprecated/**',
        'baseline: [../sigma/rules]',
        'checks:',
        '  noisy-indicator: {threshold: 7, max-paths: 9, examples: 2, severity: notice}',
        '  missing-common-exclusion: {min-rules: 4, min-share: 40%, top: 2, untagged: skip}',
        '  parse-error: off'
      ].join('\n'),
      '.detlint.yml'
    )
    expect(s.failOn).toBe('warning')
    expect(s.rules).toEqual(['rules/**/*.yml'])
    expect(s.ignore).toEqual(['rules/deprecated/**'])
    expect(s.baseline).toEqual(['../sigma/rules'])
    expect(s.checks['noisy-indicator']).toEqual({
      enabled: true,
      severity: 'notice',
      threshold: 7,
      maxPaths: 9,
      examples: 2
    })
    expect(s.checks['missing-common-exclusion']).toMatchObject({
      minRules: 4,
      minShare: 0.4,
      top: 2,
      untagged: 'skip'
    })
    expect(s.checks['parse-error'].enabled).toBe(false)
  })

  it('keeps defaults for an empty file', () => {
    expect(parseConfigText('', 'x.yml')).toEqual(defaultSettings())
  })

  it.each([
    ['fail-on: warn', 'x.yml: fail-on: expected one of error, warning, notice, none, got "warn"'],
    ['colour: red', 'x.yml: colour: unknown key (expected one of fail-on, rules, ignore, baseline, checks)'],
    [
      'checks: {noisy-indicator: {threshold: 0}}',
      'x.yml: checks.noisy-indicator.threshold: expected a whole number from 1 to 1000000000, got 0'
    ],
    [
      'checks: {noisy-indicator: {threshold: many}}',
      'x.yml: checks.noisy-indicator.threshold: expected a whole number from 1 to 1000000000, got "many"'
    ],
    [
      'checks: {missing-common-exclusion: {min-share: 1.5}}',
      'x.yml: checks.missing-common-exclusion.min-share: expected a number from 0 to 1, got 1.5'
    ],
    [
      'checks: {missing-common-exclusion: {untagged: maybe}}',
      'x.yml: checks.missing-common-exclusion.untagged: expected logsource or skip, got "maybe"'
    ],
    [
      'checks: {noisy-indicator: {severity: fatal}}',
      'x.yml: checks.noisy-indicator.severity: expected one of error, warning, notice, got "fatal"'
    ],
    [
      'checks: {typo-check: {}}',
      'x.yml: checks.typo-check: unknown key (expected one of noisy-indicator, missing-common-exclusion, parse-error)'
    ],
    ['rules: [1]', 'x.yml: rules[0]: expected a string, got 1'],
    ['- a', 'x.yml: x.yml: expected a mapping at the top level, got ["a"]']
  ])('rejects %j naming the key and value', (text, message) => {
    expect(() => parseConfigText(text, 'x.yml')).toThrow(ConfigError)
    expect(() => parseConfigText(text, 'x.yml')).toThrow(message)
  })

  it('reports YAML syntax errors with the file', () => {
    expect(() => parseConfigText('a: [', 'x.yml')).toThrow(/^x\.yml: not valid YAML/)
  })

  it('parses fail-on case-insensitively', () => {
    expect(parseFailOn(' Warning ')).toBe('warning')
  })
})

describe('version', () => {
  it('matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })
})
