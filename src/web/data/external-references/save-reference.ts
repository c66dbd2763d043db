import type { QueryClient } from '@tanstack/react-query';
import { externalReferenceSchema, type ExternalReference } from '../../../contract/external-references';
import { api } from '../../lib/api-client';
import { issueKeys } from '../issues/keys';
import { externalReferenceKeys } from './keys';

/** `created` is false when the ticket was linked already (the server answers 200 instead of 201). */
export type SavedReference = { reference: ExternalReference; created: boolean };

export async function saveReference(path: string, body: unknown): Promise<SavedReference> {
  let status = 0;
  const reference = await api.post(path, body, externalReferenceSchema, {
    onStatus: (answered) => (status = answered),
  });
  return { reference, created: status === 201 };
}

/** A new reference changes the reference lists and the `external_issues` of every issue query. */
export const refreshAfterSave = (client: QueryClient, envId: number) =>
  Promise.all([
    client.invalidateQueries({ queryKey: externalReferenceKeys.all(envId) }),
    client.invalidateQueries({ queryKey: issueKeys.all(envId) }),
  ]);
