import type { PropertyFilter } from '../../../contract/filters';
import type { RowErrors } from './filter-errors';
import { withOperator, withProperty } from './filter-values';
import { describedBy, type RowIds } from './ids';
import { offeredOperators } from './offered-operators';
import { OperatorSelect } from './operator-select';
import { operatorLabels } from './operators';
import { knownProperty, propertyLabel } from './properties';
import { PropertyField } from './property-field';
import { RemoveRowButton } from './remove-row-button';
import { RowErrorMessages } from './row-errors';
import { ValueInput } from './value-input';

type FilterRowProps = {
  filter: PropertyFilter;
  /** How labels name the row: "filter 2", "filter 1 of group 3". */
  rowName: string;
  ids: RowIds;
  errors: RowErrors;
  chipsHintId: string;
  onChange: (filter: PropertyFilter) => void;
  onRemove: () => void;
  /** The person left one of the row's controls. */
  onLeave: (slot: 'key' | 'operator' | 'value') => void;
};

/** Edits spread the filter so unknown keys survive. */
export function FilterRow(props: FilterRowProps) {
  const { filter, rowName, ids, errors, chipsHintId, onChange, onRemove, onLeave } = props;
  const label = propertyLabel(filter.key);
  const custom = filter.key !== '' && !knownProperty(filter.key);
  const keptOperator = filter.key !== '' && !offeredOperators(filter.key).includes(filter.operator);
  const removeLabel = `Remove ${rowName}${filter.key ? ` (${label})` : ''}`;

  return (
    <div className="filter-row">
      <div className="filter-row__controls">
        <span className="filter-row__property">
          <label htmlFor={ids.key} className="visually-hidden">
            {`Property for ${rowName}`}
          </label>
          <PropertyField
            id={ids.key}
            value={filter.key}
            onChange={(key) => onChange(withProperty(filter, key))}
            onBlur={() => onLeave('key')}
            invalid={Boolean(errors.key)}
            describedBy={describedBy(custom && ids.keyHint, errors.key && ids.error('key'))}
          />
        </span>
        <label htmlFor={ids.operator} className="visually-hidden">
          {`Operator for ${rowName}`}
        </label>
        <OperatorSelect
          id={ids.operator}
          propertyKey={filter.key}
          value={filter.operator}
          onChange={(operator) => onChange(withOperator(filter, operator))}
          onBlur={() => onLeave('operator')}
          invalid={Boolean(errors.operator)}
          describedBy={describedBy(keptOperator && ids.operatorHint, errors.operator && ids.error('operator'))}
        />
        <ValueInput
          filter={filter}
          ids={ids}
          rowName={rowName}
          error={errors.value}
          chipsHintId={chipsHintId}
          onChange={(value) => onChange({ ...filter, value })}
          onBlur={() => onLeave('value')}
        />
        <RemoveRowButton id={ids.remove} label={removeLabel} onClick={onRemove} />
      </div>
      {custom && (
        <p id={ids.keyHint} className="filter-row__note filter-row__note--custom">
          Custom property — not one PostHog’s error tracking knows. It must match your events’ key exactly.
        </p>
      )}
      {keptOperator && (
        <p id={ids.operatorHint} className="filter-row__note">
          {`“${operatorLabels[filter.operator]}” is not offered for ${label}; it is kept as saved.`}
        </p>
      )}
      <RowErrorMessages errors={errors} ids={ids} />
    </div>
  );
}
