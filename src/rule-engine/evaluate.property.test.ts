import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { event, issue, json, rulesArbitrary } from './engine-arbitraries.test-support';
import { evaluate } from './index';
import { orderRules } from './stage-order';
import type { EngineRules } from './types';

describe('properties that hold for any input', () => {
  it('never throws, whatever the event and the rules', () => {
    fc.assert(
      fc.property(event, rulesArbitrary, issue, (anEvent, someRules, anIssue) => {
        const trace = evaluate(anEvent, someRules, { resolveIssue: () => anIssue });
        expect(typeof trace.grouping.fingerprint.fingerprint).toBe('string');
        for (const error of trace.errors) expect(error.message.startsWith('internal error')).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws for arbitrary JSON as properties or filters', () => {
    fc.assert(
      fc.property(json, json, (someProperties, someFilters) => {
        const rule = { id: 'r', order_key: 0, filters: someFilters, disabled_data: null };
        const asProperties =
          someProperties !== null && typeof someProperties === 'object' && !Array.isArray(someProperties)
            ? someProperties
            : { x: someProperties };
        evaluate(
          { uuid: 'u', properties: asProperties },
          { grouping: [rule], suppression: [rule], assignment: [{ ...rule, assignee: null }] },
          {
            resolveIssue: () => ({ isNew: true, reopened: false }),
          },
        );
      }),
      { numRuns: 300 },
    );
  });

  it("a stage's winner does not depend on the rules after it", () => {
    const kinds = ['grouping', 'suppression', 'assignment'] as const;
    fc.assert(
      fc.property(event, rulesArbitrary, rulesArbitrary, fc.constantFrom(...kinds), (anEvent, first, more, kind) => {
        const options = { resolveIssue: () => ({ isNew: true, reopened: false }) };
        const last = Math.max(0, ...first[kind].map((rule) => rule.order_key));
        const later = more[kind].map((rule, index) => ({ ...rule, id: `later-${index}`, order_key: last + 1 }));
        const extended: EngineRules = { ...first, [kind]: [...first[kind], ...later] };
        const before = evaluate(anEvent, first, options);
        const after = evaluate(anEvent, extended, options);
        const winner = (trace: typeof before) =>
          kind === 'assignment' ? trace.assignment?.winner : trace[kind].winner;
        if (winner(before)) expect(winner(after)).toBe(winner(before));
        if (kind !== 'grouping' || before.grouping.winner) {
          expect(after.grouping.fingerprint).toEqual(before.grouping.fingerprint);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sorting is stable: equal order_keys keep their list order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 }), (orderKeys) => {
        const list = orderKeys.map((order_key, index) => ({
          id: String(index),
          order_key,
          filters: null,
          disabled_data: null,
        }));
        const ids = orderRules(list).map(({ rule }) => rule);
        for (let i = 1; i < ids.length; i++) {
          const [a, b] = [ids[i - 1]!, ids[i]!];
          expect(a.order_key < b.order_key || (a.order_key === b.order_key && Number(a.id) < Number(b.id))).toBe(true);
        }
      }),
    );
  });
});
