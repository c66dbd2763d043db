import { queryOptions, useQuery } from '@tanstack/react-query';
import { searchIssuesResultSchema } from '../../../contract/external-references';
import { api } from '../../lib/api-client';
import { withQuery } from '../../lib/api-paths';
import { externalReferenceKeys, referencesPath } from './keys';

/** `repository`: GitHub only, the bare name of one repository of the integration's account. */
export type TicketSearchParams = { integrationId: number; search: string; repository: string | null };

export function searchTrackerTickets(
  envId: number,
  { integrationId, search, repository }: TicketSearchParams,
  signal?: AbortSignal,
) {
  const path = withQuery(referencesPath(envId, 'search_issues/'), {
    integration_id: integrationId,
    search: search.trim(),
    repository: repository ?? undefined,
  });
  return api.get(path, searchIssuesResultSchema, { signal }).then((answer) => answer.issues);
}

export const trackerTicketsQueryOptions = (envId: number, { integrationId, search, repository }: TicketSearchParams) =>
  queryOptions({
    queryKey: externalReferenceKeys.search(envId, integrationId, repository ?? '', search.trim()),
    queryFn: ({ signal }) => searchTrackerTickets(envId, { integrationId, search, repository }, signal),
    // The last results stay while the next search runs, but never another integration's or repository's tickets.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[4] === integrationId && previousQuery.queryKey[5] === (repository ?? '')
        ? previous
        : undefined,
  });

export const useTrackerTickets = (envId: number, params: TicketSearchParams, enabled = true) =>
  useQuery({ ...trackerTicketsQueryOptions(envId, params), enabled });
