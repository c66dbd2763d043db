import { describe, expect, it } from 'vitest';
import { sameAssignee, unseenChange } from './unseen-change';

describe('unseenChange', () => {
  it('is null while the field still holds what the person saw', () => {
    expect(unseenChange({ seen: 'active', wanted: 'resolved', fresh: 'active' })).toBeNull();
  });

  it('says "changed" with the fresh value when writing would overwrite someone else’s change', () => {
    expect(unseenChange({ seen: 'active', wanted: 'suppressed', fresh: 'resolved' })).toEqual({
      kind: 'changed',
      fresh: 'resolved',
    });
  });

  it('says "already" when someone else made the same change meanwhile', () => {
    expect(unseenChange({ seen: 'active', wanted: 'resolved', fresh: 'resolved' })).toEqual({
      kind: 'already',
      fresh: 'resolved',
    });
  });

  it('compares with the given equality (assignees are objects)', () => {
    const priya = { type: 'user', id: 9 } as const;
    expect(unseenChange({ seen: { ...priya }, wanted: null, fresh: { ...priya } }, sameAssignee)).toBeNull();
    expect(unseenChange({ seen: null, wanted: { ...priya }, fresh: { ...priya } }, sameAssignee)).toEqual({
      kind: 'already',
      fresh: priya,
    });
    expect(unseenChange({ seen: { ...priya }, wanted: { type: 'user', id: 3 }, fresh: null }, sameAssignee)).toEqual({
      kind: 'changed',
      fresh: null,
    });
  });
});

describe('sameAssignee', () => {
  const role = { type: 'role', id: '0190f4c4-0000-7000-8000-000000000001' } as const;

  it('tells users, roles and nobody apart', () => {
    expect(sameAssignee(null, null)).toBe(true);
    expect(sameAssignee(null, { type: 'user', id: 1 })).toBe(false);
    expect(sameAssignee({ type: 'user', id: 1 }, null)).toBe(false);
    expect(sameAssignee({ type: 'user', id: 1 }, { type: 'user', id: 1 })).toBe(true);
    expect(sameAssignee({ type: 'user', id: 1 }, { type: 'user', id: 2 })).toBe(false);
    expect(sameAssignee(role, { ...role })).toBe(true);
    expect(sameAssignee(role, { ...role, id: '0190f4c4-0000-7000-8000-000000000002' })).toBe(false);
  });
});
