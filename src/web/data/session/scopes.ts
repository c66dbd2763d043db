export const scopeEffects = {
  'error_tracking:read': 'Nothing of error tracking can be read: rules, issues, fingerprints, references.',
  'error_tracking:write': 'Creating, editing, reordering and deleting rules; changing issues; linking tickets.',
  'organization_member:read': 'Member names: assignees show as user ids and the picker takes an id.',
  'organization:read': 'Role names: role assignees show as ids.',
  'integration:read': 'Linking tickets: the integrations cannot be listed.',
  'project:read': 'Listing environments: only the configured default environment can be opened.',
  'query:read': "Recent exceptions to try rules on cannot be fetched; an event's JSON can still be pasted.",
} as const;
export type DashboardScope = keyof typeof scopeEffects;

/** A key with `*` or no scope list may do everything (PostHog's rule). */
export function hasScope(scopes: readonly string[], scope: string): boolean {
  return scopes.length === 0 || scopes.includes('*') || scopes.includes(scope);
}

export function missingScopes(scopes: readonly string[]): DashboardScope[] {
  return (Object.keys(scopeEffects) as DashboardScope[]).filter((scope) => !hasScope(scopes, scope));
}
