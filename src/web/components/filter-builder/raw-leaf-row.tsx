import type { StoredFilterLeaf } from '../../../contract/stored-filters';
import { notEditablePrefix, shortJson } from './editable-leaf';
import type { RowErrors } from './filter-errors';
import type { RowIds } from './ids';
import { RemoveRowButton } from './remove-row-button';
import { RowErrorMessages } from './row-errors';

type RawLeafRowProps = {
  leaf: StoredFilterLeaf;
  rowName: string;
  ids: RowIds;
  errors: RowErrors;
  onRemove: () => void;
};

export function RawLeafRow({ leaf, rowName, ids, errors, onRemove }: RawLeafRowProps) {
  return (
    <div className="filter-row filter-row--raw">
      <div className="filter-row__controls">
        <p className="filter-row__summary" id={ids.row}>
          <span className="filter-row__badge">{notEditablePrefix}</span>{' '}
          <code title={JSON.stringify(leaf)}>{shortJson(leaf)}</code>
        </p>
        <RemoveRowButton
          id={ids.remove}
          label={`Remove ${rowName} (not editable here)`}
          describedBy={ids.row}
          onClick={onRemove}
        />
      </div>
      <p className="filter-row__note">Kept exactly as PostHog stores it; remove it to change it here.</p>
      <RowErrorMessages errors={errors} ids={ids} />
    </div>
  );
}
