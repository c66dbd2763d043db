import type { z } from 'zod';
import { filterGroupSchema, isFilterGroup, type FilterGroup, type PropertyFilter } from '../../../contract/filters';
import { isBlank, isNumeric, listOf, pairOf, singleOf } from './filter-values';
import { numericOperators, regexOperators, takesNumbers, valueKindOf } from './operators';
import type { FilterErrors } from './filter-errors';

function regexProblem(source: string): string | undefined {
  try {
    new RegExp(source);
    return undefined;
  } catch (error) {
    // V8 repeats the pattern ("Invalid regular expression: /([a-/: …"); the reason after it is what helps.
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: \/.*\/\w*: /, '') : '';
    return `Not a valid regular expression: ${reason || String(error)}`;
  }
}

/** What is wrong with one row's value, in words, or undefined when it is fine. */
function valueProblem(filter: PropertyFilter): string | undefined {
  const { operator, value } = filter;
  switch (valueKindOf(operator)) {
    case 'none':
      return undefined;
    case 'list':
      return listOf(value).length === 0 ? 'Add at least one value.' : undefined;
    case 'pair': {
      const bounds = pairOf(value);
      if (bounds.some(isBlank)) return 'Enter both a minimum and a maximum.';
      return bounds.every(isNumeric) ? undefined : 'Both bounds must be numbers.';
    }
    case 'single': {
      const single = singleOf(value);
      if (isBlank(single)) return 'Enter a value.';
      if (numericOperators.has(operator) && !isNumeric(single)) return 'Enter a number.';
      if (regexOperators.has(operator)) return regexProblem(String(single));
      return undefined;
    }
  }
}

/** Inputs hold text; PostHog compares these operators as numbers, so numbers are sent. */
function withNumbers(filter: PropertyFilter): PropertyFilter {
  if (!takesNumbers(filter.operator) || filter.value === undefined) return filter;
  const toNumber = (item: string | number | boolean) => (isNumeric(item) ? Number(item) : item);
  return { ...filter, value: Array.isArray(filter.value) ? filter.value.map(toNumber) : toNumber(filter.value) };
}

const checkedGroupSchema = filterGroupSchema
  .superRefine((group, ctx) => {
    group.values.forEach((node, index) => {
      if (isFilterGroup(node)) return;
      if (node.key.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['values', index, 'key'], message: 'A property is required.' });
      }
      const problem = valueProblem(node);
      if (problem) ctx.addIssue({ code: 'custom', path: ['values', index, 'value'], message: problem });
    });
  })
  .transform((group): FilterGroup => ({
    ...group,
    values: group.values.map((node) => (isFilterGroup(node) ? node : withNumbers(node))),
  }));

/**
 * The contract's group plus what the builder needs before submit, checked on top-level rows only
 * (nested groups from the API are kept as they are). Issue paths are relative to the group, e.g. `values.2.value`.
 * Typed with a FilterGroup input (the contract's lazy schema says `unknown`) so react-hook-form values are typed.
 */
export const filterGroupFormSchema = checkedGroupSchema as z.ZodType<FilterGroup, FilterGroup>;

export function errorsFromIssues(issues: readonly z.core.$ZodIssue[]): FilterErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

/** Validate a group outside a form: the errors the builder shows, keyed by path. */
export function validateFilterGroup(group: FilterGroup): FilterErrors {
  const result = filterGroupFormSchema.safeParse(group);
  return result.success ? {} : errorsFromIssues(result.error.issues);
}
