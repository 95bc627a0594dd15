/**
 * The Splunk reader over security_content's detections, with its macros/ and data_sources/
 * folders (read in place, never copied). Skips when the corpus folder is absent.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { refreshSplunkDefinitions, splunkFormat } from '../../src/formats/splunk/index.js'
import { scalarOffsets } from '../../src/formats/splunk/positions.js'
import { exclusions, indicators, predicates, type ParseResult, type Rule } from '../../src/ir.js'
import { parseYaml, scalarOffsetAt } from '../../src/yaml/positioned.js'

const CORPUS = path.resolve(process.cwd(), '../shared/corpus/splunk/detections')
const MACROS = path.resolve(CORPUS, '../macros')
const DATA_SOURCES = path.resolve(CORPUS, '../data_sources')
const hasCorpus = fs.existsSync(CORPUS)
if (!hasCorpus) console.log(`Splunk corpus not found at ${CORPUS}: skipping the corpus tests`)

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) walk(p, out)
    else if (/\.ya?ml$/.test(e.name)) out.push(p)
  }
  return out
}

;(hasCorpus ? describe : describe.skip)('Splunk corpus', () => {
  const files = hasCorpus ? walk(CORPUS).sort() : []
  const texts = files.map(f => fs.readFileSync(f, 'utf8'))
  const results = new Map<string, ParseResult>()
  refreshSplunkDefinitions()
  const resultOf = (i: number): ParseResult => {
    let r = results.get(files[i])
    if (!r) {
      r = splunkFormat.parse(path.relative(CORPUS, files[i]), texts[i], {
        file: files[i],
        splunkMacros: [MACROS],
        splunkDataSources: [DATA_SOURCES]
      })
      results.set(files[i], r)
    }
    return r
  }
  const byName = (suffix: string): Rule => {
    const i = files.findIndex(f => f.endsWith(suffix))
    expect(i).toBeGreaterThanOrEqual(0)
    const r = resultOf(i)
    expect(r.rules).toHaveLength(1)
    return r.rules[0]
  }
  const show = (rule: Rule, which: typeof indicators): string[] =>
    which(rule).map(({ pred: p }) => `${p.field} ${p.op} ${p.value}`)

  it('detects every detection and reads at least 98% without an error', () => {
    const failures: string[] = []
    files.forEach((f, i) => {
      expect([path.relative(CORPUS, f), splunkFormat.detect(f, texts[i])]).toEqual([
        path.relative(CORPUS, f),
        true
      ])
      const r = resultOf(i)
      const errors = [...r.diagnostics, ...r.rules.flatMap(x => x.diagnostics)].filter(
        d => d.severity === 'error'
      )
      if (errors.length > 0 || r.rules.length === 0)
        failures.push(
          `${path.relative(CORPUS, f)}: ${errors.map(d => `${d.line}:${d.column} ${d.code} ${d.message}`).join('; ')}`
        )
    })
    if (failures.length > 0) console.log(`Splunk corpus files with errors:\n${failures.join('\n')}`)
    const ok = (files.length - failures.length) / files.length
    console.log(
      `Splunk corpus: ${files.length - failures.length}/${files.length} files read without error (${(ok * 100).toFixed(2)}%)`
    )
    expect(ok).toBeGreaterThanOrEqual(0.98)
  })

  it('yields positioned predicates inside the search, well-formed techniques, a filter macro', () => {
    let predicateCount = 0
    let withFilter = 0
    let rules = 0
    files.forEach((_f, i) => {
      for (const rule of resultOf(i).rules) {
        rules++
        for (const t of rule.techniques) expect(t).toMatch(/^T\d{4}(\.\d{3})?$/)
        if (rule.properties?.filterMacro) withFilter++
        for (const q of rule.queries)
          for (const p of predicates(q.expr)) {
            predicateCount++
            expect(p.pos.line).toBeGreaterThanOrEqual(rule.logicPos.line)
            expect(p.pos.column).toBeGreaterThan(0)
          }
      }
    })
    expect(predicateCount).toBeGreaterThan(6000)
    expect(withFilter).toBe(rules)
  })

  it('maps search offsets to the file exactly as scalarOffsetAt does', () => {
    let checked = 0
    texts.forEach(text => {
      const root = parseYaml(text).documents[0]?.root
      const node = root?.kind === 'map' ? root.entries.find(e => e.key.value === 'search')?.value : undefined
      if (node?.kind !== 'scalar') return
      const fast = scalarOffsets(text, node)
      const n = node.value.length
      const step = Math.max(1, Math.floor(n / 25))
      for (let i = -1; i <= n + 1; i += i < 0 || i >= n - 2 ? 1 : step) {
        expect([i, fast(i)]).toEqual([i, scalarOffsetAt(text, node, i)])
        checked++
      }
    })
    expect(checked).toBeGreaterThan(35_000)
  })

  it('groups most detections by data model into the categories Sigma uses', () => {
    const kinds = new Map<string, number>()
    files.forEach((_f, i) => {
      for (const rule of resultOf(i).rules) {
        const k = `${rule.logsource.product ?? ''}/${rule.logsource.category ?? ''}`
        kinds.set(k, (kinds.get(k) ?? 0) + 1)
      }
    })
    expect(kinds.get('windows/process_creation')).toBeGreaterThan(350)
    expect(kinds.get('windows/registry_event')).toBeGreaterThan(100)
    expect(kinds.get('windows/ps_script')).toBeGreaterThan(80)
  })

  it('reads the traps of formats.md §3 as specified', () => {
    // Raw Sysmon names beside TA aliases, behind a data-source macro.
    const lsass = byName('endpoint/creation_of_lsass_dump_with_taskmgr.yml')
    expect(show(lsass, indicators)).toEqual([
      'event.code eq 11',
      'process.name eq taskmgr.exe',
      'file.path wildcard *lsass*.dmp'
    ])
    expect(lsass.logsource).toMatchObject({
      product: 'windows',
      category: 'file_event',
      eventCodes: ['sysmon:11']
    })

    // A predicate macro inlined under tstats, CIM fields.
    const shim = byName('endpoint/rundll32_shimcache_flush.yml')
    expect(show(shim, indicators)).toEqual([
      'process.name eq rundll32.exe',
      'process.pe.original_file_name eq RUNDLL32.EXE',
      'process.command_line wildcard *apphelp.dll,ShimFlushCache*'
    ])
    expect(shim.logsource.dataModel).toBe('Endpoint.Processes')

    // `\\` in a quoted value is one backslash.
    const temp = byName('endpoint/excessive_distinct_processes_from_windows_temp.yml')
    expect(show(temp, indicators)).toContain('process.executable wildcard *\\Windows\\Temp\\\\*')

    // The threshold after the filter macro is a derived condition.
    const long = byName('endpoint/unusually_long_command_line.yml')
    const derived = predicates(long.queries[0].expr).filter(p => p.derived)
    expect(derived.map(p => p.sourceField)).toEqual([])
    expect(long.queries[0].expr).toMatchObject({ kind: 'opaque' })

    // NOT inside a search is an exclusion.
    const gpo = byName('application/windows_ad_suspicious_gpo_modification.yml')
    expect(show(gpo, exclusions)).toEqual([
      'winlog.event_data.RelativeTargetName wildcard *\\Scripts\\scripts.ini'
    ])
  })
})
