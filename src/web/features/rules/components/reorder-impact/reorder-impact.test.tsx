import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetThrottle } from '../../../../lib/api-client';
import { renderApp } from '../../../../test/render-app';
import { assignmentRule, ruleId } from '../../../../test/rule-fixtures';
import { startTestApi } from '../../../../test/start-test-api';
import type { SeededException } from '../../../../test/test-api-seeds';
import { order } from '../rules-list/shown-order.test-support';

const backend = { type: 'role', id: '0190f4c4-2222-7000-8000-000000000002' } as const;
const typeIn = (...types: string[]) => ({
  type: 'AND' as const,
  values: [{ key: '$exception_types', type: 'event', operator: 'exact' as const, value: types }],
});
/** E1 or E2 → Maya, E2 → Backend, E3 → Priya. */
const rules = [
  assignmentRule(1, { filters: typeIn('E1', 'E2'), assignee: { type: 'user', id: 7 } }),
  assignmentRule(2, { filters: typeIn('E2'), assignee: backend }),
  assignmentRule(3, { filters: typeIn('E3'), assignee: { type: 'user', id: 9 } }),
];
const issue = (n: number) => `01900000-0000-7000-8000-0000000000a${n}`;
/** Issue n holds exceptions of type En: two, three and one of them. */
const exceptions: SeededException[] = [1, 1, 2, 2, 2, 3].map((n, index) => ({
  issueId: issue(n),
  timestamp: new Date(Date.now() - (index + 1) * 60_000).toISOString(),
  properties: { $exception_types: [`E${n}`], $exception_values: [`failure ${index}`] },
}));
const reorders = '/api/projects/1/error_tracking/assignment_rules/reorder/';

beforeEach(() => {
  resetThrottle();
  // jsdom lays nothing out: each row gets a 100 px slot by its place, so the keyboard sensor finds its neighbours.
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const row = this.closest('.sortable-list__item');
    if (!row?.parentElement) return new DOMRect(0, 0, 800, 600);
    return new DOMRect(0, Array.prototype.indexOf.call(row.parentElement.children, row) * 100, 800, 100);
  });
});

async function openList() {
  const api = startTestApi();
  api.seedRules('assignment', rules);
  api.seedExceptions(exceptions);
  const app = renderApp('/env/1/assignment-rules');
  await screen.findByText('3 rules', {}, { timeout: 5000 });
  return { api, ...app };
}

async function dragByKeyboard(user: ReturnType<typeof renderApp>['user'], n: number, key: string, to: number) {
  const handle = screen.getByRole('button', { name: new RegExp(`^Reorder “.+” \\(${ruleId(n).slice(-8)}\\)$`) });
  handle.focus();
  await user.keyboard(' ');
  await waitFor(() => expect(handle).toHaveAttribute('aria-pressed', 'true'));
  await user.keyboard(key);
  await waitFor(() =>
    expect(document.querySelector('.sortable-list__live-region')).toHaveTextContent(`moved to position ${to} of 3.`),
  );
  await user.keyboard(' ');
}

describe('a drop checked against recent exceptions before it is saved', { timeout: 30_000 }, () => {
  it('asks when outcomes change, listing them; Cancel puts the order back, Save saves it', async () => {
    const { api, user } = await openList();

    await dragByKeyboard(user, 2, '{ArrowUp}', 1);
    const dialog = await screen.findByRole('alertdialog', { name: 'Save this order?' });
    expect(dialog).toHaveAccessibleDescription(
      /^Moving “E2 → Backend” \(\w{8}\) to position 1 changes who 1 issue would be assigned to, of the 3 whose first exception is among the last 6 exceptions \(7 days\)/,
    );
    const changes = within(dialog).getByRole('list', { name: 'What changes' });
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['1 issue: assigned to Maya Okafor → Backend']);
    await user.click(within(dialog).getByText('The 1 changed exception'));
    const links = within(within(dialog).getByRole('list', { name: 'Exceptions whose outcome changes' })).getAllByRole(
      'link',
    );
    // Issue 2's first exception in the window: the oldest of its three.
    expect(links.map((link) => link.textContent)).toEqual(['E2: failure 4 (explained in a new tab)']);
    // Shown in its new place while the person decides; nothing is sent.
    expect(order()).toEqual(['E2', 'E1', 'E3']);
    expect(api.sent(`PATCH ${reorders}`)).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(order()).toEqual(['E1', 'E2', 'E3']));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    // Back on the handle it was dropped with, for the next try.
    expect(document.activeElement).toHaveAccessibleName(/^Reorder “E2 → Backend”/);
    expect(api.sent(`PATCH ${reorders}`)).toEqual([]);

    await dragByKeyboard(user, 2, '{ArrowUp}', 1);
    await user.click(
      within(await screen.findByRole('alertdialog', { name: 'Save this order?' })).getByRole('button', {
        name: 'Save order',
      }),
    );
    expect(
      await screen.findByText(
        /^Moved “E2 → Backend” \(\w{8}\) to position 1\. It changes the outcome for 1 recent issue\.$/,
      ),
    ).toBeInTheDocument();
    expect(order()).toEqual(['E2', 'E1', 'E3']);
    expect(api.sent(`PATCH ${reorders}`)).toEqual([{ orders: { [ruleId(2)]: 0, [ruleId(1)]: 1 } }]);
  });

  it('saves at once when no outcome changes, and says so in the toast', async () => {
    const { api, user } = await openList();

    await dragByKeyboard(user, 3, '{ArrowUp}', 2);

    expect(
      await screen.findByText(
        /^Moved “E3 → Priya Raman” \(\w{8}\) to position 2\. It changes no outcome for the last 6 exceptions \(7 days\)\.$/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(order()).toEqual(['E1', 'E3', 'E2']);
    expect(api.sent(`PATCH ${reorders}`)).toEqual([{ orders: { [ruleId(3)]: 1, [ruleId(2)]: 2 } }]);
  });

  it('saves as before when the check cannot run, saying it was not checked', async () => {
    const { api, user } = await openList();
    api.failNext('GET /api/console/environments/1/exceptions/', 504, 'PostHog was still running the query.');

    await dragByKeyboard(user, 2, '{ArrowUp}', 1);

    expect(
      await screen.findByText(
        /^Moved “E2 → Backend” \(\w{8}\) to position 1\. Its effect on recent exceptions could not be checked: PostHog was still running the query\.$/,
      ),
    ).toBeInTheDocument();
    expect(api.sent(`PATCH ${reorders}`)).toHaveLength(1);
  });
});
