/**
 * At most `MAX_PER_CODE` diagnostics of one code per file (per rule, for the diagnostics of
 * each rule of a file that holds several): past that, one summary diagnostic with the
 * count of the rest, at the first one left out. A generated or broken file can otherwise
 * produce tens of thousands of the same line.
 */
import type { Diagnostic, ParseResult } from './ir.js'

export const MAX_PER_CODE = 50

/** `diagnostics` with each code's past the first `MAX_PER_CODE` folded into one. */
export function capDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, number>()
  let over = false
  for (const d of diagnostics) {
    const n = (seen.get(d.code) ?? 0) + 1
    seen.set(d.code, n)
    if (n > MAX_PER_CODE) over = true
  }
  if (!over) return diagnostics as Diagnostic[]
  const kept: Diagnostic[] = []
  const count = new Map<string, number>()
  for (const d of diagnostics) {
    const n = (count.get(d.code) ?? 0) + 1
    count.set(d.code, n)
    if (n <= MAX_PER_CODE) kept.push(d)
    else if (n === MAX_PER_CODE + 1) {
      const rest = (seen.get(d.code) ?? 0) - MAX_PER_CODE
      kept.push({
        ...d,
        message: `${rest} more \`${d.code}\` diagnostic${rest === 1 ? '' : 's'} from here on ${rest === 1 ? 'is' : 'are'} not listed (at most ${MAX_PER_CODE} of one code per file); the first of them: ${d.message}`
      })
    }
  }
  return kept
}

/** The result with its own and each rule's diagnostics capped (rules changed in place). */
export function capResult(result: ParseResult): ParseResult {
  for (const rule of result.rules) rule.diagnostics = capDiagnostics(rule.diagnostics)
  return { ...result, diagnostics: capDiagnostics(result.diagnostics) }
}
