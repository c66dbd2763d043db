import { useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { useRulePreview } from '../../../../data/rule-preview/use-rule-preview';
import { useDebouncedValue } from '../../../../lib/use-debounced-value';
import { usePreviewWindow } from '../../../../lib/use-preview-window';
import type { RuleFormOutput, RuleFormValues } from '../../kinds/rule-form-values';
import { useRuleEditor } from '../rule-editor/use-rule-editor-route';
import { candidateOf } from './candidate-of';

/** How long typing must pause before the rule is tried again. */
export const previewDebounceMs = 250;

const watched = ['filters', 'assignee', 'description', 'samplingPercent'] as const;

/**
 * The editor's rule tried on recent exceptions as it is edited: checked at every change (an invalid state shows at
 * once, never a stale count), tried once typing pauses, each try cancelling the one before.
 */
export function useFormPreview(control: Control<RuleFormValues, unknown, RuleFormOutput>) {
  const { envId, kind, ruleId, mode } = useRuleEditor();
  const [days, setDays] = usePreviewWindow();
  const [filters, assignee, description, samplingPercent] = useWatch({ control, name: watched });
  const typed = JSON.stringify({ filters, assignee, description, samplingPercent });
  const settled = useDebouncedValue(typed, previewDebounceMs);
  // By content: the same rule, the same object, the same preview.
  const candidate = useMemo(() => {
    const values: RuleFormValues = JSON.parse(typed);
    return candidateOf(kind, mode, ruleId, values);
  }, [kind, mode, ruleId, typed]);
  const pending = settled !== typed;
  const { state, last } = useRulePreview({
    envId,
    kind,
    candidate: candidate.status === 'ready' && !pending ? candidate.rule : null,
    replaces: ruleId,
    days,
  });
  return { envId, kind, ruleId, days, setDays, candidate, pending, state, last };
}

export type FormPreview = ReturnType<typeof useFormPreview>;
