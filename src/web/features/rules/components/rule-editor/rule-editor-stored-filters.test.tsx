import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssignmentRule } from '../../../../../contract/rules';
import { oddLeaves } from '../../../../components/filter-builder/odd-leaves';
import { assignmentRules } from '../../../../test/fixtures';
import { roles } from '../../../../test/organization-fixtures';
import { chooseAssignee, editorTestApi, openEditor } from './editor.test-support';

const first = assignmentRules[0]!;
const nested = { type: 'OR' as const, values: [oddLeaves[0]!, {}] };
const rule: AssignmentRule = {
  ...first,
  filters: { type: 'AND', values: [...first.filters.values, ...oddLeaves, nested] },
};
const path = `/env/1/assignment-rules/${rule.id}`;

/** The raw text of every PATCH body: what PostHog would store, byte for byte. */
function patchTexts(server: ReturnType<typeof editorTestApi>): string[] {
  return server.fetchMock.mock.calls.flatMap(([, init]) =>
    init?.method === 'PATCH' && typeof init.body === 'string' ? [init.body] : [],
  );
}

describe('rule editor with filters PostHog stores but the dashboard cannot edit', { timeout: 20_000 }, () => {
  it('shows them read-only, in the nested group too, and leaves the filters out of a save that did not touch them', async () => {
    const server = editorTestApi('assignment', {}, [rule]);
    const { dialog, user } = await openEditor(path, /^Edit assignment rule “.+” \(00000001\)$/);
    expect(await within(dialog).findAllByText('Not editable here:')).toHaveLength(
      oddLeaves.length + nested.values.length,
    );
    const group = within(dialog).getByRole('group', {
      name: `Group ${first.filters.values.length + oddLeaves.length + 1}`,
    });
    expect(within(group).getAllByText('Not editable here:')).toHaveLength(nested.values.length);

    await chooseAssignee(dialog, user, /Backend/);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByText(/^Saved “.+” \(00000001\)\.$/);
    expect(server.sent('PATCH')).toEqual([{ assignee: { type: 'role', id: roles[1]!.id } }]);
  });

  it('sends every odd leaf and the nested group byte for byte when another filter is edited', async () => {
    const server = editorTestApi('assignment', {}, [rule]);
    const { dialog, user } = await openEditor(path, /^Edit assignment rule “.+” \(00000001\)$/);

    await user.type(
      await within(dialog).findByRole('textbox', { name: 'Add value to filter 1' }),
      'SyntaxError{Enter}',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await screen.findByText(/^Saved “.+” \(00000001\)\.$/);
    const [text] = patchTexts(server);
    for (const leaf of [...oddLeaves, nested]) expect(text).toContain(JSON.stringify(leaf));
    const edited = { ...first.filters.values[0], value: ['TypeError', 'RangeError', 'SyntaxError'] };
    // The assignee was not touched: only the filters go out.
    expect(JSON.parse(text!)).toEqual({ filters: { type: 'AND', values: [edited, ...oddLeaves, nested] } });
  });
});
