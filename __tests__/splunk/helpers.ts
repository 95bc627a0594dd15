/** Helpers for the Splunk reader tests: detection texts, fixture folders, reading. */
import { expect } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Diagnostic, Expr, ParseResult, ReadContext, Rule } from '../../src/ir.js'
import { refreshSplunkDefinitions, splunkFormat } from '../../src/formats/splunk/index.js'

/** The line of the search's first line in `detection()` with a block scalar. */
export const SEARCH_LINE = 12

export interface DetectionOptions {
  name?: string
  dataSources?: string[]
  techniques?: string[]
  /** `|-` (default), `>-`, or `'` for a single-quoted scalar. */
  style?: '|-' | '>-' | "'"
}

/**
 * A detection whose `search` holds `search`, its lines indented under the key. With a block
 * scalar the search's first line is line SEARCH_LINE; quoted, it starts on the line before.
 */
export function detection(search: string, o: DetectionOptions = {}): string {
  const style = o.style ?? '|-'
  const lines = search.split('\n')
  const quoted = (l: string): string => l.replace(/'/g, "''")
  const searchYaml =
    style === "'"
      ? [`search: '${quoted(lines[0])}`, ...lines.slice(1).map(l => `  ${quoted(l)}`)].join('\n') + "'"
      : [`search: ${style}`, ...lines.map(l => `  ${l}`)].join('\n')
  const sources = o.dataSources ?? ['Sysmon EventID 1']
  const techniques = o.techniques ?? ['T1218.011', 't1218']
  return [
    `name: ${o.name ?? 'Test Detection'}`,
    'id: 0e0c0e0c-1111-2222-3333-444455556666',
    'version: 1',
    "date: '2024-01-01'",
    'author: Tester',
    'status: production',
    'type: TTP',
    'description: A test detection.',
    'how_to_implement: Ingest the logs.',
    'known_false_positives: Administrators.',
    searchYaml,
    ...(sources.length === 0 ? ['data_source: []'] : ['data_source:', ...sources.map(x => `- ${x}`)]),
    'references: []',
    'tags:',
    '  analytic_story:',
    '  - Story A',
    '  mitre_attack_id:',
    ...techniques.map(t => `  - ${t}`),
    ''
  ].join('\n')
}

/** A folder tree of files (paths relative to it); removed by `cleanup`. */
export class Workspace {
  readonly root: string

  constructor(files: Record<string, string> = {}) {
    this.root = mkdtempSync(path.join(tmpdir(), 'detlint-splunk-'))
    this.write(files)
  }

  write(files: Record<string, string>): void {
    for (const [rel, text] of Object.entries(files)) {
      const abs = path.join(this.root, rel)
      mkdirSync(path.dirname(abs), { recursive: true })
      writeFileSync(abs, text)
    }
  }

  path(rel: string): string {
    return path.join(this.root, rel)
  }

  /** Reads a detection written at `rel`, as the engine does (a new generation first). */
  read(rel: string, text: string, context: Omit<ReadContext, 'file'> = {}): ParseResult {
    this.write({ [rel]: text })
    refreshSplunkDefinitions()
    return splunkFormat.parse(rel, text, { ...context, file: this.path(rel) })
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true })
  }
}

export function macro(name: string, definition: string, args: string[] = []): string {
  const lines = [
    `name: ${name}`,
    `definition: '${definition.replace(/'/g, "''")}'`,
    'description: test macro'
  ]
  if (args.length > 0) lines.push('arguments:', ...args.map(a => `  - ${a}`))
  return lines.join('\n') + '\n'
}

export function dataSource(name: string, source: string, sourcetype: string, separator?: string): string {
  return [
    `name: ${name}`,
    'id: 00000000-0000-0000-0000-000000000000',
    `source: ${source}`,
    `sourcetype: ${sourcetype}`,
    ...(separator ? [`separator: ${separator}`] : []),
    'fields: [_time]',
    ''
  ].join('\n')
}

/** Every diagnostic of a result: the file's, then each rule's. */
export function allDiagnostics(r: ParseResult): Diagnostic[] {
  return [...r.diagnostics, ...r.rules.flatMap(x => x.diagnostics)]
}

export type Brief = Pick<Diagnostic, 'severity' | 'code' | 'line' | 'column'>

export function brief(r: ParseResult): Brief[] {
  return allDiagnostics(r).map(({ severity, code, line, column }) => ({ severity, code, line, column }))
}

export function oneRule(r: ParseResult): Rule {
  expect(r.rules).toHaveLength(1)
  return r.rules[0]
}

/** Removes `pos` from every node. */
export function strip(e: Expr): unknown {
  switch (e.kind) {
    case 'pred':
    case 'opaque': {
      const rest: Record<string, unknown> = { ...e }
      delete rest.pos
      return rest
    }
    case 'not':
      return { kind: 'not', child: strip(e.child) }
    case 'and':
    case 'or':
      return { kind: e.kind, children: e.children.map(strip) }
  }
}
