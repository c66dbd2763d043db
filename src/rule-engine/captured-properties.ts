/** What cymbal adds to an event; a stored event carries them, the event an SDK sent did not. */
export const ingestionProperties = [
  '$exception_fingerprint',
  '$exception_proposed_fingerprint',
  '$exception_fingerprint_record',
  '$exception_issue_id',
  '$issue_name',
  '$issue_description',
] as const;

const sentByClient = (record: unknown) =>
  Array.isArray(record) &&
  record.some((part) => part !== null && typeof part === 'object' && !Array.isArray(part) && part.type === 'manual');

/**
 * A stored event's properties as its SDK sent them, to run the rules on again. A stored `$exception_fingerprint` is
 * cymbal's answer, not the client's, unless the fingerprint record says the client sent it (`{"type": "manual"}`);
 * kept, it would read as a manual fingerprint and win over every grouping rule.
 */
export function capturedProperties<V>(stored: Record<string, V>): Record<string, V> {
  const manual = sentByClient(stored.$exception_fingerprint_record);
  const properties = { ...stored };
  for (const key of ingestionProperties) {
    if (key === '$exception_fingerprint' && manual) continue;
    delete properties[key];
  }
  return properties;
}
