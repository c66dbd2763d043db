import { Combobox as ComboboxInput, ComboboxProvider } from '@ariakit/react';
import { useId, useMemo, useRef } from 'react';
import { cx } from '../../lib/class-names';
import { mergeRefs } from '../../lib/merge-refs';
import { ComboboxPopup } from './combobox-popup';
import type { ComboboxProps, RenderOption } from './combobox-props';
import { IconButton } from './icon-button';
import { useComboboxState } from './use-combobox-state';
import './combobox.css';

export type { ComboboxOption } from './combobox-options';
export type { ComboboxProps, ControlledFieldProps, RenderOption } from './combobox-props';

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
  onBlur,
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
  const state = useComboboxState({
    options,
    value,
    onChange,
    getValueKey,
    getValueLabel,
    custom: allowCustomValue ? { parse: parseCustom, describe: describeCustom } : {},
    clearable,
    onInputChange,
    onBlur,
    listboxId,
    readListLabel: () => ariaLabel ?? inputRef.current?.labels?.[0]?.textContent ?? '',
  });
  const { open, expanded, query, count, commit } = state;

  const showClear = clearable && !disabled && (value !== null || (query ?? '') !== '');
  return (
    <ComboboxProvider
      open={open}
      setOpen={(next) => {
        if (!next) state.close();
      }}
      activeId={expanded ? state.activeId : null}
      setActiveId={(id) => state.setActiveId(id ?? null)}
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
            value={state.text}
            {...state.inputHandlers}
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
          <ComboboxPopup
            listboxId={listboxId}
            label={state.listLabel}
            sections={state.sections}
            custom={state.custom}
            expanded={expanded}
            noMatchesText={noMatchesText}
            selectedKey={state.selectedKey}
            optionId={state.optionId}
            renderOption={renderOption}
            onPick={commit}
          />
        )}
        <span className="visually-hidden" aria-live="polite">
          {open ? (expanded ? `${count} option${count === 1 ? '' : 's'} available.` : 'No options match.') : ''}
        </span>
      </div>
    </ComboboxProvider>
  );
}
