import { Hono, type Context } from 'hono';
import type { AppEnv } from '../app-env';
import type { Db } from '../store/database';
import { findProjectIdByToken } from '../store/projects-repository';
import { captureErrorResponse, captureErrors, CaptureError } from './capture-error';
import { captureLimits, readCapturePayload } from './capture-payload';
import { parseCaptureRequest, refusedRequestOf, requestToken, type CaptureRequest } from './capture-request';
import { ingestCapture, type IngestionOptions } from './ingest-capture';
import { IngestionCounts } from './ingestion-counts';
import { sdkCors } from './sdk-cors';

/** capture's single-event paths; `/batch` alone takes 20 MB (rust/capture/src/router.rs). */
export const capturePaths = { event: ['/e', '/i/v0/e', '/capture', '/track', '/engage'], batch: ['/batch'] };

/** posthog-js sends its clock as `_` (ms); capture ignores values that read as seconds. */
function querySentAt(c: Context): Date | null {
  const value = Number(c.req.query('_'));
  return Number.isSafeInteger(value) && value > Date.UTC(2021, 0, 1) ? new Date(value) : null;
}

/** A refused request that names a real environment is counted there, with its events; one that names none writes nothing. */
function countRefusal(db: Db, err: CaptureError, request: CaptureRequest | null, text: string | null): void {
  if (err.status !== 400 || text === null) return;
  let refused: { token: string | null; events: number };
  try {
    refused =
      request === null ? refusedRequestOf(text) : { token: requestToken(request), events: request.events.length };
  } catch {
    return;
  }
  const teamId = refused.token === null ? null : findProjectIdByToken(db, refused.token.trim());
  if (teamId === null) return;
  const counts = new IngestionCounts();
  counts.add('rejected', err.code, Math.max(1, refused.events));
  db.transaction(() => counts.flush(db, teamId))();
}

function captureHandler(options: IngestionOptions, limit: number) {
  return async (c: Context<AppEnv>) => {
    const now = Date.now();
    const { db } = c.var;
    let text: string | null = null;
    let request: CaptureRequest | null = null;
    try {
      text = await readCapturePayload(
        { path: c.req.path, query: (name) => c.req.query(name), request: c.req.raw },
        limit,
      );
      request = parseCaptureRequest(text, c.req.path);
      if (request.events.length > 0) {
        const teamId = findProjectIdByToken(db, requestToken(request));
        if (teamId === null) throw captureErrors.unknownToken();
        await ingestCapture(db, options, teamId, request, { now, sentAt: request.sentAt ?? querySentAt(c) });
      }
      return c.req.query('beacon') === '1' ? c.body(null, 204) : c.json({ status: 'Ok' });
    } catch (err) {
      if (!(err instanceof CaptureError)) {
        console.error(err);
        return captureErrorResponse(captureErrors.internal());
      }
      countRefusal(db, err, request, text);
      return captureErrorResponse(err);
    }
  };
}

/** PostHog's capture endpoints at the server's root, for the SDKs: no session, no key, the project token decides. */
export function captureRoutes(options: IngestionOptions): Hono<AppEnv> {
  const routes = new Hono<AppEnv>({ strict: false });
  routes.use('*', sdkCors);
  for (const [kind, paths] of Object.entries(capturePaths)) {
    const handler = captureHandler(options, kind === 'batch' ? captureLimits.batch : captureLimits.event);
    for (const path of paths) {
      routes.on(['GET', 'POST'], path, handler);
      routes.options(path, (c) => c.json({ status: 'Ok' }));
    }
  }
  return routes;
}
