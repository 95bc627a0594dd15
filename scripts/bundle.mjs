// Bundles the action (dist/index.js) and the CLI (dist/cli.js) into self-contained ESM files.
import { build } from 'esbuild'
import { chmodSync } from 'node:fs'

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __detlintCreateRequire } from 'node:module';\nconst require = __detlintCreateRequire(import.meta.url);"
  }
}

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' })
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js }
})
chmodSync('dist/cli.js', 0o755)
