import type { z } from 'zod';
import { filterKeyProblem, filterValueProblem } from '../../../contract/filter-limits';
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
  const tooLong = filterValueProblem(value);
  if (tooLong) return tooLong;
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

/** Untouched leaves and groups are saved as the very objects they came as, so they stay byte for byte. */
function toSave(node: StoredFilterNode, nested: boolean): StoredFilterNode {
  if (isFilterGroup(node)) {
    if (nested) return node;
    const values = node.values.map((child) => toSave(child, true));
    return values.every((child, index) => child === node.values[index]) ? node : { ...node, values };
  }
  const editable = editableLeaf(node);
  if (!editable) return node;
  const converted = withNumbers(editable);
  return JSON.stringify(converted.value) === JSON.stringify(editable.value)
    ? node
    : { ...node, value: converted.value };
}

type Path = Array<string | number>;

function checkLeaf(editable: PropertyFilter, at: Path, ctx: z.RefinementCtx) {
  const keyProblem = editable.key.trim() === '' ? 'A property is required.' : filterKeyProblem(editable.key);
  if (keyProblem) ctx.addIssue({ code: 'custom', path: [...at, 'key'], message: keyProblem });
  const problem = valueProblem(editable);
  if (problem) ctx.addIssue({ code: 'custom', path: [...at, 'value'], message: problem });
}

/** Checks what the builder edits: the top level and groups one level down (deeper ones are kept as they are). */
function checkGroup(group: StoredFilterGroup, at: Path, nested: boolean, ctx: z.RefinementCtx) {
  group.values.forEach((node, index) => {
    const path = [...at, 'values', index];
    if (isFilterGroup(node)) {
      if (nested) return;
      // An empty group compiles to `1`: under OR it matches every exception, and older evaluators disable the rule.
      if (node.values.length === 0) {
        ctx.addIssue({ code: 'custom', path, message: 'Add a filter to this group, or remove the group.' });
      }
      checkGroup(node, path, true, ctx);
      return;
    }
    // A leaf the dashboard cannot edit is PostHog's to judge: it is kept as it is.
    const editable = editableLeaf(node);
    if (editable) checkLeaf(editable, path, ctx);
  });
}

const checkedGroupSchema = storedFilterGroupSchema
  .superRefine((group, ctx) => checkGroup(group, [], false, ctx))
  .transform((group): StoredFilterGroup => ({ ...group, values: group.values.map((node) => toSave(node, false)) }));

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
