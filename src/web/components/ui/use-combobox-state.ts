import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { exactMatch, visibleOptions, type ComboboxOption, type CustomValue } from './combobox-options';

type ComboboxStateOptions<T> = {
  options: readonly ComboboxOption<T>[];
  value: T | null;
  onChange: (value: T | null) => void;
  getValueKey: (value: T) => string;
  getValueLabel: ((value: T) => string) | undefined;
  custom: CustomValue<T>;
  clearable: boolean;
  onInputChange: ((text: string) => void) | undefined;
  onBlur: (() => void) | undefined;
  listboxId: string;
  /** The listbox's accessible name, read each time the popup opens. */
  readListLabel: () => string;
};

/** The typed query, the popup and its active option; a value changes only through `commit`. */
export function useComboboxState<T>({
  options,
  value,
  onChange,
  getValueKey,
  getValueLabel,
  custom: customValue,
  clearable,
  onInputChange,
  onBlur: onBlurProp,
  listboxId,
  readListLabel,
}: ComboboxStateOptions<T>) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [listLabel, setListLabel] = useState('');

  const selectedKey = value === null ? null : getValueKey(value);
  const selected = options.find((option) => option.key === selectedKey);
  const displayText = value === null ? '' : (selected?.label ?? getValueLabel?.(value) ?? selectedKey ?? '');

  const view = (text: string | null) => visibleOptions(options, text ?? '', getValueKey, customValue);
  const { sections, custom, all } = view(query);
  const expanded = open && all.length > 0;
  const optionId = (option: ComboboxOption<T>) => `${listboxId}-${encodeURIComponent(option.key)}`;
  const idOf = (option: ComboboxOption<T> | undefined) => (option && !option.disabled ? optionId(option) : null);

  const openPopup = (active: string | null) => {
    setListLabel(readListLabel());
    setOpen(true);
    setActiveId(active);
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
    setActiveId(null);
  };
  const commit = (option: ComboboxOption<T> | null) => {
    close();
    if ((option === null ? null : option.key) !== selectedKey) onChange(option?.value ?? null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !open) {
      handled();
      const enabled = all.filter((option) => !option.disabled);
      openPopup(idOf(selected) ?? idOf(event.key === 'ArrowDown' ? enabled[0] : enabled.at(-1)));
    } else if (event.key === 'Enter' && open) {
      // With an active option Ariakit clicks it (and that commits); the event must still not submit a form.
      event.stopPropagation();
      if (activeId === null || !expanded) {
        handled();
        close();
      }
    }
  };
  // Caught before Ariakit passes the key on to the active option, whence it would bubble on to a dialog.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLInputElement>) => {
    // Only an open list or a half-typed query is Escape's to take back. Otherwise it belongs to whatever holds
    // the field (a dialog closes): clearing a chosen value there would be a silent, surprising edit.
    if (event.key === 'Escape' && (open || query !== null)) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  // Leaving the field keeps what the text clearly means (an exact label, a parsable id, nothing), else reverts.
  const onBlur = () => {
    const typed = query?.trim() ?? null;
    const match = typed ? (exactMatch(options, typed) ?? view(typed).custom) : undefined;
    if (typed === '' && clearable) commit(null);
    else if (match) commit(match);
    else close();
    onBlurProp?.();
  };

  const inputHandlers = {
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const text = event.target.value;
      setQuery(text);
      onInputChange?.(text);
      openPopup(null);
    },
    onClick: () => {
      if (!open) openPopup(idOf(selected));
    },
    onKeyDown,
    onKeyDownCapture,
    onBlur,
  };

  return {
    open,
    expanded,
    query,
    text: query ?? displayText,
    activeId,
    setActiveId,
    listLabel,
    selectedKey,
    sections,
    custom,
    count: all.length,
    optionId,
    close,
    commit,
    inputHandlers,
  };
}
