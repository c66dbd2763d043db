import { createMiddleware } from 'hono/factory';

const vary = 'origin, access-control-request-method, access-control-request-headers';

/**
 * capture's CORS layer (rust/capture/src/router.rs): any origin, mirrored with credentials, since SDKs post from the
 * pages they run in and posthog-js sends XHR with credentials. A preflight is answered here; other requests get the
 * headers on their answer, errors included.
 */
export const sdkCors = createMiddleware(async (c, next) => {
  const origin = c.req.header('origin');
  if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') !== undefined) {
    const headers: Record<string, string> = {
      'Access-Control-Allow-Methods': 'GET,POST,OPTIONS',
      'Access-Control-Allow-Credentials': 'true',
      Vary: vary,
    };
    if (origin !== undefined) headers['Access-Control-Allow-Origin'] = origin;
    const requested = c.req.header('access-control-request-headers');
    if (requested !== undefined) headers['Access-Control-Allow-Headers'] = requested;
    return new Response(null, { status: 200, headers });
  }
  await next();
  if (origin !== undefined) {
    c.res.headers.set('Access-Control-Allow-Origin', origin);
    c.res.headers.set('Access-Control-Allow-Credentials', 'true');
  }
  c.res.headers.append('Vary', vary);
});
