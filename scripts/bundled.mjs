// Bundles a TypeScript entry point (bench/*.ts) with esbuild into a temporary file and
// imports it: how `npm run bench` and `npm run fuzz` run TypeScript without a build step.
import { build } from 'esbuild'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export async function importBundled(entry) {
  const name = path.basename(entry, '.ts')
  const out = path.join(mkdtempSync(path.join(tmpdir(), `detlint-${name}-`)), `${name}.mjs`)
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __detlintCreateRequire } from 'node:module'; const require = __detlintCreateRequire(import.meta.url);"
    }
  })
  return import(pathToFileURL(out).href)
}
