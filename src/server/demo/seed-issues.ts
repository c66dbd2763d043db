import type { Assignee } from '../../contract/assignee';
import type { IssueStatus } from '../../contract/issues';
import type { Db } from '../store/database';
import { toJson } from '../store/json-column';
import { dayMs, demoNow, isoSeconds } from './demo-time';
import { mobileExceptions, webExceptions, type ExceptionTemplate } from './exceptions';
import type { DemoRoleName, DemoUserKey, People } from './people';
import type { Random } from './random';

export const webTeam = 1;
export const mobileTeam = 2;
export const fingerprintTotal = 500;

export type DemoIssue = {
  id: string;
  teamId: number;
  name: string;
  description: string;
  status: IssueStatus;
  assignee: Assignee | null;
  firstSeen: string;
  exceptionType?: string;
};

const statusWeights: Array<[IssueStatus, number]> = [
  ['active', 68],
  ['resolved', 14],
  ['suppressed', 6],
  ['archived', 6],
  ['pending_release', 6],
];

const owners: Record<number, { users: DemoUserKey[]; roles: DemoRoleName[] }> = {
  [webTeam]: { users: ['priya', 'lucas', 'sofia', 'daniel', 'tomas', 'maya'], roles: ['Frontend', 'Backend'] },
  [mobileTeam]: { users: ['amara', 'kenji', 'lucas'], roles: ['Mobile'] },
};

export function insertDemoIssue(db: Db, issue: DemoIssue): void {
  db.prepare(
    `INSERT INTO issues (id, team_id, status, name, description, assignee, first_seen, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    issue.id,
    issue.teamId,
    issue.status,
    issue.name,
    issue.description,
    toJson(issue.assignee),
    issue.firstSeen,
    issue.firstSeen,
  );
}

export function insertDemoFingerprint(
  db: Db,
  random: Random,
  issue: DemoIssue,
  fingerprint: string,
  seenAt: string,
): void {
  db.prepare(
    'INSERT INTO fingerprints (id, team_id, fingerprint, issue_id, created_at, first_seen) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(random.uuid(), issue.teamId, fingerprint, issue.id, seenAt, seenAt);
}

function makeIssue(random: Random, people: People, teamId: number, template: ExceptionTemplate): DemoIssue {
  const pool = owners[teamId]!;
  let assignee: Assignee | null = null;
  if (random.chance(0.35)) {
    assignee = random.chance(0.7)
      ? { type: 'user', id: people.userId(random.pick(pool.users)) }
      : { type: 'role', id: people.roleId(random.pick(pool.roles)) };
  }
  return {
    id: random.uuid(),
    teamId,
    name: template.name ?? template.type,
    description: template.message,
    exceptionType: template.type,
    status: random.weighted(statusWeights),
    assignee,
    firstSeen: isoSeconds(demoNow - dayMs / 24 - random.next() * 60 * dayMs),
  };
}

/** Uneven, as in real projects: a few issues hold most of the fingerprints. */
function fingerprintCounts(random: Random, issueCount: number, total: number): number[] {
  const counts = Array.from({ length: issueCount }, () => 1);
  const weights = counts.map((_, index) => [index, random.next() ** 4 + 0.01] as const);
  for (let left = total - issueCount; left > 0; left--) counts[random.weighted(weights)]!++;
  return counts;
}

export function findDemoIssue(issues: DemoIssue[], teamId: number, text: string): DemoIssue {
  const issue = issues.find(
    (candidate) => candidate.teamId === teamId && `${candidate.name}\n${candidate.description}`.includes(text),
  );
  if (!issue) throw new Error(`Demo data: no issue in environment ${teamId} matches "${text}".`);
  return issue;
}

export function seedIssues(db: Db, random: Random, people: People): DemoIssue[] {
  const issues = [
    ...webExceptions.map((template) => makeIssue(random, people, webTeam, template)),
    ...mobileExceptions.map((template) => makeIssue(random, people, mobileTeam, template)),
  ];
  const counts = fingerprintCounts(random, issues.length, fingerprintTotal);
  const taken = new Set<string>();
  issues.forEach((issue, index) => {
    insertDemoIssue(db, issue);
    const firstSeen = Date.parse(issue.firstSeen);
    for (let n = 0; n < counts[index]!; n++) {
      let fingerprint = random.hex(40);
      while (taken.has(fingerprint)) fingerprint = random.hex(40);
      taken.add(fingerprint);
      const seenAt = n === 0 ? firstSeen : firstSeen + random.next() * (demoNow - firstSeen);
      insertDemoFingerprint(db, random, issue, fingerprint, isoSeconds(seenAt));
    }
  });
  return issues;
}
