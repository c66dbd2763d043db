import type { Db } from '../store/database';
import { insertUser } from '../store/members-repository';
import { insertRole } from '../store/roles-repository';
import { daysAgo } from './demo-time';
import type { Random } from './random';

// PostHog organization levels.
const member = 1;
const admin = 8;
const owner = 15;

export const demoUsers = [
  { key: 'maya', first_name: 'Maya', last_name: 'Okafor', level: owner },
  { key: 'daniel', first_name: 'Daniel', last_name: 'Brooks', level: admin },
  { key: 'priya', first_name: 'Priya', last_name: 'Raman', level: member },
  { key: 'lucas', first_name: 'Lucas', last_name: 'Moreau', level: member },
  { key: 'sofia', first_name: 'Sofia', last_name: 'Lindqvist', level: member },
  { key: 'kenji', first_name: 'Kenji', last_name: 'Watanabe', level: member },
  { key: 'amara', first_name: 'Amara', last_name: 'Nwosu', level: member },
  { key: 'tomas', first_name: 'Tomás', last_name: 'Herrera', level: member },
] as const;
export type DemoUserKey = (typeof demoUsers)[number]['key'];

export const demoRoles = [
  { name: 'Frontend', members: ['priya', 'lucas', 'sofia'] },
  { name: 'Backend', members: ['daniel', 'kenji', 'tomas'] },
  { name: 'Mobile', members: ['amara', 'lucas', 'kenji'] },
] as const satisfies ReadonlyArray<{ name: string; members: readonly DemoUserKey[] }>;
export type DemoRoleName = (typeof demoRoles)[number]['name'];

export type People = { userId: (key: DemoUserKey) => number; roleId: (name: DemoRoleName) => string };

const emailOf = (first: string, last: string) =>
  `${first}.${last}@example.com`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function seedPeople(db: Db, random: Random): People {
  const userIds = new Map<string, number>();
  demoUsers.forEach((user, index) => {
    const id = index + 1;
    insertUser(db, {
      id,
      uuid: random.uuid(),
      membership_id: random.uuid(),
      first_name: user.first_name,
      last_name: user.last_name,
      email: emailOf(user.first_name, user.last_name),
      level: user.level,
    });
    userIds.set(user.key, id);
  });
  const roleIds = new Map<string, string>();
  demoRoles.forEach((role, index) => {
    const id = random.uuid();
    insertRole(
      db,
      { id, name: role.name, created_at: daysAgo(120 - index) },
      role.members.map((key) => userIds.get(key)!),
    );
    roleIds.set(role.name, id);
  });
  return { userId: (key) => userIds.get(key)!, roleId: (name) => roleIds.get(name)! };
}
