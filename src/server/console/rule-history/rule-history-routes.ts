import { Hono } from 'hono';
import { historyListParamsSchema } from '../../../contract/rule-history-api';
import type { AppEnv } from '../../app-env';
import type { Upstream } from '../../connected/upstream-config';
import { problems } from '../../http/api-error';
import { readQuery } from '../../http/body';
import { environment } from '../../local-api/environment';
import { refuseOtherMethods } from '../../local-api/refuse-methods';
import { getHistoryEntry, listHistoryActors, listHistoryEntries } from '../../store/rule-history-repository';
import { upstreamEnvironment } from '../upstream-environment';
import type { RuleHistoryRecorder } from './rule-history-recorder';

const entryIdPattern = /^\d{1,15}$/;

/**
 * `GET /api/console/environments/:id/rule-history/?kind=&actor=&rule=&before=&limit=` (newest first, paged by
 * `before`), `…/rule-history/:entryId/` (with its snapshot and the one before) and `…/rule-history/actors/`.
 * The first page looks at the rules first, so a change made outside the console is there even before a list read.
 */
export function ruleHistoryRoutes(upstream: Upstream | null, recorder: RuleHistoryRecorder): Hono<AppEnv> {
  const env = new Hono<AppEnv>({ strict: false });
  env.use('*', upstream === null ? environment : upstreamEnvironment);

  env.get('/', async (c) => {
    const params = readQuery(c, historyListParamsSchema);
    if (params.before === undefined) {
      await recorder.recordCurrentState(c.var.teamId).catch((err: unknown) => {
        console.error('Rule history: could not read the rules before answering the history', err);
      });
    }
    return c.json(listHistoryEntries(c.var.db, c.var.teamId, params));
  });

  env.get('/actors', (c) => c.json({ results: listHistoryActors(c.var.db, c.var.teamId) }));

  env.get('/:entryId', (c) => {
    const id = c.req.param('entryId');
    if (!entryIdPattern.test(id)) throw problems.notFound();
    const entry = getHistoryEntry(c.var.db, c.var.teamId, Number(id));
    if (entry === null) throw problems.notFound();
    return c.json(entry);
  });

  refuseOtherMethods(env, ['/', '/actors', '/:entryId']);

  const routes = new Hono<AppEnv>({ strict: false });
  routes.route('/environments/:teamId/rule-history', env);
  return routes;
}
