import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { assignmentRules } from '../../../../test/fixtures';
import { roles } from '../../../../test/organization-fixtures';
import { chooseAssignee, editorTestApi, expectSaveReason, missingRuleId, openEditor } from './editor.test-support';
import { errorAnswer } from '../../../../test/start-test-api';

const [first, disabled] = assignmentRules as [(typeof assignmentRules)[0], (typeof assignmentRules)[0]];
const listPath = '/env/1/assignment-rules';

// Whole-app renders with typing: well over vitest's 5 s default on a busy 2-core machine.
describe('assignment rule editor', { timeout: 20_000 }, () => {
  it('creates a rule from the builder and the picker, then closes with a toast', async () => {
    const server = editorTestApi('assignment');
    const { dialog, user, router } = await openEditor(`${listPath}/new`, 'New assignment rule');
    await expectSaveReason(dialog, 'Fill in the required fields to save');
    const save = within(dialog).getByRole('button', { name: 'Save' });
    expect(within(dialog).getByRole('radio', { name: 'Match all filters' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Add filter' }));
    await user.type(within(dialog).getByRole('combobox', { name: 'Property for filter 1' }), '$exception_types');
    await user.type(within(dialog).getByRole('textbox', { name: 'Add value to filter 1' }), 'TypeError{Enter}');
    await chooseAssignee(dialog, user, /Priya Raman/);
    await expectSaveReason(dialog, null);
    await user.click(save);

    await screen.findByText(/^Created “TypeError → Priya Raman” \(\w{8}\) at position 3\.$/);
    expect(server.sent('POST')).toEqual([
      {
        filters: {
          type: 'AND',
          values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError'] }],
        },
        assignee: { type: 'user', id: 9 },
        order_key: 2,
      },
    ]);
    await expect.poll(() => router.state.location.pathname, { timeout: 5000 }).toBe(listPath);
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 5000 });
  });

  it('edits a rule loaded as the form’s defaults; Save waits for a change', async () => {
    const server = editorTestApi('assignment');
    const { dialog, user } = await openEditor(`${listPath}/${first.id}`, /^Edit assignment rule “.+” \(00000001\)$/);
    const assignee = await within(dialog).findByRole('combobox', { name: /Assignee/ });
    expect(assignee).toHaveValue('Maya Okafor');
    expect(within(dialog).getByRole('combobox', { name: 'Property for filter 1' })).toHaveValue('Exception type');
    expect(within(dialog).getByText('RangeError')).toBeInTheDocument();
    await expectSaveReason(dialog, 'No changes to save');

    await chooseAssignee(dialog, user, /Priya Raman/);
    await expectSaveReason(dialog, null);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByText(/^Saved “.+” \(00000001\)\.$/);
    // The filters were not touched: they are left out, so what PostHog stores is not rewritten.
    expect(server.sent('PATCH')).toEqual([{ assignee: { type: 'user', id: 9 } }]);
  });

  it('keeps a nested group from the API intact when the filters are saved', async () => {
    const nested = {
      type: 'OR' as const,
      values: [
        { key: '$exception_values', type: 'event', operator: 'icontains' as const, value: 'NetworkError' },
        { key: '$lib', type: 'event', operator: 'exact' as const, value: ['web'], label: 'kept as stored' },
      ],
    };
    const rule = { ...first, filters: { type: 'AND' as const, values: [...first.filters.values, nested] } };
    const server = editorTestApi('assignment', {}, [rule]);
    const { dialog, user } = await openEditor(`${listPath}/${first.id}`, /^Edit assignment rule “.+” \(00000001\)$/);
    await chooseAssignee(dialog, user, /Backend/);
    await user.click(within(dialog).getByRole('radio', { name: 'Match any filter' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByText(/^Saved “.+” \(00000001\)\.$/);
    expect(server.sent('PATCH')).toEqual([
      { filters: { ...rule.filters, type: 'OR' }, assignee: { type: 'role', id: roles[1]!.id } },
    ]);
  });

  it('counts the errors on screen in the reason Save is disabled; a new row’s wait until it is left', async () => {
    editorTestApi('assignment');
    const { dialog, user } = await openEditor(`${listPath}/${first.id}`, /^Edit assignment rule “.+” \(00000001\)$/);
    await user.click(await within(dialog).findByRole('button', { name: 'Add filter' }));
    const property = within(dialog).getByRole('combobox', { name: 'Property for filter 2' });
    // Nothing typed yet: nothing is red, and the reason says what is missing.
    await expectSaveReason(dialog, 'Fill in the required fields to save');
    expect(property).not.toHaveAttribute('aria-invalid');
    expect(within(dialog).queryByText('A property is required.')).not.toBeInTheDocument();

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Operator for filter 2' }), 'regex');
    await expectSaveReason(dialog, 'Fix 1 error to save');
    expect(property).toHaveAccessibleDescription('A property is required.');
    await user.click(within(dialog).getByRole('textbox', { name: 'Value for filter 2' }));
    await user.tab();
    await expectSaveReason(dialog, 'Fix 2 errors to save');

    await user.type(property, '$os{Enter}');
    await expectSaveReason(dialog, 'Fix 1 error to save');
    expect(property).toHaveValue('Operating system');
    await user.type(within(dialog).getByRole('textbox', { name: 'Value for filter 2' }), '^Mac');
    await expectSaveReason(dialog, null);
  });

  it('shows a 400 about assignee__id under the assignee field', async () => {
    const server = editorTestApi('assignment', {
      [`PATCH /api/projects/1/error_tracking/assignment_rules/${first.id}/`]: errorAnswer(
        400,
        'User assignee IDs must be integers.',
        'assignee__id',
      ),
    });
    const { dialog, user } = await openEditor(`${listPath}/${first.id}`, /^Edit assignment rule “.+” \(00000001\)$/);
    await chooseAssignee(dialog, user, /Backend/);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const assignee = within(dialog).getByRole('combobox', { name: /Assignee/ });
    await expect.poll(() => assignee.getAttribute('aria-invalid'), { timeout: 5000 }).toBe('true');
    expect(assignee).toHaveAccessibleDescription('User assignee IDs must be integers.');
    expect(assignee).toHaveValue('Backend');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(server.sent('PATCH')).toHaveLength(1);
  });

  it('keeps everything typed and says what failed when the server answers 500', async () => {
    editorTestApi('assignment', {
      [`PATCH /api/projects/1/error_tracking/assignment_rules/${first.id}/`]: errorAnswer(
        500,
        'The database is locked.',
      ),
    });
    const { dialog, user, router } = await openEditor(
      `${listPath}/${first.id}`,
      /^Edit assignment rule “.+” \(00000001\)$/,
    );
    await chooseAssignee(dialog, user, /Priya Raman/);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Could not save “TypeError or RangeError → Maya Okafor” (00000001): The database is locked.',
    );
    expect(within(dialog).getByRole('combobox', { name: /Assignee/ })).toHaveValue('Priya Raman');
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeEnabled();
    expect(router.state.location.pathname).toBe(`${listPath}/${first.id}`);
  });

  it('warns that a disabled rule is re-enabled by saving, and saves it once it is valid', async () => {
    const server = editorTestApi('assignment');
    const { dialog, user } = await openEditor(`${listPath}/${disabled.id}`, /^Edit assignment rule “.+” \(00000002\)$/);
    const banner = await within(dialog).findByRole('note', { name: 'This rule is disabled' });
    expect(banner).toHaveTextContent('Invalid regex');
    expect(banner).toHaveTextContent('Saving re-enables this rule.');
    // The stored rule has no assignee, which this form requires: said at once, not after a first edit.
    expect(await within(dialog).findByText('Fix 1 error to save')).toBeInTheDocument();

    await chooseAssignee(dialog, user, /Maya Okafor/);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText(/^Saved “.+” \(00000002\)\.$/);
    expect(server.rules().find((rule) => rule.id === disabled.id)?.disabled_data).toBeNull();
  });

  it('asks before discarding changes, from Escape, Cancel and Back alike', async () => {
    editorTestApi('assignment');
    const { dialog, user, router } = await openEditor(
      `${listPath}/${first.id}?q=type`,
      /^Edit assignment rule “.+” \(00000001\)$/,
    );
    await chooseAssignee(dialog, user, /Priya Raman/);

    await user.keyboard('{Escape}');
    const prompt = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    await user.click(within(prompt).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: /Assignee/ })).toHaveValue('Priya Raman');

    await router.navigate('/env/1/issues');
    await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(router.state.location.pathname).toBe(`${listPath}/${first.id}`);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const again = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    await expect.poll(() => router.state.location.pathname, { timeout: 5000 }).toBe(listPath);
    expect(router.state.location.search).toBe('?q=type');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes at once without changes, and Escape in a filled assignee field closes instead of clearing it', async () => {
    editorTestApi('assignment');
    const { dialog, user, router } = await openEditor(
      `${listPath}/${first.id}`,
      /^Edit assignment rule “.+” \(00000001\)$/,
    );
    const assignee = await within(dialog).findByRole('combobox', { name: /Assignee/ });
    assignee.focus();
    await user.keyboard('{Escape}');
    await expect.poll(() => router.state.location.pathname, { timeout: 5000 }).toBe(listPath);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('deletes the rule after a confirmation that names it; Undo on the list puts it back as it was', async () => {
    const server = editorTestApi('assignment');
    const { dialog, user, router } = await openEditor(
      `${listPath}/${first.id}`,
      /^Edit assignment rule “.+” \(00000001\)$/,
    );
    await user.click(await within(dialog).findByRole('button', { name: 'Delete rule' }));
    const confirm = screen.getByRole('alertdialog', {
      name: 'Delete assignment rule “TypeError or RangeError → Maya Okafor” (00000001)?',
    });
    expect(confirm).toHaveAccessibleDescription('It matches: Exception type is TypeError or RangeError.');
    await user.click(within(confirm).getByRole('button', { name: 'Delete rule' }));

    const deleted = await screen.findByText('Deleted “TypeError or RangeError → Maya Okafor” (00000001).');
    expect(server.sent('DELETE')).toHaveLength(1);
    expect(router.state.location.pathname).toBe(listPath);
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 5000 });

    await user.click(within(deleted.closest('li')!).getByRole('button', { name: 'Undo' }));
    // Re-created, it has a new id: the toast names it as the list now shows it.
    const restored = await screen.findByText(/^Restored “TypeError or RangeError → Maya Okafor” \((\w{8})\)\.$/);
    expect(restored.textContent).toContain(`(${server.createdRuleId()!.slice(-8)})`);
    expect(server.sent('POST')).toEqual([{ filters: first.filters, assignee: first.assignee, order_key: 0 }]);
    // Created at its old order_key, it already runs first: no reorder needed.
    expect(server.sent('PATCH', `${server.base}reorder/`)).toEqual([]);
    await vi.waitFor(() =>
      expect(
        screen.getByRole('link', { name: /^TypeError or RangeError → Maya Okafor/ }).closest('[data-rule-id]'),
      ).toHaveAttribute('data-rule-id', server.createdRuleId()),
    );
  });

  it('says a rule that does not exist no longer exists, with a way back', async () => {
    editorTestApi('assignment');
    const { dialog, user, router } = await openEditor(`${listPath}/${missingRuleId}`, 'Edit assignment rule');
    expect(await within(dialog).findByText('This rule no longer exists')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Back to the list' }));
    expect(router.state.location.pathname).toBe(listPath);
  });

  it('says so when the rule was deleted elsewhere before a save', async () => {
    const server = editorTestApi('assignment');
    const { dialog, user } = await openEditor(`${listPath}/${first.id}`, /^Edit assignment rule “.+” \(00000001\)$/);
    await chooseAssignee(dialog, user, /Priya Raman/);
    server.deleteElsewhere(first.id);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('This rule no longer exists')).toBeInTheDocument();
  });

  it('asks before a rule without filters sends every new issue to one assignee over the rules below it', async () => {
    const server = editorTestApi('assignment');
    const { dialog, user } = await openEditor(`${listPath}/${first.id}`, /^Edit assignment rule “.+” \(00000001\)$/);
    await user.click(await within(dialog).findByRole('button', { name: /^Remove filter 1/ }));
    await expectSaveReason(dialog, null);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const warning = await screen.findByRole('alertdialog', { name: 'Send every new issue to Maya Okafor?' });
    expect(warning).toHaveAccessibleDescription(
      'This rule has no filters, so it matches every exception: every new issue in Web app will go to Maya ' +
        'Okafor, and the rule below it never runs.',
    );
    await user.click(within(warning).getByRole('button', { name: 'Cancel' }));
    expect(within(dialog).getByText('No filters yet: the rule matches every exception.')).toBeInTheDocument();
    expect(server.sent('PATCH')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Save anyway' }));
    await screen.findByText(/^Saved “.+” \(00000001\)\.$/);
    expect(server.sent('PATCH')).toEqual([{ filters: { type: 'AND', values: [] } }]);
  });
});
