import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { groupingRules } from '../../../../test/fixtures';
import { editorTestApi, expectSaveReason, missingRuleId, openEditor } from './editor.test-support';
import { errorAnswer } from '../../../../test/start-test-api';

const rule = groupingRules[0]!;
const listPath = '/env/1/grouping-rules';

// Whole-app renders with typing: well over vitest's 5 s default on a busy 2-core machine.
describe('grouping rule editor', { timeout: 20_000 }, () => {
  it('creates a rule with a description; it needs a filter first', async () => {
    const server = editorTestApi('grouping');
    const { dialog, user } = await openEditor(`${listPath}/new`, 'New grouping rule');
    await expectSaveReason(dialog, 'Fill in the required fields to save');

    await user.click(within(dialog).getByRole('button', { name: 'Add filter' }));
    await user.click(within(dialog).getByRole('button', { name: 'Remove filter 1' }));
    expect(await within(dialog).findByRole('group', { name: 'Filters (at least one)' })).toHaveAccessibleDescription(
      'Add at least one filter: a grouping rule needs something to match.',
    );
    await expectSaveReason(dialog, 'Fix 1 error to save');

    await user.click(within(dialog).getByRole('button', { name: 'Add filter' }));
    await user.type(within(dialog).getByRole('combobox', { name: 'Property for filter 1' }), '$browser');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Operator for filter 1' }), 'contains');
    await user.type(within(dialog).getByRole('textbox', { name: 'Value for filter 1' }), 'Chrome');
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'Chrome extension noise');
    await expectSaveReason(dialog, null);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByText(/^Created “Chrome extension noise” \(\w{8}\) at position 2\.$/);
    expect(server.sent('POST')).toEqual([
      {
        filters: { type: 'AND', values: [{ key: '$browser', type: 'event', operator: 'icontains', value: 'Chrome' }] },
        assignee: null,
        description: 'Chrome extension noise',
      },
    ]);
    // PostHog starts it at 0, tied with the first rule: a reorder moves it to the end, where the list shows it.
    expect(server.sent('PATCH', `${server.base}reorder/`)).toEqual([{ orders: { [server.createdRuleId()!]: 1 } }]);
  });

  it('shows a 400 about the description under it, keeping what was typed', async () => {
    editorTestApi('grouping', {
      [`POST /api/projects/1/error_tracking/grouping_rules/`]: errorAnswer(
        400,
        'Ensure this field has no more than 10000 characters.',
        'description',
      ),
    });
    const { dialog, user } = await openEditor(`${listPath}/new`, 'New grouping rule');
    await user.click(within(dialog).getByRole('button', { name: 'Add filter' }));
    await user.type(within(dialog).getByRole('combobox', { name: 'Property for filter 1' }), '$os');
    await user.type(within(dialog).getByRole('textbox', { name: 'Add value to filter 1' }), 'Windows{Enter}');
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'Windows only');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const description = within(dialog).getByRole('textbox', { name: 'Description' });
    await expect.poll(() => description.getAttribute('aria-invalid'), { timeout: 5000 }).toBe('true');
    expect(description).toHaveAccessibleDescription(
      expect.stringContaining('Ensure this field has no more than 10000 characters.'),
    );
    expect(description).toHaveFocus();
    expect(description).toHaveValue('Windows only');
  });

  it('edits filters only: assignee and description are locked, and the update sends filters alone', async () => {
    const server = editorTestApi('grouping');
    const { dialog, user } = await openEditor(`${listPath}/${rule.id}`, /^Edit grouping rule “.+” \(00000003\)$/);
    const note =
      'PostHog keeps a grouping rule’s assignee and description as created; to change them, duplicate the rule.';
    const assignee = await within(dialog).findByRole('combobox', { name: /Assignee/ });
    expect(assignee).toBeDisabled();
    expect(assignee).toHaveAccessibleDescription(note);
    const description = within(dialog).getByRole('textbox', { name: 'Description' });
    expect(description).toBeDisabled();
    expect(description).toHaveValue('Chrome noise');
    expect(description).toHaveAccessibleDescription(note);
    expect(within(dialog).getByRole('radio', { name: 'Match any filter' })).toHaveFocus();

    const value = within(dialog).getByRole('textbox', { name: 'Value for filter 1' });
    await user.clear(value);
    await user.type(value, 'Firefox');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByText(/^Saved “.+” \(00000003\)\.$/);
    expect(server.sent('PATCH')).toEqual([
      {
        filters: { type: 'OR', values: [{ key: '$browser', type: 'event', operator: 'icontains', value: 'Firefox' }] },
      },
    ]);
  });

  it('says a missing rule no longer exists', async () => {
    editorTestApi('grouping');
    const { dialog } = await openEditor(`${listPath}/${missingRuleId}`, 'Edit grouping rule');
    expect(await within(dialog).findByText('This rule no longer exists')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Back to the list' })).toBeInTheDocument();
  });
});
