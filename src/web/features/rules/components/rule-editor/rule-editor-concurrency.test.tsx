import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StoredFilterGroup } from '../../../../../contract/stored-filters';
import { assignmentRules, suppressionRules } from '../../../../test/fixtures';
import { chooseAssignee, editorTestApi, expectSaveReason, openEditor } from './editor.test-support';

const rule = assignmentRules[0]!;
const listPath = '/env/1/assignment-rules';
const detail = `/api/projects/1/error_tracking/assignment_rules/${rule.id}/`;
const theirFilters: StoredFilterGroup = {
  type: 'AND',
  values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: ['SyntaxError'] }],
};
const priya = { type: 'user' as const, id: 9 };

/** The radio group of one field in the conflict view. */
const fieldGroup = (region: HTMLElement, name: string) => within(region).getByRole('radiogroup', { name });

async function conflictAfterSave(dialog: HTMLElement, user: Parameters<typeof chooseAssignee>[1]) {
  await user.click(within(dialog).getByRole('button', { name: 'Save' }));
  const region = await within(dialog).findByRole('region', { name: 'Someone else changed this rule' });
  expect(region).toHaveFocus();
  return region;
}

describe('rule editor when someone else saved the rule meanwhile', { timeout: 20_000 }, () => {
  it('reads the rule again before saving, then sends only the changed field', async () => {
    const server = editorTestApi('assignment');
    const { dialog, user } = await openEditor(`${listPath}/${rule.id}`, /^Edit assignment rule “.+” \(00000001\)$/);
    await chooseAssignee(dialog, user, /Priya Raman/);
    const before = server.requests(detail).length;
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByText(/^Saved “.+” \(00000001\)\.$/);
    expect(server.requests(detail).slice(before, before + 2)).toEqual([`GET ${detail}`, `PATCH ${detail}`]);
    expect(server.sent('PATCH')).toEqual([{ assignee: priya }]);
  });

  it('saves nothing, shows both versions, and saves their filters with your assignee', async () => {
    const server = editorTestApi('assignment');
    const { dialog, user } = await openEditor(`${listPath}/${rule.id}`, /^Edit assignment rule “.+” \(00000001\)$/);
    await chooseAssignee(dialog, user, /Priya Raman/);
    server.changeElsewhere(rule.id, { filters: theirFilters });

    const region = await conflictAfterSave(dialog, user);
    expect(server.sent('PATCH')).toEqual([]);
    expect(region).toHaveAccessibleDescription(/Nothing was saved/);
    const filters = fieldGroup(region, 'Filters');
    expect(filters).toHaveAccessibleDescription('Changed by someone else.');
    expect(within(filters).getByRole('radio', { name: 'Theirs' })).toBeChecked();
    expect(within(filters).getByRole('radio', { name: 'Theirs' })).toHaveAccessibleDescription(
      'Exception type is SyntaxError',
    );
    expect(within(filters).getByRole('radio', { name: 'Yours' })).toHaveAccessibleDescription(
      'Exception type is TypeError or RangeError',
    );
    const assignee = fieldGroup(region, 'Assignee');
    expect(within(assignee).getByRole('radio', { name: 'Yours' })).toBeChecked();
    expect(within(assignee).getByRole('radio', { name: 'Yours' })).toHaveAccessibleDescription(/Priya Raman/);
    expect(within(assignee).getByRole('radio', { name: 'Theirs' })).toHaveAccessibleDescription(/Maya Okafor/);

    await user.click(within(region).getByRole('button', { name: 'Save merged version' }));
    await screen.findByText(/^Saved the merged version of “.+” \(00000001\)\.$/);
    expect(server.sent('PATCH')).toEqual([{ assignee: priya }]);
    expect(server.rules()[0]).toMatchObject({ filters: theirFilters, assignee: priya });
    // The merge is what the editor now edits: nothing left to save.
    expect(within(dialog).queryByRole('region', { name: 'Someone else changed this rule' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: /Assignee/ })).toHaveValue('Priya Raman');
    expect(within(dialog).getByText('SyntaxError')).toBeInTheDocument();
    await expectSaveReason(dialog, 'No changes to save');
  });

  it('asks for a side where both changed a field, and checks the merge against the newest version', async () => {
    const server = editorTestApi('assignment');
    const { dialog, user } = await openEditor(`${listPath}/${rule.id}`, /^Edit assignment rule “.+” \(00000001\)$/);
    await chooseAssignee(dialog, user, /Priya Raman/);
    server.changeElsewhere(rule.id, { assignee: { type: 'role', id: '0190f4c4-2222-7000-8000-000000000002' } });

    let region = await conflictAfterSave(dialog, user);
    const save = within(region).getByRole('button', { name: 'Save merged version' });
    expect(save).toBeDisabled();
    expect(save).toHaveAccessibleDescription('Choose theirs or yours for assignee to save');
    expect(fieldGroup(region, 'Assignee')).toHaveAccessibleDescription('Changed by both of you: choose one.');
    await user.click(within(region).getByRole('button', { name: 'Use all of yours' }));
    expect(save).toBeEnabled();

    // Changed once more before the merge is saved: a new conflict, over the newest version, and still no PATCH.
    server.changeElsewhere(rule.id, { filters: theirFilters });
    await user.click(save);
    region = await within(dialog).findByRole('region', { name: 'Someone else changed this rule' });
    await expect.poll(() => within(region).queryByRole('radiogroup', { name: 'Filters' })).not.toBeNull();
    expect(server.sent('PATCH')).toEqual([]);
    expect(within(fieldGroup(region, 'Assignee')).getByRole('radio', { name: 'Yours' })).toBeChecked();

    await user.click(within(region).getByRole('button', { name: 'Use all of theirs' }));
    await user.click(within(region).getByRole('button', { name: 'Save merged version' }));
    await screen.findByText(/^Saved the merged version of “.+” \(00000001\)\.$/);
    // Their version throughout: nothing differs from it, so nothing is sent.
    expect(server.sent('PATCH')).toEqual([]);
  });

  it('keeps theirs: the form starts again from the server’s version, and the next save is checked against it', async () => {
    const server = editorTestApi('assignment');
    const { dialog, user } = await openEditor(`${listPath}/${rule.id}`, /^Edit assignment rule “.+” \(00000001\)$/);
    await chooseAssignee(dialog, user, /Priya Raman/);
    server.changeElsewhere(rule.id, { filters: theirFilters });

    const region = await conflictAfterSave(dialog, user);
    await user.click(within(region).getByRole('button', { name: 'Keep theirs, discard my changes' }));
    expect(within(dialog).queryByRole('region', { name: 'Someone else changed this rule' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: /Assignee/ })).toHaveValue('Maya Okafor');
    expect(within(dialog).getByText('SyntaxError')).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Match all filters' })).toHaveFocus();
    await expectSaveReason(dialog, 'No changes to save');

    await chooseAssignee(dialog, user, /Priya Raman/);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText(/^Saved “.+” \(00000001\)\.$/);
    expect(server.sent('PATCH')).toEqual([{ assignee: priya }]);
    expect(server.rules()[0]).toMatchObject({ filters: theirFilters, assignee: priya });
  });

  it('is no conflict with its own save whose answer was lost: trying again finds it saved', async () => {
    // The PATCH reaches the server; the answer never comes back.
    const server = editorTestApi('assignment', { [`PATCH ${detail}`]: 'lost' });
    const { dialog, user } = await openEditor(`${listPath}/${rule.id}`, /^Edit assignment rule “.+” \(00000001\)$/);
    await chooseAssignee(dialog, user, /Priya Raman/);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^Could not save “.+” \(00000001\): /);

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText(/^Saved “.+” \(00000001\)\.$/);
    expect(server.sent('PATCH')).toHaveLength(1);
  });

  it('shows a suppression rule’s sampling rates as percentages', async () => {
    const suppression = suppressionRules[0]!;
    const server = editorTestApi('suppression');
    const { dialog, user } = await openEditor(
      `/env/1/suppression-rules/${suppression.id}`,
      /^Edit suppression rule “.+” \(00000004\)$/,
    );
    const sampling = await within(dialog).findByRole('spinbutton', { name: /Sampling rate/ });
    await user.clear(sampling);
    await user.type(sampling, '10');
    server.changeElsewhere(suppression.id, { sampling_rate: 0.5 });

    const region = await conflictAfterSave(dialog, user);
    const group = fieldGroup(region, 'Sampling rate');
    expect(within(group).getByRole('radio', { name: 'Theirs' })).toHaveAccessibleDescription('Drops 50% of matches');
    expect(within(group).getByRole('radio', { name: 'Yours' })).toHaveAccessibleDescription('Drops 10% of matches');
    expect(within(region).queryByRole('radiogroup', { name: 'Filters' })).not.toBeInTheDocument();
  });
});
