import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RuleKind } from '../../../../../contract/rules';
import type { StoredFilterGroup } from '../../../../../contract/stored-filters';
import { editedFields, type RuleContent } from './rule-content';
import {
  allOf,
  defaultChoices,
  findConflict,
  mergedContent,
  unchosenFields,
  type RuleConflict,
  type RuleSnapshot,
} from './rule-conflict';
import { sameJson } from './same-json';
import { loaded as base, maya, priya, rangeError, typeError } from './conflict-fixtures.test-support';

const conflictOf = (server: RuleSnapshot, yours: RuleContent, kind: RuleKind = 'assignment') => {
  const conflict = findConflict(kind, base, server, yours);
  if (!conflict) throw new Error('expected a conflict');
  return conflict;
};

describe('findConflict', () => {
  it('finds none while the server holds what was loaded', () => {
    expect(findConflict('assignment', base, structuredClone(base), { filters: typeError, assignee: priya })).toBeNull();
  });

  it('lists their filters and your assignee, each defaulting to the side that changed it', () => {
    const server = { updatedAt: '2026-01-01T10:05:00.000Z', content: { filters: rangeError, assignee: maya } };
    const conflict = conflictOf(server, { filters: typeError, assignee: priya });
    expect(conflict.fields).toEqual([
      { field: 'filters', changedBy: 'them' },
      { field: 'assignee', changedBy: 'you' },
    ]);
    const choices = defaultChoices(conflict);
    expect(choices).toEqual({ filters: 'theirs', assignee: 'yours' });
    expect(mergedContent(conflict, choices)).toEqual({ filters: rangeError, assignee: priya });
  });

  it('asks for a choice on a field you both changed, differently', () => {
    const server = {
      updatedAt: '2026-01-01T10:05:00.000Z',
      content: { filters: typeError, assignee: { type: 'user' as const, id: 3 } },
    };
    const conflict = conflictOf(server, { filters: typeError, assignee: priya });
    expect(conflict.fields).toEqual([{ field: 'assignee', changedBy: 'both' }]);
    expect(unchosenFields(conflict, defaultChoices(conflict))).toEqual(['assignee']);
    expect(mergedContent(conflict, defaultChoices(conflict))).toBeNull();
    expect(mergedContent(conflict, { assignee: 'theirs' })).toEqual(server.content);
  });

  it('counts a save elsewhere (a new updated_at) as a change even when it changed no edited field', () => {
    const server = { ...base, updatedAt: '2026-01-01T10:05:00.000Z' };
    const conflict = conflictOf(server, { filters: typeError, assignee: priya });
    expect(conflict.fields).toEqual([{ field: 'assignee', changedBy: 'you' }]);
  });

  it('counts changed content as a change on a PostHog that sends no updated_at', () => {
    const old = { ...base, updatedAt: null };
    const server = { updatedAt: null, content: { filters: rangeError, assignee: maya } };
    expect(findConflict('assignment', old, server, base.content)?.fields).toEqual([
      { field: 'filters', changedBy: 'them' },
    ]);
    expect(findConflict('assignment', old, structuredClone(old), base.content)).toBeNull();
  });

  it('leaves out a field changed the same way on both sides', () => {
    const server = { updatedAt: '2026-01-01T10:05:00.000Z', content: { filters: rangeError, assignee: maya } };
    expect(conflictOf(server, { filters: rangeError, assignee: priya }).fields).toEqual([
      { field: 'assignee', changedBy: 'you' },
    ]);
  });
});

// Properties over every mix of edits: a handful of values per field make collisions (same edit, no edit) common.
const filtersArb = fc.constantFrom<StoredFilterGroup>(
  typeError,
  rangeError,
  { type: 'OR', values: [] },
  { type: 'AND', values: [{}] },
);
const contentArb = fc.record({
  filters: filtersArb,
  assignee: fc.constantFrom(maya, priya, null, { type: 'role' as const, id: '0190f4c4-0000-7000-8000-000000000001' }),
  sampling_rate: fc.constantFrom(1, 0.5, 0),
});
const scenario = fc.record({
  kind: fc.constantFrom<RuleKind>('assignment', 'grouping', 'suppression'),
  base: fc.record({ updatedAt: fc.constantFrom('2026-01-01T10:00:00.000Z', null), content: contentArb }),
  server: fc.record({
    updatedAt: fc.constantFrom('2026-01-01T10:00:00.000Z', '2026-01-01T10:05:00.000Z', null),
    content: contentArb,
  }),
  yours: contentArb,
});

describe('conflict properties', () => {
  const withConflict = scenario
    .map(({ kind, base, server, yours }) => ({ kind, base, yours, conflict: findConflict(kind, base, server, yours) }))
    .filter((s): s is typeof s & { conflict: RuleConflict } => s.conflict !== null);

  it('lists exactly the edited fields where theirs and yours differ', () => {
    fc.assert(
      fc.property(withConflict, ({ kind, conflict, yours }) => {
        const listed = conflict.fields.map(({ field }) => field);
        for (const field of editedFields(kind)) {
          expect(listed.includes(field)).toBe(!sameJson(conflict.theirs.content[field], yours[field]));
        }
      }),
    );
  });

  it('by default merges as a three-way merge, and asks only where both sides changed a field', () => {
    fc.assert(
      fc.property(withConflict, ({ kind, base, yours, conflict }) => {
        const choices = defaultChoices(conflict);
        const unchosen = unchosenFields(conflict, choices);
        expect(unchosen).toEqual(conflict.fields.filter((f) => f.changedBy === 'both').map((f) => f.field));
        const merged = mergedContent(conflict, { ...allOf(conflict, 'theirs'), ...choices });
        for (const field of editedFields(kind)) {
          if (unchosen.includes(field)) continue;
          const expected = sameJson(yours[field], base.content[field]) ? conflict.theirs.content[field] : yours[field];
          expect(merged?.[field]).toEqual(expected);
        }
      }),
    );
  });

  it('all of theirs is the server’s version; all of yours is yours', () => {
    fc.assert(
      fc.property(withConflict, ({ kind, conflict, yours }) => {
        expect(mergedContent(conflict, allOf(conflict, 'theirs'))).toEqual(conflict.theirs.content);
        const all = mergedContent(conflict, allOf(conflict, 'yours'))!;
        for (const field of editedFields(kind)) expect(sameJson(all[field], yours[field])).toBe(true);
      }),
    );
  });
});
