import { describe, expect, it } from 'vitest';
import { rulesDocumentSchema } from './rules-document';

const filters = {
  type: 'AND',
  values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: 'TypeError' }],
};
const messages = (input: unknown) =>
  rulesDocumentSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('the rules document schema', () => {
  it('reads a minimal hand-written document, with defaults for what it leaves out', () => {
    const document = rulesDocumentSchema.parse({
      version: 1,
      grouping: [{ position: 1, filters }],
      suppression: [{ position: 1, filters }],
    });
    expect(document.grouping).toEqual([{ position: 1, filters, assignee: null, description: null }]);
    expect(document.suppression).toEqual([{ position: 1, filters, sampling_rate: 1 }]);
    expect(document.assignment).toBeUndefined();
  });

  it('refuses positions out of step with the list, ids listed twice, unknown fields and other versions', () => {
    const id = '0a0a0a0a-0000-4000-8000-000000000001';
    expect(
      messages({
        version: 1,
        assignment: [
          { position: 1, id, filters, assignee: null },
          { position: 3, id, filters, assignee: null, asignee: null },
        ],
      }),
    ).toEqual([
      'assignment.1: Unrecognized key: "asignee"',
      'assignment.1.position: Expected position 2: rules run in the order they are listed, numbered 1, 2, 3…',
      `assignment.1.id: The id ${id} is listed twice.`,
    ]);
    expect(messages({ version: 2 })).toEqual(['version: Invalid input: expected 1']);
  });

  it('checks filters as PostHog does, and keeps what PostHog keeps', () => {
    const leafWithExtra = { key: 'n', operator: 'gt', value: 1, label: 'N above 1' };
    const parsed = rulesDocumentSchema.parse({
      version: 1,
      suppression: [{ position: 1, filters: { type: 'OR', values: [leafWithExtra, {}] } }],
    });
    expect(parsed.suppression?.[0]?.filters).toEqual({ type: 'OR', values: [leafWithExtra, {}] });
    expect(
      messages({ version: 1, suppression: [{ position: 1, filters: { type: 'AND', values: [{ value: 'x' }] } }] }),
    ).toEqual(['suppression.0.filters.values.0: A property is required.']);
  });

  it('names people by email and roles by name, refusing an assignee with neither', () => {
    const withAssignee = (assignee: unknown) => ({ version: 1, assignment: [{ position: 1, filters, assignee }] });
    expect(messages(withAssignee({ type: 'user', email: 'ada@example.com' }))).toBeUndefined();
    expect(messages(withAssignee({ type: 'role', name: 'Support' }))).toBeUndefined();
    expect(messages(withAssignee({ type: 'user' }))).toEqual(['assignment.0.assignee: A user needs an email.']);
  });
});
