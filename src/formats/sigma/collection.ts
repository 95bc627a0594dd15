/**
 * Sigma 1.x rule collections: several YAML documents in one file, tied together by `action`.
 *
 * - `action: global` — the document is a template merged into every following rule document
 *   (several global documents accumulate). On a clash the global value wins, as in pySigma
 *   (`deep_dict_update(rule, global_rule)`) and sigmac; the reader says so with a warning.
 * - `action: reset` — forget the template.
 * - `action: repeat` — the previous rule, with this document's keys merged over it, is
 *   another rule.
 * - no `action` — a rule (merged with the template, if any).
 *
 * Merging is by key, recursively for maps; every node keeps its own position in the file.
 */
import type { SourcePos } from '../../ir.js'
import type { YamlEntry, YamlMap, YamlNode } from '../../yaml/positioned.js'

/** Called when `over` replaces a value of `base` that is not a map on both sides. */
export type ConflictHandler = (path: string, kept: YamlNode, dropped: YamlNode) => void

/**
 * Merges `over` into `base` (neither is modified): keys of `over` replace those of `base`,
 * maps merge recursively; the order is base's keys, then the new keys of `over`.
 */
export function mergeMaps(base: YamlMap, over: YamlMap, onConflict?: ConflictHandler, path = ''): YamlMap {
  const overByKey = new Map<string, YamlEntry>()
  for (const e of over.entries) overByKey.set(e.key.value, e)
  const entries: YamlEntry[] = []
  const done = new Set<string>()
  for (const e of base.entries) {
    const k = e.key.value
    if (done.has(k)) continue
    done.add(k)
    const o = overByKey.get(k)
    if (!o) {
      entries.push(lastEntry(base, k, e))
      continue
    }
    const b = lastEntry(base, k, e).value
    const keyPath = path ? `${path}.${k}` : k
    if (b.kind === 'map' && o.value.kind === 'map')
      entries.push({ key: e.key, value: mergeMaps(b, o.value, onConflict, keyPath) })
    else {
      if (onConflict && !sameScalar(b, o.value)) onConflict(keyPath, o.value, b)
      entries.push({ key: e.key, value: o.value })
    }
  }
  for (const e of over.entries) {
    if (done.has(e.key.value)) continue
    done.add(e.key.value)
    entries.push(overByKey.get(e.key.value) ?? e)
  }
  return { ...base, entries }
}

/** The last entry of `map` with key `k` (a YAML loader keeps the last of repeated keys). */
function lastEntry(map: YamlMap, k: string, first: YamlEntry): YamlEntry {
  let found = first
  for (const e of map.entries) if (e.key.value === k) found = e
  return found
}

function sameScalar(a: YamlNode, b: YamlNode): boolean {
  return a.kind === 'scalar' && b.kind === 'scalar' && a.value === b.value && a.isNull === b.isNull
}

/** A map without its `action` entry. */
export function withoutAction(map: YamlMap): YamlMap {
  return { ...map, entries: map.entries.filter(e => e.key.value !== 'action') }
}

export interface TemplateConflict {
  path: string
  kept: YamlNode
  dropped: YamlNode
}

export type CollectionStep =
  | { kind: 'rule'; map: YamlMap; documentLine: number; conflicts: TemplateConflict[] }
  | { kind: 'problem'; message: string; pos: SourcePos }

export interface CollectionDocument {
  map: YamlMap
  line: number
  action: YamlNode | undefined
}

/**
 * Walks the documents of a file and yields the rule documents to read (already merged, with
 * the clashes between a rule and the template), plus the problems of the collection itself.
 */
export function* expandCollection(documents: Iterable<CollectionDocument>): Generator<CollectionStep> {
  let template: YamlMap | null = null
  let previous: YamlMap | null = null
  for (const doc of documents) {
    const action = doc.action
    const name = action?.kind === 'scalar' && !action.isNull ? action.value : null
    if (action === undefined || name === null) {
      if (action !== undefined && action.kind !== 'scalar') {
        yield { kind: 'problem', message: '`action` should be `global`, `reset` or `repeat`', pos: action }
        continue
      }
      const conflicts: TemplateConflict[] = []
      const map: YamlMap = template
        ? mergeMaps(withoutAction(doc.map), template, (path, kept, dropped) =>
            conflicts.push({ path, kept, dropped })
          )
        : doc.map
      previous = map
      yield { kind: 'rule', map, documentLine: doc.line, conflicts }
      continue
    }
    switch (name) {
      case 'global': {
        const body = withoutAction(doc.map)
        template = template ? mergeMaps(template, body) : body
        break
      }
      case 'reset':
        template = null
        break
      case 'repeat':
        if (!previous) {
          yield {
            kind: 'problem',
            message: '`action: repeat` needs a rule document before it; this document is skipped',
            pos: action
          }
          break
        }
        previous = mergeMaps(previous, withoutAction(doc.map))
        yield { kind: 'rule', map: previous, documentLine: doc.line, conflicts: [] }
        break
      default:
        yield {
          kind: 'problem',
          message: `unknown collection action \`${name}\` (expected \`global\`, \`reset\` or \`repeat\`); this document is skipped`,
          pos: action
        }
    }
  }
}
