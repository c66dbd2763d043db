/**
 * Query keys go general → specific, so invalidating `environment(id)` refreshes everything of that
 * environment and `resource(id, 'assignment_rules')` every list and detail of one resource.
 */
export const queryKeys = {
  projects: () => ['projects'] as const,
  currentKey: () => ['personal_api_keys', '@current'] as const,
  backend: () => ['console', 'backend'] as const,
  /** The organization of the session (`@current`): its members and roles. */
  organization: (resource: 'members' | 'roles') => ['organizations', '@current', resource] as const,
  environment: (envId: number) => ['env', envId] as const,
  resource: (envId: number, resource: string) => ['env', envId, resource] as const,
  list: (envId: number, resource: string, params: Record<string, unknown> = {}) =>
    ['env', envId, resource, 'list', params] as const,
  detail: (envId: number, resource: string, id: string) => ['env', envId, resource, 'detail', id] as const,
};
