/**
 * The logic trees of the rules a site shows, kept while the catalog is built from source
 * (the catalog itself keeps only keys): `add` as the catalog builder's `onRule`, `get` as the
 * site's `trees` source.
 */
import type { CatalogRule } from '../catalog/index.js'
import type { Query, Rule } from '../ir.js'

function keyOf(r: { vendor: string; path: string; line: number; id: string | null }): string {
  return `${r.vendor}\u0000${r.path}\u0000${r.line}\u0000${r.id ?? ''}`
}

export class RuleTrees {
  private readonly trees = new Map<string, readonly Query[]>()

  readonly add = (rule: Rule): void => void this.trees.set(keyOf(rule), rule.queries)

  readonly get = (rule: CatalogRule): readonly Query[] | null => this.trees.get(keyOf(rule)) ?? null
}
