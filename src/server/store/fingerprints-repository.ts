import type { PaginationParams } from '../../contract/common';
import type { Fingerprint } from '../../contract/fingerprints';
import type { IssueStatus } from '../../contract/issues';
import type { Db } from './database';
import { prepared } from './prepared';

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

export type FingerprintLink = {
  fingerprintId: string;
  firstSeen: string | null;
  /** Null when the fingerprint points at an issue that no longer exists. */
  issue: {
    id: string;
    status: IssueStatus;
    name: string | null;
    description: string | null;
    assignee: string | null;
  } | null;
};

type LinkRow = {
  fingerprint_id: string;
  first_seen: string | null;
  issue_id: string | null;
  status: IssueStatus | null;
  name: string | null;
  description: string | null;
  assignee: string | null;
};

/** The fingerprint's row and its issue, as ingestion links an event (cymbal's fingerprint → issue lookup). */
export function findFingerprintLink(db: Db, teamId: number, fingerprint: string): FingerprintLink | null {
  const row = prepared(
    db,
    `SELECT f.id AS fingerprint_id, f.first_seen, i.id AS issue_id, i.status, i.name, i.description, i.assignee
     FROM fingerprints f LEFT JOIN issues i ON i.id = f.issue_id AND i.team_id = f.team_id
     WHERE f.team_id = ? AND f.fingerprint = ?`,
  ).get(teamId, fingerprint) as LinkRow | undefined;
  if (!row) return null;
  const issue =
    row.issue_id === null
      ? null
      : { id: row.issue_id, status: row.status!, name: row.name, description: row.description, assignee: row.assignee };
  return { fingerprintId: row.fingerprint_id, firstSeen: row.first_seen, issue };
}

export function insertFingerprint(
  db: Db,
  row: { id: string; teamId: number; fingerprint: string; issueId: string; createdAt: string; firstSeen: string },
): void {
  prepared(
    db,
    'INSERT INTO fingerprints (id, team_id, fingerprint, issue_id, created_at, first_seen) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(row.id, row.teamId, row.fingerprint, row.issueId, row.createdAt, row.firstSeen);
}

/** An event older than any seen before moves the fingerprint's first_seen back, never forward. */
export function lowerFingerprintFirstSeen(db: Db, teamId: number, id: string, firstSeen: string): void {
  prepared(
    db,
    'UPDATE fingerprints SET first_seen = ? WHERE team_id = ? AND id = ? AND (first_seen IS NULL OR first_seen > ?)',
  ).run(firstSeen, teamId, id, firstSeen);
}

export function pointFingerprintAt(db: Db, teamId: number, id: string, issueId: string): void {
  prepared(db, 'UPDATE fingerprints SET issue_id = ? WHERE team_id = ? AND id = ?').run(issueId, teamId, id);
}
