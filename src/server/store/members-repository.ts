import type { PaginationParams } from '../../contract/common';
import type { Db } from './database';

export type UserRow = {
  id: number;
  uuid: string;
  membership_id: string;
  first_name: string;
  last_name: string;
  email: string;
  level: number;
};
export type MemberUser = { id: number; uuid: string; first_name: string; last_name: string; email: string };
export type MemberView = { id: string; user: MemberUser; level: number };

export const userColumns =
  'users.id, users.uuid, users.membership_id, users.first_name, users.last_name, users.email, users.level';

export const toMemberUser = (row: UserRow): MemberUser => ({
  id: row.id,
  uuid: row.uuid,
  first_name: row.first_name,
  last_name: row.last_name,
  email: row.email,
});

export function listMembers(db: Db, { limit, offset }: PaginationParams): { count: number; results: MemberView[] } {
  const { count } = db.prepare('SELECT COUNT(*) AS count FROM users').get() as { count: number };
  const rows = db
    .prepare(`SELECT ${userColumns} FROM users ORDER BY users.id LIMIT ? OFFSET ?`)
    .all(limit, offset) as UserRow[];
  return { count, results: rows.map((row) => ({ id: row.membership_id, user: toMemberUser(row), level: row.level })) };
}

export function insertUser(db: Db, user: UserRow): void {
  db.prepare(
    `INSERT INTO users (id, uuid, membership_id, first_name, last_name, email, level) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(user.id, user.uuid, user.membership_id, user.first_name, user.last_name, user.email, user.level);
}
