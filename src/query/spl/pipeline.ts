/**
 * A search's pipeline: the expanded text cut at each top-level `|` (not inside a quoted
 * string, a `[subsearch]` or an unexpanded `` `macro` ``), each stage with its command.
 */
import { bracketEnd, stringEnd } from './lexer.js'

export interface Stage {
  /** The stage's text in the expanded search, after its `|`, end-exclusive. */
  start: number
  end: number
  /** The command, lowercased: `search` for the implicit first search; '' for none. */
  command: string
  /** The stage's first non-space character (where its command is written). */
  at: number
  /** Where the command's arguments start. */
  args: number
  /** The first stage, written without a command: an implicit `search`. */
  implicit: boolean
}

const COMMAND = /[A-Za-z_][A-Za-z0-9_]*/y

/** What `splitPipeline` acts on: `"`, `[`, a backtick, `\\` and `|`. */
const PIPELINE_MARKUP = /["[`\\|]/g

/** The stages of `text`. A leading `|` starts the first stage with a command. */
export function splitPipeline(text: string): Stage[] {
  const cuts: number[] = [] // offsets of the top-level pipes
  const n = text.length
  let i = 0
  while (i < n) {
    // The characters between these are passed over by the regex engine.
    PIPELINE_MARKUP.lastIndex = i
    if (!PIPELINE_MARKUP.test(text)) break
    i = PIPELINE_MARKUP.lastIndex - 1
    const c = text.charCodeAt(i)
    if (c === 34) i = stringEnd(text, i, n).end
    else if (c === 91) i = bracketEnd(text, i, n).end
    else if (c === 96) {
      const j = text.indexOf('`', i + 1)
      i = j === -1 ? n : j + 1
    } else if (c === 92) i += 2
    else {
      if (c === 124) cuts.push(i)
      i++
    }
  }
  const stages: Stage[] = []
  let from = 0
  const bounds: Array<[number, number]> = []
  for (const cut of cuts) {
    bounds.push([from, cut])
    from = cut + 1
  }
  bounds.push([from, n])
  bounds.forEach(([start, end], k) => {
    const at = firstNonSpace(text, start, end)
    if (k === 0 && at === end && bounds.length > 1) return // a leading `|`
    if (k === 0) {
      // Without a leading pipe the first stage is a search, `search` written or not.
      COMMAND.lastIndex = at
      const m = COMMAND.exec(text)
      const explicit = m !== null && m[0].toLowerCase() === 'search' && isBoundary(text, at + 6, end)
      stages.push({
        start,
        end,
        command: 'search',
        at,
        args: explicit ? at + 6 : at,
        implicit: !explicit
      })
      return
    }
    COMMAND.lastIndex = at
    const m = at < end ? COMMAND.exec(text) : null
    const word = m !== null && m.index === at && isBoundary(text, at + m[0].length, end) ? m[0] : ''
    stages.push({
      start,
      end,
      command: word.toLowerCase(),
      at,
      args: at + word.length,
      implicit: false
    })
  })
  return stages
}

function firstNonSpace(text: string, start: number, end: number): number {
  let i = start
  while (i < end && /\s/.test(text[i])) i++
  return i
}

/** The command word ends at `i`: the stage's end, a space, or a character that starts arguments. */
function isBoundary(text: string, i: number, end: number): boolean {
  if (i >= end) return true
  const c = text[i]
  return /\s/.test(c) || c === '(' || c === '[' || c === '"' || c === '`'
}

/** `text[start, end)` without surrounding whitespace: [first, last + 1). */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let a = start
  let b = end
  while (a < b && /\s/.test(text[a])) a++
  while (b > a && /\s/.test(text[b - 1])) b--
  return [a, b]
}
