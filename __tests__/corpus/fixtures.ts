/**
 * Small corpora written for these tests, laid out as the public repositories are (rule
 * folders beside folders that are not rules), packed as GitHub packs a tarball: one top
 * folder `<owner>-<repo>-<short sha>/`, gzipped.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { c as createTar } from 'tar'
import { baseRule, BARE_RULE } from '../fixtures/sigma-rules.js'
import { elasticRule } from '../elastic/fixtures.js'
import { dataSource, detection, macro } from '../splunk/helpers.js'
import type { StandInGitHub } from '../e2e/stand-in.js'
import { CORPORA, type CorpusName } from '../../src/corpus/registry.js'

/** Sigma: a rule in each `rules*` folder; `deprecated/` and `tests/` must not be read. */
export const SIGMA_FILES: Record<string, string> = {
  'README.md': '# not a rule\n',
  'rules/windows/process_creation/rundll32_a.yml': baseRule('a'),
  'rules-emerging-threats/2024/rundll32_b.yml': baseRule('b'),
  'rules-threat-hunting/windows/rundll32_c.yml': baseRule('c'),
  'deprecated/windows/rundll32_old.yml': baseRule('d'),
  'tests/rundll32_test.yml': BARE_RULE
}

/** Elastic: `rules/` and `rules_building_block/`; `hunting/` must not be read. */
export const ELASTIC_FILES: Record<string, string> = {
  'rules/windows/execution_cmd.toml': elasticRule({ name: '"Cmd Child"' }),
  'rules_building_block/execution_cmd_bb.toml': elasticRule({
    name: '"Cmd Building Block"',
    ruleId: '"00000000-0000-4000-8000-000000000002"'
  }),
  'hunting/windows/cmd_hunt.toml': elasticRule({
    name: '"Cmd Hunt"',
    ruleId: '"00000000-0000-4000-8000-000000000003"'
  })
}

/**
 * Splunk: a detection whose indicator comes from a macro (read only when `macros/` is
 * wired into the read context) and whose data source is defined in `data_sources/`.
 */
export const SPLUNK_FILES: Record<string, string> = {
  'detections/endpoint/rundll32_macro.yml': detection('`rundll32_process` CommandLine="*export-s*"', {
    name: 'Rundll32 Through A Macro'
  }),
  'macros/rundll32_process.yml': macro('rundll32_process', 'Image="*\\\\rundll32.exe"'),
  'data_sources/sysmon_eventid_1.yml': dataSource(
    'Sysmon EventID 1',
    'XmlWinEventLog:Microsoft-Windows-Sysmon/Operational',
    'XmlWinEventLog'
  ),
  'stories/story_a.yml': 'name: Story A\n'
}

export const FIXTURE_FILES: Record<CorpusName, Record<string, string>> = {
  sigma: SIGMA_FILES,
  elastic: ELASTIC_FILES,
  splunk: SPLUNK_FILES,
  'elastic-endpoint': { 'behavior/rules/windows/cmd.toml': elasticRule(), 'yara/x.yar': 'rule x {}\n' }
}

/** A gzipped tarball of `files` under one top folder, as GitHub's tarball endpoint sends. */
export async function tarball(top: string, files: Record<string, string>): Promise<Buffer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'detlint-tarball-'))
  try {
    for (const [rel, text] of Object.entries(files)) {
      const abs = path.join(dir, top, rel)
      mkdirSync(path.dirname(abs), { recursive: true })
      writeFileSync(abs, text)
    }
    const file = path.join(dir, 'out.tar.gz')
    await createTar({ gzip: true, cwd: dir, file, portable: true }, [top])
    return readFileSync(file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Serves the fixture corpus `name` at `ref` (default: the pinned one) from the stand-in. */
export async function serveCorpus(
  api: StandInGitHub,
  name: CorpusName,
  ref: string = CORPORA[name].ref,
  files: Record<string, string> = FIXTURE_FILES[name]
): Promise<void> {
  const spec = CORPORA[name]
  api.tarballs.set(
    `${spec.owner}/${spec.repo}@${ref}`,
    await tarball(`${spec.owner}-${spec.repo}-${ref.slice(0, 7)}`, files)
  )
}
