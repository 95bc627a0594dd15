/**
 * `.detlint.yml` is validated against `schema/detlint.schema.json` (ajv, see config-validator.ts): the schema is
 * the one description of what the file may hold, for editors and for detlint alike. An
 * error names the key and the value, says what was expected (from the schema: its types,
 * ranges and enums, or a node's `errorMessage` where a plain description would mislead), and
 * suggests the closest known key or value for a typo.
 */
import type { ErrorObject } from 'ajv'
import schema from '../schema/detlint.schema.json' with { type: 'json' }
import { didYouMean } from './did-you-mean.js'
import { configValidator } from './config-validator.js'

/** A schema node, as far as messages need it. */
interface Node {
  type?: string | string[]
  enum?: unknown[]
  anyOf?: Node[]
  items?: Node
  $ref?: string
  properties?: Record<string, Node>
  pattern?: string
  minimum?: number
  maximum?: number
  minItems?: number
  errorMessage?: string
}

export const CONFIG_SCHEMA = schema as unknown as Node & { definitions: Record<string, Node> }

function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v)
}

/** `/checks/noisy-indicator/threshold` → `checks.noisy-indicator.threshold`; `/suppress/0` → `suppress[0]`. */
function keyOf(instancePath: string): string {
  let key = ''
  for (const raw of instancePath.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    key += /^\d+$/.test(part) ? `[${part}]` : key === '' ? part : `.${part}`
  }
  return key
}

function resolve(node: Node): Node {
  const ref = node.$ref?.match(/^#\/definitions\/(.+)$/)?.[1]
  return ref ? resolve(CONFIG_SCHEMA.definitions[ref]) : node
}

function listOf(items: string[], word = 'or'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`
}

/** What a schema node accepts, in words: `a whole number from 1 to 50`. */
function describe(input: Node): string {
  const node = resolve(input)
  if (node.errorMessage) return node.errorMessage
  if (node.anyOf) return listOf(node.anyOf.map(describe))
  if (node.enum)
    return node.enum.length === 1 ? show(node.enum[0]) : `one of ${node.enum.map(String).join(', ')}`
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : []
  return listOf(types.map(t => describeType(t, node)))
}

function describeType(type: string, node: Node): string {
  const range =
    node.minimum !== undefined && node.maximum !== undefined ? ` from ${node.minimum} to ${node.maximum}` : ''
  switch (type) {
    case 'integer':
      return `a whole number${range}`
    case 'number':
      return `a number${range}`
    case 'boolean':
      return 'true or false'
    case 'string':
      return node.pattern === '\\S' ? 'a non-empty string' : 'a string'
    case 'array': {
      const items = node.items ? resolve(node.items) : undefined
      const of =
        items?.type === 'string'
          ? ' of strings'
          : items?.type === 'object'
            ? ' of mappings'
            : items?.enum
              ? ' of them'
              : ''
      return node.minItems ? `a list of one or more${of.replace(/^ of/, '')}` : `a list${of}`
    }
    case 'object':
      return 'a mapping'
    case 'null':
      return 'nothing'
    default:
      return type
  }
}

/** The strings a node (or any of its branches) lists in an `enum`: the names a typo is compared with. */
function enumStrings(input: Node): string[] {
  const node = resolve(input)
  const own = node.enum?.filter((v): v is string => typeof v === 'string') ?? []
  return [...own, ...(node.anyOf ?? []).flatMap(enumStrings)]
}

function unknownKey(err: ErrorObject): string {
  const name = String(err.params.additionalProperty)
  const known = Object.keys((err.parentSchema as Node).properties ?? {})
  const key = keyOf(`${err.instancePath}/${name}`)
  return `${key}: unknown key${didYouMean(name, known)} (expected one of ${known.join(', ')})`
}

function missing(err: ErrorObject, key: string): string {
  const name = String(err.params.missingProperty)
  const property = resolve((err.parentSchema as Node).properties?.[name] ?? {})
  const what = property.errorMessage ? `required: ${property.errorMessage}` : 'required'
  return `${key ? `${key}.` : ''}${name}: ${what}, got nothing`
}

function wrongValue(node: Node, data: unknown, key: string): string {
  const n = resolve(node)
  const values = enumStrings(n)
  const hint = typeof data === 'string' && values.length > 0 ? didYouMean(data, values) : ''
  if (key === '') return `expected a mapping at the top level, got ${show(data)}`
  return `${key}: expected ${describe(n)}, got ${show(data)}${hint}`
}

/**
 * The one message for a document's errors: the deepest place that failed, and there an unknown
 * key first, then a missing key, then what the value there should have been.
 */
export function configErrorMessage(errors: readonly ErrorObject[]): string {
  const depth = (e: ErrorObject): number => (e.instancePath === '' ? 0 : e.instancePath.split('/').length)
  const deepest = Math.max(...errors.map(depth))
  const here = errors.filter(e => depth(e) === deepest)
  const key = keyOf(here[0].instancePath)
  const extra = here.find(e => e.keyword === 'additionalProperties')
  if (extra) return unknownKey(extra)
  const required = here.filter(e => e.keyword === 'required')
  const anyOf = here.find(e => e.keyword === 'anyOf')
  if (required.length > 0 && anyOf && required.length === here.length - 1)
    return `${key}: give ${listOf(required.map(e => String(e.params.missingProperty)))}, or both`
  const firstRequired = required.find(e => !(e.schemaPath.includes('/anyOf/') && anyOf))
  if (firstRequired) return missing(firstRequired, key)
  const at = anyOf ?? here.find(e => e.keyword === 'enum') ?? here[0]
  return wrongValue(at.parentSchema as Node, at.data, key)
}

/** Null when `doc` is valid; otherwise the message naming the key and the value. */
export function validateConfigDoc(doc: unknown): string | null {
  const validate = configValidator()
  if (validate(doc)) return null
  return configErrorMessage(validate.errors ?? [])
}
