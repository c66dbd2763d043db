import { useEffect, useRef, useState } from 'react';
import { Field } from '../../../../components/ui/field';
import { TextInput } from '../../../../components/ui/text-input';

export const searchDelayMs = 250;

export function IssueSearchField({ value, onSearch }: { value: string; onSearch: (text: string) => void }) {
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
    <Field label="Search by name" className="filter-bar__search">
      {(control) => (
        <TextInput
          {...control}
          type="search"
          value={text}
          placeholder="TypeError…"
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
