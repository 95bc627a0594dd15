/**
 * The action's `site` input: the catalog it built, written as the static site, for a later
 * step to publish (actions/upload-pages-artifact + actions/deploy-pages).
 */
import type { Settings } from '../config.js'
import { buildCorpusCatalog } from '../engine.js'
import { loadCatalogFile, mergeCatalogs, withAttack, type Catalog } from '../catalog/index.js'
import type { AttackTable } from '../attack/table.js'
import { writeSite } from './index.js'
import { RuleTrees } from './trees.js'

export interface SiteLog {
  info: (message: string) => void
}

export function writeActionSite(log: SiteLog, dir: string, catalog: Catalog, trees: RuleTrees): void {
  const started = Date.now()
  const written = writeSite(dir, catalog, { trees: trees.get })
  log.info(
    `site: ${written.files} files (${(written.bytes / 1e6).toFixed(1)} MB) for ${catalog.rules.length} rules ` +
      `written to ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`
  )
}

/** The catalog of a run that checked nothing (no changed rules), for its site. */
export function siteCatalogOnly(
  settings: Settings & { rules: string[]; baseline: string[]; catalogFiles: string[]; root: string },
  namedCatalogs: readonly string[],
  attack: AttackTable | undefined,
  trees: RuleTrees
): Catalog {
  const built = buildCorpusCatalog(
    [...settings.rules, ...settings.baseline],
    settings.root,
    settings,
    undefined,
    undefined,
    trees.add
  )
  const files = [...namedCatalogs, ...settings.catalogFiles]
  return withAttack(mergeCatalogs([built.catalog, ...files.map(f => loadCatalogFile(f))]), attack)
}
