import type { RuleKind, RuleOf } from '../../../../../contract/rules';
import type { RuleFieldsOf } from '../../../../../rule-plans';

const common = (base: RuleOf<RuleKind> | null, id: string | null) => ({
  id: id ?? base?.id ?? '',
  order_key: base?.order_key ?? 0,
  disabled_data: base?.disabled_data ?? null,
  created_at: base?.created_at ?? null,
  updated_at: base?.updated_at ?? null,
});

type Builders = { [K in RuleKind]: (fields: RuleFieldsOf<K>, base: RuleOf<K> | null, id: string | null) => RuleOf<K> };

const builders: Builders = {
  assignment: (fields, base, id) => ({ ...common(base, id), ...fields }),
  grouping: (fields, base, id) => ({ ...common(base, id), issue: base?.issue ?? null, ...fields }),
  suppression: (fields, base, id) => ({ ...common(base, id), ...fields }),
};

/**
 * A rule with `fields` as the kind's components show it: `base` (the rule as stored, when there is one) gives what
 * the fields leave out (a grouping rule's issue); a rule a plan is yet to create has none.
 */
export const shownRule = <K extends RuleKind>(
  kind: K,
  fields: RuleFieldsOf<K>,
  base: RuleOf<K> | null,
  id: string | null,
): RuleOf<K> => builders[kind](fields, base, id);
