/**
 * What each check means and what to do about a finding: data shared by the renderers
 * (SARIF rule help, the "About these checks" part of the comment and job summary).
 */
import type { Severity } from '../ir.js'
import type { CheckId } from '../findings.js'

export interface CheckHelp {
  id: CheckId
  /** PascalCase name, as SARIF `reportingDescriptor.name` wants it. */
  name: string
  /** One short line. */
  summary: string
  /** The full explanation, plain text (it may quote syntax in backticks). */
  description: string
  /** What to do, as markdown: our own text, never rule text. */
  helpMarkdown: string
  /** The severity a finding gets unless `.detlint.yml` says otherwise. */
  defaultSeverity: Severity
}

/** Every check, in the order reports list them (and SARIF `ruleIndex` counts them). */
export const CHECK_IDS: readonly CheckId[] = [
  'noisy-indicator',
  'missing-common-exclusion',
  'duplicate-rule',
  'parse-error',
  'invalid-suppression',
  'unused-suppression',
  'technique-unknown',
  'technique-revoked',
  'technique-missing',
  'tactic-mismatch'
]

export const CHECK_HELP: Readonly<Record<CheckId, CheckHelp>> = {
  'noisy-indicator': {
    id: 'noisy-indicator',
    name: 'NoisyIndicator',
    summary:
      'A predicate that many catalog rules check, relied on without a more specific condition beside it.',
    description:
      "A predicate that many rules across the catalog check ('corpus reach'), relied on without a more specific " +
      'condition beside it: on its own it matches too much. Add a more specific condition on the same path ' +
      '(parent process, command-line fragment, path) or raise the threshold in .detlint.yml.',
    helpMarkdown: [
      'A predicate that many rules across the catalog check (its *corpus reach*), relied on without a more',
      'specific condition beside it: on its own it matches whatever all those rules match.',
      '',
      '**What to do**',
      '',
      '- Add a more specific condition on the same path of the rule: a parent process, a command-line',
      '  fragment, a file path.',
      '- If the broad match is intended, raise `checks.noisy-indicator.threshold` in `.detlint.yml`.'
    ].join('\n'),
    defaultSeverity: 'warning'
  },
  'missing-common-exclusion': {
    id: 'missing-common-exclusion',
    name: 'MissingCommonExclusion',
    summary:
      'A false-positive filter that the rules most like this one use as a filter of their own, which this rule lacks.',
    description:
      'A false-positive filter that the catalog rules most like this one (on the same kind of event, alike in the ' +
      'fields and values they detect; rules of the same ATT&CK technique weigh double) use as a filter of their ' +
      'own, which this rule lacks. Consider adding it under a `filter_*` selection with `and not`.',
    helpMarkdown: [
      'A false-positive filter that the catalog rules most like this one use as a filter of their own, which',
      'this rule lacks. Peers are the 20 rules on the same kind of event most alike in the fields and values',
      'they detect (rules of the same ATT&CK technique weigh double); `peers: technique` compares the rule',
      'with every rule of its technique instead.',
      '',
      '**What to do**',
      '',
      '- If the same false positives apply to this rule, add the exclusion under a `filter_*` selection and',
      '  combine it with `and not` (Sigma: `condition: selection and not filter_*`).',
      '- If they do not apply, leave the rule as it is; the supporting peers listed in the finding, with',
      '  their filters, show where the exclusion comes from. `checks.missing-common-exclusion.min-rules` and',
      '  `min-share` in `.detlint.yml` set how common an exclusion must be before it is reported.'
    ].join('\n'),
    defaultSeverity: 'warning'
  },
  'duplicate-rule': {
    id: 'duplicate-rule',
    name: 'DuplicateRule',
    summary:
      'A rule whose indicators are the same as (or nearly those of) a catalog rule on the same events.',
    description:
      'A rule whose indicators (scope predicates left out) are the same set as those of a catalog rule on the ' +
      'same kind of event, in any vendor, or nearly the same (weighted similarity of at least 0.85). Two rules ' +
      'that detect the same thing give two alerts for one event and drift apart as they are maintained.',
    helpMarkdown: [
      'A rule whose indicators (scope predicates left out) are the same set as those of a catalog rule on the',
      'same kind of event, in any vendor, or nearly the same (weighted similarity of at least 0.85).',
      '',
      '**What to do**',
      '',
      '- If the other rule already covers this, extend it instead of adding a second one.',
      '- If this rule catches something the other does not, make that difference part of its logic; the',
      '  finding lists the keys only this rule has and those only the other has.',
      '- A Sigma `related:` link to the other rule is noted in the finding; suppress it with a reason when',
      '  both rules are meant to exist.'
    ].join('\n'),
    defaultSeverity: 'warning'
  },
  'parse-error': {
    id: 'parse-error',
    name: 'ParseError',
    summary: 'The file or rule could not be read.',
    description: 'The file or rule could not be read. Other files are still checked.',
    helpMarkdown: [
      'The file or rule could not be read. Other files are still checked.',
      '',
      '**What to do**',
      '',
      '- Fix the syntax at the line and column given; the diagnostic code names the problem.'
    ].join('\n'),
    defaultSeverity: 'error'
  },
  'invalid-suppression': {
    id: 'invalid-suppression',
    name: 'InvalidSuppression',
    summary: 'A detlint suppression comment that cannot be used: no reason, an unknown check, a typo.',
    description:
      'A detlint suppression comment in the rule file that cannot be used: it gives no reason after " -- ", ' +
      'names a check detlint does not know, or is not a directive detlint knows. A comment without a reason ' +
      'suppresses nothing.',
    helpMarkdown: [
      'A detlint suppression comment in the rule file that cannot be used. The forms are',
      '`# detlint-disable CHECK... -- reason` (the whole rule) and',
      '`# detlint-disable-next-line CHECK... -- reason` (the next line that is not a comment).',
      '',
      '**What to do**',
      '',
      '- Give the reason after ` -- `: a suppression without one suppresses nothing.',
      '- Name checks as detlint does: `noisy-indicator`, `missing-common-exclusion`, `parse-error`,',
      '  `technique-unknown`, `technique-revoked`, `technique-missing`.'
    ].join('\n'),
    defaultSeverity: 'warning'
  },
  'unused-suppression': {
    id: 'unused-suppression',
    name: 'UnusedSuppression',
    summary: 'A suppression that suppressed nothing: the finding it was written for is gone.',
    description:
      'A suppression (a comment in the rule file or a suppress entry in .detlint.yml) that suppressed nothing ' +
      'although the checks it names ran on its rule. The finding it was written for is gone; remove the ' +
      'suppression so it cannot hide a new finding later.',
    helpMarkdown: [
      'A suppression (a comment in the rule file, or a `suppress:` entry in `.detlint.yml`) that suppressed',
      'nothing, although the checks it names ran on its rule: the finding it was written for is gone.',
      '',
      '**What to do**',
      '',
      '- Remove the suppression, so it cannot hide a new finding later.',
      '- Turn the check off (`checks.unused-suppression: off`) if suppressions are kept on purpose.'
    ].join('\n'),
    defaultSeverity: 'notice'
  },
  'technique-unknown': {
    id: 'technique-unknown',
    name: 'TechniqueUnknown',
    summary: 'A technique ID the ATT&CK table does not know; an ID newer than the table is a notice.',
    description:
      'A well-formed ATT&CK technique ID (T1234 or T1234.001) that the ATT&CK table given to detlint does not ' +
      'know, most often a typo. An ID newer than the table (one the next version moves a technique to, or ' +
      'numbered above the highest the table knows) is only a notice: the rule is ahead of the table. ' +
      'Runs only when ATT&CK data is given (attack in .detlint.yml, --attack, the attack input).',
    helpMarkdown: [
      'A well-formed ATT&CK technique ID that the ATT&CK table does not know, most often a typo.',
      'An ID newer than the table (for example a v19 ID such as `T1686.002` checked against a v18 table)',
      'is only a notice: the rule is ahead of the table.',
      '',
      '**What to do**',
      '',
      '- Check the ID against <https://attack.mitre.org/techniques/enterprise/> and fix a typo.',
      '- For a newer ID, point `attack` in `.detlint.yml` (or `--attack`, or the action input `attack`) at a',
      '  newer table: `detlint attack import enterprise-attack.json -o attack-table.json`.'
    ].join('\n'),
    defaultSeverity: 'warning'
  },
  'technique-revoked': {
    id: 'technique-revoked',
    name: 'TechniqueRevoked',
    summary: 'A revoked or deprecated ATT&CK technique; the finding names the replacement.',
    description:
      'An ATT&CK technique that MITRE revoked (the finding names the technique that replaces it, following ' +
      'the chain of revocations to its end) or deprecated (there is no replacement). Rules tagged with it are ' +
      'not grouped with the rules that use the current ID. Runs only when ATT&CK data is given.',
    helpMarkdown: [
      'An ATT&CK technique that MITRE revoked or deprecated. A revoked technique has a replacement: the',
      'finding names it, following the chain of revocations to its end. A deprecated one has none.',
      '',
      '**What to do**',
      '',
      '- Revoked: name the replacement instead (or just remove the old ID when the rule already names it).',
      '- Deprecated: remove the ID, or name a current technique that describes the behaviour.'
    ].join('\n'),
    defaultSeverity: 'warning'
  },
  'technique-missing': {
    id: 'technique-missing',
    name: 'TechniqueMissing',
    summary: 'A rule that names no ATT&CK technique.',
    description:
      'A rule that names no ATT&CK technique. Without one it cannot be grouped with the rules that detect ' +
      'the same thing: missing-common-exclusion falls back to the kind of event, and the catalog cannot list ' +
      'it on a technique page. Runs with or without ATT&CK data.',
    helpMarkdown: [
      'A rule that names no ATT&CK technique, so it cannot be grouped with the rules that detect the same',
      'thing.',
      '',
      '**What to do**',
      '',
      '- Add the technique the rule detects: Sigma `tags: [attack.t1059.001]`, Elastic a',
      '  `[[rule.threat.technique]]` entry, Splunk `tags.mitre_attack_id`.',
      '- If the rule detects no one technique (a broad hunting query), suppress the finding with a reason,',
      '  or turn the check off (`checks.technique-missing: off`).'
    ].join('\n'),
    defaultSeverity: 'notice'
  },
  'tactic-mismatch': {
    id: 'tactic-mismatch',
    name: 'TacticMismatch',
    summary: "A tactic tag that none of the rule's techniques belongs to.",
    description:
      "A Sigma tactic tag (attack.persistence) that none of the rule's techniques belongs to in the ATT&CK " +
      "table's version; the notice names the tactics that fit. Tactics the next ATT&CK version split off " +
      "(v19's Stealth and Defense Impairment, from Defense Evasion) fit too. Runs only with ATT&CK data.",
    helpMarkdown: [
      "A tactic tag that none of the rule's techniques belongs to in the ATT&CK table's version. v19's",
      'Stealth and Defense Impairment fit wherever Defense Evasion does.',
      '',
      '**What to do**',
      '',
      '- Tag one of the tactics the notice names, or add the technique that serves the tactic you tagged.'
    ].join('\n'),
    defaultSeverity: 'notice'
  }
}
