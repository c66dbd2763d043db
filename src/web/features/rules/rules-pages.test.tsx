import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { backendRoutes } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';
import { jsonResponse, stubFetch } from '../../test/stub-fetch';

beforeEach(() => resetThrottle());

describe('rules pages', () => {
  it('lists assignment rules in evaluation order, with what each does and whether it is disabled', async () => {
    stubFetch(backendRoutes());
    renderApp('/env/1/assignment-rules');

    expect(await screen.findByText('2 rules')).toBeInTheDocument();
    expect(screen.getByText(/Editing and reordering rules arrive in the next release/)).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Assignment rules, in evaluation order' })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Exception type is TypeError or RangeError');
    expect(items[0]).toHaveTextContent('Assigns to user #7');
    expect(items[1]).toHaveTextContent('Matches every exception');
    expect(items[1]).toHaveTextContent('Disabled after an evaluation error: Invalid regex');
  });

  it('reads the unpaginated grouping rules list', async () => {
    stubFetch(backendRoutes());
    renderApp('/env/1/grouping-rules');

    expect(await screen.findByText('1 rule')).toBeInTheDocument();
    expect(screen.getByText('Browser contains Chrome')).toBeInTheDocument();
    expect(screen.getByText(/Chrome noise · no issue yet/)).toBeInTheDocument();
  });

  it('shows the share of matches a suppression rule drops', async () => {
    stubFetch(backendRoutes());
    renderApp('/env/1/suppression-rules');

    expect(await screen.findByText('Exception message is set')).toBeInTheDocument();
    expect(screen.getByText(/Drops 25% of matches/)).toBeInTheDocument();
  });

  it('says when an environment has no rules', async () => {
    stubFetch(backendRoutes());
    renderApp('/env/2/assignment-rules');

    expect(await screen.findByText('No assignment rules in Mobile yet.')).toBeInTheDocument();
  });

  it('shows the server’s reason when the rules cannot be read, and retries', async () => {
    let calls = 0;
    const routes = backendRoutes();
    const rules = routes['/api/environments/1/error_tracking/assignment_rules/'];
    stubFetch({
      ...routes,
      '/api/environments/1/error_tracking/assignment_rules/': () =>
        ++calls === 1
          ? jsonResponse(403, {
              type: 'authentication_error',
              code: 'permission_denied',
              detail: "API key missing required scope 'error_tracking:read'",
              attr: null,
            })
          : jsonResponse(200, rules),
    });
    const { user } = renderApp('/env/1/assignment-rules');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load assignment rules.');
    expect(alert).toHaveTextContent("API key missing required scope 'error_tracking:read'");

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('2 rules')).toBeInTheDocument();
  });

  it('reports an answer that breaks the contract instead of rendering it', async () => {
    stubFetch({
      ...backendRoutes(),
      '/api/environments/1/error_tracking/assignment_rules/': { count: 1, results: [{ id: 'not-a-uuid' }] },
    });
    renderApp('/env/1/assignment-rules');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /The server's answer to GET \/api\/environments\/1\/error_tracking\/assignment_rules\/\?limit=1000 does not match the API contract/,
    );
  });
});
