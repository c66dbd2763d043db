import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { Combobox, type ComboboxOption } from './combobox';

type Fruit = { id: number };
const option = (id: number, label: string, group: string, keywords: string[] = []): ComboboxOption<Fruit> => ({
  key: String(id),
  value: { id },
  label,
  group,
  keywords,
});
const options = [
  option(1, 'Apple', 'Trees', ['malus']),
  option(2, 'Apricot', 'Trees'),
  option(3, 'Banana', 'Herbs'),
  option(4, 'Blueberry', 'Shrubs'),
];

function Harness(props: { onChange?: (value: Fruit | null) => void; initial?: Fruit | null; custom?: boolean }) {
  const [value, setValue] = useState<Fruit | null>(props.initial ?? null);
  return (
    <>
      <label htmlFor="fruit">Fruit</label>
      <Combobox<Fruit>
        id="fruit"
        options={options}
        value={value}
        onChange={(next) => {
          props.onChange?.(next);
          setValue(next);
        }}
        getValueKey={(fruit) => String(fruit.id)}
        getValueLabel={(fruit) => `Fruit #${fruit.id}`}
        allowCustomValue={props.custom}
        parseCustom={(text) => (/^\d+$/.test(text) ? { id: Number(text) } : null)}
      />
      <button type="button">Next</button>
    </>
  );
}

function renderCombobox(props: Parameters<typeof Harness>[0] = {}) {
  const onChange = vi.fn();
  const user = userEvent.setup();
  render(<Harness onChange={onChange} {...props} />);
  return { user, onChange, input: screen.getByRole('combobox', { name: 'Fruit' }) };
}

const optionNames = () => screen.queryAllByRole('option').map((node) => node.textContent);

describe('Combobox', () => {
  it('is a collapsed editable combobox until typed in; typing filters by label and keywords', async () => {
    const { user, input } = renderCombobox();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');

    await user.type(input, 'ap');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('listbox', { name: 'Fruit' })).toBeInTheDocument();
    expect(optionNames()).toEqual(['Apple', 'Apricot']);

    await user.clear(input);
    await user.type(input, 'MALUS');
    expect(optionNames()).toEqual(['Apple']);
  });

  it('lists options under their group labels, in group order', async () => {
    const { user, input } = renderCombobox();
    await user.click(input);
    const trees = screen.getByRole('group', { name: 'Trees' });
    expect(
      within(trees)
        .getAllByRole('option')
        .map((node) => node.textContent),
    ).toEqual(['Apple', 'Apricot']);
    expect(screen.getAllByRole('group')).toEqual(
      ['Trees', 'Herbs', 'Shrubs'].map((name) => screen.getByRole('group', { name })),
    );
  });

  it('moves the active option with the arrows (aria-activedescendant) and selects with Enter', async () => {
    const { user, input, onChange } = renderCombobox();
    input.focus();
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Apple' }).id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Banana' }).id);
    await user.keyboard('{ArrowUp}{Enter}');

    expect(onChange).toHaveBeenCalledExactlyOnceWith({ id: 2 });
    expect(input).toHaveValue('Apricot');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveFocus();

    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: 'Apricot' })).toHaveAttribute('aria-selected', 'true');
  });

  it('makes the first match active while typing, so Enter takes it; a click selects too', async () => {
    const { user, input, onChange } = renderCombobox();
    await user.type(input, 'blue{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ id: 4 });
    expect(input).toHaveValue('Blueberry');

    await user.clear(input);
    await user.type(input, 'ban');
    await user.click(screen.getByRole('option', { name: 'Banana' }));
    expect(onChange).toHaveBeenLastCalledWith({ id: 3 });
    expect(input).toHaveFocus();
  });

  it('says "No matches" when nothing matches', async () => {
    const { user, input } = renderCombobox();
    await user.type(input, 'kiwi');
    expect(screen.getByText('No matches')).toBeInTheDocument();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on Escape and puts back the chosen value; a second Escape keeps it and reaches the container', async () => {
    const { user, input, onChange } = renderCombobox({ initial: { id: 3 } });
    const reachedContainer = vi.fn();
    const listen = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) reachedContainer();
    };
    document.addEventListener('keydown', listen);
    onTestFinished(() => document.removeEventListener('keydown', listen));
    expect(input).toHaveValue('Banana');
    await user.clear(input);
    await user.type(input, 'ap');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveValue('Banana');
    expect(reachedContainer).not.toHaveBeenCalled();

    // With the list closed, Escape is the dialog's (or page's): it must not silently clear the value.
    await user.keyboard('{Escape}');
    expect(reachedContainer).toHaveBeenCalledTimes(1);
    expect(onChange).not.toHaveBeenCalled();
    expect(input).toHaveValue('Banana');
  });

  it('clears with the clear button', async () => {
    const { user, input, onChange } = renderCombobox({ initial: { id: 1 } });
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(null);
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
  });

  it('offers a typed value parseCustom understands, and keeps it when the field is left', async () => {
    const { user, input, onChange } = renderCombobox({ custom: true });
    await user.type(input, '42');
    expect(optionNames()).toEqual(['Use “42”']);
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ id: 42 });
    expect(input).toHaveValue('Fruit #42');

    await user.clear(input);
    await user.type(input, '7');
    await user.tab();
    expect(onChange).toHaveBeenLastCalledWith({ id: 7 });
    expect(input).toHaveValue('Fruit #7');
  });

  it('without allowCustomValue, leaving the field with unmatched text puts back the value', async () => {
    const { user, input, onChange } = renderCombobox({ initial: { id: 1 } });
    await user.clear(input);
    await user.type(input, '42');
    expect(screen.getByText('No matches')).toBeInTheDocument();
    await user.tab();
    expect(onChange).not.toHaveBeenCalled();
    expect(input).toHaveValue('Apple');
  });
});
