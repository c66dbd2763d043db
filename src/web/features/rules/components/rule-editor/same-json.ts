const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The keys JSON would write: a property holding `undefined` is not sent, so it is no difference. */
const writtenKeys = (record: Record<string, unknown>) => Object.keys(record).filter((key) => record[key] !== undefined);

/**
 * True when `a` and `b` are the same JSON value: arrays item by item, objects whatever their key order. PostHog may
 * answer a rule's keys in another order than they were sent; that is not a change.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b || Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = writtenKeys(a);
  return (
    keys.length === writtenKeys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]))
  );
}
