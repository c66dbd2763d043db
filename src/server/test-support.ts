import { createApp } from './app';
import { createPersonalApiKey } from './gateway/personal-api-keys';
import type { RateLimits } from './gateway/rate-limit';
import { openDatabase, type Db } from './store/database';

type CallOptions = { body?: unknown; key?: string | null; headers?: Record<string, string> };

export function seedProjects(db: Db): void {
  const insert = db.prepare('INSERT INTO projects (id, name, created_at) VALUES (?, ?, ?)');
  insert.run(1, 'Web app', '2026-01-01T00:00:00.000Z');
  insert.run(2, 'Mobile', '2026-01-01T00:00:00.000Z');
}

export function makeTestServer({
  db = openDatabase(':memory:'),
  seed = seedProjects,
  rateLimits,
  historyEntriesKept,
}: { db?: Db; seed?: (db: Db) => void; rateLimits?: RateLimits; historyEntriesKept?: number } = {}) {
  seed(db);
  const app = createApp({ db, dashboardToken: null, distDir: '/nonexistent-dist', rateLimits, historyEntriesKept });
  const createKey = (scopes: string[], scopedTeams: number[] | null = null, label = 'test') =>
    createPersonalApiKey(db, { label, scopes, scopedTeams }).secret;
  const key = createKey(['*']);

  async function call(method: string, path: string, options: CallOptions = {}) {
    const headers: Record<string, string> = { ...options.headers };
    const bearer = options.key === undefined ? key : options.key;
    if (bearer !== null) headers.Authorization = `Bearer ${bearer}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const response = await app.request(path, { method, headers, body });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: text ? (JSON.parse(text) as any) : null };
  }

  return { db: db as Db, app, key, createKey, call };
}
