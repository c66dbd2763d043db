import { Hono } from 'hono';
import { ruleStatsParamsSchema } from '../../../contract/rule-stats';
import type { AppEnv } from '../../app-env';
import type { Upstream } from '../../connected/upstream-config';
import { readQuery } from '../../http/body';
import { environment } from '../../local-api/environment';
import { refuseOtherMethods } from '../../local-api/refuse-methods';
import type { Db } from '../../store/database';
import { upstreamEnvironment } from '../upstream-environment';
import { readLocalRules, readUpstreamRules } from './read-rules';
import { StatsCache, rulesFingerprint } from './stats-cache';
import type { StatsSource } from './stats-job';
import { engineRules } from './stats-rules';
import { computeInWorker } from './stats-worker-client';

/** A database in memory (tests) goes to the worker as an image; a file is opened there on its own connection. */
const localSource = (db: Db): StatsSource =>
  db.memory ? { kind: 'sqlite-image', image: db.serialize() } : { kind: 'sqlite', file: db.name };

/**
 * `GET /api/console/environments/:id/rule-stats/?days=1|7|30`: every rule of the environment replayed over the
 * window's newest exceptions (at most 100,000), computed in a worker thread. The rules are read here, so that a
 * change to them is seen at once; the answer is kept briefly per environment and window while they stay the same.
 */
export function ruleStatsRoutes(upstream: Upstream | null): Hono<AppEnv> {
  const cache = new StatsCache();
  const env = new Hono<AppEnv>({ strict: false });
  env.use('*', upstream === null ? environment : upstreamEnvironment);

  env.get('/', async (c) => {
    const { days } = readQuery(c, ruleStatsParamsSchema);
    const teamId = c.var.teamId;
    const rules = engineRules(
      upstream === null ? readLocalRules(c.var.db, teamId) : await readUpstreamRules(upstream, teamId),
    );
    const stats = await cache.get(`${teamId}:${days}`, rulesFingerprint(rules), () =>
      computeInWorker({
        teamId,
        days,
        now: Date.now(),
        rules,
        source: upstream === null ? localSource(c.var.db) : { kind: 'upstream', upstream },
      }),
    );
    return c.json(stats);
  });

  refuseOtherMethods(env, ['/']);

  const routes = new Hono<AppEnv>({ strict: false });
  routes.route('/environments/:teamId/rule-stats', env);
  return routes;
}
