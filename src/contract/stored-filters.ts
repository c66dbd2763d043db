import { z } from 'zod';
import { filterGroupOf, filterValueSchema, postHogPropertyOperators, type FilterValue } from './filters';

/**
 * PostHog also takes `{}`, HogQL leaves and every `PropertyOperator`, so a rule saved in its own UI may hold any of
 * them.
 */
export type StoredFilterLeaf = {
  key?: string;
  type?: string;
  operator?: (typeof postHogPropertyOperators)[number];
  value?: FilterValue | null;
  [extra: string]: unknown;
};
export type StoredFilterGroup = { type: 'AND' | 'OR'; values: StoredFilterNode[] };
export type StoredFilterNode = StoredFilterLeaf | StoredFilterGroup;

const operatorSet: ReadonlySet<unknown> = new Set(postHogPropertyOperators);

export function storedLeafProblem(input: unknown): string | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return 'Each filter must be a property filter {key, operator, value} or a group {type, values}.';
  }
  const leaf: Record<string, unknown> = { ...input };
  if (Object.keys(leaf).length === 0) return null;
  if (typeof leaf.key !== 'string') return 'A property is required.';
  if (leaf.type !== undefined && typeof leaf.type !== 'string') return 'A filter type must be a string.';
  if (leaf.operator !== undefined && !operatorSet.has(leaf.operator)) {
    return `"${String(leaf.operator)}" is not a valid operator.`;
  }
  if (leaf.value !== undefined && leaf.value !== null && !filterValueSchema.safeParse(leaf.value).success) {
    return 'A value must be a string, number, boolean or a list of them.';
  }
  return null;
}

const isStoredLeaf = (input: unknown): input is StoredFilterLeaf => storedLeafProblem(input) === null;

/** Not an object schema: it answers the very object given, so a leaf written back is the same JSON byte for byte. */
export const storedFilterLeafSchema = z.custom<StoredFilterLeaf>(isStoredLeaf, {
  error: (issue) => storedLeafProblem(issue.input) ?? 'Not a valid filter.',
});

const looksLikeGroup = (input: unknown) =>
  input !== null && typeof input === 'object' && 'values' in input && !('key' in input);

/** Not a union: its one message would hide why a leaf was refused. */
const storedNodeSchema: z.ZodType<StoredFilterNode> = z.unknown().transform((input, ctx): StoredFilterNode => {
  const parsed = looksLikeGroup(input)
    ? storedFilterGroupSchema.safeParse(input)
    : storedFilterLeafSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input });
  return z.NEVER;
});

export const storedFilterGroupSchema: z.ZodType<StoredFilterGroup> = z.lazy(() => filterGroupOf(storedNodeSchema));
