import { vi } from 'vitest';
import type { Assignee } from '../../contract/assignee';
import type { Fingerprint } from '../../contract/fingerprints';
import type { Issue } from '../../contract/issues';
import type { GroupingRule } from '../../contract/rules';
import { currentKey, page, projects } from './fixtures';
import { makeIssue } from './issue-fixtures';
import { organizationRoutes } from './organization-fixtures';
import { jsonResponse, notFoundBody } from './stub-fetch';

export type Recorded = { method: string; path: string; search: URLSearchParams; body: unknown };
/** What the requests of this fake send (each handler reads its own part). */
type Body = Partial<Issue> & { ids?: string[]; fingerprints?: Array<{ fingerprint: string; name?: string }> };
type State = { issues: Issue[]; fingerprints: Fingerprint[]; groupingRules: GroupingRule[] };

const env = '/api/projects/1/error_tracking';

function paginate<T>(items: T[], search: URLSearchParams) {
  const limit = Number(search.get('limit') ?? 100);
  const offset = Number(search.get('offset') ?? 0);
  const results = items.slice(offset, offset + limit);
  return { count: items.length, next: offset + limit < items.length ? 'http://x/next' : null, previous: null, results };
}

const sameAssignee = (a: Assignee | null, type: string | null, id: string | null) =>
  a !== null && a.type === type && String(a.id) === id;

/**
 * Environment 1's issues, fingerprints and grouping rules behind a stubbed fetch that behaves like the local
 * server: list filters and pagination, PATCH, assign, merge (fingerprints move) and split (new issues).
 */
export function fakeIssuesServer(initial: Partial<State>) {
  const state: State = {
    issues: initial.issues ?? [],
    fingerprints: initial.fingerprints ?? [],
    groupingRules: initial.groupingRules ?? [],
  };
  const requests: Recorded[] = [];
  const failures = { issueList: false };
  const withCount = (issue: Issue): Issue =>
    issue.fingerprint_count === undefined
      ? issue
      : { ...issue, fingerprint_count: state.fingerprints.filter((fp) => fp.issue_id === issue.id).length };
  const find = (id: string | undefined) => state.issues.find((issue) => issue.id === id);
  let created = 0;

  function listIssues(search: URLSearchParams) {
    const text = search.get('search')?.toLowerCase() ?? '';
    const status = search.get('status');
    const type = search.get('assignee_type');
    return state.issues
      .filter((issue) => !text || (issue.name ?? '').toLowerCase().includes(text))
      .filter((issue) => !status || issue.status === status)
      .filter((issue) => !type || sameAssignee(issue.assignee, type, search.get('assignee_id')))
      .map(withCount);
  }

  function route(method: string, path: string, search: URLSearchParams, body: Body): Response {
    const organization = organizationRoutes()[path];
    if (organization && method === 'GET') return jsonResponse(200, organization);
    if (path === '/api/projects/') return jsonResponse(200, page(projects));
    if (path === '/api/personal_api_keys/@current/') return jsonResponse(200, currentKey);
    if (path === `${env}/issues/` && method === 'GET') {
      if (failures.issueList)
        return jsonResponse(503, { ...notFoundBody, code: 'error', detail: 'Database is locked.' });
      return jsonResponse(200, paginate(listIssues(search), search));
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
      const ids = body.ids ?? [];
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
    /** Set `issueList` and the issue list answers 503. */
    failures,
    /** Requests so far, optionally only one method and path. */
    requests: (method?: string, path?: string) =>
      requests.filter((request) => (!method || request.method === method) && (!path || request.path === path)),
    issuesPath: `${env}/issues/`,
    fingerprintsPath: `${env}/fingerprints/`,
  };
}
