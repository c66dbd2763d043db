import type { PropertyFilter, PropertyOperator } from '../../../contract/filters';
import type { RowErrors } from './filter-errors';
import { withOperator } from './filter-values';
import { describedBy, type RowIds } from './ids';
import { operatorOptions } from './operators';
import { knownPropertyLabel } from './properties';
import { RemoveRowButton } from './remove-row-button';
import { RowErrorMessages } from './row-errors';
import { ValueInput } from './value-input';

type FilterRowProps = {
  filter: PropertyFilter;
  number: number;
  ids: RowIds;
  errors: RowErrors;
  propertiesListId: string;
  chipsHintId: string;
  onChange: (filter: PropertyFilter) => void;
  onRemove: () => void;
};

/** Edits spread the filter so unknown keys survive. */
export function FilterRow(props: FilterRowProps) {
  const { filter, number, ids, errors, propertiesListId, chipsHintId, onChange, onRemove } = props;
  const rowName = `filter ${number}`;
  const known = knownPropertyLabel(filter.key);
  const removeLabel = `Remove filter ${number}${filter.key ? ` (${known ?? filter.key})` : ''}`;

  return (
    <div className="filter-row">
      <div className="filter-row__controls">
        <span className="filter-row__property">
          <label htmlFor={ids.key} className="visually-hidden">
            {`Property for ${rowName}`}
          </label>
          <input
            id={ids.key}
            className="filter-row__input filter-row__input--code"
            list={propertiesListId}
            value={filter.key}
            onChange={(event) => onChange({ ...filter, key: event.target.value })}
            placeholder="Property"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={errors.key ? true : undefined}
            aria-describedby={describedBy(known && ids.keyHint, errors.key && ids.error('key'))}
          />
          {known && (
            <span id={ids.keyHint} className="filter-row__hint">
              {known}
            </span>
          )}
        </span>
        <label htmlFor={ids.operator} className="visually-hidden">
          {`Operator for ${rowName}`}
        </label>
        <select
          id={ids.operator}
          className="filter-row__operator"
          value={filter.operator}
          onChange={(event) => onChange(withOperator(filter, event.target.value as PropertyOperator))}
          aria-invalid={errors.operator ? true : undefined}
          aria-describedby={describedBy(errors.operator && ids.error('operator'))}
        >
          {operatorOptions.map(({ operator, label }) => (
            <option key={operator} value={operator}>
              {label}
            </option>
          ))}
        </select>
        <ValueInput
          filter={filter}
          ids={ids}
          rowName={rowName}
          error={errors.value}
          chipsHintId={chipsHintId}
          onChange={(value) => onChange({ ...filter, value })}
        />
        <RemoveRowButton id={ids.remove} label={removeLabel} onClick={onRemove} />
      </div>
      <RowErrorMessages errors={errors} ids={ids} />
    </div>
  );
}
