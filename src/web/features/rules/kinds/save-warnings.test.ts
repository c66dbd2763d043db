import { describe, expect, it } from 'vitest';
import type { StoredFilterGroup } from '../../../../contract/stored-filters';
import { ruleKinds } from './rule-kinds';
import type { SaveWarningContext } from './save-warning';

const context: SaveWarningContext = {
  environmentName: 'Web app',
  rulesBelow: 3,
  assigneeName: (assignee) => (assignee ? 'Priya Raman' : 'nobody'),
};
const none: StoredFilterGroup = { type: 'AND', values: [] };
const isSet: StoredFilterGroup = {
  type: 'AND',
  values: [{ key: '$exception_types', type: 'event', operator: 'is_set' }],
};
const narrow: StoredFilterGroup = {
  type: 'AND',
  values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError'] }],
};
const suppression = ruleKinds.suppression.saveWarning!;
const assignment = ruleKinds.assignment.saveWarning!;

describe('save warnings', () => {
  it('suppression: asks before dropping every exception, or all of an “is set” match', () => {
    expect(suppression({ filters: none, samplingPercent: 100 }, context)).toMatchObject({
      title: 'Drop every exception?',
      message: expect.stringMatching(/^This drops every exception in Web app: the rule has no filters/),
    });
    expect(suppression({ filters: none, samplingPercent: 10 }, context)?.message).toMatch(
      /^This drops 10% of every exception, picked at random, in Web app/,
    );
    expect(suppression({ filters: isSet, samplingPercent: 100 }, context)).toMatchObject({
      title: 'Drop almost every exception?',
      message: expect.stringContaining('“Exception type is set”'),
    });
  });

  it('suppression: lets narrow rules, partial “is set” drops and 0% through', () => {
    expect(suppression({ filters: narrow, samplingPercent: 100 }, context)).toBeNull();
    expect(suppression({ filters: isSet, samplingPercent: 50 }, context)).toBeNull();
    expect(suppression({ filters: none, samplingPercent: 0 }, context)).toBeNull();
  });

  it('assignment: asks before a rule without filters takes every issue from the rules below it', () => {
    expect(assignment({ filters: none, assignee: { type: 'user', id: 9 } }, context)).toEqual({
      title: 'Send every new issue to Priya Raman?',
      message:
        'This rule has no filters, so it matches every exception: every new issue in Web app will go to Priya ' +
        'Raman, and the 3 rules below it never run.',
      confirmLabel: 'Save anyway',
    });
    expect(assignment({ filters: none, assignee: null }, { ...context, rulesBelow: 0 })).toBeNull();
    expect(assignment({ filters: narrow, assignee: null }, context)).toBeNull();
  });
});
