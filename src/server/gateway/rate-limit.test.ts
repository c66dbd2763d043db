import { describe, expect, it } from 'vitest';
import { makeTestServer } from '../test-support';
import { createRateLimiter } from './rate-limit';

describe('rate limiting', () => {
  it('throttles a key past its per-minute limit with 429, Retry-After and the contract body', async () => {
    const { call, createKey } = makeTestServer({ rateLimits: { perMinute: 3, perHour: 100 } });
    const path = '/api/projects/1/error_tracking/assignment_rules/';
    for (let i = 0; i < 3; i++) expect((await call('GET', path)).status).toBe(200);
    const throttled = await call('GET', path);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(throttled.json).toEqual({
      type: 'throttled_error',
      code: 'throttled',
      detail: `Request was throttled. Expected available in ${throttled.headers.get('retry-after')} seconds.`,
      attr: null,
    });
    expect((await call('GET', path, { key: createKey(['*']) })).status).toBe(200);
  });

  it('opens again when the window has passed, and the hourly window holds across minutes', () => {
    let time = 0;
    const take = createRateLimiter({ perMinute: 2, perHour: 3 }, () => time);
    expect([take('k'), take('k')]).toEqual([0, 0]);
    expect(take('k')).toBe(60);
    time = 61_000;
    expect(take('k')).toBe(0);
    expect(take('k')).toBe(3600 - 61);
  });
});
