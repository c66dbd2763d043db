import type { ReactNode } from 'react';
import { cx } from '../../lib/class-names';
import type { ComboboxOption, ComboboxSection } from './combobox-options';

export type RenderOption<T> = (option: ComboboxOption<T>, state: { active: boolean; selected: boolean }) => ReactNode;

type ComboboxListboxProps<T> = {
  id: string;
  label: string;
  sections: ComboboxSection<T>[];
  /** The typed value as an option of its own, after the matches; shown as its label, not through renderOption. */
  custom: ComboboxOption<T> | null;
  activeIndex: number;
  selectedKey: string | null;
  noMatchesText: string;
  renderOption: RenderOption<T>;
  onChoose: (option: ComboboxOption<T>) => void;
  onHover: (index: number) => void;
};

/** The DOM id of the option at `index`, for aria-activedescendant. */
export const optionId = (listboxId: string, index: number) => `${listboxId}-option-${index}`;

/** The popup of a Combobox: grouped options, the custom value, or "No matches". Never takes focus. */
export function ComboboxListbox<T>(props: ComboboxListboxProps<T>) {
  const { id, label, sections, custom, activeIndex, selectedKey, noMatchesText, renderOption } = props;
  let index = -1;

  const option = (item: ComboboxOption<T>, typed = false) => {
    const position = ++index;
    const active = position === activeIndex;
    const selected = item.key === selectedKey;
    return (
      <div
        key={item.key}
        id={optionId(id, position)}
        role="option"
        aria-selected={selected}
        aria-disabled={item.disabled || undefined}
        className={cx('combobox__option', active && 'combobox__option--active')}
        onPointerMove={() => {
          if (!active) props.onHover(position);
        }}
        onClick={() => {
          if (!item.disabled) props.onChoose(item);
        }}
      >
        {typed ? item.label : renderOption(item, { active, selected })}
      </div>
    );
  };

  const empty = sections.length === 0 && custom === null;
  return (
    // Pressing inside the popup must not blur the input: the input owns focus for the whole interaction.
    <div className="combobox__popup" onMouseDown={(event) => event.preventDefault()}>
      {empty ? (
        <p className="combobox__empty">{noMatchesText}</p>
      ) : (
        <div id={id} role="listbox" aria-label={label} className="combobox__listbox">
          {sections.map((section, sectionIndex) =>
            section.group === undefined ? (
              section.options.map((item) => option(item))
            ) : (
              <div
                key={section.group}
                role="group"
                aria-labelledby={`${id}-group-${sectionIndex}`}
                className="combobox__group"
              >
                <div id={`${id}-group-${sectionIndex}`} role="presentation" className="combobox__group-label">
                  {section.group}
                </div>
                {section.options.map((item) => option(item))}
              </div>
            ),
          )}
          {custom && option(custom, true)}
        </div>
      )}
    </div>
  );
}
