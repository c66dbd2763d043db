import { renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, stubFetch, fetchedPaths } from '../test/stub-fetch';
import { api, resetThrottle } from './api-client';
import { ApiError } from './api-error';
import { environmentPath } from './api-paths';
import { useDeprecationNotices } from './deprecation-notices';

const rules = '/api/projects/7/error_tracking/assignment_rules/';
const legacyRules = '/api/environments/7/error_tracking/assignment_rules/';
const page = { count: 0, next: null, previous: null, results: [] };
// PostHog's catch-all for a route it does not have.
const endpointNotFound = () =>
  jsonResponse(404, { type: 'invalid_request', code: 'not_found', detail: 'Endpoint not found.', attr: null });

beforeEach(() => resetThrottle());

describe('environment paths', () => {
  it('are built on /api/projects/, where PostHog routes error tracking', () => {
    expect(environmentPath(7, 'error_tracking/assignment_rules/')).toBe(rules);
  });

  it('fall back once to /api/environments/ on an instance without the projects route, then go there directly', async () => {
    const fetchMock = stubFetch({ [rules]: endpointNotFound, [legacyRules]: page });

    await expect(api.get(rules)).resolves.toEqual(page);
    expect(environmentPath(7, 'error_tracking/assignment_rules/')).toBe(legacyRules);
    expect(fetchedPaths(fetchMock)).toEqual([rules, legacyRules]);
  });

  it('keep /api/projects/ when the object is missing (a plain 404), with no second call', async () => {
    const gone = `${rules}00000000-0000-4000-8000-000000000000/`;
    const fetchMock = stubFetch({});

    await expect(api.get(gone)).rejects.toBeInstanceOf(ApiError);
    expect(fetchedPaths(fetchMock)).toEqual([gone]);
    expect(environmentPath(7, 'x/')).toBe('/api/projects/7/x/');
  });

  it('keep the first answer when neither prefix has the route', async () => {
    stubFetch({ [rules]: endpointNotFound, [legacyRules]: endpointNotFound });
    const error = (await api.get(rules).catch((reason: unknown) => reason)) as ApiError;
    expect(error.status).toBe(404);
    expect(environmentPath(7, 'x/')).toBe('/api/projects/7/x/');
  });

  it('retry a write too: a missing route did nothing', async () => {
    const fetchMock = stubFetch({ [`POST ${rules}`]: endpointNotFound, [`POST ${legacyRules}`]: { id: 'new' } });
    await expect(api.post(rules, { filters: {} })).resolves.toEqual({ id: 'new' });
    expect(fetchMock.mock.calls[1]![1]!.body).toBe('{"filters":{}}');
  });
});

describe('deprecation headers', () => {
  const seen = () => renderHook(() => useDeprecationNotices()).result.current;

  it('are recorded per path prefix, with the Sunset date, from any answer that carries them', async () => {
    stubFetch({
      [legacyRules]: () => jsonResponse(200, page, { Deprecation: 'true', Sunset: 'Wed, 01 Jul 2026 00:00:00 GMT' }),
      '/api/environments/7/integrations/': () =>
        jsonResponse(403, { detail: 'no' }, { Deprecation: 'true', Sunset: 'Wed, 01 Jul 2026 00:00:00 GMT' }),
    });
    await api.get(legacyRules);
    await api.get('/api/environments/7/integrations/').catch(() => undefined);
    expect(seen()).toEqual([{ prefix: '/api/environments/', deprecatedOn: null, sunsetOn: '2026-07-01' }]);
  });

  it('read RFC 9745’s Deprecation date, and nothing from an unmarked answer', async () => {
    stubFetch({ [rules]: page, [legacyRules]: () => jsonResponse(200, page, { Deprecation: '@1767225600' }) });
    await api.get(rules);
    expect(seen()).toEqual([]);
    await api.get(legacyRules);
    expect(seen()).toEqual([{ prefix: '/api/environments/', deprecatedOn: '2026-01-01', sunsetOn: null }]);
  });
});
