import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetThrottle } from '../../../../lib/api-client';
import { renderApp } from '../../../../test/render-app';
import { assignmentRule } from '../../../../test/rule-fixtures';
import { startTestApi } from '../../../../test/start-test-api';
import { order } from './shown-order.test-support';

const rules = [1, 2, 3, 4, 5].map((n) => assignmentRule(n));
const base = '/api/projects/1/error_tracking/assignment_rules/';

beforeEach(() => resetThrottle());

/** The toast holding `text`. */
const toast = async (text: string | RegExp) => (await screen.findByText(text)).closest('li')!;
/** How the list names fixture rule n (its assignee, user n, is not in the directory). */
const nameOf = (n: number) => `“E${n} → User #${n}” (${rules[n - 1]!.id.slice(-8)})`;

async function openPage({ failCreate = false } = {}) {
  const api = startTestApi();
  api.seedRules('assignment', rules);
  if (failCreate) api.failNext(`POST ${base}`);
  const server = {
    reorders: () => api.sent(`PATCH ${base}reorder/`),
    creates: () => api.sent(`POST ${base}`),
    order: () => api.readRules('assignment').map((each) => each.id),
  };
  const app = renderApp('/env/1/assignment-rules');
  await screen.findByText('5 rules', {}, { timeout: 5000 });
  return { server, ...app };
}

describe('Undo of a delete', { timeout: 20_000 }, () => {
  it('re-creates the deleted rule with its filters and assignee, back at its position', async () => {
    const { user, server } = await openPage();
    await user.click(screen.getByRole('button', { name: `Actions for ${nameOf(2)}` }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete…' }));
    await user.click(screen.getByRole('button', { name: 'Delete rule' }));
    const deleted = await toast(`Deleted ${nameOf(2)}.`);
    await waitFor(() => expect(order()).toEqual(['E1', 'E3', 'E4', 'E5']));

    await user.click(within(deleted).getByRole('button', { name: 'Undo' }));

    // Re-created, the rule has a new id: it is named as the list now shows it.
    const restored = await screen.findByText(/^Restored “E2 → User #2” \(\w{8}\)\.$/);
    const recreated = server.order()[1]!;
    expect(restored).toHaveTextContent(`(${recreated.slice(-8)})`);
    expect(server.creates()).toEqual([{ filters: rules[1]!.filters, assignee: rules[1]!.assignee, order_key: 1 }]);
    await waitFor(() => expect(order()).toEqual(['E1', 'E2', 'E3', 'E4', 'E5']));
    // An assignment rule created at its old order_key is already in place: no reorder.
    expect(server.reorders()).toEqual([]);
  });

  it('after a bulk delete, names the rule it could not re-create; Retry re-creates only that one', async () => {
    const { user, server } = await openPage({ failCreate: true });
    await user.click(screen.getByRole('checkbox', { name: `Select ${nameOf(2)}` }));
    await user.click(screen.getByRole('checkbox', { name: `Select ${nameOf(4)}` }));
    await user.click(screen.getByRole('button', { name: 'Delete 2' }));
    await user.click(screen.getByRole('button', { name: 'Delete 2 rules' }));
    const deleted = await toast('Deleted 2 assignment rules.');

    await user.click(within(deleted).getByRole('button', { name: 'Undo' }));

    const failed = await toast(
      `Restored 1 of 2 assignment rules; could not re-create ${nameOf(2)}: The database is locked.`,
    );
    expect(failed).toHaveAttribute('role', 'alert');
    await waitFor(() => expect(order()).toEqual(['E1', 'E3', 'E4', 'E5']));

    await user.click(within(failed).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Restored 2 assignment rules.')).toBeInTheDocument();
    await waitFor(() => expect(order()).toEqual(['E1', 'E2', 'E3', 'E4', 'E5']));
    const createdFilters = server.creates().map((body) => JSON.stringify(body));
    expect(createdFilters).toHaveLength(3);
    expect(new Set(createdFilters).size).toBe(2);
    expect(server.order()).toHaveLength(5);
  });
});
