/**
 * Search macros, expanded as Splunk expands them: textually, before the search is parsed.
 *
 * A call is `` `name` `` or `` `name(arg1, arg2)` ``; the definition for `name` with that
 * many arguments has its `$arg$` placeholders replaced by the arguments' text (quotes
 * included, as Splunk does) and is itself expanded, recursively. Backticks inside a
 * double-quoted string are text, and ```` ``` ... ``` ```` is a comment (dropped).
 *
 * Every character of the expansion keeps an origin: its offset in the original search for
 * text written there, and the offset of the outermost backtick call for text that comes
 * from a definition, so whatever a macro adds is reported on the line of its call.
 *
 * Guards: a macro that (directly or not) calls itself is left unexpanded with a
 * diagnostic; so are calls nested deeper than `MAX_DEPTH`. Expansion stops once macros have
 * added `MAX_EXPANDED` characters or made `MAX_CALLS` expansions (macros that expand to
 * many calls of macros that expand to nothing would otherwise take exponential time): the
 * rest of the search is still read, its macro calls kept unexpanded. The limit is on what
 * macros add, never on the search's own text, however long.
 */

/** A macro definition: the body and its argument names (empty for none). */
export interface MacroDefinition {
  name: string
  args: readonly string[]
  definition: string
}

/**
 * Finds the definition of `name` taking `arity` arguments. `builtin: true` marks the ones
 * the lookup supplies itself (the CIM app's, the generated `_filter` hooks).
 */
export type MacroLookup = (
  name: string,
  arity: number
) => (MacroDefinition & { builtin?: boolean }) | undefined

export interface MacroExpansion {
  name: string
  /** Arguments as written. */
  args: string[]
  /** The outermost call in the original search (offsets into it, end-exclusive). */
  callStart: number
  callEnd: number
  /** Where the expansion lies in the expanded text (end-exclusive). */
  start: number
  end: number
  /** Nesting: 0 for a call written in the search. */
  depth: number
  builtin: boolean
}

export type MacroProblemKind = 'undefined' | 'cycle' | 'depth' | 'size' | 'unterminated' | 'comment'

export interface MacroProblem {
  kind: MacroProblemKind
  /** The macro's name (empty for an unterminated call or comment). */
  name: string
  arity: number
  /** Offset in the original search of the (outermost) call. */
  offset: number
  message: string
}

export interface ExpandedSearch {
  text: string
  /** `origin[i]`: offset in the original search of expanded character `i` (length + 1). */
  origin: Int32Array
  expansions: MacroExpansion[]
  problems: MacroProblem[]
}

export const MAX_DEPTH = 32
export const MAX_EXPANDED = 1_000_000
export const MAX_CALLS = 100_000

interface Out {
  chunks: string[]
  /**
   * Per chunk: the origin of its first character. The others follow it (`sequential`: text
   * of the search itself) or share it (text from a definition).
   */
  origins: number[]
  sequential: boolean[]
  length: number
  /** Characters added by expansions (text from definitions): what `MAX_EXPANDED` bounds. */
  added: number
  expansions: MacroExpansion[]
  problems: MacroProblem[]
  lookup: MacroLookup
  /** Expansion stopped: too long, or too many calls. */
  full: boolean
  calls: number
}

/** Expands every macro call of `search`. Never throws. */
export function expandMacros(search: string, lookup: MacroLookup): ExpandedSearch {
  const out: Out = {
    chunks: [],
    origins: [],
    sequential: [],
    length: 0,
    added: 0,
    expansions: [],
    problems: [],
    lookup,
    full: false,
    calls: 0
  }
  expandText(search, null, out, [], 0)
  const text = out.chunks.join('')
  const origin = new Int32Array(text.length + 1)
  let k = 0
  for (let c = 0; c < out.chunks.length; c++) {
    const o = out.origins[c]
    const n = out.chunks[c].length
    if (out.sequential[c]) for (let j = 0; j < n; j++) origin[k + j] = o + j
    else origin.fill(o, k, k + n)
    k += n
  }
  origin[text.length] = search.length
  return { text, origin, expansions: out.expansions, problems: out.problems }
}

/**
 * Appends a chunk whose characters all come from `origin` (text from a definition), or
 * (`sequential`) text of the search itself, which is always kept.
 */
function emit(out: Out, chunk: string, origin: number, sequential = false): void {
  if (chunk.length === 0) return
  if (!sequential) {
    if (out.full || out.added + chunk.length > MAX_EXPANDED) {
      out.full = true
      return
    }
    out.added += chunk.length
  }
  out.chunks.push(chunk)
  out.origins.push(origin)
  out.sequential.push(sequential)
  out.length += chunk.length
}

/**
 * Appends `text[from, to)`: written in the search itself (`at` null), each character is its
 * own origin; else all come from the call at `at`.
 */
function emitSpan(out: Out, text: string, from: number, to: number, at: number | null): void {
  if (at === null) emit(out, text.slice(from, to), from, true)
  else emit(out, text.slice(from, to), at)
}

/**
 * Expands `text` into `out`. `at` is null for the search itself, else the offset of the
 * outermost call that brought `text` in. `stack` holds the `name/arity` keys being expanded.
 */
function expandText(text: string, at: number | null, out: Out, stack: string[], depth: number): void {
  let plain = 0 // start of text not yet emitted
  let i = 0
  const n = text.length
  const offset = (k: number): number => (at === null ? k : at)
  // Past the limits a definition's text stops; the search's own text is read to its end.
  while (i < n && !(out.full && at !== null)) {
    // Only quotes, backslashes and backticks matter: the text between them is passed over
    // by the regex engine, not a character at a time.
    MARKUP.lastIndex = i
    if (!MARKUP.test(text)) break
    i = MARKUP.lastIndex - 1
    const c = text.charCodeAt(i)
    if (c === 34 /* " */) {
      i = skipString(text, i)
      continue
    }
    if (c === 92 /* \ */) {
      i += 2
      continue
    }
    emitSpan(out, text, plain, i, at)
    if (text.startsWith('```', i)) {
      const close = text.indexOf('```', i + 3)
      if (close === -1) {
        out.problems.push({
          kind: 'comment',
          name: '',
          arity: 0,
          offset: offset(i),
          message: 'a ``` comment is not closed; the rest of the search is read as the comment'
        })
        i = n
      } else i = close + 3
      emit(out, ' ', offset(i - 1))
      plain = i
      continue
    }
    const close = text.indexOf('`', i + 1)
    if (close === -1) {
      out.problems.push({
        kind: 'unterminated',
        name: '',
        arity: 0,
        offset: offset(i),
        message: 'a macro call (`) is not closed'
      })
      emitSpan(out, text, i, n, at)
      plain = n
      i = n
      break
    }
    expandCall(text, i, close + 1, at, out, stack, depth)
    i = close + 1
    plain = i
  }
  if (plain < n) emitSpan(out, text, plain, n, at)
  if (out.full && depth === 0 && !out.problems.some(p => p.kind === 'size'))
    out.problems.push({
      kind: 'size',
      name: '',
      arity: 0,
      offset: 0,
      message:
        out.calls > MAX_CALLS
          ? `the search's macros expand into more than ${MAX_CALLS} macro calls; later calls are kept unexpanded`
          : `the search's macros add more than ${MAX_EXPANDED} characters; later calls are kept unexpanded`
    })
}

/** The characters `expandText` acts on: `"`, `\\` and a backtick. */
const MARKUP = /["\\`]/g

function skipString(text: string, i: number): number {
  let j = i + 1
  while (j < text.length) {
    const c = text.charCodeAt(j)
    if (c === 92) j += 2
    else if (c === 34) return j + 1
    else j++
  }
  return text.length
}

/** One call `text[start, end)` (backticks included). */
function expandCall(
  text: string,
  start: number,
  end: number,
  at: number | null,
  out: Out,
  stack: string[],
  depth: number
): void {
  const callOffset = at === null ? start : at
  const call = parseCall(text.slice(start + 1, end - 1))
  const keepCall = (): void => emitSpan(out, text, start, end, at)
  if (call === null) {
    keepCall() // not a macro name: left as it is, the parsers make it opaque
    return
  }
  if (out.full) {
    keepCall()
    return
  }
  const { name, args } = call
  const key = `${name}/${args.length}`
  const def = out.lookup(name, args.length)
  if (def === undefined) {
    out.problems.push({
      kind: 'undefined',
      name,
      arity: args.length,
      offset: callOffset,
      message: `macro \`${name}\`${args.length > 0 ? ` with ${args.length} argument${args.length === 1 ? '' : 's'}` : ''} is not defined; it is kept unexpanded`
    })
    keepCall()
    return
  }
  if (stack.includes(key)) {
    out.problems.push({
      kind: 'cycle',
      name,
      arity: args.length,
      offset: callOffset,
      message: `macro \`${name}\` expands into itself (${[...stack, key].map(k => k.split('/')[0]).join(' → ')}); the inner call is kept unexpanded`
    })
    keepCall()
    return
  }
  if (depth >= MAX_DEPTH) {
    out.problems.push({
      kind: 'depth',
      name,
      arity: args.length,
      offset: callOffset,
      message: `macro calls nest deeper than ${MAX_DEPTH}; \`${name}\` is kept unexpanded`
    })
    keepCall()
    return
  }
  if (++out.calls > MAX_CALLS) {
    out.full = true
    keepCall()
    return
  }
  const body = substitute(def.definition, def.args, args)
  const record: MacroExpansion = {
    name,
    args,
    callStart: at === null ? start : at,
    callEnd: at === null ? end : at,
    start: out.length,
    end: out.length,
    depth,
    builtin: def.builtin === true
  }
  out.expansions.push(record)
  expandText(body, callOffset, out, [...stack, key], depth + 1)
  record.end = out.length
}

/** `name` or `name(args)`; null when the text between the backticks is not a call. */
export function parseCall(inner: string): { name: string; args: string[] } | null {
  const m = /^\s*([A-Za-z0-9_][\w.:-]*)\s*(?:\(([\s\S]*)\))?\s*$/.exec(inner)
  if (!m) return null
  const name = m[1]
  if (m[2] === undefined) return { name, args: [] }
  return { name, args: splitArgs(m[2]) }
}

/** Arguments split at top-level commas (outside quotes and brackets), trimmed. */
export function splitArgs(text: string): string[] {
  if (text.trim() === '') return []
  const args: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') {
      i = skipString(text, i) - 1
    } else if (c === '\\') i++
    else if (c === '(' || c === '[') depth++
    else if (c === ')' || c === ']') depth--
    else if (c === ',' && depth === 0) {
      args.push(text.slice(from, i).trim())
      from = i + 1
    }
  }
  args.push(text.slice(from).trim())
  return args
}

/**
 * Replaces each `$name$` of the definition's arguments with the argument text: a `$`, then
 * one or more characters that are neither `$` nor whitespace, then a `$` (what
 * `/\$([^$\s]+)\$/g` matches, scanning left to right); other text stays.
 */
function substitute(body: string, names: readonly string[], values: readonly string[]): string {
  if (names.length === 0 || body.indexOf('$') === -1) return body
  const byName = new Map(names.map((n, i) => [n, values[i] ?? '']))
  let out = ''
  let done = 0 // end of the text already in `out`
  let open = body.indexOf('$')
  while (open !== -1) {
    const close = body.indexOf('$', open + 1)
    if (close === -1) break
    let name = close > open + 1
    for (let i = open + 1; name && i < close; i++) if (WHITESPACE.test(body[i])) name = false
    if (!name) {
      // No match starts here; the next one can start at the closing `$` (or after a space).
      open = close
      continue
    }
    const value = byName.get(body.slice(open + 1, close))
    if (value !== undefined) {
      out += body.slice(done, open) + value
      done = close + 1
    }
    open = body.indexOf('$', close + 1)
  }
  return done === 0 ? body : out + body.slice(done)
}

/** What `\s` matches. */
const WHITESPACE = /\s/
