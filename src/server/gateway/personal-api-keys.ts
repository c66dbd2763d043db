import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../store/database';
import { fromJson, toJson } from '../store/json-column';
import { nowIso } from '../http/clock';

export type StoredKey = {
  id: string;
  label: string;
  mask_value: string;
  scopes: string[] | null;
  scoped_teams: number[] | null;
  created_at: string;
  last_used_at: string | null;
};

type KeyRow = Omit<StoredKey, 'scopes' | 'scoped_teams'> & { scopes: string | null; scoped_teams: string | null };

const hashKey = (secret: string) => createHash('sha256').update(secret).digest('hex');
const toKey = (row: KeyRow): StoredKey => ({
  ...row,
  scopes: fromJson<string[]>(row.scopes),
  scoped_teams: fromJson<number[]>(row.scoped_teams),
});
const columns = 'id, label, mask_value, scopes, scoped_teams, created_at, last_used_at';

/** Answers the secret: the only time it exists outside the caller's hands. */
export function createPersonalApiKey(
  db: Db,
  input: { label: string; scopes: string[]; scopedTeams: number[] | null },
): { key: StoredKey; secret: string } {
  const secret = `phx_${randomBytes(32).toString('base64url')}`;
  const key: StoredKey = {
    id: randomUUID(),
    label: input.label,
    mask_value: `${secret.slice(0, 4)}...${secret.slice(-4)}`,
    scopes: input.scopes,
    scoped_teams: input.scopedTeams,
    created_at: nowIso(),
    last_used_at: null,
  };
  db.prepare(
    `INSERT INTO personal_api_keys (id, label, secure_value, mask_value, scopes, scoped_teams, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    key.id,
    key.label,
    hashKey(secret),
    key.mask_value,
    toJson(key.scopes),
    toJson(key.scoped_teams),
    key.created_at,
  );
  return { key, secret };
}

export function findKeyBySecret(db: Db, secret: string): StoredKey | null {
  const row = db.prepare(`SELECT ${columns} FROM personal_api_keys WHERE secure_value = ?`).get(hashKey(secret)) as
    KeyRow | undefined;
  return row ? toKey(row) : null;
}

export function findKeyById(db: Db, id: string): StoredKey | null {
  const row = db.prepare(`SELECT ${columns} FROM personal_api_keys WHERE id = ?`).get(id) as KeyRow | undefined;
  return row ? toKey(row) : null;
}

export function listPersonalApiKeys(db: Db): StoredKey[] {
  return (db.prepare(`SELECT ${columns} FROM personal_api_keys ORDER BY created_at`).all() as KeyRow[]).map(toKey);
}

export function revokePersonalApiKey(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM personal_api_keys WHERE id = ?').run(id).changes > 0;
}

export function touchKey(db: Db, id: string): void {
  db.prepare('UPDATE personal_api_keys SET last_used_at = ? WHERE id = ?').run(nowIso(), id);
}
