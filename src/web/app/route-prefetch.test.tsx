import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rememberEnvironment } from '../lib/environments/last-environment';
import { renderApp } from '../test/render-app';
import { assignmentRule } from '../test/rule-fixtures';
import { startTestApi, type TestApi } from '../test/start-test-api';

const rulesPath = (envId: number) => `GET /api/projects/${envId}/error_tracking/assignment_rules/`;
const asked = (api: TestApi, route: string) => api.requests(route).length > 0;

let api: TestApi;
beforeEach(() => {
  localStorage.clear();
  api = startTestApi();
  api.seedRules('assignment', [assignmentRule(1), assignmentRule(2)]);
});
afterEach(() => localStorage.clear());

describe('route prefetch', () => {
  it('asks for the rules of the environment opened last time before the projects answer', async () => {
    rememberEnvironment(1);
    const projects = api.hold('GET /api/projects/');
    renderApp('/env/1/assignment-rules');

    await vi.waitFor(() => expect(asked(api, rulesPath(1))).toBe(true));
    expect(asked(api, 'GET /api/organizations/@current/members/')).toBe(true);
    expect(screen.queryByText('2 rules')).not.toBeInTheDocument();
    projects.release();
    expect(await screen.findByText('2 rules', {}, { timeout: 5000 })).toBeInTheDocument();
    // The page used the prefetched list: one request for it in all.
    expect(api.requests(rulesPath(1))).toHaveLength(1);
  });

  it('waits for the projects before asking for anything of an environment not opened before', async () => {
    const projects = api.hold('GET /api/projects/');
    renderApp('/env/1/assignment-rules');

    await vi.waitFor(() => expect(projects.waitingCount()).toBe(1));
    expect(asked(api, rulesPath(1))).toBe(false);
    projects.release();
    expect(await screen.findByText('2 rules', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('opens a project’s environment and asks for its rules without waiting for the environments', async () => {
    const environments = api.hold('GET /api/projects/1/environments/');
    renderApp('/env/1/assignment-rules');

    expect(await screen.findByText('2 rules', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(environments.waitingCount()).toBe(1);
    environments.release();
    await vi.waitFor(() => expect(environments.waitingCount()).toBe(0));
    expect(screen.getByText('2 rules')).toBeInTheDocument();
    expect(api.requests(rulesPath(1))).toHaveLength(1);
  });

  it('asks nothing of an environment the session cannot open', async () => {
    renderApp('/env/999/assignment-rules');

    expect(await screen.findByText(/environment 999/i, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(api.requests('/api/projects/999/*')).toEqual([]);
  });
});
