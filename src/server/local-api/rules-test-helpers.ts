import { expect } from 'vitest';
import { ruleResourcePaths, type RuleKind } from '../../contract/rules';
import { makeTestServer } from '../test-support';

export const typeError = {
  type: 'AND',
  values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError'] }],
};
export const chrome = {
  type: 'OR',
  values: [{ key: '$browser', type: 'event', operator: 'icontains', value: 'chrome' }],
};

export const validBody: Record<RuleKind, Record<string, unknown>> = {
  assignment: { filters: typeError, assignee: { type: 'user', id: 7 } },
  grouping: { filters: typeError, assignee: null, description: 'All type errors' },
  suppression: { filters: typeError, sampling_rate: 0.5 },
};

export const notFound = { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null };
export const methodNotAllowed = (method: string) => ({
  type: 'invalid_request',
  code: 'method_not_allowed',
  detail: `Method "${method}" not allowed.`,
  attr: null,
});
export const invalid = (detail: string, attr: string) => ({
  type: 'validation_error',
  code: 'invalid_input',
  detail,
  attr,
});
export const required = (attr: string) => ({
  type: 'validation_error',
  code: 'required',
  detail: 'This field is required.',
  attr,
});
export const malformedIds = ['not-a-uuid', '123', '0000000-0000-4000-8000-000000000000'];
export const unknownId = '00000000-0000-4000-8000-000000000000';

export type RuleJson = { id: string } & Record<string, unknown>;

export function setupRules(kind: RuleKind): ReturnType<typeof makeTestServer> & {
  path: (env?: number, prefix?: string) => string;
  create: (body?: Record<string, unknown>, env?: number) => Promise<RuleJson>;
  snapshot: () => unknown[];
  row: (id: string) => Record<string, unknown>;
} {
  const server = makeTestServer();
  const path = (env = 1, prefix = 'environments') => `/api/${prefix}/${env}/error_tracking/${ruleResourcePaths[kind]}`;
  const create = async (body: Record<string, unknown> = validBody[kind], env = 1) => {
    const res = await server.call('POST', `${path(env)}/`, { body });
    expect(res.status).toBe(201);
    return res.json as RuleJson;
  };
  const snapshot = () => server.db.prepare('SELECT * FROM rules ORDER BY id').all();
  const row = (id: string) => server.db.prepare('SELECT * FROM rules WHERE id = ?').get(id) as Record<string, unknown>;
  return { ...server, path, create, snapshot, row };
}
