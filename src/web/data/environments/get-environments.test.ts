import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { fetchedPaths, jsonResponse, stubFetch } from '../../test/stub-fetch';
import { getEnvironments } from './get-environments';

const forbidden = (detail: string) => () =>
  jsonResponse(403, { type: 'authentication_error', code: 'permission_denied', detail, attr: null });
const denied = forbidden("API key missing required scope 'project:read'");
const scopedOnly = forbidden('API keys with scoped projects are only supported on project-based endpoints.');
const page = (results: unknown[]) => ({ count: results.length, next: null, previous: null, results });
const key = (scoped_teams: number[] | null) => ({
  id: 'k',
  label: 'e2e',
  mask_value: 'phx_...abcd',
  scopes: ['*'],
  scoped_teams,
  scoped_organizations: null,
});
const backend = (default_environment_id: number | null) => ({
  mode: 'connected',
  host: 'https://us.posthog.com',
  default_environment_id,
});
const retired = forbidden(
  'Multiple environments per project are no longer available. Please contact support if you need assistance.',
);

beforeEach(() => resetThrottle());

describe('getEnvironments', () => {
  it('on current PostHog each project is its own environment, after one refused look at the first', async () => {
    const fetchMock = stubFetch({
      '/api/projects/': page([
        { id: 4, name: 'Web' },
        { id: 5, name: 'iOS' },
      ]),
      '/api/projects/4/environments/': retired,
    });
    expect(await getEnvironments()).toEqual({
      results: [
        { id: 4, name: 'Web', projectName: null },
        { id: 5, name: 'iOS', projectName: null },
      ],
      limitedReason: null,
      projectScoped: false,
    });
    expect(fetchedPaths(fetchMock)).toEqual(['/api/projects/?limit=1000', '/api/projects/4/environments/?limit=1000']);
  });

  it('lists a project’s secondary environments (team id ≠ project id) where PostHog has them', async () => {
    stubFetch({
      '/api/projects/': page([
        { id: 4, name: 'Web' },
        { id: 9, name: 'Shop' },
      ]),
      '/api/projects/4/environments/': page([
        { id: 4, project_id: 4, name: 'Production' },
        { id: 12, project_id: 4, name: 'Staging' },
      ]),
      '/api/projects/9/environments/': page([{ id: 9, project_id: 9, name: 'Default' }]),
    });
    expect((await getEnvironments()).results).toEqual([
      { id: 4, name: 'Production', projectName: 'Web' },
      { id: 12, name: 'Staging', projectName: 'Web' },
      { id: 9, name: 'Shop', projectName: null },
    ]);
  });

  it('without project:read offers only the configured default environment, and says why', async () => {
    stubFetch({
      '/api/projects/': denied,
      '/api/console/backend/': backend(7),
      '/api/personal_api_keys/@current/': key(null),
    });
    const environments = await getEnvironments();
    expect(environments.results).toEqual([{ id: 7, name: 'Environment 7', projectName: null }]);
    expect(environments.limitedReason).toContain("missing required scope 'project:read'");
    expect(environments.projectScoped).toBe(false);
  });

  it('with a key limited to one project opens that one, named, and says what needs an organization-wide key', async () => {
    stubFetch({
      '/api/projects/': scopedOnly,
      '/api/console/backend/': backend(null),
      '/api/personal_api_keys/@current/': key([2]),
      '/api/projects/2/': { id: 2, name: 'Mobile' },
    });
    const environments = await getEnvironments();
    expect(environments.results).toEqual([{ id: 2, name: 'Mobile', projectName: null }]);
    expect(environments.projectScoped).toBe(true);
    expect(environments.limitedReason).toMatch(/limited to specific projects.*Listing environments/);
  });

  it('with a key limited to several projects offers them all, the configured one first', async () => {
    stubFetch({
      '/api/projects/': scopedOnly,
      '/api/console/backend/': backend(3),
      '/api/personal_api_keys/@current/': key([1, 3]),
    });
    expect((await getEnvironments()).results.map((environment) => environment.id)).toEqual([3, 1]);
  });

  it('without project:read and no default, the 403 stands', async () => {
    stubFetch({
      '/api/projects/': denied,
      '/api/console/backend/': backend(null),
      '/api/personal_api_keys/@current/': key(null),
    });
    await expect(getEnvironments()).rejects.toBeInstanceOf(ApiError);
  });
});
