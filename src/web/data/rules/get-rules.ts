import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { paginatedSchema } from '../../../contract/common';
import { readRows } from '../../../contract/rows';
import { sortRules } from '../../../contract/rule-evaluation-order';
import { ruleObjectSchema, type RuleKind } from '../../../contract/rules';
import { liveQuery, pausedQuery } from '../../lib/live-query';
import { fetchPages } from '../../lib/fetch-all-pages';
import { toListItems, type RuleListItem } from './rule-list-item';
import { ruleKeys, rulePath } from './keys';

type RawPage = { next?: string | null; results: unknown[] };

/** Pages are checked for their shape only; each rule is read on its own, so one odd record never blanks the list. */
const pageSchemas: Record<RuleKind, z.ZodType<RawPage>> = {
  assignment: paginatedSchema(z.unknown()),
  // Not paginated (`{results}`); older PostHog versions paginated it, so `next` may be there.
  grouping: z.object({ next: z.string().nullable().optional(), results: z.array(z.unknown()) }),
  suppression: paginatedSchema(z.unknown()),
};

/** PostHog's largest page; most environments fit in one request. */
const pageSize = 1000;

export type RuleList<K extends RuleKind> = { count: number; results: RuleListItem<K>[] };

/** Every rule of one kind (all pages), in evaluation order, with the records that could not be read in place. */
export async function getRules<K extends RuleKind>(envId: number, kind: K, signal?: AbortSignal): Promise<RuleList<K>> {
  const raw = await fetchPages(rulePath(envId, kind), pageSchemas[kind], { signal, limit: pageSize });
  const results = toListItems(readRows(ruleObjectSchema(kind), raw));
  return { count: results.length, results: sortRules(results) };
}

export const rulesQueryOptions = <K extends RuleKind>(envId: number, kind: K) =>
  queryOptions({
    queryKey: ruleKeys.list(envId, kind),
    queryFn: ({ signal }) => getRules(envId, kind, signal),
    ...liveQuery,
  });

/** One kind's rules, kept live; `paused` (while this tab saves a new order) stops polling and focus refetches. */
export const useRules = <K extends RuleKind>(envId: number, kind: K, { paused = false } = {}) =>
  useQuery({ ...rulesQueryOptions(envId, kind), ...(paused ? pausedQuery : {}) });
