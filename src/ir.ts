/**
 * The vendor-neutral rule IR. Every reader produces it; the catalog, the checks and the
 * reporters consume it. Nothing vendor-specific leaves `formats/`.
 */

export type Vendor = 'sigma' | 'elastic' | 'splunk'

export const VENDORS: readonly Vendor[] = ['sigma', 'elastic', 'splunk']

/** 1-based line and column in the rule file. */
export interface SourcePos {
  line: number
  column: number
}

export type Severity = 'error' | 'warning' | 'notice'

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice']

/** Something a reader met: a parse error, an unsupported construct, a note. */
export interface Diagnostic {
  path: string
  line: number
  column: number
  severity: Severity
  /** Stable machine code, e.g. `sigma/unknown-modifier`. */
  code: string
  message: string
}

/**
 * Comparison operators.
 * - `eq`: exact match of `value` (a literal, no wildcard syntax).
 * - `wildcard`: `value` is a pattern (see `wildcard.ts`): `*` any run, `?` one character,
 *   `\*` `\?` `\\` escapes, any other backslash literal. contains/startswith/endswith are
 *   `*x*` / `x*` / `*x`.
 * - `regex`: `value` is a regular expression; `flags` holds `i`/`m`/`s`.
 * - `cidr`: `value` is a CIDR range.
 * - `gt`/`gte`/`lt`/`lte`: numeric comparison with `value`.
 * - `exists`: the field is present (`value` null).
 * - `null`: the field is absent or null (`value` null).
 * - `fieldref`: the field equals the field named by `value`.
 * - `keyword`: a field-less full-text match; `value` is a wildcard pattern.
 */
export type Op =
  | 'eq'
  | 'wildcard'
  | 'regex'
  | 'cidr'
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'exists'
  | 'null'
  | 'fieldref'
  | 'keyword'

export interface Predicate {
  kind: 'pred'
  /** Canonical field name, or null for a keyword (any-field) match. */
  field: string | null
  /** The field as written in the rule. */
  sourceField: string | null
  op: Op
  value: string | null
  caseSensitive: boolean
  /** Position of the value in the file. */
  pos: SourcePos
  /** Regex flags (`i`, `m`, `s`) for `regex`. */
  flags?: string
  /**
   * The field is computed by the query itself (an SPL `eval`/`stats` output, an ES|QL
   * `EVAL`): the predicate is kept in the tree but is neither an indicator nor an exclusion.
   */
  derived?: boolean
  /**
   * Value transformations the author asked for and that a backend expands
   * (`windash`, `base64`, `base64offset`, `wide`, `utf16le`, `utf16be`, `utf16`, `expand`).
   * The predicate still stands for the one value the author wrote.
   */
  transforms?: string[]
  /**
   * The predicate tests one element of an array of objects, not the event itself: set to
   * the array field (as written) by EQL's `_arraysearch(array, $e, $e.sub == "x")`, whose
   * `$e.sub` is read as the field `array.sub`. The predicates of one search sit together
   * under its subtree (true when one element matches them all).
   */
  array?: string
}

export interface AndExpr {
  kind: 'and'
  children: Expr[]
}

export interface OrExpr {
  kind: 'or'
  children: Expr[]
}

export interface NotExpr {
  kind: 'not'
  child: Expr
}

/** A piece the parser keeps but cannot interpret; never silently dropped. */
export interface OpaqueExpr {
  kind: 'opaque'
  text: string
  reason: string
  pos: SourcePos
}

export type Expr = AndExpr | OrExpr | NotExpr | Predicate | OpaqueExpr

export interface Logsource {
  product?: string
  category?: string
  service?: string
  definition?: string
  /** Index patterns (Elastic), indexes or sourcetypes (Splunk). */
  index?: string[]
  /** Splunk CIM data model and dataset, e.g. `Endpoint.Processes`. */
  dataModel?: string
  /** Event codes the rule reads, e.g. `4688`, `sysmon:1`. */
  eventCodes?: string[]
}

/** One boolean tree of a rule; sequences (EQL) have one per step. */
export interface Query {
  /** Empty for a single-query rule; `step 1`, `step 2`, ... for sequences. */
  label: string
  expr: Expr
}

/** A JSON value: vendor metadata kept on a rule. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

export interface Rule {
  vendor: Vendor
  path: string
  /** Line where the rule starts (1 for a single-rule file). */
  line: number
  id: string | null
  title: string
  /** Normalised ATT&CK technique IDs, uppercase (`T1059.001`), sorted and unique. */
  techniques: string[]
  tags: string[]
  logsource: Logsource
  /** The detection logic; empty for rules without a query (e.g. machine learning). */
  queries: Query[]
  /**
   * Where the rule's logic is stated (Sigma: the condition value; a query's first line):
   * findings about the rule as a whole, such as a missing exclusion, are annotated here.
   */
  logicPos: SourcePos
  level: string | null
  status: string | null
  diagnostics: Diagnostic[]
  /**
   * Vendor settings that are not predicates but matter to a reader of the rule: rule type
   * and query language, aggregation gates (threshold, new_terms, stats), exception-list
   * references, pipeline stages kept but not interpreted, macros expanded.
   */
  properties?: Record<string, JsonValue>
}

/** What a reader may use beyond the file's text. */
export interface ReadContext {
  /** Absolute path of the file on disk, for readers that look beside it (Splunk macros). */
  file?: string
  /** Extra folders of Splunk macro definitions (`macros/*.yml`). */
  splunkMacros?: string[]
  /** Extra folders of Splunk data source definitions (`data_sources/*.yml`). */
  splunkDataSources?: string[]
}

export interface ParseResult {
  rules: Rule[]
  diagnostics: Diagnostic[]
}

/** A vendor reader: one folder under `formats/`. */
export interface RuleFormat {
  vendor: Vendor
  /** Cheap test on path and content: is this file one of ours? */
  detect(path: string, text: string): boolean
  parse(path: string, text: string, context?: ReadContext): ParseResult
}

// ---------------------------------------------------------------------------------------
// Derived views: indicators and exclusions are computed, never stored twice.

export function and(children: Expr[]): Expr {
  return children.length === 1 ? children[0] : { kind: 'and', children }
}

export function or(children: Expr[]): Expr {
  return children.length === 1 ? children[0] : { kind: 'or', children }
}

/** All predicates under `expr`, in source order. */
export function predicates(expr: Expr, out: Predicate[] = []): Predicate[] {
  switch (expr.kind) {
    case 'pred':
      out.push(expr)
      break
    case 'and':
    case 'or':
      for (const c of expr.children) predicates(c, out)
      break
    case 'not':
      predicates(expr.child, out)
      break
    case 'opaque':
      break
  }
  return out
}

/**
 * Splits a tree into its positive part and its exclusions: the `not` children of the
 * top-level `and` (or a bare top-level `not`). The positive part is null when nothing is
 * left.
 */
export function splitExclusions(expr: Expr): { positive: Expr | null; exclusions: Expr[] } {
  const conjuncts = expr.kind === 'and' ? expr.children : [expr]
  const positive: Expr[] = []
  const exclusions: Expr[] = []
  for (const c of conjuncts) {
    if (c.kind === 'not') exclusions.push(c.child)
    else positive.push(c)
  }
  return { positive: positive.length === 0 ? null : and(positive), exclusions }
}

export interface LabelledPredicate {
  pred: Predicate
  /** The query label (`step 1`, ...) or empty. */
  label: string
}

/** The predicates under `expr` that compare the events' own fields (not derived ones). */
export function keyPredicates(expr: Expr): Predicate[] {
  return predicates(expr).filter(p => p.derived !== true)
}

/** Indicators: every predicate outside the top-level `not` clauses (derived fields aside). */
export function indicators(rule: Rule): LabelledPredicate[] {
  const out: LabelledPredicate[] = []
  for (const q of rule.queries) {
    const { positive } = splitExclusions(q.expr)
    if (positive) for (const pred of keyPredicates(positive)) out.push({ pred, label: q.label })
  }
  return out
}

/** Exclusions: the predicates inside top-level `not` clauses (derived fields aside). */
export function exclusions(rule: Rule): LabelledPredicate[] {
  const out: LabelledPredicate[] = []
  for (const q of rule.queries) {
    for (const ex of splitExclusions(q.expr).exclusions)
      for (const pred of keyPredicates(ex)) out.push({ pred, label: q.label })
  }
  return out
}
