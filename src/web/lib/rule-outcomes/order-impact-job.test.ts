import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineRuleKind, EngineRules } from '../../../rule-engine/types';
import { referenceEffect, referenceOpeners, referenceTraces } from './engine-reference.test-support';
import { eventsArbitrary, rulesArbitrary } from './outcome-arbitraries.test-support';
import { orderImpactJob } from './order-impact-job';
import { OutcomeTable } from './outcome-table';
import { runJob } from './run-job.test-support';

const kinds: EngineRuleKind[] = ['grouping', 'suppression', 'assignment'];

/** The kind's list in `ids`' order with dense keys, built apart from the code under test. */
function reordered(rules: EngineRules, kind: EngineRuleKind, ids: string[]): EngineRules {
  const list = rules[kind].map((rule) => rule);
  const sorted = ids.map((id, orderKey) => ({ ...list.find((rule) => rule.id === id)!, order_key: orderKey }));
  return { ...rules, [kind]: sorted };
}

describe('orderImpactJob, checked against evaluate on the same exceptions', () => {
  it('counts the exceptions whose outcome changes, per transition, and the rules a new order would disable', () => {
    fc.assert(
      fc.property(eventsArbitrary, rulesArbitrary, fc.constantFrom(...kinds), fc.nat(), (events, rules, kind, seed) => {
        const ids = rules[kind].map((rule) => rule.id);
        const order = fc.sample(fc.shuffledSubarray(ids, { minLength: ids.length }), { seed, numRuns: 1 })[0]!;
        const before = referenceTraces(events, rules);
        const after = referenceTraces(events, reordered(rules, kind, order));
        const openers = kind === 'assignment' ? referenceOpeners(events, before) : null;
        const reached = events.map((_, index) => openers === null || openers.has(index));
        const changed = events.filter(
          (_, index) =>
            reached[index] && referenceEffect(kind, before[index]!) !== referenceEffect(kind, after[index]!),
        );
        const disables = new Map<string, number>();
        events.forEach((_, index) => {
          if (!reached[index]) return;
          const erroredBefore = new Set(before[index]!.errors.filter((e) => e.kind === kind).map((e) => e.ruleId));
          for (const error of after[index]!.errors) {
            if (error.kind === kind && !erroredBefore.has(error.ruleId)) {
              disables.set(error.ruleId, (disables.get(error.ruleId) ?? 0) + 1);
            }
          }
        });

        const impact = runJob(orderImpactJob(new OutcomeTable(events), { kind, rules, order }));
        expect(impact.changes.exceptions).toBe(changed.length);
        expect(impact.changes.issues).toBe(new Set(changed.map((e) => e.issue_id ?? e.fingerprint ?? e.uuid)).size);
        expect(impact.changes.transitions.reduce((sum, t) => sum + t.exceptions, 0)).toBe(changed.length);
        expect(impact.changes.listed.map((e) => e.uuid)).toEqual(changed.slice(0, 50).map((e) => e.uuid));
        expect(new Map(impact.changes.disables.map((d) => [d.ruleId, d.exceptions]))).toEqual(disables);
        expect(impact.openers).toBe(openers?.size ?? null);
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing to report when the order stays as the engine runs it', () => {
    fc.assert(
      fc.property(eventsArbitrary, rulesArbitrary, fc.constantFrom(...kinds), (events, rules, kind) => {
        // The order the engine runs them in: by key, ties in list order, as the console lists them.
        const order = rules[kind]
          .map((rule, index) => ({ rule, index }))
          .sort((a, b) => a.rule.order_key - b.rule.order_key || a.index - b.index)
          .map(({ rule }) => rule.id);
        const impact = runJob(orderImpactJob(new OutcomeTable(events), { kind, rules, order }));
        // Dense keys can break a tie the list order already broke the same way: nothing may change.
        expect(impact.changes).toMatchObject({ exceptions: 0, transitions: [], listed: [], disables: [] });
      }),
      { numRuns: 100 },
    );
  });
});
