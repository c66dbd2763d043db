import { Hono, type Context } from 'hono';
import { hogqlQueryRequestSchema } from '../../contract/hogql-query';
import type { AppEnv } from '../app-env';
import { problems } from '../http/api-error';
import { readBody } from '../http/body';
import { isUuid } from '../http/ids';
import { exceptionColumns } from '../hogql/exception-query-shape';
import { recognizeExceptionQuery } from '../hogql/recognize-exception-query';
import { recognizeFirstExceptionsQuery } from '../hogql/recognize-first-exceptions-query';
import {
  listFirstExceptionEvents,
  listRecentExceptionEvents,
  type RecentExceptionRow,
} from '../store/recent-exceptions-repository';
import { refuseOtherMethods } from './refuse-methods';

export const onlyTheConsoleQuery =
  "The local server runs only the console's own exception queries (the SELECTs of recent and of first $exception " +
  'events it builds); other HogQL needs a real PostHog.';

/** PostHog's cap on an explicit LIMIT (`MAX_SELECT_RETURNED_ROWS`). */
const maxRows = 50_000;
/** HogQL's LIMIT for a query without one (`DEFAULT_RETURNED_ROWS`). */
const defaultRows = 100;
const dayMs = 86_400_000;

const cannotParseUuid = (text: string) => problems.validation(`Cannot parse UUID from String '${text}'.`, null);

/** A window reaching before 1970 holds every event (and a Date that far back would not exist). */
const windowStart = (now: number, days: number) => new Date(Math.max(now - days * dayMs, 0)).toISOString();

/** A query without a LIMIT of its own is paginated by HogQL (`HogQLHasMorePaginator`): a page of 100 rows. */
type Page = { hasMore: boolean; limit: number; offset: number } | null;

/** The rows of whichever console query `text` is, or null for any other HogQL. */
function answerConsoleQuery(
  c: Context<AppEnv>,
  text: string,
  now: number,
): { rows: RecentExceptionRow[]; page: Page } | null {
  const recent = recognizeExceptionQuery(text);
  if (recent !== null) {
    const odd = [recent.event, recent.issue].find((id) => id !== undefined && !isUuid(id));
    if (odd !== undefined) throw cannotParseUuid(odd);
    const rows = listRecentExceptionEvents(c.var.db, c.var.teamId, {
      from: windowStart(now, recent.days),
      eventId: recent.event?.toLowerCase(),
      issueId: recent.issue?.toLowerCase(),
      search: recent.search,
      limit: Math.min(recent.limit, maxRows),
      offset: recent.offset ?? 0,
    });
    return { rows, page: null };
  }
  const first = recognizeFirstExceptionsQuery(text);
  if (first === null) return null;
  const odd = first.issues.find((id) => !isUuid(id));
  if (odd !== undefined) throw cannotParseUuid(odd);
  const rows = listFirstExceptionEvents(c.var.db, c.var.teamId, {
    from: windowStart(now, first.days),
    issueIds: first.issues.map((id) => id.toLowerCase()),
    limit: defaultRows + 1,
  });
  return {
    rows: rows.slice(0, defaultRows),
    page: { hasMore: rows.length > defaultRows, limit: defaultRows, offset: 0 },
  };
}

const columnTypes: Record<(typeof exceptionColumns)[number], string> = {
  uuid: 'UUID',
  timestamp: "DateTime64(6, 'UTC')",
  issue_id: 'Nullable(UUID)',
  fingerprint: 'Nullable(String)',
  properties: 'String',
};

/**
 * PostHog's query endpoint for the two queries the console sends: it cannot run HogQL, so it reads the SELECT back
 * and answers from the exception events table in `HogQLQueryResponse`'s shape. Never async: no 202. An explicit
 * LIMIT above PostHog's cap is lowered to it, as PostHog does.
 */
export function queryRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ strict: false });

  app.post('/', async (c) => {
    const { query } = await readBody(c, hogqlQueryRequestSchema);
    const now = Date.now();
    const answer = query.kind === 'HogQLQuery' ? answerConsoleQuery(c, query.query, now) : null;
    if (answer === null) throw problems.validation(onlyTheConsoleQuery, null);
    return c.json({
      results: answer.rows.map((row) => exceptionColumns.map((column) => row[column])),
      columns: exceptionColumns,
      types: exceptionColumns.map((column) => [column, columnTypes[column]]),
      hogql: query.query,
      query: query.query,
      // With a LIMIT of its own a HogQL query is not paginated (HogQLQueryRunner): these stay null.
      hasMore: answer.page?.hasMore ?? null,
      limit: answer.page?.limit ?? null,
      offset: answer.page?.offset ?? null,
      timings: [],
      modifiers: {},
      is_cached: false,
      last_refresh: new Date(now).toISOString(),
    });
  });

  refuseOtherMethods(app, ['/']);
  return app;
}
