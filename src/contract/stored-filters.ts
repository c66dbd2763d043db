import { z } from 'zod';
import { filterGroupOf, filterValueSchema, postHogPropertyOperators, type FilterValue } from './filters';

/**
 * A leaf as PostHog stores it. Its filter validation also takes `EmptyPropertyFilter` (`{}`), HogQL leaves
 * (`{type: "hogql", key: "<expression>", value: null}`) and every `PropertyOperator`, so a rule saved from PostHog's
 * own UI may hold any of them. Unknown keys are PostHog's too.
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

/** What keeps `input` from being a stored leaf, in words, or null when it is one. */
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

/**
 * A custom check, not an object schema: it answers the very object it was given, so no default is added and no
 * key is moved, and a leaf written back is the same JSON byte for byte.
 */
export const storedFilterLeafSchema = z.custom<StoredFilterLeaf>(isStoredLeaf, {
  error: (issue) => storedLeafProblem(issue.input) ?? 'Not a valid filter.',
});

const looksLikeGroup = (input: unknown) =>
  input !== null && typeof input === 'object' && 'values' in input && !('key' in input);

/**
 * A group or a leaf, told apart by `values` (not a union: its one message would hide why a leaf was refused, e.g.
 * "…is not a valid operator").
 */
const storedNodeSchema: z.ZodType<StoredFilterNode> = z.unknown().transform((input, ctx): StoredFilterNode => {
  const parsed = looksLikeGroup(input)
    ? storedFilterGroupSchema.safeParse(input)
    : storedFilterLeafSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input });
  return z.NEVER;
});

/** Filters as PostHog stores and accepts them: what rules are read with, and what the local server validates. */
export const storedFilterGroupSchema: z.ZodType<StoredFilterGroup> = z.lazy(() => filterGroupOf(storedNodeSchema));
