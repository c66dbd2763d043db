import type { RuleStatsWindowDays } from '../../../contract/rule-stats';
import type { EngineRules } from '../../../rule-engine';
import type { Upstream } from '../../connected/upstream-config';

/**
 * Where the worker reads the events: this server's SQLite file (its own read-only connection); an image of an
 * in-memory database (tests); or PostHog's query API with the server's key.
 */
export type StatsSource =
  | { kind: 'sqlite'; file: string }
  | { kind: 'sqlite-image'; image: Uint8Array }
  | { kind: 'upstream'; upstream: Upstream };

/** One computation, as posted to the worker: plain data only. */
export type StatsJob = {
  teamId: number;
  days: RuleStatsWindowDays;
  now: number;
  rules: EngineRules;
  source: StatsSource;
};
