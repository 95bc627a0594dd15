/**
 * The catalog as a static website (`detlint catalog site`): an index of techniques by tactic,
 * a page per technique and per rule, one stylesheet, one small script and a prebuilt search
 * index. Plain files with relative links: they work from file:// and from GitHub Pages, make
 * no request outside the site, and have the same bytes for the same catalog.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Catalog } from '../catalog/index.js'
import { SITE_CSS, SITE_JS } from './assets.js'
import { siteModel, siteTechnique, type SiteSources } from './model.js'
import { renderIndex, renderRule, renderTechnique, type TechniqueSummary } from './render.js'
import { SearchIndex } from './search.js'
import { techniquePagePath } from './paths.js'

export type { SiteSources } from './model.js'
export { rulePagePath, siteUrl, techniquePagePath } from './paths.js'

/** Receives each file of the site as it is rendered: its path (relative to the site's root) and content. */
export type SiteSink = (file: string, content: string) => void

/**
 * Renders the site file by file into `emit` (a large catalog's site need not be held in
 * memory at once). The same catalog gives the same files in the same order.
 */
export function renderSite(catalog: Catalog, sources: SiteSources, emit: SiteSink): void {
  const model = siteModel(catalog, sources)
  const search = new SearchIndex(model)
  const summaries = new Map<string, TechniqueSummary>()
  for (const id of model.techniques) {
    const st = siteTechnique(model, id)
    emit(techniquePagePath(id), renderTechnique(model, st))
    search.addTechnique(st)
    summaries.set(id, { name: st.page.name, rules: st.page.rules, vendors: st.page.vendors })
  }
  catalog.rules.forEach((_, i) => emit(model.rulePaths[i], renderRule(model, i)))
  emit('index.html', renderIndex(model, summaries))
  emit('assets/site.css', SITE_CSS)
  emit('assets/site.js', SITE_JS)
  emit('assets/search-index.js', search.script())
  // GitHub Pages: serve the files as they are (no Jekyll processing).
  emit('.nojekyll', '')
}

/** The site's files in memory: relative path → content. */
export function buildSite(catalog: Catalog, sources: SiteSources = {}): Map<string, string> {
  const files = new Map<string, string>()
  renderSite(catalog, sources, (file, content) => void files.set(file, content))
  return files
}

export interface SiteWritten {
  files: number
  bytes: number
}

/**
 * Renders the site into `dir` (created when missing); files already there are overwritten,
 * others left alone.
 */
export function writeSite(dir: string, catalog: Catalog, sources: SiteSources = {}): SiteWritten {
  const written: SiteWritten = { files: 0, bytes: 0 }
  const made = new Set<string>()
  renderSite(catalog, sources, (rel, content) => {
    const file = path.join(dir, rel)
    const parent = path.dirname(file)
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true })
      made.add(parent)
    }
    writeFileSync(file, content)
    written.files++
    written.bytes += Buffer.byteLength(content)
  })
  return written
}
