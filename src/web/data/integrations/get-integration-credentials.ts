import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  integrationCredentialsListSchema,
  type IntegrationCredentials,
} from '../../../contract/integration-credentials';
import { api } from '../../lib/api-client';
import { credentialsPath, integrationKeys } from './keys';

export type { IntegrationCredentials };

/** Local server only: whether each tracker integration has a token. PostHog holds its own and answers 404 here. */
export function getIntegrationCredentials(envId: number, signal?: AbortSignal): Promise<IntegrationCredentials[]> {
  return api.get(credentialsPath(envId), integrationCredentialsListSchema, { signal }).then((answer) => answer.results);
}

export const integrationCredentialsQueryOptions = (envId: number) =>
  queryOptions({
    queryKey: integrationKeys.credentials(envId),
    queryFn: ({ signal }) => getIntegrationCredentials(envId, signal),
    staleTime: 60_000,
  });

export const useIntegrationCredentials = (envId: number, enabled: boolean) =>
  useQuery({ ...integrationCredentialsQueryOptions(envId), enabled });
