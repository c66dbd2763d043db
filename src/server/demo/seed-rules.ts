import type { Db } from '../store/database';
import { toJson } from '../store/json-column';
import { daysAgo, isoSeconds } from './demo-time';
import type { People } from './people';
import type { Random } from './random';
import { demoRules, type DemoRule, type RuleContext } from './rules';

export type SeededRule = { id: string; teamId: number; rule: DemoRule };

// Older than the demo's first exception (61 days), so every exception met the rules as they are.
const oldest = 95;
const newest = 62;

export function seedRules(db: Db, random: Random, people: People): SeededRule[] {
  const insert = db.prepare(
    `INSERT INTO rules (id, team_id, kind, filters, assignee, description, sampling_rate, order_key, disabled_data, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  const context: RuleContext = {
    user: (key) => ({ type: 'user', id: people.userId(key) }),
    role: (name) => ({ type: 'role', id: people.roleId(name) }),
  };
  const seeded: SeededRule[] = [];
  for (const [teamId, teamRules] of demoRules(context)) {
    const nextOrderKey = { assignment: 0, grouping: 0, suppression: 0 };
    for (const rule of teamRules) {
      const id = random.uuid();
      const createdAt = daysAgo(newest + random.next() * (oldest - newest));
      const editable = Date.parse(daysAgo(newest)) - Date.parse(createdAt);
      const updatedAt = random.chance(0.4) ? isoSeconds(Date.parse(createdAt) + random.next() * editable) : createdAt;
      insert.run(
        id,
        teamId,
        rule.kind,
        JSON.stringify(rule.filters),
        rule.kind === 'suppression' ? null : toJson(rule.assignee),
        rule.kind === 'grouping' ? rule.description : null,
        rule.kind === 'suppression' ? rule.samplingRate : null,
        nextOrderKey[rule.kind]++,
        createdAt,
        updatedAt,
      );
      seeded.push({ id, teamId, rule });
    }
  }
  return seeded;
}
