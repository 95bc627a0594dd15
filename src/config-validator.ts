/**
 * The `.detlint.yml` validator: ajv compiles `schema/detlint.schema.json`. Tests and `tsc`
 * use this module as it is (compiling on first use); the bundles (scripts/bundle.mjs) put
 * the same validator in its place precompiled with ajv's standalone code, so dist/ carries
 * neither ajv nor a compile at start.
 */
import { Ajv, type ValidateFunction } from 'ajv'
import standaloneCode from 'ajv/dist/standalone/index.js'
import schema from '../schema/detlint.schema.json' with { type: 'json' }

function newAjv(source: boolean): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    // `required` inside `anyOf` (rule or path) is the point there, not a slip.
    strictRequired: false,
    allowUnionTypes: true,
    ...(source ? { code: { source: true, esm: true } } : {})
  })
  // errorMessage: detlint's wording for a node whose type description would garble it.
  ajv.addVocabulary(['errorMessage'])
  return ajv
}

let compiled: ValidateFunction | undefined

export function configValidator(): ValidateFunction {
  compiled ??= newAjv(false).compile(schema)
  return compiled
}

/** ES module source exporting `validate`: the same validator, precompiled (for the bundles). */
export function validatorSource(): string {
  const ajv = newAjv(true)
  // The CommonJS module is its function and has it as `default` too: the one name both ESM interops give.
  return standaloneCode.default(ajv, ajv.compile(schema))
}
