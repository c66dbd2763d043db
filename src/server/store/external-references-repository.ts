import type { ExternalReference } from '../../contract/external-references';
import type { PaginationParams } from '../../contract/common';
import { externalUrl } from '../trackers/external-url';
import type { Db } from './database';
import { parseJsonObject } from './json-object';

/** A reference as PostHog answers it: `issue` is write-only, never sent back. */
export type ExternalIssue = Omit<ExternalReference, 'issue'>;

type ReferenceRow = {
  id: string;
  issue_id: string;
  external_context: string;
  integration_id: number;
  kind: string;
  display_name: string;
  config: string;
};

const select = `SELECT r.id, r.issue_id, r.external_context, g.id AS integration_id, g.kind, g.display_name, g.config
  FROM external_references r JOIN integrations g ON g.id = r.integration_id`;
// PostHog's list has no ORDER BY; id order here is stable, so offset pages never overlap, and as meaningless.
const order = 'ORDER BY r.id';

function toReference(row: ReferenceRow): ExternalIssue {
  const config = parseJsonObject(row.config) ?? {};
  const context = parseJsonObject(row.external_context) ?? {};
  return {
    id: row.id,
    integration: { id: row.integration_id, kind: row.kind, display_name: row.display_name },
    external_url: externalUrl(row.kind, config, context),
  };
}

/** The same ticket named with keys in another order (or nested differently ordered) is still the same ticket. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function listReferences(db: Db, teamId: number, { limit, offset }: PaginationParams) {
  const { count } = db.prepare('SELECT COUNT(*) AS count FROM external_references WHERE team_id = ?').get(teamId) as {
    count: number;
  };
  const rows = db
    .prepare(`${select} WHERE r.team_id = ? ${order} LIMIT ? OFFSET ?`)
    .all(teamId, limit, offset) as ReferenceRow[];
  return { count, results: rows.map(toReference) };
}

export function findReference(db: Db, teamId: number, id: string): ExternalIssue | null {
  const row = db.prepare(`${select} WHERE r.team_id = ? AND r.id = ?`).get(teamId, id) as ReferenceRow | undefined;
  return row ? toReference(row) : null;
}

export function findIssueReference(
  db: Db,
  issueId: string,
  integrationId: number,
  context: unknown,
): ExternalIssue | null {
  const row = db
    .prepare(`${select} WHERE r.issue_id = ? AND r.integration_id = ? AND r.context_key = ? ${order} LIMIT 1`)
    .get(issueId, integrationId, canonicalJson(context)) as ReferenceRow | undefined;
  return row ? toReference(row) : null;
}

/** One query for a whole page. */
export function externalIssuesByIssue(db: Db, issueIds: string[]): Map<string, ExternalIssue[]> {
  const rows = db
    .prepare(`${select} WHERE r.issue_id IN (SELECT value FROM json_each(?)) ${order}`)
    .all(JSON.stringify(issueIds)) as ReferenceRow[];
  const byIssue = new Map<string, ExternalIssue[]>();
  for (const row of rows) {
    byIssue.set(row.issue_id, [...(byIssue.get(row.issue_id) ?? []), toReference(row)]);
  }
  return byIssue;
}

export function insertReference(
  db: Db,
  reference: {
    id: string;
    teamId: number;
    issueId: string;
    integrationId: number;
    context: unknown;
    createdAt: string;
  },
): void {
  db.prepare(
    `INSERT INTO external_references (id, team_id, issue_id, integration_id, external_context, context_key, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    reference.id,
    reference.teamId,
    reference.issueId,
    reference.integrationId,
    JSON.stringify(reference.context),
    canonicalJson(reference.context),
    reference.createdAt,
  );
}

export function moveReferences(db: Db, teamId: number, fromIssueIds: string[], toIssueId: string): void {
  db.prepare(
    'UPDATE external_references SET issue_id = ? WHERE team_id = ? AND issue_id IN (SELECT value FROM json_each(?))',
  ).run(toIssueId, teamId, JSON.stringify(fromIssueIds));
}
