/**
 * Where each page of the site lives, relative to the site's root. Also used by the
 * pull-request report to link a finding's evidence to the published site (`site-url`), so
 * the names are stable: a technique page is named by its ID, a rule page by its vendor, file
 * name and a hash of its vendor, path and id (the same rule keeps its page across builds; the
 * site tells apart the rare id-less rules that share a file by their line).
 */
import { createHash } from '../hash.js'
import { slug } from './html.js'

export interface RuleLocation {
  vendor: string
  path: string
  id: string | null
}

export function techniquePagePath(technique: string): string {
  return `t/${technique.toUpperCase()}.html`
}

export function rulePagePath(rule: RuleLocation): string {
  const base =
    rule.path
      .split('/')
      .pop()
      ?.replace(/\.[a-z]+$/i, '') ?? ''
  const hash = createHash('sha256')
    .update(`${rule.vendor}\u0000${rule.path}\u0000${rule.id ?? ''}`)
    .digest('hex')
  return `r/${rule.vendor}-${slug(base, 48)}-${hash.slice(0, 8)}.html`
}

/** `base` joined with a page path: `https://x.github.io/rules/` + `t/T1059.html`. */
export function siteUrl(base: string, page: string): string {
  return `${base.replace(/\/+$/, '')}/${page}`
}
