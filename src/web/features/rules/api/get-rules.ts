import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { paginatedSchema } from '../../../../contract/common';
import {
  assignmentRuleSchema,
  groupingRuleSchema,
  suppressionRuleSchema,
  type RuleKind,
  type RuleOf,
} from '../../../../contract/rules';
import { api } from '../../../lib/api-client';
import { withQuery } from '../../../lib/api-paths';
import { ruleKeys, rulePath } from './rule-resource';

type RulePage<K extends RuleKind> = { next?: string | null; results: RuleOf<K>[] };

// Grouping rules answer `{results}` only; older PostHog versions paginated them, so `next` is followed if present.
const pageSchemas: { [K in RuleKind]: z.ZodType<RulePage<K>> } = {
  assignment: paginatedSchema(assignmentRuleSchema),
  grouping: z.object({ next: z.string().nullable().optional(), results: z.array(groupingRuleSchema) }),
  suppression: paginatedSchema(suppressionRuleSchema),
};

/** PostHog's largest page; most environments fit in one request. */
const pageSize = 1000;

export type RuleList<K extends RuleKind> = { count: number; results: RuleOf<K>[] };

/** `next` is an absolute URL of whichever host answered; the app asks its own origin (the proxy in connected mode). */
function sameOriginPath(next: string): string {
  const url = new URL(next, window.location.origin);
  return url.pathname + url.search;
}

const createdTime = (rule: { created_at: string }) => Date.parse(rule.created_at) || 0;

/** Evaluation order: order_key, then creation time; a stable sort keeps the server's order for the rest. */
export function sortRules<T extends { order_key: number; created_at: string }>(rules: T[]): T[] {
  return rules.sort((a, b) => a.order_key - b.order_key || createdTime(a) - createdTime(b));
}

/** Every rule of one kind (all pages), in evaluation order. */
export async function getRules<K extends RuleKind>(envId: number, kind: K, signal?: AbortSignal): Promise<RuleList<K>> {
  const schema = pageSchemas[kind] as z.ZodType<RulePage<K>>;
  const results: RuleOf<K>[] = [];
  const visited = new Set<string>();
  let path: string | null = withQuery(rulePath(envId, kind), { limit: pageSize });
  while (path !== null && !visited.has(path)) {
    visited.add(path);
    const page: RulePage<K> = await api.get(path, schema, { signal });
    results.push(...page.results);
    path = page.next ? sameOriginPath(page.next) : null;
  }
  return { count: results.length, results: sortRules(results) };
}

export const rulesQueryOptions = <K extends RuleKind>(envId: number, kind: K) =>
  queryOptions({
    queryKey: ruleKeys.list(envId, kind),
    queryFn: ({ signal }) => getRules(envId, kind, signal),
  });

export const useRules = <K extends RuleKind>(envId: number, kind: K) => useQuery(rulesQueryOptions(envId, kind));
