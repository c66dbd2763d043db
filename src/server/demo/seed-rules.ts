import type { Db } from '../store/database';
import { toJson } from '../store/json-column';
import { dayMs, daysAgo, isoSeconds } from './demo-time';
import type { People } from './people';
import type { Random } from './random';
import { demoRules, type DemoRule, type RuleContext } from './rules';
import { findDemoIssue, insertDemoFingerprint, insertDemoIssue, type DemoIssue } from './seed-issues';

function seedGroupedIssue(
  db: Db,
  random: Random,
  teamId: number,
  ruleId: string,
  rule: DemoRule & { kind: 'grouping' },
  createdAt: string,
) {
  const firstSeen = isoSeconds(Date.parse(createdAt) + (1 + random.next() * 4) * dayMs);
  const issue: DemoIssue = {
    id: random.uuid(),
    teamId,
    name: rule.groupedIssue!.name,
    description: rule.groupedIssue!.description,
    status: 'active',
    assignee: rule.assignee,
    firstSeen,
  };
  insertDemoIssue(db, issue);
  insertDemoFingerprint(db, random, issue, `custom-rule:${ruleId}`, firstSeen);
}

export function seedRules(db: Db, random: Random, people: People, issues: DemoIssue[]): void {
  const insert = db.prepare(
    `INSERT INTO rules (id, team_id, kind, filters, assignee, description, sampling_rate, order_key, disabled_data, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const context: RuleContext = {
    user: (key) => ({ type: 'user', id: people.userId(key) }),
    role: (name) => ({ type: 'role', id: people.roleId(name) }),
    issue: (teamId, text) => findDemoIssue(issues, teamId, text),
  };
  for (const [teamId, teamRules] of demoRules(context)) {
    const nextOrderKey = { assignment: 0, grouping: 0, suppression: 0 };
    for (const rule of teamRules) {
      const id = random.uuid();
      const createdAt = daysAgo(40 + random.next() * 35);
      const updatedAt = random.chance(0.4) ? isoSeconds(Date.parse(createdAt) + random.next() * 30 * dayMs) : createdAt;
      insert.run(
        id,
        teamId,
        rule.kind,
        JSON.stringify(rule.filters),
        rule.kind === 'suppression' ? null : toJson(rule.assignee),
        rule.kind === 'grouping' ? rule.description : null,
        rule.kind === 'suppression' ? rule.samplingRate : null,
        nextOrderKey[rule.kind]++,
        rule.kind === 'assignment' ? toJson(rule.disabledData) : null,
        createdAt,
        updatedAt,
      );
      if (rule.kind === 'grouping' && rule.groupedIssue) seedGroupedIssue(db, random, teamId, id, rule, createdAt);
    }
  }
}
