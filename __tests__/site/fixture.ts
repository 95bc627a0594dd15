/**
 * A small catalog for the site tests, written for them: rules of the three vendors under
 * T1218.011 (Rundll32) and T1003.001 (LSASS Memory), one with a hostile title, and an ATT&CK
 * table with a description for one technique.
 */
import { attackTable, validateAttackTable, type AttackTable } from '../../src/attack/table.js'
import { buildCatalog, type Catalog } from '../../src/catalog/index.js'
import type { Expr, Query, Rule, Vendor } from '../../src/ir.js'
import type { SiteSources } from '../../src/site/index.js'
import { all, any, mkRule, not, p } from '../helpers/rules.js'

export const HOSTILE_TITLE = `<script>alert("x")</script></details> @octocat @org/team 'quote' & "double"`

export function fixtureAttack(): AttackTable {
  const table = attackTable(
    validateAttackTable(
      {
        attack_version: '18.1',
        tactics: {
          TA0005: { name: 'Defense Evasion', shortname: 'defense-evasion' },
          TA0006: { name: 'Credential Access', shortname: 'credential-access' },
          TA0002: { name: 'Execution', shortname: 'execution' }
        },
        techniques: {
          T1218: { name: 'System Binary Proxy Execution', tactics: ['defense-evasion'] },
          'T1218.011': { name: 'Rundll32', tactics: ['defense-evasion'] },
          T1003: { name: 'OS Credential Dumping', tactics: ['credential-access'] },
          'T1003.001': { name: 'LSASS Memory', tactics: ['credential-access'] },
          T1059: { name: 'Command and Scripting Interpreter', tactics: ['execution'] }
        }
      },
      'site-test.json'
    ),
    'site-test.json'
  )
  // Descriptions as helper tables carry them (the type may not declare the field yet).
  const techniques = new Map(table.techniques)
  const rundll = techniques.get('T1218.011')
  if (rundll)
    techniques.set(
      'T1218.011',
      Object.assign({}, rundll, {
        description:
          'Adversaries may abuse rundll32.exe to proxy execution of malicious code.\n\nSecond <b>paragraph</b>.'
      })
    )
  return { ...table, techniques }
}

function rule(
  vendor: Vendor,
  name: string,
  expr: Expr,
  techniques: string[],
  title = `${vendor} ${name}`
): Rule {
  const r = mkRule(name, expr, techniques)
  return { ...r, vendor, path: `rules/${vendor}/${name}.yml`, title, id: `${vendor}-${name}` }
}

const rundll = p('process.name', 'eq', 'rundll32.exe')
const msiexec = p('process.parent.name', 'eq', 'msiexec.exe')

export function fixtureRules(): Rule[] {
  return [
    rule(
      'sigma',
      'rundll-export',
      all(rundll, p('process.command_line', 'wildcard', '*export*'), not(msiexec)),
      ['T1218.011']
    ),
    rule(
      'sigma',
      'rundll-hostile',
      all(
        rundll,
        any(
          p('process.command_line', 'wildcard', '*javascript:*'),
          p('process.command_line', 'wildcard', '*<script>*')
        ),
        not(msiexec)
      ),
      ['T1218.011'],
      HOSTILE_TITLE
    ),
    rule(
      'elastic',
      'rundll-url',
      all(rundll, p('process.command_line', 'wildcard', '*url.dll*'), not(msiexec)),
      ['T1218.011']
    ),
    rule('splunk', 'rundll-any', all(rundll, p('process.command_line', 'wildcard', '*,#1*')), ['T1218.011']),
    rule(
      'sigma',
      'lsass-access',
      all(
        p('winlog.event_data.TargetImage', 'wildcard', '*\\lsass.exe'),
        p('process.name', 'eq', 'procdump.exe')
      ),
      ['T1003.001']
    ),
    rule(
      'elastic',
      'lsass-dump',
      all(p('process.name', 'eq', 'procdump.exe'), p('process.command_line', 'wildcard', '*-ma*')),
      ['T1003.001']
    )
  ]
}

export function fixtureCatalog(): Catalog {
  return buildCatalog(fixtureRules(), fixtureAttack())
}

/** Site sources for the fixture: trees from the rules, and a source URL for Sigma rules. */
export function fixtureSources(): SiteSources {
  const trees = new Map<string, readonly Query[]>(
    fixtureRules().map(r => [`${r.vendor}:${r.path}`, r.queries])
  )
  return {
    trees: r => trees.get(`${r.vendor}:${r.path}`) ?? null,
    sourceUrl: r => (r.vendor === 'sigma' ? `https://example.com/sigma/blob/main/${r.path}` : null)
  }
}
