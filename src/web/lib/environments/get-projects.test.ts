import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../api-client';
import { ApiError } from '../api-error';
import { jsonResponse, stubFetch } from '../../test/stub-fetch';
import { getProjects } from './get-projects';

const denied = () =>
  jsonResponse(403, {
    type: 'authentication_error',
    code: 'permission_denied',
    detail: "API key missing required scope 'project:read'",
    attr: null,
  });

beforeEach(() => resetThrottle());

describe('getProjects', () => {
  it('lists the environments the key can see', async () => {
    stubFetch({ '/api/projects/': { count: 1, next: null, previous: null, results: [{ id: 4, name: 'Web' }] } });
    expect(await getProjects()).toEqual({ results: [{ id: 4, name: 'Web' }], limitedReason: null });
  });

  it('without project:read offers only the configured default environment, and says why', async () => {
    stubFetch({
      '/api/projects/': denied,
      '/api/console/backend/': { mode: 'connected', host: 'https://us.posthog.com', default_environment_id: 7 },
    });
    const environments = await getProjects();
    expect(environments.results).toEqual([{ id: 7, name: 'Environment 7' }]);
    expect(environments.limitedReason).toContain("missing required scope 'project:read'");
  });

  it('without project:read and no default, the 403 stands', async () => {
    stubFetch({
      '/api/projects/': denied,
      '/api/console/backend/': { mode: 'connected', host: 'https://us.posthog.com', default_environment_id: null },
    });
    await expect(getProjects()).rejects.toBeInstanceOf(ApiError);
  });
});
