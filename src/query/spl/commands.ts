/**
 * Arguments of the commands the reader follows without reading them as conditions: what
 * fields they compute, keep or rename. Each helper takes the stage's argument range of the
 * expanded text and never fails; what it cannot make out, it leaves out.
 */
import { lexEval, lexSearch, stringValue, unescapeSpl, type SearchToken } from './lexer.js'

/** Commands known to SPL (and common apps); anything else is reported as unknown. */
export const KNOWN_COMMANDS: ReadonlySet<string> = new Set(
  (
    'abstract accum addcoltotals addinfo addtotals analyzefields anomalies anomalousvalue anomalydetection ' +
    'append appendcols appendpipe apply arules associate audit autoregress bin bucket bucketdir chart ' +
    'cluster cofilter collect concurrency contingency convert correlate datamodel dbinspect dbxquery ' +
    'dedup delete delta diff erex eval eventcount eventstats extract fieldformat fields fieldsummary ' +
    'filldown fillnull findtypes fit folderize foreach format from fromjson gauge gentimes geom geomfilter ' +
    'geostats head highlight history iconify inputcsv inputlookup iplocation join kmeans kv kvform ' +
    'loadjob localize localop lookup makecontinuous makejson makemv makeresults map mcollect metadata ' +
    'metasearch meventcollect mpreview msearch mstats multikv multisearch mvcombine mvexpand nomv ' +
    'outlier outputcsv outputlookup outputtext overlap pivot predict rangemap rare redistribute regex ' +
    'reltime rename replace require rest return reverse rex rtorder run savedsearch score script scrub ' +
    'search searchtxn selfjoin sendalert sendemail set setfields sichart sirare sistats sitimechart ' +
    'sitop sort spath stats strcat streamstats summary table tags tail timechart timewrap tojson top ' +
    'transaction transpose trendline tscollect tstats typeahead typelearner typer union uniq untable ' +
    'walklex where x11 xmlkv xmlunescape xpath xsdisplayconcept xsdisplaycontext xsfindbestconcept ' +
    'xslistconcept xslistcontext xsupdateddicontext xswhere xyseries'
  ).split(' ')
)

/** Commands that replace the events with a table of aggregates: only their `by` fields stay. */
export const TRANSFORMING: ReadonlySet<string> = new Set([
  'stats',
  'sistats',
  'tstats',
  'mstats',
  'chart',
  'sichart',
  'timechart',
  'sitimechart',
  'top',
  'sitop',
  'rare',
  'sirare',
  'geostats',
  'xyseries',
  'transpose',
  'untable',
  'contingency'
])

/** Commands whose outputs cannot be named from their arguments (models, clustering). */
export const UNNAMED_OUTPUTS: ReadonlySet<string> = new Set([
  'apply',
  'fit',
  'score',
  'predict',
  'cluster',
  'kmeans',
  'anomalydetection',
  'anomalies',
  'anomalousvalue',
  'associate',
  'analyzefields'
])

/** Commands that produce results without reading events. */
export const GENERATING_WITHOUT_EVENTS: ReadonlySet<string> = new Set([
  'inputlookup',
  'inputcsv',
  'rest',
  'makeresults',
  'metadata',
  'dbinspect',
  'eventcount',
  'gentimes',
  'loadjob',
  'savedsearch',
  'dbxquery',
  'history',
  'audit'
])

class Cursor {
  i = 0
  constructor(
    readonly text: string,
    readonly toks: readonly SearchToken[]
  ) {}

  peek(k = 0): SearchToken | undefined {
    return this.toks[this.i + k]
  }

  src(t: SearchToken): string {
    return this.text.slice(t.start, t.end)
  }

  isWord(t: SearchToken | undefined, ...words: string[]): boolean {
    return t !== undefined && t.kind === 'word' && words.includes(this.src(t).toLowerCase())
  }

  /** A word's or string's text (decoded), or null. */
  name(t: SearchToken | undefined): string | null {
    if (t === undefined) return null
    if (t.kind === 'string') return stringValue(this.text, t)
    if (t.kind === 'word') return unescapeSpl(this.src(t))
    return null
  }

  /** Skips a balanced `( ... )` starting at the cursor. */
  skipParens(): void {
    let depth = 0
    while (this.i < this.toks.length) {
      const t = this.toks[this.i++]
      if (t.kind === 'lparen') depth++
      else if (t.kind === 'rparen' && --depth <= 0) return
    }
  }

  /** Skips `= value` (an option's value), glued pieces included. */
  skipValue(): void {
    this.i++ // the op
    const v = this.peek()
    if (v === undefined) return
    this.i++
    while (this.i < this.toks.length && !this.toks[this.i].spaced) this.i++
  }
}

export interface Aggregation {
  /** Names the command outputs (`count`, `firstTime`, `dc(user)`). */
  outputs: string[]
  /** `by` (or `over`) fields. */
  by: string[]
}

/**
 * Aggregations and `by` fields of `stats`-like arguments. `stop` ends the aggregations at
 * a word (tstats' `from`/`where`).
 */
function aggregations(c: Cursor, stop: ReadonlySet<string>): string[] {
  const outputs: string[] = []
  while (c.i < c.toks.length) {
    const t = c.peek() as SearchToken
    if (t.kind === 'word' && stop.has(c.src(t).toLowerCase())) break
    const next = c.peek(1)
    if (t.kind === 'word' && next?.kind === 'op') {
      c.i++
      c.skipValue() // an option: `summariesonly=t`, `span=1h`
      continue
    }
    if (t.kind !== 'word' && t.kind !== 'string') {
      c.i++
      continue
    }
    let name = c.name(t) as string
    c.i++
    if (t.kind === 'word' && next?.kind === 'lparen' && !next.spaced) {
      const from = t.start
      c.skipParens()
      name = c.text.slice(from, c.toks[c.i - 1].end)
    }
    if (c.isWord(c.peek(), 'as')) {
      c.i++
      const alias = c.name(c.peek())
      if (alias !== null) {
        name = alias
        c.i++
      }
    }
    outputs.push(name)
  }
  return outputs
}

/** Field names up to the end (commas and `name=value` options skipped). */
function fieldList(c: Cursor, stop: ReadonlySet<string> = NONE): string[] {
  const out: string[] = []
  while (c.i < c.toks.length) {
    const t = c.peek() as SearchToken
    if (t.kind === 'word' && stop.has(c.src(t).toLowerCase())) break
    if (t.kind === 'word' && c.peek(1)?.kind === 'op') {
      c.i++
      c.skipValue()
      continue
    }
    const n = c.name(t)
    if (n !== null && n !== '-' && n !== '+') out.push(n)
    c.i++
  }
  return out
}

const NONE: ReadonlySet<string> = new Set()
const BY = new Set(['by', 'over', 'groupby'])

/** `stats count min(_time) as firstTime by dest user`. */
export function statsArgs(text: string, start: number, end: number): Aggregation {
  const c = new Cursor(text, lexSearch(text, start, end))
  const outputs = aggregations(c, BY)
  const by: string[] = []
  while (c.i < c.toks.length) {
    c.i++ // by / over
    by.push(...fieldList(c, BY))
  }
  return { outputs, by }
}

/** `top limit=5 a b by c`, `rare a by b`: the listed and `by` fields stay. */
export function topArgs(text: string, start: number, end: number): Aggregation {
  const c = new Cursor(text, lexSearch(text, start, end))
  const listed = fieldList(c, BY)
  const by: string[] = [...listed]
  while (c.i < c.toks.length) {
    c.i++
    by.push(...fieldList(c, BY))
  }
  return { outputs: ['count', 'percent'], by }
}

export interface TstatsArgs extends Aggregation {
  /** `datamodel=Endpoint.Processes` (the value, and the offset of its first character). */
  dataModel: { name: string; offset: number } | null
  /** `nodename=...` in the `where` clause. */
  nodename: string | null
  /** The `where` clause's tokens, `nodename=` removed. */
  where: SearchToken[] | null
  /** Offset of the `where` keyword. */
  whereAt: number
}

const TSTATS_STOP = new Set(['from', 'where', 'by', 'groupby'])

/** `tstats [options] aggregations [from datamodel=M.D] [where <search>] [by fields]` (and `mstats`). */
export function tstatsArgs(text: string, start: number, end: number): TstatsArgs {
  const c = new Cursor(text, lexSearch(text, start, end))
  const out: TstatsArgs = {
    outputs: [],
    by: [],
    dataModel: null,
    nodename: null,
    where: null,
    whereAt: start
  }
  while (c.i < c.toks.length) {
    const t = c.peek() as SearchToken
    const word = t.kind === 'word' ? c.src(t).toLowerCase() : ''
    if (word === 'from') {
      c.i++
      out.dataModel = dataModelSpec(c) ?? out.dataModel
    } else if (word === 'where') {
      c.i++
      out.whereAt = t.start
      const from = c.i
      let depth = 0
      while (c.i < c.toks.length) {
        const w = c.toks[c.i]
        if (w.kind === 'lparen') depth++
        else if (w.kind === 'rparen') depth--
        else if (depth <= 0 && c.isWord(w, 'by', 'groupby')) break
        c.i++
      }
      out.where = withoutNodename(c, c.toks.slice(from, c.i), out)
    } else if (word === 'by' || word === 'groupby') {
      c.i++
      out.by.push(...fieldList(c, TSTATS_STOP))
    } else {
      out.outputs.push(...aggregations(c, TSTATS_STOP))
      if (c.i < c.toks.length && c.peek() === t) c.i++ // nothing consumed: skip
    }
  }
  return out
}

/** After `from`: `datamodel=M.D`, `datamodel:"M.D"`, `datamodel M.D`; null for anything else. */
function dataModelSpec(c: Cursor): { name: string; offset: number } | null {
  const t = c.peek()
  if (t === undefined || t.kind !== 'word') return null
  const w = c.src(t)
  const colon = /^datamodel:(.*)$/i.exec(w)
  if (!/^datamodel:?$/i.test(w) && !colon) {
    c.i++ // `from <namespace>`: not a data model
    return null
  }
  c.i++
  if (colon && colon[1] !== '') return { name: unescapeSpl(colon[1]), offset: t.start + 10 }
  if (c.peek()?.kind === 'op' && c.src(c.peek() as SearchToken) === '=') c.i++
  const v = c.peek()
  const name = c.name(v)
  if (v === undefined || name === null) return null
  c.i++
  return { name, offset: v.kind === 'string' ? v.start + 1 : v.start }
}

function withoutNodename(c: Cursor, toks: SearchToken[], out: TstatsArgs): SearchToken[] {
  const kept: SearchToken[] = []
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    if (c.isWord(t, 'nodename') && toks[i + 1]?.kind === 'op' && toks[i + 2] !== undefined) {
      out.nodename = c.name(toks[i + 2])
      i += 2
      continue
    }
    kept.push(t)
  }
  return kept
}

/** `from datamodel=M.D` / `from datamodel:"M.D"` / `from datamodel M.D` as a first command. */
export function fromArgs(text: string, start: number, end: number): { name: string; offset: number } | null {
  const c = new Cursor(text, lexSearch(text, start, end))
  return dataModelSpec(c)
}

/** `datamodel Endpoint Processes search`: the data model and dataset. */
export function datamodelCommandArgs(
  text: string,
  start: number,
  end: number
): { name: string; offset: number } | null {
  const c = new Cursor(text, lexSearch(text, start, end))
  const words: Array<{ name: string; offset: number }> = []
  c.toks.forEach((t, i) => {
    const n = c.name(t)
    if (n === null || t.kind !== 'word' || c.toks[i + 1]?.kind === 'op') return
    if (/^(search|flat|acceleration_search|acceleration_search_string)$/i.test(n)) return
    words.push({ name: n, offset: t.start })
  })
  if (words.length === 0) return null
  return {
    name: words
      .slice(0, 2)
      .map(w => w.name)
      .join('.'),
    offset: words[0].offset
  }
}

/** `eval a=..., b=...`: the names assigned. */
export function evalOutputs(text: string, start: number, end: number): string[] {
  const toks = lexEval(text, start, end)
  const out: string[] = []
  let depth = 0
  let segmentStart = true
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    if (t.kind === 'lparen') depth++
    else if (t.kind === 'rparen') depth--
    else if (t.kind === 'comma' && depth === 0) {
      segmentStart = true
      continue
    }
    if (segmentStart && depth === 0) {
      const n = toks[i + 1]
      if (n?.kind === 'op' && text.slice(n.start, n.end) === '=') {
        const raw = text.slice(t.start, t.end)
        if (t.kind === 'ident') out.push(raw)
        else if (t.kind === 'string') out.push(stringValue(text, t))
        else if (t.kind === 'field') out.push(raw.slice(1, -1))
      }
    }
    segmentStart = false
  }
  return out
}

/** `rename a as b, "c d" AS e`: the pairs. */
export function renamePairs(text: string, start: number, end: number): Array<[string, string]> {
  const c = new Cursor(text, lexSearch(text, start, end))
  const out: Array<[string, string]> = []
  while (c.i < c.toks.length) {
    const from = c.name(c.peek())
    if (from !== null && c.isWord(c.peek(1), 'as')) {
      const to = c.name(c.peek(2))
      if (to !== null) {
        out.push([stripQuotes(from), stripQuotes(to)])
        c.i += 3
        continue
      }
    }
    c.i++
  }
  return out
}

function stripQuotes(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s
}

/**
 * `lookup table f [AS g] ... OUTPUT|OUTPUTNEW a [AS b], c`: the fields written; null without
 * an OUTPUT clause (every column of the table is written).
 */
export function lookupOutputs(text: string, start: number, end: number): string[] | null {
  const c = new Cursor(text, lexSearch(text, start, end))
  while (c.i < c.toks.length && !c.isWord(c.peek(), 'output', 'outputnew')) c.i++
  if (c.i >= c.toks.length) return null
  c.i++
  const out: string[] = []
  while (c.i < c.toks.length) {
    const n = c.name(c.peek())
    if (n === null) {
      c.i++
      continue
    }
    if (c.isWord(c.peek(1), 'as')) {
      const alias = c.name(c.peek(2))
      if (alias !== null) out.push(alias)
      c.i += 3
      continue
    }
    out.push(n)
    c.i++
  }
  return out
}

/**
 * `lookup [opt=v]... table f [AS g], ... [OUTPUT ...]`: the event fields it matches on (`g`,
 * or `f` when it has no `AS`).
 */
export function lookupInputs(text: string, start: number, end: number): string[] {
  const c = new Cursor(text, lexSearch(text, start, end))
  const out: string[] = []
  let table = false
  while (c.i < c.toks.length && !c.isWord(c.peek(), 'output', 'outputnew')) {
    const t = c.peek() as SearchToken
    if (t.kind === 'word' && c.peek(1)?.kind === 'op' && !table) {
      c.i++
      c.skipValue()
      continue
    }
    const n = c.name(t)
    if (n === null) {
      c.i++
      continue
    }
    if (!table) {
      table = true
      c.i++
      continue
    }
    if (c.isWord(c.peek(1), 'as')) {
      const alias = c.name(c.peek(2))
      if (alias !== null) out.push(alias)
      c.i += 3
      continue
    }
    out.push(n)
    c.i++
  }
  return out
}

/** `rex [field=f] [mode=sed] "(?<name>...)"`: named groups, or the field a sed rewrites. */
export function rexOutputs(text: string, start: number, end: number): string[] {
  const c = new Cursor(text, lexSearch(text, start, end))
  let field = '_raw'
  let sed = false
  const out: string[] = []
  while (c.i < c.toks.length) {
    const t = c.peek() as SearchToken
    if (t.kind === 'word' && c.peek(1)?.kind === 'op') {
      const key = c.src(t).toLowerCase()
      const v = c.name(c.peek(2))
      if (key === 'field' && v !== null) field = v
      if (key === 'mode' && v?.toLowerCase() === 'sed') sed = true
      c.i += 3
      continue
    }
    if (t.kind === 'string') {
      const re = stringValue(text, t)
      for (const m of re.matchAll(/\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/g)) out.push(m[1])
    }
    c.i++
  }
  return sed ? [field] : out
}

/** `iplocation [prefix=p] field`: City, Country, Region, lat, lon (prefixed). */
export function iplocationOutputs(text: string, start: number, end: number): string[] {
  const m = /\bprefix\s*=\s*"?([^\s"]*)"?/i.exec(text.slice(start, end))
  const prefix = m ? m[1] : ''
  return ['City', 'Country', 'Region', 'lat', 'lon', 'MetroCode', 'Timezone'].map(f => prefix + f)
}

/** `join [type=inner|outer|left] [fields] [subsearch]`: does it drop events? */
export function joinFilters(text: string, start: number, end: number): boolean {
  const args = text.slice(start, end)
  const type = /\btype\s*=\s*"?(\w+)/i.exec(args)?.[1]?.toLowerCase() ?? 'inner'
  return type === 'inner' && lexSearch(text, start, end).some(t => t.kind === 'subsearch')
}

export interface RegexArgs {
  field: string
  negated: boolean
  /** The regex and the offset where it is written. */
  regex: string
  offset: number
}

/** `regex field="re"`, `regex field!="re"`, `regex "re"` (on `_raw`); null when unreadable. */
export function regexArgs(text: string, start: number, end: number): RegexArgs | null {
  const toks = lexSearch(text, start, end)
  const c = new Cursor(text, toks)
  if (toks.length === 0) return null
  const first = toks[0]
  if (toks.length >= 3 && toks[1].kind === 'op') {
    const op = c.src(toks[1])
    const field = c.name(first)
    if (field === null || (op !== '=' && op !== '!=')) return null
    const v = toks[2]
    const regex = v.kind === 'string' ? stringValue(text, v) : text.slice(v.start, toks[toks.length - 1].end)
    return { field, negated: op === '!=', regex, offset: v.start }
  }
  const regex =
    first.kind === 'string' ? stringValue(text, first) : text.slice(first.start, toks[toks.length - 1].end)
  return { field: '_raw', negated: false, regex, offset: first.start }
}

/** `spath output=x path` / `spath x`: the field it writes (null: every path it finds). */
export function spathOutput(text: string, start: number, end: number): string | null {
  const m = /\boutput\s*=\s*"?([^\s"]+)"?/i.exec(text.slice(start, end))
  return m ? m[1] : null
}

/** `table a, b c` / `fields a b` / `fields - a`: the names listed. */
export function listedFields(text: string, start: number, end: number): string[] {
  const c = new Cursor(text, lexSearch(text, start, end))
  return fieldList(c)
}
