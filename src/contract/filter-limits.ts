import type { FilterValue } from './filters';

/**
 * The rule form's limits. PostHog sets none (filters are a JSONField), so neither does the local server's API, and a
 * rule read from PostHog may exceed them. Property names follow PostHog's PropertyDefinition
 * (`name` is 400 characters at most). A value longer than 1,000 characters is a pasted stack trace, not something
 * to match on; `contains` on a part of it does the same job. 100 values keep a rule readable in the list.
 */
export const filterLimits = { keyLength: 400, valueLength: 1_000, valuesPerFilter: 100 } as const;

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function filterKeyProblem(key: string): string | null {
  if (key.length <= filterLimits.keyLength) return null;
  return `Property names can be at most ${grouped(filterLimits.keyLength)} characters; this one has ${grouped(key.length)}.`;
}

export function filterValueProblem(value: FilterValue | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) {
    const length = String(value).length;
    if (length <= filterLimits.valueLength) return null;
    return `A value can be at most ${grouped(filterLimits.valueLength)} characters; this one has ${grouped(length)}.`;
  }
  if (value.length > filterLimits.valuesPerFilter) {
    return `A filter can hold at most ${grouped(filterLimits.valuesPerFilter)} values; this one has ${grouped(value.length)}.`;
  }
  const long = value.findIndex((item) => String(item).length > filterLimits.valueLength);
  if (long === -1) return null;
  return `Each value can be at most ${grouped(filterLimits.valueLength)} characters; value ${long + 1} has ${grouped(String(value[long]).length)}.`;
}
