import { screen, within } from '@testing-library/react';
import type { FormEvent, ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { PropertyFilter } from '../../../contract/filters';
import { renderFilterBuilder } from './render-filter-builder';

const typeRow = (value: string[]): PropertyFilter => ({
  key: '$exception_types',
  type: 'event',
  operator: 'exact',
  value,
});
const valuesOf = (filter: unknown) => (filter as PropertyFilter).value;
const chips = () =>
  within(screen.getByRole('list', { name: 'Values of filter 1' }))
    .getAllByRole('listitem')
    .map((chip) => chip.textContent);

describe('value chips', () => {
  it('adds a chip on Enter and on comma, ignoring blanks and duplicates', async () => {
    const { user, lastValue } = renderFilterBuilder({ type: 'AND', values: [typeRow([])] });
    const input = screen.getByRole('textbox', { name: 'Add value to filter 1' });
    await user.type(input, 'TypeError{Enter}');
    expect(valuesOf(lastValue().values[0])).toEqual(['TypeError']);
    expect(input).toHaveValue('');

    await user.type(input, 'RangeError, SyntaxError,  ,TypeError,');
    expect(valuesOf(lastValue().values[0])).toEqual(['TypeError', 'RangeError', 'SyntaxError']);
    expect(chips()).toEqual(['TypeError×', 'RangeError×', 'SyntaxError×']);
    expect(screen.getByText('Added SyntaxError')).toBeInTheDocument();
  });

  it('takes the last chip back with Backspace in the empty input, and only then', async () => {
    const { user, lastValue, onChange } = renderFilterBuilder({
      type: 'AND',
      values: [typeRow(['TypeError', 'RangeError'])],
    });
    const input = screen.getByRole('textbox', { name: 'Add value to filter 1' });
    await user.type(input, 'ab{Backspace}{Backspace}');
    expect(onChange).not.toHaveBeenCalled();
    await user.keyboard('{Backspace}');
    expect(valuesOf(lastValue().values[0])).toEqual(['TypeError']);
    expect(screen.getByText('Removed RangeError')).toBeInTheDocument();
  });

  it('removes a chip with its own button and returns focus to the input', async () => {
    const { user, lastValue } = renderFilterBuilder({ type: 'AND', values: [typeRow(['TypeError', 'RangeError'])] });
    await user.click(screen.getByRole('button', { name: 'Remove TypeError' }));
    expect(valuesOf(lastValue().values[0])).toEqual(['RangeError']);
    expect(screen.getByRole('textbox', { name: 'Add value to filter 1' })).toHaveFocus();
  });

  it('keeps typed text as a chip when focus leaves, so nothing typed is lost on save', async () => {
    const { user, lastValue } = renderFilterBuilder({ type: 'AND', values: [typeRow([])] });
    await user.type(screen.getByRole('textbox', { name: 'Add value to filter 1' }), 'ChunkLoadError');
    await user.tab();
    expect(valuesOf(lastValue().values[0])).toEqual(['ChunkLoadError']);
  });

  it('does not submit the surrounding form when Enter adds a chip, but does once the input is empty', async () => {
    const submit = vi.fn((event: FormEvent) => event.preventDefault());
    const wrapper = ({ children }: { children: ReactNode }) => (
      <form onSubmit={submit}>
        {children}
        <button type="submit">Save</button>
      </form>
    );
    const { user, lastValue } = renderFilterBuilder({ type: 'AND', values: [typeRow([])] }, {}, { wrapper });
    const input = screen.getByRole('textbox', { name: 'Add value to filter 1' });
    await user.type(input, 'TypeError{Enter}');
    expect(valuesOf(lastValue().values[0])).toEqual(['TypeError']);
    expect(submit).not.toHaveBeenCalled();
    await user.type(input, '{Enter}');
    expect(submit).toHaveBeenCalledTimes(1);
  });
});
