import { queryKeys } from '../query-keys';

/** Every issue query sits under `['env', id, 'issues']`, so one invalidation refreshes lists, searches and details. */
export const issueKeys = {
  all: (envId: number) => queryKeys.resource(envId, 'issues'),
  list: (envId: number, params: Record<string, unknown>) => queryKeys.list(envId, 'issues', params),
  search: (envId: number, text: string) => [...queryKeys.resource(envId, 'issues'), 'search', text] as const,
  detail: (envId: number, id: string) => queryKeys.detail(envId, 'issues', id),
};

export const issuesPath = 'error_tracking/issues/';
