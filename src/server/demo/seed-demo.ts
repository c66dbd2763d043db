import type { Db } from '../store/database';
import { insertProject } from '../store/projects-repository';
import { demoEvents } from './demo-events';
import { mobileTeam, webTeam } from './demo-teams';
import { daysAgo } from './demo-time';
import { seedPeople } from './people';
import { createRandom } from './random';
import { replayDemoEvents } from './replay-demo-events';
import { seedIntegrations } from './seed-integrations';
import { seedRules } from './seed-rules';
import { triageDemoIssues } from './triage-demo-issues';

export const demoTables = [
  'projects',
  'users',
  'roles',
  'role_members',
  'issues',
  'fingerprints',
  'integrations',
  'external_references',
  'rules',
  'exception_events',
] as const;
export type DemoTable = (typeof demoTables)[number];

export class SeedSummary {
  constructor(readonly counts: Record<DemoTable, number>) {}

  toString(): string {
    return demoTables.map((table) => `${this.counts[table]} ${table.replace('_', ' ')}`).join(', ');
  }
}

function countRows(db: Db): Record<DemoTable, number> {
  const count = (table: DemoTable) =>
    (db.prepare(`SELECT COUNT(*) AS count FROM ${table}`).get() as { count: number }).count;
  return Object.fromEntries(demoTables.map((table) => [table, count(table)])) as Record<DemoTable, number>;
}

export function seedDemo(db: Db, now: number = Date.now()): SeedSummary {
  db.transaction(() => {
    if (db.prepare('SELECT 1 FROM projects LIMIT 1').get() !== undefined) {
      throw new Error('The demo data only goes into an empty database (this one already has projects).');
    }
    insertProject(db, { id: webTeam, name: 'Web app', created_at: daysAgo(150) });
    insertProject(db, { id: mobileTeam, name: 'Mobile', created_at: daysAgo(150) });
    // One stream per part, so extending one part's data leaves the others' ids unchanged.
    const people = seedPeople(db, createRandom('demo:people'));
    const rules = seedRules(db, createRandom('demo:rules'), people);
    // Issues, fingerprints and assignees are what ingestion makes of the exceptions under these rules.
    const events = demoEvents(createRandom('demo:sites'), createRandom('demo:events'), now);
    replayDemoEvents(db, events, createRandom('demo:ids'));
    const issues = triageDemoIssues(db, createRandom('demo:triage'), events, rules);
    seedIntegrations(db, createRandom('demo:integrations'), issues, now);
  })();
  return new SeedSummary(countRows(db));
}
