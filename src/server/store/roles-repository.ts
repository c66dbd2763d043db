import { createHash } from 'node:crypto';
import type { PaginationParams } from '../../contract/common';
import type { Db } from './database';
import { toMemberUser, userColumns, type MemberUser, type UserRow } from './members-repository';

export type RoleRow = { id: string; name: string; created_at: string };
export type RoleMemberView = { id: string; user: MemberUser };
export type RoleView = { id: string; name: string; members: RoleMemberView[] };

/** PostHog gives each role membership a UUID; our join table has none, so one is derived from the pair. */
export function roleMembershipId(roleId: string, userId: number): string {
  const hex = createHash('sha1').update(`role-membership:${roleId}:${userId}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function membersOf(db: Db, roleIds: string[]): Map<string, RoleMemberView[]> {
  const byRole = new Map<string, RoleMemberView[]>(roleIds.map((id) => [id, []]));
  if (roleIds.length === 0) return byRole;
  const rows = db
    .prepare(
      `SELECT role_members.role_id, ${userColumns} FROM role_members JOIN users ON users.id = role_members.user_id
       WHERE role_members.role_id IN (${roleIds.map(() => '?').join(', ')}) ORDER BY users.id`,
    )
    .all(...roleIds) as Array<UserRow & { role_id: string }>;
  for (const row of rows) {
    byRole.get(row.role_id)?.push({ id: roleMembershipId(row.role_id, row.id), user: toMemberUser(row) });
  }
  return byRole;
}

export function listRoles(db: Db, { limit, offset }: PaginationParams): { count: number; results: RoleView[] } {
  const { count } = db.prepare('SELECT COUNT(*) AS count FROM roles').get() as { count: number };
  const rows = db
    .prepare('SELECT id, name, created_at FROM roles ORDER BY name, id LIMIT ? OFFSET ?')
    .all(limit, offset) as RoleRow[];
  const members = membersOf(
    db,
    rows.map((row) => row.id),
  );
  return { count, results: rows.map((row) => ({ id: row.id, name: row.name, members: members.get(row.id) ?? [] })) };
}

export function insertRole(db: Db, role: RoleRow, memberIds: number[]): void {
  db.prepare('INSERT INTO roles (id, name, created_at) VALUES (?, ?, ?)').run(role.id, role.name, role.created_at);
  const addMember = db.prepare('INSERT INTO role_members (role_id, user_id) VALUES (?, ?)');
  for (const userId of memberIds) addMember.run(role.id, userId);
}
