/** "Did you mean …?" for a mistyped flag, command, check id or config key. */
import { distance } from 'fastest-levenshtein'

/**
 * The known name closest to `typed` (case-insensitively), when it is close enough to be a
 * typo: at most a third of its length in edits, rounded up (at most three). Ties go to the
 * name listed first, so the answer does not depend on anything but the list.
 */
export function closest(typed: string, known: readonly string[]): string | null {
  const t = typed.toLowerCase()
  const limit = Math.min(3, Math.max(1, Math.ceil(t.length / 3)))
  let best: string | null = null
  let bestDistance = Infinity
  for (const name of known) {
    const d = distance(t, name.toLowerCase())
    if (d < bestDistance) {
      best = name
      bestDistance = d
    }
  }
  return bestDistance <= limit ? best : null
}

/** ` (did you mean "x"?)` for the closest known name, or the empty string. */
export function didYouMean(typed: string, known: readonly string[], quote = true): string {
  const best = closest(typed, known)
  if (best === null) return ''
  return ` (did you mean ${quote ? JSON.stringify(best) : best}?)`
}
