import { describe, expect, it } from 'vitest';
import type { AssignmentRule, SuppressionRule } from '../../../../../contract/rules';
import { oddLeaves } from '../../../../components/filter-builder/odd-leaves';
import { assignmentRules, groupingRules, suppressionRules } from '../../../../test/fixtures';
import { changedFields, differingFields, yourVersion } from './changed-fields';
import { ruleFormValues, ruleKinds } from '../../kinds/rule-kinds';
import type { RuleFormValues } from '../../kinds/rule-form-values';

const assignment: AssignmentRule = {
  ...assignmentRules[0]!,
  // Stored as text where PostHog compares numbers: the form's checks would send 3.
  filters: { type: 'AND', values: [{ key: 'retries', type: 'event', operator: 'gt', value: '3' }, ...oddLeaves] },
};
const suppression: SuppressionRule = suppressionRules[0]!;

/** The form's checked values, as handleSubmit hands them over. */
const checked = (kind: 'assignment' | 'grouping' | 'suppression', values: RuleFormValues) =>
  ruleKinds[kind].formSchema.edit.parse(values);

describe('changedFields', () => {
  it('finds nothing in the form as loaded, though its checks would rewrite a stored value', () => {
    const loaded = ruleFormValues('assignment', assignment);
    expect(changedFields('assignment', loaded, structuredClone(loaded))).toEqual([]);
    expect(checked('assignment', loaded).filters).not.toEqual(assignment.filters);
  });

  it('names each edited field, by its API name, and only the ones the kind edits', () => {
    const loaded = ruleFormValues('assignment', assignment);
    const assignee = { type: 'role' as const, id: '0190f4c4-0000-7000-8000-000000000001' };
    expect(changedFields('assignment', loaded, { ...loaded, assignee })).toEqual(['assignee']);
    expect(changedFields('assignment', loaded, { ...loaded, filters: { ...loaded.filters, type: 'OR' } })).toEqual([
      'filters',
    ]);
    const grouping = ruleFormValues('grouping', groupingRules[0]!);
    expect(changedFields('grouping', grouping, { ...grouping, assignee, description: 'Other' })).toEqual([]);
    const rate = ruleFormValues('suppression', suppression);
    expect(changedFields('suppression', rate, { ...rate, samplingPercent: 50 })).toEqual(['sampling_rate']);
  });

  it('counts a change typed and undone as no change', () => {
    const loaded = ruleFormValues('assignment', assignment);
    const [first, ...rest] = loaded.filters.values;
    const retyped = { filters: { type: 'AND' as const, values: [{ ...first }, ...rest] } };
    expect(changedFields('assignment', loaded, { ...loaded, ...retyped })).toEqual([]);
  });
});

describe('yourVersion', () => {
  it('keeps untouched fields exactly as the server sent them', () => {
    const loaded = ruleFormValues('assignment', assignment);
    const assignee = { type: 'user' as const, id: 9 };
    const current = { ...loaded, assignee };
    const yours = yourVersion('assignment', assignment, current, checked('assignment', current));
    expect(yours).toEqual({ filters: assignment.filters, assignee });
    expect(JSON.stringify(yours.filters)).toBe(JSON.stringify(assignment.filters));
  });

  it('takes an edited field from the checked values: numbers, and the share of a percentage', () => {
    const loaded = ruleFormValues('suppression', suppression);
    const current = { ...loaded, samplingPercent: 33.3 };
    expect(yourVersion('suppression', suppression, current, checked('suppression', current))).toEqual({
      filters: suppression.filters,
      sampling_rate: 0.333,
    });
  });

  it('reads a suppression rule without a sampling rate (older PostHog) as dropping every match', () => {
    const old: SuppressionRule = { ...suppression, sampling_rate: undefined };
    const loaded = ruleFormValues('suppression', old);
    expect(yourVersion('suppression', old, loaded, checked('suppression', loaded)).sampling_rate).toBe(1);
  });
});

describe('differingFields', () => {
  it('compares filters structurally: key order is no difference', () => {
    const reordered = {
      type: 'AND' as const,
      values: [
        { value: ['TypeError', 'RangeError'], operator: 'exact' as const, type: 'event', key: '$exception_types' },
      ],
    };
    const rule = assignmentRules[0]!;
    expect(differingFields('assignment', rule, { ...rule, filters: reordered })).toEqual([]);
    expect(differingFields('assignment', rule, { ...rule, assignee: null })).toEqual(['assignee']);
  });
});
