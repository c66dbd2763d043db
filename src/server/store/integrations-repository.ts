import type { z } from 'zod';
import type { Integration } from '../../contract/integrations';
import type { PaginationParams } from '../../contract/common';
import type { Db } from './database';
import { parseJsonObject } from './json-object';

/** `picker_data` stands in for the tracker while there are no credentials; it and they never leave the server. */
export type StoredIntegration = Integration & {
  teamId: number;
  pickerData: Record<string, unknown> | null;
  apiBaseUrl: string | null;
  accessToken: string | null;
};

type IntegrationRow = {
  id: number;
  team_id: number;
  kind: string;
  display_name: string;
  config: string;
  picker_data: string | null;
  api_base_url: string | null;
  access_token: string | null;
  created_at: string;
};

const columns = 'id, team_id, kind, display_name, config, picker_data, api_base_url, access_token, created_at';

const toStored = (row: IntegrationRow): StoredIntegration => ({
  id: row.id,
  kind: row.kind,
  display_name: row.display_name,
  config: parseJsonObject(row.config) ?? {},
  created_at: row.created_at,
  teamId: row.team_id,
  pickerData: parseJsonObject(row.picker_data),
  apiBaseUrl: row.api_base_url,
  accessToken: row.access_token,
});

export const toIntegration = (stored: StoredIntegration): Integration => ({
  id: stored.id,
  kind: stored.kind,
  display_name: stored.display_name,
  config: stored.config,
  created_at: stored.created_at,
});

export function findIntegration(db: Db, teamId: number, id: number): StoredIntegration | null {
  const row = db.prepare(`SELECT ${columns} FROM integrations WHERE team_id = ? AND id = ?`).get(teamId, id) as
    IntegrationRow | undefined;
  return row ? toStored(row) : null;
}

export function listIntegrations(
  db: Db,
  teamId: number,
  kind: string | undefined,
  { limit, offset }: PaginationParams,
): { count: number; results: Integration[] } {
  const where = kind ? 'team_id = ? AND kind = ?' : 'team_id = ?';
  const params = kind ? [teamId, kind] : [teamId];
  const { count } = db.prepare(`SELECT COUNT(*) AS count FROM integrations WHERE ${where}`).get(...params) as {
    count: number;
  };
  const rows = db
    .prepare(`SELECT ${columns} FROM integrations WHERE ${where} ORDER BY id LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as IntegrationRow[];
  return { count, results: rows.map((row) => toIntegration(toStored(row))) };
}

/** Malformed entries are skipped, not answered as a 500. */
export function pickerItems<S extends z.ZodType>(
  integration: StoredIntegration,
  key: string,
  item: S,
): Array<z.output<S>> {
  const list = integration.pickerData?.[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    const parsed = item.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Every integration of one environment, credentials included: for the server's own use, never to answer as is. */
export function listEnvironmentIntegrations(db: Db, teamId: number): StoredIntegration[] {
  const rows = db
    .prepare(`SELECT ${columns} FROM integrations WHERE team_id = ? ORDER BY id`)
    .all(teamId) as IntegrationRow[];
  return rows.map(toStored);
}

export function listAllIntegrations(db: Db): StoredIntegration[] {
  const rows = db.prepare(`SELECT ${columns} FROM integrations ORDER BY id`).all() as IntegrationRow[];
  return rows.map(toStored);
}

export function findIntegrationById(db: Db, id: number): StoredIntegration | null {
  const row = db.prepare(`SELECT ${columns} FROM integrations WHERE id = ?`).get(id) as IntegrationRow | undefined;
  return row ? toStored(row) : null;
}

export function updateIntegrationCredentials(
  db: Db,
  id: number,
  accessToken: string | null,
  apiBaseUrl?: string | null,
): void {
  if (apiBaseUrl === undefined) {
    db.prepare('UPDATE integrations SET access_token = ? WHERE id = ?').run(accessToken, id);
  } else {
    db.prepare('UPDATE integrations SET access_token = ?, api_base_url = ? WHERE id = ?').run(
      accessToken,
      apiBaseUrl,
      id,
    );
  }
}
