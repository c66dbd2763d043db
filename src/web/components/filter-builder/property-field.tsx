import { useMemo, useRef, useState } from 'react';
import { Combobox, type ComboboxOption } from '../ui/combobox';
import { propertyLabel, propertyNamed } from './properties';
import { isCustomOption, propertyOptions } from './property-options';

type PropertyFieldProps = {
  id: string;
  value: string;
  onChange: (key: string) => void;
  onBlur: () => void;
  invalid: boolean;
  describedBy?: string;
};

function renderOption(option: ComboboxOption<string>) {
  if (isCustomOption(option)) return option.label;
  return (
    <span className="property-option">
      <span>{option.label}</span> <span className="property-option__key">{option.key}</span>
    </span>
  );
}

/**
 * A property is picked from the list by label (or key); a key the list does not have is taken only through the
 * explicit "Use custom property" option, never from text left in the field.
 */
export function PropertyField({ id, value, onChange, onBlur, invalid, describedBy }: PropertyFieldProps) {
  const [typed, setTyped] = useState('');
  // The text since the last pick, read on blur after the combobox has had its say.
  const pending = useRef('');
  const options = useMemo(() => propertyOptions(typed), [typed]);

  const type = (text: string) => {
    pending.current = text;
    setTyped(text);
  };
  const choose = (key: string | null) => {
    type('');
    if (key !== null && key !== value) onChange(key);
  };
  // The combobox keeps an exact label on blur; an exact key (`$browser`) is as unambiguous.
  const leave = () => {
    const named = propertyNamed(pending.current);
    if (named) choose(named.key);
    else type('');
    onBlur();
  };

  return (
    <span
      className="filter-row__combobox"
      onKeyDownCapture={(event) => {
        if (event.key === 'Escape') type('');
      }}
    >
      <Combobox<string>
        id={id}
        options={options}
        value={value === '' ? null : value}
        onChange={choose}
        getValueKey={(key) => key}
        getValueLabel={propertyLabel}
        renderOption={renderOption}
        clearable={false}
        placeholder="Property"
        onInputChange={type}
        onBlur={leave}
        aria-invalid={invalid}
        aria-describedby={describedBy}
      />
    </span>
  );
}
