/** A temporary repository checkout of Sigma rules for the end-to-end runs. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export function baseRule(letter: string): string {
  return `title: Rundll32 Loads A Library Export ${letter.toUpperCase()}
id: 0b0b0b0b-0000-4000-8000-00000000000${letter}
status: test
description: Rundll32 calling a suspicious export (${letter}).
tags:
  - attack.defense-evasion
  - attack.t1218.011
logsource:
  category: process_creation
  product: windows
detection:
  selection:
    Image|endswith: '\\rundll32.exe'
    CommandLine|contains: 'export-${letter}'
  filter_main_msiexec:
    ParentImage|endswith: '\\msiexec.exe'
  condition: selection and not filter_main_msiexec
level: medium
`
}

/** Noisy (rundll32 on its own) and without the peers' msiexec filter: two warnings. */
export const BARE_RULE = `title: Rundll32 Execution
id: 1c1c1c1c-0000-4000-8000-000000000001
status: experimental
description: Any rundll32 process.
tags:
  - attack.t1218.011
logsource:
  category: process_creation
  product: windows
detection:
  selection:
    Image|endswith: '\\rundll32.exe'
  condition: selection
level: low
`

/** The same rule with the missing filter added: one warning left. */
export const BARE_RULE_FILTERED = BARE_RULE.replace(
  '  condition: selection\n',
  "  filter_main_msiexec:\n    ParentImage|endswith: '\\msiexec.exe'\n  condition: selection and not filter_main_msiexec\n"
)

/** YAML that does not parse: one parse-error (an error). */
export const BROKEN_RULE = `title: Broken Rule
detection:
  selection:
    Image|endswith: '\\cmd.exe'
   condition: selection
`

export const CONFIG = `checks:
  noisy-indicator:
    threshold: 3
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
