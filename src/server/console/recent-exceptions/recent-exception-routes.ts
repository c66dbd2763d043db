import { Hono } from 'hono';
import { recentExceptionsParamsSchema, type RecentExceptions } from '../../../contract/recent-exceptions';
import type { AppEnv } from '../../app-env';
import type { Upstream } from '../../connected/upstream-config';
import { readQuery } from '../../http/body';
import { buildExceptionQuery } from '../../hogql/build-exception-query';
import { environment } from '../../local-api/environment';
import { refuseOtherMethods } from '../../local-api/refuse-methods';
import { upstreamEnvironment } from '../upstream-environment';
import { localQueryTransport } from './local-query-transport';
import { readExceptionRows } from './read-exception-rows';
import { runHogQLQuery } from './run-hogql-query';
import { upstreamQueryTransport } from './upstream-query-transport';

const dayMs = 86_400_000;
const localBudgetMs = 30_000;
export const exceptionQueryName = 'triage-console: recent exceptions';

/** The search meets each list as HogQL reads it, its JSON text: a quote or a backslash is written as there. */
const asJsonText = (text: string) => JSON.stringify(text).slice(1, -1);

/**
 * `GET /api/console/environments/:id/exceptions/`: the browser's only way to ask for events. It names a window,
 * a limit, one event, an issue and a search text; the HogQL is built here, and sent to PostHog (connected) or to the local
 * server's query API (local), one code path for both.
 */
export function recentExceptionRoutes(upstream: Upstream | null): Hono<AppEnv> {
  const env = new Hono<AppEnv>({ strict: false });
  env.use('*', upstream === null ? environment : upstreamEnvironment);

  env.get('/', async (c) => {
    const filter = readQuery(c, recentExceptionsParamsSchema);
    const now = Date.now();
    const response = await runHogQLQuery(
      {
        transport:
          upstream === null ? localQueryTransport(c.var.db, c.var.principal) : upstreamQueryTransport(upstream),
        teamId: c.var.teamId,
        budgetMs: upstream?.timeoutMs ?? localBudgetMs,
        name: exceptionQueryName,
      },
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
      window: {
        days: filter.days,
        from: new Date(now - filter.days * dayMs).toISOString(),
        to: new Date(now).toISOString(),
      },
    };
    return c.json(answer);
  });

  refuseOtherMethods(env, ['/']);

  const routes = new Hono<AppEnv>({ strict: false });
  routes.route('/environments/:teamId/exceptions', env);
  return routes;
}
