import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineRuleKind, EngineRules } from '../../../rule-engine/types';
import { referenceEffect, referenceOpeners, referenceTraces, stageOf } from './engine-reference.test-support';
import { candidateArbitrary, eventsArbitrary, rulesArbitrary } from './outcome-arbitraries.test-support';
import { OutcomeTable } from './outcome-table';
import { previewRuleJob } from './preview-rule-job';
import { newRuleId, type CandidateRule } from './rule-lists';
import { runJob } from './run-job.test-support';

const kinds: EngineRuleKind[] = ['grouping', 'suppression', 'assignment'];
const matchedOutcomes = ['matched', 'sampled-out', 'matched-without-assignee'];

/** The rules once the candidate is saved, built apart from the code under test. */
function saved(rules: EngineRules, kind: EngineRuleKind, candidate: CandidateRule, replaces: string | null) {
  const list = rules[kind].map((rule) => rule);
  const at = list.findIndex((rule) => rule.id === replaces);
  if (at === -1) {
    const last = Math.max(list.length, ...list.map((rule) => rule.order_key + 1));
    return { ...rules, [kind]: [...list, { ...candidate, id: newRuleId, order_key: last }] };
  }
  list[at] = { ...candidate, id: replaces!, order_key: list[at]!.order_key, disabled_data: null };
  return { ...rules, [kind]: list };
}

const request = fc
  .tuple(eventsArbitrary, rulesArbitrary, fc.constantFrom(...kinds), fc.nat(), candidateArbitrary(newRuleId))
  .map(([events, rules, kind, pick, candidate]) => {
    const ids = rules[kind].map((rule) => rule.id);
    // Half the time an edit of one of the kind's rules, else a new rule.
    const replaces = ids.length > 0 && pick % 2 === 0 ? ids[pick % ids.length]! : null;
    return { events, rules, kind, candidate, replaces };
  });

describe('previewRuleJob, checked against evaluate on the same exceptions', () => {
  it('counts what the rule matches, where it wins, what it loses to the rules above and what the edit changes', () => {
    fc.assert(
      fc.property(request, ({ events, rules, kind, candidate, replaces }) => {
        const id = replaces ?? newRuleId;
        const after = referenceTraces(events, saved(rules, kind, candidate, replaces));
        const before = referenceTraces(events, rules);
        // The rule alone in its stage, and nothing suppressed before assignment: whether its filters match.
        const alone = referenceTraces(events, {
          ...rules,
          ...(kind === 'assignment' ? { suppression: [] } : {}),
          [kind]: [{ ...candidate, id }],
        });
        const openers = kind === 'assignment' ? referenceOpeners(events, before) : null;
        const reached = (index: number) => openers === null || openers.has(index);
        const traceOf = (index: number) => stageOf(kind, after[index]!).rules.find((rule) => rule.ruleId === id)!;
        const matched = events.filter((_, index) =>
          matchedOutcomes.includes(stageOf(kind, alone[index]!).rules[0]!.outcome),
        );
        const wins = events.filter(
          (_, index) =>
            reached(index) &&
            stageOf(kind, after[index]!).winner === id &&
            !(kind === 'grouping' && after[index]!.grouping.source === 'manual'),
        );
        const count = (outcome: (index: number) => boolean) =>
          events.filter((_, index) => reached(index) && outcome(index)).length;
        const issues = (list: typeof events) => new Set(list.map((e) => e.issue_id ?? e.fingerprint ?? e.uuid)).size;

        const preview = runJob(
          previewRuleJob(new OutcomeTable(events), { kind, rules, candidate: { ...candidate, id }, replaces }),
        );
        expect(preview.matched).toEqual({ exceptions: matched.length, issues: issues(matched) });
        expect(preview.wins).toEqual({ exceptions: wins.length, issues: issues(wins) });
        expect(preview.samples.map((sample) => sample.uuid)).toEqual(wins.slice(0, 5).map((e) => e.uuid));
        expect(preview.takenAbove).toBe(
          count(
            (index) =>
              traceOf(index).outcome === 'not-reached' &&
              matchedOutcomes.includes(stageOf(kind, alone[index]!).rules[0]!.outcome),
          ),
        );
        const takenBy = new Map<string, number>();
        events.forEach((_, index) => {
          if (!reached(index) || traceOf(index).outcome !== 'not-reached') return;
          if (!matchedOutcomes.includes(stageOf(kind, alone[index]!).rules[0]!.outcome)) return;
          const winner = stageOf(kind, after[index]!).winner!;
          takenBy.set(winner, (takenBy.get(winner) ?? 0) + 1);
        });
        expect(new Map(preview.takenBy.map((taken) => [taken.ruleId, taken.exceptions]))).toEqual(takenBy);
        expect(preview.matchedOnly).toBe(
          count((index) => ['sampled-out', 'matched-without-assignee'].includes(traceOf(index).outcome)),
        );
        expect(preview.errors?.exceptions ?? 0).toBe(count((index) => traceOf(index).outcome === 'would-be-disabled'));
        expect(preview.sdkFingerprint).toBe(
          kind === 'grouping'
            ? count((index) => after[index]!.grouping.winner === id && after[index]!.grouping.source === 'manual')
            : 0,
        );
        expect(preview.changes.exceptions).toBe(
          count((index) => referenceEffect(kind, before[index]!) !== referenceEffect(kind, after[index]!)),
        );
        expect(preview.openers).toBe(openers?.size ?? null);
      }),
      { numRuns: 400 },
    );
  });
});
