import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Field } from './field';
import { FilterBar } from './filter-bar';
import { TextInput } from './text-input';

function renderBar(clearShown: boolean) {
  const onClear = vi.fn();
  const view = render(
    <FilterBar
      label="Filter things"
      helper="Search matches names."
      helperId="helper"
      onClear={onClear}
      clearShown={clearShown}
    >
      <Field label="Search" describedBy="helper">
        {(control) => <TextInput {...control} type="search" />}
      </Field>
    </FilterBar>,
  );
  return { ...view, onClear };
}

describe('FilterBar', () => {
  it('is a named search landmark whose fields are described by the helper under the bar', () => {
    renderBar(false);
    expect(screen.getByRole('search', { name: 'Filter things' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveAccessibleDescription('Search matches names.');
  });

  it('keeps the place of "Clear filters" while no filter is set: there, but hidden and out of reach', () => {
    const { container } = renderBar(false);
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
    const slot = container.querySelector('.filter-bar__clear');
    expect(slot).toHaveAttribute('aria-hidden', 'true');
    expect(slot).toHaveAttribute('inert');
  });

  it('offers "Clear filters" once a filter is set, and turns every control off at once when disabled', async () => {
    const user = userEvent.setup();
    const { onClear, rerender } = renderBar(true);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClear).toHaveBeenCalledOnce();

    rerender(
      <FilterBar label="Filter things" onClear={onClear} clearShown disabled>
        <Field label="Search">{(control) => <TextInput {...control} type="search" />}</Field>
      </FilterBar>,
    );
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });
});
