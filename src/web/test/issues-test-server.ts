import { vi } from 'vitest';
import type { FingerprintRow } from '../../contract/fingerprints';
import { answerIssueQuery } from './fake-issue-query';
import type { GroupingRule } from '../../contract/rules';
import { currentKey, page, projects } from './fixtures';
import { makeIssue, type FakeIssue } from './issue-fixtures';
import { organizationRoutes } from './organization-fixtures';
import { jsonResponse, notFoundBody } from './stub-fetch';

export type Recorded = { method: string; path: string; search: URLSearchParams; body: unknown };
/** What the requests of this fake send (each handler reads its own part). */
type Body = Partial<FakeIssue> & { ids?: string[]; fingerprints?: Array<{ fingerprint: string; name?: string }> };
type State = {
  issues: FakeIssue[];
  fingerprints: FingerprintRow[];
  groupingRules: GroupingRule[];
  /** Records that break the contract, sent first in the query endpoint's first page. */
  oddRows: unknown[];
};

const env = '/api/projects/1/error_tracking';

function paginate<T>(items: T[], search: URLSearchParams) {
  const limit = Number(search.get('limit') ?? 100);
  const offset = Number(search.get('offset') ?? 0);
  const results = items.slice(offset, offset + limit);
  return { count: items.length, next: offset + limit < items.length ? 'http://x/next' : null, previous: null, results };
}

/** The REST issue as PostHog sends it: none of what only the query rows carry; first_seen null without fingerprints. */
function restIssue(
  { last_seen: _last, occurrences: _occurrences, users: _users, ...issue }: FakeIssue,
  fingerprints: number,
) {
  return fingerprints === 0 ? { ...issue, first_seen: null } : issue;
}

/**
 * Environment 1's issues, fingerprints and grouping rules behind a stubbed fetch that behaves like current PostHog:
 * `query/issues/` filters, orders and pages; the REST list takes only limit/offset; PATCH, assign, merge
 * (fingerprints move; `success: false` when no issue was there to merge) and split (new issues).
 */
export function fakeIssuesServer(initial: Partial<State>) {
  const state: State = {
    issues: initial.issues ?? [],
    fingerprints: initial.fingerprints ?? [],
    groupingRules: initial.groupingRules ?? [],
    oddRows: initial.oddRows ?? [],
  };
  const requests: Recorded[] = [];
  const failures = { issueList: false, queryMissing: false };
  const withCount = (issue: FakeIssue) =>
    restIssue(issue, state.fingerprints.filter((fp) => fp.issue_id === issue.id).length);
  const find = (id: string | undefined) => state.issues.find((issue) => issue.id === id);
  let created = 0;

  function route(method: string, path: string, search: URLSearchParams, body: Body): Response {
    const organization = organizationRoutes()[path];
    if (organization && method === 'GET') return jsonResponse(200, organization);
    if (path === '/api/projects/') return jsonResponse(200, page(projects));
    if (path === '/api/personal_api_keys/@current/') return jsonResponse(200, currentKey);
    if (path === `${env}/issues/` && method === 'GET') {
      if (failures.issueList)
        return jsonResponse(503, { ...notFoundBody, code: 'error', detail: 'Database is locked.' });
      return jsonResponse(200, paginate(state.issues.map(withCount), search));
    }
    if (path === `${env}/query/issues/` && method === 'POST') {
      if (failures.issueList)
        return jsonResponse(503, { ...notFoundBody, code: 'error', detail: 'Database is locked.' });
      if (failures.queryMissing) return jsonResponse(404, notFoundBody);
      const answer = answerIssueQuery(state.issues, body, state.oddRows);
      return jsonResponse(answer.status, answer.body);
    }
    if (path === `${env}/grouping_rules/`) return jsonResponse(200, { results: state.groupingRules });
    if (path === `${env}/fingerprints/`) {
      const issueId = search.get('issue_id');
      const list = state.fingerprints.filter((fp) => !issueId || fp.issue_id === issueId);
      return jsonResponse(200, paginate(list, search));
    }
    if (path === `${env}/fingerprints/resolve/`) {
      const found = state.fingerprints.find((fp) => fp.fingerprint === search.get('fingerprint'));
      return found ? jsonResponse(200, found) : jsonResponse(404, { ...notFoundBody, detail: 'Fingerprint not found' });
    }
    const match = new RegExp(`^${env}/issues/([^/]+)/(?:(assign|merge|split)/)?$`).exec(path);
    const issue = find(match?.[1]);
    if (!match || !issue) return jsonResponse(404, notFoundBody);
    const action = match[2];
    if (!action && method === 'GET') return jsonResponse(200, withCount(issue));
    if (!action && method === 'PATCH') {
      Object.assign(issue, body);
      return jsonResponse(200, withCount(issue));
    }
    if (action === 'assign' && method === 'PATCH') {
      issue.assignee = body.assignee ?? null;
      return jsonResponse(200, { success: true });
    }
    if (action === 'merge' && method === 'POST') {
      const ids = (body.ids ?? []).filter((id) => id !== issue.id && find(id));
      if (ids.length === 0) return jsonResponse(200, { success: false });
      for (const fp of state.fingerprints) if (ids.includes(fp.issue_id)) fp.issue_id = issue.id;
      state.issues = state.issues.filter((other) => other.id === issue.id || !ids.includes(other.id));
      return jsonResponse(200, { success: true });
    }
    if (action === 'split' && method === 'POST') {
      const newIds = (body.fingerprints ?? []).map((entry) => {
        const fresh = makeIssue(900 + ++created, { name: entry.name ?? issue.name });
        state.issues.push(fresh);
        const fp = state.fingerprints.find((candidate) => candidate.fingerprint === entry.fingerprint);
        if (fp) fp.issue_id = fresh.id;
        return fresh.id;
      });
      return jsonResponse(200, { success: true, new_issue_ids: newIds });
    }
    return jsonResponse(405, { type: 'invalid_request', code: 'method_not_allowed', detail: 'No.', attr: null });
  }

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const body = (typeof init?.body === 'string' ? JSON.parse(init.body) : {}) as Body;
    requests.push({ method, path: url.pathname, search: url.searchParams, body });
    return route(method, url.pathname, url.searchParams, body);
  });
  vi.stubGlobal('fetch', fetchMock);

  return {
    state,
    fetchMock,
    /** `issueList`: issue lists answer 503. `queryMissing`: no `query/issues/` (older PostHog, 404). */
    failures,
    /** Requests so far, optionally only one method and path. */
    requests: (method?: string, path?: string) =>
      requests.filter((request) => (!method || request.method === method) && (!path || request.path === path)),
    issuesPath: `${env}/issues/`,
    queryPath: `${env}/query/issues/`,
    fingerprintsPath: `${env}/fingerprints/`,
  };
}
