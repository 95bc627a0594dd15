// `npm run bench`, whole processes: what a user waits for, each run a new (cold) process of the
// bundled CLI (dist/cli.cjs), as in CI or on a laptop.
//  1. `catalog build` of the sigma, elastic and splunk corpora vs a process that only parses the
//     same files (bench/parse-only.cjs: js-yaml and smol-toml, nothing else); A B A B, the ratio
//     pair by pair (target <= 1.5).
//  2. `check` of 6 changed rules (2 Sigma, 2 Elastic, 2 Splunk, copied from the corpora into a
//     temp folder) against (a) the corpora as --baseline, (b) a prebuilt --catalog file, (c) the
//     corpora with a warm --cache (target for (b) and (c): <= 0.3 s).
//  3. `parse` of the Sigma corpus vs pySigma's SigmaCollection.load_ruleset of the same files
//     (bench/pysigma-load.py), when python3 can import pySigma (target: >= 20x faster), and both
//     vs the parse-only process over the Sigma files alone (js-yaml's loadAll, nothing else) and
//     vs the same process taking js-yaml's event stream instead (--events): detlint's reader is
//     built on that stream, so pySigma over it is the most such a reader could reach.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  CLI,
  ROOT,
  RUNS,
  alternate,
  fmt,
  medians,
  node,
  pairRatios,
  requireCli,
  table,
  tempDir
} from './bench-lib.mjs'

const VENDORS = ['sigma', 'elastic', 'splunk']

/**
 * The changed rules of the PR check, by path in the corpora; a path the corpus lacks (another
 * version) is replaced by the first rule file, in sorted order, of that vendor's folder.
 */
const PICKS = {
  sigma: {
    folder: 'sigma/rules/windows',
    files: [
      'sigma/rules/windows/process_creation/proc_creation_win_rundll32_no_params.yml',
      'sigma/rules/windows/powershell/powershell_script/posh_ps_web_request_cmd_and_cmdlets.yml'
    ]
  },
  elastic: {
    folder: 'elastic/rules/windows',
    files: [
      'elastic/rules/windows/collection_email_powershell_exchange_mailbox.toml',
      'elastic/rules/windows/command_and_control_velociraptor_shell_execution.toml'
    ]
  },
  splunk: {
    folder: 'splunk/detections/endpoint',
    files: [
      'splunk/detections/endpoint/7zip_commandline_to_smb_share_path.yml',
      'splunk/detections/endpoint/access_lsass_memory_for_dump_creation.yml'
    ]
  }
}

function firstRuleFiles(dir, n) {
  const out = []
  const walk = d => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (out.length >= n) return
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (/\.(ya?ml|toml)$/.test(e.name)) out.push(p)
    }
  }
  walk(dir)
  return out
}

/** The 6 rules, copied into `dir/rules`, and a `.detlint.yml` giving the Splunk macros. */
function preparePr(corpus, dir) {
  const rules = path.join(dir, 'rules')
  mkdirSync(rules, { recursive: true })
  const picked = []
  for (const vendor of VENDORS) {
    const { folder, files } = PICKS[vendor]
    const present = files.map(f => path.join(corpus, f)).filter(f => existsSync(f))
    const chosen =
      present.length === files.length ? present : firstRuleFiles(path.join(corpus, folder), files.length)
    for (const f of chosen) {
      copyFileSync(f, path.join(rules, path.basename(f)))
      picked.push(path.relative(corpus, f))
    }
  }
  const splunk = path.join(corpus, 'splunk')
  writeFileSync(
    path.join(dir, '.detlint.yml'),
    `# The Splunk detections' macros and data sources, in the corpus\nsplunk:\n` +
      `  macros: [${JSON.stringify(path.join(splunk, 'macros'))}]\n` +
      `  data-sources: [${JSON.stringify(path.join(splunk, 'data_sources'))}]\n`
  )
  return picked
}

/**
 * The parse-only process (js-yaml and smol-toml, nothing else) over the folders in `args`;
 * `--events` first takes js-yaml's event stream instead of `loadAll`.
 */
function parseOnly(...args) {
  return { command: node(path.join(ROOT, 'bench', 'parse-only.cjs'), ...args) }
}

function row(label, m) {
  return [label, fmt(m.wall), fmt(m.cpu), fmt(m.rssMB, 0)]
}

const HEAD = ['', 'wall s', 'cpu s', 'peak MB']

function pySigmaPresent() {
  const r = spawnSync('python3', ['-c', 'import sigma.collection'], { stdio: 'ignore' })
  return r.status === 0
}

export async function runProcess(corpusRoot) {
  requireCli()
  const results = {}
  const dirs = VENDORS.map(v => path.join(corpusRoot, v))
  const missing = dirs.filter(d => !existsSync(d))
  console.log(
    `\n== Whole processes (the user's way): each run a new process of dist/cli.cjs; ` +
      `${RUNS} counted runs of each after one warm-up, in turn; medians`
  )
  if (missing.length > 0) {
    console.log(
      `bench: ${missing.join(', ')} absent: the whole-process part needs the three corpora, skipped`
    )
    return results
  }
  const tmp = tempDir('process')
  try {
    // 1. catalog build vs parse-only
    const catalog = path.join(tmp.dir, 'catalog.json')
    const [build, parse] = await alternate([
      { command: node(CLI, 'catalog', 'build', ...dirs, '-o', catalog) },
      parseOnly(...dirs)
    ])
    const ratio = pairRatios(build, parse)
    const cpuRatio = pairRatios(build, parse, 'cpu')
    console.log(`\n-- catalog build vs parse-only, over ${VENDORS.join(', ')}`)
    console.log(
      table([
        HEAD,
        row('detlint catalog build DIRS -o FILE', medians(build)),
        row('parse-only (bench/parse-only.cjs)', medians(parse))
      ])
    )
    console.log(
      `  ratio build / parse-only, wall, pair by pair: ${ratio.ratios.map(x => fmt(x)).join(' ')}` +
        `; median ${fmt(ratio.median)} (target <= 1.5) ${ratio.median <= 1.5 ? 'OK' : 'NOT MET'}`
    )
    console.log(`  ratio build / parse-only, CPU: median ${fmt(cpuRatio.median)}`)
    results.build = { build: medians(build), parseOnly: medians(parse), wallRatio: ratio, cpuRatio }

    // 2. check of 6 changed rules
    const pr = path.join(tmp.dir, 'pr')
    const picked = preparePr(corpusRoot, pr)
    const baselines = dirs.flatMap(d => ['--baseline', d])
    const cache = path.join(tmp.dir, 'cache.json')
    const check = (...args) => ({
      command: node(CLI, 'check', 'rules', '--fail-on', 'none', ...args),
      options: { cwd: pr }
    })
    // (c)'s warm-up run writes the cache: its counted runs find it warm.
    const [a, b, c] = await alternate([
      check(...baselines),
      check('--catalog', catalog),
      check(...baselines, '--cache', cache)
    ])
    console.log(`\n-- check of 6 changed rules (copied to a temp folder): ${picked.join(', ')}`)
    console.log(
      table([
        HEAD,
        row('(a) --baseline sigma elastic splunk', medians(a)),
        row('(b) --catalog FILE (prebuilt)', medians(b)),
        row('(c) --baseline ... --cache FILE (warm)', medians(c))
      ])
    )
    const met = m => (m.wall <= 0.3 ? 'OK' : 'NOT MET')
    console.log(
      `  target (b) and (c) <= 0.3 s wall: (b) ${fmt(medians(b).wall)} s ${met(medians(b))}, ` +
        `(c) ${fmt(medians(c).wall)} s ${met(medians(c))}`
    )
    results.check = { rules: picked, baseline: medians(a), catalog: medians(b), cache: medians(c) }

    // 3. Sigma read vs pySigma
    console.log('\n-- Sigma read: detlint parse vs pySigma')
    if (!pySigmaPresent()) {
      console.log(
        "  skipped: python3 cannot import pySigma (python3 -c 'import sigma'); " +
          'install it, or set PYTHONPATH to a pySigma checkout'
      )
    } else {
      const sigma = path.join(corpusRoot, 'sigma')
      const [ours, theirs, yamlOnly, eventsOnly] = await alternate([
        { command: node(CLI, 'parse', sigma, '--format', 'json'), options: { codes: [0, 1] } },
        {
          command: { cmd: 'python3', args: [path.join(ROOT, 'bench', 'pysigma-load.py'), sigma] }
        },
        parseOnly(sigma),
        parseOnly('--events', sigma)
      ])
      const speed = pairRatios(theirs, ours)
      const cpuSpeed = pairRatios(theirs, ours, 'cpu')
      const overLoad = pairRatios(theirs, yamlOnly)
      const ceiling = pairRatios(theirs, eventsOnly)
      const overEvents = pairRatios(ours, eventsOnly)
      console.log(
        table([
          HEAD,
          row('detlint parse SIGMA --format json > /dev/null', medians(ours)),
          row('pySigma SigmaCollection.load_ruleset', medians(theirs)),
          row('parse-only (bench/parse-only.cjs SIGMA: js-yaml loadAll alone)', medians(yamlOnly)),
          row('parse-only --events (js-yaml parseEvents, scalars decoded)', medians(eventsOnly))
        ])
      )
      console.log(`  ${theirs[0].stderr.trim()}`)
      console.log(
        `  pySigma / detlint, wall, pair by pair: ${speed.ratios.map(x => fmt(x, 1)).join(' ')}` +
          `; median ${fmt(speed.median, 1)}x (target >= 20x) ${speed.median >= 20 ? 'OK' : 'NOT MET'}`
      )
      console.log(`  pySigma / detlint, CPU: median ${fmt(cpuSpeed.median, 1)}x`)
      console.log(
        `  pySigma / js-yaml loadAll alone, wall: median ${fmt(overLoad.median, 1)}x; pySigma / js-yaml ` +
          `parseEvents alone: median ${fmt(ceiling.median, 1)}x (the most a reader built on js-yaml's ` +
          `event stream could reach); detlint parse / parseEvents alone: median ${fmt(overEvents.median)}`
      )
      results.pysigma = {
        detlint: medians(ours),
        pysigma: medians(theirs),
        yamlOnly: medians(yamlOnly),
        eventsOnly: medians(eventsOnly),
        speedup: speed,
        cpuSpeedup: cpuSpeed,
        overLoad,
        ceiling,
        overEvents
      }
    }
  } finally {
    tmp.remove()
  }
  return results
}
