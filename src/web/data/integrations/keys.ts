import { environmentPath } from '../../lib/api-paths';
import { resourceKeys } from '../query-keys';

const integrations = resourceKeys('integrations');

export const integrationKeys = {
  trackers: (envId: number) => integrations.list(envId, { trackers: true }),
  picker: (envId: number, integrationId: number, picker: string, params: Record<string, unknown> = {}) =>
    [...integrations.all(envId), 'pickers', integrationId, picker, params] as const,
};

/**
 * For `placeholderData`: whether the previous query (a ticket search or picker key, which both hold the integration
 * id fifth) was about the same integration. Another integration's results must never stand in, even for a moment.
 */
export const sameIntegration = (previousKey: readonly unknown[] | undefined, integrationId: number) =>
  previousKey?.[4] === integrationId;

export const integrationPath = (envId: number, rest = '') => environmentPath(envId, `integrations/${rest}`);
