import type { EngineRuleBase } from './types';

export type OrderedRule<R> = { rule: R; disabled: boolean; tiedWith: string[] };

const orderKeyOf = (rule: EngineRuleBase) => (Number.isFinite(rule.order_key) ? rule.order_key : 0);

/** `disabled_data IS NULL` is cymbal's only test of whether a rule is live. */
export const isDisabled = (rule: EngineRuleBase) => rule.disabled_data !== null && rule.disabled_data !== undefined;

/**
 * Rules in cymbal's order: by `order_key` ascending. Cymbal's `sort_unstable_by_key` leaves equal keys in no
 * particular order; here they keep their list order, and each live rule names the live rules it is tied with.
 */
export function orderRules<R extends EngineRuleBase>(rules: readonly R[]): OrderedRule<R>[] {
  const sorted = rules
    .map((rule, index) => ({ rule, index, key: orderKeyOf(rule) }))
    .sort((a, b) => a.key - b.key || a.index - b.index);
  const liveByKey = new Map<number, { id: string; index: number }[]>();
  for (const { rule, index, key } of sorted) {
    if (isDisabled(rule)) continue;
    const tied = liveByKey.get(key) ?? [];
    tied.push({ id: String(rule.id), index });
    liveByKey.set(key, tied);
  }
  return sorted.map(({ rule, index, key }) => {
    const disabled = isDisabled(rule);
    const tied = disabled ? [] : (liveByKey.get(key) ?? []);
    return { rule, disabled, tiedWith: tied.filter((other) => other.index !== index).map((other) => other.id) };
  });
}
