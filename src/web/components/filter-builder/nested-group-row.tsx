import type { StoredFilterGroup } from '../../../contract/stored-filters';
import { summarizeGroup } from './describe-filters';
import type { RowErrors } from './filter-errors';
import type { RowIds } from './ids';
import { RemoveRowButton } from './remove-row-button';
import { RowErrorMessages } from './row-errors';

type NestedGroupRowProps = {
  group: StoredFilterGroup;
  number: number;
  ids: RowIds;
  errors: RowErrors;
  onRemove: () => void;
};

export function NestedGroupRow({ group, number, ids, errors, onRemove }: NestedGroupRowProps) {
  return (
    <div className="filter-row filter-row--group">
      <div className="filter-row__controls">
        <p className="filter-row__summary" id={ids.row}>
          <span className="filter-row__badge">Group</span> {summarizeGroup(group)}
        </p>
        <RemoveRowButton
          id={ids.remove}
          label={`Remove filter ${number} (group)`}
          describedBy={ids.row}
          onClick={onRemove}
        />
      </div>
      <p className="filter-row__note">Nested groups are kept as they are; remove the group to change it here.</p>
      <RowErrorMessages errors={errors} ids={ids} />
    </div>
  );
}
