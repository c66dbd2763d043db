import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, notFoundBody, stubFetch } from '../test/stub-fetch';
import { api, resetThrottle } from './api-client';
import { ApiError } from './api-error';
import { createQueryClient, retryDelay, shouldRetry } from './query-client';

const apiError = (status: number, retryAfter: number | null = null) =>
  new ApiError(status, { type: 't', code: 'c', detail: 'd', attr: null }, retryAfter);

describe('retry policy', () => {
  it('never retries a 4xx other than 429, nor a contract mismatch', () => {
    for (const status of [400, 401, 403, 404, 405, 413, 415]) expect(shouldRetry(0, apiError(status))).toBe(false);
    expect(shouldRetry(0, new Error('does not match the API contract'))).toBe(false);
  });

  it('retries network failures and 5xx twice', () => {
    for (const status of [0, 500, 502, 503]) {
      expect([0, 1, 2].map((count) => shouldRetry(count, apiError(status)))).toEqual([true, true, false]);
    }
  });

  it('retries a 429 only after its Retry-After', () => {
    expect(shouldRetry(0, apiError(429, 30))).toBe(true);
    expect(retryDelay(0, apiError(429, 30))).toBe(30_000);
    expect(retryDelay(1, apiError(503))).toBe(2_000);
  });
});

describe('createQueryClient', () => {
  beforeEach(() => resetThrottle());
  afterEach(() => vi.useRealTimers());

  it('keeps data fresh for 30 seconds', () => {
    expect(createQueryClient().getDefaultOptions().queries?.staleTime).toBe(30_000);
  });

  it('asks once for a 404', async () => {
    const fetchMock = stubFetch();
    const client = createQueryClient();

    await expect(client.fetchQuery({ queryKey: ['x'], queryFn: () => api.get('/api/x/') })).rejects.toMatchObject({
      status: 404,
      body: notFoundBody,
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('asks three times in all when the server keeps failing with 5xx', async () => {
    vi.useFakeTimers();
    const fetchMock = stubFetch({
      '/api/x/': () => jsonResponse(503, { type: 'server_error', code: 'error', detail: 'Down.', attr: null }),
    });
    const client = createQueryClient();

    const result = client
      .fetchQuery({ queryKey: ['x'], queryFn: () => api.get('/api/x/') })
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10_000);

    expect(await result).toMatchObject({ status: 503, detail: 'Down.' });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });
});
