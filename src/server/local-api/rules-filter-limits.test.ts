import { describe, expect, it } from 'vitest';
import { filterLimits } from '../../contract/filter-limits';
import { ruleKinds } from '../../contract/rules';
import { invalid, setupRules as setup, validBody } from './rules-test-helpers';

const leaf = (value: unknown, key = '$exception_values') => ({ key, type: 'event', operator: 'exact', value });
const group = (...values: unknown[]) => ({ type: 'AND', values });
const long = 'x'.repeat(filterLimits.valueLength + 1);
const many = Array.from({ length: filterLimits.valuesPerFilter + 1 }, (_, index) => `v${index}`);

describe.each(ruleKinds)('%s rules: filter limits', (kind) => {
  it('accepts values, lists and keys right at the limits', async () => {
    const { create, row } = setup(kind);
    const filters = group(
      leaf('x'.repeat(filterLimits.valueLength)),
      leaf(many.slice(1)),
      leaf(['a'], 'k'.repeat(filterLimits.keyLength)),
      { type: 'hogql', key: `properties.$lib = '${'w'.repeat(filterLimits.keyLength)}'`, value: null },
    );
    const { id } = await create({ ...validBody[kind], filters });
    expect(row(id).filters).toBe(JSON.stringify(filters));
  });

  it.each([
    [
      'a value over the length',
      group(leaf(long)),
      'A value can be at most 1,000 characters; this one has 1,001.',
      'filters__values__0__value',
    ],
    [
      'a list item over the length',
      group(leaf(['ok', long])),
      'Each value can be at most 1,000 characters; value 2 has 1,001.',
      'filters__values__0__value',
    ],
    [
      'too many values',
      group(leaf(many)),
      'A filter can hold at most 100 values; this one has 101.',
      'filters__values__0__value',
    ],
    [
      'a key over the length',
      group(leaf(['a'], 'k'.repeat(401))),
      'Property names can be at most 400 characters; this one has 401.',
      'filters__values__0__key',
    ],
    [
      'a long value in a nested group',
      group(leaf(['a']), { type: 'OR', values: [leaf(long)] }),
      'A value can be at most 1,000 characters; this one has 1,001.',
      'filters__values__1__values__0__value',
    ],
  ])('answers 400 for %s, on create and update, changing nothing', async (_, filters, detail, attr) => {
    const { call, path, create, snapshot } = setup(kind);
    const { id } = await create();
    const before = snapshot();
    const created = await call('POST', `${path()}/`, { body: { ...validBody[kind], filters } });
    expect(created.status).toBe(400);
    expect(created.json).toEqual(invalid(detail, attr));
    const updated = await call('PATCH', `${path()}/${id}/`, { body: { filters } });
    expect(updated.status).toBe(400);
    expect(updated.json).toEqual(invalid(detail, attr));
    expect(snapshot()).toEqual(before);
  });
});
