type QueryValue = string | number | boolean | null | undefined;

/** `/api/environments/:id/` is a deprecated alias that some instances still need (see docs/decisions/011). */
let environmentPrefix: 'projects' | 'environments' = 'projects';

export function environmentPath(envId: number, resource: string): string {
  return `/api/${environmentPrefix}/${envId}/${resource.replace(/^\/+/, '')}`;
}

const projectRoute = /^\/api\/projects\/(\d+)\/(?!environments(?:\/|$))(.+)$/;

export function legacyEnvironmentPath(path: string): string | null {
  const match = projectRoute.exec(path);
  return match ? `/api/environments/${match[1]}/${match[2]}` : null;
}

export function switchToLegacyEnvironmentPrefix(): void {
  environmentPrefix = 'environments';
}

/** Tests only. */
export function resetEnvironmentPrefix(): void {
  environmentPrefix = 'projects';
}

export function withQuery(path: string, params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
