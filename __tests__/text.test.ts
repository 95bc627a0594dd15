import { describe, expect, it } from '@jest/globals'
import { ownCopy, quote } from '../src/text.js'
import { readRuleFile } from '../src/formats/index.js'

describe('ownCopy', () => {
  it('returns the same text, short or long, views and unicode included', () => {
    const text = 'title: A rule with a long enough title — ünïcödé 🦊\nid: 0123456789abcdef\n'
    for (const s of ['', 'x', 'twelve chars', 'thirteen char', text, text.slice(7, 51), text.slice(40)])
      expect(ownCopy(s)).toBe(s)
  })

  it('leaves rule ids and titles equal to what the file says', () => {
    const text =
      'title: Suspicious Process Creation Of Something Long\nid: 5a1f9c3e-7d0b-4c8a-9e2f-1b3d5c7e9f01\n' +
      'logsource:\n  product: windows\n  category: process_creation\n' +
      'detection:\n  sel:\n    Image|endswith: \\\\evil.exe\n  condition: sel\n'
    const [rule] = readRuleFile('r.yml', text).rules
    expect(rule.title).toBe('Suspicious Process Creation Of Something Long')
    expect(rule.id).toBe('5a1f9c3e-7d0b-4c8a-9e2f-1b3d5c7e9f01')
  })
})

describe('quote', () => {
  it('shortens and shows control characters', () => {
    expect(quote('a\nb`c')).toBe("`a\\nb'c`")
  })
})
