/**
 * The action's side of named corpora: each corpus's catalog file, from the runner's tool
 * cache, else restored with `@actions/cache`, else downloaded and built (then saved with
 * `@actions/cache` for the next run). The cache key is the corpus, its ref and detlint's
 * build (`corpusCacheKey`): never the repository's own rules, so it does not churn.
 */
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cachedCatalog, catalogFile, DEFAULT_API_URL, fetchCorpus, type Downloader } from './fetch.js'
import { corpusCacheKey, corpusLabel, isCommit, type CorpusRef } from './registry.js'

/** The part of `@actions/cache` used. */
export interface CacheApi {
  isFeatureAvailable(): boolean
  restoreCache(paths: string[], primaryKey: string): Promise<string | undefined>
  saveCache(paths: string[], key: string): Promise<number>
}

export interface CorpusActionDeps {
  info(message: string): void
  warning(message: string): void
  cache: CacheApi
  /** Default: `@actions/tool-cache`'s `downloadTool`. */
  download?: Downloader
  /** `GITHUB_API_URL`, `RUNNER_TOOL_CACHE`, `RUNNER_TEMP`. */
  env: Record<string, string | undefined>
  token: string
}

/** The folder corpus catalogs are kept in on the runner (beside the ATT&CK table). */
export function runnerCorpusDir(env: CorpusActionDeps['env']): string {
  return path.join(env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || tmpdir(), 'detlint', 'corpus')
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

/** Restores the catalog with `@actions/cache`; false on a miss or any failure (a warning). */
async function restored(deps: CorpusActionDeps, file: string, key: string): Promise<boolean> {
  try {
    return (await deps.cache.restoreCache([file], key)) === key
  } catch (err) {
    deps.warning(
      `detlint could not restore the corpus catalog from the Actions cache (${message(err)}); building it.`
    )
    return false
  }
}

async function save(deps: CorpusActionDeps, file: string, key: string): Promise<void> {
  try {
    await deps.cache.saveCache([file], key)
    deps.info(`  saved to the Actions cache as ${key}`)
  } catch (err) {
    // Another job of the same run may have saved it first: the next run restores theirs.
    deps.info(`  not saved to the Actions cache (${message(err)})`)
  }
}

/**
 * The catalog file of each named corpus, in order. A corpus that cannot be had throws a
 * CorpusError that says what to check out instead.
 */
export async function corpusCatalogFiles(
  corpora: readonly CorpusRef[],
  deps: CorpusActionDeps
): Promise<string[]> {
  const dir = runnerCorpusDir(deps.env)
  const files: string[] = []
  for (const c of corpora) {
    const file = catalogFile(dir, c)
    const key = corpusCacheKey(c)
    // A branch or tag moves: only a commit's catalog is kept between runs.
    const keep = isCommit(c.ref)
    const actionsCache = keep && deps.cache.isFeatureAvailable()
    let catalog = keep ? cachedCatalog(dir, c) : null
    let from = "the runner's tool cache"
    if (catalog === null && actionsCache && (await restored(deps, file, key))) {
      catalog = cachedCatalog(dir, c)
      from = `the Actions cache (${key})`
    }
    if (catalog !== null) {
      deps.info(`baseline ${corpusLabel(c)}: catalog of ${catalog.rules.length} rules from ${from}`)
      files.push(file)
      continue
    }
    const got = await fetchCorpus(c, {
      apiUrl: deps.env.GITHUB_API_URL || DEFAULT_API_URL,
      ...(deps.token ? { token: deps.token } : {}),
      dir,
      tempDir: deps.env.RUNNER_TEMP || tmpdir(),
      ...(deps.download ? { download: deps.download } : {})
    })
    deps.info(
      `baseline ${corpusLabel(c)}: downloaded ${got.url}, catalog of ${got.catalog.rules.length} rules`
    )
    if (actionsCache) await save(deps, file, key)
    files.push(file)
  }
  return files
}
