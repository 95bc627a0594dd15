/**
 * Vendor field names → canonical field names. The canonical vocabulary follows ECS where
 * one exists; until the cross-vendor tables land, a field keeps its own name, so rules of
 * one vendor already meet in one row.
 */
import type { Logsource, Vendor } from '../ir.js'

export function canonicalField(_vendor: Vendor, _logsource: Logsource, sourceField: string): string {
  return sourceField
}

/**
 * Fields that say which events a rule reads rather than what in them is suspicious: the
 * operating system, the event's category, type, code or dataset, the log's channel or
 * sourcetype. Nearly every rule of a kind checks them, so they are scope, not indicators,
 * for the noisy-indicator check (unless a path has nothing else).
 */
const SCOPE_FIELDS = new Set(
  [
    'host.os.type',
    'host.os.family',
    'host.os.platform',
    'os.type',
    'event.category',
    'event.type',
    'event.kind',
    'event.module',
    'event.dataset',
    'event.provider',
    'event.code',
    'data_stream.dataset',
    'winlog.channel',
    'winlog.provider_name',
    'EventID',
    'EventCode',
    'Channel',
    'Provider_Name',
    'index',
    'source',
    'sourcetype',
    'eventtype'
  ].map(f => f.toLowerCase())
)

export function isScopeField(field: string | null): boolean {
  return field !== null && SCOPE_FIELDS.has(field.toLowerCase())
}
