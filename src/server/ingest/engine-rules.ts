import type {
  EngineAssignmentRule,
  EngineGroupingRule,
  EngineRuleKind,
  EngineSuppressionRule,
} from '../../rule-engine/types';
import type { Db } from '../store/database';
import { listEnabledRules } from '../store/rules-repository';

/** The environment's enabled rules, loaded once per request; a rule that fails is dropped for the rest of it. */
export type BatchRules = {
  grouping: EngineGroupingRule[];
  suppression: EngineSuppressionRule[];
  assignment: EngineAssignmentRule[];
};

// The engine keeps what it compiled per filters object: the same filters, read again for the next request, are
// given as the same object, so a request does not compile its environment's rules anew. Per environment, only the
// current rules' filters are kept.
const knownFilters = new WeakMap<Db, Map<number, Map<string, unknown>>>();

function filtersKeeper(db: Db, teamId: number) {
  let byTeam = knownFilters.get(db);
  if (!byTeam) {
    byTeam = new Map();
    knownFilters.set(db, byTeam);
  }
  const previous = byTeam.get(teamId) ?? new Map<string, unknown>();
  const current = new Map<string, unknown>();
  byTeam.set(teamId, current);
  return (filters: unknown): unknown => {
    const text = JSON.stringify(filters);
    const kept = current.get(text) ?? previous.get(text) ?? filters;
    current.set(text, kept);
    return kept;
  };
}

export function loadBatchRules(db: Db, teamId: number): BatchRules {
  const rules = listEnabledRules(db, teamId);
  const keep = filtersKeeper(db, teamId);
  const base = (rule: { id: string; order_key: number; created_at: string | null; filters: unknown }) => ({
    id: rule.id,
    order_key: rule.order_key,
    ...(rule.created_at === null ? {} : { created_at: rule.created_at }),
    filters: keep(rule.filters),
    disabled_data: null,
  });
  return {
    grouping: rules.grouping.map((rule) => ({ ...base(rule), assignee: rule.assignee, description: rule.description })),
    suppression: rules.suppression.map((rule) => ({ ...base(rule), sampling_rate: rule.sampling_rate ?? 1 })),
    assignment: rules.assignment.map((rule) => ({ ...base(rule), assignee: rule.assignee })),
  };
}

export function dropRule(rules: BatchRules, kind: EngineRuleKind, id: string): void {
  switch (kind) {
    case 'grouping':
      rules.grouping = rules.grouping.filter((rule) => rule.id !== id);
      break;
    case 'suppression':
      rules.suppression = rules.suppression.filter((rule) => rule.id !== id);
      break;
    case 'assignment':
      rules.assignment = rules.assignment.filter((rule) => rule.id !== id);
      break;
  }
}
