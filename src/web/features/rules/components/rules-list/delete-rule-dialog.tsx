import type { RuleKind } from '../../../../../contract/rules';
import type { RuleListItem } from '../../api/rule-list-item';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { useToast } from '../../../../components/ui/use-toast';
import { useDeleteRule } from '../../api/delete-rule';
import { ruleKindUi } from '../../rule-kinds';
import { ruleSummary } from './filter-rules';

export type RuleToDelete = { rule: RuleListItem; number: number };

type DeleteRuleDialogProps = { envId: number; kind: RuleKind; target: RuleToDelete | null; onClose: () => void };

/** "Delete assignment rule 3?" with what the rule matches; a toast says when it is gone. */
export function DeleteRuleDialog({ envId, kind, target, onClose }: DeleteRuleDialogProps) {
  const { mutateAsync } = useDeleteRule(envId, kind);
  const toast = useToast();
  const name = target ? `${ruleKindUi[kind].noun} ${target.number}` : '';
  return (
    <ConfirmDialog
      open={target !== null}
      tone="danger"
      title={`Delete ${name}?`}
      message={target ? `It matches: ${ruleSummary(target.rule)}. This cannot be undone.` : ''}
      confirmLabel="Delete rule"
      busyLabel="Deleting…"
      onConfirm={async () => {
        if (!target) return;
        await mutateAsync(target.rule.id);
        toast.show({ tone: 'success', message: `Deleted ${name}.` });
      }}
      onClose={onClose}
    />
  );
}
