import { Hono } from 'hono';
import type { AppEnv, Principal } from '../../app-env';
import { ApiError, errorResponse, problems } from '../../http/api-error';
import { localApi } from '../../local-api';
import type { Db } from '../../store/database';
import { jsonHeaders, type QueryTransport } from './query-transport';

/**
 * The local server's own PostHog API, called in process as the caller (so its environment checks apply) and over
 * the same requests and answers as PostHog's: the console reads both the same way.
 */
export function localQueryTransport(db: Db, principal: Principal): QueryTransport {
  const app = new Hono<AppEnv>({ strict: false });
  app.onError((err) => {
    if (err instanceof ApiError) return errorResponse(err);
    console.error(err);
    return errorResponse(problems.server());
  });
  app.notFound(() => errorResponse(problems.notFound()));
  app.use('*', async (c, next) => {
    c.set('db', db);
    c.set('principal', principal);
    await next();
  });
  app.route('/api', localApi());
  return async ({ method, path, body }) => {
    const response = await app.request(path, {
      method,
      headers: jsonHeaders,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, text: await response.text(), retryAfter: response.headers.get('retry-after') };
  };
}
