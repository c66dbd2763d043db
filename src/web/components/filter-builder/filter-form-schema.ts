import type { z } from 'zod';
import { isFilterGroup, type PropertyFilter } from '../../../contract/filters';
import {
  storedFilterGroupSchema,
  type StoredFilterGroup,
  type StoredFilterNode,
} from '../../../contract/stored-filters';
import { editableLeaf } from './editable-leaf';
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

/** Untouched leaves are saved as the very object they came as, so they stay byte for byte. */
function toSave(node: StoredFilterNode): StoredFilterNode {
  if (isFilterGroup(node)) return node;
  const editable = editableLeaf(node);
  if (!editable) return node;
  const converted = withNumbers(editable);
  return JSON.stringify(converted.value) === JSON.stringify(editable.value)
    ? node
    : { ...node, value: converted.value };
}

const checkedGroupSchema = storedFilterGroupSchema
  .superRefine((group, ctx) => {
    group.values.forEach((node, index) => {
      if (isFilterGroup(node)) return;
      // A leaf the dashboard cannot edit is PostHog's to judge: it is kept as it is.
      const editable = editableLeaf(node);
      if (!editable) return;
      if (editable.key.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['values', index, 'key'], message: 'A property is required.' });
      }
      const problem = valueProblem(editable);
      if (problem) ctx.addIssue({ code: 'custom', path: ['values', index, 'value'], message: problem });
    });
  })
  .transform((group): StoredFilterGroup => ({ ...group, values: group.values.map(toSave) }));

/** Typed with a group input (the contract's lazy schema says `unknown`) so react-hook-form values are typed. */
export const filterGroupFormSchema = checkedGroupSchema as z.ZodType<StoredFilterGroup, StoredFilterGroup>;

export function errorsFromIssues(issues: readonly z.core.$ZodIssue[]): FilterErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

export function validateFilterGroup(group: StoredFilterGroup): FilterErrors {
  const result = filterGroupFormSchema.safeParse(group);
  return result.success ? {} : errorsFromIssues(result.error.issues);
}
