import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { Rule, RuleKind } from '../../../../../contract/rules';
import { moveDown, moveToBottom, moveToTop, moveUp } from '../../../../components/sortable-list';
import { useToast } from '../../../../components/ui/use-toast';
import { describeError } from '../../../../lib/api-error';
import type { AssigneeLookup } from '../../../../data/organization/assignee-names';
import { describeReorderError } from '../../../../data/rules/describe-reorder-error';
import { historyPath } from '../../../history';
import { useDuplicateRule } from '../../kinds/use-duplicate-rule';
import { ruleName } from '../../kinds/rule-name';
import { rulesQueryOptions } from '../../../../data/rules/get-rules';
import { useReorderRules } from '../../../../data/rules/reorder-rules';
import { intentOfMove, type MoveIntent } from '../../../../data/rules/rule-order';
import { isUnreadableRule, type RuleListItem } from '../../../../data/rules/rule-list-item';
import { requestReveal } from '../placement/rule-reveal';
import { useReportPlacement } from '../placement/use-report-placement';
import type { MoveTarget, RuleRowActions } from './rule-row-context';

const rebasedNotice = 'The order was changed by someone else; your move was applied on top. ';
const moves = { up: moveUp, down: moveDown, top: moveToTop, bottom: moveToBottom } as const;

type Options = {
  envId: number;
  kind: RuleKind;
  /** The list as shown: a rule moved from its menu gets focus back on its menu button once it is in place. */
  rules: readonly RuleListItem[];
  lookup: AssigneeLookup;
  toggleSelected: RuleRowActions['toggleSelected'];
  toggleExpanded: RuleRowActions['toggleExpanded'];
  /** Opens the delete confirmation. */
  remove: RuleRowActions['remove'];
};

/** Right after `originalId` in `ids` (leaving `copyId` out): where a duplicate goes. */
function nextToOriginal(ids: readonly string[], originalId: string, copyId: string): MoveIntent {
  const others = ids.filter((id) => id !== copyId);
  return { id: copyId, after: originalId, before: others[others.indexOf(originalId) + 1] ?? null, anchor: 'after' };
}

/**
 * The row actions of one list, and `saveOrder` for drops. Every move shows at once, saves with one request, and
 * answers with a toast: "Moved “…” to position N." with Undo, or the error after the list went back.
 */
export function useRuleActions({ envId, kind, rules, lookup, toggleSelected, toggleExpanded, remove }: Options) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const { move, fixOrder: sendFixOrder, isSaving } = useReorderRules(envId, kind);
  const { mutate: duplicate } = useDuplicateRule(envId, kind);
  const reportPlacement = useReportPlacement(envId, kind);
  // The actions stay one object (memoized rows), so they read names through a ref.
  const lookupRef = useRef(lookup);
  useLayoutEffect(() => {
    lookupRef.current = lookup;
  });
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
  const nameOf = useCallback((rule: RuleListItem) => ruleName(kind, rule, lookupRef.current), [kind]);
  const nameOfId = useCallback(
    (id: string) => {
      const rule = currentRules().find((each) => each.id === id);
      return rule ? nameOf(rule) : 'the rule';
    },
    [currentRules, nameOf],
  );

  /** `note` follows the success message: what the move changes for recent exceptions. */
  const saveOrder = useCallback(
    (nextIds: string[], movedId: string, note?: string): boolean => {
      const name = nameOfId(movedId);
      const showError = (error: unknown) => {
        focusAfterMove.current = null;
        toast.show({ tone: 'error', message: `Could not move ${name}: ${describeReorderError(error)}` });
      };
      const seenIds = currentRules().map((rule) => rule.id);
      return move(intentOfMove(seenIds, nextIds, movedId), {
        onError: showError,
        onSuccess: ({ nextIds: savedIds, undo, rebased }) =>
          toast.show({
            tone: rebased ? 'info' : 'success',
            message:
              `${rebased ? rebasedNotice : ''}Moved ${name} to position ${savedIds.indexOf(movedId) + 1}.` +
              (note ? ` ${note}` : ''),
            durationMs: rebased ? 12_000 : undefined,
            action: undo
              ? {
                  label: 'Undo',
                  onAction: () =>
                    move(undo, {
                      onError: showError,
                      onSuccess: () => toast.show({ tone: 'success', message: `Put ${name} back where it was.` }),
                    }),
                }
              : undefined,
          }),
      });
    },
    [move, toast, currentRules, nameOfId],
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

  /** Moves a fresh copy next to its original, then shows it and says where it runs. */
  const placeCopy = useCallback(
    (original: Rule, copy: Rule) => {
      const done = `Duplicated ${nameOf(original)} as ${nameOf(copy)}`;
      const reveal = () => requestReveal({ envId, kind, id: copy.id });
      const positionOf = (ids: readonly string[]) => ids.indexOf(copy.id) + 1;
      const moved = move(
        nextToOriginal(
          currentRules().map((rule) => rule.id),
          original.id,
          copy.id,
        ),
        {
          onSuccess: ({ nextIds }) => {
            reveal();
            toast.show({ tone: 'success', message: `${done}, right after it at position ${positionOf(nextIds)}.` });
          },
          onError: (error) => {
            reveal();
            toast.show({
              tone: 'error',
              message:
                `${done}, but it could not be moved next to the original, so it runs last, at position ` +
                `${positionOf(currentRules().map((rule) => rule.id))}: ${describeReorderError(error)}`,
            });
          },
        },
      );
      if (moved) return;
      reveal();
      toast.show({
        tone: 'success',
        message: `${done}, right after it at position ${positionOf(currentRules().map((rule) => rule.id))}.`,
      });
    },
    [envId, kind, move, currentRules, nameOf, toast],
  );

  const actions = useMemo<RuleRowActions>(
    () => ({
      toggleSelected,
      toggleExpanded,
      remove,
      edit: (id) => void navigate(id),
      history: (id) => void navigate(historyPath(envId, { rule: id })),
      move: (id: string, target: MoveTarget) => {
        const ids = currentRules().map((rule) => rule.id);
        const nextIds = moves[target](ids, ids.indexOf(id));
        if (saveOrder(nextIds, id)) focusAfterMove.current = { id, position: nextIds.indexOf(id) };
      },
      moveAbove: (id: string, aboveId: string) => {
        const ids = currentRules()
          .map((rule) => rule.id)
          .filter((each) => each !== id);
        const at = ids.indexOf(aboveId);
        if (at === -1) return;
        const nextIds = [...ids.slice(0, at), id, ...ids.slice(at)];
        if (saveOrder(nextIds, id)) focusAfterMove.current = { id, position: at };
      },
      duplicate: (rule) => {
        duplicate(rule, {
          onSuccess: (created) => {
            if (created.placement.ok) return placeCopy(rule, created.rule);
            requestReveal({ envId, kind, id: created.rule.id });
            reportPlacement(created, `Duplicated ${nameOf(rule)} as ${nameOf(created.rule)}.`);
          },
          onError: (error) =>
            toast.show({ tone: 'error', message: `Could not duplicate ${nameOf(rule)}: ${describeError(error)}` }),
        });
      },
      copy: (rule) => {
        const json = JSON.stringify(isUnreadableRule(rule) ? rule.raw : rule, null, 2);
        Promise.resolve()
          .then(() => navigator.clipboard.writeText(json))
          .then(
            () => toast.show({ tone: 'success', message: `Copied ${nameOf(rule)} as JSON.` }),
            (error: unknown) => toast.show({ tone: 'error', message: `Could not copy: ${describeError(error)}` }),
          );
      },
    }),
    [
      toggleSelected,
      toggleExpanded,
      remove,
      navigate,
      currentRules,
      saveOrder,
      duplicate,
      placeCopy,
      reportPlacement,
      nameOf,
      toast,
      envId,
      kind,
    ],
  );

  return { actions, saveOrder, fixOrder, isSaving };
}
