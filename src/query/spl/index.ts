/**
 * The SPL reader: a Splunk search → one boolean tree of predicates with file positions.
 *
 * 1. Macros are expanded textually (`macros.ts`); every character remembers where it was
 *    written, a macro's text the line of its call.
 * 2. The expansion is cut into stages at top-level pipes (`pipeline.ts`).
 * 3. The first stage is read for its conditions: a search expression (`search.ts`), or
 *    `| tstats ... from datamodel=M.D where <search> by ...` (and `| mstats`, `| from
 *    datamodel`, `| datamodel`). Later `| search`, `| where` (`eval.ts`), `| regex` and
 *    inner `| join`s add their conditions; every other command is recorded as a stage and
 *    followed only for the fields it computes (`fields.ts`), so that conditions on those
 *    are marked derived.
 * 4. The conditions of all stages are ANDed. A stage brought in by an exclusion hook (the
 *    `<name>_filter` macro) adds each of its conjuncts as an exclusion: a `not(...)` as it
 *    is, anything else as `not(not(...))`, which matches the same events.
 *
 * Values of the search language match case-insensitively, `where` comparisons and
 * `| regex` case-sensitively (a regex's leading `(?i)` becomes flag `i`, as in `match()`). Data-source selectors (`index`, `source`, `sourcetype`, `eventtype`,
 * `Channel`) are returned apart, not as conditions.
 *
 * Diagnostic codes (stable):
 *
 * | code                        | severity | meaning                                                        |
 * |-----------------------------|----------|----------------------------------------------------------------|
 * | `spl/empty-search`          | error    | the search is empty                                            |
 * | `spl/syntax`                | error    | a search, `tstats where` or `where` expression does not parse (an unclosed string or `(`, an operator with nothing beside it); the unreadable part is kept opaque and reading goes on |
 * | `spl/unterminated-macro`    | error    | a backtick with no closing backtick                            |
 * | `spl/unterminated-comment`  | warning  | a ```` ``` ```` comment with no end: the rest is read as comment |
 * | `spl/undefined-macro`       | notice   | a macro with no definition (exclusion hooks aside): kept unexpanded, opaque where it stands in a condition |
 * | `spl/macro-cycle`           | warning  | a macro expands into itself: the inner call is kept unexpanded  |
 * | `spl/macro-limit`           | warning  | macro calls nest deeper than 32, or macros add more than 1,000,000 characters |
 * | `spl/too-deep`              | error    | parentheses, `NOT`s or calls nest deeper than 100 levels (`MAX_QUERY_DEPTH`): the search (or `where`) is kept opaque |
 * | `spl/lowercase-operator`    | warning  | `and`/`or`/`not`/`in` in any case but upper (`Or`) in a search: Splunk reads them as words |
 * | `spl/empty-stage`           | warning  | a stage with nothing in it (`| |`)                             |
 * | `spl/unknown-command`       | notice   | a stage whose command SPL does not define                      |
 */
import type { Diagnostic, Expr, Op, OpaqueExpr, Predicate, Severity, SourcePos } from '../../ir.js'
import type { QuerySource } from '../source.js'
import { queryDiagnostic } from '../source.js'
import {
  GENERATING_WITHOUT_EVENTS,
  KNOWN_COMMANDS,
  TRANSFORMING,
  UNNAMED_OUTPUTS,
  datamodelCommandArgs,
  evalOutputs,
  fromArgs,
  iplocationOutputs,
  joinFilters,
  listedFields,
  lookupInputs,
  lookupOutputs,
  regexArgs,
  renamePairs,
  rexOutputs,
  spathOutput,
  statsArgs,
  topArgs,
  tstatsArgs
} from './commands.js'
import { dataModelRef, datasetPrefixes } from './datamodels.js'
import { EvalSyntaxError, evalToExpr, inlineFlags, parseEval, type EvalHooks } from './eval.js'
import { FieldScope } from './fields.js'
import { lexSearch, type SearchToken } from './lexer.js'
import { expandMacros, type ExpandedSearch, type MacroLookup, type MacroProblem } from './macros.js'
import { splitPipeline, trimRange, type Stage } from './pipeline.js'
import { lowerSearch, parseSearch, type SearchHooks } from './search.js'
import { MAX_QUERY_DEPTH } from '../depth.js'

export type { MacroDefinition, MacroLookup } from './macros.js'

export type SplCode =
  | 'spl/empty-search'
  | 'spl/syntax'
  | 'spl/unterminated-macro'
  | 'spl/unterminated-comment'
  | 'spl/undefined-macro'
  | 'spl/macro-cycle'
  | 'spl/macro-limit'
  | 'spl/lowercase-operator'
  | 'spl/too-deep'
  | 'spl/empty-stage'
  | 'spl/unknown-command'

export interface SplOptions {
  /** Macro definitions (the reader's `macros/` folders and built-ins). */
  lookup: MacroLookup
  /** True for a macro whose conditions are exclusions (Splunk content's `<name>_filter`). */
  isExclusionHook?(name: string): boolean
}

export interface SplStage {
  /** The command, lowercased (`search` for the implicit first one; `` `name` `` for an unexpanded macro). */
  command: string
  /** Offset in the search where the stage is written (`source.pos(offset)` is its position). */
  offset: number
}

export interface ExclusionHook {
  name: string
  /** Defined by a definition the lookup found (not a built-in or missing one). */
  defined: boolean
  pos: SourcePos
}

export interface SplResult {
  /** The conditions of every stage, ANDed; null when the search sets none. */
  expr: Expr | null
  stages: SplStage[]
  /** `tstats`, `mstats`, `from`, `datamodel`, `search`, or another generating command. */
  firstCommand: string
  /** `Endpoint.Processes` as written after `datamodel=`, or null. */
  dataModel: string | null
  /** Data-source selectors of the conditions (`sourcetype=...`), positive ones only. */
  selectors: Predicate[]
  /** Macros expanded, in order of first expansion, without repeats. */
  macros: string[]
  /** Macros without a definition, without repeats. */
  undefinedMacros: string[]
  exclusionHooks: ExclusionHook[]
  diagnostics: Diagnostic[]
}

/** Reads a search. Never throws for any text. */
export function parseSpl(source: QuerySource, options: SplOptions): SplResult {
  return new SplReader(source, options).read()
}

interface Filter {
  expr: Expr
  /** From an exclusion hook's stage. */
  hook: boolean
}

class SplReader implements SearchHooks, EvalHooks {
  readonly text: string
  private readonly exp: ExpandedSearch
  private readonly scope = new FieldScope()
  private readonly diagnostics: Diagnostic[] = []
  private readonly selectors: Predicate[] = []
  private readonly filters: Filter[] = []
  private readonly stages: SplStage[] = []
  private dataModel: string | null = null
  private firstCommand = 'search'
  private readonly isHook: (name: string) => boolean

  constructor(
    private readonly source: QuerySource,
    options: SplOptions
  ) {
    this.isHook = options.isExclusionHook ?? (() => false)
    this.exp = expandMacros(source.text, options.lookup)
    this.text = this.exp.text
  }

  read(): SplResult {
    const exp = this.exp
    for (const p of exp.problems) this.macroProblem(p)
    const result = (): SplResult => ({
      expr: this.combine(),
      stages: this.stages,
      firstCommand: this.firstCommand,
      dataModel: this.dataModel,
      selectors: this.selectors,
      macros: unique(exp.expansions.map(e => e.name)),
      undefinedMacros: unique(exp.problems.filter(p => p.kind === 'undefined').map(p => p.name)),
      exclusionHooks: this.hooks(),
      diagnostics: this.diagnostics
    })
    if (this.text.trim() === '') {
      this.diag(0, 'error', 'spl/empty-search', 'the search is empty')
      return result()
    }
    const stages = splitPipeline(this.text)
    const hookRanges = exp.expansions.filter(e => e.depth === 0 && this.isHook(e.name))
    stages.forEach((stage, i) => {
      const [a, b] = trimRange(this.text, stage.start, stage.end)
      const hook = hookRanges.some(r => a >= r.start && b <= r.end && a < b)
      const added = this.filters.length
      if (i === 0) this.first(stage)
      else this.follow(stage)
      if (hook) for (let k = added; k < this.filters.length; k++) this.filters[k].hook = true
    })
    return result()
  }

  // -------------------------------------------------------------------------------------
  // Hooks for the expression parsers

  pred(
    field: string | null,
    op: Op,
    value: string | null,
    offset: number,
    caseSensitive: boolean,
    flags?: string
  ): Predicate {
    const pos = this.posAt(offset)
    if (field === null) return { kind: 'pred', field: null, sourceField: null, op, value, caseSensitive, pos }
    const r = this.scope.resolve(field)
    const p: Predicate = { kind: 'pred', field: r.field, sourceField: field, op, value, caseSensitive, pos }
    if (flags) p.flags = flags
    if (r.derived) p.derived = true
    return p
  }

  opaque(text: string, reason: string, offset: number): OpaqueExpr {
    return { kind: 'opaque', text, reason, pos: this.posAt(offset) }
  }

  error(offset: number, message: string): void {
    this.diag(offset, 'error', 'spl/syntax', message)
  }

  tooDeep(offset: number): void {
    this.diag(
      offset,
      'error',
      'spl/too-deep',
      `the search nests deeper than ${MAX_QUERY_DEPTH} levels; it is not read`
    )
  }

  lowercaseOperator(offset: number, word: string): void {
    this.diag(
      offset,
      'warning',
      'spl/lowercase-operator',
      `\`${word}\` is searched as a word: Splunk reads boolean operators only in uppercase (\`${word.toUpperCase()}\`)`
    )
  }

  // -------------------------------------------------------------------------------------

  private posAt(offset: number): SourcePos {
    const o = Math.max(0, Math.min(offset, this.text.length))
    return this.source.pos(this.exp.origin[o])
  }

  private diag(offset: number, severity: Severity, code: SplCode, message: string): void {
    const o = Math.max(0, Math.min(offset, this.text.length))
    this.diagnostics.push(queryDiagnostic(this.source, this.exp.origin[o], severity, code, message))
  }

  private macroProblem(p: MacroProblem): void {
    const at = (severity: Severity, code: SplCode): void => {
      this.diagnostics.push(queryDiagnostic(this.source, p.offset, severity, code, p.message))
    }
    switch (p.kind) {
      case 'undefined':
        if (!this.isHook(p.name)) at('notice', 'spl/undefined-macro')
        break
      case 'cycle':
        at('warning', 'spl/macro-cycle')
        break
      case 'depth':
      case 'size':
        at('warning', 'spl/macro-limit')
        break
      case 'unterminated':
        at('error', 'spl/unterminated-macro')
        break
      case 'comment':
        at('warning', 'spl/unterminated-comment')
        break
    }
  }

  private hooks(): ExclusionHook[] {
    const out: ExclusionHook[] = []
    for (const e of this.exp.expansions)
      if (e.depth === 0 && this.isHook(e.name))
        out.push({ name: e.name, defined: !e.builtin, pos: this.source.pos(e.callStart) })
    for (const p of this.exp.problems)
      if (p.kind === 'undefined' && this.isHook(p.name))
        out.push({ name: p.name, defined: false, pos: this.source.pos(p.offset) })
    return out
  }

  private addStage(stage: Stage, command: string): void {
    // Positions are computed on demand: a reader rarely needs a stage's.
    this.stages.push({ command, offset: this.exp.origin[Math.min(stage.at, this.text.length)] })
  }

  private filter(expr: Expr | null): void {
    if (expr !== null) this.filters.push({ expr, hook: false })
  }

  /** The conditions of all stages, ANDed; a hook's conjuncts as exclusions. */
  private combine(): Expr | null {
    const out: Expr[] = []
    for (const f of this.filters) {
      const conjuncts = f.expr.kind === 'and' ? f.expr.children : [f.expr]
      for (const c of conjuncts)
        out.push(f.hook && c.kind !== 'not' ? { kind: 'not', child: { kind: 'not', child: c } } : c)
    }
    return out.length === 0 ? null : out.length === 1 ? out[0] : { kind: 'and', children: out }
  }

  // -------------------------------------------------------------------------------------
  // Stages

  private first(stage: Stage): void {
    const cmd = stage.command
    this.firstCommand = cmd === '' ? this.stageLabel(stage) : cmd
    this.addStage(stage, this.firstCommand)
    switch (cmd) {
      case 'search':
        this.filter(this.searchRange(stage.args, stage.end))
        return
      case 'tstats':
      case 'mstats':
        this.tstats(stage)
        return
      case 'from': {
        const dm = fromArgs(this.text, stage.args, stage.end)
        if (dm) this.useDataModel(dm.name)
        else this.scope.noEvents()
        return
      }
      case 'datamodel': {
        const dm = datamodelCommandArgs(this.text, stage.args, stage.end)
        if (dm) this.useDataModel(dm.name)
        return
      }
    }
    if (GENERATING_WITHOUT_EVENTS.has(cmd)) this.scope.noEvents()
    else this.follow(stage, false)
  }

  private stageLabel(stage: Stage): string {
    const [a, b] = trimRange(this.text, stage.start, stage.end)
    if (a === b) return ''
    if (this.text[a] === '`') {
      const close = this.text.indexOf('`', a + 1)
      return this.text.slice(a, close === -1 || close > b ? b : close + 1)
    }
    return ''
  }

  private useDataModel(name: string, nodename?: string): void {
    const ref = dataModelRef(name)
    this.dataModel = ref.name
    this.scope.setPrefixes(datasetPrefixes(ref, nodename))
  }

  private tstats(stage: Stage): void {
    const a = tstatsArgs(this.text, stage.args, stage.end)
    if (a.dataModel) this.useDataModel(a.dataModel.name, a.nodename ?? undefined)
    if (a.where) {
      if (a.where.length === 0 && a.nodename === null)
        this.error(a.whereAt, '`where` has no condition after it')
      this.filter(this.searchTokens(a.where))
    }
    this.scope.close(a.by)
    this.scope.computed(a.outputs)
  }

  /** A stage after the first. `record`: add it to the stage list. */
  private follow(stage: Stage, record = true): void {
    const cmd = stage.command
    const { text } = this
    const args: [number, number] = [stage.args, stage.end]
    if (record) this.addStage(stage, cmd === '' ? this.stageLabel(stage) : cmd)
    switch (cmd) {
      case '':
        return this.noCommand(stage)
      case 'search':
        return this.filter(this.searchRange(...args))
      case 'where':
        return this.filter(this.where(...args))
      case 'regex':
        return this.filter(this.regex(...args))
      case 'join':
        if (joinFilters(text, ...args))
          this.filter(
            this.opaque(text.slice(stage.at, stage.end).trim(), 'an inner join with a subsearch', stage.at)
          )
        return
      case 'eval':
        return this.scope.computed(evalOutputs(text, ...args))
      case 'rename':
        for (const [from, to] of renamePairs(text, ...args)) this.scope.rename(from, to)
        return
      case 'lookup': {
        const outputs = lookupOutputs(text, ...args)
        if (outputs !== null) return this.scope.computed(outputs)
        // No OUTPUT: every column of the table is added, names unknown. The fields named so
        // far (the inputs too) stay the events'; one first named later may be a column.
        this.scope.see(lookupInputs(text, ...args))
        return this.scope.closeUnknown()
      }
      case 'rex':
        return this.scope.computed(rexOutputs(text, ...args))
      case 'iplocation':
        return this.scope.computed(iplocationOutputs(text, ...args))
      case 'eventstats':
      case 'streamstats':
        return this.scope.computed(statsArgs(text, ...args).outputs)
      case 'transaction':
        return this.scope.computed(['duration', 'eventcount', 'closed_txn', 'field_match_sum', 'linecount'])
      case 'table':
      case 'fields':
        return this.scope.see(listedFields(text, ...args))
      case 'spath': {
        const out = spathOutput(text, ...args)
        if (out !== null) this.scope.rename(out, out)
        return
      }
    }
    if (TRANSFORMING.has(cmd)) {
      const agg =
        cmd === 'top' || cmd === 'rare' || cmd === 'sitop' || cmd === 'sirare'
          ? topArgs(text, ...args)
          : statsArgs(text, ...args)
      this.scope.close(agg.by)
      this.scope.computed(agg.outputs)
    } else if (UNNAMED_OUTPUTS.has(cmd)) this.scope.closeUnknown()
    else if (!KNOWN_COMMANDS.has(cmd))
      this.diag(
        stage.at,
        'notice',
        'spl/unknown-command',
        `\`${cmd}\` is not an SPL command; the stage is kept as it is`
      )
  }

  private noCommand(stage: Stage): void {
    const [a, b] = trimRange(this.text, stage.start, stage.end)
    if (a === b) {
      this.diag(stage.start - 1, 'warning', 'spl/empty-stage', 'this stage is empty (`| |`)')
      return
    }
    if (this.text[a] === '`') return // an unexpanded macro: reported where it was called
    const shown = this.text.slice(a, Math.min(b, a + 30)).replace(/`/g, "'")
    this.diag(
      a,
      'notice',
      'spl/unknown-command',
      `\`${shown}\` does not start with a command; the stage is kept as it is`
    )
  }

  private searchRange(start: number, end: number): Expr | null {
    return this.searchTokens(lexSearch(this.text, start, end))
  }

  private searchTokens(toks: SearchToken[]): Expr | null {
    this.unterminated(toks)
    const node = parseSearch(toks, this)
    return node === null ? null : lowerSearch(node, this.selectors)
  }

  private unterminated(toks: readonly SearchToken[]): void {
    for (const t of toks)
      if (t.unterminated)
        this.error(
          t.start,
          t.kind === 'string'
            ? 'this string is not closed'
            : t.kind === 'subsearch'
              ? 'this `[` is not closed'
              : 'this macro call is not closed'
        )
  }

  private where(start: number, end: number): Expr {
    try {
      return evalToExpr(parseEval(this.text, start, end), this)
    } catch (err) {
      if (!(err instanceof EvalSyntaxError)) throw err
      if (err.tooDeep) this.diag(err.offset, 'error', 'spl/too-deep', `\`where\`: ${err.message}`)
      else this.error(err.offset, `\`where\`: ${err.message}`)
      const [a, b] = trimRange(this.text, start, end)
      return this.opaque(
        this.text.slice(a, b),
        `a \`where\` expression that does not parse: ${err.message}`,
        a
      )
    }
  }

  private regex(start: number, end: number): Expr | null {
    const r = regexArgs(this.text, start, end)
    if (r === null) return null
    // A leading `(?i)` reads as it does in `match()`: a flag, case-insensitive.
    const { regex, flags } = inlineFlags(r.regex)
    const p = this.pred(r.field, 'regex', regex, r.offset, !flags.includes('i'), flags || undefined)
    return r.negated ? { kind: 'not', child: p } : p
  }
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)]
}
