import { useState } from 'react';
import type { Rule } from '../../../../../contract/rules';
import { describeGroup } from '../../../../components/filter-builder';
import { Button } from '../../../../components/ui/button';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import type { ToastOptions } from '../../../../components/ui/use-toast';
import { useDeleteRule } from '../../../../data/rules/delete-rule';
import { useDeleteUndo } from '../rules-list/use-delete-undo';
import { useRuleEditor } from './use-rule-editor-route';
import { ruleKinds } from '../../kinds/rule-kinds';
import { useRuleName } from './use-rule-name';

type DeleteRuleButtonProps = {
  rule: Rule;
  onDeleting?: (deleting: boolean) => void;
  /** Receives the toast to show once the editor has closed: "Deleted …", with Undo. */
  onDeleted: (toast: ToastOptions) => void;
};

/** "Delete rule", confirmed in a dialog that names the rule; a failure stays in that dialog. */
export function DeleteRuleButton({ rule, onDeleting, onDeleted }: DeleteRuleButtonProps) {
  const { envId, kind } = useRuleEditor();
  const { mention } = useRuleName();
  const [confirming, setConfirming] = useState(false);
  const deletion = useDeleteRule(envId, kind);
  const undo = useDeleteUndo(envId, kind);

  return (
    <>
      <Button variant="danger" className="rule-editor__delete" onClick={() => setConfirming(true)}>
        Delete rule
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Delete ${ruleKinds[kind].noun} ${mention}?`}
        message={`It matches: ${describeGroup(rule.filters)}.`}
        confirmLabel="Delete rule"
        busyLabel="Deleting…"
        tone="danger"
        onConfirm={async () => {
          onDeleting?.(true);
          const deleted = undo.capture([rule.id], [rule]);
          try {
            await deletion.mutateAsync(rule.id);
          } catch (error) {
            onDeleting?.(false);
            throw error;
          }
          onDeleted(undo.deletedToast(deleted, [rule.id], { tone: 'success', message: `Deleted ${mention}.` }));
        }}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
