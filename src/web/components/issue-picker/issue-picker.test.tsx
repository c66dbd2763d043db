import { screen, waitFor } from '@testing-library/react';
import { Controller, useForm } from 'react-hook-form';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetThrottle } from '../../lib/api-client';
import { resetIssueFilterSupport } from '../../lib/issues/list-issues';
import { page } from '../../test/fixtures';
import { makeIssue } from '../../test/issue-fixtures';
import { renderInEnvironment } from '../../test/render-in-environment';
import { jsonResponse, stubFetch, type StubRequest } from '../../test/stub-fetch';
import { Field } from '../ui/field';
import { IssuePicker, type IssueRef } from './issue-picker';

const typeError = makeIssue(1, { name: 'TypeError: cart is undefined', status: 'resolved' });
const rangeError = makeIssue(2, { name: 'RangeError: bad length', description: 'in the export' });
const unnamed = makeIssue(3, { name: null });
const all = [typeError, rangeError, unnamed];

const matching = (text: string) =>
  all.filter((issue) => `${issue.name ?? ''} ${issue.description ?? ''}`.toLowerCase().includes(text.toLowerCase()));

const issuesPath = '/api/projects/1/error_tracking/issues/';
const queryPath = 'POST /api/projects/1/error_tracking/query/issues/';
const validationError = {
  type: 'validation_error',
  code: 'invalid_input',
  detail: 'Unknown parameter.',
  attr: 'search',
};

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

beforeEach(() => {
  resetThrottle();
  resetIssueFilterSupport();
});

describe('IssuePicker', () => {
  it('searches the REST list with ?search= (debounced) and shows name and status', async () => {
    const fetchMock = stubFetch({
      [issuesPath]: ({ url }: StubRequest) => jsonResponse(200, page(matching(url.searchParams.get('search') ?? ''))),
    });
    const { user, input, onSubmit } = renderPicker();
    await user.click(input);
    expect(await screen.findByRole('option', { name: /RangeError/ })).toBeInTheDocument();
    expect(optionNames()).toEqual([
      'TypeError: cart is undefinedResolved',
      'RangeError: bad lengthActivein the export',
      'Unnamed issueActive',
    ]);

    await user.type(input, 'export');
    const searches = () => fetchMock.mock.calls.map(([url]) => new URL(String(url), 'http://localhost').search);
    // One request per settled text: the keystrokes in between were debounced away.
    await waitFor(() => expect(searches()).toEqual(['?limit=20', '?search=export&limit=20']));
    await waitFor(() => expect(optionNames()).toEqual(['RangeError: bad lengthActivein the export']));

    await user.keyboard('{Enter}');
    expect(input).toHaveValue('RangeError: bad length');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith({ issue: { id: rangeError.id, name: rangeError.name } }, expect.anything());
  });

  it('falls back to POST …/query/issues/ when the REST list answers 400 to a search, and keeps using it', async () => {
    const queryBodies: unknown[] = [];
    const fetchMock = stubFetch({
      [issuesPath]: ({ url }: StubRequest) =>
        url.searchParams.has('search') ? jsonResponse(400, validationError) : jsonResponse(200, page(all)),
      [queryPath]: ({ body }: StubRequest) => {
        queryBodies.push(body);
        const text = (body as { searchQuery?: string }).searchQuery ?? '';
        return jsonResponse(200, { results: matching(text), hasMore: false });
      },
    });
    const { user, input } = renderPicker();
    await user.type(input, 'type');
    await waitFor(() => expect(queryBodies).toEqual([{ searchQuery: 'type', limit: 20, offset: 0 }]));
    await waitFor(() => expect(optionNames()).toEqual(['TypeError: cart is undefinedResolved']));

    await user.clear(input);
    await user.type(input, 'range');
    await waitFor(() => expect(queryBodies.at(-1)).toEqual({ searchQuery: 'range', limit: 20, offset: 0 }));
    await waitFor(() => expect(optionNames()).toEqual(['RangeError: bad lengthActivein the export']));
    const restSearches = fetchMock.mock.calls.filter(([url]) => String(url).includes('search='));
    expect(restSearches).toHaveLength(1);
  });

  it('treats a REST answer without the local extensions as an ignored search', async () => {
    const { fingerprint_count: _dropped, ...posthogIssue } = typeError;
    const queryBodies: unknown[] = [];
    stubFetch({
      [issuesPath]: page([posthogIssue, { ...rangeError, fingerprint_count: undefined }]),
      [queryPath]: ({ body }: StubRequest) => {
        queryBodies.push(body);
        return jsonResponse(200, { results: matching((body as { searchQuery: string }).searchQuery), hasMore: false });
      },
    });
    const { user, input } = renderPicker();
    await user.type(input, 'export');
    await waitFor(() => expect(queryBodies).toEqual([{ searchQuery: 'export', limit: 20, offset: 0 }]));
    await waitFor(() => expect(optionNames()).toEqual(['RangeError: bad lengthActivein the export']));
  });

  it('leaves out excluded issues and says when nothing matches', async () => {
    stubFetch({
      [issuesPath]: ({ url }: StubRequest) => jsonResponse(200, page(matching(url.searchParams.get('search') ?? ''))),
    });
    const { user, input } = renderPicker([typeError.id]);
    await user.click(input);
    await waitFor(() =>
      expect(optionNames()).toEqual(['RangeError: bad lengthActivein the export', 'Unnamed issueActive']),
    );
    await user.type(input, 'zzz');
    expect(await screen.findByText('No issues match')).toBeInTheDocument();
  });

  it('says why when issues cannot be searched, and the form still validates', async () => {
    stubFetch({
      [issuesPath]: ({ url }: StubRequest) =>
        url.searchParams.has('search') ? jsonResponse(400, validationError) : jsonResponse(200, page(all)),
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
