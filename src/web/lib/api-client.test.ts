import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { jsonResponse, stubFetch } from '../test/stub-fetch';
import { saveActorName } from './actor-name';
import { api, resetThrottle } from './api-client';
import { ApiError, ContractMismatchError, describeError } from './api-error';
import { windowNavigation } from './session-renewal';

const expectRejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => expect.fail('expected a rejection'),
    (reason: unknown) => reason,
  );
  return error;
};

beforeEach(() => resetThrottle());
afterEach(() => vi.useRealTimers());

describe('api client: successful answers', () => {
  it('sends same-origin JSON requests and returns the parsed, validated body', async () => {
    const fetchMock = stubFetch({ '/api/projects/': { count: 1, results: [{ id: 1, name: 'Web app' }] } });
    const schema = z.object({ count: z.number(), results: z.array(z.object({ id: z.number(), name: z.string() })) });

    const data = await api.get('/api/projects/', schema);

    expect(data).toEqual({ count: 1, results: [{ id: 1, name: 'Web app' }] });
    const [path, init] = fetchMock.mock.calls[0]!;
    expect(path).toBe('/api/projects/');
    expect(init).toMatchObject({ method: 'GET', credentials: 'same-origin', headers: { Accept: 'application/json' } });
    expect(init?.body).toBeUndefined();
  });

  it('serializes a body and labels it as JSON', async () => {
    const fetchMock = stubFetch({ 'POST /api/things/': ({ body }) => jsonResponse(201, { echoed: body }) });

    const data = await api.post('/api/things/', { filters: { type: 'AND', values: [] } });

    expect(data).toEqual({ echoed: { filters: { type: 'AND', values: [] } } });
    const init = fetchMock.mock.calls[0]![1]!;
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json' });
    expect(init.body).toBe('{"filters":{"type":"AND","values":[]}}');
  });

  it('tells onStatus the status of a 2xx answer (200 "already linked" vs 201 "created")', async () => {
    stubFetch({ 'POST /api/things/': () => jsonResponse(201, {}), '/api/things/': () => jsonResponse(200, {}) });
    const statuses: number[] = [];
    await api.post('/api/things/', {}, undefined, { onStatus: (status) => statuses.push(status) });
    await api.get('/api/things/', undefined, { onStatus: (status) => statuses.push(status) });
    expect(statuses).toEqual([201, 200]);
  });

  it('resolves a 204 to undefined without parsing it', async () => {
    stubFetch({ 'PATCH /api/rules/1/': () => new Response(null, { status: 204 }) });
    await expect(api.patch('/api/rules/1/', { filters: null })).resolves.toBeUndefined();
  });

  it('resolves any empty 2xx body to undefined', async () => {
    stubFetch({ 'DELETE /api/rules/1/': () => new Response('', { status: 200 }) });
    await expect(api.delete('/api/rules/1/')).resolves.toBeUndefined();
  });
});

describe('api client: who wrote, for the rule history', () => {
  it('sends the name set in Settings, URI-encoded, with every write and never with a read', async () => {
    saveActorName('Zoë Martín');
    const fetchMock = stubFetch({
      'PATCH /api/rules/1/': () => new Response(null, { status: 204 }),
      'DELETE /api/rules/1/': () => new Response(null, { status: 204 }),
      '/api/rules/': () => jsonResponse(200, {}),
    });
    await api.patch('/api/rules/1/', {}, undefined, { planLabel: 'Revert to #41' });
    await api.delete('/api/rules/1/');
    await api.get('/api/rules/');
    const headers = fetchMock.mock.calls.map(([, init]) => init?.headers as Record<string, string>);
    expect(headers[0]).toMatchObject({
      'X-Console-Actor': 'Zo%C3%AB%20Mart%C3%ADn',
      'X-Console-Plan': 'Revert%20to%20%2341',
    });
    expect(headers[1]).toMatchObject({ 'X-Console-Actor': 'Zo%C3%AB%20Mart%C3%ADn' });
    expect(headers[1]).not.toHaveProperty('X-Console-Plan');
    expect(headers[2]).not.toHaveProperty('X-Console-Actor');
  });

  it('sends no name when none is set', async () => {
    const fetchMock = stubFetch({ 'POST /api/things/': () => jsonResponse(201, {}) });
    await api.post('/api/things/', {});
    expect(fetchMock.mock.calls[0]![1]!.headers).not.toHaveProperty('X-Console-Actor');
  });
});

describe('api client: errors', () => {
  it('parses a contract error body into an ApiError with its attr', async () => {
    const body = {
      type: 'validation_error',
      code: 'invalid_input',
      detail: 'User assignee IDs must be integers.',
      attr: 'assignee__id',
    };
    stubFetch({ 'POST /api/rules/': () => jsonResponse(400, body) });

    const error = await expectRejection(api.post('/api/rules/', { assignee: { type: 'user', id: 'x' } }));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      body,
      attr: 'assignee__id',
      code: 'invalid_input',
      message: body.detail,
    });
  });

  it('handles the empty 405 of a forbidden DELETE', async () => {
    stubFetch({ 'DELETE /api/fingerprints/1/': () => new Response(null, { status: 405 }) });

    const error = await expectRejection(api.delete('/api/fingerprints/1/'));

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(405);
    expect((error as ApiError).body).toEqual({
      type: 'http_error',
      code: 'empty_body',
      detail: 'The server does not allow this action (405 Method Not Allowed).',
      attr: null,
    });
  });

  it('handles an error body that is not JSON (a proxy page)', async () => {
    stubFetch({
      '/api/projects/': () =>
        new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
    });

    const error = (await expectRejection(api.get('/api/projects/'))) as ApiError;

    expect(error.status).toBe(502);
    expect(error.body).toEqual({
      type: 'http_error',
      code: 'invalid_body',
      detail: 'The server answered 502 Bad Gateway with a body that is not JSON.',
      attr: null,
    });
  });

  it('keeps the detail of a JSON error body that only has some of the fields', async () => {
    stubFetch({
      '/api/projects/': () => jsonResponse(403, { detail: 'This action does not support Personal API Key access' }),
    });

    const error = (await expectRejection(api.get('/api/projects/'))) as ApiError;

    expect(error.body).toEqual({
      type: 'http_error',
      code: 'unexpected_body',
      detail: 'This action does not support Personal API Key access',
      attr: null,
    });
  });

  it('turns a network failure into an ApiError with status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const error = (await expectRejection(api.get('/api/projects/'))) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.detail).toBe('Could not reach the server.');
  });

  it('lets a cancelled request stay a cancellation', async () => {
    const controller = new AbortController();
    vi.stubGlobal(
      'fetch',
      vi.fn().mockImplementation(() => {
        controller.abort();
        return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
      }),
    );

    const error = await expectRejection(api.get('/api/projects/', undefined, { signal: controller.signal }));

    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('rejects a 2xx answer that does not match the schema, naming the path and the field', async () => {
    stubFetch({ '/api/projects/': { count: 'many', results: [] } });
    const schema = z.object({ count: z.number(), results: z.array(z.unknown()) });

    const error = await expectRejection(api.get('/api/projects/', schema));

    expect(error).toBeInstanceOf(ContractMismatchError);
    expect((error as Error).message).toMatch(
      /^The server's answer to GET \/api\/projects\/ does not match the API contract \(count: /,
    );
  });

  it('rejects an empty answer when data was expected', async () => {
    stubFetch({ '/api/projects/': () => new Response(null, { status: 204 }) });

    const error = await expectRejection(api.get('/api/projects/', z.object({})));

    expect(error).toBeInstanceOf(ContractMismatchError);
    expect((error as Error).message).toBe(
      "The server's answer to GET /api/projects/ was empty, but data was expected.",
    );
  });
});

describe('api client: expired session', () => {
  const notAuthenticated = {
    type: 'authentication_error',
    code: 'not_authenticated',
    detail: 'Authentication credentials were not provided.',
    attr: null,
  };

  it('sends the browser to /auth/session once, coming back to the current page', async () => {
    window.history.replaceState(null, '', '/env/1/issues?status=active');
    const assign = vi.spyOn(windowNavigation, 'assign').mockImplementation(() => {});
    stubFetch({ '/api/projects/': () => jsonResponse(401, notAuthenticated) });

    const first = (await expectRejection(api.get('/api/projects/'))) as ApiError;
    await expectRejection(api.get('/api/projects/'));

    expect(first.code).toBe('not_authenticated');
    expect(first.detail).toBe('Your session has expired; renewing it…');
    expect(assign).toHaveBeenCalledTimes(1);
    expect(assign).toHaveBeenCalledWith('/auth/session?next=%2Fenv%2F1%2Fissues%3Fstatus%3Dactive');
  });

  it('does not redirect for a rejected key (authentication_failed)', async () => {
    const assign = vi.spyOn(windowNavigation, 'assign').mockImplementation(() => {});
    stubFetch({
      '/api/projects/': () =>
        jsonResponse(401, { ...notAuthenticated, code: 'authentication_failed', detail: 'Invalid personal API key.' }),
    });

    await expectRejection(api.get('/api/projects/'));

    expect(assign).not.toHaveBeenCalled();
  });
});

describe('api client: rate limiting', () => {
  const throttled = (seconds: number) => ({
    type: 'throttled_error',
    code: 'throttled',
    detail: `Request was throttled. Expected available in ${seconds} seconds.`,
    attr: null,
  });

  it('reads Retry-After and holds every request back until it has passed', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const fetchMock = stubFetch({
      '/api/projects/': () =>
        ++calls === 1 ? jsonResponse(429, throttled(7), { 'Retry-After': '7' }) : jsonResponse(200, { ok: true }),
    });

    const error = (await expectRejection(api.get('/api/projects/'))) as ApiError;
    expect(error.retryAfter).toBe(7);
    expect(describeError(error)).toBe('PostHog is rate-limiting requests; try again in 7 s.');

    const next = api.get('/api/projects/');
    await vi.advanceTimersByTimeAsync(6_900);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(next).resolves.toEqual({ ok: true });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('falls back to the wait PostHog names in the detail when Retry-After is missing', async () => {
    stubFetch({ '/api/projects/': () => jsonResponse(429, throttled(12)) });

    const error = (await expectRejection(api.get('/api/projects/'))) as ApiError;

    expect(error.retryAfter).toBe(12);
  });
});
