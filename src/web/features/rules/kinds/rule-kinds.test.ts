import { describe, expect, it } from 'vitest';
import { assignmentRules, groupingRules, suppressionRules } from '../../../test/fixtures';
import { assigneeRequired } from './assignment-rule-kind';
import { groupingNeedsFilter } from './grouping-rule-kind';
import { percentOfRate, rateOfPercent } from './rule-form-values';
import { ruleFormValues, ruleKinds } from './rule-kinds';

const filter = { key: '$os', type: 'event', operator: 'exact' as const, value: ['iOS'] };
const values = {
  filters: { type: 'AND' as const, values: [filter] },
  assignee: null,
  description: '',
  samplingPercent: 100,
};
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('rule kinds', () => {
  it('converts between the API’s share and the form’s percentage without float noise', () => {
    expect(percentOfRate(0.25)).toBe(25);
    expect(percentOfRate(0.07)).toBe(7);
    expect(percentOfRate(0.12345)).toBe(12.345);
    expect(rateOfPercent(25)).toBe(0.25);
    expect(rateOfPercent(33.3)).toBe(0.333);
    expect(rateOfPercent(100)).toBe(1);
  });

  it('starts from the rule, or from the API’s defaults for a new one', () => {
    expect(ruleFormValues('suppression', suppressionRules[0]!).samplingPercent).toBe(25);
    expect(ruleFormValues('grouping', groupingRules[0]!).description).toBe('Chrome noise');
    expect(ruleFormValues('assignment', assignmentRules[0]!).assignee).toEqual({ type: 'user', id: 7 });
    expect(ruleFormValues('suppression', null)).toEqual({
      filters: { type: 'AND', values: [] },
      assignee: null,
      description: '',
      samplingPercent: 100,
    });
  });

  it('requires an assignee for assignment rules and a filter for grouping rules', () => {
    expect(messages(ruleKinds.assignment.formSchema.create.safeParse(values))).toEqual([assigneeRequired]);
    const empty = { ...values, filters: { type: 'AND' as const, values: [] } };
    expect(messages(ruleKinds.grouping.formSchema.edit.safeParse(empty))).toEqual([groupingNeedsFilter]);
    expect(ruleKinds.suppression.formSchema.create.safeParse(empty).success).toBe(true);
  });

  it('takes a sampling percentage from 0 to 100 only', () => {
    const schema = ruleKinds.suppression.formSchema.edit;
    for (const samplingPercent of [-1, 100.5, Number.NaN]) {
      expect(messages(schema.safeParse({ ...values, samplingPercent }))).toEqual(['Enter a percentage from 0 to 100.']);
    }
    expect(schema.safeParse({ ...values, samplingPercent: 0 }).success).toBe(true);
  });

  it('builds each kind’s body: grouping edits send filters alone, an empty description is null', () => {
    const output = ruleKinds.grouping.formSchema.create.parse({ ...values, description: '  ' });
    expect(ruleKinds.grouping.createInput(output)).toEqual({
      filters: values.filters,
      assignee: null,
      description: null,
    });
    expect(ruleKinds.grouping.editContent(output)).toEqual({ filters: values.filters });
    expect(ruleKinds.suppression.editContent({ filters: values.filters, samplingPercent: 12.5 })).toEqual({
      filters: values.filters,
      sampling_rate: 0.125,
    });
  });
});
