/**
 * Links from a pull request's findings to the published catalog site (`site-url`): the
 * technique page a finding's evidence is about and the pages of its example rules. Plugged
 * into the comment and the job summary through their `evidenceLinks` hook.
 */
import type { Finding, RuleRef } from '../findings.js'
import type { EvidenceLinks } from '../report/markdown.js'
import { clip } from '../report/common.js'
import { escapeMarkdown } from '../report/tables.js'
import { rulePagePath, siteUrl, techniquePagePath } from './paths.js'

const TECHNIQUE = /^T\d{4}(\.\d{3})?$/
const MAX_TITLE = 120

function techniqueOf(f: Finding): string | null {
  const e = f.evidence
  if (e.kind === 'missing-common-exclusion') return e.technique
  if (e.kind === 'technique-revoked' || e.kind === 'technique-unknown') return e.replacement
  return null
}

function examplesOf(f: Finding): readonly RuleRef[] {
  const e = f.evidence
  return e.kind === 'noisy-indicator' || e.kind === 'missing-common-exclusion' ? e.examples : []
}

/** The hook for `site` published at `base` (an http(s) URL); null when no site is configured. */
export function siteEvidenceLinks(base: string | null): EvidenceLinks | undefined {
  if (base === null || !/^https?:\/\/[^\s<>"`()\\]+$/i.test(base)) return undefined
  const url = (page: string): string => siteUrl(base, page)
  return f => {
    const links: string[] = []
    const technique = techniqueOf(f)
    if (technique !== null && TECHNIQUE.test(technique))
      links.push(`[${technique} page](${url(techniquePagePath(technique))})`)
    for (const r of examplesOf(f))
      links.push(`[${escapeMarkdown(clip(r.title, MAX_TITLE))}](${url(rulePagePath(r))})`)
    return links.length === 0 ? [] : [`Catalog site: ${links.join(' · ')}`]
  }
}
