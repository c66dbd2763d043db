import { screen, waitFor } from '@testing-library/react';
import { Controller, useForm } from 'react-hook-form';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { resetIssueQuerySupport } from '../../data/issues/list-issues';
import { hoursAgo, makeIssue } from '../../test/issue-fixtures';
import { renderInEnvironment } from '../../test/render-in-environment';
import { errorAnswer, startTestApi } from '../../test/start-test-api';
import { Field } from '../ui/field';
import { IssuePicker, type IssueRef } from './issue-picker';

const typeError = makeIssue(1, { name: 'TypeError: cart is undefined', status: 'resolved', last_seen: hoursAgo(1) });
const rangeError = makeIssue(2, {
  name: 'RangeError: bad length',
  description: 'in the export',
  last_seen: hoursAgo(2),
});
// PostHog's compact rows may leave out name, description and status (its serializer has them `required=False`).
const bare = { id: makeIssue(3).id, last_seen: '2026-01-05T09:00:00Z' };

const issuesPath = '/api/projects/1/error_tracking/issues/';
const queryPath = 'POST /api/projects/1/error_tracking/query/issues/';
const queryBody = (searchQuery?: string) => ({
  dateRange: { date_from: 'all' },
  status: 'all',
  assignee: null,
  filterTestAccounts: false,
  ...(searchQuery ? { searchQuery } : {}),
  orderBy: 'last_seen',
  orderDirection: 'DESC',
  limit: 20,
  offset: 0,
});

/** The real server holding both issues; `extra` rows (shapes only PostHog sends) follow the first query's answer. */
function startWithIssues(extra: unknown[] = []) {
  const api = startTestApi();
  api.seedIssues([typeError, rangeError]);
  if (extra.length > 0) {
    api.editNext(queryPath, (json) => {
      const answer = json as { results: unknown[] };
      return { ...answer, results: [...answer.results, ...extra] };
    });
  }
  return api;
}

function Form({ onSubmit, exclude }: { onSubmit: (values: { issue: IssueRef | null }) => void; exclude?: string[] }) {
  const { control, handleSubmit, formState } = useForm<{ issue: IssueRef | null }>({ defaultValues: { issue: null } });
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <Field label="Issue" error={formState.errors.issue?.message}>
        {(fieldProps) => (
          <Controller
            name="issue"
            control={control}
            rules={{ validate: (value) => value !== null || 'Choose an issue.' }}
            render={({ field }) => <IssuePicker {...fieldProps} {...field} exclude={exclude} />}
          />
        )}
      </Field>
      <button type="submit">Save</button>
    </form>
  );
}

function renderPicker(exclude?: string[]) {
  const onSubmit = vi.fn();
  const view = renderInEnvironment(<Form onSubmit={onSubmit} exclude={exclude} />);
  return { ...view, onSubmit, input: screen.getByRole('combobox', { name: 'Issue' }) };
}

/** An option's text, spaces collapsed. */
const optionNames = () =>
  screen.queryAllByRole('option').map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());
// Seeded without fingerprints, so without a first seen; one exception each.
const typeErrorOption = 'TypeError: cart is undefined Resolved 1 occurrence · id 00000001';
const rangeErrorOption = 'RangeError: bad length Active in the export 1 occurrence · id 00000002';
// PostHog's REST issue counts no occurrences.
const withoutCounts = (option: string) => option.replace('1 occurrence · ', '');

beforeEach(() => {
  resetThrottle();
  resetIssueQuerySupport();
});

describe('IssuePicker', () => {
  it('searches query/issues (debounced, any status, widest window, last seen first); bare rows still work', async () => {
    const api = startWithIssues([bare]);
    const { user, input, onSubmit } = renderPicker();
    await user.click(input);
    expect(await screen.findByRole('option', { name: /RangeError/ })).toBeInTheDocument();
    expect(optionNames()).toEqual([typeErrorOption, rangeErrorOption, 'Unnamed issue id 00000003']);

    // The search reads the exceptions (their values hold the name), as PostHog's does, not the description.
    await user.type(input, 'length');
    // One request per settled text: the keystrokes in between were debounced away.
    await waitFor(() => expect(api.sent(queryPath)).toEqual([queryBody(), queryBody('length')]));
    await waitFor(() => expect(optionNames()).toEqual([rangeErrorOption]));

    await user.keyboard('{Enter}');
    expect(input).toHaveValue('RangeError: bad length');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith(
      {
        issue: {
          id: rangeError.id,
          name: rangeError.name,
          description: rangeError.description,
          first_seen: null,
          occurrences: 1,
        },
      },
      expect.anything(),
    );
  });

  it('leaves out rows it cannot read and says how many', async () => {
    startWithIssues([
      { id: 'not-a-uuid', name: 'Broken' },
      { ...bare, status: 'gone' },
    ]);
    const { user, input } = renderPicker();
    await user.click(input);
    await waitFor(() => expect(optionNames()).toEqual([typeErrorOption, rangeErrorOption]));
    expect(input).toHaveAccessibleDescription('2 issues could not be read and are not offered.');
  });

  it('on a PostHog without query/issues, searches the first 100 REST issues here, says so, and remembers', async () => {
    const api = startWithIssues();
    api.failNext(queryPath, 404, 'Not found.');
    const { user, input } = renderPicker();
    await user.type(input, 'export');
    await waitFor(() => expect(optionNames()).toEqual([withoutCounts(rangeErrorOption)]));
    expect(input).toHaveAccessibleDescription(
      /This PostHog cannot search issues: only its first 100 issues are searched\./,
    );
    await user.clear(input);
    await user.type(input, 'cart');
    await waitFor(() => expect(optionNames()).toEqual([withoutCounts(typeErrorOption)]));
    expect(api.requests(queryPath)).toHaveLength(1);
    const restReads = api.requests(`GET ${issuesPath}`).map((request) => request.search.toString());
    // Only the request that found the query endpoint missing read a picker-sized page; every search since reads 100.
    expect(restReads.filter((search) => search !== 'limit=100')).toEqual(['limit=20']);
    expect(restReads.at(-1)).toBe('limit=100');
  });

  it('leaves out excluded issues and says when nothing matches', async () => {
    startWithIssues();
    const { user, input } = renderPicker([typeError.id]);
    await user.click(input);
    await waitFor(() => expect(optionNames()).toEqual([rangeErrorOption]));
    await user.type(input, 'zzz');
    expect(await screen.findByText('No issues match')).toBeInTheDocument();
  });

  it('says why when issues cannot be searched, and the form still validates', async () => {
    startWithIssues().answerEvery(queryPath, errorAnswer(403, 'No access.'));
    const { user, input, onSubmit } = renderPicker();
    await user.type(input, 'cart');
    expect(await screen.findByRole('alert')).toHaveTextContent('Issues could not be searched: No access.');
    expect(input).toHaveAccessibleDescription(/No access\./);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Choose an issue\./);
  });
});
