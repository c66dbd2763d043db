import { describe, expect, it } from 'vitest';
import { filterLimits } from '../../contract/filter-limits';
import { ruleKinds } from '../../contract/rules';
import { setupRules as setup, validBody } from './rules-test-helpers';

const leaf = (value: unknown, key = '$exception_values') => ({ key, type: 'event', operator: 'exact', value });
const group = (...values: unknown[]) => ({ type: 'AND', values });

// The form's limits are the dashboard's; PostHog's filters are a JSONField, so its API takes any length.
describe.each(ruleKinds)('%s rules: no limits beyond PostHog’s', (kind) => {
  it('stores values, lists and keys over the rule form’s limits, as PostHog does', async () => {
    const { create, row } = setup(kind);
    const filters = group(
      leaf('x'.repeat(filterLimits.valueLength + 1)),
      leaf(Array.from({ length: filterLimits.valuesPerFilter + 1 }, (_, index) => `v${index}`)),
      leaf(['a'], 'k'.repeat(filterLimits.keyLength + 1)),
      group(leaf(['y'.repeat(filterLimits.valueLength * 2)])),
    );
    const { id } = await create({ ...validBody[kind], filters });
    expect(row(id).filters).toBe(JSON.stringify(filters));
  });
});
