import type { RowErrors } from './filter-errors';
import type { RowIds } from './ids';

const slots = ['key', 'operator', 'value', 'row'] as const;

/** Each control points at its own message by id. */
export function RowErrorMessages({ errors, ids }: { errors: RowErrors; ids: RowIds }) {
  const shown = slots.filter((slot) => errors[slot]);
  if (shown.length === 0) return null;
  return (
    <div className="filter-row__errors">
      {shown.map((slot) => (
        <p key={slot} id={ids.error(slot)} className="filter-builder__error">
          {errors[slot]}
        </p>
      ))}
    </div>
  );
}
