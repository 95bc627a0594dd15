/**
 * Named public corpora: `baseline: sigma, elastic, splunk` (action input, `.detlint.yml`,
 * CLI `--baseline sigma`). Each name is a GitHub repository, the folders of it that hold
 * rules, and the commit this detlint release pins (overridable as `sigma@<ref>`).
 *
 * A catalog rule read from a named corpus has the path `<owner>/<repo>@<ref>/<path in the
 * repository>` (e.g. `SigmaHQ/sigma@8eaafff…/rules/windows/x.yml`), so `sourceUrl` can link
 * it at the pinned ref without any other field in the catalog.
 */
import { CATALOG_VERSION } from '../catalog/index.js'
import { ConfigError } from '../config.js'
import { SOURCE_HASH, VERSION } from '../version.js'

export const CORPUS_NAMES = ['sigma', 'elastic', 'splunk', 'elastic-endpoint'] as const
export type CorpusName = (typeof CORPUS_NAMES)[number]

export interface CorpusSpec {
  name: CorpusName
  owner: string
  repo: string
  /** The commit this release pins. */
  ref: string
  /**
   * Top-level folders read as rules: exact names, or a prefix ending in `*` (`rules*`
   * matches `rules`, `rules-emerging-threats`, ...).
   */
  folders: readonly string[]
  /** Folders below the top level (`behavior/rules`), read as rules too. */
  nested?: readonly string[]
  /** Splunk definitions the detections need: extracted and wired into the read context. */
  splunk?: { macros: string; dataSources: string }
}

/** The pins: the commits of ../shared/corpus/MANIFEST.json this release was measured on. */
export const CORPORA: Readonly<Record<CorpusName, CorpusSpec>> = {
  sigma: {
    name: 'sigma',
    owner: 'SigmaHQ',
    repo: 'sigma',
    ref: '8eaafff1f2845a696050e05e72ba1140ee190698',
    folders: ['rules*']
  },
  elastic: {
    name: 'elastic',
    owner: 'elastic',
    repo: 'detection-rules',
    ref: '14cf530f0d2177023092449cd9d9348b4a8884c2',
    folders: ['rules', 'rules_building_block']
  },
  splunk: {
    name: 'splunk',
    owner: 'splunk',
    repo: 'security_content',
    ref: 'b13b314aed0e1778335a55620474e7d27289a20a',
    folders: ['detections'],
    splunk: { macros: 'macros', dataSources: 'data_sources' }
  },
  'elastic-endpoint': {
    name: 'elastic-endpoint',
    owner: 'elastic',
    repo: 'protections-artifacts',
    ref: '9c334cf8298d9ff7e19c2a50817669072abc2d66',
    folders: [],
    nested: ['behavior/rules']
  }
}

/** A named corpus at a ref: `sigma` (the pin) or `sigma@v1.2`. */
export interface CorpusRef {
  spec: CorpusSpec
  ref: string
  /** The entry as written. */
  entry: string
}

/** Git refs we accept: commit SHAs, tags and branch names without `/` (they name files). */
const REF = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

const NAMED = /^([a-z-]+)(?:@(.*))?$/

/**
 * The named corpus an entry of `baseline` means, or null for a path. Only the bare name
 * (optionally `@ref`) is a name: `sigma/` or `./sigma` is the local folder. `key` names the
 * setting in the error for a bad ref.
 */
export function parseCorpusRef(entry: string, key = 'baseline'): CorpusRef | null {
  const m = NAMED.exec(entry.trim())
  if (!m || !(CORPUS_NAMES as readonly string[]).includes(m[1])) return null
  const spec = CORPORA[m[1] as CorpusName]
  const ref = m[2] ?? spec.ref
  if (!REF.test(ref) || ref.includes('..'))
    throw new ConfigError(
      `${key}: ${JSON.stringify(entry)}: expected ${spec.name} or ${spec.name}@<commit, tag or branch> ` +
        '(letters, digits, ".", "_" and "-")'
    )
  return { spec, ref, entry: entry.trim() }
}

/** Splits baseline entries into named corpora (deduplicated) and paths, each in order. */
export function splitBaseline(
  entries: readonly string[],
  key = 'baseline'
): { corpora: CorpusRef[]; paths: string[] } {
  const corpora: CorpusRef[] = []
  const paths: string[] = []
  for (const e of entries) {
    const named = parseCorpusRef(e, key)
    if (named === null) paths.push(e)
    else if (!corpora.some(c => c.spec.name === named.spec.name && c.ref === named.ref)) corpora.push(named)
  }
  return { corpora, paths }
}

/** `sigma@8eaafff1f284` for messages (a commit shortened to 12). */
export function corpusLabel(c: CorpusRef): string {
  return `${c.spec.name}@${/^[0-9a-f]{40}$/.test(c.ref) ? c.ref.slice(0, 12) : c.ref}`
}

/** A full commit SHA: its catalog never changes, so caches may keep it by that key. */
export function isCommit(ref: string): boolean {
  return /^[0-9a-f]{40}$/.test(ref)
}

/** The path prefix of the corpus's catalog rules: `SigmaHQ/sigma@<ref>`. */
export function corpusPrefix(c: CorpusRef): string {
  return `${c.spec.owner}/${c.spec.repo}@${c.ref}`
}

/**
 * The cache key of a corpus's catalog: the corpus, its ref, and detlint's catalog format,
 * version and source hash (a build that reads rules differently builds it afresh). Never
 * the repository's own rules.
 */
export function corpusCacheKey(c: CorpusRef): string {
  return `detlint-corpus-${c.spec.name}-${c.ref}-catalog${CATALOG_VERSION}-${VERSION}-${SOURCE_HASH}`
}

/** What to do instead when a corpus cannot be had: check it out and name its folders. */
export function checkoutAdvice(c: CorpusRef): string {
  const folders = [...c.spec.folders.map(f => f.replace(/\*$/, '')), ...(c.spec.nested ?? [])]
  const dir = c.spec.repo
  return (
    `check out ${c.spec.owner}/${c.spec.repo} at ${c.ref} and pass ` +
    folders.map(f => `--baseline path/to/${dir}/${f}`).join(' ') +
    (c.spec.splunk
      ? ` (with splunk.macros: [path/to/${dir}/${c.spec.splunk.macros}] and splunk.data-sources: ` +
        `[path/to/${dir}/${c.spec.splunk.dataSources}] in .detlint.yml)`
      : '') +
    ' (in a workflow: actions/checkout with repository and path, then those folders as baseline)'
  )
}

const SOURCE_PATH = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)@([A-Za-z0-9._-]+)\/(.+)$/

/**
 * The GitHub blob URL of a catalog rule read from a named corpus, at the ref it was read
 * at (with `#L<line>` when the line is known); null for any other rule (the repository's
 * own, a checked-out folder). `server` is the GitHub web URL (GHES: `GITHUB_SERVER_URL`).
 */
export function sourceUrl(
  rule: { path: string; line?: number },
  server = 'https://github.com'
): string | null {
  const m = SOURCE_PATH.exec(rule.path)
  if (!m) return null
  const [, owner, repo, ref, file] = m
  const known = Object.values(CORPORA).some(c => c.owner === owner && c.repo === repo)
  if (!known || file.split('/').some(s => s === '..' || s === '.' || s === '')) return null
  const encoded = file.split('/').map(encodeURIComponent).join('/')
  const line = rule.line !== undefined && rule.line > 0 ? `#L${rule.line}` : ''
  return `${server.replace(/\/+$/, '')}/${owner}/${repo}/blob/${ref}/${encoded}${line}`
}
