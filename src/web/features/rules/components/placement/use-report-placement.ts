import { useMemo } from 'react';
import type { RuleKind, RuleOf } from '../../../../../contract/rules';
import { useToast } from '../../../../components/ui/use-toast';
import type { CreatedRule } from '../../../../data/rules/create-rule';
import { describeReorderError } from '../../../../data/rules/describe-reorder-error';
import { useRetryPlacement, type Placement } from '../../../../data/rules/place-new-rule';

/**
 * Tells the person what became of a new rule: `done` ("Created grouping rule 5.") when it runs where the list shows
 * it, or that it exists but runs elsewhere (and why), with Retry, when moving it to the end failed.
 */
export function useReportPlacement<K extends RuleKind>(envId: number, kind: K) {
  const toast = useToast();
  // A promise, not mutate's callbacks: the editor that created the rule has closed by the time Retry is pressed.
  const { mutateAsync: retry } = useRetryPlacement(envId, kind);

  return useMemo(() => {
    function report(rule: RuleOf<K>, placement: Placement, done: string): void {
      if (placement.ok) {
        toast.show({ tone: 'success', message: done });
        return;
      }
      toast.show({
        tone: 'error',
        message:
          `${done} It could not be moved to the end of the list, so it runs at position ${placement.position}: ` +
          describeReorderError(placement.error),
        durationMs: 20_000,
        action: {
          label: 'Retry',
          onAction: () =>
            void retry(rule).then(
              (next) => report(rule, next, 'Moved the new rule to the end of the list.'),
              (error: unknown) => report(rule, { ok: false, error, position: placement.position }, done),
            ),
        },
      });
    }
    return (created: CreatedRule<K>, done: string) => report(created.rule, created.placement, done);
  }, [toast, retry]);
}
