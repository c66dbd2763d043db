import { assigneeSchema, type Assignee } from '../../contract/assignee';
import type { PaginationParams } from '../../contract/common';
import type { Issue, IssueStatus } from '../../contract/issues';
import type { Db } from './database';
import { externalIssuesByIssue } from './external-references-repository';
import { parseJsonObject } from './json-object';
import { withTextSearch } from './text-search';

export type IssueFilter = {
  search?: string | undefined;
  status?: IssueStatus | undefined;
  assignee?: Assignee | null | undefined;
};
export type IssueChanges = { status?: IssueStatus; name?: string | null; description?: string | null };
export type NewIssue = {
  id: string;
  teamId: number;
  name: string | null;
  description: string | null;
  firstSeen: string;
  createdAt: string;
};

type IssueRow = {
  id: string;
  status: IssueStatus;
  name: string | null;
  description: string | null;
  assignee: string | null;
  first_seen: string;
  fingerprint_count: number;
};

const select = `SELECT i.id, i.status, i.name, i.description, i.assignee, i.first_seen,
  (SELECT COUNT(*) FROM fingerprints f WHERE f.issue_id = i.id) AS fingerprint_count
  FROM issues i`;

function whereOf(teamId: number, { search, status, assignee }: IssueFilter): { sql: string; params: unknown[] } {
  const clauses = ['i.team_id = ?'];
  const params: unknown[] = [teamId];
  if (status) {
    clauses.push('i.status = ?');
    params.push(status);
  }
  if (assignee) {
    // The column holds JSON; json_extract gives a user id back as an integer and a role id as text.
    clauses.push("json_extract(i.assignee, '$.type') = ? AND json_extract(i.assignee, '$.id') = ?");
    params.push(assignee.type, assignee.id);
  }
  if (search) {
    clauses.push('(icontains(i.name, ?) OR icontains(i.description, ?))');
    params.push(search, search);
  }
  return { sql: clauses.join(' AND '), params };
}

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
      fingerprint_count: row.fingerprint_count,
    };
  });
}

/** Newest first (first_seen DESC, then id), as the dashboard lists them. */
export function listIssues(db: Db, teamId: number, filter: IssueFilter, { limit, offset }: PaginationParams): Issue[] {
  const where = whereOf(teamId, filter);
  const rows = withTextSearch(db)
    .prepare(`${select} WHERE ${where.sql} ORDER BY i.first_seen DESC, i.id LIMIT ? OFFSET ?`)
    .all(...where.params, limit, offset) as IssueRow[];
  return toIssues(db, rows);
}

export function countIssues(db: Db, teamId: number, filter: IssueFilter): number {
  const where = whereOf(teamId, filter);
  const row = withTextSearch(db)
    .prepare(`SELECT COUNT(*) AS count FROM issues i WHERE ${where.sql}`)
    .get(...where.params);
  return (row as { count: number }).count;
}

export function findIssue(db: Db, teamId: number, id: string): Issue | null {
  const row = db.prepare(`${select} WHERE i.team_id = ? AND i.id = ?`).get(teamId, id) as IssueRow | undefined;
  return row ? toIssues(db, [row])[0]! : null;
}

/** Which of `ids` are issues of this environment. */
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

/** A new issue starts active and unassigned. */
export function insertIssue(db: Db, issue: NewIssue): void {
  db.prepare(
    `INSERT INTO issues (id, team_id, status, name, description, assignee, first_seen, created_at)
     VALUES (?, ?, 'active', ?, ?, NULL, ?, ?)`,
  ).run(issue.id, issue.teamId, issue.name, issue.description, issue.firstSeen, issue.createdAt);
}

/** The target of a merge was first seen when the earliest of the merged issues was. */
export function takeEarliestFirstSeen(db: Db, teamId: number, targetId: string, fromIds: string[]): void {
  db.prepare(
    `UPDATE issues SET first_seen = (
       SELECT MIN(first_seen) FROM issues WHERE team_id = ? AND (id = ? OR id IN (SELECT value FROM json_each(?)))
     ) WHERE team_id = ? AND id = ?`,
  ).run(teamId, targetId, JSON.stringify(fromIds), teamId, targetId);
}

export function deleteIssues(db: Db, teamId: number, ids: string[]): void {
  db.prepare('DELETE FROM issues WHERE team_id = ? AND id IN (SELECT value FROM json_each(?))').run(
    teamId,
    JSON.stringify(ids),
  );
}
