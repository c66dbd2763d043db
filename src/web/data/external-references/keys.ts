import { environmentPath } from '../../lib/api-paths';
import { resourceKeys } from '../query-keys';

const references = resourceKeys('external_references');

export const externalReferenceKeys = {
  ...references,
  // Under the references, so that linking a ticket refreshes the searches that may show it.
  search: (envId: number, integrationId: number, repository: string, text: string) =>
    [...references.all(envId), 'search', integrationId, repository, text] as const,
};

export const referencesPath = (envId: number, rest = '') =>
  environmentPath(envId, `error_tracking/external_references/${rest}`);
