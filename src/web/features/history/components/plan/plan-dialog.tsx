import { useState, type ReactNode } from 'react';
import { Dialog } from '../../../../components/ui/dialog';
import { PlanPanel, type PlanPanelProps } from './plan-panel';

type PlanDialogProps = Omit<PlanPanelProps, 'onBack'> & { title: string; description?: ReactNode };

/** A plan in a dialog of its own (a revert, a copy): the diff first, applied only when confirmed. */
export function PlanDialog({ title, description, onClose, ...panel }: PlanDialogProps) {
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open
      size="large"
      title={title}
      description={description}
      onRequestClose={() => {
        if (!busy) onClose();
      }}
    >
      <PlanPanel {...panel} onClose={onClose} onBusy={setBusy} />
    </Dialog>
  );
}
