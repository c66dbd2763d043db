import { Hono } from 'hono';
import type { IngestionStats } from '../../contract/ingestion';
import type { AppEnv } from '../app-env';
import type { Retention } from '../ingest/event-retention';
import { countEnvironmentEvents } from '../store/exception-events-repository';
import { readIngestionCounts } from '../store/ingestion-counters-repository';
import { environment } from './environment';
import { refuseOtherMethods } from './refuse-methods';

/** The console's own route (local mode): what ingestion did in an environment, under `error_tracking:read`. */
export function ingestionStatsRoutes(retention: Retention): Hono<AppEnv> {
  const env = new Hono<AppEnv>({ strict: false });
  env.use('*', environment);
  env.get('/', (c) => {
    const stats: IngestionStats = {
      ingested: 0,
      ignored: 0,
      duplicates: 0,
      suppressed: { total: 0, by_rule: {} },
      issue_suppressed: 0,
      rejected: { total: 0, by_reason: {} },
      stored_events: countEnvironmentEvents(c.var.db, c.var.teamId),
      retention: { max_events_per_environment: retention.maxEventsPerEnvironment, max_age_days: retention.maxAgeDays },
    };
    for (const { counter, detail, value } of readIngestionCounts(c.var.db, c.var.teamId)) {
      if (counter === 'suppressed') {
        stats.suppressed.total += value;
        stats.suppressed.by_rule[detail] = value;
      } else if (counter === 'rejected') {
        stats.rejected.total += value;
        stats.rejected.by_reason[detail] = value;
      } else if (counter === 'duplicate') stats.duplicates += value;
      else stats[counter] += value;
    }
    return c.json(stats);
  });
  refuseOtherMethods(env, ['/']);
  const routes = new Hono<AppEnv>({ strict: false });
  routes.route('/environments/:teamId/ingestion', env);
  return routes;
}
