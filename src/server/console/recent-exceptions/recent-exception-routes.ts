import { Hono, type Context } from 'hono';
import { firstExceptionsParamsSchema, type FirstExceptions } from '../../../contract/first-exceptions';
import { recentExceptionsParamsSchema, type RecentExceptions } from '../../../contract/recent-exceptions';
import type { AppEnv } from '../../app-env';
import type { Upstream } from '../../connected/upstream-config';
import { readQuery } from '../../http/body';
import { buildExceptionQuery } from '../../hogql/build-exception-query';
import { buildFirstExceptionsQuery } from '../../hogql/build-first-exceptions-query';
import { environment } from '../../local-api/environment';
import { refuseOtherMethods } from '../../local-api/refuse-methods';
import { upstreamEnvironment } from '../upstream-environment';
import { localQueryTransport } from './local-query-transport';
import { readExceptionRows } from './read-exception-rows';
import { runHogQLQuery, type HogQLRun } from './run-hogql-query';
import { upstreamQueryTransport } from './upstream-query-transport';

const dayMs = 86_400_000;
const localBudgetMs = 30_000;
export const exceptionQueryName = 'triage-console: recent exceptions';
export const firstExceptionsQueryName = 'triage-console: first exceptions';

/** The search meets each list as HogQL reads it, its JSON text: a quote or a backslash is written as there. */
const asJsonText = (text: string) => JSON.stringify(text).slice(1, -1);

const windowOf = (days: number, now: number) => ({
  days,
  from: new Date(now - days * dayMs).toISOString(),
  to: new Date(now).toISOString(),
});

function hogqlRun(c: Context<AppEnv>, upstream: Upstream | null, name: string): HogQLRun {
  return {
    transport: upstream === null ? localQueryTransport(c.var.db, c.var.principal) : upstreamQueryTransport(upstream),
    teamId: c.var.teamId,
    budgetMs: upstream?.timeoutMs ?? localBudgetMs,
    name,
  };
}

/**
 * The browser's only ways to ask for events: `GET /api/console/environments/:id/exceptions/` names a window, a
 * limit, one event, an issue and a search text; `…/exceptions/first/` names issues, and answers the earliest event
 * of each. The HogQL is built here, and sent to PostHog (connected) or to the local server's query API (local), one
 * code path for both.
 */
export function recentExceptionRoutes(upstream: Upstream | null): Hono<AppEnv> {
  const env = new Hono<AppEnv>({ strict: false });
  env.use('*', upstream === null ? environment : upstreamEnvironment);

  env.get('/', async (c) => {
    const filter = readQuery(c, recentExceptionsParamsSchema);
    const now = Date.now();
    const response = await runHogQLQuery(
      hogqlRun(c, upstream, exceptionQueryName),
      buildExceptionQuery({
        days: filter.days,
        limit: filter.limit + 1,
        event: filter.event,
        issue: filter.issue,
        search: filter.search === undefined ? undefined : asJsonText(filter.search),
      }),
    );
    const { events, skipped, hasMore } = readExceptionRows(response, filter.limit);
    const answer: RecentExceptions = {
      results: events,
      hasMore,
      limit: filter.limit,
      skipped,
      window: windowOf(filter.days, now),
    };
    return c.json(answer);
  });

  env.get('/first', async (c) => {
    const { issues, days } = readQuery(c, firstExceptionsParamsSchema);
    const now = Date.now();
    const response = await runHogQLQuery(
      hogqlRun(c, upstream, firstExceptionsQueryName),
      buildFirstExceptionsQuery({ days, issues }),
    );
    const { events, skipped } = readExceptionRows(response, issues.length);
    const answer: FirstExceptions = { results: events, skipped, window: windowOf(days, now) };
    return c.json(answer);
  });

  refuseOtherMethods(env, ['/', '/first']);

  const routes = new Hono<AppEnv>({ strict: false });
  routes.route('/environments/:teamId/exceptions', env);
  return routes;
}
