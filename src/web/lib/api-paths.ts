type QueryValue = string | number | boolean | null | undefined;

/** `/api/environments/:envId/<resource>/`: every environment-scoped endpoint lives under it. */
export function environmentPath(envId: number, resource: string): string {
  return `/api/environments/${envId}/${resource.replace(/^\/+/, '')}`;
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
