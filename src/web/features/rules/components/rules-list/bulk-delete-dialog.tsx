import type { RuleKind } from '../../../../../contract/rules';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { useToast } from '../../../../components/ui/use-toast';
import { describeError } from '../../../../lib/api-error';
import { countOf } from '../../../../lib/format';
import { useDeleteRules } from '../../../../data/rules/delete-rules';
import { ruleKinds } from '../../kinds/rule-kinds';
import { useDeleteUndo } from './use-delete-undo';

type BulkDeleteDialogProps = {
  envId: number;
  kind: RuleKind;
  open: boolean;
  ids: readonly string[];
  /** The rules that could not be deleted stay selected. */
  onDone: (failedIds: string[]) => void;
  onClose: () => void;
};

/** "Delete 3 assignment rules?"; partial failures are reported, naming the first error. Both toasts offer Undo. */
export function BulkDeleteDialog({ envId, kind, open, ids, onDone, onClose }: BulkDeleteDialogProps) {
  const { mutateAsync } = useDeleteRules(envId, kind);
  const toast = useToast();
  const undo = useDeleteUndo(envId, kind);
  const { noun } = ruleKinds[kind];
  const what = countOf(ids.length, noun);
  return (
    <ConfirmDialog
      open={open}
      tone="danger"
      title={`Delete ${what}?`}
      message="The selected rules are deleted one by one."
      confirmLabel={`Delete ${countOf(ids.length, 'rule')}`}
      busyLabel="Deleting…"
      onConfirm={async () => {
        const before = undo.capture(ids);
        const { deleted, failed } = await mutateAsync(ids);
        onDone(failed.map((failure) => failure.id));
        if (failed.length === 0) {
          toast.show(
            undo.deletedToast(before, deleted, {
              tone: 'success',
              message: `Deleted ${countOf(deleted.length, noun)}.`,
            }),
          );
          return;
        }
        toast.show(
          undo.deletedToast(before, deleted, {
            tone: 'error',
            message:
              `Deleted ${deleted.length} of ${countOf(ids.length, noun)}; ` +
              `${failed.length} could not be deleted (still selected): ${describeError(failed[0]!.error)}`,
          }),
        );
      }}
      onClose={onClose}
    />
  );
}
