import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssignmentRule } from '../../../../../contract/rules';
import { assignmentRules } from '../../../../test/fixtures';
import { chooseAssignee, editorTestApi, expectSaveReason, openEditor } from './editor.test-support';

const listPath = '/env/1/assignment-rules';
const first = assignmentRules[0]!;
const url = { key: '$current_url', type: 'event', operator: 'icontains' as const, value: '/checkout' };

// Whole-app renders with typing: well over vitest's 5 s default on a busy 2-core machine.
describe('rule editor filters', { timeout: 30_000 }, () => {
  it('saves the real key of a property picked by its label, and a custom key only when chosen', async () => {
    const server = editorTestApi('assignment');
    const { dialog, user } = await openEditor(`${listPath}/new`, 'New assignment rule');
    await user.click(within(dialog).getByRole('button', { name: 'Add filter' }));
    await user.type(within(dialog).getByRole('combobox', { name: 'Property for filter 1' }), 'Exception type{Enter}');
    await user.type(within(dialog).getByRole('textbox', { name: 'Add value to filter 1' }), 'TypeError{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Add filter' }));
    const custom = within(dialog).getByRole('combobox', { name: 'Property for filter 2' });
    await user.type(custom, 'plan_tier');
    await user.click(within(dialog).getByRole('option', { name: 'Use custom property “plan_tier”' }));
    expect(within(dialog).getByText(/^Custom property — not one PostHog’s error tracking knows/)).toBeVisible();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Operator for filter 2' }), 'is set');
    await chooseAssignee(dialog, user, /Priya Raman/);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByText(/^Created “.+” \(\w{8}\) at position 3\.$/);
    const filters = {
      type: 'AND',
      values: [
        { key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError'] },
        { key: 'plan_tier', type: 'event', operator: 'is_set' },
      ],
    };
    expect(server.sent('POST')).toEqual([{ filters, assignee: { type: 'user', id: 9 }, order_key: 2 }]);
    expect(server.rules().find((rule) => rule.id === server.createdRuleId())?.filters).toEqual(filters);
  });

  it('builds a nested group and sends it as one', async () => {
    const server = editorTestApi('assignment');
    const { dialog, user } = await openEditor(`${listPath}/new`, 'New assignment rule');
    await user.click(within(dialog).getByRole('button', { name: 'Add filter' }));
    await user.type(within(dialog).getByRole('combobox', { name: 'Property for filter 1' }), 'URL{Enter}');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Operator for filter 1' }), 'contains');
    await user.type(within(dialog).getByRole('textbox', { name: 'Value for filter 1' }), '/checkout');
    await user.click(within(dialog).getByRole('button', { name: 'Add group' }));
    const group = within(dialog).getByRole('group', { name: 'Group 2' });
    await user.type(
      within(group).getByRole('combobox', { name: 'Property for filter 1 of group 2' }),
      'Exception type{Enter}',
    );
    await user.type(
      within(group).getByRole('textbox', { name: 'Add value to filter 1 of group 2' }),
      'TypeError{Enter}',
    );
    await user.click(within(group).getByRole('button', { name: 'Add filter to group 2' }));
    await user.type(
      within(group).getByRole('combobox', { name: 'Property for filter 2 of group 2' }),
      'Exception message{Enter}',
    );
    await user.selectOptions(
      within(group).getByRole('combobox', { name: 'Operator for filter 2 of group 2' }),
      'contains',
    );
    await user.type(within(group).getByRole('textbox', { name: 'Value for filter 2 of group 2' }), 'Failed to fetch');
    await chooseAssignee(dialog, user, /Backend/);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByText(/^Created “.+” \(\w{8}\) at position 3\.$/);
    expect(server.sent('POST')[0]).toMatchObject({
      filters: {
        type: 'AND',
        values: [
          url,
          {
            type: 'OR',
            values: [
              { key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError'] },
              { key: '$exception_values', type: 'event', operator: 'icontains', value: 'Failed to fetch' },
            ],
          },
        ],
      },
    });
  });

  it('edits a saved nested group and sends only the filters', async () => {
    const nested = {
      type: 'OR' as const,
      values: [{ key: '$exception_values', type: 'event', operator: 'icontains' as const, value: 'NetworkError' }],
    };
    const rule: AssignmentRule = { ...first, filters: { type: 'AND', values: [url, nested] } };
    const server = editorTestApi('assignment', {}, [rule]);
    const { dialog, user } = await openEditor(`${listPath}/${first.id}`, /^Edit assignment rule “.+” \(00000001\)$/);
    const group = await within(dialog).findByRole('group', { name: 'Group 2' });
    expect(within(group).queryByText(/kept as they are/)).not.toBeInTheDocument();
    const value = within(group).getByRole('textbox', { name: 'Value for filter 1 of group 2' });
    await user.clear(value);
    await user.type(value, 'Load failed');
    await user.click(within(group).getByRole('radio', { name: 'Match all filters in group 2' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByText(/^Saved “.+” \(00000001\)\.$/);
    const edited = { type: 'AND', values: [{ ...nested.values[0], value: 'Load failed' }] };
    expect(server.sent('PATCH')).toEqual([{ filters: { type: 'AND', values: [url, edited] } }]);
  });

  it('holds a value to the length limit before anything is sent', async () => {
    const server = editorTestApi('assignment');
    const { dialog, user } = await openEditor(`${listPath}/${first.id}`, /^Edit assignment rule “.+” \(00000001\)$/);
    const value = await within(dialog).findByRole('textbox', { name: 'Add value to filter 1' });
    await user.click(value);
    await user.paste('x'.repeat(1001));
    await user.keyboard('{Enter}');
    await expectSaveReason(dialog, 'Fix 1 error to save');
    expect(value).toHaveAccessibleDescription(/Each value can be at most 1,000 characters; value 3 has 1,001\.$/);
    expect(server.sent('PATCH')).toEqual([]);
  });
});
