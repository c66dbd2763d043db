import { useEffect, useRef, useState } from 'react';
import { Field } from './field';
import { TextInput } from './text-input';

const searchDelayMs = 250;

type SearchFieldProps = {
  label: string;
  placeholder?: string;
  value: string;
  /** Called once typing pauses, not on every key. */
  onSearch: (text: string) => void;
};

/** A search box above a list, for the list's filter bar. */
export function SearchField({ label, placeholder, value, onSearch }: SearchFieldProps) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  // The URL changed by other means (Back, "Clear filters"): the box follows it.
  if (value !== shown) {
    setShown(value);
    setText(value);
  }

  return (
    <Field label={label} className="filter-bar__search">
      {(control) => (
        <TextInput
          {...control}
          type="search"
          value={text}
          placeholder={placeholder}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => onSearch(next), searchDelayMs);
          }}
        />
      )}
    </Field>
  );
}
