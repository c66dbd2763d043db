import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { paginatedSchema, resultsSchema } from '../../../../contract/common';
import {
  assignmentRuleSchema,
  groupingRuleSchema,
  ruleResourcePaths,
  suppressionRuleSchema,
  type RuleKind,
  type RuleOf,
} from '../../../../contract/rules';
import { api } from '../../../lib/api-client';
import { environmentPath } from '../../../lib/api-paths';
import { queryKeys } from '../../../lib/query-keys';

// Grouping rules are not paginated (older PostHog versions did paginate them; both carry `results`).
const listSchemas: { [K in RuleKind]: z.ZodType<{ count?: number; results: RuleOf<K>[] }> } = {
  assignment: paginatedSchema(assignmentRuleSchema),
  grouping: resultsSchema(groupingRuleSchema),
  suppression: paginatedSchema(suppressionRuleSchema),
};

export type RuleList<K extends RuleKind> = { count: number; results: RuleOf<K>[] };

/** The first page of one kind of rule, in evaluation (order_key) order. */
export async function getRules<K extends RuleKind>(envId: number, kind: K, signal?: AbortSignal): Promise<RuleList<K>> {
  const path = environmentPath(envId, `error_tracking/${ruleResourcePaths[kind]}/`);
  const page = await api.get(path, listSchemas[kind], { signal });
  return { count: page.count ?? page.results.length, results: page.results };
}

export const rulesQueryOptions = <K extends RuleKind>(envId: number, kind: K) =>
  // The kind is in the key as its resource path ('assignment_rules'), which the lint rule cannot see.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: queryKeys.list(envId, ruleResourcePaths[kind]),
    queryFn: ({ signal }) => getRules(envId, kind, signal),
  });

export const useRules = <K extends RuleKind>(envId: number, kind: K) => useQuery(rulesQueryOptions(envId, kind));
