/** A temporary repository checkout of Sigma rules for the end-to-end runs. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { BARE_RULE, CONFIG, baseRule } from '../fixtures/sigma-rules.js'

/** YAML that does not parse: one parse-error (an error). */
export const BROKEN_RULE = `title: Broken Rule
detection:
  selection:
    Image|endswith: '\\cmd.exe'
   condition: selection
`

export class Workspace {
  readonly root: string
  readonly dir: string

  constructor() {
    this.root = mkdtempSync(path.join(tmpdir(), 'detlint-e2e-'))
    this.dir = path.join(this.root, 'repo')
    mkdirSync(this.dir)
  }

  write(rel: string, text: string): void {
    const file = path.join(this.dir, rel)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }

  /** The config, three peers with the filter, the bare rule and a broken one. */
  writeCorpus(): void {
    this.write('.detlint.yml', CONFIG)
    for (const l of ['a', 'b', 'c']) this.write(`rules/base/rundll32_${l}.yml`, baseRule(l))
    this.write('rules/new/rundll32_bare.yml', BARE_RULE)
    this.write('rules/new/broken.yml', BROKEN_RULE)
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true })
  }
}
