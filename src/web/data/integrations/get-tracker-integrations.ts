import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { isTrackerKind, trackerIntegrationSchema, type TrackerIntegration } from '../../../contract/integrations';
import { readRows, type Row } from '../../../contract/rows';
import { fetchAllPages } from '../../lib/fetch-all-pages';
import { integrationKeys, integrationPath } from './keys';

export type { TrackerIntegration };
export type UnreadableIntegration = Extract<Row<unknown>, { ok: false }>;
export type TrackerIntegrations = { usable: TrackerIntegration[]; unreadable: UnreadableIntegration[] };

const trackerKindOf = (raw: unknown) =>
  raw !== null && typeof raw === 'object' && 'kind' in raw && typeof raw.kind === 'string' && isTrackerKind(raw.kind);

/**
 * Only tracker kinds are read against the contract: PostHog lists every kind (Slack, ads…), and one of those with an
 * odd field (a null `display_name`) must not matter here.
 */
export async function getTrackerIntegrations(envId: number, signal?: AbortSignal): Promise<TrackerIntegrations> {
  const all = await fetchAllPages(integrationPath(envId), z.unknown(), { signal });
  const rows = readRows(trackerIntegrationSchema, all.filter(trackerKindOf));
  return {
    usable: rows.flatMap((row) => (row.ok ? [row.value] : [])),
    unreadable: rows.flatMap((row) => (row.ok ? [] : [row])),
  };
}

export const trackerIntegrationsQueryOptions = (envId: number) =>
  queryOptions({
    queryKey: integrationKeys.trackers(envId),
    queryFn: ({ signal }) => getTrackerIntegrations(envId, signal),
    staleTime: 5 * 60_000,
  });

export const useTrackerIntegrations = (envId: number) => useQuery(trackerIntegrationsQueryOptions(envId));
