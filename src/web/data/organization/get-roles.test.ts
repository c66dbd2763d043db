import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { fetchedPaths, jsonResponse, stubFetch } from '../../test/stub-fetch';
import { getRoles } from './get-roles';

const role = { id: '0190f4c4-0000-7000-8000-000000000001', name: 'Frontend', members: [] };
const page = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results });

beforeEach(() => resetThrottle());

describe('getRoles', () => {
  it('reads every page with ?limit on current PostHog', async () => {
    const fetchMock = stubFetch({ '/api/organizations/@current/roles/': page([role]) });
    expect(await getRoles()).toEqual([role]);
    expect(fetchedPaths(fetchMock)).toEqual(['/api/organizations/@current/roles/?limit=100']);
  });

  it('asks once more without parameters where older PostHog takes ?limit for a filter and answers 500', async () => {
    const fetchMock = stubFetch({
      '/api/organizations/@current/roles/': ({ url }: { url: URL }) =>
        url.search === ''
          ? jsonResponse(200, page([role]))
          : jsonResponse(500, { type: 'server_error', code: 'error', detail: 'A server error occurred.', attr: null }),
    });
    expect(await getRoles()).toEqual([role]);
    expect(fetchedPaths(fetchMock)).toEqual([
      '/api/organizations/@current/roles/?limit=100',
      '/api/organizations/@current/roles/',
    ]);
  });

  it('has no roles where the instance has no roles endpoint (404)', async () => {
    stubFetch({});
    expect(await getRoles()).toEqual([]);
  });
});
