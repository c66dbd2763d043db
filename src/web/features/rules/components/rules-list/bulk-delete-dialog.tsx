import type { RuleKind } from '../../../../../contract/rules';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { useToast } from '../../../../components/ui/use-toast';
import { describeError } from '../../../../lib/api-error';
import { countOf } from '../../../../lib/format';
import { useDeleteRules } from '../../../../data/rules/delete-rules';
import { ruleKinds } from '../../kinds/rule-kinds';
import { listOfNames } from './describe-restore';
import { useDeleteUndo } from './use-delete-undo';

type BulkDeleteDialogProps = {
  envId: number;
  kind: RuleKind;
  open: boolean;
  ids: readonly string[];
  /** How each selected rule is named (see `ruleName`), in the order of `ids`. */
  names: readonly string[];
  /** The rules that could not be deleted stay selected. */
  onDone: (failedIds: string[]) => void;
  onClose: () => void;
};

const namedUpTo = 5;

/** "Delete 3 assignment rules?", naming them; partial failures are reported, naming the first error. With Undo. */
export function BulkDeleteDialog({ envId, kind, open, ids, names, onDone, onClose }: BulkDeleteDialogProps) {
  const { mutateAsync } = useDeleteRules(envId, kind);
  const toast = useToast();
  const undo = useDeleteUndo(envId, kind);
  const { noun } = ruleKinds[kind];
  const what = countOf(ids.length, noun);
  const named =
    names.length > namedUpTo
      ? `${names.slice(0, namedUpTo).join(', ')} and ${countOf(names.length - namedUpTo, 'more rule')}`
      : listOfNames(names);
  return (
    <ConfirmDialog
      open={open}
      tone="danger"
      title={`Delete ${what}?`}
      message={`${named} will be deleted, one by one.`}
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
