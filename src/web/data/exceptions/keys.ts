import type { RecentExceptionsParams } from '../../../contract/recent-exceptions';
import { resourceKeys } from '../query-keys';

const exceptions = resourceKeys('exceptions');

export const exceptionKeys = {
  ...exceptions,
  recent: (envId: number, params: RecentExceptionsParams) => exceptions.list(envId, { ...params }),
  first: (envId: number, issueIds: readonly string[]) => [...exceptions.all(envId), 'first', issueIds] as const,
};

/** The console's own API, not PostHog's: the browser names a window and filters, the server writes the HogQL. */
export const recentExceptionsPath = (envId: number) => `/api/console/environments/${envId}/exceptions/`;

export const firstExceptionsPath = (envId: number) => `${recentExceptionsPath(envId)}first/`;
