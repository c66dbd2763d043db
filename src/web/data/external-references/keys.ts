import { environmentPath } from '../../lib/api-paths';
import { queryKeys } from '../query-keys';

const resource = 'external_references';

/** Every reference query sits under `['env', id, 'external_references']`; integrations under `'integrations'`. */
export const externalReferenceKeys = {
  all: (envId: number) => queryKeys.resource(envId, resource),
  list: (envId: number, params: Record<string, unknown>) => queryKeys.list(envId, resource, params),
  search: (envId: number, integrationId: number, repository: string, text: string) =>
    [...queryKeys.resource(envId, resource), 'search', integrationId, repository, text] as const,
  integrations: (envId: number) => queryKeys.list(envId, 'integrations', { trackers: true }),
  picker: (envId: number, integrationId: number, picker: string, params: Record<string, unknown> = {}) =>
    [...queryKeys.resource(envId, 'integrations'), 'pickers', integrationId, picker, params] as const,
};

/**
 * For `placeholderData`: whether the previous query (of a search or picker key, which both hold the integration id
 * fifth) was about the same integration. Another integration's results must never stand in, even for a moment.
 */
export const sameIntegration = (previousKey: readonly unknown[] | undefined, integrationId: number) =>
  previousKey?.[4] === integrationId;

export const referencesPath = (envId: number, rest = '') =>
  environmentPath(envId, `error_tracking/${resource}/${rest}`);

export const integrationPath = (envId: number, rest = '') => environmentPath(envId, `integrations/${rest}`);
