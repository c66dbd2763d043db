import Database from 'better-sqlite3';
import { vi } from 'vitest';
import type { Fingerprint } from '../../contract/fingerprints';
import type { Issue } from '../../contract/issues';
import type { Rule, RuleKind, RuleOf } from '../../contract/rules';
import { createApp } from '../../server/app';
import { sessionCookieName, loadSessionSecret } from '../../server/gateway/session';
import { openDatabase, type Db } from '../../server/store/database';
import { findIssue } from '../../server/store/issues-repository';
import { deleteRule, listRules, updateRule, type RuleFields } from '../../server/store/rules-repository';
import { seedProjects } from '../../server/test-support';
import { standInReply, type RecordedRequest } from '../../server/trackers/tracker-stand-in-replies';
import type { SeededIssue } from './issue-fixtures';
import {
  seedFingerprints,
  seedIntegrations,
  seedIssues,
  seedOrganization,
  seedReferences,
  seedEvents,
  seedExceptions,
  seedRules,
  trackerOrigin,
  type SeededEvent,
  type SeededException,
  type SeededIntegration,
  type SeededReference,
} from './test-api-seeds';
import { matchesRoute, recordOf, type Recorded } from './test-api-requests';

/**
 * What a test makes of one request instead of the server's answer: a response, `'network'` (the request never
 * reaches the server) or `'lost'` (the server handles it, but its answer never comes back).
 */
export type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | 'network' | 'lost';

type Intervention = { route: string; answer: (forward: () => Promise<Response>) => Promise<Response> };

const origin = 'http://localhost';

// Migrations run once per worker: each test's database is a copy of this one.
let template: Buffer | null = null;
function freshDatabase(): Db {
  if (template === null) {
    const db = openDatabase(':memory:');
    seedProjects(db);
    seedOrganization(db);
    loadSessionSecret(db);
    template = db.serialize();
    db.close();
  }
  const db = new Database(template);
  db.pragma('foreign_keys = ON');
  return db;
}

function respond(answer: Answer, forward: () => Promise<Response>): Promise<Response> {
  if (answer === 'network') return Promise.reject(new TypeError('Failed to fetch'));
  if (answer === 'lost') return forward().then(() => Promise.reject(new TypeError('Failed to fetch')));
  const headers = { 'Content-Type': 'application/json', ...answer.headers };
  const body = answer.body === undefined ? null : JSON.stringify(answer.body);
  return Promise.resolve(new Response(body, { status: answer.status, headers }));
}

const errorKinds: Record<number, { type: string; code: string }> = {
  400: { type: 'validation_error', code: 'invalid_input' },
  401: { type: 'authentication_error', code: 'not_authenticated' },
  403: { type: 'authentication_error', code: 'permission_denied' },
  404: { type: 'invalid_request', code: 'not_found' },
  405: { type: 'invalid_request', code: 'method_not_allowed' },
};

/** The contract's error body for `status`, as the server answers it. */
export function errorAnswer(status: number, detail: string, attr: string | null = null): Answer {
  return { status, body: { ...(errorKinds[status] ?? { type: 'server_error', code: 'error' }), detail, attr } };
}

/** A tracker's answer to the server, from the tracker stand-in. */
async function trackerAnswer(request: RecordedRequest): Promise<Response> {
  const reply = standInReply('ok', request, trackerOrigin);
  if (reply === null) throw new Error('The tracker stand-in hangs only when told to.');
  const json = typeof reply.body !== 'string';
  return new Response(json ? JSON.stringify(reply.body) : String(reply.body), {
    status: reply.status,
    headers: { 'Content-Type': json ? 'application/json' : 'text/plain' },
  });
}

function trackerRequestOf(url: URL, init: RequestInit | undefined): RecordedRequest {
  return {
    method: init?.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: Object.fromEntries(new Headers(init?.headers)),
    body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
  };
}

function abortable(response: Promise<Response>, signal: AbortSignal | null | undefined): Promise<Response> {
  if (!signal) return response;
  if (signal.aborted) return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
    response.then(resolve, reject);
  });
}

/**
 * The real server (the Hono app of src/server on a fresh in-memory SQLite database holding environments 1 "Web app"
 * and 2 "Mobile" and the members and roles of organization-fixtures) behind the global fetch, which calls it as the
 * dashboard's browser does: with the session cookie, same-origin. Seed data with `seed…`, read what the server holds
 * with `read…`, act as someone else with `call`, and change one request's fate with `failNext`, `answerNext`, `editNext` or `hold`
 * (or every request's, with `answerEvery`, for what a PostHog keeps saying and the server never does).
 * The server's own calls to a tracker (an integration seeded with a token) are answered by the tracker stand-in.
 * Routes are "METHOD /path", "/path" (any method) or "METHOD" (any path); a path ending in `*` matches by prefix.
 */
export function startTestApi() {
  const db = freshDatabase();
  const app = createApp({ db, dashboardToken: null, distDir: '/nonexistent-dist' });
  const cookie = `${sessionCookieName}=${loadSessionSecret(db)}`;
  const recorded: Recorded[] = [];
  const trackerRequests: RecordedRequest[] = [];
  const interventions: Intervention[] = [];

  const toApp = async (url: URL, init: RequestInit | undefined): Promise<Response> => {
    const headers = new Headers(init?.headers);
    headers.set('Cookie', cookie);
    headers.set('Sec-Fetch-Site', 'same-origin');
    return app.request(url.href, { method: init?.method ?? 'GET', headers, body: init?.body ?? null });
  };

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), origin);
    // The page asks its own origin; anything else is the server calling a tracker.
    if (url.origin !== origin) {
      const request = trackerRequestOf(url, init);
      trackerRequests.push(request);
      return trackerAnswer(request);
    }
    const record = recordOf(url, init);
    recorded.push(record);
    const forward = () => toApp(url, init);
    const index = interventions.findIndex((each) => matchesRoute(each.route, record));
    if (index === -1) return abortable(forward(), init?.signal);
    const [intervention] = interventions.splice(index, 1);
    return abortable(intervention!.answer(forward), init?.signal);
  });
  vi.stubGlobal('fetch', fetchMock);

  return {
    fetchMock,
    /** The page's requests so far (not `call`'s), optionally only those matching `route`. */
    requests: (route?: string) => recorded.filter((record) => route === undefined || matchesRoute(route, record)),
    /** What the server asked trackers (of integrations seeded with a token), answered by the tracker stand-in. */
    trackerRequests: () => [...trackerRequests],
    /** The JSON bodies of the page's requests matching `route`. */
    sent: (route: string) => recorded.filter((record) => matchesRoute(route, record)).map((record) => record.body),
    /** The next request matching `route` gets `answer` instead of the server's. */
    answerNext: (route: string, answer: Answer) =>
      interventions.push({ route, answer: (forward) => respond(answer, forward) }),
    /** Every request matching `route` gets `answer` (what a PostHog would keep saying) until `stop` is called. */
    answerEvery: (route: string, answer: Answer) => {
      const every = (): Intervention => ({
        route,
        answer: (forward) => {
          pending = every();
          interventions.unshift(pending);
          return respond(answer, forward);
        },
      });
      let pending = every();
      interventions.push(pending);
      return {
        stop: () => {
          const index = interventions.indexOf(pending);
          if (index !== -1) interventions.splice(index, 1);
        },
      };
    },
    /** The next request matching `route` fails with the contract's error body (the server never sees it). */
    failNext: (route: string, status = 500, detail = 'The database is locked.', attr: string | null = null) =>
      interventions.push({ route, answer: (forward) => respond(errorAnswer(status, detail, attr), forward) }),
    /** The next request matching `route` reaches the server; its JSON answer reaches the page as `edit` makes it. */
    editNext: (route: string, edit: (json: unknown) => unknown) =>
      interventions.push({
        route,
        answer: async (forward) => {
          const response = await forward();
          const body = edit(await response.json());
          return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
        },
      }),
    /** Every request matching `route` waits until released, oldest first: forwarded, or answered with `answer`. */
    hold: (route: string) => {
      const waiting: Array<(answer: Answer | 'forward') => void> = [];
      const holdOne = (): Intervention => ({
        route,
        answer: (forward) => {
          interventions.unshift(holdOne());
          return new Promise<Answer | 'forward'>((resolve) => waiting.push(resolve)).then((answer) =>
            answer === 'forward' ? forward() : respond(answer, forward),
          );
        },
      });
      interventions.push(holdOne());
      return {
        waitingCount: () => waiting.length,
        release: (answer: Answer | 'forward' = 'forward') => waiting.shift()?.(answer),
      };
    },
    /** Someone else's request, straight to the server (not among `requests`). */
    call: async (method: string, path: string, body?: unknown) => {
      const init = body === undefined ? { method } : { method, body: JSON.stringify(body), headers: json };
      const response = await toApp(new URL(path, origin), init);
      const text = await response.text();
      return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null };
    },
    seedRules: (kind: RuleKind, rules: readonly Rule[], teamId = 1) => seedRules(db, kind, rules, teamId),
    seedIssues: (issues: readonly SeededIssue[], teamId = 1) => seedIssues(db, issues, teamId),
    seedExceptions: (exceptions: readonly SeededException[], teamId = 1) => seedExceptions(db, exceptions, teamId),
    seedFingerprints: (fingerprints: readonly Fingerprint[], teamId = 1) => seedFingerprints(db, fingerprints, teamId),
    seedEvents: (events: readonly SeededEvent[], teamId = 1) => seedEvents(db, events, teamId),
    seedIntegrations: (integrations: readonly SeededIntegration[], teamId = 1) =>
      seedIntegrations(db, integrations, teamId),
    seedReferences: (references: readonly SeededReference[], teamId = 1) => seedReferences(db, references, teamId),
    /** Someone else saves `fields` of a rule, straight in the store (updated_at moves on, as on any save). */
    changeRule: (kind: RuleKind, id: string, fields: RuleFields, teamId = 1) =>
      updateRule(db, teamId, kind, id, fields),
    /** Someone else deletes a rule, straight in the store. */
    deleteRule: (kind: RuleKind, id: string, teamId = 1) => deleteRule(db, teamId, kind, id),
    /** The rules the server holds, in evaluation order. */
    readRules: <K extends RuleKind>(kind: K, teamId = 1): RuleOf<K>[] => listRules(db, teamId, kind).results,
    readIssue: (id: string, teamId = 1): Issue | null => findIssue(db, teamId, id),
  };
}

const json = { 'Content-Type': 'application/json' };

export type TestApi = ReturnType<typeof startTestApi>;
/** What someone else may change of a rule (`changeRule`). */
export type RuleChange = RuleFields;
