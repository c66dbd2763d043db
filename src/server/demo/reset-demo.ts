import type { Db } from '../store/database';
import { seedDemo, type SeedSummary } from './seed-demo';

// Children before parents, for the foreign keys.
const dataTables = [
  'rule_history',
  'rule_lists',
  'ingestion_counters',
  'exception_events',
  'external_references',
  'fingerprints',
  'rules',
  'issues',
  'integrations',
  'role_members',
  'roles',
  'users',
  'projects',
];

/** Keys and the session secret stay, so a running dashboard and its scripts keep working. */
export function resetDemo(db: Db): SeedSummary {
  return db.transaction(() => {
    for (const table of dataTables) db.prepare(`DELETE FROM ${table}`).run();
    db.prepare("DELETE FROM sqlite_sequence WHERE name = 'integrations'").run();
    return seedDemo(db);
  })();
}
