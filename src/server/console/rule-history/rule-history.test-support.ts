import { ruleResourcePaths, type RuleKind } from '../../../contract/rules';
import type { HistoryEntry, HistoryEntryDetail } from '../../../contract/rule-history';
import type { makeTestServer } from '../../test-support';

/** A parsed JSON answer, as the test server's `call` gives it. */
type Json = Awaited<ReturnType<ReturnType<typeof makeTestServer>['call']>>['json'];
type Answer = { status: number; json: Json };
/** A request to the server under test: path, method, then a JSON body and headers. */
export type Caller = (
  path: string,
  method?: string,
  options?: { body?: unknown; headers?: Record<string, string> },
) => Promise<Answer>;

export const rulesPath = (kind: RuleKind, env = 1, rest = '') =>
  `/api/projects/${env}/error_tracking/${ruleResourcePaths[kind]}/${rest}`;
export const historyPath = (env = 1, rest = '') => `/api/console/environments/${env}/rule-history/${rest}`;

const filters = (value: string) => ({
  type: 'AND',
  values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: [value] }],
});

export const createBodies: Record<RuleKind, (value: string) => Record<string, unknown>> = {
  assignment: (value) => ({ filters: filters(value), assignee: { type: 'user', id: 1 } }),
  grouping: (value) => ({ filters: filters(value), description: value }),
  suppression: (value) => ({ filters: filters(value), sampling_rate: 0.5 }),
};
export const updateBodies: Record<RuleKind, Record<string, unknown>> = {
  assignment: { assignee: { type: 'user', id: 2 } },
  grouping: { filters: filters('Changed') },
  suppression: { sampling_rate: 0.25 },
};

/** The environment's history as the API answers it, newest first (the first page: reading it looks at the rules). */
export async function historyOf(call: Caller, env = 1, query = ''): Promise<HistoryEntry[]> {
  const res = await call(`${historyPath(env)}${query}`);
  if (res.status !== 200) throw new Error(`history answered ${res.status}: ${JSON.stringify(res.json)}`);
  return res.json.results;
}

export async function entryOf(call: Caller, id: number, env = 1): Promise<HistoryEntryDetail> {
  const res = await call(historyPath(env, `${id}/`));
  if (res.status !== 200) throw new Error(`entry answered ${res.status}`);
  return res.json;
}

/** What an entry says, without its id and time. */
export const summary = ({ actor, action, kinds, rule_ids, plan_label }: HistoryEntry) => ({
  actor,
  action,
  kinds,
  rule_ids,
  plan_label,
});

/** The history as stored, without the first page's look at the rules: what list reads and writes recorded. */
export const storedHistoryOf = (call: Caller, env = 1) => historyOf(call, env, '?before=999999999');

/** The header a person's browser sends, with the name they set in Settings. */
export const person = (name: string) => ({ 'X-Console-Actor': encodeURIComponent(name) });
