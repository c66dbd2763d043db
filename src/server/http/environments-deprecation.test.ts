import { describe, expect, it } from 'vitest';
import { makeTestServer } from '../test-support';
import { environmentsSunset } from './environments-deprecation';

// PostHog's EnvironmentsRewriteMiddleware: /api/environments/* is a deprecated alias of /api/projects/*.
describe('Deprecation headers of /api/environments/', () => {
  it('marks every answer there, errors included, with Deprecation, Sunset and a Link to the projects path', async () => {
    const { call } = makeTestServer();
    const cases: Array<[string, string, number]> = [
      ['GET', '/api/environments/1/error_tracking/assignment_rules/?limit=5', 200],
      ['GET', '/api/environments/1/', 200],
      ['GET', '/api/environments/9/error_tracking/issues/', 404],
      ['POST', '/api/environments/1/error_tracking/query/issues/', 400],
    ];
    for (const [method, path, status] of cases) {
      const res = await call(method, path, method === 'POST' ? { body: { limit: 0 } } : {});
      const successor = path.replace('/api/environments/', '/api/projects/');
      expect({
        path,
        status: res.status,
        deprecation: res.headers.get('deprecation'),
        link: res.headers.get('link'),
      }).toEqual({
        path,
        status,
        deprecation: 'true',
        link: `<${successor}>; rel="successor-version"`,
      });
      expect(res.headers.get('sunset')).toBe(environmentsSunset);
    }
    const unauthenticated = await call('GET', '/api/environments/1/error_tracking/issues/', { key: null });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('deprecation')).toBe('true');
  });

  it('sends the Sunset date as an HTTP date (PostHog’s default 2026-07-31)', () => {
    expect(new Date(environmentsSunset).toISOString()).toBe('2026-07-31T00:00:00.000Z');
    expect(new Date(environmentsSunset).toUTCString()).toBe(environmentsSunset);
  });

  it('leaves /api/projects/ answers unmarked', async () => {
    const { call } = makeTestServer();
    for (const path of ['/api/projects/1/error_tracking/assignment_rules/', '/api/projects/', '/api/projects/1/']) {
      const res = await call('GET', path);
      expect(res.status).toBe(200);
      expect([res.headers.get('deprecation'), res.headers.get('sunset'), res.headers.get('link')]).toEqual([
        null,
        null,
        null,
      ]);
    }
  });
});
