import type { RuleKind } from '../contract/rules';
import type { RuleFieldsOf } from './rule-spec';

export type CreateBodyOf<K extends RuleKind> = RuleFieldsOf<K> &
  (K extends 'assignment' ? { order_key?: number } : unknown);
/** What PostHog's PATCH takes per kind: grouping rules change their filters only. */
export type UpdateBodyOf<K extends RuleKind> = K extends 'grouping'
  ? { filters?: RuleFieldsOf<'grouping'>['filters'] }
  : Partial<RuleFieldsOf<K>>;

/**
 * The writes a plan needs, as PostHog's rules API offers them. The browser implements it with its api client, the
 * CLI with HTTP requests; each call is one request and throws when it fails.
 */
export type RulePort = {
  createRule<K extends RuleKind>(kind: K, body: CreateBodyOf<K>): Promise<{ id: string }>;
  updateRule<K extends RuleKind>(kind: K, id: string, body: UpdateBodyOf<K>): Promise<void>;
  deleteRule(kind: RuleKind, id: string): Promise<void>;
  /** Sets the order_key of the ids given and leaves every other rule alone. */
  reorderRules(kind: RuleKind, orders: Record<string, number>): Promise<void>;
};
