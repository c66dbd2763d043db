import type { PaginationParams } from '../../contract/common';
import type { Fingerprint } from '../../contract/fingerprints';
import type { Db } from './database';

const columns = 'id, fingerprint, issue_id, created_at, first_seen';

export function listFingerprints(
  db: Db,
  teamId: number,
  issueId: string | undefined,
  { limit, offset }: PaginationParams,
): { count: number; results: Fingerprint[] } {
  const where = issueId === undefined ? 'team_id = ?' : 'team_id = ? AND issue_id = ?';
  const params = issueId === undefined ? [teamId] : [teamId, issueId];
  const { count } = db.prepare(`SELECT COUNT(*) AS count FROM fingerprints WHERE ${where}`).get(...params) as {
    count: number;
  };
  const results = db
    .prepare(`SELECT ${columns} FROM fingerprints WHERE ${where} ORDER BY created_at, id LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as Fingerprint[];
  return { count, results };
}

export function findFingerprint(db: Db, teamId: number, id: string): Fingerprint | null {
  const row = db.prepare(`SELECT ${columns} FROM fingerprints WHERE team_id = ? AND id = ?`).get(teamId, id);
  return (row as Fingerprint | undefined) ?? null;
}

export function findFingerprintByValue(db: Db, teamId: number, fingerprint: string): Fingerprint | null {
  const row = db
    .prepare(`SELECT ${columns} FROM fingerprints WHERE team_id = ? AND fingerprint = ?`)
    .get(teamId, fingerprint);
  return (row as Fingerprint | undefined) ?? null;
}

export function fingerprintsOfIssue(db: Db, teamId: number, issueId: string, values: string[]): Fingerprint[] {
  return db
    .prepare(
      `SELECT ${columns} FROM fingerprints
       WHERE team_id = ? AND issue_id = ? AND fingerprint IN (SELECT value FROM json_each(?))`,
    )
    .all(teamId, issueId, JSON.stringify(values)) as Fingerprint[];
}

export function moveFingerprintsOfIssues(db: Db, teamId: number, fromIssueIds: string[], toIssueId: string): void {
  db.prepare(
    'UPDATE fingerprints SET issue_id = ? WHERE team_id = ? AND issue_id IN (SELECT value FROM json_each(?))',
  ).run(toIssueId, teamId, JSON.stringify(fromIssueIds));
}

export function moveFingerprint(db: Db, teamId: number, id: string, toIssueId: string): void {
  db.prepare('UPDATE fingerprints SET issue_id = ? WHERE team_id = ? AND id = ?').run(toIssueId, teamId, id);
}
