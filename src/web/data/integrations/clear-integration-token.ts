import { useMutation, useQueryClient } from '@tanstack/react-query';
import { integrationCredentialsSchema } from '../../../contract/integration-credentials';
import { api } from '../../lib/api-client';
import { credentialsPath, integrationKeys } from './keys';

export function clearIntegrationToken(envId: number, integrationId: number) {
  return api.delete(credentialsPath(envId, `${integrationId}/token/`), integrationCredentialsSchema);
}

export function useClearIntegrationToken(envId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (integrationId: number) => clearIntegrationToken(envId, integrationId),
    onSettled: () => client.invalidateQueries({ queryKey: integrationKeys.credentials(envId) }),
  });
}
