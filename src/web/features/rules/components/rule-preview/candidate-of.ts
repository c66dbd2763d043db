import type { RuleKind } from '../../../../../contract/rules';
import { filterGroupFormSchema } from '../../../../components/filter-builder';
import { newRuleId, type CandidateRule } from '../../../../lib/rule-outcomes/rule-lists';
import { rateOfPercent, type EditorMode, type RuleFormValues } from '../../kinds/rule-form-values';
import { ruleKinds } from '../../kinds/rule-kinds';

export type Candidate =
  | { status: 'ready'; rule: CandidateRule; withoutAssignee: boolean }
  | { status: 'invalid'; field: 'filters' | 'samplingPercent' };

/**
 * The rule the form holds, as the engine takes it, checked as a save would check it: filters or a sampling rate that
 * would not save give nothing to preview. A missing assignee (or description) still leaves the filters to try.
 */
export function candidateOf(
  kind: RuleKind,
  mode: EditorMode,
  ruleId: string | null,
  values: RuleFormValues,
): Candidate {
  const rule = (filters: CandidateRule['filters'], assignee: CandidateRule['assignee']): CandidateRule => ({
    id: ruleId ?? newRuleId,
    order_key: 0,
    filters,
    disabled_data: null,
    sampling_rate: rateOfPercent(values.samplingPercent),
    assignee,
  });
  const parsed = ruleKinds[kind].formSchema[mode].safeParse(values);
  if (parsed.success) {
    const assignee = parsed.data.assignee ?? null;
    return { status: 'ready', rule: rule(parsed.data.filters, assignee), withoutAssignee: assignee === null };
  }
  const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
  if (fields.has('filters')) return { status: 'invalid', field: 'filters' };
  if (fields.has('samplingPercent')) return { status: 'invalid', field: 'samplingPercent' };
  const filters = filterGroupFormSchema.safeParse(values.filters);
  if (!filters.success) return { status: 'invalid', field: 'filters' };
  return { status: 'ready', rule: rule(filters.data, null), withoutAssignee: true };
}
