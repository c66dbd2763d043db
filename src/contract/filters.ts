import { z } from 'zod';

export const propertyOperators = [
  'exact',
  'is_not',
  'icontains',
  'not_icontains',
  'regex',
  'not_regex',
  'gt',
  'gte',
  'lt',
  'lte',
  'is_set',
  'is_not_set',
  'is_date_exact',
  'is_date_before',
  'is_date_after',
  'between',
  'not_between',
  'min',
  'max',
  'in',
  'not_in',
] as const;
/** Every operator PostHog's `PropertyOperator` has: the ones above plus two this dashboard does not edit. */
export const postHogPropertyOperators = [...propertyOperators, 'is_cleaned_path_exact', 'flag_evaluates_to'] as const;

export const propertyOperatorSchema = z.enum(propertyOperators, {
  error: (issue) => `"${String(issue.input)}" is not a valid operator.`,
});
export type PropertyOperator = z.infer<typeof propertyOperatorSchema>;

export const scalarValueSchema = z.union([z.string(), z.number(), z.boolean()]);
export const filterValueSchema = z.union([scalarValueSchema, z.array(scalarValueSchema)], {
  error: 'A value must be a string, number, boolean or a list of them.',
});
export type FilterValue = z.infer<typeof filterValueSchema>;

/** Property filters keep keys we do not know (e.g. `label`): PostHog stores them verbatim. */
export const propertyFilterSchema = z.looseObject({
  key: z.string().min(1, { error: 'A property is required.' }),
  type: z.string().default('event'),
  operator: propertyOperatorSchema.default('exact'),
  value: filterValueSchema.optional(),
});
export type PropertyFilter = z.infer<typeof propertyFilterSchema>;

export type FilterGroup = { type: 'AND' | 'OR'; values: Array<PropertyFilter | FilterGroup> };

/** Deep trees are refused before zod walks them, so hostile input cannot exhaust the stack. */
export const maxFilterDepth = 8;

function depthOf(node: unknown, depth = 0): number {
  if (depth > maxFilterDepth || node === null || typeof node !== 'object') return depth;
  const values = (node as { values?: unknown }).values;
  if (!Array.isArray(values)) return depth;
  return values.reduce<number>((deepest, child) => Math.max(deepest, depthOf(child, depth + 1)), depth);
}

const filterNodeSchema: z.ZodType<PropertyFilter | FilterGroup> = z.lazy(() =>
  z.union([propertyFilterSchema, filterGroupSchema], {
    error: 'Each filter must be a property filter {key, operator, value} or a group {type, values}.',
  }),
);

export function filterGroupOf<N>(node: z.ZodType<N>) {
  return z
    .object({
      type: z.enum(['AND', 'OR'], { error: 'Match type must be "AND" or "OR".' }),
      values: z.array(node, { error: 'Expected a list of filters.' }),
    })
    .refine((group) => depthOf(group) <= maxFilterDepth, {
      error: `Filters may nest at most ${maxFilterDepth} groups deep.`,
    });
}

export const filterGroupSchema: z.ZodType<FilterGroup> = z.lazy(() => filterGroupOf(filterNodeSchema));

export const emptyFilterGroup: FilterGroup = { type: 'AND', values: [] };

export function isFilterGroup<N extends object>(node: N): node is Extract<N, { values: unknown[] }> {
  return Array.isArray((node as { values?: unknown }).values) && !('key' in node);
}

type Tree = { values: readonly unknown[] };
const isTree = (node: unknown): node is Tree =>
  typeof node === 'object' && node !== null && Array.isArray((node as Partial<Tree>).values) && !('key' in node);

/** True when a group holds at least one property filter (any leaf, `{}` included) at any depth. */
export function hasFilterValue(group: Tree): boolean {
  return group.values.some((node) => (isTree(node) ? hasFilterValue(node) : true));
}
