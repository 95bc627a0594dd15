// Bundles the action (dist/index.js, ESM) and the CLI (dist/cli.cjs, CommonJS) into self-contained files,
// and the library API (dist/lib.js: the package's `exports`) with its dependencies left to npm.
import { build } from 'esbuild'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * A sha256 over the source (paths and bytes, in sorted order): the catalog cache is keyed by
 * it, so two builds of the same version with other readers or normalisation tables never
 * share cached catalog entries. Same source, same hash: dist/ stays deterministic.
 */
function sourceHash(dir) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(e => e.isFile() && e.name.endsWith('.ts'))
    .map(e =>
      path
        .join(e.parentPath ?? e.path, e.name)
        .split(path.sep)
        .join('/')
    )
    .sort()
  const hash = createHash('sha256')
  for (const f of files)
    hash
      .update(f + '\u0000')
      .update(readFileSync(f))
      .update('\u0000')
  return hash.digest('hex').slice(0, 16)
}

/**
 * The config validator precompiled: src/config-validator.ts is built and asked for its
 * standalone source (same schema, same ajv options), which then replaces the module in the
 * bundles. dist/ carries no ajv and compiles nothing at start.
 */
async function precompiledValidator() {
  const dir = mkdtempSync(path.join(tmpdir(), 'detlint-bundle-'))
  try {
    const outfile = path.join(dir, 'config-validator.mjs')
    await build({
      entryPoints: ['src/config-validator.ts'],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
      banner: {
        js: "import { createRequire as __detlintCreateRequire } from 'node:module';const require = __detlintCreateRequire(import.meta.url);"
      }
    })
    const { validatorSource } = await import(pathToFileURL(outfile).href)
    return `${validatorSource()}\nexport function configValidator() { return validate }\n`
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const validatorCode = await precompiledValidator()
const precompiled = {
  name: 'precompiled-config-validator',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]config-validator\.ts$/ }, () => ({
      contents: validatorCode,
      loader: 'js'
    }))
  }
}

/**
 * js-yaml from its CommonJS build (the package's `require` export), not its ESM build. Same
 * code, same output; the difference is how each build creates the parser's state. The ESM
 * build writes it as an object spread (`{ ...DEFAULT_PARSER_OPTIONS, ...options, position: 0,
 * ... }`), which V8 creates by cloning the options literal: every file's parser state then
 * gets a map of its own whose fields are generalised again on the first write
 * (`--trace-generalization` shows `position`, `line`, `depth`... going const -> mutable once per
 * file), so the parser's property reads never settle and run megamorphic. The CommonJS build
 * transpiles the spread into plain property definitions on `{}`, which share one map.
 * Measured over the Sigma and Splunk YAML files: parseEvents 580 ms (ESM) vs 230 ms (CJS),
 * and the same ratio with the ESM file loaded as a script, so neither esbuild nor the module
 * format is the cause. An `import` of 'js-yaml' always picks the `import` condition, hence
 * the resolver.
 */
const requireHere = createRequire(import.meta.url)
const jsYamlCommonJs = {
  name: 'js-yaml-commonjs',
  setup(b) {
    b.onResolve({ filter: /^js-yaml$/ }, () => ({ path: requireHere.resolve('js-yaml') }))
  }
}

/**
 * The library keeps its dependencies external (installed with it), js-yaml too; it is
 * loaded with `require` (through a one-line CommonJS module), so Node picks the same
 * CommonJS build the bundles carry.
 */
const jsYamlRequired = {
  name: 'js-yaml-required',
  setup(b) {
    b.onResolve({ filter: /^js-yaml$/ }, args =>
      args.namespace === 'js-yaml-required'
        ? { path: 'js-yaml', external: true }
        : { path: 'js-yaml', namespace: 'js-yaml-required' }
    )
    b.onLoad({ filter: /.*/, namespace: 'js-yaml-required' }, () => ({
      contents: "module.exports = require('js-yaml')",
      loader: 'js'
    }))
  }
}

const common = {
  plugins: [precompiled, jsYamlCommonJs],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  define: { __DETLINT_SOURCE__: JSON.stringify(sourceHash('src')) },
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __detlintCreateRequire } from 'node:module';\nconst require = __detlintCreateRequire(import.meta.url);"
  }
}

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' })
// The CLI is one CommonJS file, dist/cli.cjs: Node.js loads it through its synchronous
// CommonJS loader, which starts a command sooner than the ES module loader does (a check of
// 6 rules against a catalog file: 0.95x wall time, paired runs; an ES module that only
// require()s it gives the difference back, and one ES module file without chunks is no faster
// than the split one). Its own code is all in it: the site's and the evaluation's modules are
// evaluated only when such a command runs, and no detlint module is ever loaded twice. The
// third-party code that only a download needs (@actions/tool-cache with its HTTP client, tar:
// 1 MB) sits in ES modules of dist/chunks/, loaded by import() when a download starts (a
// `check` never parses them). The folder is emptied first so no stale chunk is left.
rmSync('dist/chunks', { recursive: true, force: true })
rmSync('dist/cli.js', { force: true })
const LAZY = { '@actions/tool-cache': 'tool-cache', tar: 'tar' }
for (const [pkg, name] of Object.entries(LAZY))
  await build({ ...common, entryPoints: [pkg], outfile: `dist/chunks/${name}.js` })
const lazyChunks = {
  name: 'lazy-chunks',
  setup(b) {
    b.onResolve({ filter: /^(@actions\/tool-cache|tar)$/ }, args => ({
      path: `./chunks/${LAZY[args.path]}.js`,
      external: true
    }))
  }
}
await build({
  ...common,
  plugins: [...common.plugins, lazyChunks],
  format: 'cjs',
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  // import.meta.url (the worker's and the ATT&CK table's paths, beside the bundle) from the file.
  define: { ...common.define, 'import.meta.url': '__detlintUrl' },
  // Strict, as the ES modules are: the directive first, before the banner's line.
  banner: { js: "'use strict';\nconst __detlintUrl = require('node:url').pathToFileURL(__filename).href;" }
})
chmodSync('dist/cli.cjs', 0o755)
// The catalog build's worker thread (src/catalog/parallel.ts), found beside the CLI and the action.
await build({ ...common, entryPoints: ['src/worker.ts'], outfile: 'dist/worker.js' })
// The library: installed with its dependencies (package.json), so they are not bundled again.
await build({
  ...common,
  plugins: [precompiled, jsYamlRequired],
  entryPoints: ['src/lib.ts'],
  outfile: 'dist/lib.js',
  packages: 'external'
})

/**
 * Every bundle all ASCII. esbuild escapes non-ASCII text in strings, regular expressions and
 * identifiers (its default charset, 'ascii') but keeps it in the comments it carries over (a
 * `→` in a doc comment). One such character makes Node decode the whole file into a two-byte
 * string, which V8 then scans as such: measured on `detlint --version` (CPU profiles, this
 * machine), decoding the CLI's sources took 14-17 ms and compiling them 46 ms; all ASCII,
 * 5.5 ms and 41 ms, on every run. Escaped as `\uXXXX`, as esbuild escapes the rest.
 */
function asciiOnly(dir) {
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !/\.c?js$/.test(e.name)) continue
    const file = path.join(e.parentPath ?? e.path, e.name)
    const text = readFileSync(file, 'utf8')
    const ascii = text.replace(/[\u0080-\uffff]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    if (ascii !== text) writeFileSync(file, ascii)
  }
}
asciiOnly('dist')

// The built-in ATT&CK table and MITRE's terms of use, read at run time beside the bundles.
for (const f of ['enterprise-attack.table.json', 'LICENSE-ATTACK.txt'])
  copyFileSync(path.join('src/attack/data', f), path.join('dist', f))
