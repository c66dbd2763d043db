import type { StoredKey } from '../gateway/personal-api-keys';
import { formatTable } from './cli-support';

const headers = ['ID', 'LABEL', 'MASK', 'SCOPES', 'ENVS', 'CREATED', 'LAST USED'];

const formatTime = (iso: string | null): string =>
  iso === null ? 'never' : `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

function describeScopes(scopes: string[] | null): string {
  return scopes === null || scopes.length === 0 || scopes.includes('*') ? '* (all)' : scopes.join(',');
}

function describeEnvs(teams: number[] | null): string {
  return teams === null || teams.length === 0 ? 'all' : teams.join(',');
}

export function formatKeysTable(keys: StoredKey[]): string {
  if (keys.length === 0)
    return 'No personal API keys yet. Create one with: npm run keys -- create --label NAME --scopes LIST\n';
  const rows = keys.map((key) => [
    key.id,
    key.label,
    key.mask_value,
    describeScopes(key.scopes),
    describeEnvs(key.scoped_teams),
    formatTime(key.created_at),
    formatTime(key.last_used_at),
  ]);
  return formatTable(headers, rows);
}
