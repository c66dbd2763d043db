import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assignee } from '../../../contract/assignee';
import { resetThrottle } from '../../lib/api-client';
import { createQueryClient } from '../../lib/query-client';
import { roles } from '../../test/organization-fixtures';
import { startTestApi } from '../../test/start-test-api';
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
    startTestApi();
    const texts = renderLabels([{ type: 'user', id: 7 }, { type: 'role', id: roles[0]!.id }, null]);
    expect(await screen.findByText('Maya Okafor')).toBeInTheDocument();
    expect(await screen.findByText('Frontend')).toBeInTheDocument();
    expect(screen.getByText('MO')).toHaveAttribute('aria-hidden', 'true');
    expect(texts()).toEqual(['MOMaya Okafor', 'FFrontend', 'Nobody']);
  });

  it('falls back to ids when members are forbidden and roles do not exist on the instance', async () => {
    const api = startTestApi();
    api.failNext('GET /api/organizations/@current/members/', 403, 'No.');
    // Instances without roles (older or self-hosted PostHog) answer 404; the local server has them.
    api.failNext('GET /api/organizations/@current/roles/', 404, 'Not found.');
    const texts = renderLabels([
      { type: 'user', id: 12 },
      { type: 'role', id: '1a2b3c4d-0000-7000-8000-000000000001' },
    ]);
    await vi.waitFor(() => expect(api.requests()).toHaveLength(2));
    expect(texts()).toEqual(['?User #12', '?Role 1a2b3c4d…']);
    expect(screen.getByText('User #12').closest('[title]')).toHaveAttribute('title', 'user id 12');
  });

  it('says who a removed member was by id', async () => {
    startTestApi();
    const texts = renderLabels([
      { type: 'user', id: 99 },
      { type: 'user', id: 9 },
    ]);
    await screen.findByText('Priya Raman');
    expect(texts()).toEqual(['?User #99', 'PRPriya Raman']);
  });
});
