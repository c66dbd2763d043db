/** General → specific: invalidating `environment(id)` refreshes everything of that environment. */
export const queryKeys = {
  projects: () => ['projects'] as const,
  currentKey: () => ['personal_api_keys', '@current'] as const,
  backend: () => ['console', 'backend'] as const,
  organization: (resource: 'members' | 'roles') => ['organizations', '@current', resource] as const,
  environment: (envId: number) => ['env', envId] as const,
};

export const resourceKeys = (resource: string) => ({
  all: (envId: number) => [...queryKeys.environment(envId), resource] as const,
  list: (envId: number, params: Record<string, unknown> = {}) =>
    [...queryKeys.environment(envId), resource, 'list', params] as const,
  detail: (envId: number, id: string) => [...queryKeys.environment(envId), resource, 'detail', id] as const,
});
