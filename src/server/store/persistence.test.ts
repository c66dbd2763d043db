import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestServer, seedProjects } from '../test-support';
import { openDatabase } from './database';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('persistence', () => {
  it('keeps rules, their order and keys across a restart on the same data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tc-data-'));
    dirs.push(dataDir);
    const first = makeTestServer({ db: openDatabase(dataDir) });
    const created = [];
    for (const rate of [0.1, 0.2, 0.3]) {
      created.push(
        (
          await first.call('POST', '/api/projects/1/error_tracking/suppression_rules/', {
            body: { sampling_rate: rate },
          })
        ).json,
      );
    }
    const orders = { [created[0].id]: 2, [created[1].id]: 0, [created[2].id]: 1 };
    expect(
      (await first.call('PATCH', '/api/projects/1/error_tracking/suppression_rules/reorder/', { body: { orders } }))
        .status,
    ).toBe(204);
    first.db.close();

    const second = makeTestServer({ db: openDatabase(dataDir), seed: () => {} });
    const list = await second.call('GET', '/api/projects/1/error_tracking/suppression_rules/', { key: first.key });
    expect(list.status).toBe(200);
    expect(list.json.results.map((rule: { sampling_rate: number }) => rule.sampling_rate)).toEqual([0.2, 0.3, 0.1]);
    second.db.close();
  });

  it('applies migrations once and records the schema version', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tc-data-'));
    dirs.push(dataDir);
    const db = openDatabase(dataDir);
    seedProjects(db);
    const version = db.pragma('user_version', { simple: true });
    db.close();
    const reopened = openDatabase(dataDir);
    expect(reopened.pragma('user_version', { simple: true })).toBe(version);
    expect(reopened.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(reopened.pragma('foreign_keys', { simple: true })).toBe(1);
    expect((reopened.prepare('SELECT COUNT(*) AS n FROM projects').get() as { n: number }).n).toBe(2);
    reopened.close();
  });

  it('gives the projects of a database made before project tokens one each, on migration', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tc-data-'));
    dirs.push(dataDir);
    const old = new Database(join(dataDir, 'triage-console.db'));
    for (const name of ['001-initial.sql', '002-exception-events.sql']) {
      old.exec(readFileSync(new URL(`./migrations/${name}`, import.meta.url), 'utf8'));
    }
    old.pragma('user_version = 2');
    seedProjects(old);
    old.close();
    const db = openDatabase(dataDir);
    const tokens = db.prepare('SELECT api_token FROM projects ORDER BY id').pluck().all() as string[];
    expect(tokens).toHaveLength(2);
    for (const token of tokens) expect(token).toMatch(/^phc_[A-Za-z0-9_-]{43}$/);
    expect(tokens[0]).not.toBe(tokens[1]);
    db.close();
  });
});
