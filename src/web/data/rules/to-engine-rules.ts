import type { RuleKind } from '../../../contract/rules';
import type {
  EngineAssignee,
  EngineAssignmentRule,
  EngineRules,
  EngineSuppressionRule,
  Json,
} from '../../../rule-engine/types';
import { isUnreadableRule, type RuleListItem } from './rule-list-item';

export type RuleLists = { [K in RuleKind]: readonly RuleListItem<K>[] };

type EngineRule = EngineSuppressionRule & EngineAssignmentRule;

const field = (raw: unknown, name: string): unknown =>
  raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[name] : undefined;

/**
 * A record the dashboard cannot read is still a rule PostHog runs: it goes to the engine as sent, and whatever is
 * odd about it becomes that rule's evaluation error. A record without an id cannot be a rule PostHog loads.
 */
function engineRule(item: RuleListItem): EngineRule | null {
  if (!isUnreadableRule(item)) {
    return {
      id: item.id,
      order_key: item.order_key,
      filters: item.filters,
      // Only whether it is set matters to the engine, and the message it reports.
      disabled_data: item.disabled_data === null ? null : { message: item.disabled_data.message },
      sampling_rate: 'sampling_rate' in item ? item.sampling_rate : undefined,
      assignee: 'assignee' in item ? (item.assignee ?? null) : null,
    };
  }
  if (item.serverId === null) return null;
  const raw = item.raw;
  return {
    id: item.serverId,
    order_key: item.order_key,
    filters: field(raw, 'filters'),
    disabled_data: (field(raw, 'disabled_data') ?? null) as Json,
    sampling_rate: field(raw, 'sampling_rate') as number | undefined,
    assignee: (field(raw, 'assignee') ?? null) as EngineAssignee | null,
  };
}

const readable = <T>(rules: readonly (T | null)[]): T[] => rules.filter((rule): rule is T => rule !== null);

/** The three lists as the rule engine takes them, in the order the lists show. */
export function toEngineRules(lists: RuleLists): EngineRules {
  return {
    grouping: readable(lists.grouping.map(engineRule)),
    suppression: readable(lists.suppression.map(engineRule)),
    assignment: readable(lists.assignment.map(engineRule)),
  };
}
