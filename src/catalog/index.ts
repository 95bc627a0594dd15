/**
 * The catalog: what a corpus of rules checks and excludes (`model.ts`), merged from several
 * sources (`merge.ts`), saved and read as a file whose sections are read on demand
 * (`file.ts`; format in `docs/catalog.md`, schema in `schema/detlint-catalog.schema.json`).
 */
export * from './model.js'
export * from './file.js'
export * from './merge.js'
