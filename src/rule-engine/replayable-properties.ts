import { isRecord } from './json-guard';

/** What ingestion writes into an event's properties; the client sends none of them but its own fingerprint. */
const ingestionOutputs: ReadonlySet<string> = new Set([
  '$exception_fingerprint',
  '$exception_proposed_fingerprint',
  '$exception_fingerprint_record',
  '$exception_issue_id',
]);

/** cymbal records a client-sent fingerprint as `[{"type": "manual"}]`. */
function hasManualFingerprint(properties: Record<string, unknown>): boolean {
  const record = Object.hasOwn(properties, '$exception_fingerprint_record')
    ? properties.$exception_fingerprint_record
    : undefined;
  const first: unknown = Array.isArray(record) ? record[0] : undefined;
  return isRecord(first) && first.type === 'manual';
}

/**
 * A stored event's properties as the rules would meet them again at ingestion: without what ingestion added (its
 * fingerprint, the record, the issue id), except a fingerprint the client sent itself. The `$exception_*` arrays
 * stay: they are what cymbal computed and the engine prefers them (spec 9.5).
 */
export function replayableProperties<V>(properties: Record<string, V>): Record<string, V> {
  const manual = hasManualFingerprint(properties);
  return Object.fromEntries(
    Object.entries(properties).filter(
      ([key]) => !ingestionOutputs.has(key) || (manual && key === '$exception_fingerprint'),
    ),
  );
}
