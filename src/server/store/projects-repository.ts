import type { PaginationParams } from '../../contract/common';
import type { Db } from './database';
import { organization } from './organization';

export type ProjectRow = { id: number; name: string; created_at: string };
export type ProjectView = ProjectRow & { organization: string };

const toView = (row: ProjectRow): ProjectView => ({
  id: row.id,
  name: row.name,
  organization: organization.id,
  created_at: row.created_at,
});

function visibility(teamIds: number[] | null): { where: string; params: number[] } {
  if (teamIds === null) return { where: '', params: [] };
  return { where: `WHERE id IN (${teamIds.map(() => '?').join(', ') || 'NULL'})`, params: teamIds };
}

export function listProjects(db: Db, teamIds: number[] | null, { limit, offset }: PaginationParams) {
  const { where, params } = visibility(teamIds);
  const { count } = db.prepare(`SELECT COUNT(*) AS count FROM projects ${where}`).get(...params) as { count: number };
  const rows = db
    .prepare(`SELECT id, name, created_at FROM projects ${where} ORDER BY id LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as ProjectRow[];
  return { count, results: rows.map(toView) };
}

export function findProject(db: Db, id: number): ProjectView | null {
  const row = db.prepare('SELECT id, name, created_at FROM projects WHERE id = ?').get(id) as ProjectRow | undefined;
  return row ? toView(row) : null;
}

export function projectIds(db: Db): number[] {
  return (db.prepare('SELECT id FROM projects ORDER BY id').all() as Array<{ id: number }>).map((row) => row.id);
}

export function insertProject(db: Db, project: ProjectRow): void {
  db.prepare('INSERT INTO projects (id, name, created_at) VALUES (?, ?, ?)').run(
    project.id,
    project.name,
    project.created_at,
  );
}
