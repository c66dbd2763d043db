import { describe, expect, it } from 'vitest';
import { evaluate } from './index';
import {
  and,
  assignment,
  grouping,
  leaf,
  leafVerdict,
  or,
  rules,
  suppression,
  verdict,
} from './rule-builders.test-support';

const uuid = '00000000-0000-0000-0000-000000000001';
const newIssue = { resolveIssue: () => ({ isNew: true, reopened: false }) };

// Spec 10.7, item by item.
describe('the edge-case checklist of spec 10.7', () => {
  it('1: an empty root group is match-all for suppression and assignment, an error for grouping', () => {
    const trace = evaluate(
      { uuid, properties: {} },
      rules({
        grouping: [grouping('g', and())],
        suppression: [suppression('s', or(), { sampling_rate: 0 })],
        assignment: [assignment('a', and())],
      }),
      newIssue,
    );
    expect(trace.grouping.rules[0]).toMatchObject({
      outcome: 'would-be-disabled',
      error: 'Grouping rule returned 1, expected a boolean value',
    });
    expect(trace.suppression.rules[0]).toMatchObject({
      outcome: 'sampled-out',
      note: 'no filters: saved as match-all',
    });
    expect(trace.assignment).toMatchObject({ winner: 'a' });
  });

  it('2: value [] as the sole expression is an error', () => {
    const trace = evaluate(
      { uuid, properties: {} },
      rules({ suppression: [suppression('s', and(leaf('$lib', 'exact', [])))] }),
    );
    expect(trace.errors).toEqual([
      { kind: 'suppression', ruleId: 's', message: 'Suppression rule returned 1, expected a boolean value' },
    ]);
  });

  it('3: a missing scalar property', () => {
    expect(leafVerdict('p', 'exact', 'x', {})).toBe(false);
    expect(leafVerdict('p', 'is_not', 'x', {})).toBe(true);
    expect(leafVerdict('p', 'not_in', ['x', 'y'], {})).toBe(true);
    expect(leafVerdict('p', 'icontains', 'null', {})).toBe(true);
    expect(leafVerdict('p', 'regex', '.*', {})).toBe(true);
    expect(leafVerdict('p', 'is_set', undefined, {})).toBe(false);
    expect(leafVerdict('p', 'gt', 1, {})).toBe('error: cannot compare Null > Number: both sides must be numbers');
  });

  it('4: a missing exception array is an error', () => {
    expect(leafVerdict('$exception_functions', 'is_not', 'x', {})).toBe(
      'error: values() only supports arrays and objects',
    );
    expect(leafVerdict('$exception_functions', 'is_not_set', undefined, { $exception_functions: null })).toMatch(
      /^error/,
    );
  });

  it('5: a regex compile error anywhere errors the whole rule', () => {
    const filters = or(leaf('$lib', 'exact', 'web'), and(leaf('$lib', 'is_set'), leaf('$os', 'regex', '(?<=x)')));
    expect(verdict(filters, { $lib: 'web', $os: 'iOS' })).toMatch(/^error: invalid regex/);
  });

  it('6: disabled rules are skipped', () => {
    const trace = evaluate(
      { uuid, properties: {} },
      rules({ suppression: [suppression('s', or(), { disabled_data: { message: 'm' } })] }),
    );
    expect(trace.suppression).toMatchObject({ suppressed: false, rules: [{ outcome: 'disabled' }] });
  });

  it('7: equal order_keys are reported as ties', () => {
    const trace = evaluate(
      { uuid, properties: {} },
      rules({ suppression: [suppression('a', or()), suppression('b', or())] }),
    );
    expect(trace.suppression.rules.map((rule) => rule.tiedWith)).toEqual([['b'], ['a']]);
  });

  it('8: a person-property leaf is an error', () => {
    const person = { type: 'AND', values: [{ key: 'email', type: 'person', operator: 'is_set' }] };
    const trace = evaluate(
      { uuid, properties: { email: 'a@b.c' } },
      rules({ assignment: [assignment('a', person)] }),
      newIssue,
    );
    expect(trace.assignment!.rules[0]!.outcome).toBe('would-be-disabled');
  });

  it('9: numeric comparisons need JSON numbers on both sides', () => {
    expect(leafVerdict('n', 'lt', 10, { n: 5 })).toBe(true);
    expect(leafVerdict('n', 'lt', '10', { n: 5 })).toMatch(/^error/);
    expect(leafVerdict('n', 'lt', 10, { n: '5' })).toMatch(/^error/);
    expect(leafVerdict('n', 'lt', 10, { n: true })).toMatch(/^error/);
  });

  it('10: an event id that is not a UUID is suppressed only by full-rate rules', () => {
    const at = (rate: number) =>
      evaluate(
        { uuid: 'not-a-uuid', properties: {} },
        rules({ suppression: [suppression('s', or(), { sampling_rate: rate })] }),
      ).suppression;
    expect(at(0.99)).toMatchObject({ suppressed: false, rules: [{ draw: { bucket: null, threshold: 9900 } }] });
    expect(at(1).suppressed).toBe(true);
  });
});
