import type { RuleStatsWindowDays } from '../../../../../contract/rule-stats';

export type StatsWindowOption = { value: '24h' | '7d' | '30d'; label: string; days: RuleStatsWindowDays };

export const statsWindows: readonly StatsWindowOption[] = [
  { value: '24h', label: '24 hours', days: 1 },
  { value: '7d', label: '7 days', days: 7 },
  { value: '30d', label: '30 days', days: 30 },
];

export const defaultStatsWindow = statsWindows[1]!;
