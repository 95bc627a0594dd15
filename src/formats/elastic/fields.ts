/**
 * Canonical field names of an Elastic rule's predicates (`normalize/fields.ts`), set once the
 * logsource is known. A field read through a sequence step's alias (`event0.file.name`,
 * endpoint dialect: `] as event0`) is a field of that step's event: its canonical name is
 * the one of `file.name`, and `sourceField` keeps it as written.
 */
import type { JsonValue, Logsource, Query } from '../../ir.js'
import { predicates } from '../../ir.js'
import { canonicalField } from '../../normalize/fields.js'
import { sequenceSteps } from './query.js'

export function canonicaliseFields(
  queries: Query[],
  logsource: Logsource,
  properties: Record<string, JsonValue>
): void {
  const aliases = stepAliases(properties)
  for (const q of queries)
    for (const p of predicates(q.expr)) {
      const source = p.sourceField
      if (source === null) continue
      const dot = source.indexOf('.')
      const aliased = dot > 0 && aliases.has(source.slice(0, dot))
      p.field = canonicalField('elastic', logsource, aliased ? source.slice(dot + 1) : source)
    }
}

/** The aliases of the EQL sequence steps (`properties.sequence.steps[].alias`). */
function stepAliases(properties: Record<string, JsonValue>): Set<string> {
  const out = new Set<string>()
  for (const step of sequenceSteps(properties)) if (typeof step?.alias === 'string') out.add(step.alias)
  return out
}
