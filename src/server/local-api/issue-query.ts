import { Hono } from 'hono';
import { issueQueryInputSchema } from '../../contract/issues';
import type { AppEnv } from '../app-env';
import { readBody } from '../http/body';
import { listIssues } from '../store/issues-repository';
import { refuseOtherMethods } from './refuse-methods';

/** `POST …/error_tracking/query/issues/` (newer PostHog): a read, searching issue names and descriptions. */
export function issueQueryRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ strict: false });

  app.post('/', async (c) => {
    const { searchQuery, status, assignee, limit, offset } = await readBody(c, issueQueryInputSchema);
    // One row beyond the page tells whether there is more, without a count.
    const rows = listIssues(
      c.var.db,
      c.var.teamId,
      { search: searchQuery, status, assignee },
      { limit: limit + 1, offset },
    );
    return c.json({ results: rows.slice(0, limit), hasMore: rows.length > limit });
  });

  refuseOtherMethods(app, ['/']);
  return app;
}
