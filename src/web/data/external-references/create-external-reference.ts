import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  externalReferenceCreateInputSchema,
  type ExternalReferenceCreateInput,
} from '../../../contract/external-references';
import { referencesPath } from './keys';
import { refreshAfterSave, saveReference, type SavedReference } from './save-reference';

export { externalReferenceCreateInputSchema };
export type { ExternalReferenceCreateInput };

export function createExternalReference(envId: number, input: ExternalReferenceCreateInput): Promise<SavedReference> {
  return saveReference(referencesPath(envId), externalReferenceCreateInputSchema.parse(input));
}

export function useCreateExternalReference(envId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ExternalReferenceCreateInput) => createExternalReference(envId, input),
    onSuccess: () => refreshAfterSave(client, envId),
  });
}
