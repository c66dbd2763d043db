import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { RuleKind } from '../../../../../contract/rules';
import { moveDown, moveToBottom, moveToTop, moveUp } from '../../../../components/sortable-list';
import { useToast } from '../../../../components/ui/use-toast';
import { describeError } from '../../../../lib/api-error';
import { describeReorderError } from '../../../../data/rules/describe-reorder-error';
import { useDuplicateRule } from '../../kinds/use-duplicate-rule';
import { rulesQueryOptions } from '../../../../data/rules/get-rules';
import { useReorderRules } from '../../../../data/rules/reorder-rules';
import { intentOfMove } from '../../../../data/rules/rule-order';
import { isUnreadableRule, type RuleListItem } from '../../../../data/rules/rule-list-item';
import { useReportPlacement } from '../placement/use-report-placement';
import type { MoveTarget, RuleRowActions } from './rule-row-context';

const rebasedNotice = 'The order was changed by someone else; your move was applied on top. ';
const moves = { up: moveUp, down: moveDown, top: moveToTop, bottom: moveToBottom } as const;

type Options = {
  envId: number;
  kind: RuleKind;
  /** The list as shown: a rule moved from its menu gets focus back on its menu button once it is in place. */
  rules: readonly RuleListItem[];
  toggleSelected: RuleRowActions['toggleSelected'];
  /** Opens the delete confirmation. */
  remove: RuleRowActions['remove'];
};

/**
 * The row actions of one list, and `saveOrder` for drops. Every move shows at once, saves with one request, and
 * answers with a toast: "Moved rule to position N." with Undo, or the error after the list went back.
 */
export function useRuleActions({ envId, kind, rules, toggleSelected, remove }: Options) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const { move, fixOrder: sendFixOrder, isSaving } = useReorderRules(envId, kind);
  const { mutate: duplicate } = useDuplicateRule(envId, kind);
  const reportPlacement = useReportPlacement(envId, kind);
  // React moves a row's element when the list reorders, and a moved element loses focus.
  const focusAfterMove = useRef<{ id: string; position: number } | null>(null);
  useLayoutEffect(() => {
    const target = focusAfterMove.current;
    if (target === null || rules[target.position]?.id !== target.id) return;
    focusAfterMove.current = null;
    document.querySelector<HTMLElement>(`[data-rule-id="${target.id}"] .rule-row__actions button`)?.focus();
  }, [rules]);

  const currentRules = useCallback(
    (): RuleListItem[] => client.getQueryData(rulesQueryOptions(envId, kind).queryKey)?.results ?? [],
    [client, envId, kind],
  );

  const saveOrder = useCallback(
    (nextIds: string[], movedId: string): boolean => {
      const showError = (error: unknown) => {
        focusAfterMove.current = null;
        toast.show({ tone: 'error', message: `Could not move the rule: ${describeReorderError(error)}` });
      };
      const seenIds = currentRules().map((rule) => rule.id);
      return move(intentOfMove(seenIds, nextIds, movedId), {
        onError: showError,
        onSuccess: ({ nextIds: savedIds, undo, rebased }) =>
          toast.show({
            tone: rebased ? 'info' : 'success',
            message: `${rebased ? rebasedNotice : ''}Moved rule to position ${savedIds.indexOf(movedId) + 1}.`,
            durationMs: rebased ? 12_000 : undefined,
            action: undo
              ? {
                  label: 'Undo',
                  onAction: () =>
                    move(undo, {
                      onError: showError,
                      onSuccess: () => toast.show({ tone: 'success', message: 'Put the rule back where it was.' }),
                    }),
                }
              : undefined,
          }),
      });
    },
    [move, toast, currentRules],
  );

  const fixOrder = useCallback(
    () =>
      void sendFixOrder({
        onSuccess: () =>
          toast.show({ tone: 'success', message: 'Every rule has its own place now: PostHog runs them as listed.' }),
        onError: (error) =>
          toast.show({ tone: 'error', message: `Could not fix the order: ${describeReorderError(error)}` }),
      }),
    [sendFixOrder, toast],
  );

  const actions = useMemo<RuleRowActions>(
    () => ({
      toggleSelected,
      remove,
      edit: (id) => void navigate(id),
      move: (id: string, target: MoveTarget) => {
        const ids = currentRules().map((rule) => rule.id);
        const nextIds = moves[target](ids, ids.indexOf(id));
        if (saveOrder(nextIds, id)) focusAfterMove.current = { id, position: nextIds.indexOf(id) };
      },
      duplicate: (rule) => {
        const total = currentRules().length;
        duplicate(rule, {
          onSuccess: (created) => reportPlacement(created, `Duplicated the rule as rule ${total + 1}.`),
          onError: (error) =>
            toast.show({ tone: 'error', message: `Could not duplicate the rule: ${describeError(error)}` }),
        });
      },
      copy: (rule, number) => {
        const json = JSON.stringify(isUnreadableRule(rule) ? rule.raw : rule, null, 2);
        Promise.resolve()
          .then(() => navigator.clipboard.writeText(json))
          .then(
            () => toast.show({ tone: 'success', message: `Copied rule ${number} as JSON.` }),
            (error: unknown) => toast.show({ tone: 'error', message: `Could not copy: ${describeError(error)}` }),
          );
      },
    }),
    [toggleSelected, remove, navigate, currentRules, saveOrder, duplicate, reportPlacement, toast],
  );

  return { actions, saveOrder, fixOrder, isSaving };
}
