import { useRef } from 'react';
import type { RuleKind } from '../../../../../contract/rules';
import { Button } from '../../../../components/ui/button';
import { Dialog } from '../../../../components/ui/dialog';
import { countOf, formatCount } from '../../../../lib/format';
import { OutcomeChangesView } from '../rule-outcomes/outcome-changes-view';
import { useOutcomeLabels } from '../rule-outcomes/use-outcome-labels';
import { triedOn } from '../rule-preview/window-label';
import type { PendingOrder } from './use-checked-reorder';
import '../rule-preview/rule-preview.css';

type ReorderImpactDialogProps = {
  envId: number;
  kind: RuleKind;
  pending: PendingOrder | null;
  nameOf: (ruleId: string) => string;
  onCancel: () => void;
  onSave: () => void;
};

function Checking({ pending }: { pending: Extract<PendingOrder, { phase: 'checking' }> }) {
  const { progress } = pending;
  const counting = progress?.phase === 'outcomes' && progress.total > 0;
  return (
    <div className="rule-preview__progress reorder-impact__checking">
      <progress
        aria-label="Check progress"
        value={counting ? progress.done : undefined}
        max={counting ? progress.total : undefined}
      />
      <span>
        {counting
          ? `Checking ${formatCount(progress.done)} of ${formatCount(progress.total)} recent exceptions…`
          : 'Fetching recent exceptions…'}
      </span>
    </div>
  );
}

/**
 * Asks before a drop that changes what PostHog does with recent exceptions is saved: the changes, counted by what
 * becomes of them, and the exceptions on demand. A check that runs long shows here too, with a way to save at once.
 */
export function ReorderImpactDialog({ envId, kind, pending, nameOf, onCancel, onSave }: ReorderImpactDialogProps) {
  const labels = useOutcomeLabels(envId, kind);
  const saveRef = useRef<HTMLButtonElement>(null);
  const open = pending?.phase === 'changes' || (pending?.phase === 'checking' && pending.showing);
  const move = pending?.moves.at(-1);
  const moving = move ? `Moving ${nameOf(move.movedId)} to position ${move.nextIds.indexOf(move.movedId) + 1}` : '';

  let description = `${moving} is being checked against recent exceptions.`;
  if (pending?.phase === 'changes') {
    const { changes, exceptions, openers } = pending.impact;
    const tried = triedOn(pending.window.exceptions, pending.window.days);
    description =
      kind === 'assignment'
        ? `${moving} changes who ${countOf(changes.exceptions, 'issue')} would be assigned to, of the ` +
          `${formatCount(openers ?? 0)} whose first exception is among ${tried} (PostHog assigns an issue when it is ` +
          'created).'
        : `${moving} changes the outcome for ${formatCount(changes.exceptions)} of ${tried}, in ` +
          `${countOf(changes.issues, 'issue')}${exceptions > 0 ? ':' : '.'}`;
  }
  return (
    <Dialog
      open={open}
      role="alertdialog"
      size="medium"
      title="Save this order?"
      description={description}
      onRequestClose={onCancel}
      initialFocusRef={saveRef}
      footer={
        <>
          <Button onClick={onCancel}>Cancel</Button>
          <Button ref={saveRef} variant="primary" onClick={onSave}>
            {pending?.phase === 'checking' ? 'Save without checking' : 'Save order'}
          </Button>
        </>
      }
    >
      {pending?.phase === 'changes' && (
        <OutcomeChangesView kind={kind} changes={pending.impact.changes} labels={labels} />
      )}
      {pending?.phase === 'checking' && <Checking pending={pending} />}
    </Dialog>
  );
}
