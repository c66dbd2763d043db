import { environmentPath } from '../../lib/api-paths';
import { resourceKeys } from '../query-keys';

const fingerprints = resourceKeys('fingerprints');

export const fingerprintKeys = {
  ...fingerprints,
  resolve: (envId: number, fingerprint: string) => [...fingerprints.all(envId), 'resolve', fingerprint] as const,
};

export const fingerprintsPath = (envId: number, rest = '') =>
  environmentPath(envId, `error_tracking/fingerprints/${rest}`);
