import { expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/database';

/** Rows are inserted with plain SQL, so no repository code under test is involved. */

export const prefixes = ['/api/environments', '/api/projects'] as const;

export function addIssue(
  db: Db,
  {
    teamId = 1,
    id = randomUUID() as string,
    name = 'TypeError: x is undefined' as string | null,
    description = null as string | null,
    status = 'active',
    assignee = null as unknown,
    firstSeen = '2026-02-01T00:00:00.000Z',
  } = {},
): string {
  db.prepare(
    `INSERT INTO issues (id, team_id, status, name, description, assignee, first_seen, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    teamId,
    status,
    name,
    description,
    assignee === null ? null : JSON.stringify(assignee),
    firstSeen,
    firstSeen,
  );
  return id;
}

export function addFingerprint(
  db: Db,
  issueId: string,
  fingerprint: string,
  {
    teamId = 1,
    id = randomUUID() as string,
    createdAt = '2026-02-01T00:00:00.000Z',
    firstSeen = null as string | null,
  } = {},
): string {
  db.prepare(
    'INSERT INTO fingerprints (id, team_id, fingerprint, issue_id, created_at, first_seen) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, teamId, fingerprint, issueId, createdAt, firstSeen);
  return id;
}

export const trackerConfigs = {
  github: { account: { name: 'acme', type: 'Organization' } },
  gitlab: { hostname: 'https://gitlab.example.com', path_with_namespace: 'acme/web', project_id: 7 },
  linear: { url_key: 'acme', workspace_name: 'Acme' },
  jira: { site_url: 'https://acme.atlassian.net' },
} as const;

export function addIntegration(
  db: Db,
  kind: string,
  {
    teamId = 1,
    displayName = `${kind} integration`,
    config = (trackerConfigs as Record<string, unknown>)[kind] ?? {},
    pickerData = null as unknown,
    accessToken = null as string | null,
    createdAt = '2026-01-15T00:00:00.000Z',
  } = {},
): number {
  const result = db
    .prepare(
      `INSERT INTO integrations (team_id, kind, display_name, config, picker_data, api_base_url, access_token, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      teamId,
      kind,
      displayName,
      JSON.stringify(config),
      pickerData === null ? null : JSON.stringify(pickerData),
      accessToken === null ? null : 'https://api.example.com',
      accessToken,
      createdAt,
    );
  return Number(result.lastInsertRowid);
}

const sortedJson = (context: Record<string, unknown>) =>
  JSON.stringify(Object.fromEntries(Object.entries(context).sort()));

export function addReference(
  db: Db,
  issueId: string,
  integrationId: number,
  context: Record<string, unknown>,
  { teamId = 1, id = randomUUID(), createdAt = '2026-02-02T00:00:00.000Z' } = {},
): string {
  db.prepare(
    `INSERT INTO external_references (id, team_id, issue_id, integration_id, external_context, context_key, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, teamId, issueId, integrationId, JSON.stringify(context), sortedJson(context), createdAt);
  return id;
}

export function snapshot(db: Db): unknown {
  const tables = ['issues', 'fingerprints', 'integrations', 'external_references'];
  return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]));
}

export async function fingerprintsOf(
  call: (method: string, path: string) => Promise<{ json: unknown }>,
  issueId: string,
  teamId = 1,
): Promise<string[]> {
  const res = await call('GET', `/api/environments/${teamId}/error_tracking/fingerprints/?issue_id=${issueId}`);
  return (res.json as { results: Array<{ fingerprint: string }> }).results.map((row) => row.fingerprint).sort();
}

export const errorBody = {
  validation: (detail: string, attr: string | null, code = 'invalid_input') => ({
    type: 'validation_error',
    code,
    detail,
    attr,
  }),
  notFound: (detail = 'Not found.') => ({ type: 'invalid_request', code: 'not_found', detail, attr: null }),
  methodNotAllowed: (method: string) => ({
    type: 'invalid_request',
    code: 'method_not_allowed',
    detail: `Method "${method}" not allowed.`,
    attr: null,
  }),
};

type Call = (
  method: string,
  path: string,
  options?: { body?: unknown },
) => Promise<{ status: number; json: unknown; text: string; headers: Headers }>;

export async function expectMethodsRefused(
  call: Call,
  cases: Array<[string, string]>,
  body: unknown = {},
): Promise<void> {
  for (const [method, path] of cases) {
    const res = await call(method, path, method === 'GET' ? {} : { body });
    expect({ method, path, status: res.status, json: res.json }).toEqual({
      method,
      path,
      status: 405,
      json: errorBody.methodNotAllowed(method),
    });
  }
}

export async function expectEmptyDelete405(call: Call, path: string): Promise<void> {
  const res = await call('DELETE', path);
  expect({ status: res.status, text: res.text, contentType: res.headers.get('content-type') }).toEqual({
    status: 405,
    text: '',
    contentType: null,
  });
}
