import type { z } from 'zod';
import { isFilterGroup, type FilterValue } from './filters';
import { storedFilterGroupSchema, type StoredFilterGroup, type StoredFilterNode } from './stored-filters';

/**
 * PostHog sets none of these (filters are a JSONField), so a rule read from it may exceed them; only what is written
 * through this dashboard or the local server is held to them. Property names follow PostHog's PropertyDefinition
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

function checkNode(node: StoredFilterNode, path: readonly (string | number)[], ctx: z.RefinementCtx) {
  if (isFilterGroup(node)) {
    node.values.forEach((child, index) => checkNode(child, [...path, 'values', index], ctx));
    return;
  }
  // A HogQL leaf's key is an expression, not a property name.
  const keyProblem = typeof node.key === 'string' && node.type !== 'hogql' ? filterKeyProblem(node.key) : null;
  if (keyProblem) ctx.addIssue({ code: 'custom', path: [...path, 'key'], message: keyProblem });
  const valueProblem = filterValueProblem(node.value);
  if (valueProblem) ctx.addIssue({ code: 'custom', path: [...path, 'value'], message: valueProblem });
}

/** Stored filters as a write must send them: within `filterLimits` at every depth. */
export const filtersInputSchema: z.ZodType<StoredFilterGroup> = storedFilterGroupSchema.superRefine((group, ctx) =>
  checkNode(group, [], ctx),
);
