import type { z } from 'zod';
import { paginatedSchema } from '../../contract/common';
import { memberSchema, projectSchema, roleSchema } from '../../contract/organization';
import { sortRules } from '../../contract/rule-evaluation-order';
import type { RuleSnapshot } from '../../contract/rule-history';
import {
  groupingRuleListSchema,
  ruleObjectSchema,
  ruleResourcePaths,
  type RuleKind,
  type RuleOf,
} from '../../contract/rules';
import type { AssigneeDirectory } from '../../rule-plans';
import { ConsoleRequestError, type RulesConsole } from './rules-console';

export const rulesPath = (envId: number, kind: RuleKind, rest = '') =>
  `/api/environments/${envId}/error_tracking/${ruleResourcePaths[kind]}/${rest}`;

/** Only the path and query of a `next` link: the api answers with its own origin. */
const pathOf = (next: string) => {
  const url = new URL(next);
  return `${url.pathname}${url.search}`;
};

async function allPages<T extends z.ZodType>(api: RulesConsole, path: string, item: T): Promise<z.infer<T>[]> {
  const results: z.infer<T>[] = [];
  let next: string | null = path;
  while (next !== null) {
    const page = paginatedSchema(item).parse(await api.request('GET', next));
    results.push(...page.results);
    next = page.next === null ? null : pathOf(page.next);
  }
  return results;
}

async function readKind<K extends RuleKind>(api: RulesConsole, envId: number, kind: K): Promise<RuleOf<K>[]> {
  const schema = ruleObjectSchema(kind);
  if (kind !== 'grouping') return sortRules(await allPages(api, rulesPath(envId, kind, '?limit=1000'), schema));
  const rules: RuleOf<K>[] = [];
  let next: string | null = rulesPath(envId, kind);
  while (next !== null) {
    const page = groupingRuleListSchema.parse(await api.request('GET', next));
    rules.push(...page.results.map((rule) => schema.parse(rule)));
    next = page.next ? pathOf(page.next) : null;
  }
  return sortRules(rules);
}

export async function readSnapshot(api: RulesConsole, envId: number): Promise<RuleSnapshot> {
  return {
    assignment: await readKind(api, envId, 'assignment'),
    grouping: await readKind(api, envId, 'grouping'),
    suppression: await readKind(api, envId, 'suppression'),
  };
}

/** The environment's name; PostHog refuses the project list to some keys, and then only the id is known. */
export async function readEnvironmentName(api: RulesConsole, envId: number): Promise<string> {
  try {
    return projectSchema.parse(await api.request('GET', `/api/projects/${envId}/`)).name;
  } catch (err) {
    if (err instanceof ConsoleRequestError && err.status === 404) {
      throw new ConsoleRequestError(404, `Environment ${envId} does not exist.`);
    }
    if (err instanceof ConsoleRequestError && err.status === 403) return `Environment ${envId}`;
    throw err;
  }
}

/** Members and roles, to write assignees by email and role name; an organization without roles answers 404. */
export async function readDirectory(api: RulesConsole): Promise<AssigneeDirectory> {
  const members = await allPages(api, '/api/organizations/@current/members/?limit=100', memberSchema);
  let roles: z.infer<typeof roleSchema>[] = [];
  try {
    roles = await allPages(api, '/api/organizations/@current/roles/?limit=100', roleSchema);
  } catch (err) {
    if (!(err instanceof ConsoleRequestError && err.status === 404)) throw err;
  }
  return { members, roles };
}
