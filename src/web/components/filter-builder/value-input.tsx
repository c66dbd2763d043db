import type { FilterValue, PropertyFilter } from '../../../contract/filters';
import { ChipsInput } from './chips-input';
import { listOf, pairOf, singleOf } from './filter-values';
import { describedBy, type RowIds } from './ids';
import { regexOperators, takesDate, takesNumbers, valueKindOf } from './operators';

type ValueInputProps = {
  filter: PropertyFilter;
  ids: RowIds;
  rowName: string;
  error?: string;
  chipsHintId: string;
  onChange: (value: FilterValue) => void;
  onBlur: () => void;
};

function placeholderFor(filter: PropertyFilter): string {
  if (takesDate(filter.operator)) return 'YYYY-MM-DD';
  if (takesNumbers(filter.operator)) return 'Number';
  if (regexOperators.has(filter.operator)) return 'Regular expression';
  return 'Value';
}

export function ValueInput({ filter, ids, rowName, error, chipsHintId, onChange, onBlur }: ValueInputProps) {
  const errorId = error ? ids.error('value') : undefined;
  const common = {
    className: regexOperators.has(filter.operator) ? 'filter-row__input filter-row__input--code' : 'filter-row__input',
    autoComplete: 'off',
    spellCheck: false,
    inputMode: takesNumbers(filter.operator) ? ('decimal' as const) : undefined,
    placeholder: placeholderFor(filter),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': errorId,
    onBlur,
  };

  switch (valueKindOf(filter.operator)) {
    case 'none':
      return null;
    case 'list':
      return (
        <ChipsInput
          id={ids.value}
          label={`Add value to ${rowName}`}
          listLabel={`Values of ${rowName}`}
          values={listOf(filter.value)}
          onChange={onChange}
          invalid={Boolean(error)}
          describedBy={describedBy(chipsHintId, errorId)}
          onBlur={onBlur}
        />
      );
    case 'pair': {
      const bounds = pairOf(filter.value);
      return (
        <span className="filter-row__pair">
          {(['Minimum', 'Maximum'] as const).map((bound, slot) => (
            <span key={bound} className="filter-row__bound">
              {slot === 1 && <span aria-hidden="true">and</span>}
              <label htmlFor={`${ids.value}-${slot}`} className="visually-hidden">
                {`${bound} for ${rowName}`}
              </label>
              <input
                {...common}
                id={`${ids.value}-${slot}`}
                placeholder={bound}
                value={String(bounds[slot])}
                onChange={(event) => {
                  const next = [...bounds];
                  next[slot] = event.target.value;
                  onChange(next);
                }}
              />
            </span>
          ))}
        </span>
      );
    }
    case 'single':
      return (
        <span className="filter-row__single">
          <label htmlFor={ids.value} className="visually-hidden">
            {`Value for ${rowName}`}
          </label>
          <input
            {...common}
            id={ids.value}
            value={String(singleOf(filter.value))}
            onChange={(event) => onChange(event.target.value)}
          />
        </span>
      );
  }
}
