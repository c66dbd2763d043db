type Ordered = { id: string; order_key: number; created_at: string | null };

const createdTime = (rule: Ordered) => Date.parse(rule.created_at ?? '') || 0;

/**
 * Evaluation order: order_key, then, among rules PostHog leaves tied (its order for those is undefined), creation
 * time and id, as PostHog's severity rules break ties. The same on every load, in every tab and in the statistics.
 */
export function sortRules<T extends Ordered>(rules: T[]): T[] {
  return rules.sort(
    (a, b) => a.order_key - b.order_key || createdTime(a) - createdTime(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
