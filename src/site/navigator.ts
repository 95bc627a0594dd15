/**
 * `detlint catalog navigator`: the catalog as an ATT&CK Navigator layer (layer format 4.5,
 * https://github.com/mitre-attack/attack-navigator/blob/master/layers/spec/v4.5/layerformat.md).
 * Each technique with rules is scored by its rules (a parent counts its sub-techniques'
 * rules, as its page does), with the rules per vendor in the comment and the metadata.
 */
import type { Catalog } from '../catalog/index.js'
import { VENDORS, type Vendor } from '../ir.js'
import { VERSION } from '../version.js'
import { siteUrl, techniquePagePath } from './paths.js'

export const LAYER_FORMAT = '4.5'
/** The oldest Navigator that reads layer format 4.5. */
export const NAVIGATOR_VERSION = '4.9.0'

export interface NavigatorOptions {
  /** The layer's name (default `detlint catalog`). */
  name?: string
  /** The published site: each technique links to its page there. */
  siteUrl?: string
}

interface LayerTechnique {
  techniqueID: string
  score: number
  comment: string
  enabled: boolean
  showSubtechniques?: boolean
  metadata: Array<{ name: string; value: string }>
  links?: Array<{ label: string; url: string }>
}

const TECHNIQUE = /^T\d{4}(\.\d{3})?$/

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The layer as an object; `renderNavigatorLayer` gives its deterministic text. */
export function navigatorLayer(catalog: Catalog, options: NavigatorOptions = {}): Record<string, unknown> {
  const ids = [...catalog.techniqueRules.keys()].filter(t => TECHNIQUE.test(t)).sort(cmp)
  const parents = new Set(ids.filter(t => t.includes('.')).map(t => t.slice(0, 5)))
  const techniques: LayerTechnique[] = ids.map(id => {
    const rules = catalog.techniqueRules.get(id) ?? []
    const perVendor = new Map<Vendor, number>()
    for (const i of rules) {
      const v = catalog.rules[i].vendor
      perVendor.set(v, (perVendor.get(v) ?? 0) + 1)
    }
    const vendors = VENDORS.filter(v => perVendor.has(v))
    const t: LayerTechnique = {
      techniqueID: id,
      score: rules.length,
      comment: `${rules.length} rule${rules.length === 1 ? '' : 's'}: ${vendors.map(v => `${v} ${perVendor.get(v)}`).join(', ')}`,
      enabled: true,
      metadata: vendors.map(v => ({ name: v, value: String(perVendor.get(v)) }))
    }
    if (parents.has(id)) t.showSubtechniques = true
    if (options.siteUrl !== undefined)
      t.links = [{ label: 'detlint catalog page', url: siteUrl(options.siteUrl, techniquePagePath(id)) }]
    return t
  })
  const max = Math.max(1, ...techniques.map(t => t.score))
  const attack = catalog.attack?.version.match(/^\d+(\.\d+)?/)?.[0]
  return {
    name: options.name ?? 'detlint catalog',
    versions: { ...(attack ? { attack } : {}), navigator: NAVIGATOR_VERSION, layer: LAYER_FORMAT },
    domain: 'enterprise-attack',
    description: `Techniques scored by the rules detlint's catalog files under them (${catalog.rules.length} rules).`,
    sorting: 3,
    layout: { layout: 'side', showID: true, showName: true, expandedSubtechniques: 'annotated' },
    hideDisabled: false,
    techniques,
    gradient: { colors: ['#e8f1fb', '#0969da'], minValue: 0, maxValue: max },
    legendItems: [],
    metadata: [{ name: 'generator', value: `detlint ${VERSION}` }],
    showTacticRowBackground: false,
    selectTechniquesAcrossTactics: true,
    selectSubtechniquesWithParent: false,
    selectVisibleTechniques: false
  }
}

export function renderNavigatorLayer(catalog: Catalog, options: NavigatorOptions = {}): string {
  return JSON.stringify(navigatorLayer(catalog, options), null, 2) + '\n'
}
