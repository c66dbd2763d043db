import { screen, waitFor } from '@testing-library/react';
import { Controller, useForm } from 'react-hook-form';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { resetIssueQuerySupport } from '../../data/issues/list-issues';
import { page } from '../../test/fixtures';
import { makeIssue } from '../../test/issue-fixtures';
import { renderInEnvironment } from '../../test/render-in-environment';
import { jsonResponse, notFoundBody, stubFetch, type StubRequest } from '../../test/stub-fetch';
import { Field } from '../ui/field';
import { IssuePicker, type IssueRef } from './issue-picker';

const typeError = makeIssue(1, { name: 'TypeError: cart is undefined', status: 'resolved' });
const rangeError = makeIssue(2, { name: 'RangeError: bad length', description: 'in the export' });
const all = [typeError, rangeError];
// PostHog's compact rows may leave out name, description and status (its serializer has them `required=False`).
const bare = { id: makeIssue(3).id, last_seen: '2026-01-05T09:00:00Z' };

const matching = (text: string) =>
  all.filter((issue) => `${issue.name ?? ''} ${issue.description ?? ''}`.toLowerCase().includes(text.toLowerCase()));

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

const optionNames = () => screen.queryAllByRole('option').map((node) => node.textContent);

/** The query endpoint, answering with compact rows (no `external_issues`) of the matching issues. */
function queryAnswer(extra: unknown[] = []) {
  const bodies: unknown[] = [];
  const handler = ({ body }: StubRequest) => {
    bodies.push(body);
    const text = (body as { searchQuery?: string }).searchQuery ?? '';
    const rows = matching(text).map(({ external_issues: _tickets, ...issue }) => issue);
    return jsonResponse(200, { results: [...rows, ...(text ? [] : extra)], hasMore: false, limit: 20, offset: 0 });
  };
  return { bodies, handler };
}

beforeEach(() => {
  resetThrottle();
  resetIssueQuerySupport();
});

describe('IssuePicker', () => {
  it('searches query/issues (debounced, any status, widest window, last seen first); bare rows still work', async () => {
    const query = queryAnswer([bare]);
    stubFetch({ [queryPath]: query.handler });
    const { user, input, onSubmit } = renderPicker();
    await user.click(input);
    expect(await screen.findByRole('option', { name: /RangeError/ })).toBeInTheDocument();
    expect(optionNames()).toEqual([
      'TypeError: cart is undefinedResolved',
      'RangeError: bad lengthActivein the export',
      'Unnamed issue',
    ]);

    await user.type(input, 'export');
    // One request per settled text: the keystrokes in between were debounced away.
    await waitFor(() => expect(query.bodies).toEqual([queryBody(), queryBody('export')]));
    await waitFor(() => expect(optionNames()).toEqual(['RangeError: bad lengthActivein the export']));

    await user.keyboard('{Enter}');
    expect(input).toHaveValue('RangeError: bad length');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith({ issue: { id: rangeError.id, name: rangeError.name } }, expect.anything());
  });

  it('leaves out rows it cannot read and says how many', async () => {
    const query = queryAnswer([
      { id: 'not-a-uuid', name: 'Broken' },
      { ...bare, status: 'gone' },
    ]);
    stubFetch({ [queryPath]: query.handler });
    const { user, input } = renderPicker();
    await user.click(input);
    await waitFor(() =>
      expect(optionNames()).toEqual([
        'TypeError: cart is undefinedResolved',
        'RangeError: bad lengthActivein the export',
      ]),
    );
    expect(input).toHaveAccessibleDescription('2 issues could not be read and are not offered.');
  });

  it('on a PostHog without query/issues, searches the first 100 REST issues here, says so, and remembers', async () => {
    const query = queryAnswer();
    const fetchMock = stubFetch({
      [queryPath]: (request: StubRequest) => (query.handler(request), jsonResponse(404, notFoundBody)),
      [issuesPath]: page(all),
    });
    const { user, input } = renderPicker();
    await user.type(input, 'export');
    await waitFor(() => expect(optionNames()).toEqual(['RangeError: bad lengthActivein the export']));
    expect(input).toHaveAccessibleDescription(
      /This PostHog cannot search issues: only its first 100 issues are searched\./,
    );
    await user.clear(input);
    await user.type(input, 'cart');
    await waitFor(() => expect(optionNames()).toEqual(['TypeError: cart is undefinedResolved']));
    expect(query.bodies).toHaveLength(1);
    const restReads = fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.includes('/issues/?'));
    // Only the request that found the query endpoint missing read a picker-sized page; every search since reads 100.
    expect(restReads.filter((url) => !url.endsWith('?limit=100'))).toEqual([`${issuesPath}?limit=20`]);
    expect(restReads.at(-1)).toBe(`${issuesPath}?limit=100`);
  });

  it('leaves out excluded issues and says when nothing matches', async () => {
    stubFetch({ [queryPath]: queryAnswer().handler });
    const { user, input } = renderPicker([typeError.id]);
    await user.click(input);
    await waitFor(() => expect(optionNames()).toEqual(['RangeError: bad lengthActivein the export']));
    await user.type(input, 'zzz');
    expect(await screen.findByText('No issues match')).toBeInTheDocument();
  });

  it('says why when issues cannot be searched, and the form still validates', async () => {
    stubFetch({
      [queryPath]: () =>
        jsonResponse(403, {
          type: 'authentication_error',
          code: 'permission_denied',
          detail: 'No access.',
          attr: null,
        }),
    });
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
