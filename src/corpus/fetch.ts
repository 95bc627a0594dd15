/**
 * Fetching a named corpus: its tarball through the GitHub API (`GET /repos/{owner}/{repo}/
 * tarball/{ref}`, with the token, retried as `@actions/tool-cache` retries), only its rule
 * folders extracted, read into a catalog and kept as a catalog file in a cache folder. The
 * action and the CLI share this path; they differ only in the folder (the runner's tool
 * cache, restored with `@actions/cache`; a per-user cache folder) and how they report.
 *
 * The download and archive libraries are loaded when a download starts: reading a cached
 * corpus (`--baseline sigma` offline) never loads them.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { defaultSettings } from '../config.js'
import { buildCorpusCatalog } from '../engine.js'
import { CatalogError, loadCatalogFile, saveCatalogFile, type Catalog } from '../catalog/index.js'
import { SOURCE_HASH, VERSION } from '../version.js'
import { CATALOG_VERSION } from '../catalog/index.js'
import { checkoutAdvice, corpusLabel, corpusPrefix, type CorpusRef } from './registry.js'

export class CorpusError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CorpusError'
  }
}

/** `@actions/tool-cache`'s `downloadTool`: injectable for tests. */
export type Downloader = (
  url: string,
  dest: string,
  auth?: string,
  headers?: Record<string, string>
) => Promise<string>

export const DEFAULT_API_URL = 'https://api.github.com'

export interface FetchOptions {
  /** The GitHub API: `GITHUB_API_URL` (GHES, or a test's stand-in), else api.github.com. */
  apiUrl: string
  /** A token for the API; public repositories need none, but it lifts the rate limit. */
  token?: string
  /** The cache folder the catalog file is written to (see `catalogFile`). */
  dir: string
  /** Scratch folder for the tarball and the extracted folders (removed afterwards). */
  tempDir: string
  download?: Downloader
}

/** Catalogs of this detlint build live in their own folder: another build reads rules differently. */
export function buildTag(): string {
  return `catalog${CATALOG_VERSION}-${VERSION}-${SOURCE_HASH}`
}

/** Where the catalog of a corpus at a ref is kept in a cache folder. */
export function catalogFile(dir: string, c: CorpusRef): string {
  return path.join(dir, buildTag(), `${c.spec.name}@${c.ref}.catalog.json`)
}

/** The cached catalog of a corpus, or null when absent or unusable (it is then fetched again). */
export function cachedCatalog(dir: string, c: CorpusRef): Catalog | null {
  const file = catalogFile(dir, c)
  if (!existsSync(file)) return null
  try {
    return loadCatalogFile(file)
  } catch (err) {
    if (err instanceof CatalogError) return null
    throw err
  }
}

/** The tarball URL of a corpus at its ref. */
export function tarballUrl(apiUrl: string, c: CorpusRef): string {
  return `${apiUrl.replace(/\/+$/, '')}/repos/${c.spec.owner}/${c.spec.repo}/tarball/${encodeURIComponent(c.ref)}`
}

function message(err: unknown): string {
  if (!(err instanceof Error)) return String(err)
  const cause = (err as { cause?: unknown }).cause
  return cause instanceof Error && cause.message !== '' ? `${err.message}: ${cause.message}` : err.message
}

/** Why a download failed, in words that say what to look at. */
function refusal(
  err: unknown,
  c: CorpusRef,
  token: boolean,
  HTTPError: typeof import('@actions/tool-cache').HTTPError
): string {
  if (err instanceof HTTPError) {
    const status = err.httpStatusCode
    const why =
      status === 401
        ? 'the token was refused: check GITHUB_TOKEN or the token input'
        : status === 403
          ? `access refused or rate limited${token ? '' : ' (no token given: set GITHUB_TOKEN)'}`
          : status === 404
            ? `no such repository or ref ${JSON.stringify(c.ref)}, or the token cannot see it`
            : 'the server failed'
    return `HTTP ${status ?? 'error'}: ${why}`
  }
  return `${message(err)}: offline, or the API URL (GITHUB_API_URL) is wrong`
}

/** Is `top` a top-level folder of rules (`rules*` matches `rules-emerging-threats`)? */
function isRuleFolder(spec: CorpusRef['spec'], top: string): boolean {
  return spec.folders.some(f => (f.endsWith('*') ? top.startsWith(f.slice(0, -1)) : top === f))
}

/** Is `rel` (a path in the repository) in a folder the corpus needs: rules, or Splunk's definitions? */
function isNeeded(spec: CorpusRef['spec'], rel: string): boolean {
  const top = rel.split('/')[0]
  if (isRuleFolder(spec, top)) return true
  if (spec.splunk && (top === spec.splunk.macros || top === spec.splunk.dataSources)) return true
  return (spec.nested ?? []).some(n => rel === n || rel.startsWith(`${n}/`))
}

/** Extracts the corpus's folders (files and folders only: no links) into `dest`. */
async function extractFolders(tarball: string, dest: string, c: CorpusRef): Promise<void> {
  mkdirSync(dest, { recursive: true })
  const { x: extractTar } = await import('tar')
  await extractTar({
    file: tarball,
    cwd: dest,
    // GitHub's tarballs hold one top folder, `<owner>-<repo>-<short sha>/`.
    strip: 1,
    filter: (p, entry) => {
      const type = 'type' in entry ? entry.type : 'File'
      if (type !== 'File' && type !== 'Directory') return false
      const rel = p.split('/').slice(1).join('/')
      return rel !== '' && isNeeded(c.spec, rel)
    }
  })
}

/** The folders read as rules, relative to the extraction root, that the tarball held. */
function ruleFolders(root: string, c: CorpusRef): string[] {
  let tops: string[]
  try {
    tops = readdirSync(root).sort()
  } catch {
    return []
  }
  const found = tops.filter(t => isRuleFolder(c.spec, t))
  for (const n of c.spec.nested ?? []) if (existsSync(path.join(root, n))) found.push(n)
  return found.filter(f => statSync(path.join(root, f)).isDirectory())
}

export interface Fetched {
  file: string
  catalog: Catalog
  url: string
}

/**
 * Downloads a corpus at its ref, builds its catalog (rule paths `<owner>/<repo>@<ref>/...`)
 * and writes it to `catalogFile(dir, c)`. Throws CorpusError (saying what to check out
 * instead) when the tarball cannot be had or holds no rule folder.
 */
export async function fetchCorpus(c: CorpusRef, options: FetchOptions): Promise<Fetched> {
  const url = tarballUrl(options.apiUrl, c)
  mkdirSync(options.tempDir, { recursive: true })
  const scratch = mkdtempSync(path.join(options.tempDir, `detlint-${c.spec.name}-`))
  try {
    const { downloadTool, HTTPError } = await import('@actions/tool-cache')
    const download = options.download ?? downloadTool
    let tarball: string
    try {
      tarball = await download(
        url,
        path.join(scratch, 'corpus.tar.gz'),
        options.token ? `Bearer ${options.token}` : undefined,
        { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' }
      )
    } catch (err) {
      throw new CorpusError(
        `cannot download ${corpusLabel(c)} from ${url} (${refusal(err, c, Boolean(options.token), HTTPError)}). ` +
          `Instead, ${checkoutAdvice(c)}.`
      )
    }
    const prefix = corpusPrefix(c)
    const root = path.join(scratch, 'src')
    const repoRoot = path.join(root, ...prefix.split('/'))
    try {
      await extractFolders(tarball, repoRoot, c)
    } catch (err) {
      throw new CorpusError(
        `the download of ${corpusLabel(c)} from ${url} is not a readable tarball (${message(err)}). ` +
          `Instead, ${checkoutAdvice(c)}.`
      )
    }
    const folders = ruleFolders(repoRoot, c)
    if (folders.length === 0)
      throw new CorpusError(
        `${corpusLabel(c)}: the tarball from ${url} holds none of the rule folders ` +
          `${[...c.spec.folders, ...(c.spec.nested ?? [])].join(', ')}. Instead, ${checkoutAdvice(c)}.`
      )
    const settings = defaultSettings()
    if (c.spec.splunk)
      settings.splunk = {
        macros: [`${prefix}/${c.spec.splunk.macros}`],
        dataSources: [`${prefix}/${c.spec.splunk.dataSources}`]
      }
    const { catalog } = buildCorpusCatalog(
      folders.map(f => `${prefix}/${f}`),
      root,
      settings
    )
    const file = catalogFile(options.dir, c)
    mkdirSync(path.dirname(file), { recursive: true })
    const tmp = path.join(scratch, 'catalog.json')
    saveCatalogFile(catalog, tmp)
    try {
      renameSync(tmp, file)
    } catch {
      // Another file system: write it in place.
      saveCatalogFile(catalog, file)
    }
    return { file, catalog, url }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** Cached corpus catalogs under `dir`: this build's, and how many files other builds left. */
export function listCached(dir: string): { current: Array<{ name: string; file: string }>; stale: number } {
  const here = path.join(dir, buildTag())
  const current = (existsSync(here) ? readdirSync(here) : [])
    .filter(f => f.endsWith('.catalog.json'))
    .sort()
    .map(f => ({ name: f.slice(0, -'.catalog.json'.length), file: path.join(here, f) }))
  let stale = 0
  for (const d of existsSync(dir) ? readdirSync(dir) : [])
    if (d !== buildTag() && d.startsWith('catalog'))
      stale += readdirSync(path.join(dir, d)).filter(f => f.endsWith('.catalog.json')).length
  return { current, stale }
}
