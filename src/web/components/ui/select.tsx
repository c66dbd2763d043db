import {
  ComboboxGroup,
  ComboboxGroupLabel,
  ComboboxItem,
  ComboboxPopover,
  ComboboxProvider,
  ComboboxSelect,
  ComboboxSelectArrow,
} from '@ariakit/react';
import { useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { cx } from '../../lib/class-names';
import { mergeRefs } from '../../lib/merge-refs';
import type { FieldLabelling } from './combobox-props';
import './select.css';

export type SelectOption<V extends string = string> = { value: V; label: string; disabled?: boolean };
export type SelectOptionGroup<V extends string = string> = { group: string; options: readonly SelectOption<V>[] };
export type SelectEntry<V extends string = string> = SelectOption<V> | SelectOptionGroup<V>;

export type SelectProps<V extends string> = FieldLabelling & {
  options: readonly SelectEntry<V>[];
  /** The chosen option's value; one no option holds shows `placeholder`. */
  value: string;
  onChange: (value: V) => void;
  placeholder?: string;
  /** What the closed control shows for the chosen option (an icon); default its label. */
  renderValue?: (option: SelectOption<V> | undefined) => ReactNode;
  disabled?: boolean;
  ref?: Ref<HTMLButtonElement>;
  className?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
  'aria-busy'?: boolean;
};

const isGroup = <V extends string>(entry: SelectEntry<V>): entry is SelectOptionGroup<V> => 'group' in entry;

const flatten = <V extends string>(entries: readonly SelectEntry<V>[]): SelectOption<V>[] =>
  entries.flatMap((entry) => (isGroup(entry) ? entry.options : [entry]));

/**
 * A select-only combobox with a listbox popup (the WAI-ARIA pattern, Ariakit's ComboboxSelect): it looks like the
 * Combobox, opens on click, Enter, Space or the arrows, types ahead, and its popup flips above near the viewport edge.
 * It is named like any field, by <label for={id}> or aria-label.
 */
export function Select<V extends string>({
  options,
  value,
  onChange,
  placeholder = 'Choose…',
  renderValue,
  disabled,
  ref: callerRef,
  className,
  ...aria
}: SelectProps<V>) {
  const flat = useMemo(() => flatten(options), [options]);
  const selected = flat.find((option) => option.value === value);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const setButton = useMemo(() => mergeRefs(buttonRef, callerRef), [callerRef]);
  const [listLabel, setListLabel] = useState(aria['aria-label'] ?? '');

  const item = (option: SelectOption<V>) => (
    <ComboboxItem
      key={option.value}
      value={option.value}
      disabled={option.disabled}
      accessibleWhenDisabled
      className="select__option"
    >
      {option.label}
    </ComboboxItem>
  );

  return (
    <ComboboxProvider
      selectedValue={value}
      setSelectedValue={(next) => {
        const option = flat.find((candidate) => candidate.value === next);
        if (option && option.value !== value) onChange(option.value);
      }}
      setOpen={(open) => {
        if (open) setListLabel(aria['aria-label'] ?? buttonRef.current?.labels?.[0]?.textContent ?? '');
      }}
      focusLoop
    >
      <ComboboxSelect
        ref={setButton}
        id={aria.id}
        aria-label={aria['aria-label']}
        aria-describedby={aria['aria-describedby']}
        aria-invalid={aria['aria-invalid'] || undefined}
        aria-required={aria['aria-required'] || undefined}
        aria-busy={aria['aria-busy'] || undefined}
        disabled={disabled}
        className={cx('select-trigger', className)}
      >
        <span className={cx('select-trigger__value', !selected && 'select-trigger__value--placeholder')}>
          {renderValue ? renderValue(selected) : (selected?.label ?? placeholder)}
        </span>
        <ComboboxSelectArrow className="select-trigger__arrow" />
      </ComboboxSelect>
      <ComboboxPopover
        portal={false}
        gutter={4}
        unmountOnHide
        aria-label={listLabel || undefined}
        className="select__popover"
      >
        {options.map((entry) =>
          isGroup(entry)
            ? entry.options.length > 0 && (
                <ComboboxGroup key={`group-${entry.group}`} className="select__group">
                  <ComboboxGroupLabel className="select__group-label">{entry.group}</ComboboxGroupLabel>
                  {entry.options.map(item)}
                </ComboboxGroup>
              )
            : item(entry),
        )}
      </ComboboxPopover>
    </ComboboxProvider>
  );
}
