import { queryOptions, useQuery } from '@tanstack/react-query';
import { integrationSchema, type Integration } from '../../../../contract/integrations';
import { fetchAllPages } from '../../../lib/fetch-all-pages';
import { isTrackerKind, type TrackerKind } from '../tracker/tracker-kinds';
import { externalReferenceKeys, integrationPath } from './external-reference-keys';

export type TrackerIntegration = Integration & { kind: TrackerKind };

/** The environment's integrations that hold tickets (Slack and the like are left out). Needs `integration:read`. */
export async function getTrackerIntegrations(envId: number, signal?: AbortSignal): Promise<TrackerIntegration[]> {
  const all = await fetchAllPages(integrationPath(envId), integrationSchema, { signal });
  return all.filter((integration): integration is TrackerIntegration => isTrackerKind(integration.kind));
}

export const trackerIntegrationsQueryOptions = (envId: number) =>
  queryOptions({
    queryKey: externalReferenceKeys.integrations(envId),
    queryFn: ({ signal }) => getTrackerIntegrations(envId, signal),
    staleTime: 5 * 60_000,
  });

export const useTrackerIntegrations = (envId: number) => useQuery(trackerIntegrationsQueryOptions(envId));
