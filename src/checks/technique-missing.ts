/**
 * technique-missing: a rule that names no ATT&CK technique. Without one the rule cannot be
 * grouped with its peers (missing-common-exclusion falls back to the kind of event) nor
 * counted on a technique's page. Runs with or without an ATT&CK table.
 *
 * Every kind of rule is checked: in the public corpora most hunting rules carry a technique
 * too (Sigma threat-hunting 127 of 141, Splunk Hunting 172 of 194), so none is exempt; a
 * repository that disagrees turns the check off or suppresses it by path.
 */
import type { Rule, Vendor } from '../ir.js'
import type { Finding } from '../findings.js'
import type { Check, CheckContext } from './types.js'
import { techniqueFinding } from './technique-common.js'

const WHERE: Record<Vendor, string> = {
  sigma: 'a tag such as `attack.t1059.001`',
  elastic: 'a `[[rule.threat.technique]]` entry',
  splunk: 'an ID in `tags.mitre_attack_id`'
}

function run(rule: Rule, ctx: CheckContext): Finding[] {
  if (rule.techniques.length > 0) return []
  const opts = ctx.settings.checks['technique-missing']
  const message =
    `The rule names no ATT&CK technique: add the technique it detects as ${WHERE[rule.vendor]}, ` +
    'so it is grouped with the rules that detect the same thing.'
  return [
    techniqueFinding(rule, { line: rule.line, column: 1 }, opts.severity, message, {
      kind: 'technique-missing',
      code: 'attack/missing',
      technique: '',
      replacement: null,
      attackVersion: ctx.attack?.version ?? null
    })
  ]
}

export const techniqueMissing: Check = {
  id: 'technique-missing',
  defaultSeverity: 'notice',
  description: 'A rule that names no ATT&CK technique.',
  run
}
