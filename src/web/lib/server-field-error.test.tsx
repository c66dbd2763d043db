import { render, screen, waitFor } from '@testing-library/react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { showServerFieldError, type ServerFieldTarget } from './server-field-error';

type Values = { name: string; rows: { value: string }[] };

const badRequest = (attr: string | null) =>
  new ApiError(400, { type: 'validation_error', code: 'invalid_input', detail: 'Not allowed here', attr });

const targetOf = (attr: string | null): ServerFieldTarget<'name' | 'rows'> | null => {
  if (attr === 'name') return { path: 'name', field: 'name' };
  const row = /^rows__(\d+)__value$/.exec(attr ?? '')?.[1];
  if (row !== undefined) return { path: `rows.${row}.value` };
  if (attr === 'everything') return { path: 'root.server' };
  return null;
};

function renderForm() {
  const forms: UseFormReturn<Values>[] = [];
  function Form() {
    const form = useForm<Values>({ defaultValues: { name: '', rows: [{ value: 'a' }, { value: 'b' }] } });
    forms.push(form);
    return <input aria-label="Name" {...form.register('name')} />;
  }
  render(<Form />);
  return forms.at(-1)!;
}

describe('showServerFieldError', () => {
  it('puts a 400 on the field its attr names and focuses that field', async () => {
    const form = renderForm();
    expect(showServerFieldError(form, badRequest('name'), targetOf)).toBe(true);
    expect(form.getFieldState('name').error).toMatchObject({ type: 'server', message: 'Not allowed here' });
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus());
  });

  it('puts it on a row inside a field, or on the form root, where the mapping says', () => {
    const form = renderForm();
    expect(showServerFieldError(form, badRequest('rows__1__value'), targetOf)).toBe(true);
    expect(form.getFieldState('rows.1.value').error?.message).toBe('Not allowed here');
    expect(showServerFieldError(form, badRequest('everything'), targetOf)).toBe(true);
    expect(form.getFieldState('root.server' as 'name').error?.message).toBe('Not allowed here');
  });

  it('leaves an attr the form cannot show, and any error but a 400, to the caller', () => {
    const form = renderForm();
    expect(showServerFieldError(form, badRequest('elsewhere'), targetOf)).toBe(false);
    expect(showServerFieldError(form, badRequest(null), targetOf)).toBe(false);
    const forbidden = new ApiError(403, { type: 'authentication_error', code: 'denied', detail: 'No', attr: 'name' });
    expect(showServerFieldError(form, forbidden, targetOf)).toBe(false);
    expect(showServerFieldError(form, new Error('offline'), targetOf)).toBe(false);
    expect(form.getFieldState('name').error).toBeUndefined();
  });
});
