import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import type { AppEnv } from '../../app-env';
import { readConsoleHeaders } from './console-headers';
import { pageMayDiffer, type ListPage } from './list-page-check';
import { requestActor } from './request-actor';
import type { RuleHistoryRecorder } from './rule-history-recorder';
import { ruleRequest } from './rule-request';

const pageSchema = z.object({
  results: z.array(z.unknown()),
  next: z.string().nullable().optional(),
  count: z.number().int().optional(),
});

async function answeredPage(c: Context<AppEnv>): Promise<ListPage | null> {
  const page = pageSchema.safeParse(
    await c.res
      .clone()
      .json()
      .catch(() => null),
  );
  if (!page.success) return null;
  const offset = Number(c.req.query('offset') ?? '0');
  return {
    records: page.data.results,
    complete: !page.data.next && !(offset > 0),
    count: page.data.count ?? null,
  };
}

const succeeded = (c: Context) => c.res.status >= 200 && c.res.status < 300;

/**
 * Rule history around the rule endpoints, in both modes (local API or proxy): every write that succeeds gets an
 * entry, and a list read showing a state history does not have records it as changed outside the console. The
 * actor and plan headers are checked on every request; the proxy never passes them on.
 */
export function recordRuleHistory(recorder: RuleHistoryRecorder) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { personName, planLabel } = readConsoleHeaders(c);
    const request = ruleRequest(c.req.method, c.req.path);
    if (request === null) return next();
    const { teamId, kind, action } = request;
    if (action === 'list') {
      await next();
      if (!succeeded(c)) return;
      const page = await answeredPage(c);
      if (page === null || !pageMayDiffer(c.var.db, teamId, kind, page)) return;
      await recorder.recordCurrentState(teamId).catch((err: unknown) => {
        console.error('Rule history: could not read the rules after a list read', err);
      });
      return;
    }
    await recorder.aroundWrite(
      teamId,
      kind,
      () => next(),
      () => (succeeded(c) ? { actor: requestActor(c, personName), action, planLabel } : null),
    );
  });
}
