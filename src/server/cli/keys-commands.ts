import { apiScopes } from '../../contract/organization';
import {
  createPersonalApiKey,
  findKeyById,
  listPersonalApiKeys,
  revokePersonalApiKey,
} from '../gateway/personal-api-keys';
import type { Db } from '../store/database';
import { projectIds } from '../store/projects-repository';
import { expectOnly, fail, ok, runCli, UsageError, type CliResult, type ParsedArgs } from './cli-support';
import { formatKeysTable } from './keys-table';

export const keysUsage = `Usage: npm run keys -- <command> [options]

Manages personal API keys of the local Triage Console API (data directory: $DATA_DIR, default ./data).

Commands:
  create --label NAME --scopes LIST [--env IDS]   Create a key; prints only its secret (shown this once).
  list                                             List keys: id, label, mask, scopes, environments, dates.
  revoke ID                                        Delete the key with this id (see "list").

Options:
  --label NAME    A name to recognise the key by.
  --scopes LIST   Comma-separated, from: ${apiScopes.join(', ')} ("*" = everything).
  --env IDS       Comma-separated environment ids the key is limited to (default: every environment).
  -h, --help      Show this help.

In scripts, use "npm run -s keys -- create ..." so npm's own banner does not precede the secret.
`;

const splitList = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

function parseScopes(value: string | undefined): string[] {
  if (value === undefined)
    throw new UsageError('Missing --scopes: name what the key may do, e.g. --scopes error_tracking:read');
  const scopes = [...new Set(splitList(value))];
  if (scopes.length === 0) throw new UsageError('--scopes is empty.');
  const unknown = scopes.filter((scope) => !(apiScopes as readonly string[]).includes(scope));
  if (unknown.length > 0)
    throw new UsageError(`Unknown scope ${unknown.join(', ')}. Valid scopes: ${apiScopes.join(', ')}.`);
  return scopes;
}

function parseEnvs(db: Db, value: string | undefined): number[] | null {
  if (value === undefined) return null;
  const items = splitList(value);
  if (items.length === 0) throw new UsageError('--env is empty: leave it out to allow every environment.');
  const malformed = items.filter((item) => !/^\d{1,15}$/.test(item));
  if (malformed.length > 0)
    throw new UsageError(`--env takes environment ids (integers), got: ${malformed.join(', ')}.`);
  const existing = projectIds(db);
  const ids = [...new Set(items.map(Number))];
  const unknown = ids.filter((id) => !existing.includes(id));
  if (unknown.length > 0) {
    const known = existing.length > 0 ? existing.join(', ') : 'none yet';
    throw new UsageError(`Unknown environment id ${unknown.join(', ')}. Existing environments: ${known}.`);
  }
  return ids;
}

const options = {
  label: { type: 'string' },
  scopes: { type: 'string' },
  env: { type: 'string' },
} as const;

type Parsed = ParsedArgs<typeof options>;

function create(db: Db, parsed: Parsed): CliResult {
  expectOnly(parsed, 'create', ['label', 'scopes', 'env'], 0);
  const label = parsed.values.label?.trim();
  if (!label) throw new UsageError('Missing --label: give the key a name, e.g. --label "CI reader".');
  const scopes = parseScopes(parsed.values.scopes);
  const scopedTeams = parseEnvs(db, parsed.values.env);
  const { secret } = db.transaction(() => createPersonalApiKey(db, { label, scopes, scopedTeams }))();
  return ok(`${secret}\n`);
}

function revoke(db: Db, parsed: Parsed): CliResult {
  expectOnly(parsed, 'revoke', [], 1);
  const id = parsed.positionals[1];
  if (id === undefined) throw new UsageError('Missing key id: npm run keys -- revoke ID (ids are shown by "list").');
  const key = findKeyById(db, id);
  if (!key || !db.transaction(() => revokePersonalApiKey(db, id))()) return fail(`No personal API key with id ${id}.`);
  return ok(`Revoked key ${id} (${key.label}).\n`);
}

const commands: Record<string, (db: Db, parsed: Parsed) => CliResult> = {
  create,
  list: (db, parsed) => {
    expectOnly(parsed, 'list', [], 0);
    return ok(formatKeysTable(listPersonalApiKeys(db)));
  },
  revoke,
};

export function runKeysCli(argv: string[], openDb: () => Db): CliResult {
  return runCli({ usage: keysUsage, options, commands }, argv, openDb);
}
