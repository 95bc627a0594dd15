/**
 * The token cursor shared by the recursive-descent query parsers: look ahead, consume
 * (never past the final `eof` token), and a nesting guard so that hostile input cannot
 * overflow the stack.
 */
import type { Diagnostic } from '../ir.js'
import { queryDiagnostic, type QuerySource } from './source.js'

/** Thrown when nesting passes the limit; the parser reports it and stops. */
export class TooDeep {
  constructor(readonly start: number) {}
}

export abstract class TokenCursor<T extends { start: number }> {
  protected i = 0
  protected depth = 0

  protected constructor(
    protected readonly tokens: T[],
    protected readonly maxDepth: number,
    protected readonly source: QuerySource,
    protected readonly diagnostics: Diagnostic[]
  ) {}

  protected peek(k = 0): T {
    return this.tokens[Math.min(this.i + k, this.tokens.length - 1)]
  }

  protected next(): T {
    const t = this.peek()
    if (this.i < this.tokens.length - 1) this.i++
    return t
  }

  protected enter(t: T): void {
    if (++this.depth > this.maxDepth) throw new TooDeep(t.start)
  }

  protected leave(): void {
    this.depth--
  }

  protected error(offset: number, code: string, message: string): void {
    this.diagnostics.push(queryDiagnostic(this.source, offset, 'error', code, message))
  }
}
