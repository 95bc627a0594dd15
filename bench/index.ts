/**
 * `npm run bench`: each corpus under `DETLINT_CORPUS` (default `../shared/corpus`) that is
 * present, read in this one process run, with its ratios; then, with two or more present, one
 * catalog of them all.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { run as sigma } from './sigma.js'
import { run as elastic } from './elastic.js'
import { run as splunk } from './splunk.js'
import { run as all } from './all.js'

export function main(corpus: string, rounds: number): void {
  const parts: Array<[string, string, (dir: string, rounds: number) => void]> = [
    ['Sigma', path.join(corpus, 'sigma'), sigma],
    ['Elastic', path.join(corpus, 'elastic', 'rules'), elastic],
    ['Elastic endpoint behavior rules', path.join(corpus, 'elastic-endpoint', 'behavior', 'rules'), elastic],
    ['Splunk', path.join(corpus, 'splunk'), splunk]
  ]
  let ran = 0
  for (const [name, dir, run] of parts) {
    if (!existsSync(dir)) {
      console.log(`bench: ${name}: ${dir} is absent, skipped`)
      continue
    }
    console.log(`\n== ${name}`)
    run(dir, rounds)
    ran++
  }
  if (ran > 1) {
    console.log('\n== All three: one catalog across vendors')
    all(corpus, rounds)
  }
  if (ran === 0) {
    console.log('bench: no corpus found; running the Sigma part on examples/ (figures are not meaningful)')
    sigma(path.resolve('examples'), rounds)
  }
}
