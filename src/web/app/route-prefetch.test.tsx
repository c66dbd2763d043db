import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rememberEnvironment } from '../lib/environments/last-environment';
import { backendRoutes } from '../test/fixtures';
import { renderApp } from '../test/render-app';
import { fetchedPaths, jsonResponse, stubFetch } from '../test/stub-fetch';

const rulesPath = (envId: number) => `/api/projects/${envId}/error_tracking/assignment_rules/`;
const asked = (fetchMock: ReturnType<typeof stubFetch>, path: string) =>
  fetchedPaths(fetchMock).some((fetched) => fetched.startsWith(path));

/** The environments answer only when the test says so. */
function holdEnvironments() {
  let answer: () => void = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const routes = backendRoutes();
  const fetchMock = stubFetch({
    ...routes,
    '/api/projects/': async () => {
      await answered;
      return jsonResponse(200, routes['/api/projects/']!);
    },
  });
  return { fetchMock, answer };
}

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('route prefetch', () => {
  it('asks for the rules of the environment opened last time before the environments answer', async () => {
    rememberEnvironment(1);
    const { fetchMock, answer } = holdEnvironments();
    renderApp('/env/1/assignment-rules');

    await vi.waitFor(() => expect(asked(fetchMock, rulesPath(1))).toBe(true));
    expect(asked(fetchMock, '/api/organizations/@current/members/')).toBe(true);
    expect(screen.queryByText('2 rules')).not.toBeInTheDocument();
    answer();
    expect(await screen.findByText('2 rules', {}, { timeout: 5000 })).toBeInTheDocument();
    // The page used the prefetched list: one request for it in all.
    expect(fetchedPaths(fetchMock).filter((path) => path.startsWith(rulesPath(1)))).toHaveLength(1);
  });

  it('waits for the environments before asking for anything of an environment not opened before', async () => {
    const { fetchMock, answer } = holdEnvironments();
    renderApp('/env/1/assignment-rules');

    await vi.waitFor(() => expect(asked(fetchMock, '/api/projects/')).toBe(true));
    expect(asked(fetchMock, rulesPath(1))).toBe(false);
    answer();
    expect(await screen.findByText('2 rules', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('asks nothing of an environment the session cannot open', async () => {
    const fetchMock = stubFetch(backendRoutes());
    renderApp('/env/999/assignment-rules');

    expect(await screen.findByText(/environment 999/i, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(asked(fetchMock, '/api/projects/999/')).toBe(false);
  });
});
