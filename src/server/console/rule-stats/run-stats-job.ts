import Database from 'better-sqlite3';
import { maxStatsEvents, type RuleStats } from '../../../contract/rule-stats';
import { openReadOnlyDatabase, type Db } from '../../store/database';
import { computeRuleStats } from './compute-rule-stats';
import type { EventTableData } from './event-table';
import { readLocalEvents } from './read-local-events';
import { readUpstreamEvents } from './read-upstream-events';
import type { StatsJob } from './stats-job';
import { statsProjection, type StatsProjection } from './stats-projection';
import { statsWindow, type StatsWindow } from './stats-window';

// One read-only connection per database file, for the worker's lifetime.
const connections = new Map<string, Db>();

function connectionTo(file: string): Db {
  let db = connections.get(file);
  if (db === undefined) {
    db = openReadOnlyDatabase(file);
    connections.set(file, db);
  }
  return db;
}

async function readEvents(job: StatsJob, projection: StatsProjection, window: StatsWindow): Promise<EventTableData> {
  const { source, teamId } = job;
  switch (source.kind) {
    case 'upstream':
      return readUpstreamEvents(source.upstream, teamId, projection, job.days, { cap: maxStatsEvents });
    case 'sqlite':
      return readLocalEvents(connectionTo(source.file), teamId, projection, window.from, maxStatsEvents);
    case 'sqlite-image': {
      const db = new Database(Buffer.from(source.image));
      try {
        return readLocalEvents(db, teamId, projection, window.from, maxStatsEvents);
      } finally {
        db.close();
      }
    }
  }
}

/** What the worker does for one job: read the window's events, replay them, tally per rule. */
export async function runStatsJob(job: StatsJob): Promise<RuleStats> {
  const projection = statsProjection(job.rules);
  const window = statsWindow(job.days, job.now);
  const table = await readEvents(job, projection, window);
  return { ...computeRuleStats(job.rules, table, projection, window), computedAt: new Date(job.now).toISOString() };
}
