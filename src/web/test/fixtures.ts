import type { Paginated } from '../../contract/common';
import type { ExternalReference } from '../../contract/external-references';
import type { Fingerprint } from '../../contract/fingerprints';
import type { Issue } from '../../contract/issues';
import type { PersonalApiKey, Project } from '../../contract/organization';
import type { AssignmentRule, GroupingRule, SuppressionRule } from '../../contract/rules';

export function page<T>(results: T[], count = results.length): Paginated<T> {
  return { count, next: null, previous: null, results };
}

export const projects: Project[] = [
  { id: 1, name: 'Web app', organization: '0190f4c4-0000-7000-8000-000000000001' },
  { id: 2, name: 'Mobile', organization: '0190f4c4-0000-7000-8000-000000000001' },
];

const base = { disabled_data: null, created_at: '2026-01-02T10:00:00.000Z', updated_at: null };

export const assignmentRules: AssignmentRule[] = [
  {
    ...base,
    id: '0190f4c4-8d2a-7a3b-9c1d-000000000001',
    order_key: 0,
    filters: {
      type: 'AND',
      values: [{ key: '$exception_types', type: 'event', operator: 'exact', value: ['TypeError', 'RangeError'] }],
    },
    assignee: { type: 'user', id: 7 },
  },
  {
    ...base,
    id: '0190f4c4-8d2a-7a3b-9c1d-000000000002',
    order_key: 1,
    filters: { type: 'AND', values: [] },
    assignee: null,
    disabled_data: { message: 'Invalid regex' },
  },
];

export const groupingRules: GroupingRule[] = [
  {
    ...base,
    id: '0190f4c4-8d2a-7a3b-9c1d-000000000003',
    order_key: 0,
    filters: { type: 'OR', values: [{ key: '$browser', type: 'event', operator: 'icontains', value: 'Chrome' }] },
    assignee: null,
    description: 'Chrome noise',
    issue: null,
  },
];

export const suppressionRules: SuppressionRule[] = [
  {
    ...base,
    id: '0190f4c4-8d2a-7a3b-9c1d-000000000004',
    order_key: 0,
    filters: { type: 'AND', values: [{ key: '$exception_values', type: 'event', operator: 'is_set' }] },
    sampling_rate: 0.25,
  },
];

export const issues: Issue[] = [
  {
    id: '0190f4c4-8d2a-7a3b-9c1d-000000000010',
    status: 'active',
    name: 'TypeError: x is undefined',
    description: null,
    first_seen: '2026-01-03T09:00:00.000Z',
    assignee: null,
    external_issues: [],
  },
];

export const fingerprints: Fingerprint[] = [
  {
    id: '0190f4c4-8d2a-7a3b-9c1d-000000000020',
    fingerprint: 'fp-web-1',
    issue_id: '0190f4c4-8d2a-7a3b-9c1d-000000000010',
    created_at: '2026-01-03T09:00:00.000Z',
    first_seen: null,
  },
];

export const externalReferences: ExternalReference[] = [
  {
    id: '0190f4c4-8d2a-7a3b-9c1d-000000000030',
    integration: { id: 3, kind: 'github', display_name: 'acme' },
    external_url: 'https://github.com/acme/web/issues/12',
  },
];

export const currentKey: PersonalApiKey = {
  id: '0190f4c4-8d2a-7a3b-9c1d-000000000040',
  label: 'Triage console',
  mask_value: 'phx_…a1b2',
  scopes: ['error_tracking:read', 'error_tracking:write', 'project:read'],
  scoped_teams: null,
  scoped_organizations: null,
};

const envPath = (envId: number, resource: string) => `/api/projects/${envId}/error_tracking/${resource}/`;

/** A backend with two environments: env 1 holds the fixtures above, env 2 is empty. */
export function backendRoutes(): Record<string, object> {
  const routes: Record<string, object> = {
    '/api/projects/': page(projects),
    '/api/personal_api_keys/@current/': currentKey,
    '/api/console/backend/': { mode: 'local', host: null, default_environment_id: null },
  };
  for (const envId of [1, 2]) {
    const has = envId === 1;
    routes[envPath(envId, 'assignment_rules')] = page(has ? assignmentRules : []);
    routes[envPath(envId, 'grouping_rules')] = { results: has ? groupingRules : [] };
    routes[envPath(envId, 'suppression_rules')] = page(has ? suppressionRules : []);
    routes[envPath(envId, 'issues')] = page(has ? issues : []);
    routes[envPath(envId, 'fingerprints')] = page(has ? fingerprints : []);
    routes[envPath(envId, 'external_references')] = page(has ? externalReferences : []);
  }
  return routes;
}
