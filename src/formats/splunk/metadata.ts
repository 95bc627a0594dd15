/** Detection metadata: scalar fields, lists of strings, ATT&CK technique IDs. */
import type { YamlMap, YamlNode } from '../../yaml/positioned.js'
import type { Diagnostics } from './diagnostics.js'
import { quote } from '../../text.js'

export function kindName(node: YamlNode): string {
  return node.kind === 'map' ? 'map' : node.kind === 'seq' ? 'list' : 'scalar'
}

/** Keys → values of a map, the last of repeated keys winning (after a warning). */
export function entriesOf(map: YamlMap, diags: Diagnostics, where = ''): Map<string, YamlNode> {
  const out = new Map<string, YamlNode>()
  for (const e of map.entries) {
    const k = e.key.value
    if (out.has(k))
      diags.warning('splunk/duplicate-key', `\`${where}${k}\` is repeated; the last one counts`, e.key)
    out.set(k, e.value)
  }
  return out
}

/** An optional single value; anything else is reported and ignored. */
export function readString(node: YamlNode | undefined, name: string, diags: Diagnostics): string | null {
  if (node === undefined) return null
  if (node.kind !== 'scalar') {
    diags.warning(
      'splunk/invalid-metadata',
      `\`${name}\` should be a single value, not a ${kindName(node)}`,
      node
    )
    return null
  }
  return node.isNull ? null : node.value
}

/** A list of single values with their nodes; a single value is read as a one-item list. */
export function readList(
  node: YamlNode | undefined,
  name: string,
  diags: Diagnostics
): Array<{ value: string; node: YamlNode }> {
  if (node === undefined) return []
  if (node.kind === 'scalar') return node.isNull ? [] : [{ value: node.value, node }]
  if (node.kind === 'map') {
    diags.warning('splunk/invalid-metadata', `\`${name}\` should be a list, not a map; ignored`, node)
    return []
  }
  const out: Array<{ value: string; node: YamlNode }> = []
  for (const item of node.items) {
    if (item.kind === 'scalar' && !item.isNull) out.push({ value: item.value, node: item })
    else
      diags.warning(
        'splunk/invalid-metadata',
        `an item of \`${name}\` should be a single value; ignored`,
        item
      )
  }
  return out
}

const TECHNIQUE = /^T\d{4}(\.\d{3})?$/

/** `tags.mitre_attack_id`: uppercase technique IDs, sorted and unique; others reported. */
export function readTechniques(node: YamlNode | undefined, diags: Diagnostics): string[] {
  const out = new Set<string>()
  for (const { value, node: item } of readList(node, 'tags.mitre_attack_id', diags)) {
    const id = value.trim().toUpperCase()
    if (TECHNIQUE.test(id)) out.add(id)
    else
      diags.warning(
        'splunk/invalid-technique',
        `${quote(value)} is not an ATT&CK technique ID (T1234 or T1234.001); ignored`,
        item
      )
  }
  return [...out].sort()
}
