/**
 * Vendor field names → canonical field names. The canonical vocabulary follows ECS where
 * one exists; until the cross-vendor tables land, a field keeps its own name, so rules of
 * one vendor already meet in one row.
 */
import type { Logsource, Vendor } from '../ir.js'

export function canonicalField(_vendor: Vendor, _logsource: Logsource, sourceField: string): string {
  return sourceField
}
