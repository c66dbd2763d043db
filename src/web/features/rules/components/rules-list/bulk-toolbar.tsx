import { useId } from 'react';
import { Button } from '../../../../components/ui/button';
import { Checkbox } from '../../../../components/ui/checkbox';

type BulkToolbarProps = {
  selectedCount: number;
  shownCount: number;
  onSelectAll: (checked: boolean) => void;
  onDelete: () => void;
  onClear: () => void;
  /** Why the selected rules cannot be deleted (a read-only key), or null. */
  deleteOff: string | null;
};

/** Shown while rules are selected: select all (mixed when some are), the count, Delete N, Clear selection. */
export function BulkToolbar({
  selectedCount,
  shownCount,
  onSelectAll,
  onDelete,
  onClear,
  deleteOff,
}: BulkToolbarProps) {
  const all = selectedCount === shownCount;
  const reasonId = useId();
  return (
    <div role="group" aria-label="Selected rules" className="bulk-toolbar">
      <Checkbox
        label="Select all"
        checked={all}
        ref={(box) => {
          if (box) box.indeterminate = !all && selectedCount > 0;
        }}
        onChange={(event) => onSelectAll(event.target.checked)}
      />
      <span className="bulk-toolbar__count" aria-live="polite">
        {selectedCount} selected
      </span>
      <Button
        variant="danger"
        size="small"
        onClick={onDelete}
        disabled={deleteOff !== null}
        aria-describedby={deleteOff ? reasonId : undefined}
      >
        Delete {selectedCount}
      </Button>
      <Button variant="ghost" size="small" onClick={onClear}>
        Clear selection
      </Button>
      {deleteOff && (
        <span id={reasonId} className="bulk-toolbar__reason">
          {deleteOff}
        </span>
      )}
    </div>
  );
}
