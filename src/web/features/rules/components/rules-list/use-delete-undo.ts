import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { RuleKind } from '../../../../../contract/rules';
import { useToast, type ToastOptions } from '../../../../components/ui/use-toast';
import { describeError } from '../../../../lib/api-error';
import { rulesQueryOptions } from '../../../../data/rules/get-rules';
import {
  describeDeletion,
  useRestoreRules,
  type DeletedRules,
  type RestoreResult,
} from '../../../../data/rules/restore-rules';
import type { RuleListItem } from '../../../../data/rules/rule-list-item';
import { useAssigneeDirectory } from '../../../../data/organization/use-assignee-directory';
import { ruleKinds } from '../../kinds/rule-kinds';
import { ruleName } from '../../kinds/rule-name';
import { describeRestore } from './describe-restore';

/** Longer than a plain toast: deciding to take a delete back takes a moment. */
const undoWindowMs = 10_000;

/**
 * Undo for deleting rules: `capture` what is about to be deleted (before deleting), then show `deletedToast` once it
 * is gone. Its Undo re-creates the rules where they were (see `restoreRules`) and says how that went; a restore that
 * partly failed offers Retry, which re-creates only what is still missing.
 */
export function useDeleteUndo<K extends RuleKind>(envId: number, kind: K) {
  const client = useQueryClient();
  const toast = useToast();
  const { lookup } = useAssigneeDirectory();
  const { mutateAsync } = useRestoreRules(envId, kind, ruleKinds[kind].duplicateInput);

  /** Call before deleting: the rules of `ids` as the list shows them (or as `known` has them), and their places. */
  const capture = useCallback(
    (ids: readonly string[], known: readonly RuleListItem<K>[] = []) => {
      const list = client.getQueryData(rulesQueryOptions(envId, kind).queryKey)?.results;
      const byId = new Map([...(list ?? []), ...known].map((rule) => [rule.id, rule]));
      return describeDeletion(
        list,
        ids.flatMap((id) => byId.get(id) ?? []),
      );
    },
    [client, envId, kind],
  );

  const restore = useMemo(() => {
    const run = (deleted: DeletedRules<K>, earlier?: RestoreResult<K>) => {
      const retry = (from?: RestoreResult<K>) => ({ label: 'Retry', onAction: () => run(deleted, from) });
      mutateAsync({ deleted, earlier }).then(
        (result) => {
          const { message, retry: again } = describeRestore(kind, deleted, result, (rule) =>
            ruleName<RuleKind>(kind, rule, lookup),
          );
          toast.show({ tone: again ? 'error' : 'success', message, action: again ? retry(result) : undefined });
        },
        (error: unknown) =>
          toast.show({
            tone: 'error',
            message: `Could not restore the deleted rules: ${describeError(error)}`,
            action: retry(earlier),
          }),
      );
    };
    return run;
  }, [mutateAsync, toast, kind, lookup]);

  /** `options` with Undo, for the rules of `deleted` that `deletedIds` names (a bulk delete may keep some). */
  const deletedToast = useCallback(
    (deleted: DeletedRules<K>, deletedIds: readonly string[], options: ToastOptions): ToastOptions => {
      const gone = new Set(deletedIds);
      const rules = deleted.rules.filter((rule) => gone.has(rule.id));
      if (rules.length === 0) return options;
      const undone = { ...deleted, deletedIds: deleted.deletedIds.filter((id) => gone.has(id)), rules };
      return {
        durationMs: undoWindowMs,
        ...options,
        action: { label: 'Undo', onAction: () => restore(undone) },
      };
    },
    [restore],
  );

  return { capture, deletedToast };
}
