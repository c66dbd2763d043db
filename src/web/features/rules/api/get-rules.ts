import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { paginatedSchema } from '../../../../contract/common';
import {
  assignmentRuleSchema,
  groupingRuleListSchema,
  suppressionRuleSchema,
  type RuleKind,
  type RuleOf,
} from '../../../../contract/rules';
import { fetchPages } from '../../../lib/fetch-all-pages';
import { ruleKeys, rulePath } from './rule-resource';

type RulePage<K extends RuleKind> = { next?: string | null; results: RuleOf<K>[] };

const pageSchemas: { [K in RuleKind]: z.ZodType<RulePage<K>> } = {
  assignment: paginatedSchema(assignmentRuleSchema),
  grouping: groupingRuleListSchema,
  suppression: paginatedSchema(suppressionRuleSchema),
};

/** PostHog's largest page; most environments fit in one request. */
const pageSize = 1000;

export type RuleList<K extends RuleKind> = { count: number; results: RuleOf<K>[] };

const createdTime = (rule: { created_at: string }) => Date.parse(rule.created_at) || 0;

/** Evaluation order: order_key, then creation time; a stable sort keeps the server's order for the rest. */
export function sortRules<T extends { order_key: number; created_at: string }>(rules: T[]): T[] {
  return rules.sort((a, b) => a.order_key - b.order_key || createdTime(a) - createdTime(b));
}

/** Every rule of one kind (all pages), in evaluation order. */
export async function getRules<K extends RuleKind>(envId: number, kind: K, signal?: AbortSignal): Promise<RuleList<K>> {
  const pageSchema = pageSchemas[kind] as z.ZodType<RulePage<K>>;
  const results = await fetchPages(rulePath(envId, kind), pageSchema, { signal, limit: pageSize });
  return { count: results.length, results: sortRules(results) };
}

export const rulesQueryOptions = <K extends RuleKind>(envId: number, kind: K) =>
  queryOptions({
    queryKey: ruleKeys.list(envId, kind),
    queryFn: ({ signal }) => getRules(envId, kind, signal),
  });

export const useRules = <K extends RuleKind>(envId: number, kind: K) => useQuery(rulesQueryOptions(envId, kind));
