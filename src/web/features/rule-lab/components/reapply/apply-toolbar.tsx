import { useId } from 'react';
import { Button } from '../../../../components/ui/button';
import { Checkbox } from '../../../../components/ui/checkbox';
import { WriteScope } from '../../../../components/write-scope/write-scope';
import { countOf } from '../../../../lib/format';

type ApplyToolbarProps = {
  checked: number;
  changes: number;
  ticked: number;
  /** Issues whose assignee the rules no longer pick: kept unless `clearUnpicked`. */
  unpicked: number;
  clearUnpicked: boolean;
  onClearUnpicked: (clear: boolean) => void;
  onApply: () => void;
  busy: boolean;
};

/** The count, "also clear", and Apply: re-applying never unassigns unless the person asks for it here. */
export function ApplyToolbar({
  checked,
  changes,
  ticked,
  unpicked,
  clearUnpicked,
  onClearUnpicked,
  onApply,
  busy,
}: ApplyToolbarProps) {
  const hintId = useId();
  return (
    <WriteScope>
      <div role="group" aria-label="Re-apply the rules" className="reapply-toolbar">
        <p className="reapply-toolbar__summary" aria-live="polite">
          {countOf(checked, 'issue')} checked: {changes === 0 ? 'nothing would change' : `${changes} would change`}
          {changes > 0 && `, ${ticked} selected`}.
        </p>
        <Checkbox
          label="Also clear assignees the rules no longer pick"
          checked={clearUnpicked}
          onChange={(event) => onClearUnpicked(event.target.checked)}
          disabled={busy}
          aria-describedby={hintId}
        />
        <Button variant="primary" onClick={onApply} disabled={ticked === 0} busy={busy}>
          {ticked === 0 ? 'Apply' : `Apply ${countOf(ticked, 'change')}`}
        </Button>
        <p id={hintId} className="reapply-toolbar__hint">
          {unpicked === 0
            ? 'Re-applying never unassigns an issue unless this is ticked.'
            : `The rules pick nobody for ${countOf(unpicked, 'assigned issue')}: ${clearUnpicked ? 'they will be unassigned' : 'they keep their assignee'}.`}
        </p>
      </div>
    </WriteScope>
  );
}
