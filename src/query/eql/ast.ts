/** Operand expressions of an EQL comparison, as the parser reads them (offsets into the query). */
import type { Expr } from '../../ir.js'

interface Span {
  start: number
  end: number
}

export interface FieldValue extends Span {
  k: 'field'
  /** The field name without `?` and backticks; a `$` variable's field resolved (`array.sub`). */
  name: string
  /** Set for a `$` variable's field: the array field `_arraysearch` searches. */
  array?: string
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

/** `_arraysearch(array, $var, condition)` (endpoint dialect): true when one element matches. */
export interface SearchValue extends Span {
  k: 'search'
  /** The condition, its `$var.sub` fields read as `array.sub`. */
  expr: Expr
}

export type Value =
  FieldValue | StringValue | NumberValue | BoolValue | NullValue | CallValue | ComputedValue | SearchValue

/** A literal operand (`"a"`, `1`, `true`, `null`). */
export type LiteralValue = StringValue | NumberValue | BoolValue | NullValue

export function isLiteral(v: Value): v is LiteralValue {
  return v.k === 'string' || v.k === 'number' || v.k === 'bool' || v.k === 'null'
}
