/**
 * Elastic rule fixtures, written for these tests. `elasticRule()` lays a rule out on fixed
 * lines: a key set to null becomes a comment line, so the numbering never moves. The
 * query's first line is line QUERY_LINE (after `query = '''` on the line before).
 */
import { elasticFormat } from '../../src/formats/elastic/index.js'
import type { ParseResult } from '../../src/ir.js'

export const QUERY_LINE = 20

export interface RuleOptions {
  index?: string | null
  language?: string | null
  name?: string | null
  ruleId?: string | null
  severity?: string | null
  tags?: string | null
  type?: string | null
  /** The query text (null: no `query` key); written as `style`. */
  query?: string | null
  style?: "'''" | '"""' | "'" | '"'
  /** TOML after the query (threat, filters, ...). */
  after?: string
  /** TOML before `[metadata]` (e.g. `[[transform.osquery]]` blocks). */
  before?: string
}

const line = (key: string, value: string | null | undefined, fallback: string): string =>
  value === null ? `# no ${key}` : `${key} = ${value ?? fallback}`

export function elasticRule(o: RuleOptions = {}): string {
  const style = o.style ?? "'''"
  const query =
    o.query === null
      ? ['# no query', '']
      : style === "'''" || style === '"""'
        ? [`query = ${style}`, `${o.query ?? 'process where process.name == "cmd.exe"'}`, style]
        : [`query = ${style}${o.query ?? 'process where process.name == "cmd.exe"'}${style}`, '']
  const head = o.before === undefined ? [] : [o.before]
  const lines = [
    '[metadata]',
    'creation_date = "2024/01/01"',
    'maturity = "production"',
    'updated_date = "2024/01/01"',
    '',
    '[rule]',
    'author = ["Test"]',
    'description = "A rule written for the tests."',
    line('index', o.index, '["logs-endpoint.events.process-*"]'),
    line('language', o.language, '"eql"'),
    'license = "Elastic License v2"',
    line('name', o.name, '"Test rule"'),
    'risk_score = 47',
    line('rule_id', o.ruleId, '"00000000-0000-4000-8000-000000000001"'),
    line('severity', o.severity, '"medium"'),
    line('tags', o.tags, '["OS: Windows", "Tactic: Execution"]'),
    line('type', o.type, '"eql"'),
    '',
    ...query,
    '',
    o.after ?? ''
  ]
  if (head.length > 0) {
    // Keep the query on QUERY_LINE + the number of lines before: callers account for it.
    return head.join('\n') + '\n' + lines.join('\n')
  }
  return lines.join('\n')
}

export function read(text: string, path = 'rules/windows/test_rule.toml'): ParseResult {
  return elasticFormat.parse(path, text)
}

/** A technique block as the corpus writes it. */
export function threat(tactic: string, techniques: Array<[string, string[]]>): string {
  const out: string[] = ['[[rule.threat]]', 'framework = "MITRE ATT&CK"']
  for (const [id, subs] of techniques) {
    out.push(
      '[[rule.threat.technique]]',
      `id = "${id}"`,
      'name = "Technique"',
      `reference = "https://attack.mitre.org/techniques/${id}/"`
    )
    for (const sub of subs)
      out.push(
        '[[rule.threat.technique.subtechnique]]',
        `id = "${sub}"`,
        'name = "Sub-technique"',
        'reference = "https://attack.mitre.org/"'
      )
  }
  out.push(
    '',
    '[rule.threat.tactic]',
    `id = "${tactic}"`,
    'name = "Tactic"',
    'reference = "https://attack.mitre.org/tactics/"',
    ''
  )
  return out.join('\n')
}
