import type { RuleKind, RuleOf } from '../contract/rules';
import type { RuleFieldsOf } from './rule-spec';

/** A rule a plan refers to: one that exists (`id`), or one the plan creates (`key`, local to the plan). */
export type RuleRef = { id: string } | { key: string };

export type CreateOperation<K extends RuleKind = RuleKind> = {
  op: 'create';
  kind: K;
  /** How later operations of the plan (the reorder) name the rule before it has an id. */
  key: string;
  rule: RuleFieldsOf<K>;
  /** Assignment only: the order_key sent, so the rule lands in place without a reorder. */
  orderKey?: number;
  /**
   * Set when this create and a later delete of that id replace one rule: PostHog cannot change a grouping rule's
   * assignee or description, so the rule gets a new id (and its exceptions a new issue).
   */
  replaces?: string;
};

/** Only the fields that change, with their values before. */
export type UpdateOperation<K extends RuleKind = RuleKind> = {
  op: 'update';
  kind: K;
  id: string;
  changes: Partial<RuleFieldsOf<K>>;
  before: Partial<RuleFieldsOf<K>>;
};

export type DeleteOperation<K extends RuleKind = RuleKind> = {
  op: 'delete';
  kind: K;
  id: string;
  /** The rule as it was, so the deletion can be shown and undone. */
  rule: RuleOf<K>;
  /** The create that takes this rule's place (see CreateOperation.replaces). */
  replacedBy?: string;
};

/** At most one per kind: the kind's whole final order, created rules included. */
export type ReorderOperation<K extends RuleKind = RuleKind> = {
  op: 'reorder';
  kind: K;
  order: RuleRef[];
  /** The ids in their order before the plan. */
  previous: string[];
};

type OperationOf<K extends RuleKind> =
  CreateOperation<K> | UpdateOperation<K> | DeleteOperation<K> | ReorderOperation<K>;
/** Distributed over kinds, so that narrowing `kind` narrows the fields too. */
export type PlanOperation = { [K in RuleKind]: OperationOf<K> }[RuleKind];

export type RulePlan = {
  /** In the order they are applied (see docs/decisions/030-rule-plans.md). */
  operations: PlanOperation[];
  /** Per kind the plan covers, its rules in the order the plan leads to. */
  final: { [K in RuleKind]?: RuleRef[] };
};
