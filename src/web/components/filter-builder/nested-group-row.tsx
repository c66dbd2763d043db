import type { StoredFilterGroup } from '../../../contract/stored-filters';
import { summarizeGroup } from './describe-filters';
import type { RowErrors } from './filter-errors';
import type { RowIds } from './ids';
import { RemoveRowButton } from './remove-row-button';
import { RowErrorMessages } from './row-errors';

type NestedGroupRowProps = {
  group: StoredFilterGroup;
  rowName: string;
  ids: RowIds;
  errors: RowErrors;
  onRemove: () => void;
};

/** A group inside a nested group: PostHog's own editor goes one level deep, so this one is shown, not edited. */
export function NestedGroupRow({ group, rowName, ids, errors, onRemove }: NestedGroupRowProps) {
  return (
    <div className="filter-row filter-row--raw">
      <div className="filter-row__controls">
        <p className="filter-row__summary" id={ids.row}>
          <span className="filter-row__badge">Group</span> {summarizeGroup(group)}
        </p>
        <RemoveRowButton id={ids.remove} label={`Remove ${rowName} (group)`} describedBy={ids.row} onClick={onRemove} />
      </div>
      <p className="filter-row__note">Groups this deep are kept as they are; remove it to change it here.</p>
      <RowErrorMessages errors={errors} ids={ids} />
    </div>
  );
}
