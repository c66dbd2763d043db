import { assigneeSchema, type Assignee } from '../../contract/assignee';
import type { PaginationParams } from '../../contract/common';
import type { Issue, IssueStatus } from '../../contract/issues';
import type { Db } from './database';
import { externalIssuesByIssue } from './external-references-repository';
import { parseJsonObject } from './json-object';
import { prepared } from './prepared';

export type IssueChanges = { status?: IssueStatus; name?: string | null; description?: string | null };
export type NewIssue = {
  id: string;
  teamId: number;
  name: string | null;
  description: string | null;
  createdAt: string;
  /** The legacy column's value; the created time when not given. */
  firstSeen?: string;
};

type IssueRow = {
  id: string;
  status: IssueStatus;
  name: string | null;
  description: string | null;
  assignee: string | null;
  first_seen: string | null;
};

// PostHog's first_seen is Min(fingerprints__first_seen): null for an issue that holds no fingerprint.
const select = `SELECT i.id, i.status, i.name, i.description, i.assignee,
  (SELECT MIN(f.first_seen) FROM fingerprints f WHERE f.team_id = i.team_id AND f.issue_id = i.id) AS first_seen
  FROM issues i`;

function toIssues(db: Db, rows: IssueRow[]): Issue[] {
  const external = externalIssuesByIssue(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const assignee = assigneeSchema.safeParse(parseJsonObject(row.assignee));
    return {
      id: row.id,
      status: row.status,
      name: row.name,
      description: row.description,
      first_seen: row.first_seen,
      assignee: assignee.success ? assignee.data : null,
      external_issues: external.get(row.id) ?? [],
    };
  });
}

/** PostHog's REST list has no ORDER BY; id order is stable, so offset pages never overlap or skip. */
export function listIssues(db: Db, teamId: number, { limit, offset }: PaginationParams): Issue[] {
  const rows = db
    .prepare(`${select} WHERE i.team_id = ? ORDER BY i.id LIMIT ? OFFSET ?`)
    .all(teamId, limit, offset) as IssueRow[];
  return toIssues(db, rows);
}

export function countIssues(db: Db, teamId: number): number {
  return (db.prepare('SELECT COUNT(*) AS count FROM issues WHERE team_id = ?').get(teamId) as { count: number }).count;
}

export function findIssue(db: Db, teamId: number, id: string): Issue | null {
  const row = db.prepare(`${select} WHERE i.team_id = ? AND i.id = ?`).get(teamId, id) as IssueRow | undefined;
  return row ? toIssues(db, [row])[0]! : null;
}

export function existingIssueIds(db: Db, teamId: number, ids: string[]): Set<string> {
  const rows = db
    .prepare('SELECT id FROM issues WHERE team_id = ? AND id IN (SELECT value FROM json_each(?))')
    .all(teamId, JSON.stringify(ids)) as Array<{ id: string }>;
  return new Set(rows.map((row) => row.id));
}

const changeColumns = ['status', 'name', 'description'] as const;

export function updateIssue(db: Db, teamId: number, id: string, changes: IssueChanges): void {
  const set = changeColumns.filter((column) => changes[column] !== undefined);
  if (set.length === 0) return;
  db.prepare(`UPDATE issues SET ${set.map((column) => `${column} = ?`).join(', ')} WHERE team_id = ? AND id = ?`).run(
    ...set.map((column) => changes[column]),
    teamId,
    id,
  );
}

export function setIssueAssignee(db: Db, teamId: number, id: string, assignee: Assignee | null): void {
  db.prepare('UPDATE issues SET assignee = ? WHERE team_id = ? AND id = ?').run(
    assignee === null ? null : JSON.stringify(assignee),
    teamId,
    id,
  );
}

/** The legacy first_seen column is filled but never read. */
export function insertIssue(db: Db, issue: NewIssue): void {
  prepared(
    db,
    `INSERT INTO issues (id, team_id, status, name, description, assignee, first_seen, created_at)
     VALUES (?, ?, 'active', ?, ?, NULL, ?, ?)`,
  ).run(issue.id, issue.teamId, issue.name, issue.description, issue.firstSeen ?? issue.createdAt, issue.createdAt);
}

export function deleteIssues(db: Db, teamId: number, ids: string[]): void {
  db.prepare('DELETE FROM issues WHERE team_id = ? AND id IN (SELECT value FROM json_each(?))').run(
    teamId,
    JSON.stringify(ids),
  );
}

/** cymbal's `maybe_reopen`: an event for a resolved issue makes it active again. */
export function reopenIssue(db: Db, teamId: number, id: string): void {
  prepared(db, "UPDATE issues SET status = 'active' WHERE team_id = ? AND id = ? AND status = 'resolved'").run(
    teamId,
    id,
  );
}

/** Like cymbal's assignment insert, an issue that already has an assignee keeps it. */
export function assignIssueIfUnassigned(db: Db, teamId: number, id: string, assignee: Assignee): void {
  prepared(db, 'UPDATE issues SET assignee = ? WHERE team_id = ? AND id = ? AND assignee IS NULL').run(
    JSON.stringify(assignee),
    teamId,
    id,
  );
}
