import { ComboboxGroup, ComboboxGroupLabel, ComboboxItem, ComboboxPopover } from '@ariakit/react';
import type { ComboboxOption, ComboboxSection } from './combobox-options';
import type { RenderOption } from './combobox-props';

type ComboboxPopupProps<T> = {
  listboxId: string;
  label: string;
  sections: readonly ComboboxSection<T>[];
  /** What was typed, offered as a value of its own after the options. */
  custom: ComboboxOption<T> | null;
  /** False when nothing matches: the popup says `noMatchesText` instead of listing. */
  expanded: boolean;
  noMatchesText: string;
  selectedKey: string | null;
  optionId: (option: ComboboxOption<T>) => string;
  renderOption: RenderOption<T>;
  onPick: (option: ComboboxOption<T>) => void;
};

export function ComboboxPopup<T>({
  listboxId,
  label,
  sections,
  custom,
  expanded,
  noMatchesText,
  selectedKey,
  optionId,
  renderOption,
  onPick,
}: ComboboxPopupProps<T>) {
  const item = (option: ComboboxOption<T>, typed = false) => (
    <ComboboxItem
      key={option.key}
      id={optionId(option)}
      disabled={option.disabled}
      accessibleWhenDisabled
      focusOnHover
      aria-selected={option.key === selectedKey}
      className="combobox__option"
      onClick={() => onPick(option)}
    >
      {typed ? option.label : renderOption(option, { selected: option.key === selectedKey })}
    </ComboboxItem>
  );

  return (
    // Fixed, not absolute: a scrolling dialog body would clip it. Pressing inside the popup must not blur the input,
    // which owns focus for the whole interaction.
    <ComboboxPopover
      id={listboxId}
      aria-label={expanded ? label : undefined}
      role={expanded ? 'listbox' : 'presentation'}
      portal={false}
      fixed
      sameWidth
      gutter={4}
      className="combobox__popup"
      onMouseDown={(event) => event.preventDefault()}
    >
      {expanded ? (
        sections.map((section) =>
          section.group === undefined ? (
            section.options.map((option) => item(option))
          ) : (
            <ComboboxGroup key={section.group} className="combobox__group">
              <ComboboxGroupLabel className="combobox__group-label">{section.group}</ComboboxGroupLabel>
              {section.options.map((option) => item(option))}
            </ComboboxGroup>
          ),
        )
      ) : (
        <p className="combobox__empty">{noMatchesText}</p>
      )}
      {expanded && custom && item(custom, true)}
    </ComboboxPopover>
  );
}
