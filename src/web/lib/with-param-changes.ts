export type ParamChanges = Record<string, string | number | null | undefined>;

/** `current` with each change set, or removed when its value is empty. */
export function withParamChanges(current: URLSearchParams, changes: ParamChanges): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}
