import { describe, expect, it } from 'vitest';
import type { Member } from '../contract/organization';
import { rulesDocumentSchema } from '../contract/rules-document';
import type { AssigneeDirectory } from './assignee-directory';
import { fromRulesDocument } from './from-rules-document';
import { assignmentRule, groupingRule, snapshot, suppressionRule } from './plan-builders.test-support';
import { planRules } from './plan-rules';
import { toRulesDocument } from './to-rules-document';

const member = (id: number, email: string): Pick<Member, 'user'> => ({
  user: { id, uuid: `uuid-${id}`, first_name: email.split('@')[0]!, last_name: '', email },
});
const staffRole = '0b7c5c1e-1111-4111-8111-000000000001';
const staging: AssigneeDirectory = {
  members: [member(1, 'ada@example.com'), member(2, 'lin@example.com')],
  roles: [{ id: staffRole, name: 'Support' }],
};
// The same people under other ids, as in another organization.
const otherOrg: AssigneeDirectory = {
  members: [member(41, 'Ada@Example.com'), member(42, 'lin@example.com')],
  roles: [{ id: '0b7c5c1e-1111-4111-8111-0000000000ff', name: 'support' }],
};
const source = { environment: { id: 1, name: 'Staging' }, mode: 'local' as const };
const options = { source, schemaUrl: 'http://127.0.0.1:8010/schema/rules-document-v1.json', exportedAt: new Date(0) };

const state = snapshot({
  assignment: [
    assignmentRule(1, 0, 'A', { type: 'user', id: 1 }),
    assignmentRule(2, 4, 'B', { type: 'role', id: staffRole }),
  ],
  grouping: [groupingRule(3, 0, 'G', { assignee: { type: 'user', id: 2 }, description: 'Checkout' })],
  suppression: [suppressionRule(4, 2, 'S', 0.25)],
});

/** Through JSON text and the schema, as a file is read back. */
const reread = (document: unknown) => rulesDocumentSchema.parse(JSON.parse(JSON.stringify(document)));

describe('export and import documents', () => {
  it('writes lists in order with positions, people by email and roles by name, no order_key', () => {
    const document = toRulesDocument(state, staging, options);
    expect(document).toMatchObject({
      $schema: options.schemaUrl,
      version: 1,
      exported_at: '1970-01-01T00:00:00.000Z',
      source,
    });
    expect(document.assignment).toEqual([
      {
        position: 1,
        id: state.assignment[0]!.id,
        filters: state.assignment[0]!.filters,
        assignee: { type: 'user', email: 'ada@example.com' },
      },
      {
        position: 2,
        id: state.assignment[1]!.id,
        filters: state.assignment[1]!.filters,
        assignee: { type: 'role', name: 'Support' },
      },
    ]);
    expect(JSON.stringify(document)).not.toMatch(/order_key|disabled_data|created_at/);
  });

  it('round-trips in the same environment with nothing to do', () => {
    const { target, unresolved } = fromRulesDocument(reread(toRulesDocument(state, staging, options)), staging);
    expect(unresolved).toEqual([]);
    expect(planRules(state, target).operations).toEqual([]);
  });

  it('carries assignees to another organization by email and role name', () => {
    const document = reread(toRulesDocument(state, staging, { ...options, ids: false }));
    const { target, unresolved } = fromRulesDocument(document, otherOrg);
    expect(unresolved).toEqual([]);
    expect(target.assignment?.map((rule) => rule.assignee)).toEqual([
      { type: 'user', id: 41 },
      { type: 'role', id: '0b7c5c1e-1111-4111-8111-0000000000ff' },
    ]);
    expect(target.grouping?.[0]?.assignee).toEqual({ type: 'user', id: 42 });
  });

  it('reports people and roles nobody here matches, with the rules that name them, until they are mapped', () => {
    const elsewhere: AssigneeDirectory = { members: [member(41, 'ada@example.com')], roles: [] };
    const document = reread(toRulesDocument(state, staging, options));
    const { target, unresolved } = fromRulesDocument(document, elsewhere);
    expect(unresolved).toEqual([
      {
        key: 'role:support',
        assignee: { type: 'role', name: 'Support' },
        rules: [{ kind: 'assignment', position: 2 }],
      },
      {
        key: 'user:lin@example.com',
        assignee: { type: 'user', email: 'lin@example.com' },
        rules: [{ kind: 'grouping', position: 1 }],
      },
    ]);
    expect(target.assignment?.[1]?.assignee).toBeNull();
    const mapped = fromRulesDocument(document, elsewhere, {
      mapping: new Map([
        ['role:support', null],
        ['user:lin@example.com', { type: 'user' as const, id: 41 }],
      ]),
    });
    expect(mapped.unresolved).toEqual([]);
    expect(mapped.target.grouping?.[0]?.assignee).toEqual({ type: 'user', id: 41 });
  });

  it('writes a person the directory does not know by id, and finds them by id again', () => {
    const gone = snapshot({ assignment: [assignmentRule(1, 0, 'A', { type: 'user', id: 99 })] });
    const document = reread(toRulesDocument(gone, staging, options));
    expect(document.assignment?.[0]?.assignee).toEqual({ type: 'user', id: 99 });
    expect(fromRulesDocument(document, staging).unresolved).toEqual([
      { key: 'user#99', assignee: { type: 'user', id: 99 }, rules: [{ kind: 'assignment', position: 1 }] },
    ]);
    const back = { ...staging, members: [...staging.members, member(99, 'old@example.com')] };
    expect(fromRulesDocument(document, back).target.assignment?.[0]?.assignee).toEqual({ type: 'user', id: 99 });
    // Back where it came from, the id means the same person, listed or not.
    const roundTrip = fromRulesDocument(document, staging, { sameOrganization: true });
    expect(roundTrip).toEqual({ target: expect.anything(), unresolved: [] });
    expect(planRules(gone, roundTrip.target).operations).toEqual([]);
  });
});
