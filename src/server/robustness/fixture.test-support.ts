import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { ruleKinds, ruleResourcePaths, type RuleKind } from '../../contract/rules';
import {
  addFingerprint,
  addIntegration,
  addIssue,
  addReference,
} from '../local-api/error-tracking-fixtures.test-support';
import { baselineEntry } from '../console/rule-history/rule-history-recorder';
import { readStoredRules } from '../console/rule-history/rule-state-source';
import type { Db } from '../store/database';
import { recordHistoryEntry } from '../store/rule-history-repository';
import { makeTestServer } from '../test-support';

/** These suites send thousands of requests with one key: PostHog's throttling would turn them into 429s. */
export const unlimited = { perMinute: 1e9, perHour: 1e9 };

export const typeErrorFilters = {
  type: 'AND',
  values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError'] }],
};

export function addRule(db: Db, teamId: number, kind: RuleKind, orderKey: number): string {
  const id = randomUUID();
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, orderKey)).toISOString();
  db.prepare(
    `INSERT INTO rules (id, team_id, kind, filters, assignee, description, sampling_rate, order_key, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    teamId,
    kind,
    JSON.stringify(typeErrorFilters),
    kind === 'suppression' ? null : JSON.stringify({ type: 'user', id: 1 }),
    kind === 'grouping' ? 'All type errors' : null,
    kind === 'suppression' ? 0.5 : null,
    orderKey,
    at,
    at,
  );
  return id;
}

export type EnvironmentFixture = {
  teamId: number;
  rules: Record<RuleKind, string[]>;
  issue: string;
  otherIssue: string;
  /** Two, so one can be split off. */
  fingerprints: Array<{ id: string; value: string }>;
  github: number;
  linear: number;
  jira: number;
  slack: number;
  reference: string;
};

export function seedEnvironment(db: Db, teamId: number): EnvironmentFixture {
  const rules = Object.fromEntries(
    ruleKinds.map((kind) => [kind, [0, 1, 2].map((orderKey) => addRule(db, teamId, kind, orderKey))]),
  ) as Record<RuleKind, string[]>;
  const issue = addIssue(db, { teamId, name: `Issue of env ${teamId}` });
  const otherIssue = addIssue(db, { teamId, name: `Other issue of env ${teamId}` });
  const fingerprints = ['a', 'b'].map((suffix) => {
    const value = `fp-${teamId}-${suffix}`;
    return { id: addFingerprint(db, issue, value, { teamId }), value };
  });
  const tickets = [
    {
      id: '1',
      title: 'Crash',
      url: 'https://github.com/acme/web/issues/1',
      external_context: { repository: 'web', number: 1 },
    },
  ];
  const github = addIntegration(db, 'github', {
    teamId,
    pickerData: { repositories: [{ id: 1, name: 'web', full_name: 'acme/web' }], tickets },
  });
  const linear = addIntegration(db, 'linear', { teamId, pickerData: { teams: [{ id: 'team-1', name: 'Eng' }] } });
  const jira = addIntegration(db, 'jira', { teamId, pickerData: { projects: [{ id: '1', key: 'OPS', name: 'Ops' }] } });
  const slack = addIntegration(db, 'slack', { teamId, config: {} });
  const reference = addReference(db, issue, github, { repository: 'web', number: 1 }, { teamId });
  return { teamId, rules, issue, otherIssue, fingerprints, github, linear, jira, slack, reference };
}

export function makeFixtureServer() {
  const server = makeTestServer({ rateLimits: unlimited });
  const envs = { 1: seedEnvironment(server.db, 1), 2: seedEnvironment(server.db, 2) };
  // The seeded rules as each environment's history baseline: a read that finds them unchanged then writes nothing.
  for (const teamId of [1, 2])
    recordHistoryEntry(server.db, teamId, baselineEntry, readStoredRules(server.db, teamId), 500);
  // The gateway records a key's first use (then at most hourly): done here, so a snapshot sees only the request's work.
  server.db.prepare('UPDATE personal_api_keys SET last_used_at = ?').run(new Date().toISOString());
  return { ...server, envs };
}

export type FixtureServer = ReturnType<typeof makeFixtureServer>;

export const trackingPath = (teamId: number, resource: string, prefix = 'environments') =>
  `/api/${prefix}/${teamId}/error_tracking/${resource}`;

export const rulesPath = (teamId: number, kind: RuleKind, prefix = 'environments') =>
  trackingPath(teamId, ruleResourcePaths[kind], prefix);

export function snapshotDatabase(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as Array<{ name: string }>;
  return Object.fromEntries(
    tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]),
  );
}

export type RawAnswer = { status: number; text: string; contentType: string | null; json: unknown };

type RawRequest = { body?: string; contentType?: string; authorization?: string };

export async function sendRaw(
  app: FixtureServer['app'],
  method: string,
  path: string,
  { body, contentType, authorization }: RawRequest = {},
): Promise<RawAnswer> {
  const headers: Record<string, string> = {};
  if (authorization !== undefined) headers.Authorization = authorization;
  if (contentType !== undefined) headers['Content-Type'] = contentType;
  const response = await app.request(path, { method, headers, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, contentType: response.headers.get('content-type'), json };
}

export function isContractError(json: unknown): boolean {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return false;
  const body = json as Record<string, unknown>;
  return (
    Object.keys(body).sort().join(',') === 'attr,code,detail,type' &&
    typeof body.type === 'string' &&
    typeof body.code === 'string' &&
    typeof body.detail === 'string' &&
    (body.attr === null || typeof body.attr === 'string')
  );
}

/** Never a 5xx; a non-2xx carries the contract's error body, except the empty 405 of a forbidden DELETE. */
export function expectContractAnswer(method: string, path: string, answer: RawAnswer): void {
  const seen = { method, path, status: answer.status, body: answer.text.slice(0, 300) };
  expect(answer.status, JSON.stringify(seen)).toBeLessThan(500);
  if (answer.status < 300) return;
  if (answer.status === 405 && method === 'DELETE' && answer.text === '') return;
  expect(isContractError(answer.json), JSON.stringify(seen)).toBe(true);
  expect(answer.contentType, JSON.stringify(seen)).toBe('application/json');
}
