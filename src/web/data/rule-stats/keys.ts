import type { RuleStatsWindowDays } from '../../../contract/rule-stats';
import { queryKeys } from '../query-keys';

/** `all` covers every window: a change to the rules makes each stale. */
export const ruleStatsKeys = {
  all: (envId: number) => [...queryKeys.environment(envId), 'rule-stats'] as const,
  window: (envId: number, days: RuleStatsWindowDays) => [...ruleStatsKeys.all(envId), days] as const,
};

/** The console's own API: the server replays the environment's exceptions through its rules. */
export const ruleStatsPath = (envId: number) => `/api/console/environments/${envId}/rule-stats/`;
