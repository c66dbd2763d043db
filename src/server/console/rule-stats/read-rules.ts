import { z } from 'zod';
import { sortRules } from '../../../contract/rule-evaluation-order';
import { ruleObjectSchema, ruleResourcePaths, type RuleKind, type RuleOf } from '../../../contract/rules';
import { fetchUpstream, unreachableUpstream } from '../../connected/fetch-upstream';
import type { Upstream } from '../../connected/upstream-config';
import { ApiError, problems } from '../../http/api-error';
import type { Db } from '../../store/database';
import { listRules } from '../../store/rules-repository';
import { apiErrorSchema } from '../../../contract/errors';
import type { ContractRules } from './stats-rules';

export function readLocalRules(db: Db, teamId: number): ContractRules {
  const of = <K extends RuleKind>(kind: K): RuleOf<K>[] => sortRules(listRules(db, teamId, kind).results);
  return { grouping: of('grouping'), suppression: of('suppression'), assignment: of('assignment') };
}

const pageSchema = z.object({ next: z.string().nullable().optional(), results: z.array(z.unknown()) });
/** Rules are few; PostHog's largest page, and a bound on how many pages are followed. */
const pageSize = 1000;
const maxPages = 20;

async function readPage(upstream: Upstream, path: string): Promise<z.infer<typeof pageSchema>> {
  const response = await fetchUpstream(upstream, path, {
    method: 'GET',
    headers: new Headers({ Accept: 'application/json' }),
  });
  let body: unknown;
  try {
    body = await response.json();
  } catch (err) {
    if (response.ok) throw problems.badGateway("PostHog's rule list is not JSON.");
    throw unreachableUpstream(upstream, err);
  }
  if (!response.ok) {
    const error = apiErrorSchema.safeParse(body);
    if (response.status < 500 && error.success) throw new ApiError(response.status, error.data);
    throw problems.badGateway(`PostHog answered ${response.status} to the rule list.`);
  }
  const page = pageSchema.safeParse(body);
  if (!page.success) throw problems.badGateway("PostHog's rule list does not have the expected shape.");
  return page.data;
}

/** Every rule of a kind from PostHog, all pages; a record that cannot be read is left out (the list shows it). */
export async function readUpstreamKind<K extends RuleKind>(
  upstream: Upstream,
  teamId: number,
  kind: K,
): Promise<RuleOf<K>[]> {
  const schema = ruleObjectSchema(kind);
  const rules: RuleOf<K>[] = [];
  let path: string | null = `/api/projects/${teamId}/error_tracking/${ruleResourcePaths[kind]}/?limit=${pageSize}`;
  for (let page = 0; path !== null && page < maxPages; page++) {
    const { results, next } = await readPage(upstream, path);
    for (const raw of results) {
      const rule = schema.safeParse(raw);
      if (rule.success) rules.push(rule.data);
    }
    // Only ever to the configured origin: `next` is PostHog's absolute URL of the same list.
    path = next ? `${new URL(next).pathname}${new URL(next).search}` : null;
  }
  return sortRules(rules);
}

export async function readUpstreamRules(upstream: Upstream, teamId: number): Promise<ContractRules> {
  const [assignment, grouping, suppression] = await Promise.all([
    readUpstreamKind(upstream, teamId, 'assignment'),
    readUpstreamKind(upstream, teamId, 'grouping'),
    readUpstreamKind(upstream, teamId, 'suppression'),
  ]);
  return { assignment, grouping, suppression };
}
