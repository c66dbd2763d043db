import type { HistoryActor } from '../../../contract/rule-history';
import type { RuleKind } from '../../../contract/rules';
import { queryKeys } from '../query-keys';

/** What the history is narrowed to: one kind, one person (or key), one rule. */
export type HistoryFilters = { kind?: RuleKind; actor?: HistoryActor; rule?: string };

/** `all` covers every list, entry and the actors: a rule write makes the lists and actors stale. */
export const ruleHistoryKeys = {
  all: (envId: number) => [...queryKeys.environment(envId), 'rule-history'] as const,
  list: (envId: number, filters: HistoryFilters) => [...ruleHistoryKeys.all(envId), 'list', filters] as const,
  entry: (envId: number, entryId: number) => [...ruleHistoryKeys.all(envId), 'entry', entryId] as const,
  actors: (envId: number) => [...ruleHistoryKeys.all(envId), 'actors'] as const,
};

/** The console's own API, in both modes: the server records every rule write and every change found outside. */
export const ruleHistoryPath = (envId: number, rest = '') => `/api/console/environments/${envId}/rule-history/${rest}`;
