import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

type Scalar = string | number | boolean;

type ChipsInputProps = {
  id: string;
  label: string;
  listLabel: string;
  values: readonly Scalar[];
  onChange: (values: Scalar[]) => void;
  invalid: boolean;
  describedBy?: string;
  onBlur?: () => void;
};

export function ChipsInput({ id, label, listLabel, values, onChange, invalid, describedBy, onBlur }: ChipsInputProps) {
  const [draft, setDraft] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const add = (texts: readonly string[]) => {
    const fresh: string[] = [];
    for (const text of texts.map((item) => item.trim())) {
      if (text && !values.some((value) => String(value) === text) && !fresh.includes(text)) fresh.push(text);
    }
    if (fresh.length === 0) return;
    onChange([...values, ...fresh]);
    setAnnouncement(`Added ${fresh.join(', ')}`);
  };

  const removeAt = (index: number) => {
    const removed = values[index];
    onChange(values.filter((_, i) => i !== index));
    setAnnouncement(`Removed ${String(removed)}`);
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const parts = event.target.value.split(',');
    const rest = parts.pop() ?? '';
    add(parts);
    setDraft(rest);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && draft.trim()) {
      // Enter adds the chip instead of submitting the surrounding form.
      event.preventDefault();
      add([draft]);
      setDraft('');
    } else if (event.key === 'Backspace' && draft === '' && values.length > 0) {
      removeAt(values.length - 1);
    }
  };

  const commitDraft = () => {
    add([draft]);
    setDraft('');
    onBlur?.();
  };

  return (
    <div className="chips-input" data-invalid={invalid || undefined}>
      {values.length > 0 && (
        <ul className="chips-input__chips" aria-label={listLabel}>
          {values.map((value, index) => (
            <li key={`${index}-${String(value)}`} className="chip">
              <span className="chip__text">{String(value)}</span>
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove ${String(value)}`}
                onClick={() => {
                  removeAt(index);
                  input.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        className="chips-input__input"
        value={draft}
        onChange={handleChange}
        onKeyDown={handleKeyDown}
        onBlur={commitDraft}
        placeholder={values.length === 0 ? 'Type a value, press Enter' : 'Add another'}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      />
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
