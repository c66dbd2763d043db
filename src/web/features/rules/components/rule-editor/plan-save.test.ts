import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RuleKind } from '../../../../../contract/rules';
import type { StoredFilterGroup } from '../../../../../contract/stored-filters';
import { editedFields, type RuleContent } from './rule-content';
import { allOf, defaultChoices, mergedContent } from './rule-conflict';
import { planSave } from './plan-save';
import { sameJson } from './same-json';
import { loaded, maya, priya, rangeError, typeError } from './conflict-fixtures.test-support';

describe('planSave', () => {
  it('sends only the changed assignee while the server holds what was loaded', () => {
    expect(planSave('assignment', loaded, loaded, { filters: typeError, assignee: priya }, false)).toEqual({
      outcome: 'patch',
      body: { assignee: priya },
    });
  });

  it('sends nothing unchanged, or an empty body that re-enables a disabled rule', () => {
    expect(planSave('assignment', loaded, loaded, loaded.content, false)).toEqual({ outcome: 'nothing' });
    expect(planSave('assignment', loaded, loaded, loaded.content, true)).toEqual({ outcome: 'patch', body: {} });
  });

  it('saves nothing when someone else saved meanwhile: a merge of their filters and your assignee sends the assignee', () => {
    const theirs = { updatedAt: '2026-01-01T10:05:00.000Z', content: { filters: rangeError, assignee: maya } };
    const plan = planSave('assignment', loaded, theirs, { filters: typeError, assignee: priya }, false);
    if (plan.outcome !== 'conflict') throw new Error('expected a conflict');
    const merged = mergedContent(plan.conflict, defaultChoices(plan.conflict))!;
    // Saving the merge is a save over their version.
    expect(planSave('assignment', theirs, theirs, merged, false)).toEqual({
      outcome: 'patch',
      body: { assignee: priya },
    });
  });

  it('needs nothing when the server changed but already holds yours, as after a save whose answer was lost', () => {
    const landed = { updatedAt: '2026-01-01T10:05:00.000Z', content: { filters: typeError, assignee: priya } };
    expect(planSave('assignment', loaded, landed, landed.content, false)).toEqual({ outcome: 'nothing' });
    // Disabled meanwhile: shown, not re-enabled behind the person's back.
    expect(planSave('assignment', loaded, landed, landed.content, true)).toMatchObject({ outcome: 'conflict' });
  });

  it('never sends a field of a kind’s editor it does not edit', () => {
    const yours = { filters: rangeError, assignee: priya, sampling_rate: 0.5 };
    expect(planSave('grouping', loaded, loaded, yours, false)).toEqual({
      outcome: 'patch',
      body: { filters: rangeError },
    });
  });
});

const contentArb = fc.record({
  filters: fc.constantFrom<StoredFilterGroup>(typeError, rangeError, { type: 'OR', values: [] }),
  assignee: fc.constantFrom(maya, priya, null),
  sampling_rate: fc.constantFrom(1, 0.5),
});
const snapshotArb = fc.record({
  updatedAt: fc.constantFrom('2026-01-01T10:00:00.000Z', '2026-01-01T10:05:00.000Z', null),
  content: contentArb,
});
const kindArb = fc.constantFrom<RuleKind>('assignment', 'grouping', 'suppression');

/** `body` applied to `server` the way a PATCH is. */
const patched = (server: RuleContent, body: Partial<RuleContent>): RuleContent => ({ ...server, ...body });

describe('planSave properties', () => {
  it('never overwrites what it has not seen: a PATCH goes out only over the version the editor loaded', () => {
    fc.assert(
      fc.property(
        kindArb,
        snapshotArb,
        snapshotArb,
        contentArb,
        fc.boolean(),
        (kind, base, server, yours, disabled) => {
          const plan = planSave(kind, base, server, yours, disabled);
          if (plan.outcome !== 'patch') return;
          expect(server.updatedAt).toBe(base.updatedAt);
          for (const field of editedFields(kind))
            expect(sameJson(server.content[field], base.content[field])).toBe(true);
        },
      ),
    );
  });

  it('a PATCH holds only fields that differ from the server, and leaves the server holding yours', () => {
    fc.assert(
      fc.property(kindArb, snapshotArb, contentArb, fc.boolean(), (kind, server, yours, disabled) => {
        const plan = planSave(kind, server, server, yours, disabled);
        const body = plan.outcome === 'patch' ? plan.body : {};
        for (const [field, value] of Object.entries(body)) {
          expect(editedFields(kind)).toContain(field);
          expect(sameJson(value, server.content[field as keyof RuleContent])).toBe(false);
        }
        const after = patched(server.content, body);
        for (const field of editedFields(kind)) expect(sameJson(after[field], yours[field])).toBe(true);
      }),
    );
  });

  it('saving a merge over their version sends exactly the fields taken from yours that differ from theirs', () => {
    fc.assert(
      fc.property(
        kindArb,
        snapshotArb,
        snapshotArb,
        contentArb,
        fc.constantFrom('theirs', 'yours'),
        (kind, base, server, yours, side) => {
          const plan = planSave(kind, base, server, yours, false);
          if (plan.outcome !== 'conflict') return;
          const merged = mergedContent(plan.conflict, allOf(plan.conflict, side))!;
          const save = planSave(kind, server, server, merged, false);
          const sent = save.outcome === 'patch' ? Object.keys(save.body) : [];
          expect(sent).toEqual(side === 'yours' ? plan.conflict.fields.map(({ field }) => field) : []);
        },
      ),
    );
  });
});
