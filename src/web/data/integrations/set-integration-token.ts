import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  integrationCredentialsSchema,
  integrationTokenInputSchema,
  type IntegrationTokenInput,
} from '../../../contract/integration-credentials';
import { api } from '../../lib/api-client';
import { credentialsPath, integrationKeys } from './keys';

export { integrationTokenInputSchema };

export type SetTokenInput = { integrationId: number } & IntegrationTokenInput;

/** The answer says only that a token is now set; the token itself is never sent back. */
export function setIntegrationToken(envId: number, { integrationId, token }: SetTokenInput) {
  const body = integrationTokenInputSchema.parse({ token });
  return api.put(credentialsPath(envId, `${integrationId}/token/`), body, integrationCredentialsSchema);
}

export function useSetIntegrationToken(envId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SetTokenInput) => setIntegrationToken(envId, input),
    onSettled: () => client.invalidateQueries({ queryKey: integrationKeys.credentials(envId) }),
  });
}
