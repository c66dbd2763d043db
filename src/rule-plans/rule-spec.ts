import type { Assignee } from '../contract/assignee';
import type { RuleSnapshot } from '../contract/rule-history';
import type { RuleKind, RuleOf } from '../contract/rules';
import type { StoredFilterGroup } from '../contract/stored-filters';

/** What a rule does, per kind: its filters and outcome, without the fields PostHog keeps for itself. */
export type RuleFieldsOf<K extends RuleKind> = {
  assignment: { filters: StoredFilterGroup; assignee: Assignee | null };
  grouping: { filters: StoredFilterGroup; assignee: Assignee | null; description: string | null };
  suppression: { filters: StoredFilterGroup; sampling_rate: number };
}[K];

/** A rule wanted in a target state; `id` says which existing rule it is (absent: match by content or create). */
export type RuleSpecOf<K extends RuleKind> = RuleFieldsOf<K> & { id?: string };

/** A desired state: per kind, its rules in evaluation order. A kind left out is left as it is. */
export type RuleTarget = { [K in RuleKind]?: RuleSpecOf<K>[] };

type Readable<K extends RuleKind> = RuleOf<K> | RuleSpecOf<K>;

const readers: { [K in RuleKind]: (rule: Readable<K>) => RuleFieldsOf<K> } = {
  assignment: ({ filters, assignee }) => ({ filters, assignee: assignee ?? null }),
  grouping: ({ filters, assignee, description }) => ({
    filters,
    assignee: assignee ?? null,
    description: description ?? null,
  }),
  // Older PostHog versions had no `sampling_rate`: every match was dropped, as at rate 1.
  suppression: ({ filters, sampling_rate }) => ({ filters, sampling_rate: sampling_rate ?? 1 }),
};

export const fieldsOf = <K extends RuleKind>(kind: K, rule: Readable<K>): RuleFieldsOf<K> => readers[kind](rule);

/** The target that describes a snapshot exactly, ids kept: planning to it restores that snapshot. */
export function targetOf(snapshot: RuleSnapshot): Required<RuleTarget> {
  return {
    assignment: snapshot.assignment.map((rule) => ({ id: rule.id, ...fieldsOf('assignment', rule) })),
    grouping: snapshot.grouping.map((rule) => ({ id: rule.id, ...fieldsOf('grouping', rule) })),
    suppression: snapshot.suppression.map((rule) => ({ id: rule.id, ...fieldsOf('suppression', rule) })),
  };
}
