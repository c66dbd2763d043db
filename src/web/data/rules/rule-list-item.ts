import type { Row } from '../../../contract/rows';
import type { Rule, RuleKind, RuleOf } from '../../../contract/rules';

/**
 * A rule the server sent that does not match the contract. It keeps its place in the list (its `order_key`, when it
 * has one) so reordering the others never loses it, and it can be deleted when it has an id.
 */
export type UnreadableRule = {
  unreadable: true;
  /** The rule's id, or a stand-in when the record has none (`serverId` null): a stand-in is never sent. */
  id: string;
  serverId: string | null;
  order_key: number;
  created_at: string | null;
  raw: unknown;
  reason: string;
};

/** One row of a rules list, in evaluation order: a rule, or a record the dashboard cannot read. */
export type RuleListItem<K extends RuleKind = RuleKind> = RuleOf<K> | UnreadableRule;

export const isUnreadableRule = (item: Rule | UnreadableRule): item is UnreadableRule => 'unreadable' in item;

const standInPrefix = 'unreadable-';
/** True for the id of a record that came without one. */
export const isStandInId = (id: string) => id.startsWith(standInPrefix);

function field(raw: unknown, name: string): unknown {
  return raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[name] : undefined;
}

/**
 * The list's rows as items. An unreadable record without an integer `order_key` is placed where the server listed
 * it (the server sorts by order_key, so its neighbour's key keeps it there).
 */
export function toListItems<K extends RuleKind>(rows: readonly Row<RuleOf<K>>[]): RuleListItem<K>[] {
  let previousKey = 0;
  return rows.map((row, index) => {
    if (row.ok) {
      previousKey = row.value.order_key;
      return row.value;
    }
    const orderKey = field(row.raw, 'order_key');
    const createdAt = field(row.raw, 'created_at');
    const order_key = Number.isSafeInteger(orderKey) ? Number(orderKey) : previousKey;
    previousKey = order_key;
    return {
      unreadable: true,
      id: row.id ?? `${standInPrefix}${index}`,
      serverId: row.id,
      order_key,
      created_at: typeof createdAt === 'string' ? createdAt : null,
      raw: row.raw,
      reason: row.reason,
    };
  });
}

/** The rules of a list that could be read. */
export function readableRules<K extends RuleKind>(items: readonly RuleListItem<K>[]): RuleOf<K>[] {
  return items.filter((item): item is RuleOf<K> => !isUnreadableRule(item));
}
