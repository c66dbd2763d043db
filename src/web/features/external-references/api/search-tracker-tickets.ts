import { queryOptions, useQuery } from '@tanstack/react-query';
import { searchIssuesResultSchema } from '../../../../contract/external-references';
import { api } from '../../../lib/api-client';
import { withQuery } from '../../../lib/api-paths';
import { externalReferenceKeys, sameIntegration, referencesPath } from './external-reference-keys';

/** Tickets of the integration's tracker whose title or id matches (`…/external_references/search_issues/`). */
export function searchTrackerTickets(envId: number, integrationId: number, search: string, signal?: AbortSignal) {
  const path = withQuery(referencesPath(envId, 'search_issues/'), { integration_id: integrationId, search });
  return api.get(path, searchIssuesResultSchema, { signal }).then((answer) => answer.issues);
}

export const trackerTicketsQueryOptions = (envId: number, integrationId: number, search: string) =>
  queryOptions({
    queryKey: externalReferenceKeys.search(envId, integrationId, search.trim()),
    queryFn: ({ signal }) => searchTrackerTickets(envId, integrationId, search.trim(), signal),
    // The last results stay while the next search runs, but never another integration's tickets.
    placeholderData: (previous, previousQuery) =>
      sameIntegration(previousQuery?.queryKey, integrationId) ? previous : undefined,
  });

export const useTrackerTickets = (envId: number, integrationId: number, search: string, enabled = true) =>
  useQuery({ ...trackerTicketsQueryOptions(envId, integrationId, search), enabled });
