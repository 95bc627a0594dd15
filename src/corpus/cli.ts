/**
 * The CLI's side of named corpora: `detlint corpus fetch|list`, and the catalogs that
 * `--baseline sigma` (or `baseline: [sigma]` in `.detlint.yml`) stands for, read from the
 * per-user cache folder without any network.
 */
import { existsSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { ConfigError } from '../config.js'
import {
  cachedCatalog,
  catalogFile,
  CorpusError,
  DEFAULT_API_URL,
  fetchCorpus,
  listCached,
  type Downloader
} from './fetch.js'
import {
  CORPUS_NAMES,
  corpusLabel,
  checkoutAdvice,
  isCommit,
  parseCorpusRef,
  splitBaseline,
  type CorpusRef
} from './registry.js'

export type Env = Record<string, string | undefined>

/** Environment variable naming the corpus cache folder (tests, shared machines). */
export const CACHE_DIR_ENV = 'DETLINT_CACHE_DIR'

/** The per-user cache folder: `$DETLINT_CACHE_DIR`, else `$XDG_CACHE_HOME/detlint`, else `~/.cache/detlint`. */
export function userCacheDir(env: Env): string {
  if (env[CACHE_DIR_ENV]) return path.resolve(env[CACHE_DIR_ENV] as string)
  const base = env.XDG_CACHE_HOME ? env.XDG_CACHE_HOME : path.join(env.HOME || homedir(), '.cache')
  return path.join(base, 'detlint')
}

/** The catalog folder inside a cache folder. */
export function corpusDir(cacheDir: string): string {
  return path.join(cacheDir, 'corpus')
}

/**
 * The baseline entries that are paths, and the catalog files of the named ones in the
 * cache folder. A named corpus not fetched yet is a ConfigError saying how to fetch it, or what
 * to check out instead.
 */
export function namedBaselines(
  entries: readonly string[],
  env: Env,
  key = '--baseline'
): { paths: string[]; files: string[]; corpora: CorpusRef[] } {
  const { corpora, paths } = splitBaseline(entries, key)
  const dir = corpusDir(userCacheDir(env))
  const files = corpora.map(c => {
    const file = catalogFile(dir, c)
    if (existsSync(file)) return file
    const ref = c.entry.includes('@') ? c.entry : c.spec.name
    throw new ConfigError(
      `${key}: ${ref}: ${corpusLabel(c)} is not in the cache ${dir}: run \`detlint corpus fetch ${ref}\` ` +
        `(it downloads from the GitHub API), or ${checkoutAdvice(c)}`
    )
  })
  return { paths, files, corpora }
}

export const CORPUS_HELP = `Usage: detlint corpus fetch NAME[@REF]... [--cache-dir DIR]
       detlint corpus list [--cache-dir DIR]

Named public corpora (${CORPUS_NAMES.join(', ')}), usable as
\`--baseline NAME\` (or \`baseline: [NAME]\` in .detlint.yml) once fetched. Each is pinned
to the commit this detlint release was measured on; NAME@REF picks another commit, tag or
branch.

fetch downloads each corpus's tarball through the GitHub API (GITHUB_API_URL, default
${DEFAULT_API_URL}; GITHUB_TOKEN or GH_TOKEN when set), reads its rule folders into a
catalog and keeps it in the cache folder; later runs read it offline. list shows what is
cached.

Options:
  --cache-dir DIR    cache folder (default $${CACHE_DIR_ENV}, else $XDG_CACHE_HOME/detlint,
                     else ~/.cache/detlint)
  -h, --help         show this help
`

export interface CorpusIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: Env
  /** Tests inject a downloader; by default `@actions/tool-cache`'s. */
  download?: Downloader
}

/** `detlint corpus fetch NAME...`: 0 when every corpus was fetched, 2 (with the reason) otherwise. */
export async function corpusFetch(names: readonly string[], cacheDir: string, io: CorpusIO): Promise<number> {
  if (names.length === 0) throw new ConfigError(`corpus fetch: give a NAME (${CORPUS_NAMES.join(', ')})`)
  const corpora = names.map(n => {
    const c = parseCorpusRef(n, 'corpus fetch')
    if (c === null)
      throw new ConfigError(
        `corpus fetch: ${JSON.stringify(n)} is not a named corpus (expected one of ${CORPUS_NAMES.join(', ')}, optionally @REF)`
      )
    return c
  })
  const env = io.env
  const token = env.GITHUB_TOKEN || env.GH_TOKEN || undefined
  const dir = corpusDir(cacheDir)
  let failed = 0
  for (const c of corpora) {
    // A commit's catalog never changes: fetched once is enough (a tag or branch is fetched again).
    const cached = isCommit(c.ref) ? cachedCatalog(dir, c) : null
    if (cached !== null) {
      io.stderr(
        `detlint: ${corpusLabel(c)}: already cached, catalog of ${cached.rules.length} rules in ${catalogFile(dir, c)}\n`
      )
      continue
    }
    io.stderr(`detlint: fetching ${corpusLabel(c)} (${c.spec.owner}/${c.spec.repo})...\n`)
    try {
      const got = await fetchCorpus(c, {
        apiUrl: env.GITHUB_API_URL || DEFAULT_API_URL,
        ...(token ? { token } : {}),
        dir,
        tempDir: path.join(env.TMPDIR || tmpdir()),
        ...(io.download ? { download: io.download } : {})
      })
      io.stderr(`detlint: ${corpusLabel(c)}: catalog of ${got.catalog.rules.length} rules in ${got.file}\n`)
    } catch (err) {
      if (!(err instanceof CorpusError)) throw err
      failed++
      io.stderr(`detlint: ${err.message}\n`)
    }
  }
  return failed === 0 ? 0 : 2
}

/** `detlint corpus list`: the cached corpora, one per line (`name@ref  rules  file`). */
export function corpusList(cacheDir: string, io: CorpusIO): number {
  const dir = corpusDir(cacheDir)
  const { current, stale } = listCached(dir)
  if (current.length === 0)
    io.stderr(`detlint: no corpus cached in ${dir}; run \`detlint corpus fetch sigma\`\n`)
  for (const { name, file } of current) {
    const c = parseCorpusRef(name)
    const catalog = c === null ? null : cachedCatalog(dir, c)
    const pinned = c !== null && c.ref === c.spec.ref ? ' (pinned)' : ''
    const rules = catalog === null ? 'unreadable' : `${catalog.rules.length} rules`
    io.stdout(`${name}${pinned}\t${rules}\t${file}\n`)
  }
  if (stale > 0)
    io.stderr(`detlint: ${stale} catalogs of other detlint builds in ${dir} are not used (fetch again)\n`)
  return 0
}
