import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assignee } from '../../../contract/assignee';
import { resetThrottle } from '../../lib/api-client';
import { createQueryClient } from '../../lib/query-client';
import { organizationRoutes, roles } from '../../test/organization-fixtures';
import { jsonResponse, notFoundBody, stubFetch } from '../../test/stub-fetch';
import { AssigneeLabel } from './assignee-label';

function renderLabels(assignees: Array<Assignee | null>) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <ul>
        {assignees.map((assignee, index) => (
          <li key={index}>
            <AssigneeLabel assignee={assignee} />
          </li>
        ))}
      </ul>
    </QueryClientProvider>,
  );
  return () => screen.getAllByRole('listitem').map((item) => item.textContent);
}

beforeEach(() => resetThrottle());

describe('AssigneeLabel', () => {
  it('shows a member or role by name with decorative initials', async () => {
    stubFetch(organizationRoutes());
    const texts = renderLabels([{ type: 'user', id: 7 }, { type: 'role', id: roles[0]!.id }, null]);
    expect(await screen.findByText('Maya Okafor')).toBeInTheDocument();
    expect(await screen.findByText('Frontend')).toBeInTheDocument();
    expect(screen.getByText('MO')).toHaveAttribute('aria-hidden', 'true');
    expect(texts()).toEqual(['MOMaya Okafor', 'FFrontend', 'Nobody']);
  });

  it('falls back to ids when members are forbidden and roles do not exist on the instance', async () => {
    const fetchMock = stubFetch({
      '/api/organizations/@current/members/': () =>
        jsonResponse(403, { type: 'authentication_error', code: 'permission_denied', detail: 'No.', attr: null }),
      '/api/organizations/@current/roles/': () => jsonResponse(404, notFoundBody),
    });
    const texts = renderLabels([
      { type: 'user', id: 12 },
      { type: 'role', id: '1a2b3c4d-0000-7000-8000-000000000001' },
    ]);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(texts()).toEqual(['?User #12', '?Role 1a2b3c4d…']);
    expect(screen.getByText('User #12').closest('[title]')).toHaveAttribute('title', 'user id 12');
  });

  it('says who a removed member was by id', async () => {
    stubFetch(organizationRoutes());
    const texts = renderLabels([
      { type: 'user', id: 99 },
      { type: 'user', id: 9 },
    ]);
    await screen.findByText('Priya Raman');
    expect(texts()).toEqual(['?User #99', 'PRPriya Raman']);
  });
});
