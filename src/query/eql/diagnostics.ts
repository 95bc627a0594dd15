/** Diagnostic codes of the EQL parser (documented in `index.ts`). */
export type EqlCode =
  | 'eql/syntax'
  | 'eql/unterminated-string'
  | 'eql/unterminated-comment'
  | 'eql/invalid-escape'
  | 'eql/unexpected-character'
  | 'eql/empty-query'
  | 'eql/unknown-function'
  | 'eql/unknown-variable'
  | 'eql/unsupported'
  | 'eql/too-deep'
  | 'eql/internal-error'
