import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  externalReferenceCreateInputSchema,
  externalReferenceSchema,
  type ExternalReference,
  type ExternalReferenceCreateInput,
} from '../../../../contract/external-references';
import { api } from '../../../lib/api-client';
import { issueKeys } from '../../../lib/issues/issue-keys';
import { externalReferenceKeys, referencesPath } from './external-reference-keys';

export { externalReferenceCreateInputSchema };
export type { ExternalReferenceCreateInput };

/** `created` is false when the ticket was linked to the issue already (the server answers 200 instead of 201). */
export type CreatedReference = { reference: ExternalReference; created: boolean };

export async function createExternalReference(
  envId: number,
  input: ExternalReferenceCreateInput,
): Promise<CreatedReference> {
  const body = externalReferenceCreateInputSchema.parse(input);
  let status = 0;
  const reference = await api.post(referencesPath(envId), body, externalReferenceSchema, {
    onStatus: (answered) => (status = answered),
  });
  return { reference, created: status === 201 };
}

/** Links (or creates, then links) a ticket; refreshes the reference lists and every issue query (external_issues). */
export function useCreateExternalReference(envId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ExternalReferenceCreateInput) => createExternalReference(envId, input),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: externalReferenceKeys.all(envId) }),
        client.invalidateQueries({ queryKey: issueKeys.all(envId) }),
      ]),
  });
}
