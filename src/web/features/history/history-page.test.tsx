import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveActorName } from '../../lib/actor-name';
import { resetThrottle } from '../../lib/api-client';
import { shortId } from '../../lib/short-id';
import { createRule } from '../../data/rules/create-rule';
import { deleteRule } from '../../data/rules/delete-rule';
import { reorderRules } from '../../data/rules/reorder-rules';
import { chooseOption } from '../../test/choose-option';
import { openPage } from '../../test/open-page';
import { assignmentRule, ruleId } from '../../test/rule-fixtures';
import { startTestApi } from '../../test/start-test-api';

const priya = { type: 'user', id: 9 } as const;
const maya = { type: 'user', id: 7 } as const;

function seed() {
  const api = startTestApi();
  api.seedRules('assignment', [
    assignmentRule(1, { assignee: maya }),
    assignmentRule(2, { assignee: priya }),
    assignmentRule(3, { assignee: maya }),
  ]);
  return api;
}

const timeline = () => screen.getByRole('list', { name: 'Changes, newest first' });
const entryTitles = () =>
  within(timeline())
    .getAllByRole('link')
    .map((link) => link.textContent);
const findDetail = (title: RegExp) => screen.findByRole('heading', { level: 2, name: title }, { timeout: 5000 });
const shownAssignment = (api: ReturnType<typeof seed>) =>
  api.readRules('assignment').map((rule) => (rule.filters.values[0] as { value: string[] }).value[0]);

beforeEach(() => {
  resetThrottle();
  saveActorName('');
});

describe('History page', { timeout: 30_000 }, () => {
  it('lists changes newest first with who and what, filters by kind and person in the URL', async () => {
    seed();
    saveActorName('Zoë');
    await deleteRule(1, 'assignment', ruleId(2));
    saveActorName('Sam');
    await createRule(1, 'suppression', { filters: assignmentRule(4).filters, sampling_rate: 0.5 });
    saveActorName('');

    const { user, router } = await openPage('/env/1/history');
    expect(screen.getByRole('link', { name: 'History', current: 'page' })).toBeInTheDocument();
    await waitFor(() =>
      expect(entryTitles()).toEqual([
        'Created a suppression rule',
        'Deleted an assignment rule',
        'First state the console saw',
      ]),
    );
    const deleted = within(timeline()).getByRole('link', { name: 'Deleted an assignment rule' }).closest('li')!;
    expect(within(deleted).getByText('Zoë')).toBeInTheDocument();
    expect(within(deleted).getByText('Assignment rules')).toBeInTheDocument();
    // The newest is shown until one is chosen.
    expect(await findDetail(/Created a suppression rule/)).toBeInTheDocument();

    await chooseOption(user, screen.getByRole('combobox', { name: 'Kind' }), 'Assignment rules');
    await waitFor(() => expect(entryTitles()).toEqual(['Deleted an assignment rule']));
    expect(router.state.location.search).toBe('?kind=assignment');
    await chooseOption(user, screen.getByRole('combobox', { name: 'Person' }), 'Sam');
    expect(await screen.findByText('No change matches these filters.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?kind=assignment&actor=person%3ASam');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(entryTitles()).toHaveLength(3));
    expect(router.state.location.search).toBe('');
  });

  it('shows a delete as the list shows the rule, and undoes it with a plan shown first', async () => {
    const api = seed();
    saveActorName('Zoë');
    await deleteRule(1, 'assignment', ruleId(2));
    const { user, router } = await openPage('/env/1/history');

    await screen.findByRole('list', { name: 'Changes, newest first' }, { timeout: 5000 });
    await user.click(within(timeline()).getByRole('link', { name: 'Deleted an assignment rule' }));
    const heading = await findDetail(/Deleted an assignment rule/);
    expect(heading).toHaveFocus();
    expect(router.state.location.search).toMatch(/^\?entry=\d+$/);
    const detail = heading.closest('article')!;
    const item = within(detail).getByText('Deleted', { selector: '.badge' }).closest('li')!;
    expect(within(item).getByText('E2 → Priya Raman')).toBeInTheDocument();
    expect(within(item).getByText(shortId(ruleId(2)))).toBeInTheDocument();
    expect(within(item).getByText('was at position 2')).toBeInTheDocument();

    await user.click(within(detail).getByRole('button', { name: 'Undo this change' }));
    const dialog = await screen.findByRole('dialog', { name: /^Undo #\d+$/ });
    const added = await within(dialog).findByText('Added', { selector: '.badge' });
    expect(within(added.closest('li')!).getByText('E2 → Priya Raman')).toBeInTheDocument();
    expect(within(added.closest('li')!).getByText('at position 2')).toBeInTheDocument();
    // Nothing is written before Apply.
    expect(api.readRules('assignment')).toHaveLength(2);

    await user.click(within(dialog).getByRole('button', { name: 'Apply 1 change' }));
    expect(await within(dialog).findByText('Applied 1 change to the rules of Web app.')).toBeInTheDocument();
    expect(shownAssignment(api)).toEqual(['E1', 'E2', 'E3']);
    expect(api.readRules('assignment')[1]!.assignee).toEqual(priya);
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));

    // The history names the plan on the entries it left.
    await waitFor(() => expect(within(timeline()).getAllByText(/^Undo #\d+$/).length).toBeGreaterThan(0));
  });

  it('shows a reorder as moves, and restores a kind to the state an entry left', async () => {
    const api = seed();
    saveActorName('Zoë');
    await reorderRules(1, 'assignment', { [ruleId(3)]: -1 });
    const { user } = await openPage('/env/1/history');
    await screen.findByRole('list', { name: 'Changes, newest first' }, { timeout: 5000 });
    expect(entryTitles()).toEqual(['Reordered assignment rules', 'First state the console saw']);
    const detail = (await findDetail(/Reordered assignment rules/)).closest('article')!;
    const moved = within(detail).getByText('moved from 3 to 1').closest('li')!;
    expect(within(moved).getByText('E3 → Maya Okafor')).toBeInTheDocument();
    expect(within(detail).getAllByText('Moved', { selector: '.badge' })).toHaveLength(1);

    await user.click(within(timeline()).getByRole('link', { name: 'First state the console saw' }));
    const first = (await findDetail(/First state the console saw/)).closest('article')!;
    expect(within(first).getByText(/No earlier state is kept/)).toBeInTheDocument();
    expect(within(first).queryByRole('button', { name: 'Undo this change' })).not.toBeInTheDocument();
    await user.click(within(first).getByRole('button', { name: 'Restore this state…' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Assignment rules only' }));
    const dialog = await screen.findByRole('dialog', { name: /^Restore assignment rules to #\d+$/ });
    const item = (await within(dialog).findByText('moved from 1 to 3')).closest('li')!;
    expect(within(item).getByText('E3 → Maya Okafor')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Apply 1 change' }));
    expect(await within(dialog).findByText('Applied 1 change to the rules of Web app.')).toBeInTheDocument();
    expect(shownAssignment(api)).toEqual(['E1', 'E2', 'E3']);
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));

    // The state it restored is the state now.
    await user.click(within(first).getByRole('button', { name: 'Restore this state…' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Every rule list' }));
    const again = await screen.findByRole('dialog', { name: /^Restore every rule list to #\d+$/ });
    expect(await within(again).findByText('Already matches')).toBeInTheDocument();
    expect(within(again).queryByRole('button', { name: /^Apply/ })).not.toBeInTheDocument();
  });

  it('stops a plan at the first failure, shows what was applied, and undoes it with the inverse plan', async () => {
    const api = seed();
    await deleteRule(1, 'assignment', ruleId(2));
    await deleteRule(1, 'assignment', ruleId(3));
    const fourth = await createRule(1, 'assignment', {
      filters: assignmentRule(4).filters,
      assignee: maya,
      order_key: 9,
    });
    const { user } = await openPage('/env/1/history');
    await screen.findByRole('list', { name: 'Changes, newest first' }, { timeout: 5000 });
    await user.click(within(timeline()).getByRole('link', { name: 'First state the console saw' }));
    const first = (await findDetail(/First state the console saw/)).closest('article')!;
    await user.click(within(first).getByRole('button', { name: 'Restore this state…' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Every rule list' }));
    const dialog = await screen.findByRole('dialog', { name: /^Restore every rule list to #\d+$/ });
    expect(await within(dialog).findByText(/^3 rules: 2 added, 1 deleted/)).toBeInTheDocument();

    const rulesPath = '/api/projects/1/error_tracking/assignment_rules/';
    api.editNext(`POST ${rulesPath}`, (json) => json);
    api.failNext(`POST ${rulesPath}`, 500, 'The database is locked.');
    await user.click(within(dialog).getByRole('button', { name: 'Apply 3 changes' }));
    const stopped = await within(dialog).findByRole('alert');
    expect(stopped).toHaveTextContent('Stopped at change 2 of 3: it failed, so nothing after it was applied.');
    expect(stopped).toHaveFocus();
    const group = (name: string) =>
      within(within(dialog).getByRole('region', { name }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(group('Applied')).toEqual(['✓ Create assignment rule “E2 → Priya Raman”']);
    expect(group('Failed')).toEqual(['✗ Create assignment rule “E3 → Maya Okafor”: The database is locked.']);
    expect(group('Not applied')).toEqual([`Delete assignment rule “E4 → Maya Okafor” (${shortId(fourth.id)})`]);
    expect(shownAssignment(api)).toEqual(['E1', 'E2', 'E4']);

    await user.click(within(dialog).getByRole('button', { name: 'Undo what was applied' }));
    const deleted = await within(dialog).findByText('Deleted', { selector: '.badge' });
    expect(within(deleted.closest('li')!).getByText('E2 → Priya Raman')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Apply 1 change' }));
    expect(await within(dialog).findByText('Applied 1 change to the rules of Web app.')).toBeInTheDocument();
    expect(shownAssignment(api)).toEqual(['E1', 'E4']);
  });

  it('opens one rule’s history from its row menu and from its editor', async () => {
    seed();
    await deleteRule(1, 'assignment', ruleId(1));
    await reorderRules(1, 'assignment', { [ruleId(3)]: -1 });
    const { user, router } = await openPage('/env/1/assignment-rules');
    await user.click(
      await screen.findByRole('button', { name: `Actions for “E3 → Maya Okafor” (${shortId(ruleId(3))})` }),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'History' }));
    await screen.findByRole('heading', { level: 1, name: 'History' });
    expect(router.state.location.pathname).toBe('/env/1/history');
    expect(router.state.location.search).toBe(`?rule=${ruleId(3)}`);
    expect(screen.getByText(/Showing the history of rule/)).toHaveTextContent(shortId(ruleId(3)));
    await waitFor(() => expect(entryTitles()).toEqual(['Reordered assignment rules']));

    await user.click(screen.getByRole('link', { name: 'Show every rule' }));
    await waitFor(() => expect(entryTitles()).toHaveLength(3));

    await router.navigate(`/env/1/assignment-rules/${ruleId(2)}`);
    const editor = await screen.findByRole('dialog', { name: /^Edit assignment rule/ }, { timeout: 5000 });
    expect(await within(editor).findByRole('link', { name: 'History' })).toHaveAttribute(
      'href',
      `/env/1/history?rule=${ruleId(2)}`,
    );
  });
});
