import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { cx } from '../../lib/class-names';
import { mergeRefs } from '../../lib/merge-refs';
import { ComboboxListbox, optionId, type RenderOption } from './combobox-listbox';
import { exactMatch, nextEnabled, visibleOptions, type ComboboxOption } from './combobox-options';
import { IconButton } from './icon-button';
import './combobox.css';

export type { ComboboxOption } from './combobox-options';

/** A visible <label htmlFor={id}> (e.g. from Field) or an aria-label: one of them is required. */
/** A field is named by a visible <label for={id}> or by aria-label: one of the two is required. */
export type FieldLabelling = { id: string; 'aria-label'?: string } | { id?: string; 'aria-label': string };

/** What react-hook-form's Controller hands a custom field, shared by the pickers built on Combobox. */
export type ControlledFieldProps<V> = FieldLabelling & {
  value: V | null;
  onChange: (value: V | null) => void;
  onBlur?: () => void;
  /** Reaches the input, so react-hook-form's Controller can focus the field on an error. */
  ref?: Ref<HTMLInputElement>;
  name?: string;
};

export type ComboboxProps<T> = FieldLabelling & {
  options: readonly ComboboxOption<T>[];
  value: T | null;
  onChange: (value: T | null) => void;
  /** Matches a value to its option's `key`. */
  getValueKey: (value: T) => string;
  /** Input text for a value no option holds (a typed id); default its key. */
  getValueLabel?: (value: T) => string;
  renderOption?: RenderOption<T>;
  placeholder?: string;
  /** Show a clear button and let an emptied input mean "no value" (default true). */
  clearable?: boolean;
  clearLabel?: string;
  noMatchesText?: string;
  /** Offer what was typed as a value of its own when `parseCustom` understands it. */
  allowCustomValue?: boolean;
  parseCustom?: (text: string) => T | null;
  /** Called with the typed text on every keystroke: options that come from a server search follow it. */
  onInputChange?: (text: string) => void;
  /** The custom option's text; default `Use “text”`. */
  describeCustom?: (value: T, text: string) => string;
  disabled?: boolean;
  required?: boolean;
  name?: string;
  onBlur?: () => void;
  ref?: Ref<HTMLInputElement>;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
  className?: string;
};

const defaultRender: RenderOption<unknown> = (option) => option.label;

/** ARIA 1.2 editable combobox with a listbox popup; typing filters, focus stays in the input. */
export function Combobox<T>({
  options,
  value,
  onChange,
  getValueKey,
  getValueLabel,
  renderOption = defaultRender as RenderOption<T>,
  placeholder,
  clearable = true,
  clearLabel = 'Clear selection',
  noMatchesText = 'No matches',
  allowCustomValue = false,
  parseCustom,
  onInputChange,
  describeCustom,
  disabled,
  required,
  name,
  onBlur: onBlurProp,
  ref: callerRef,
  className,
  ...labelling
}: ComboboxProps<T>) {
  const ariaLabel = labelling['aria-label'];
  const generatedId = useId();
  const inputId = labelling.id ?? `${generatedId}-input`;
  const listboxId = `${generatedId}-listbox`;
  const inputRef = useRef<HTMLInputElement>(null);
  const setInput = useMemo(() => mergeRefs(inputRef, callerRef), [callerRef]);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [listLabel, setListLabel] = useState('');

  const selectedKey = value === null ? null : getValueKey(value);
  const selected = options.find((option) => option.key === selectedKey);
  const displayText = value === null ? '' : (selected?.label ?? getValueLabel?.(value) ?? selectedKey ?? '');

  const view = (text: string | null) =>
    visibleOptions(
      options,
      text ?? '',
      getValueKey,
      allowCustomValue ? { parse: parseCustom, describe: describeCustom } : {},
    );
  const { sections, custom, all } = view(query);
  const expanded = open && all.length > 0;

  useEffect(() => {
    if (expanded && activeIndex >= 0)
      document.getElementById(optionId(listboxId, activeIndex))?.scrollIntoView?.({ block: 'nearest' });
  }, [expanded, activeIndex, listboxId]);

  const openPopup = (active: number) => {
    setListLabel(ariaLabel ?? inputRef.current?.labels?.[0]?.textContent ?? '');
    setOpen(true);
    setActiveIndex(active);
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
    setActiveIndex(-1);
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
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      handled();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (!open) openPopup(selected ? all.indexOf(selected) : nextEnabled(all, step === 1 ? -1 : 0, step));
      else setActiveIndex(nextEnabled(all, activeIndex < 0 && step === -1 ? 0 : activeIndex, step));
    } else if (event.key === 'Enter' && open) {
      handled();
      const option = all[activeIndex];
      if (option) commit(option);
      else close();
    } else if (event.key === 'Escape' && (open || query !== null)) {
      // Only an open list or a half-typed query is Escape's to take back. Otherwise it belongs to whatever holds
      // the field (a dialog closes): clearing a chosen value there would be a silent, surprising edit.
      handled();
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

  const showClear = clearable && !disabled && (value !== null || (query ?? '') !== '');
  const active = expanded && activeIndex >= 0 ? optionId(listboxId, activeIndex) : undefined;
  return (
    <div className={cx('combobox', className)}>
      <div className="combobox__control">
        <input
          ref={setInput}
          id={inputId}
          name={name}
          type="text"
          role="combobox"
          className="input combobox__input"
          aria-label={ariaLabel}
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={active}
          aria-describedby={labelling['aria-describedby']}
          aria-invalid={labelling['aria-invalid'] || undefined}
          aria-required={required || labelling['aria-required'] || undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          disabled={disabled}
          value={query ?? displayText}
          onChange={(event) => {
            const text = event.target.value;
            setQuery(text);
            onInputChange?.(text);
            openPopup(text.trim() === '' ? -1 : nextEnabled(view(text).all, -1, 1));
          }}
          onClick={() => {
            if (!open) openPopup(selected ? all.indexOf(selected) : -1);
          }}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        {showClear && (
          <IconButton
            aria-label={clearLabel}
            size="small"
            className="combobox__clear"
            onClick={() => {
              commit(null);
              inputRef.current?.focus();
            }}
          >
            ×
          </IconButton>
        )}
      </div>
      {open && (
        <ComboboxListbox
          id={listboxId}
          label={listLabel}
          sections={sections}
          custom={custom}
          activeIndex={activeIndex}
          selectedKey={selectedKey}
          noMatchesText={noMatchesText}
          renderOption={renderOption}
          onChoose={commit}
          onHover={setActiveIndex}
        />
      )}
      <span className="visually-hidden" aria-live="polite">
        {open
          ? all.length === 0
            ? 'No options match.'
            : `${all.length} option${all.length === 1 ? '' : 's'} available.`
          : ''}
      </span>
    </div>
  );
}
