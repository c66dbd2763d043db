/** A request the page sent, as a test reads it back. */
export type Recorded = { method: string; path: string; search: URLSearchParams; body: unknown };

export function recordOf(url: URL, init: RequestInit | undefined): Recorded {
  const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
  return { method: init?.method ?? 'GET', path: url.pathname, search: url.searchParams, body };
}

/** "METHOD /path", "/path" (any method) or "METHOD" (any path); a path ending in `*` matches by prefix. */
export function matchesRoute(route: string, { method, path }: Recorded): boolean {
  const [first = '', second] = route.split(' ');
  const [routeMethod, routePath] = first.startsWith('/') ? [undefined, first] : [first, second];
  if (routeMethod !== undefined && routeMethod !== method) return false;
  if (routePath === undefined) return true;
  return routePath.endsWith('*') ? path.startsWith(routePath.slice(0, -1)) : path === routePath;
}
