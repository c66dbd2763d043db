import { environmentPath } from '../../lib/api-paths';
import { resourceKeys } from '../query-keys';

const integrations = resourceKeys('integrations');

export const integrationKeys = {
  trackers: (envId: number) => integrations.list(envId, { trackers: true }),
  credentials: (envId: number) => [...integrations.all(envId), 'credentials'] as const,
  picker: (envId: number, integrationId: number, picker: string, params: Record<string, unknown> = {}) =>
    [...integrations.all(envId), 'pickers', integrationId, picker, params] as const,
};

/** Another integration's results must never stand in, even for a moment (both key kinds hold its id fifth). */
export const sameIntegration = (previousKey: readonly unknown[] | undefined, integrationId: number) =>
  previousKey?.[4] === integrationId;

export const integrationPath = (envId: number, rest = '') => environmentPath(envId, `integrations/${rest}`);

/** The console's own API (local server only), not PostHog's. */
export const credentialsPath = (envId: number, rest = '') => `/api/console/environments/${envId}/integrations/${rest}`;
