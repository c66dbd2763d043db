import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Field } from './field';
import { Select, type SelectEntry } from './select';

type Fruit = 'apple' | 'banana' | 'cherry' | 'damson';
const options: SelectEntry<Fruit | ''>[] = [
  { value: '', label: 'Any fruit' },
  {
    group: 'Trees',
    options: [
      { value: 'apple', label: 'Apple' },
      { value: 'cherry', label: 'Cherry' },
    ],
  },
  { group: 'Herbs', options: [{ value: 'banana', label: 'Banana' }] },
  { value: 'damson', label: 'Damson', disabled: true },
];

function Harness({ onChange, initial = '' }: { onChange: (value: string) => void; initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <Field label="Fruit" hint="Only this fruit.">
        {(control) => (
          <Select
            {...control}
            options={options}
            value={value}
            onChange={(next) => {
              onChange(next);
              setValue(next);
            }}
          />
        )}
      </Field>
      <button type="button">Elsewhere</button>
    </>
  );
}

function renderSelect(initial?: string) {
  const onChange = vi.fn();
  const user = userEvent.setup();
  render(<Harness onChange={onChange} initial={initial} />);
  return { user, onChange, select: screen.getByRole('combobox', { name: 'Fruit' }) };
}

describe('Select', () => {
  it('is a collapsed combobox named by its label, described by its hint, showing the chosen label', () => {
    const { select } = renderSelect('cherry');
    expect(select).toHaveAttribute('aria-expanded', 'false');
    expect(select).toHaveAttribute('aria-haspopup', 'listbox');
    expect(select).toHaveAccessibleDescription('Only this fruit.');
    expect(select).toHaveTextContent('Cherry');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('opens on click into a named listbox with groups, marks the chosen option, and picks on click', async () => {
    const { user, select, onChange } = renderSelect('apple');
    await user.click(select);
    const listbox = screen.getByRole('listbox', { name: 'Fruit' });
    expect(select).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((node) => node.textContent),
    ).toEqual(['Any fruit', 'Apple', 'Cherry', 'Banana', 'Damson']);
    expect(within(listbox).getByRole('group', { name: 'Trees' })).toBeInTheDocument();
    expect(within(listbox).getByRole('option', { name: 'Apple' })).toHaveAttribute('aria-selected', 'true');

    await user.click(within(listbox).getByRole('option', { name: 'Banana' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('banana');
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(select).toHaveTextContent('Banana');
    expect(select).toHaveFocus();
  });

  it('works by keyboard: Enter opens on the chosen option, arrows move, Enter picks, Escape closes unchanged', async () => {
    const { user, select, onChange } = renderSelect('apple');
    await user.tab();
    expect(select).toHaveFocus();

    await user.keyboard('{Enter}');
    const listbox = await screen.findByRole('listbox');
    await waitFor(() =>
      expect(within(listbox).getByRole('option', { name: 'Apple' })).toHaveAttribute('data-active-item'),
    );
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(listbox).getByRole('option', { name: 'Banana' })).toHaveAttribute('data-active-item');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('banana');
    await waitFor(() => expect(select).toHaveFocus());

    await user.keyboard('{ArrowDown}');
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(onChange).toHaveBeenCalledOnce();
    expect(select).toHaveTextContent('Banana');
  });

  it('does not pick a disabled option', async () => {
    const { user, select, onChange } = renderSelect();
    await user.click(select);
    const damson = screen.getByRole('option', { name: 'Damson' });
    expect(damson).toHaveAttribute('aria-disabled', 'true');
    await user.click(damson);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows the placeholder for a value no option holds, and does nothing while disabled', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(
      <Select aria-label="Theme" options={options} value="kiwi" placeholder="Pick one" disabled onChange={onChange} />,
    );
    const select = screen.getByRole('combobox', { name: 'Theme' });
    expect(select).toHaveTextContent('Pick one');
    expect(select).toBeDisabled();
    await user.tab();
    expect(select).not.toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });
});
