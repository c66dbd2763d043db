import { Hono } from 'hono';
import type { z } from 'zod';
import { issueQueryInputSchema } from '../../contract/issues';
import type { AppEnv } from '../app-env';
import { readBody } from '../http/body';
import { queryIssues, type IssueQueryFilter } from '../store/issue-query-repository';
import { resolveDateRange } from './issue-query-dates';
import { toIssueQueryRow } from './issue-query-row';
import { refuseOtherMethods } from './refuse-methods';

type Input = z.output<typeof issueQueryInputSchema>;

/** PostHog's search tokens: words, or quoted phrases with their quotes stripped; each must match. */
export function searchTokens(searchQuery: string | undefined): string[] {
  const tokens = searchQuery?.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
  return tokens.map((token) => token.replace(/^["']+|["']+$/g, '')).filter((token) => token !== '');
}

/** A user id that is not an integer matches no issue (PostHog compares it with an integer column). */
function assigneeFilter(assignee: Input['assignee']): IssueQueryFilter['assignee'] | 'none' {
  if (!assignee) return undefined;
  if (assignee.type === 'role') return { type: 'role', id: String(assignee.id) };
  const id = typeof assignee.id === 'number' ? assignee.id : /^\d+$/.test(assignee.id) ? Number(assignee.id) : NaN;
  return Number.isInteger(id) ? { type: 'user', id } : 'none';
}

export function issueQueryRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ strict: false });

  app.post('/', async (c) => {
    const input = await readBody(c, issueQueryInputSchema);
    const { limit, offset } = input;
    const window = resolveDateRange(input.dateRange, Date.now());
    const assignee = assigneeFilter(input.assignee);
    // One row beyond the page tells whether there is more, without a count.
    const rows =
      assignee === 'none'
        ? []
        : queryIssues(c.var.db, c.var.teamId, {
            ...window,
            excludeTestAccounts: input.filterTestAccounts,
            tokens: searchTokens(input.searchQuery),
            status: input.status === 'all' ? undefined : input.status,
            assignee,
            orderBy: input.orderBy,
            direction: input.orderDirection,
            limit: limit + 1,
            offset,
          });
    const hasMore = rows.length > limit;
    return c.json({
      results: rows.slice(0, limit).map(toIssueQueryRow),
      hasMore,
      limit,
      offset,
      ...(hasMore ? { nextOffset: offset + limit } : {}),
    });
  });

  refuseOtherMethods(app, ['/']);
  return app;
}
