/**
 * The canonical form of an external reference's `external_context`: JSON with object keys sorted at every depth,
 * so `{number: 7, repository: "web"}` and `{repository: "web", number: 7}` name the same ticket
 * (the UNIQUE (integration_id, context_key) constraint then links a ticket once).
 */
export function contextKey(context: unknown): string {
  return JSON.stringify(sortKeys(context));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, child]) => child !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, child]) => [key, sortKeys(child)]));
}
