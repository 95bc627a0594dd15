/** Operand expressions of an EQL comparison, as the parser reads them (offsets into the query). */

interface Span {
  start: number
  end: number
}

export interface FieldValue extends Span {
  k: 'field'
  /** The field name without `?` and backticks. */
  name: string
}

export interface StringValue extends Span {
  k: 'string'
  value: string
}

export interface NumberValue extends Span {
  k: 'number'
  /** As written, with a leading `-` if negated. */
  text: string
}

export interface BoolValue extends Span {
  k: 'bool'
  value: 'true' | 'false'
}

export interface NullValue extends Span {
  k: 'null'
}

export interface CallValue extends Span {
  k: 'call'
  /** The function name as written, without `~`. */
  name: string
  /** Written `name~(...)`: the case-insensitive form. */
  insensitive: boolean
  args: Value[]
}

/** Arithmetic, a parenthesised operand, a negated field...: kept as text only. */
export interface ComputedValue extends Span {
  k: 'computed'
  /** Function calls inside, for the opaque node's reason. */
  calls: CallValue[]
}

export type Value = FieldValue | StringValue | NumberValue | BoolValue | NullValue | CallValue | ComputedValue

/** A literal operand (`"a"`, `1`, `true`, `null`). */
export type LiteralValue = StringValue | NumberValue | BoolValue | NullValue

export function isLiteral(v: Value): v is LiteralValue {
  return v.k === 'string' || v.k === 'number' || v.k === 'bool' || v.k === 'null'
}
