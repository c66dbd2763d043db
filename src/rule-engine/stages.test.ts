import { describe, expect, it } from 'vitest';
import { evaluate } from './index';
import { and, assignment, grouping, leaf, rules, suppression } from './rule-builders.test-support';
import type { IssueContext, Json } from './types';

const typeError = { $exception_types: ['TypeError'] };
const matching = and(leaf('$exception_types', 'exact', 'TypeError'));
const missing = and(leaf('$exception_types', 'exact', 'RangeError'));
const failing = and(leaf('$exception_types', 'gt', 1));
const event = (properties: Record<string, Json> = typeError) => ({
  uuid: '00000000-0000-0000-0000-000000000001',
  properties,
});
const newIssue = (): IssueContext => ({ isNew: true, reopened: false });

describe('stage order', () => {
  it('sorts by order_key, keeps list order on ties and names the tied rules', () => {
    const trace = evaluate(
      event(),
      rules({
        grouping: [
          grouping('c', missing, { order_key: 5 }),
          grouping('a', missing, { order_key: 1 }),
          grouping('b1', matching, { order_key: 3 }),
          grouping('b2', matching, { order_key: 3 }),
        ],
      }),
    );
    expect(trace.grouping.rules.map((rule) => [rule.ruleId, rule.outcome, rule.tiedWith])).toEqual([
      ['a', 'not-matched', []],
      ['b1', 'matched', ['b2']],
      ['b2', 'not-reached', ['b1']],
      ['c', 'not-reached', []],
    ]);
    expect(trace.grouping.winner).toBe('b1');
  });

  it('skips disabled rules, reports them with their stored message, and leaves them out of ties', () => {
    const trace = evaluate(
      event(),
      rules({
        suppression: [
          suppression('off', matching, { disabled_data: { message: 'invalid regex: x', props: {} } }),
          suppression('on', missing),
        ],
      }),
    );
    expect(trace.suppression.rules).toMatchObject([
      { ruleId: 'off', outcome: 'disabled', error: 'invalid regex: x', tiedWith: [], leaves: [] },
      { ruleId: 'on', outcome: 'not-matched', tiedWith: [] },
    ]);
    expect(trace.suppression.suppressed).toBe(false);
    expect(trace.errors).toEqual([]);
  });

  it('a rule that errors would be disabled, is listed in errors, and the next rule runs', () => {
    const trace = evaluate(
      event(),
      rules({ grouping: [grouping('bad', failing), grouping('good', matching, { order_key: 1 })] }),
    );
    expect(trace.grouping.rules.map((rule) => rule.outcome)).toEqual(['would-be-disabled', 'matched']);
    expect(trace.errors).toEqual([
      { kind: 'grouping', ruleId: 'bad', message: 'cannot compare String > Number: both sides must be numbers' },
    ]);
    expect(trace.grouping.fingerprint.fingerprint).toBe('custom-rule:good');
  });

  it("records each leaf's value, operator, what it saw and its result", () => {
    const trace = evaluate(
      event({ $exception_types: ['TypeError'], $lib: 'web' }),
      rules({ grouping: [grouping('g', and(leaf('$lib', 'icontains', 'WE'), leaf('$os', 'exact', 'iOS')))] }),
    );
    expect(trace.grouping.rules[0]!.leaves).toEqual([
      { path: [0], key: '$lib', operator: 'icontains', value: 'WE', seen: 'web', result: true },
      {
        path: [1],
        key: '$os',
        operator: 'exact',
        value: 'iOS',
        seen: undefined,
        result: false,
        note: 'missing: read as null',
      },
    ]);
  });

  it("notes that a grouping rule's assignee is not applied", () => {
    const trace = evaluate(
      event(),
      rules({ grouping: [grouping('g', matching, { assignee: { type: 'user', id: 3 } })] }),
    );
    expect(trace.grouping.rules[0]!.note).toMatch(/never applies/);
  });
});

describe('suppression', () => {
  it('a rule that samples the event out lets the next rule suppress it', () => {
    const trace = evaluate(
      { uuid: '00000000-0000-0000-0000-000000001388', properties: typeError },
      rules({
        suppression: [
          suppression('half', matching, { sampling_rate: 0.5 }),
          suppression('all', matching, { order_key: 1 }),
        ],
      }),
    );
    expect(trace.suppression.rules.map((rule) => [rule.ruleId, rule.outcome, rule.draw])).toEqual([
      ['half', 'sampled-out', { bucket: 5000, threshold: 5000 }],
      ['all', 'matched', { bucket: 5000, threshold: 10000 }],
    ]);
    expect(trace.suppression.winner).toBe('all');
  });

  it('rates of 0 never suppress, missing rates mean 1', () => {
    const zero = evaluate(event(), rules({ suppression: [suppression('zero', matching, { sampling_rate: 0 })] }));
    expect(zero.suppression.suppressed).toBe(false);
    const { sampling_rate: _rate, ...defaultRate } = suppression('default', matching);
    expect(evaluate(event(), rules({ suppression: [defaultRate] })).suppression.suppressed).toBe(true);
  });

  it('sees the fingerprint grouping gave the event', () => {
    const byFingerprint = and(leaf('$exception_fingerprint', 'exact', 'custom-rule:g'));
    const trace = evaluate(
      event(),
      rules({ grouping: [grouping('g', matching)], suppression: [suppression('s', byFingerprint)] }),
    );
    expect(trace.suppression.suppressed).toBe(true);
    expect(trace.properties).toMatchObject({
      $exception_fingerprint: 'custom-rule:g',
      $exception_proposed_fingerprint: 'custom-rule:g',
      $exception_fingerprint_record: [{ type: 'custom', rule_id: 'g' }],
    });
  });

  it('a suppressed event reaches neither the issue nor assignment', () => {
    let resolved = 0;
    const trace = evaluate(
      event(),
      rules({ suppression: [suppression('s', matching)], assignment: [assignment('a', matching)] }),
      {
        resolveIssue: () => {
          resolved++;
          return newIssue();
        },
      },
    );
    expect(trace.assignment).toBeNull();
    expect(resolved).toBe(0);
  });
});

describe('assignment', () => {
  const assignmentRules = [
    assignment('nobody', matching, { assignee: null }),
    assignment('first', matching, { order_key: 1, assignee: { type: 'role', id: 'r1' } }),
    assignment('later', matching, { order_key: 2 }),
  ];

  it('on a new issue: a match without assignee is no match, the next one assigns', () => {
    let seen: [string, Record<string, Json>] | null = null;
    const trace = evaluate(event(), rules({ assignment: assignmentRules }), {
      resolveIssue: (fingerprint, properties) => {
        seen = [fingerprint, properties];
        return newIssue();
      },
    });
    expect(trace.assignment).toMatchObject({
      ran: true,
      assignee: { type: 'role', id: 'r1' },
      keptExisting: false,
      winner: 'first',
    });
    expect(trace.assignment!.rules.map((rule) => rule.outcome)).toEqual([
      'matched-without-assignee',
      'matched',
      'not-reached',
    ]);
    expect(seen![0]).toBe(trace.grouping.fingerprint.fingerprint);
    expect(seen![1]).toBe(trace.properties);
  });

  it('on a reopened issue with an assignee: the rules run, the existing assignment is kept', () => {
    const trace = evaluate(event(), rules({ assignment: assignmentRules }), {
      resolveIssue: () => ({ isNew: false, reopened: true, existingAssignee: { type: 'user', id: 9 } }),
    });
    expect(trace.assignment).toMatchObject({
      ran: true,
      winner: 'first',
      assignee: { type: 'user', id: 9 },
      keptExisting: true,
    });
  });

  it('on a reopened issue without one: the winner assigns', () => {
    const trace = evaluate(event(), rules({ assignment: assignmentRules }), {
      resolveIssue: () => ({ isNew: false, reopened: true, existingAssignee: null }),
    });
    expect(trace.assignment).toMatchObject({ ran: true, assignee: { type: 'role', id: 'r1' }, keptExisting: false });
  });

  it('on an existing issue: no rule runs', () => {
    const trace = evaluate(event(), rules({ assignment: [...assignmentRules, assignment('broken', failing)] }), {
      resolveIssue: () => ({
        isNew: false,
        reopened: false,
        issue: { status: 'active', name: null, description: null },
      }),
    });
    expect(trace.assignment).toMatchObject({
      ran: false,
      assignee: null,
      winner: null,
      reason: expect.stringContaining('existing active issue'),
    });
    expect(trace.assignment!.rules.every((rule) => rule.outcome === 'not-reached')).toBe(true);
    expect(trace.errors).toEqual([]);
  });

  it("sees the issue's id as $exception_issue_id", () => {
    const byIssue = and(leaf('$exception_issue_id', 'exact', 'issue-1'));
    const trace = evaluate(event(), rules({ assignment: [assignment('a', byIssue)] }), {
      resolveIssue: () => ({
        isNew: true,
        reopened: false,
        issue: { id: 'issue-1', status: 'active', name: 'n', description: null },
      }),
    });
    expect(trace.assignment!.winner).toBe('a');
  });

  it('is absent without a way to resolve the issue', () => {
    expect(evaluate(event(), rules({ assignment: assignmentRules })).assignment).toBeNull();
  });
});
