import { describe, expect, it } from 'vitest';
import { parseAssigneeText } from './parse-assignee-text';

const both = { user: true, role: true };
const roleId = '0190f4c4-2222-7000-8000-000000000001';

describe('parseAssigneeText', () => {
  it('reads user ids as "12", "#12" or "user:12"', () => {
    for (const text of ['12', '#12', 'user:12', ' User: 12 ']) {
      expect(parseAssigneeText(text, both)).toEqual({ type: 'user', id: 12 });
    }
  });

  it('reads role ids as a UUID or "role:<uuid>", lower-cased', () => {
    expect(parseAssigneeText(roleId.toUpperCase(), both)).toEqual({ type: 'role', id: roleId });
    expect(parseAssigneeText(`role:${roleId}`, both)).toEqual({ type: 'role', id: roleId });
  });

  it('refuses what the server would refuse, and kinds that are not accepted', () => {
    expect(parseAssigneeText('12.5', both)).toBeNull();
    expect(parseAssigneeText('maya', both)).toBeNull();
    expect(parseAssigneeText('0190f4c4-2222-7000-8000-00000000000z', both)).toBeNull();
    expect(parseAssigneeText('------------------------------------', both)).toBeNull();
    expect(parseAssigneeText('12', { user: false, role: true })).toBeNull();
    expect(parseAssigneeText(roleId, { user: true, role: false })).toBeNull();
  });
});
