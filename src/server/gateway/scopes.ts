/**
 * As PostHog declares it per viewset: `<object>:read` for safe methods, else `<object>:write`. A console route that
 * reads two of PostHog's objects needs both.
 */
const scopedObjects: Array<[RegExp, string, ...string[]]> = [
  [/^\/api\/(?:environments|projects)\/[^/]+\/error_tracking(?:\/|$)/, 'error_tracking'],
  [/^\/api\/(?:environments|projects)\/[^/]+\/integrations(?:\/|$)/, 'integration'],
  // The console's own token routes (local mode), under the scopes of PostHog's integrations.
  [/^\/api\/console\/environments\/[^/]+\/integrations(?:\/|$)/, 'integration'],
  [/^\/api\/(?:environments|projects)\/[^/]+\/query(?:\/|$)/, 'query'],
  // The console's recent exceptions ask PostHog's query API, under its scope.
  [/^\/api\/console\/environments\/[^/]+\/exceptions(?:\/|$)/, 'query'],
  // The rule statistics read the rules and replay the exceptions PostHog's query API returns.
  [/^\/api\/console\/environments\/[^/]+\/rule-stats(?:\/|$)/, 'error_tracking', 'query'],
  // The console's rule history, in both modes: it records what the rule endpoints did.
  [/^\/api\/console\/environments\/[^/]+\/rule-history(?:\/|$)/, 'error_tracking'],
  // The console's ingestion counters, under the scopes of error tracking.
  [/^\/api\/console\/environments\/[^/]+\/ingestion(?:\/|$)/, 'error_tracking'],
  [/^\/api\/organizations\/[^/]+\/members(?:\/|$)/, 'organization_member'],
  [/^\/api\/organizations\/[^/]+\/roles(?:\/|$)/, 'organization'],
  [/^\/api\/projects\/?(?:\d+(?:\/environments)?\/?)?$/, 'project'],
];

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A search sent as a POST body (`…/error_tracking/query/issues/`) only reads, as PostHog's query API does. */
const readingPost = /^\/api\/(?:environments|projects)\/[^/]+\/error_tracking\/query(?:\/|$)/;

/** PostHog's QueryViewSet declares every action a read (running, polling and cancelling a query). */
const readOnlyObjects = new Set(['query']);

/** Every scope a request needs (none for routes PostHog does not scope). */
export function requiredScopes(method: string, pathname: string): string[] {
  const match = scopedObjects.find(([pattern]) => pattern.test(pathname));
  if (!match) return [];
  const [, ...objects] = match;
  return objects.map((object) => {
    const reads =
      safeMethods.has(method) || readOnlyObjects.has(object) || (method === 'POST' && readingPost.test(pathname));
    return `${object}:${reads ? 'read' : 'write'}`;
  });
}

export function hasScope(scopes: string[] | null, needed: string): boolean {
  if (scopes === null || scopes.length === 0 || scopes.includes('*')) return true;
  return scopes.includes(needed);
}

export function isSafeMethod(method: string): boolean {
  return safeMethods.has(method);
}
