import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetThrottle } from '../../../../lib/api-client';
import { renderApp } from '../../../../test/render-app';
import { assignmentRule, ruleId } from '../../../../test/rule-fixtures';
import { startTestApi } from '../../../../test/start-test-api';
import { order } from './shown-order.test-support';
import { chooseOption } from '../../../../test/choose-option';

const frontend = '0190f4c4-2222-7000-8000-000000000001';
const assignees = [
  { type: 'user', id: 7 },
  { type: 'user', id: 9 },
  { type: 'role', id: frontend },
  { type: 'user', id: 7 },
  { type: 'user', id: 9 },
] as const;
const rules = assignees.map((assignee, index) => assignmentRule(index + 1, { assignee }));
const base = '/api/projects/1/error_tracking/assignment_rules/';

beforeEach(() => resetThrottle());

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const names = ['Maya Okafor', 'Priya Raman', 'Frontend', 'Maya Okafor', 'Priya Raman'];
/** How the list names fixture rule n: its title and short id, whatever its position. */
const nameOf = (n: number) => `“E${n} → ${names[n - 1]}” (${ruleId(n).slice(-8)})`;
const checkbox = (n: number) => screen.getByRole('checkbox', { name: `Select ${nameOf(n)}` });
const actions = (n: number) => screen.getByRole('button', { name: `Actions for ${nameOf(n)}` });

async function openPage(
  path = '/env/1/assignment-rules',
  { failDelete = null as string | null, failReorder = false } = {},
) {
  const api = startTestApi();
  api.seedRules('assignment', rules);
  if (failDelete !== null) api.failNext(`DELETE ${base}${failDelete}/`);
  if (failReorder) api.failNext(`PATCH ${base}reorder/`);
  const server = {
    /** The `orders` of every reorder request so far. */
    reorders: () => api.sent(`PATCH ${base}reorder/`).map((body) => (body as { orders: object }).orders),
    deletes: () => api.requests('DELETE').map((request) => request.path),
    creates: () => api.sent(`POST ${base}`),
    order: () => api.readRules('assignment').map((each) => each.id),
  };
  const app = renderApp(path);
  // The first visit loads the page's chunk, slow on a busy machine.
  await screen.findByText('5 rules', {}, { timeout: 5000 });
  return { server, ...app };
}

describe('rules list: filters', () => {
  it('filters by text, keeps each rule’s position, turns reordering off with the reason, and keeps it in the URL', async () => {
    const { user, router } = await openPage();

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'E3');

    await waitFor(() => expect(order()).toEqual(['E3']));
    expect(router.state.location.search).toBe('?q=E3');
    expect(screen.getByText('Clear the filters to reorder rules.')).toBeVisible();
    const handle = screen.getByRole('button', { name: `Reorder ${nameOf(3)}` });
    expect(handle).toHaveAttribute('aria-disabled', 'true');
    expect(handle).toHaveAccessibleDescription('Clear the filters to reorder rules.');

    await user.click(actions(3));
    const moveUp = screen.getByRole('menuitem', { name: 'Move up' });
    expect(moveUp).toHaveAttribute('aria-disabled', 'true');
    expect(moveUp).toHaveAccessibleDescription('Clear the filters to reorder rules.');
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(order()).toEqual(['E1', 'E2', 'E3', 'E4', 'E5']));
    expect(router.state.location.search).toBe('');
    expect(screen.queryByText('Clear the filters to reorder rules.')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Reorder ${nameOf(3)}` })).not.toHaveAttribute('aria-disabled');
  });

  it('filters by assignee (people and roles present in the rules) and matches assignee names in the search', async () => {
    const { user, router } = await openPage();
    const assignee = screen.getByRole('combobox', { name: 'Assignee' });
    await user.click(assignee);
    await waitFor(() =>
      expect(
        within(screen.getByRole('listbox', { name: 'Assignee' }))
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Anyone', 'Maya Okafor', 'Priya Raman', 'Frontend']),
    );

    await user.click(screen.getByRole('option', { name: 'Priya Raman' }));
    await waitFor(() => expect(order()).toEqual(['E2', 'E5']));
    expect(router.state.location.search).toBe('?assignee=user%3A9');
    expect(checkbox(5)).toBeInTheDocument();

    await chooseOption(user, assignee, 'Anyone');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'front');
    await waitFor(() => expect(order()).toEqual(['E3']));
  });

  it('opens with the filters in the URL, and says when nothing matches', async () => {
    const { user } = await openPage('/env/1/assignment-rules?q=nothing-like-this');

    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('nothing-like-this');
    expect(await screen.findByText('No rules match these filters.')).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    await user.click(clear.at(-1)!);
    await waitFor(() => expect(order()).toHaveLength(5));
  });
});

describe('rules list: selection', () => {
  it('selects a range with shift-click, all with Select all (mixed while partial), and clears on Escape', async () => {
    const { user } = await openPage();

    await user.click(checkbox(2));
    await user.keyboard('{Shift>}');
    await user.click(checkbox(4));
    await user.keyboard('{/Shift}');

    expect([1, 2, 3, 4, 5].map((n) => (checkbox(n) as HTMLInputElement).checked)).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    const toolbar = screen.getByRole('group', { name: 'Selected rules' });
    expect(toolbar).toHaveTextContent('3 selected');
    const selectAll = within(toolbar).getByRole('checkbox', { name: 'Select all' });
    expect(selectAll).toBePartiallyChecked();

    // A shift-click that unchecks clears the range back to the last click.
    await user.keyboard('{Shift>}');
    await user.click(checkbox(3));
    await user.keyboard('{/Shift}');
    expect(toolbar).toHaveTextContent('1 selected');
    expect(checkbox(2)).toBeChecked();

    await user.click(selectAll);
    expect(toolbar).toHaveTextContent('5 selected');
    expect(selectAll).toBeChecked();

    checkbox(4).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Selected rules' })).not.toBeInTheDocument();
    expect(checkbox(4)).not.toBeChecked();
  });

  it('deletes the selected rules after confirmation and reports the ones that failed', async () => {
    const { user, server } = await openPage(undefined, { failDelete: ruleId(2) });

    await user.click(checkbox(1));
    await user.click(checkbox(2));
    await user.click(checkbox(5));
    await user.click(screen.getByRole('button', { name: 'Delete 3' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Delete 3 assignment rules?' });
    expect(dialog).toHaveAccessibleDescription(
      `${nameOf(1)}, ${nameOf(2)} and ${nameOf(5)} will be deleted, one by one.`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Delete 3 rules' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deleted 2 of 3 assignment rules; 1 could not be deleted (still selected): The database is locked.',
    );
    await waitFor(() => expect(order()).toEqual(['E2', 'E3', 'E4']));
    expect(server.deletes()).toHaveLength(3);
    expect(screen.getByRole('group', { name: 'Selected rules' })).toHaveTextContent('1 selected');
    expect(checkbox(2)).toBeChecked();
  });
});

describe('rules list: menu actions', () => {
  it('moves a rule from its menu with one request of the changed ids, and Undo sends the inverse', async () => {
    const { user, server } = await openPage();

    await user.click(actions(3));
    await user.click(screen.getByRole('menuitem', { name: 'Move to top' }));

    expect(order()).toEqual(['E3', 'E1', 'E2', 'E4', 'E5']);
    expect(await screen.findByText(`Moved ${nameOf(3)} to position 1.`)).toBeInTheDocument();
    expect(server.reorders()).toEqual([{ [ruleId(3)]: 0, [ruleId(1)]: 1, [ruleId(2)]: 2 }]);
    await waitFor(() => expect(actions(3)).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(server.reorders()).toHaveLength(2));
    expect(server.reorders()[1]).toEqual({ [ruleId(1)]: 0, [ruleId(2)]: 1, [ruleId(3)]: 2 });
    expect(await screen.findByText(`Put ${nameOf(3)} back where it was.`)).toBeInTheDocument();
    expect(order()).toEqual(['E1', 'E2', 'E3', 'E4', 'E5']);

    await user.click(actions(4));
    await user.click(screen.getByRole('menuitem', { name: 'Move down' }));
    await waitFor(() => expect(server.reorders()).toHaveLength(3));
    expect(server.reorders()[2]).toEqual({ [ruleId(5)]: 3, [ruleId(4)]: 4 });
    expect(server.order()).toEqual([1, 2, 3, 5, 4].map(ruleId));
  });

  it('disables the moves that go nowhere, saying why', async () => {
    const { user } = await openPage();

    await user.click(actions(5));
    for (const name of ['Move down', 'Move to bottom']) {
      expect(screen.getByRole('menuitem', { name })).toHaveAttribute('aria-disabled', 'true');
      expect(screen.getByRole('menuitem', { name })).toHaveAccessibleDescription('Already last');
    }
    expect(screen.getByRole('menuitem', { name: 'Move up' })).not.toHaveAttribute('aria-disabled');
    await user.keyboard('{Escape}');

    await user.click(actions(1));
    expect(screen.getByRole('menuitem', { name: 'Move to top' })).toHaveAccessibleDescription('Already first');
  });

  it('asks before deleting, naming the rule and what it matches', async () => {
    const { user, server } = await openPage();

    await user.click(actions(2));
    await user.click(screen.getByRole('menuitem', { name: 'Delete…' }));
    const dialog = screen.getByRole('alertdialog', { name: `Delete assignment rule ${nameOf(2)}?` });
    expect(dialog).toHaveAccessibleDescription('It matches: Exception type is E2.');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(server.deletes()).toEqual([]);

    await user.click(actions(2));
    await user.click(screen.getByRole('menuitem', { name: 'Delete…' }));
    await user.click(screen.getByRole('button', { name: 'Delete rule' }));

    expect(await screen.findByText(`Deleted ${nameOf(2)}.`)).toBeInTheDocument();
    expect(server.deletes()).toEqual([`/api/projects/1/error_tracking/assignment_rules/${ruleId(2)}/`]);
    await waitFor(() => expect(order()).toEqual(['E1', 'E3', 'E4', 'E5']));
  });

  it('opens the editor from the rule’s title and from Edit', async () => {
    const { user, router } = await openPage();

    await user.click(screen.getByRole('link', { name: /^E2 → Priya Raman/ }));
    // The editor route's chunk loads on first use: slow on a busy machine.
    await waitFor(() => expect(router.state.location.pathname).toBe(`/env/1/assignment-rules/${ruleId(2)}`), {
      timeout: 5000,
    });
    await screen.findByRole('dialog', { name: `Edit assignment rule ${nameOf(2)}` });

    await router.navigate('/env/1/assignment-rules');
    // The list stays rendered under the editor: its menu opens once the navigation has closed the editor (which
    // moves focus to the page).
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(actions(4));
    await user.click(screen.getByRole('menuitem', { name: 'Edit' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/env/1/assignment-rules/${ruleId(4)}`), {
      timeout: 5000,
    });
  });

  it('duplicates a rule right after its original, then shows and focuses the copy', async () => {
    const { user, server } = await openPage();

    await user.click(actions(3));
    await user.click(screen.getByRole('menuitem', { name: 'Duplicate' }));

    const toast = await screen.findByText(
      new RegExp(
        `^Duplicated ${escape(nameOf(3))} as “E3 → Frontend” \\((\\w{8})\\), right after it at position 4\\.$`,
      ),
    );
    expect(server.creates()).toEqual([{ filters: rules[2]!.filters, assignee: rules[2]!.assignee, order_key: 5 }]);
    const copy = server.order()[3]!;
    expect(server.order()).toEqual([1, 2, 3].map(ruleId).concat(copy, ruleId(4), ruleId(5)));
    expect(toast.textContent).toContain(`(${copy.slice(-8)})`);
    await waitFor(() => expect(order()).toEqual(['E1', 'E2', 'E3', 'E3', 'E4', 'E5']));
    const row = document.querySelector<HTMLElement>(`[data-rule-id="${copy}"]`)!;
    await waitFor(() => expect(within(row).getByRole('link', { name: /^E3 → Frontend/ })).toHaveFocus());
    expect(within(row).getByText('New')).toBeInTheDocument();
    expect(row).toHaveClass('rule-row--fresh');
  });

  it('copies a rule as JSON', async () => {
    const { user } = await openPage();
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    await user.click(actions(3));
    await user.click(screen.getByRole('menuitem', { name: 'Copy as JSON' }));

    expect(await screen.findByText(`Copied ${nameOf(3)} as JSON.`)).toBeInTheDocument();
    expect(JSON.parse(writeText.mock.calls[0]![0])).toEqual(rules[2]);
  });
});

describe('rules list: density', () => {
  it('is compact by default; Comfortable sets <html data-density> and is remembered for this browser', async () => {
    document.documentElement.setAttribute('data-density', 'compact');
    const { user } = await openPage();
    const density = screen.getByRole('group', { name: 'Row density' });
    const compact = within(density).getByRole('button', { name: 'Compact' });
    const comfortable = within(density).getByRole('button', { name: 'Comfortable' });
    expect(compact).toHaveAttribute('aria-pressed', 'true');

    await user.click(comfortable);
    expect(document.documentElement).toHaveAttribute('data-density', 'comfortable');
    expect(localStorage.getItem('tc:density')).toBe('comfortable');
    expect(comfortable).toHaveAttribute('aria-pressed', 'true');
    expect(compact).toHaveAttribute('aria-pressed', 'false');

    await user.click(compact);
    expect(document.documentElement).toHaveAttribute('data-density', 'compact');
    expect(localStorage.getItem('tc:density')).toBeNull();
  });
});

describe('rules list: drag and drop', () => {
  // jsdom lays nothing out; each row gets a 100 px slot by its place in the list, so the keyboard sensor finds
  // the row below.
  beforeEach(() => {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const row = this.closest('.sortable-list__item');
      if (!row?.parentElement) return new DOMRect(0, 0, 800, 600);
      return new DOMRect(0, Array.prototype.indexOf.call(row.parentElement.children, row) * 100, 800, 100);
    });
  });
  const liveRegion = () => document.querySelector('.sortable-list__live-region')!;

  async function dragFirstDown(user: ReturnType<typeof renderApp>['user']) {
    const handle = screen.getByRole('button', { name: `Reorder ${nameOf(1)}` });
    handle.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(handle).toHaveAttribute('aria-pressed', 'true'));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(liveRegion()).toHaveTextContent('moved to position 2 of 5.'));
    await user.keyboard(' ');
  }

  it('saves a keyboard drop with one request naming only the changed ids', async () => {
    const { user, server } = await openPage();

    await dragFirstDown(user);

    // Checked first: with no exceptions to check it on, it is saved at once, and the toast says why nothing was found.
    expect(
      await screen.findByText(
        `Moved ${nameOf(1)} to position 2. There are no exceptions from the last 7 days to check it on.`,
      ),
    ).toBeInTheDocument();
    expect(order()).toEqual(['E2', 'E1', 'E3', 'E4', 'E5']);
    expect(server.reorders()).toEqual([{ [ruleId(2)]: 0, [ruleId(1)]: 1 }]);
  });

  it('puts the order back and names the error when the server refuses the drop', async () => {
    const { user, server } = await openPage(undefined, { failReorder: true });

    await dragFirstDown(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(`Could not move ${nameOf(1)}: The database is locked.`);
    await waitFor(() => expect(order()).toEqual(['E1', 'E2', 'E3', 'E4', 'E5']));
    expect(server.reorders()).toHaveLength(1);
  });
});
