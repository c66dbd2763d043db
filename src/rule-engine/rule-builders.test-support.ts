import { rulePredicate } from './rule-predicate';
import type {
  EngineAssignmentRule,
  EngineGroupingRule,
  EngineRules,
  EngineSuppressionRule,
  Json,
  LeafTrace,
} from './types';

type Node = Json;

export const leaf = (key: string, operator: string, value?: Json): Node =>
  value === undefined ? { key, type: 'event', operator } : { key, type: 'event', operator, value };
export const and = (...values: Node[]): Node => ({ type: 'AND', values });
export const or = (...values: Node[]): Node => ({ type: 'OR', values });

export const grouping = (
  id: string,
  filters: unknown,
  extra: Partial<EngineGroupingRule> = {},
): EngineGroupingRule => ({
  id,
  order_key: 0,
  filters,
  disabled_data: null,
  ...extra,
});
export const suppression = (
  id: string,
  filters: unknown,
  extra: Partial<EngineSuppressionRule> = {},
): EngineSuppressionRule => ({ id, order_key: 0, filters, disabled_data: null, sampling_rate: 1, ...extra });
export const assignment = (
  id: string,
  filters: unknown,
  extra: Partial<EngineAssignmentRule> = {},
): EngineAssignmentRule => ({
  id,
  order_key: 0,
  filters,
  disabled_data: null,
  assignee: { type: 'user', id: 1 },
  ...extra,
});

export const rules = (partial: Partial<EngineRules>): EngineRules => ({
  grouping: [],
  suppression: [],
  assignment: [],
  ...partial,
});

/** A filter tree's verdict as a grouping rule (no match-all): true, false, or the error message. */
export function verdict(filters: unknown, properties: Record<string, Json>): boolean | string {
  const result = rulePredicate('grouping', filters, properties);
  return 'error' in result ? `error: ${result.error}` : result.matched;
}

/** The verdict of one property filter on its own. */
export const leafVerdict = (key: string, operator: string, value: Json | undefined, properties: Record<string, Json>) =>
  verdict(and(leaf(key, operator, value)), properties);

export function leavesOf(filters: unknown, properties: Record<string, Json>): LeafTrace[] {
  return rulePredicate('grouping', filters, properties).leaves;
}
