import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  externalReferenceLinkInputSchema,
  type ExternalReferenceLinkInput,
} from '../../../contract/external-references';
import { ApiError } from '../../lib/api-error';
import { referencesPath } from './keys';
import { refreshAfterSave, saveReference, type SavedReference } from './save-reference';

export { externalReferenceLinkInputSchema };
export type { ExternalReferenceLinkInput };

/**
 * Current PostHog links through `link_issue/` (its `POST /` requires `config`); older PostHog has no such action (404,
 * or 405 where `link_issue` is read as an id) and took the same body on `POST /`.
 */
const linkRoutes = new Map<number, 'link_issue' | 'legacy'>();

/** Tests only. */
export function forgetLinkRoutes(): void {
  linkRoutes.clear();
}

const missingRoute = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 405);

export async function linkExternalReference(envId: number, input: ExternalReferenceLinkInput): Promise<SavedReference> {
  const body = externalReferenceLinkInputSchema.parse(input);
  const route = linkRoutes.get(envId);
  if (route !== 'legacy') {
    try {
      const saved = await saveReference(referencesPath(envId, 'link_issue/'), body);
      linkRoutes.set(envId, 'link_issue');
      return saved;
    } catch (error) {
      if (route === 'link_issue' || !missingRoute(error)) throw error;
    }
  }
  const saved = await saveReference(referencesPath(envId), body);
  // Remembered only once the old route worked: a 404 from an environment that is gone must not stick.
  linkRoutes.set(envId, 'legacy');
  return saved;
}

export function useLinkExternalReference(envId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ExternalReferenceLinkInput) => linkExternalReference(envId, input),
    onSuccess: () => refreshAfterSave(client, envId),
  });
}
