import { describe, expect, it } from 'vitest';
import { createPersonalApiKey, listPersonalApiKeys } from '../gateway/personal-api-keys';
import { openDatabase } from '../store/database';
import { resetDemo } from './reset-demo';
import { seedDemo } from './seed-demo';

const snapshot = (db: ReturnType<typeof openDatabase>) => ({
  rules: db.prepare('SELECT id, order_key FROM rules ORDER BY id').all(),
  integrations: db.prepare('SELECT id, kind FROM integrations ORDER BY id').all(),
  issues: db.prepare('SELECT COUNT(*) AS n FROM issues').get(),
  // The demo's own ingestion counted its exceptions.
  counters: db.prepare('SELECT * FROM ingestion_counters ORDER BY team_id, counter, detail').all(),
});

describe('resetDemo', () => {
  it('brings changed data back to the demo state and keeps API keys', () => {
    const db = openDatabase(':memory:');
    seedDemo(db);
    const pristine = snapshot(db);
    createPersonalApiKey(db, { label: 'kept', scopes: ['*'], scopedTeams: null });
    db.prepare('DELETE FROM rules WHERE kind = ?').run('assignment');
    db.prepare('UPDATE rules SET order_key = order_key + 10').run();
    db.prepare(
      "INSERT INTO integrations (team_id, kind, display_name, config, created_at) VALUES (1, 'github', 'x', '{}', 'now')",
    ).run();
    db.prepare("UPDATE ingestion_counters SET value = value + 5 WHERE team_id = 1 AND counter = 'ingested'").run();
    db.prepare("INSERT INTO ingestion_counters (team_id, counter, detail, value) VALUES (1, 'rejected', 'x', 2)").run();
    expect(snapshot(db)).not.toEqual(pristine);

    resetDemo(db);
    expect(snapshot(db)).toEqual(pristine);
    expect(listPersonalApiKeys(db).map((key) => key.label)).toEqual(['kept']);
  });
});
