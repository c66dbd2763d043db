type QueryValue = string | number | boolean | null | undefined;

/**
 * PostHog routes error tracking under `/api/projects/:id/`; `/api/environments/:id/` is a deprecated alias
 * that instances from the projects/environments split may still need. The api client switches to it once
 * such an instance says the projects route does not exist (see docs/decisions/011).
 */
let environmentPrefix: 'projects' | 'environments' = 'projects';

/** `/api/projects/:envId/<resource>/` (or the older `/api/environments/…`): every environment-scoped endpoint. */
export function environmentPath(envId: number, resource: string): string {
  return `/api/${environmentPrefix}/${envId}/${resource.replace(/^\/+/, '')}`;
}

const projectRoute = /^\/api\/projects\/(\d+)\/(?!environments(?:\/|$))(.+)$/;

/** The same call on the older prefix, for a path under `/api/projects/:id/<resource>`; null for any other path. */
export function legacyEnvironmentPath(path: string): string | null {
  const match = projectRoute.exec(path);
  return match ? `/api/environments/${match[1]}/${match[2]}` : null;
}

/** From now on, build environment paths on `/api/environments/`. */
export function switchToLegacyEnvironmentPrefix(): void {
  environmentPrefix = 'environments';
}

/** Tests only: back to `/api/projects/`. */
export function resetEnvironmentPrefix(): void {
  environmentPrefix = 'projects';
}

/** Appends the defined parameters as a query string. */
export function withQuery(path: string, params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
