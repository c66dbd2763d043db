import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RuleSnapshot } from '../contract/rule-history';
import { ruleKinds, type RuleKind } from '../contract/rules';
import { applyPlan } from './apply-plan';
import { inversePlan } from './inverse-plan';
import { MemoryRulePort, type PortCall } from './memory-rule-port.test-support';
import { snapshotArbitrary, targetFor } from './plan-arbitraries.test-support';
import type { RulePlan } from './plan-operations';
import { planRules } from './plan-rules';
import { fieldsOf, targetOf, type RuleSpecOf, type RuleTarget } from './rule-spec';
import { canonicalJson, sameContent } from './same-content';

const runs = { numRuns: 300 };

const stateAndTarget = snapshotArbitrary.chain((state) => fc.tuple(fc.constant(state), targetFor(state)));
const twoStates = fc.tuple(snapshotArbitrary, snapshotArbitrary);

/** Each kind's rules as what they do, in order: what "yields the target, ids aside" compares. */
const contentOf = (state: RuleSnapshot, kind: RuleKind) =>
  state[kind].map((rule) => canonicalJson(fieldsOf(kind, rule)));
const wantedContent = (state: RuleSnapshot, target: RuleTarget, kind: RuleKind) =>
  target[kind] === undefined ? contentOf(state, kind) : target[kind].map((spec) => canonicalJson(fieldsOf(kind, spec)));

const withoutIds = (target: RuleTarget): RuleTarget =>
  Object.fromEntries(
    Object.entries(target).map(([kind, specs]) => [kind, specs.map(({ id: _id, ...fields }) => fields)]),
  );

async function applied(state: RuleSnapshot, plan: RulePlan) {
  const port = new MemoryRulePort(state);
  const result = await applyPlan(plan, port);
  return { port, result, after: port.snapshot() };
}

/** New rules sharing an order_key with another rule: PostHog would evaluate them in no defined order. */
function newRulesTied(before: RuleSnapshot, after: RuleSnapshot, kind: RuleKind): boolean {
  const old = new Set(before[kind].map((rule) => rule.id));
  const keys = after[kind].map((rule) => rule.order_key);
  return after[kind].some(
    (rule, index) => !old.has(rule.id) && keys.some((key, other) => other !== index && key === rule.order_key),
  );
}

describe('planRules and applyPlan, against a port that behaves like PostHog', () => {
  it('applying plan(state, target) to the state yields the target, ids aside', async () => {
    await fc.assert(
      fc.asyncProperty(stateAndTarget, async ([state, target]) => {
        const { result, after } = await applied(state, planRules(state, target));
        expect(result.status).toBe('done');
        for (const kind of ruleKinds) {
          expect(contentOf(after, kind)).toEqual(wantedContent(state, target, kind));
          expect(newRulesTied(state, after, kind)).toBe(false);
          if (target[kind] === undefined) expect(after[kind]).toEqual(state[kind]);
        }
      }),
      runs,
    );
  });

  it('does so for any two unrelated states too (everything matched by content)', async () => {
    await fc.assert(
      fc.asyncProperty(twoStates, async ([state, other]) => {
        const target = targetOf(other);
        const { after } = await applied(state, planRules(state, target));
        for (const kind of ruleKinds) expect(contentOf(after, kind)).toEqual(wantedContent(state, target, kind));
      }),
      runs,
    );
  });

  it('keeps the id of every rule the target names, unless PostHog cannot change it in place', async () => {
    await fc.assert(
      fc.asyncProperty(stateAndTarget, async ([state, target]) => {
        const { after } = await applied(state, planRules(state, target));
        for (const kind of ruleKinds) {
          const byId = new Map(state[kind].map((rule) => [rule.id, rule]));
          const named = new Set<string>();
          (target[kind] ?? []).forEach((spec, index) => {
            const rule = spec.id === undefined ? undefined : byId.get(spec.id);
            if (rule === undefined || named.has(rule.id)) return;
            named.add(rule.id);
            const before = fieldsOf(kind, rule);
            const wanted = fieldsOf(kind, spec);
            const replaced =
              kind === 'grouping' &&
              'assignee' in before &&
              'assignee' in wanted &&
              !sameContent(
                { assignee: before.assignee, description: (before as { description: unknown }).description },
                { assignee: wanted.assignee, description: (wanted as { description: unknown }).description },
              );
            if (!replaced) expect(after[kind][index]!.id).toBe(rule.id);
          });
        }
      }),
      runs,
    );
  });
});

describe('plans are minimal', () => {
  it('plans nothing from a state to itself, with or without ids', () => {
    fc.assert(
      fc.property(snapshotArbitrary, (state) => {
        expect(planRules(state, targetOf(state)).operations).toEqual([]);
        expect(planRules(state, withoutIds(targetOf(state))).operations).toEqual([]);
      }),
      runs,
    );
  });

  it('touches no rule whose fields stay the same, and updates only fields that change', () => {
    fc.assert(
      fc.property(stateAndTarget, ([state, target]) => {
        const plan = planRules(state, target);
        for (const operation of plan.operations) {
          if (operation.op !== 'update') continue;
          const rule = state[operation.kind].find((candidate) => candidate.id === operation.id)!;
          const before: Record<string, unknown> = fieldsOf(operation.kind, rule);
          expect(Object.keys(operation.changes).length).toBeGreaterThan(0);
          for (const [field, value] of Object.entries(operation.changes)) {
            expect(sameContent(value, before[field])).toBe(false);
            expect((operation.before as Record<string, unknown>)[field]).toEqual(before[field]);
          }
          if (operation.kind === 'grouping') expect(Object.keys(operation.changes)).toEqual(['filters']);
        }
        for (const kind of ruleKinds) {
          const firstNamed = new Map<string, RuleSpecOf<RuleKind>>();
          for (const spec of target[kind] ?? []) if (spec.id && !firstNamed.has(spec.id)) firstNamed.set(spec.id, spec);
          const unchanged = new Set(
            state[kind]
              .filter((rule) => {
                const spec = firstNamed.get(rule.id);
                return spec !== undefined && sameContent(fieldsOf(kind, spec), fieldsOf(kind, rule));
              })
              .map((rule) => rule.id),
          );
          for (const operation of plan.operations) {
            if (operation.kind !== kind || operation.op === 'reorder') continue;
            if (operation.op === 'create') expect(unchanged.has(operation.replaces ?? '')).toBe(false);
            else expect(unchanged.has(operation.id)).toBe(false);
          }
        }
      }),
      runs,
    );
  });

  it('never deletes a rule and creates one that does the same', () => {
    fc.assert(
      fc.property(stateAndTarget, ([state, target]) => {
        const plan = planRules(state, target);
        for (const create of plan.operations) {
          if (create.op !== 'create') continue;
          for (const deleted of plan.operations) {
            if (deleted.op !== 'delete' || deleted.kind !== create.kind) continue;
            expect(sameContent(fieldsOf(deleted.kind, deleted.rule), create.rule)).toBe(false);
          }
        }
      }),
      runs,
    );
  });

  it('reorders a kind at most once, and only when its rules would not be in order without it', async () => {
    await fc.assert(
      fc.asyncProperty(stateAndTarget, async ([state, target]) => {
        const plan = planRules(state, target);
        for (const kind of ruleKinds) {
          const reorders = plan.operations.filter((operation) => operation.op === 'reorder' && operation.kind === kind);
          expect(reorders.length).toBeLessThanOrEqual(1);
          if (reorders.length === 0) continue;
          const withoutReorder = {
            ...plan,
            operations: plan.operations.filter((operation) => operation !== reorders[0]),
          };
          const { after, result } = await applied(state, withoutReorder);
          const ids = plan.final[kind]!.map((ref) => ('id' in ref ? ref.id : result.created[ref.key]));
          const inOrder = sameContent(
            after[kind].map((rule) => rule.id),
            ids,
          );
          expect(inOrder && !newRulesTied(state, after, kind)).toBe(false);
        }
      }),
      runs,
    );
  });
});

describe('inverse plans', () => {
  it('restore the state before, after a plan applied in full or stopped anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(stateAndTarget, fc.nat(), async ([state, target], stopAt) => {
        const plan = planRules(state, target);
        const failAt = plan.operations.length === 0 ? -1 : stopAt % (plan.operations.length + 1);
        const port = new MemoryRulePort(state, (_call, index) => {
          if (index === failAt) throw new Error('down');
        });
        await applyPlan(plan, port);
        const middle = port.snapshot();
        const back = await applied(middle, inversePlan(state, middle));
        expect(back.result.status).toBe('done');
        for (const kind of ruleKinds) {
          expect(contentOf(back.after, kind)).toEqual(contentOf(state, kind));
          const survived = new Set(middle[kind].map((rule) => rule.id));
          state[kind].forEach((rule, index) => {
            if (survived.has(rule.id)) expect(back.after[kind][index]!.id).toBe(rule.id);
          });
        }
      }),
      runs,
    );
  });
});

describe('a plan that fails or is stopped part way', () => {
  const withPlan = stateAndTarget
    .map(([state, target]) => ({ state, plan: planRules(state, target) }))
    .filter(({ plan }) => plan.operations.length > 0);

  it('reports exactly what was applied, what failed and what did not run', async () => {
    await fc.assert(
      fc.asyncProperty(withPlan, fc.nat(), async ({ state, plan }, pick) => {
        const failAt = pick % plan.operations.length;
        const failure = new Error('PostHog is down');
        const port = new MemoryRulePort(state, (_call: PortCall, index) => {
          if (index === failAt) throw failure;
        });
        const result = await applyPlan(plan, port);
        expect(result.status).toBe('failed');
        expect(result.applied).toEqual(plan.operations.slice(0, failAt));
        expect(result.failed).toEqual({ operation: plan.operations[failAt], error: failure });
        expect(result.notRun).toEqual(plan.operations.slice(failAt + 1));
        expect(port.calls).toHaveLength(failAt);
        const { after } = await applied(state, { ...plan, operations: result.applied });
        expect(port.snapshot()).toEqual(after);
      }),
      runs,
    );
  });

  it('stops between two operations when the signal fires, and says so', async () => {
    await fc.assert(
      fc.asyncProperty(withPlan, fc.nat(), async ({ state, plan }, pick) => {
        const stopAfter = pick % (plan.operations.length + 1);
        const controller = new AbortController();
        const port = new MemoryRulePort(state);
        const progress: number[] = [];
        const result = await applyPlan(plan, port, {
          signal: controller.signal,
          onProgress: ({ done }) => {
            progress.push(done);
            if (done === stopAfter) controller.abort();
          },
        });
        const stopped = stopAfter < plan.operations.length;
        expect(result.status).toBe(stopped ? 'aborted' : 'done');
        expect(result.applied).toEqual(plan.operations.slice(0, stopAfter));
        expect(result.notRun).toEqual(plan.operations.slice(stopAfter));
        expect(result.failed).toBeNull();
        expect(port.calls).toHaveLength(stopAfter);
        expect(progress).toEqual([...Array(stopAfter + 1).keys()]);
      }),
      runs,
    );
  });
});
