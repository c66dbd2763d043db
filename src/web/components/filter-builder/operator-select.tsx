import type { PropertyOperator } from '../../../contract/filters';
import { offeredOperators } from './offered-operators';
import { operatorLabels } from './operators';

type OperatorSelectProps = {
  id: string;
  propertyKey: string;
  value: PropertyOperator;
  onChange: (operator: PropertyOperator) => void;
  onBlur: () => void;
  invalid: boolean;
  describedBy?: string;
};

const isOperator = (offered: readonly PropertyOperator[], value: string): value is PropertyOperator =>
  offered.some((operator) => operator === value);

/** The property's operators; one a saved rule holds that the property does not offer stays, and says so. */
export function OperatorSelect({
  id,
  propertyKey,
  value,
  onChange,
  onBlur,
  invalid,
  describedBy,
}: OperatorSelectProps) {
  const offered = offeredOperators(propertyKey);
  const choices = offered.includes(value) ? offered : [...offered, value];
  return (
    <select
      id={id}
      className="filter-row__operator"
      value={value}
      onChange={(event) => {
        if (isOperator(choices, event.target.value)) onChange(event.target.value);
      }}
      onBlur={onBlur}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
    >
      {choices.map((operator) => (
        <option key={operator} value={operator}>
          {offered.includes(operator) ? operatorLabels[operator] : `${operatorLabels[operator]} (as saved)`}
        </option>
      ))}
    </select>
  );
}
