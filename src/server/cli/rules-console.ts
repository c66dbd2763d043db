import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { actorHeader } from '../../contract/rule-history';
import { createApp } from '../app';
import { readUpstream, UpstreamConfigError } from '../connected/upstream-config';
import { loadSessionSecret, sessionCookieName } from '../gateway/session';
import { databaseFile, openDatabase, type Db } from '../store/database';
import { UsageError } from './cli-support';

export class ConsoleRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type ConsoleRequest = { body?: unknown; headers?: Record<string, string> };

/** The console's API in this process, as the server would answer it: local store or the configured PostHog. */
export type RulesConsole = {
  mode: 'local' | 'connected';
  request(method: string, path: string, options?: ConsoleRequest): Promise<unknown>;
  close(): void;
};

const origin = 'http://127.0.0.1';

function detailOf(status: number, text: string): string {
  try {
    const body: unknown = JSON.parse(text);
    if (body !== null && typeof body === 'object' && 'detail' in body && typeof body.detail === 'string') {
      const attr = 'attr' in body && typeof body.attr === 'string' ? ` (${body.attr})` : '';
      return `${body.detail}${attr}`;
    }
  } catch {
    // Not JSON: the status says enough.
  }
  return `HTTP ${status}`;
}

function openDb(dataDir: string, connected: boolean): Db {
  // Opening a missing database would create an empty one: in local mode, say where it was looked for instead.
  if (!connected && !existsSync(databaseFile(dataDir))) {
    throw new UsageError(
      `No database at ${databaseFile(dataDir)}. Start the server once (npm start) to create it, or set DATA_DIR to the data directory the server uses.`,
    );
  }
  return openDatabase(dataDir);
}

/**
 * Every request goes through the console's own routes, so writes are recorded in its history as the dashboard's
 * are. Local store: with CONSOLE_API_KEY the key's label names the writer; otherwise the CLI signs in as the
 * dashboard does (it holds the data directory) and names itself "CLI". Connected: POSTHOG_HOST and the key, as
 * `npm start` reads them.
 */
export function openRulesConsole(env: NodeJS.ProcessEnv): RulesConsole {
  let upstream;
  try {
    upstream = readUpstream({ env, flags: {} });
  } catch (err) {
    if (err instanceof UpstreamConfigError) throw new UsageError(err.message);
    throw err;
  }
  const apiKey = env.CONSOLE_API_KEY?.trim() || null;
  if (upstream !== null && apiKey !== null) {
    throw new UsageError('CONSOLE_API_KEY is for the local store; with POSTHOG_HOST set, the PostHog key is used.');
  }
  const db = openDb(resolve(env.DATA_DIR ?? 'data'), upstream !== null);
  const app = createApp({ db, dashboardToken: null, distDir: '/nonexistent-dist', upstream });
  const auth: Record<string, string> =
    apiKey !== null
      ? { Authorization: `Bearer ${apiKey}` }
      : {
          Cookie: `${sessionCookieName}=${loadSessionSecret(db)}`,
          'Sec-Fetch-Site': 'same-origin',
          [actorHeader]: encodeURIComponent('CLI'),
        };
  return {
    mode: upstream === null ? 'local' : 'connected',
    async request(method, path, { body, headers = {} } = {}) {
      const init: RequestInit = { method, headers: { ...auth, ...headers } };
      if (body !== undefined) {
        init.body = JSON.stringify(body);
        init.headers = { ...init.headers, 'Content-Type': 'application/json' };
      }
      const response = await app.request(`${origin}${path}`, init);
      const text = await response.text();
      if (!response.ok) throw new ConsoleRequestError(response.status, detailOf(response.status, text));
      return text === '' ? null : JSON.parse(text);
    },
    close: () => db.close(),
  };
}
