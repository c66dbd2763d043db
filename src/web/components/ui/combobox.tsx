import {
  Combobox as ComboboxInput,
  ComboboxGroup,
  ComboboxGroupLabel,
  ComboboxItem,
  ComboboxList,
  ComboboxProvider,
} from '@ariakit/react';
import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { cx } from '../../lib/class-names';
import { mergeRefs } from '../../lib/merge-refs';
import { exactMatch, visibleOptions, type ComboboxOption } from './combobox-options';
import { IconButton } from './icon-button';
import './combobox.css';

export type { ComboboxOption } from './combobox-options';

export type RenderOption<T> = (option: ComboboxOption<T>, state: { selected: boolean }) => ReactNode;

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

/**
 * ARIA 1.2 editable combobox with a listbox popup (Ariakit's): typing filters, focus stays in the input and the
 * active option is named through aria-activedescendant.
 */
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
  const [activeId, setActiveId] = useState<string | null>(null);
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
  const optionId = (option: ComboboxOption<T>) => `${listboxId}-${encodeURIComponent(option.key)}`;
  const idOf = (option: ComboboxOption<T> | undefined) => (option && !option.disabled ? optionId(option) : null);

  const openPopup = (active: string | null) => {
    setListLabel(ariaLabel ?? inputRef.current?.labels?.[0]?.textContent ?? '');
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

  const item = (option: ComboboxOption<T>, typed = false) => (
    <ComboboxItem
      key={option.key}
      id={optionId(option)}
      disabled={option.disabled}
      accessibleWhenDisabled
      focusOnHover
      aria-selected={option.key === selectedKey}
      className="combobox__option"
      onClick={() => commit(option)}
    >
      {typed ? option.label : renderOption(option, { selected: option.key === selectedKey })}
    </ComboboxItem>
  );

  const showClear = clearable && !disabled && (value !== null || (query ?? '') !== '');
  return (
    <ComboboxProvider
      open={expanded}
      setOpen={(next) => {
        if (!next) close();
      }}
      activeId={expanded ? activeId : null}
      setActiveId={(id) => setActiveId(id ?? null)}
      focusLoop
      includesBaseElement={false}
    >
      <div className={cx('combobox', className)}>
        <div className="combobox__control">
          <ComboboxInput
            ref={setInput}
            id={inputId}
            name={name}
            type="text"
            className="input combobox__input"
            aria-label={ariaLabel}
            aria-expanded={expanded}
            aria-controls={listboxId}
            aria-describedby={labelling['aria-describedby']}
            aria-invalid={labelling['aria-invalid'] || undefined}
            aria-required={required || labelling['aria-required'] || undefined}
            autoSelect
            getAutoSelectId={() => (query?.trim() ? undefined : null)}
            showOnClick={false}
            showOnChange={false}
            showOnKeyPress={false}
            setValueOnClick={false}
            spellCheck={false}
            placeholder={placeholder}
            disabled={disabled}
            value={query ?? displayText}
            onChange={(event) => {
              const text = event.target.value;
              setQuery(text);
              onInputChange?.(text);
              openPopup(null);
            }}
            onClick={() => {
              if (!open) openPopup(idOf(selected));
            }}
            onKeyDown={onKeyDown}
            onKeyDownCapture={onKeyDownCapture}
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
          // Pressing inside the popup must not blur the input: the input owns focus for the whole interaction.
          <div className="combobox__popup" onMouseDown={(event) => event.preventDefault()}>
            {expanded ? (
              <ComboboxList id={listboxId} aria-label={listLabel} className="combobox__listbox">
                {sections.map((section) =>
                  section.group === undefined ? (
                    section.options.map((option) => item(option))
                  ) : (
                    <ComboboxGroup key={section.group} className="combobox__group">
                      <ComboboxGroupLabel className="combobox__group-label">{section.group}</ComboboxGroupLabel>
                      {section.options.map((option) => item(option))}
                    </ComboboxGroup>
                  ),
                )}
                {custom && item(custom, true)}
              </ComboboxList>
            ) : (
              <p className="combobox__empty">{noMatchesText}</p>
            )}
          </div>
        )}
        <span className="visually-hidden" aria-live="polite">
          {open
            ? expanded
              ? `${all.length} option${all.length === 1 ? '' : 's'} available.`
              : 'No options match.'
            : ''}
        </span>
      </div>
    </ComboboxProvider>
  );
}
