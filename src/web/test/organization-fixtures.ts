import type { Member, Role } from '../../contract/organization';

const user = (id: number, first_name: string, last_name: string) => ({
  id,
  uuid: `0190f4c4-0000-7000-8000-${String(id).padStart(12, '0')}`,
  first_name,
  last_name,
  email: `${first_name}.${last_name}@example.com`.toLowerCase(),
});

export const members: Member[] = [
  { id: '0190f4c4-1111-7000-8000-000000000007', user: user(7, 'Maya', 'Okafor'), level: 15 },
  { id: '0190f4c4-1111-7000-8000-000000000009', user: user(9, 'Priya', 'Raman'), level: 1 },
];

export const roles: Role[] = [
  {
    id: '0190f4c4-2222-7000-8000-000000000001',
    name: 'Frontend',
    members: [{ id: 'm1', user: members[1]!.user }],
  },
  { id: '0190f4c4-2222-7000-8000-000000000002', name: 'Backend', members: [] },
];
