import type { Db } from './database';
import { nowIso } from '../http/clock';

export function isEmptyDatabase(db: Db): boolean {
  return db.prepare('SELECT 1 FROM projects LIMIT 1').get() === undefined;
}

/** PostHog always has at least one project; an empty workspace gets one to put rules in. */
export function ensureDefaultProject(db: Db): void {
  db.prepare('INSERT OR IGNORE INTO projects (id, name, created_at) VALUES (1, ?, ?)').run('Default project', nowIso());
}
