import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRule } from './compile-rule';
import {
  event,
  filters,
  issue,
  json,
  lifelikeEvent,
  lifelikeIssue,
  lifelikeRules,
  properties,
  rulesArbitrary,
} from './engine-arbitraries.test-support';
import { compileRules, evaluate, evaluateStages } from './index';
import { rulePredicate } from './rule-predicate';
import type { EngineEvent, EngineRules, EvaluationTrace, IssueContext, Json } from './types';

/** The decisions of a full trace, in the fast path's shape. */
function decisions(trace: EvaluationTrace) {
  const { grouping, suppression, assignment, errors } = trace;
  return {
    grouping: { fingerprint: grouping.fingerprint, source: grouping.source, winner: grouping.winner },
    suppression: { winner: suppression.winner, suppressed: suppression.suppressed },
    assignment: assignment && {
      winner: assignment.winner,
      ran: assignment.ran,
      assignee: assignment.assignee,
      keptExisting: assignment.keptExisting,
      reason: assignment.reason,
    },
    errors,
  };
}

function agree(anEvent: EngineEvent, someRules: EngineRules, anIssue: IssueContext | null) {
  const options = anIssue === null ? {} : { resolveIssue: () => anIssue };
  const fast = evaluateStages(anEvent, compileRules(someRules), options);
  expect(fast).toEqual(decisions(evaluate(anEvent, someRules, options)));
  return fast;
}

const kinds = fc.constantFrom('grouping', 'suppression', 'assignment');
const anyIssue = fc.option(fc.oneof(issue, lifelikeIssue), { nil: null });

describe('the fast path decides as evaluate does', () => {
  it('one rule: the same verdict or the same error as the traced predicate, for any filters and properties', () => {
    fc.assert(
      fc.property(kinds, fc.oneof(filters, json), properties, (kind, someFilters, someProperties) => {
        const traced = rulePredicate(kind, someFilters, someProperties);
        const expected = 'error' in traced ? { error: traced.error } : traced.matched;
        expect(compileRule(kind, someFilters)(someProperties)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('whole events against odd rules: winners, fingerprint, assignment and errors', () => {
    fc.assert(
      fc.property(event, rulesArbitrary, anyIssue, (anEvent, someRules, anIssue) => {
        agree(anEvent, someRules, anIssue);
      }),
      { numRuns: 500 },
    );
  });

  it('lifelike events and rules, where stages have winners, draws and ties', () => {
    let withWinners = 0;
    fc.assert(
      fc.property(lifelikeEvent, lifelikeRules, anyIssue, (anEvent, someRules, anIssue) => {
        const fast = agree(anEvent, someRules, anIssue);
        if (fast.grouping.winner && fast.suppression.winner !== null) withWinners++;
      }),
      { numRuns: 1500 },
    );
    // The generator must reach the interesting cases, or the agreement above proves little.
    expect(withWinners).toBeGreaterThan(50);
  });

  it('compiled once, the rules decide every event as they would each alone, leaf verdicts kept or not', () => {
    fc.assert(
      fc.property(
        fc.array(lifelikeEvent, { minLength: 2, maxLength: 12 }),
        lifelikeRules,
        fc.boolean(),
        (events, someRules, memoizeLeaves) => {
          // Equal values as one object each, as a batch that keeps verdicts must give them.
          const interned = new Map<string, Json>();
          const shared = events.map((anEvent) => ({
            ...anEvent,
            properties: Object.fromEntries(
              Object.entries(anEvent.properties).map(([key, value]) => {
                const text = JSON.stringify(value);
                if (!interned.has(text)) interned.set(text, value);
                return [key, interned.get(text)!];
              }),
            ),
          }));
          const compiled = compileRules(someRules, { memoizeLeaves });
          const options = { resolveIssue: () => ({ isNew: true, reopened: false }) };
          for (const anEvent of shared) {
            const expected = decisions(evaluate(anEvent, someRules, options));
            expect(evaluateStages(anEvent, compiled, options)).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a rule object edited in place after compiling is not seen: compiled rules are a snapshot', () => {
    const filtersObject: { type: string; values: Json[] } = {
      type: 'AND',
      values: [{ key: '$lib', type: 'event', operator: 'exact', value: 'web' }],
    };
    const match = compileRule('grouping', filtersObject);
    filtersObject.values = [{ key: '$lib', type: 'event', operator: 'exact', value: 'ios' }];
    expect(match({ $lib: 'web' })).toBe(true);
  });
});
