/** A rule of a kind's final order: its order_key once created or kept, and where it was before (null: new). */
export type Landing = { orderKey: number; previousIndex: number | null };

/**
 * Whether the rules, as PostHog will hold them after the creates, are already in this order: every key above the one
 * before it, or, for two rules that were tied before, the tie the list showed. A new rule tied with another is
 * not: PostHog evaluates tied rules in no defined order.
 */
export function landsInOrder(final: readonly Landing[]): boolean {
  return final.every((rule, index) => {
    if (index === 0) return true;
    const previous = final[index - 1]!;
    if (previous.orderKey !== rule.orderKey) return previous.orderKey < rule.orderKey;
    return (
      previous.previousIndex !== null && rule.previousIndex !== null && previous.previousIndex < rule.previousIndex
    );
  });
}
