/** detlint's version; a test keeps it equal to package.json's. */
export const VERSION = '0.1.0'

declare const __DETLINT_SOURCE__: string | undefined

/**
 * A hash of the source this build was bundled from (set by `scripts/bundle.mjs`), or
 * `source` when running from the TypeScript files. Keys the catalog cache: two builds of
 * one version with different readers or normalisation tables never share cached entries.
 */
export const SOURCE_HASH: string = typeof __DETLINT_SOURCE__ === 'string' ? __DETLINT_SOURCE__ : 'source'
