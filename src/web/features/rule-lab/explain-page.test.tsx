import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AssignmentRule } from '../../../contract/rules';
import { resetThrottle } from '../../lib/api-client';
import { shortId } from '../../lib/short-id';
import { hoursAgo, makeIssue } from '../../test/issue-fixtures';
import { renderApp } from '../../test/render-app';
import { startTestApi } from '../../test/start-test-api';

beforeEach(() => resetThrottle());

const issue = makeIssue(1, { name: 'TypeError: x is undefined', occurrences: 3, last_seen: hoursAgo(1) });
const other = makeIssue(2, { name: 'RangeError: Invalid time value', occurrences: 2, last_seen: hoursAgo(2) });

const rule = (n: number, order_key: number, value: string, assignee: AssignmentRule['assignee']): AssignmentRule => ({
  id: `0190f4c4-8d2a-7a3b-9c1d-00000000010${n}`,
  order_key,
  filters: { type: 'AND', values: [{ key: '$exception_values', type: 'event', operator: 'icontains', value }] },
  assignee,
  disabled_data: null,
  created_at: '2026-11-01T00:00:00Z',
  updated_at: null,
});

function start() {
  const api = startTestApi();
  api.seedIssues([issue, other]);
  api.seedRules('assignment', [
    rule(1, 0, 'invalid time', { type: 'role', id: '0190f4c4-0000-7000-8000-000000000001' }),
    rule(2, 1, 'x is undefined', { type: 'user', id: 7 }),
  ]);
  return api;
}

describe('Explain an exception', () => {
  it('opens on the lab’s first tool, lists recent exceptions, and explains the one chosen by its link', async () => {
    start();
    const { user } = renderApp('/env/1/rule-lab');
    const list = await screen.findByRole('list', { name: 'Recent exceptions' }, { timeout: 5000 });
    const typeErrors = within(list)
      .getAllByRole('link')
      .filter((link) => link.textContent?.includes('x is undefined'));
    await user.click(typeErrors[0]!);
    expect(typeErrors[0]).toHaveAttribute('aria-current', 'true');

    const assignment = await screen.findByRole('list', { name: '3. Assignment: rules in order' }, { timeout: 5000 });
    const [first, second] = within(assignment).getAllByRole('listitem');
    expect(first).toHaveTextContent('No match');
    expect(second).toHaveTextContent('Wins');
    expect(screen.getByText(/^Assigned to .+ by “/)).toBeInTheDocument();
    expect(screen.getByText('Kept: no suppression rule drops it.')).toBeInTheDocument();
  });

  it('from an issue, picks its oldest exception listed; an existing issue runs no assignment', async () => {
    start();
    const { user } = renderApp(`/env/1/rule-lab/explain?issue=${issue.id}&days=90`);
    const list = await screen.findByRole('list', { name: 'Recent exceptions' }, { timeout: 5000 });
    const links = within(list).getAllByRole('link');
    expect(links.every((link) => link.textContent?.includes(`issue ${shortId(issue.id)}`))).toBe(true);
    await waitFor(() => expect(links.at(-1)).toHaveAttribute('aria-current', 'true'));
    await screen.findByText(/^Assigned to .+ by “/);

    await user.click(screen.getByRole('combobox', { name: 'Its issue' }));
    await user.click(screen.getByRole('option', { name: 'Existing: it is already open' }));
    expect(
      await screen.findByText(
        /^Linked to an existing active issue: assignment rules run only when an issue is created/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^Assigned to/)).toBeNull();
  });

  it('explains a pasted event and says what is wrong with one that is not an exception', async () => {
    start();
    const { user } = renderApp('/env/1/rule-lab/explain');
    await user.click(await screen.findByText('Paste an event’s JSON', {}, { timeout: 5000 }));
    const field = screen.getByRole('textbox', { name: 'Event JSON' });
    await user.click(field);
    await user.paste('{"event": "$pageview", "properties": {}}');
    await user.click(screen.getByRole('button', { name: 'Explain this event' }));
    expect(screen.getByRole('alert')).toHaveTextContent('rules apply to $exception events only');
    expect(field).toHaveAttribute('aria-invalid', 'true');

    await user.clear(field);
    await user.paste(
      JSON.stringify({ properties: { $exception_list: [{ type: 'TypeError', value: 'x is undefined' }] } }),
    );
    await user.click(screen.getByRole('button', { name: 'Explain this event' }));
    expect(await screen.findByText(/No uuid in what was pasted/, {}, { timeout: 5000 })).toBeInTheDocument();
    await screen.findByText(/^Assigned to .+ by “/);
  });
});
