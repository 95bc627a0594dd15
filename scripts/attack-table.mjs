// Regenerates detlint's built-in ATT&CK table (src/attack/data/enterprise-attack.table.json)
// with detlint's own `attack import`, from MITRE's Enterprise STIX data:
//
//   npm run attack:table                      # downloads enterprise-attack-18.1.json from
//                                             # mitre-attack/attack-stix-data
//   npm run attack:table -- BUNDLE.json       # a bundle on disk
//   npm run attack:table -- cti/enterprise-attack --ref <commit>
//                                             # mitre/cti's folder of one-object bundles
//
// The v18 → v19 moves and tactic splits come from scripts/attack-v18-to-v19.json. Run
// `npm run bundle` first (it uses dist/cli.cjs) and again after (dist/ carries a copy).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const VERSION = '18.1'
const OUT = 'src/attack/data/enterprise-attack.table.json'
const MOVES = 'scripts/attack-v18-to-v19.json'
const URL_18_1 = `https://raw.githubusercontent.com/mitre-attack/attack-stix-data/master/enterprise-attack/enterprise-attack-${VERSION}.json`
/** The object types of mitre/cti's folder the table needs. */
const CTI_FOLDERS = ['x-mitre-tactic', 'attack-pattern', 'relationship']

const args = process.argv.slice(2)
const refAt = args.indexOf('--ref')
const ref = refAt >= 0 ? args.splice(refAt, 2)[1] : undefined
const input = args[0]

/** One bundle of the objects of mitre/cti's per-object files (sorted by path: deterministic). */
function bundleOfFolder(dir) {
  const objects = []
  for (const sub of CTI_FOLDERS) {
    const files = readdirSync(path.join(dir, sub))
      .filter(f => f.endsWith('.json'))
      .sort()
    for (const f of files) {
      const doc = JSON.parse(readFileSync(path.join(dir, sub, f), 'utf8'))
      for (const obj of doc.objects ?? [])
        if (sub !== 'relationship' || obj.relationship_type === 'revoked-by') objects.push(obj)
    }
  }
  return { type: 'bundle', id: 'bundle--detlint-attack-table', objects }
}

const tmp = mkdtempSync(path.join(tmpdir(), 'detlint-attack-'))
try {
  let bundleFile
  let from
  if (input === undefined) {
    const res = await fetch(URL_18_1)
    if (!res.ok) throw new Error(`${URL_18_1}: HTTP ${res.status}`)
    bundleFile = path.join(tmp, `enterprise-attack-${VERSION}.json`)
    writeFileSync(bundleFile, await res.text())
    from = `MITRE ATT&CK Enterprise v${VERSION} STIX 2.1 bundle, github.com/mitre-attack/attack-stix-data enterprise-attack/enterprise-attack-${VERSION}.json`
  } else if (statSync(input).isDirectory()) {
    bundleFile = path.join(tmp, 'enterprise-attack.json')
    writeFileSync(bundleFile, JSON.stringify(bundleOfFolder(input)))
    from =
      `MITRE ATT&CK Enterprise v${VERSION} STIX 2.0 objects, github.com/mitre/cti enterprise-attack/` +
      (ref ? ` at ${ref}` : '')
  } else {
    bundleFile = input
    from = `MITRE ATT&CK Enterprise v${VERSION} STIX bundle ${path.basename(input)}`
  }
  const moves = JSON.parse(readFileSync(MOVES, 'utf8'))
  const source = `${from}; ${moves.source}`
  execFileSync(
    process.execPath,
    [
      'dist/cli.cjs',
      'attack',
      'import',
      bundleFile,
      '-o',
      OUT,
      '--attack-version',
      VERSION,
      '--moves',
      MOVES,
      '--source',
      source
    ],
    { stdio: 'inherit' }
  )
  console.log(`${OUT}: ${statSync(OUT).size} bytes`)
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
