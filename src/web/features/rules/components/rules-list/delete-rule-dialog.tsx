import type { RuleKind } from '../../../../../contract/rules';
import { isUnreadableRule, type RuleListItem } from '../../../../data/rules/rule-list-item';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { useToast } from '../../../../components/ui/use-toast';
import { useDeleteRule } from '../../../../data/rules/delete-rule';
import { ruleKinds } from '../../kinds/rule-kinds';
import { ruleSummary } from './filter-rules';
import { useDeleteUndo } from './use-delete-undo';

/** The rule to delete and how it is named (see `ruleName`). */
export type RuleToDelete = { rule: RuleListItem; name: string };

type DeleteRuleDialogProps = { envId: number; kind: RuleKind; target: RuleToDelete | null; onClose: () => void };

/** "Delete assignment rule “…” (…)?" with what the rule matches; a toast says when it is gone, with Undo. */
export function DeleteRuleDialog({ envId, kind, target, onClose }: DeleteRuleDialogProps) {
  const { mutateAsync } = useDeleteRule(envId, kind);
  const toast = useToast();
  const undo = useDeleteUndo(envId, kind);
  const name = target?.name ?? '';
  return (
    <ConfirmDialog
      open={target !== null}
      tone="danger"
      title={target && isUnreadableRule(target.rule) ? `Delete ${name}?` : `Delete ${ruleKinds[kind].noun} ${name}?`}
      message={
        target
          ? `It matches: ${ruleSummary(target.rule)}.${isUnreadableRule(target.rule) ? ' This cannot be undone.' : ''}`
          : ''
      }
      confirmLabel="Delete rule"
      busyLabel="Deleting…"
      onConfirm={async () => {
        if (!target) return;
        const deleted = undo.capture([target.rule.id], [target.rule]);
        await mutateAsync(target.rule.id);
        toast.show(undo.deletedToast(deleted, [target.rule.id], { tone: 'success', message: `Deleted ${name}.` }));
      }}
      onClose={onClose}
    />
  );
}
