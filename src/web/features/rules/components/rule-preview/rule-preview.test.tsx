import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssignmentRule, SuppressionRule } from '../../../../../contract/rules';
import { assignmentRule, ruleId } from '../../../../test/rule-fixtures';
import type { SeededException } from '../../../../test/test-api-seeds';
import { chooseAssignee, editorTestApi, expectSaveReason, openEditor } from '../rule-editor/editor.test-support';

const issue = (n: number) => `01900000-0000-7000-8000-0000000000a${n}`;
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();
const exception = (n: number, issueN: number, type: string, message: string): SeededException => ({
  uuid: `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`,
  issueId: issue(issueN),
  timestamp: minutesAgo(n),
  properties: { $exception_types: [type], $exception_values: [message], $exception_issue_id: issue(issueN) },
});
/** Issue 1: four "x is undefined", issue 2: two "y is null" (TypeErrors), issue 3: three RangeErrors; newest first. */
const exceptions = [
  ...[1, 2, 3, 4].map((n) => exception(n, 1, 'TypeError', 'x is undefined')),
  ...[5, 6].map((n) => exception(n, 2, 'TypeError', 'y is null')),
  ...[7, 8, 9].map((n) => exception(n, 3, 'RangeError', 'Invalid time value')),
];
const typeIs = (type: string) => ({
  type: 'AND' as const,
  values: [{ key: '$exception_types', type: 'event', operator: 'exact' as const, value: [type] }],
});
const dropRangeErrors: SuppressionRule = {
  id: ruleId(11),
  order_key: 0,
  filters: typeIs('RangeError'),
  sampling_rate: 1,
  disabled_data: null,
  created_at: '2026-01-01T10:00:00.000Z',
  updated_at: null,
};
const preview = (dialog: HTMLElement) => within(within(dialog).getByRole('region', { name: 'On recent exceptions' }));

// Whole-app renders with typing, the preview worker's host run in the test's thread.
describe('the rule editor’s preview on recent exceptions', { timeout: 30_000 }, () => {
  it('counts what a new suppression rule matches and drops after the rules above it, and follows each edit', async () => {
    const server = editorTestApi('suppression', {}, [dropRangeErrors]);
    server.api.seedExceptions(exceptions);
    const { dialog, user } = await openEditor('/env/1/suppression-rules/new', 'New suppression rule');

    const status = await preview(dialog).findByText(/^Of the last 9 exceptions \(7 days\)/);
    expect(status).toHaveTextContent(
      'Of the last 9 exceptions (7 days), this rule matches 9 (across 3 issues). It would drop 6 of them, given the rules above it.',
    );
    expect(
      preview(dialog).getByText(/^3 exceptions are dropped by “RangeError → drop 100%” \(\w{8}\), above it, first\.$/),
    ).toBeInTheDocument();
    const samples = preview(dialog).getByRole('list', { name: 'The most recent exceptions it would drop' });
    const links = within(samples).getAllByRole('link');
    expect(links).toHaveLength(5);
    expect(links[0]).toHaveAccessibleName('TypeError: x is undefined (explained in a new tab)');
    expect(links[0]).toHaveAttribute('href', `/env/1/rule-lab/explain?event=${exceptions[0]!.uuid}`);
    expect(links[0]).toHaveAttribute('target', '_blank');
    const save = within(dialog).getByRole('button', { name: 'Save' });
    expect(save).toHaveAccessibleDescription('This rule changes the outcome for 6 recent exceptions.');

    await user.click(within(dialog).getByRole('button', { name: 'Add filter' }));
    await user.type(
      within(dialog).getByRole('combobox', { name: 'Property for filter 1' }),
      'Exception message{Enter}',
    );
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Operator for filter 1' }), 'contains');
    // An empty value does not save: nothing stale is shown meanwhile.
    expect(await preview(dialog).findByText('Fix the filters to preview what this rule would match.')).toBeVisible();
    expect(preview(dialog).queryByText(/^Of the last/)).toBeNull();
    await user.type(within(dialog).getByRole('textbox', { name: 'Value for filter 1' }), 'UNDEFINED');

    await waitFor(() =>
      expect(preview(dialog).getByText(/^Of the last 9/)).toHaveTextContent(
        'this rule matches 4 (across 1 issue). It would drop 4 of them, given the rules above it.',
      ),
    );
    expect(save).toHaveAccessibleDescription('This rule changes the outcome for 4 recent exceptions.');

    const sampling = within(dialog).getByRole('spinbutton', { name: /Sampling rate/ });
    await user.clear(sampling);
    expect(
      await preview(dialog).findByText('Fix the sampling rate to preview what this rule would drop.'),
    ).toBeVisible();
    await user.type(sampling, '0');
    await waitFor(() =>
      expect(preview(dialog).getByText(/^Of the last 9/)).toHaveTextContent('It would drop 0 of them'),
    );
    expect(preview(dialog).getByText('4 exceptions are kept by the sampling draw.')).toBeInTheDocument();
    expect(save).toHaveAccessibleDescription('This rule changes no recent exception’s outcome.');
    // Each change was one fetch of the window: the worker keeps what it fetched.
    expect(server.api.requests('GET /api/console/environments/1/exceptions/')).toHaveLength(1);
  });

  it('counts each issue’s first exception for an assignment, and lists what the edit changes', async () => {
    const rules: AssignmentRule[] = [
      assignmentRule(1, { filters: typeIs('TypeError'), assignee: { type: 'user', id: 7 } }),
      assignmentRule(2, {
        filters: { type: 'AND', values: [] },
        assignee: { type: 'role', id: '0190f4c4-2222-7000-8000-000000000002' },
      }),
    ];
    const server = editorTestApi('assignment', {}, rules);
    server.api.seedExceptions(exceptions);
    const { dialog, user } = await openEditor(`/env/1/assignment-rules/${ruleId(1)}`, /^Edit assignment rule/);
    await within(dialog).findByRole('region', { name: 'On recent exceptions' });

    const status = await preview(dialog).findByText(/^Of the last 9 exceptions/);
    expect(status).toHaveTextContent(
      'this rule matches 6 (across 2 issues). Counting each issue’s first exception here only, as PostHog assigns an issue when it is created: it would assign 2 of 3 issues to Maya Okafor, given the rules above it.',
    );
    await expectSaveReason(dialog, 'No changes to save');

    await chooseAssignee(dialog, user, /Priya Raman/);
    await waitFor(() => expect(status).toHaveTextContent('it would assign 2 of 3 issues to Priya Raman'));
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Save' })).toHaveAccessibleDescription(
        'This edit changes the outcome for 2 recent issues.',
      ),
    );
    await user.click(preview(dialog).getByText('This edit changes the outcome for 2 issues'));
    const changes = preview(dialog).getByRole('list', { name: 'What changes' });
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['2 issues: assigned to Maya Okafor → Priya Raman']);
    await user.click(preview(dialog).getByText('The 2 changed exceptions'));
    const changed = preview(dialog).getByRole('list', { name: 'Exceptions whose outcome changes' });
    // The earliest exception of issues 1 and 2 in the window: the ones that opened them.
    expect(
      within(changed)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      `/env/1/rule-lab/explain?event=${exceptions[3]!.uuid}`,
      `/env/1/rule-lab/explain?event=${exceptions[5]!.uuid}`,
    ]);
  });

  it('says when the key cannot read exceptions, and offers a retry when the query fails', async () => {
    const server = editorTestApi('grouping', {}, []);
    server.api.answerNext('GET /api/console/environments/1/exceptions/', {
      status: 403,
      body: { type: 'authentication_error', code: 'missing_query_scope', detail: 'No query:read.', attr: null },
    });
    const { dialog, user } = await openEditor('/env/1/grouping-rules/new', 'New grouping rule');
    // A grouping rule needs a filter before there is anything to try.
    expect(await preview(dialog).findByText('Fix the filters to preview what this rule would match.')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Add filter' }));
    await user.type(within(dialog).getByRole('combobox', { name: 'Property for filter 1' }), 'Exception type{Enter}');
    await user.type(within(dialog).getByRole('textbox', { name: 'Add value to filter 1' }), 'TypeError{Enter}');
    expect(await preview(dialog).findByText(/lacks the query:read scope/)).toBeVisible();

    server.api.seedExceptions(exceptions);
    server.api.failNext('GET /api/console/environments/1/exceptions/', 504, 'PostHog was still running the query.');
    await user.type(within(dialog).getByRole('textbox', { name: 'Add value to filter 1' }), 'RangeError{Enter}');
    const failed = await preview(dialog).findByRole('alert');
    expect(failed).toHaveTextContent('Could not preview this rule.PostHog was still running the query.');
    await user.click(within(failed).getByRole('button', { name: 'Retry' }));
    expect(await preview(dialog).findByText(/^Of the last 9 exceptions/)).toHaveTextContent(
      'this rule matches 9 (across 3 issues). It would group 9 of them into one issue, given the rules above it.',
    );
  });
});
