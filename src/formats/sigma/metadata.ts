/** Rule metadata: scalar fields, tags → ATT&CK techniques, logsource. */
import type { Logsource } from '../../ir.js'
import type { YamlNode } from '../../yaml/positioned.js'
import type { Diagnostics } from './diagnostics.js'

/** `attack.t1059` / `attack.t1059.001`, any case. */
const TECHNIQUE_TAG = /^attack\.t(\d{4})(?:\.(\d{3}))?$/i

/**
 * ATT&CK technique IDs named by tags (`attack.t1059.001` → `T1059.001`), sorted and unique.
 * Tactic slugs (`attack.execution`), groups (`attack.g0016`), software (`attack.s0002`) and
 * data sources (`attack.ds0005`) are not techniques.
 */
export function techniquesFromTags(tags: readonly string[]): string[] {
  const out = new Set<string>()
  for (const tag of tags) {
    const m = TECHNIQUE_TAG.exec(tag.trim())
    if (m) out.add(m[2] === undefined ? `T${m[1]}` : `T${m[1]}.${m[2]}`)
  }
  return [...out].sort()
}

/** Reads an optional string field; anything but a scalar is reported and ignored. */
export function readString(node: YamlNode | undefined, name: string, diags: Diagnostics): string | null {
  if (node === undefined) return null
  if (node.kind !== 'scalar') {
    diags.warning(
      'sigma/invalid-metadata',
      `\`${name}\` should be a single value, not a ${kindName(node)}`,
      node
    )
    return null
  }
  return node.isNull ? null : node.value
}

/** Tags as written; a single string is accepted (and reported), other shapes ignored. */
export function readTags(node: YamlNode | undefined, diags: Diagnostics): string[] {
  if (node === undefined) return []
  if (node.kind === 'scalar') {
    if (node.isNull) return []
    diags.warning('sigma/invalid-metadata', '`tags` should be a list; read as one tag', node)
    return [node.value]
  }
  if (node.kind === 'map') {
    diags.warning('sigma/invalid-metadata', '`tags` should be a list, not a map; ignored', node)
    return []
  }
  const tags: string[] = []
  for (const item of node.items) {
    if (item.kind === 'scalar' && !item.isNull) tags.push(item.value)
    else diags.warning('sigma/invalid-metadata', 'a tag should be a single value; ignored', item)
  }
  return tags
}

const LOGSOURCE_KEYS = ['product', 'category', 'service', 'definition'] as const

/** `logsource`: product, category, service and definition (other keys are allowed and ignored). */
export function readLogsource(
  node: YamlNode | undefined,
  at: { line: number; column: number },
  diags: Diagnostics
): Logsource {
  const out: Logsource = {}
  if (node === undefined) {
    diags.warning('sigma/missing-logsource', 'the rule has no `logsource`', at)
    return out
  }
  if (node.kind !== 'map') {
    if (node.kind === 'scalar' && node.isNull)
      diags.warning('sigma/missing-logsource', '`logsource` is empty', node)
    else
      diags.warning('sigma/invalid-metadata', `\`logsource\` should be a map, not a ${kindName(node)}`, node)
    return out
  }
  for (const { key, value } of node.entries) {
    const k = key.value as (typeof LOGSOURCE_KEYS)[number]
    if (!LOGSOURCE_KEYS.includes(k)) continue
    const text = readString(value, `logsource.${k}`, diags)
    if (text !== null) out[k] = text
  }
  return out
}

export function kindName(node: YamlNode): string {
  return node.kind === 'map' ? 'map' : node.kind === 'seq' ? 'list' : 'scalar'
}
