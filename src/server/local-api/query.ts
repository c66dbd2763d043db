import { Hono } from 'hono';
import { hogqlQueryRequestSchema } from '../../contract/hogql-query';
import type { AppEnv } from '../app-env';
import { problems } from '../http/api-error';
import { readBody } from '../http/body';
import { isUuid } from '../http/ids';
import { exceptionColumns } from '../hogql/exception-query-shape';
import { recognizeExceptionQuery } from '../hogql/recognize-exception-query';
import { listRecentExceptionEvents } from '../store/recent-exceptions-repository';
import { refuseOtherMethods } from './refuse-methods';

export const onlyTheConsoleQuery =
  "The local server runs only the console's own exception query (the SELECT of recent $exception events it " +
  'builds); other HogQL needs a real PostHog.';

/** PostHog's cap on an explicit LIMIT (`MAX_SELECT_RETURNED_ROWS`). */
const maxRows = 50_000;
const dayMs = 86_400_000;

const columnTypes: Record<(typeof exceptionColumns)[number], string> = {
  uuid: 'UUID',
  timestamp: "DateTime64(6, 'UTC')",
  issue_id: 'Nullable(UUID)',
  fingerprint: 'Nullable(String)',
  properties: 'String',
};

/**
 * PostHog's query endpoint for the one query the console sends: it cannot run HogQL, so it reads that SELECT back
 * and answers from the exception events table in `HogQLQueryResponse`'s shape. Never async: no 202. An explicit
 * LIMIT above PostHog's cap is lowered to it, as PostHog does.
 */
export function queryRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ strict: false });

  app.post('/', async (c) => {
    const { query } = await readBody(c, hogqlQueryRequestSchema);
    const recognized = query.kind === 'HogQLQuery' ? recognizeExceptionQuery(query.query) : null;
    if (recognized === null) throw problems.validation(onlyTheConsoleQuery, null);
    for (const id of [recognized.event, recognized.issue]) {
      if (id !== undefined && !isUuid(id)) throw problems.validation(`Cannot parse UUID from String '${id}'.`, null);
    }
    const limit = Math.min(recognized.limit, maxRows);
    const now = Date.now();
    const rows = listRecentExceptionEvents(c.var.db, c.var.teamId, {
      // A window reaching before 1970 holds every event (and a Date that far back would not exist).
      from: new Date(Math.max(now - recognized.days * dayMs, 0)).toISOString(),
      eventId: recognized.event?.toLowerCase(),
      issueId: recognized.issue?.toLowerCase(),
      search: recognized.search,
      limit,
      offset: recognized.offset ?? 0,
    });
    return c.json({
      results: rows.map((row) => exceptionColumns.map((column) => row[column])),
      columns: exceptionColumns,
      types: exceptionColumns.map((column) => [column, columnTypes[column]]),
      hogql: query.query,
      query: query.query,
      // With a LIMIT of its own a HogQL query is not paginated (HogQLQueryRunner): these stay null.
      hasMore: null,
      limit: null,
      offset: null,
      timings: [],
      modifiers: {},
      is_cached: false,
      last_refresh: new Date(now).toISOString(),
    });
  });

  refuseOtherMethods(app, ['/']);
  return app;
}
