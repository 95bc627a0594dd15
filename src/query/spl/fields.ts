/**
 * Which fields a stage's predicates test: the events' own (indicators and exclusions), or
 * fields the query computed itself (derived: kept in the tree, never catalogued).
 *
 * - Before any transforming command every field is the events' own, except those an
 *   earlier `eval`, `rex`, `lookup ... OUTPUT`, `iplocation`, `eventstats`... wrote.
 *   A `lookup` without OUTPUT writes columns nobody can name: a field first named after it
 *   is computed.
 * - A transforming command (`stats`, `tstats`, `chart`, `timechart`, `top`, ...) keeps only
 *   its `by` fields; its aggregations (`count`, `dc(x)`, `... as name`) are computed. After
 *   it, a field that is neither a kept event field nor known is computed too (an
 *   `apply`/`fit` model's output, say).
 * - `rename a as b` carries `a`'s kind over to `b`; `b` then names `a`'s field.
 * - Under a data model (`tstats ... from datamodel=Endpoint.Processes`), dataset prefixes
 *   are stripped: `Processes.process_name` is the CIM field `process_name`.
 */

export interface ResolvedField {
  /** The CIM (or written) name of the event field it stands for. */
  field: string
  derived: boolean
}

export class FieldScope {
  private prefixes: ReadonlySet<string> | null = null
  private readonly derived = new Set<string>()
  private readonly aliases = new Map<string, string>()
  /** Event fields still there after a transforming command; null before any. */
  private known: Set<string> | null = null
  /** Event fields referenced so far. */
  private readonly seen = new Set<string>()

  /** Dataset names whose `Name.` prefix is stripped from field names. */
  setPrefixes(prefixes: Iterable<string>): void {
    this.prefixes = new Set(prefixes)
  }

  /** The name without dataset prefixes (`Processes.process_name` → `process_name`). */
  cim(name: string): string {
    const prefixes = this.prefixes
    if (prefixes === null) return name
    let n = name
    for (;;) {
      const dot = n.indexOf('.')
      if (dot <= 0 || dot === n.length - 1 || !prefixes.has(n.slice(0, dot))) break
      n = n.slice(dot + 1)
    }
    return n
  }

  isDerived(name: string): boolean {
    const c = this.cim(name)
    if (this.derived.has(name) || this.derived.has(c)) return true
    const known = this.known
    return known !== null && !known.has(name) && !known.has(c)
  }

  resolve(name: string): ResolvedField {
    const c = this.cim(name)
    const derived = this.isDerived(name)
    if (!derived) this.seen.add(c)
    return { field: this.aliases.get(c) ?? c, derived }
  }

  /** Fields referenced as the events' own (a `table`, a `by` list). */
  see(names: Iterable<string>): void {
    for (const n of names) if (!this.isDerived(n)) this.seen.add(this.cim(n))
  }

  /** Fields the query computes from here on. */
  computed(names: Iterable<string>): void {
    for (const n of names) {
      const c = this.cim(n)
      this.derived.add(c)
      this.aliases.delete(c)
    }
  }

  /** A transforming command: only `keep` (and what is computed later) is left. */
  close(keep: Iterable<string>): void {
    const known = new Set<string>()
    for (const k of keep) if (!this.isDerived(k)) known.add(this.cim(k))
    this.known = known
  }

  /** A command with outputs nobody can name (a model's): the fields seen so far are kept. */
  closeUnknown(): void {
    if (this.known === null) this.known = new Set(this.seen)
  }

  /** Every field is computed from here on (a lookup table or REST endpoint as the source). */
  noEvents(): void {
    this.known = new Set()
  }

  /** `rename from as to`; `*` in both renames by pattern (`Processes.* as *`). */
  rename(from: string, to: string): void {
    const star = from.indexOf('*')
    if (star !== -1 && from.indexOf('*', star + 1) === -1 && to.split('*').length === 2) {
      const [pre, post] = [from.slice(0, star), from.slice(star + 1)]
      const [tPre, tPost] = to.split('*')
      const map = (n: string): string | null =>
        n.length >= pre.length + post.length && n.startsWith(pre) && n.endsWith(post)
          ? tPre + n.slice(pre.length, n.length - post.length) + tPost
          : null
      for (const d of [...this.derived]) {
        const m = map(d)
        if (m !== null) this.derived.add(m)
      }
      if (this.known)
        for (const k of [...this.known]) {
          const m = map(k)
          if (m !== null) this.known.add(m)
        }
      return
    }
    const c = this.cim(to)
    if (this.isDerived(from)) {
      this.derived.add(c)
      this.aliases.delete(c)
      return
    }
    const target = this.resolve(from).field
    this.derived.delete(c)
    if (target !== c) this.aliases.set(c, target)
    else this.aliases.delete(c)
    this.known?.add(c)
  }
}
