import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Controller, useForm } from 'react-hook-form';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assignee } from '../../../contract/assignee';
import { resetThrottle } from '../../lib/api-client';
import { createQueryClient } from '../../lib/query-client';
import { roles } from '../../test/organization-fixtures';
import { startTestApi } from '../../test/start-test-api';
import { Field } from '../ui/field';
import { AssigneePicker } from './assignee-picker';

const membersPath = '/api/organizations/@current/members/';

type Values = { assignee: Assignee | null };
type FormProps = {
  required?: boolean;
  initial?: Assignee | null;
  disabledReason?: string;
  onSubmit: (v: Values) => void;
};

function RuleForm({ required = false, initial = null, disabledReason, onSubmit }: FormProps) {
  const { control, handleSubmit, formState } = useForm<Values>({ defaultValues: { assignee: initial } });
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <Field label="Assignee" required={required} error={formState.errors.assignee?.message}>
        {(fieldProps) => (
          <Controller
            name="assignee"
            control={control}
            rules={{ validate: (value) => !required || value !== null || 'Choose who gets matching issues.' }}
            render={({ field }) => (
              <AssigneePicker
                {...fieldProps}
                {...field}
                required={required}
                disabled={disabledReason !== undefined}
                disabledReason={disabledReason}
              />
            )}
          />
        )}
      </Field>
      <button type="submit">Save</button>
    </form>
  );
}

function renderPicker(props: Partial<FormProps> = {}) {
  const onSubmit = vi.fn();
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RuleForm onSubmit={onSubmit} {...props} />
    </QueryClientProvider>,
  );
  const save = async () => {
    await user.click(screen.getByRole('button', { name: 'Save' }));
    return onSubmit.mock.calls.at(-1)?.[0] as Values | undefined;
  };
  return { user, save, onSubmit, input: screen.getByRole('combobox', { name: /Assignee/ }) };
}

beforeEach(() => resetThrottle());

describe('AssigneePicker', () => {
  it('lists members (name, email) and roles (member count) in groups, reading every page of members', async () => {
    const api = startTestApi();
    // PostHog pages the members and writes its own host and the organization's real id in `next`; the app stays on
    // @current and on its own origin.
    api.editNext(`GET ${membersPath}`, (json) => {
      const page = json as { results: unknown[] };
      const next = 'https://eu.posthog.com/api/organizations/0190f4c4/members/?limit=1&offset=1';
      return { ...page, next, results: page.results.slice(0, 1) };
    });
    const { user, input } = renderPicker();
    await user.click(input);

    const people = await screen.findByRole('group', { name: 'Members' });
    await vi.waitFor(() => expect(within(people).getAllByRole('option')).toHaveLength(2));
    expect(within(people).getByRole('option', { name: /Priya Raman/ })).toHaveTextContent('priya.raman@example.com');
    const teams = screen.getByRole('group', { name: 'Roles' });
    expect(within(teams).getByRole('option', { name: /Frontend/ })).toHaveTextContent('1 member');
    expect(api.requests(`GET ${membersPath}`).map((request) => request.search.toString())).toContain(
      'limit=1&offset=1',
    );
  });

  it('picks a member as {type: "user", id} by typing part of the email', async () => {
    startTestApi();
    const { user, input, save } = renderPicker({ required: true });
    await user.click(input);
    await screen.findByRole('option', { name: /Maya Okafor/ });
    await user.type(input, 'priya.r{Enter}');
    expect(input).toHaveValue('Priya Raman');
    expect(await save()).toEqual({ assignee: { type: 'user', id: 9 } });
  });

  it('picks a role as {type: "role", id}', async () => {
    startTestApi();
    const { user, input, save } = renderPicker();
    await user.click(input);
    await user.click(await screen.findByRole('option', { name: /Backend/ }));
    expect(await save()).toEqual({ assignee: { type: 'role', id: roles[1]!.id } });
  });

  it('takes a typed user id when members cannot be read, and says why', async () => {
    startTestApi().failNext(`GET ${membersPath}`, 403, 'API key missing required scope');
    const { user, input, save } = renderPicker({ required: true });
    await vi.waitFor(() =>
      expect(input).toHaveAccessibleDescription(
        'Members can’t be listed: this API key lacks the organization_member:read scope. Type a user id (12 or user:12), or pick a role.',
      ),
    );

    await user.type(input, 'user:12');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Use user id 12']);
    await user.keyboard('{Enter}');
    expect(input).toHaveValue('User #12');
    expect(await save()).toEqual({ assignee: { type: 'user', id: 12 } });

    await user.clear(input);
    await user.type(input, 'front{Enter}');
    expect(await save()).toEqual({ assignee: { type: 'role', id: roles[0]!.id } });
  });

  it('shows an unknown assignee by id and offers no typed ids while both lists are readable', async () => {
    startTestApi();
    const { user, input } = renderPicker({ initial: { type: 'user', id: 42 } });
    await screen.findByDisplayValue('User #42');
    await user.clear(input);
    await user.type(input, '12');
    expect(screen.getByText('No matches')).toBeInTheDocument();
  });

  it('when required: no clear button, and an empty submit focuses the picker through the forwarded ref', async () => {
    startTestApi();
    const { input, save } = renderPicker({ required: true });
    expect(screen.queryByRole('button', { name: 'Clear assignee' })).not.toBeInTheDocument();
    expect(await save()).toBeUndefined();
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Choose who gets matching issues.');
  });

  it('when optional: reads "Nobody" when empty and can be cleared', async () => {
    startTestApi();
    const { user, input, save } = renderPicker({ initial: { type: 'role', id: roles[0]!.id } });
    await screen.findByDisplayValue('Frontend');
    await user.click(screen.getByRole('button', { name: 'Clear assignee' }));
    expect(input).toHaveAttribute('placeholder', 'Nobody');
    expect(await save()).toEqual({ assignee: null });
  });

  it('when disabled, says why', async () => {
    startTestApi();
    const { input } = renderPicker({ disabledReason: 'PostHog ignores the assignee when a grouping rule is updated.' });
    expect(input).toBeDisabled();
    expect(input).toHaveAccessibleDescription('PostHog ignores the assignee when a grouping rule is updated.');
  });
});
