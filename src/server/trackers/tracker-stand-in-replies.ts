import type { IncomingHttpHeaders } from 'node:http';

/** Node built-ins only, so Playwright can load it. */
export type StandInMode = 'ok' | '401' | '404' | '422' | '500' | 'hang';
export type RecordedRequest = {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
};

type Tracker = 'github' | 'gitlab' | 'linear' | 'jira';
export type Reply = { status: number; body: unknown };

const titles = ['Checkout crashes on empty cart', 'Login loops'];

function okReply(tracker: Tracker, action: string, request: RecordedRequest, baseUrl: string): Reply {
  const body = (request.body ?? {}) as Record<string, unknown>;
  if (tracker === 'github' && action === 'create') {
    const [, owner, repo] = /^\/repos\/([^/]+)\/([^/]+)/.exec(request.path)!;
    return {
      status: 201,
      body: { number: 101, title: body.title, html_url: `https://github.com/${owner}/${repo}/issues/101` },
    };
  }
  if (tracker === 'github') {
    const items = [
      {
        number: 12,
        title: titles[0],
        html_url: 'https://github.com/acme/web/issues/12',
        repository_url: `${baseUrl}/repos/acme/web`,
      },
      {
        number: 3,
        title: titles[1],
        html_url: 'https://github.com/octo/lib/issues/3',
        repository_url: `${baseUrl}/repos/octo/lib`,
      },
      { title: 'A hit without a number' },
    ];
    return { status: 200, body: { total_count: items.length, incomplete_results: false, items } };
  }
  if (tracker === 'gitlab' && action === 'create') {
    return {
      status: 201,
      body: { id: 9001, iid: 42, title: body.title, web_url: 'https://gitlab.example.com/acme/web/-/issues/42' },
    };
  }
  if (tracker === 'gitlab') {
    return {
      status: 200,
      body: [5, 6].map((iid, index) => ({
        iid,
        title: titles[index],
        web_url: `https://gitlab.example.com/acme/web/-/issues/${iid}`,
      })),
    };
  }
  if (tracker === 'linear' && String(body.query).includes('issueCreate')) {
    const issue = { identifier: 'ENG-101', url: 'https://linear.app/acme/issue/ENG-101' };
    return { status: 200, body: { data: { issueCreate: { success: true, issue } } } };
  }
  if (tracker === 'linear') {
    const nodes = ['ENG-42', 'ENG-7'].map((identifier, index) => ({
      identifier,
      title: titles[index],
      url: `https://linear.app/acme/issue/${identifier}`,
    }));
    const field = String(body.query).includes('searchIssues') ? 'searchIssues' : 'issues';
    return { status: 200, body: { data: { [field]: { nodes } } } };
  }
  if (action === 'create')
    return { status: 201, body: { id: '10001', key: 'OPS-101', self: `${baseUrl}/rest/api/3/issue/10001` } };
  const issues = ['OPS-7', 'OPS-8'].map((key, index) => ({
    id: String(index + 1),
    key,
    fields: { summary: titles[index] },
  }));
  return { status: 200, body: { issues, isLast: true } };
}

function failureReply(tracker: Tracker, mode: '401' | '404' | '422' | '500', request: RecordedRequest): Reply {
  if (mode === '500') return { status: 500, body: 'Internal Server Error' };
  const credentials = String(request.headers['private-token'] ?? request.headers.authorization ?? '');
  const echo = `is too long (sent with ${credentials})`;
  const replies: Record<Tracker, Record<'401' | '404' | '422', Reply>> = {
    github: {
      '401': { status: 401, body: { message: 'Bad credentials' } },
      '404': { status: 404, body: { message: 'Not Found' } },
      '422': {
        status: 422,
        body: { message: 'Validation Failed', errors: [{ field: 'title', code: 'custom', message: `title ${echo}` }] },
      },
    },
    gitlab: {
      '401': { status: 401, body: { message: '401 Unauthorized' } },
      '404': { status: 404, body: { message: '404 Project Not Found' } },
      '422': { status: 400, body: { message: { title: [echo] } } },
    },
    linear: {
      '401': {
        status: 400,
        body: { errors: [{ message: 'Authentication required', extensions: { type: 'authentication_error' } }] },
      },
      '404': { status: 404, body: 'Not Found' },
      '422': {
        status: 200,
        body: {
          data: null,
          errors: [
            {
              message: 'Argument Validation Error',
              extensions: { type: 'invalid input', userPresentableMessage: `Title ${echo}` },
            },
          ],
        },
      },
    },
    jira: {
      '401': {
        status: 401,
        body: { errorMessages: ['Client must be authenticated to access this resource.'], errors: {} },
      },
      '404': { status: 404, body: { errorMessages: ['No project could be found.'], errors: {} } },
      '422': { status: 400, body: { errorMessages: [], errors: { summary: `Summary ${echo}` } } },
    },
  };
  return replies[tracker][mode];
}

const routes: Array<[Tracker, 'create' | 'search' | 'graphql', string, RegExp]> = [
  ['github', 'create', 'POST', /^\/repos\/([^/]+)\/([^/]+)\/issues$/],
  ['github', 'search', 'GET', /^\/search\/issues$/],
  ['gitlab', 'create', 'POST', /^\/api\/v4\/projects\/[^/]+\/issues$/],
  ['gitlab', 'search', 'GET', /^\/api\/v4\/projects\/[^/]+\/issues$/],
  ['linear', 'graphql', 'POST', /^\/graphql$/],
  ['jira', 'create', 'POST', /^\/rest\/api\/3\/issue$/],
  ['jira', 'search', 'GET', /^\/rest\/api\/3\/search\/jql$/],
];

/** What a tracker answers `request` in `mode`, at `baseUrl`; null while it hangs. */
export function standInReply(mode: StandInMode, request: RecordedRequest, baseUrl: string): Reply | null {
  const route = routes.find(([, , method, path]) => method === request.method && path.test(request.path));
  if (!route) return { status: 404, body: { message: 'Not Found' } };
  if (mode === 'hang') return null;
  const [tracker, action] = route;
  return mode === 'ok' ? okReply(tracker, action, request, baseUrl) : failureReply(tracker, mode, request);
}
